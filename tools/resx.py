#!/usr/bin/env python3
"""Writes SharedResource.resx (English) and SharedResource.fr.resx (French) from strings.tsv.

strings.tsv holds one UI string per line: key <TAB> English <TAB> French. Edit it, then run this script:
both resource files are regenerated, so the two languages cannot drift apart (a missing French text fails here).
"""
import pathlib
import sys
from xml.sax.saxutils import escape

folder = pathlib.Path(__file__).resolve().parent.parent / "src" / "CseaHub.Web" / "Resources"
rows = []
for number, line in enumerate((folder / "strings.tsv").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 3 or not all(p.strip() for p in parts):
        sys.exit(f"strings.tsv line {number}: expected key, English and French separated by tabs")
    rows.append(parts)

keys = [r[0] for r in rows]
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
