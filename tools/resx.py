#!/usr/bin/env python3
"""Writes SharedResource.resx (English) and SharedResource.fr.resx (French) from strings.tsv.

strings.tsv holds one UI string per line: key <TAB> English <TAB> French. messages.tsv holds the errors the code
writes in English (the checks, the import, the record form), keyed by their English wording: English <TAB> French.
Edit them, then run this script: both resource files are regenerated, so the two languages cannot drift apart (a
missing French text, or a French text whose placeholders differ from the English, fails here).
"""
import pathlib
import re
import sys
from xml.sax.saxutils import escape

folder = pathlib.Path(__file__).resolve().parent.parent / "src" / "CseaHub.Web" / "Resources"
rows = []
for name, columns in (("strings.tsv", 3), ("messages.tsv", 2)):
    for number, line in enumerate((folder / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != columns or not all(p.strip() for p in parts):
            sys.exit(f"{name} line {number}: expected {'key, ' if columns == 3 else ''}English and French separated by tabs")
        if columns == 2:
            parts = [parts[0], *parts]
        if set(re.findall(r"\{\d+[^}]*\}", parts[1])) != set(re.findall(r"\{\d+[^}]*\}", parts[2])):
            sys.exit(f"{name} line {number}: the French text does not have the English text's placeholders")
        rows.append(parts)

# Resource names are told apart without regard to case: "Country" and "country" would be one.
keys = [r[0].casefold() for r in rows]
duplicates = {k for k in keys if keys.count(k) > 1}
if duplicates:
    sys.exit(f"strings.tsv: duplicate keys {sorted(duplicates)}")

header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
for suffix, column in (("", 1), (".fr", 2)):
    body = "".join(
        f'  <data name="{escape(r[0], {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n'
        for r in sorted(rows))
    (folder / f"SharedResource{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
print(f"{len(rows)} strings written")
