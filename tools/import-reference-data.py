#!/usr/bin/env python3
"""Converts shared/reference-data (treaty status and CoE member states, compiled with sources) into the dataset's
countries.json and the party rows of data/instruments/<slug>.json. Run it after the reference data changes; it keeps
the instrument files' other fields as they are. A blank date stays blank: it means "no source found".

Status of a row: 'ratified' when a ratification/accession or entry-into-force date is given, or when the sources
(status_as_of note) say the state is a Party or Contracting State; 'signatory' when only a signature is known or the
latest source calls it a signatory; 'listed' when a source lists the state without saying which.
"""
import csv
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference-data"
# Dates found after the shared compilation (research of 2026-11-30, same rules): they fill blank cells and add rows,
# never overwrite a date the shared data gives; the row's sources and notes are appended.
SUPPLEMENT = ROOT / "tools" / "treaty-status-supplement.csv"
DATA = ROOT / "data"
SLUGS = {"201": "lanzarote-convention", "185": "budapest-convention", "189": "budapest-first-protocol", "224": "budapest-second-protocol"}

# Rows without dates whose notes say the state is bound (Party / Contracting State / ratified or acceded) ...
BOUND_WORDS = ("listed as ratified/acceded", "Contracting State", "party", "Party")
# ... unless the latest word of the sources is that it is still only a signatory.
SIGNATORY_ONLY = {("185", "GR"), ("185", "IE"), ("185", "LI"), ("185", "PL"), ("185", "ZA"), ("185", "SE")}
# A source lists the state, but says nothing of its status.
LISTED_ONLY = {("185", "EC")}
# Accessions (README: 'ratification_date also holds accession dates').
ACCESSIONS = {("185", c) for c in ("BJ", "BR", "CI", "CL", "FJ", "KI", "NZ", "NG", "LK")} | {("189", "BJ"), ("189", "MA"), ("201", "TN")}

FRENCH = {
    "AR": "Argentine", "BJ": "Bénin", "BR": "Brésil", "CI": "Côte d'Ivoire", "CL": "Chili", "CO": "Colombie",
    "CR": "Costa Rica", "CV": "Cabo Verde", "DO": "République dominicaine", "EC": "Équateur", "FJ": "Fidji",
    "GH": "Ghana", "JP": "Japon", "KI": "Kiribati", "LK": "Sri Lanka", "MA": "Maroc", "MU": "Maurice",
    "NG": "Nigéria", "NZ": "Nouvelle-Zélande", "PA": "Panama", "PE": "Pérou", "PH": "Philippines", "PY": "Paraguay",
    "RU": "Fédération de Russie", "SL": "Sierra Leone", "TN": "Tunisie", "ZA": "Afrique du Sud",
    "US": "États-Unis", "CA": "Canada", "AU": "Australie", "TH": "Thaïlande",
    "IL": "Israël", "CM": "Cameroun", "GD": "Grenade",
}


def status(row):
    key = (row["treaty_cets"], row["iso2"])
    if row["ratification_date"] or row["entry_into_force_date"]:
        return "ratified"
    if key in SIGNATORY_ONLY:
        return "signatory"
    if key in LISTED_ONLY:
        return "listed"
    if any(word in row["status_as_of"] for word in BOUND_WORDS):
        return "ratified"
    return "signatory" if row["signature_date"] else "listed"


def countries(rows):
    path = DATA / "countries" / "countries.json"
    existing = {c["code"]: c for c in json.loads(path.read_text())}
    for member in csv.DictReader(open(REFERENCE / "coe-member-states.csv")):
        country = existing[member["iso2"]]
        country["coeMemberSince"] = member["accession_date"]
        reference = [u.strip() for u in member["source_url"].split(" ; ")]
        # Keep the sources of other facts (EU membership) that the reference data does not know.
        country["sources"] = reference + [u for u in country.get("sources", []) if u not in reference]
    for row in rows:
        if row["iso2"] not in existing:
            existing[row["iso2"]] = {"code": row["iso2"], "name": {"en": row["state_name"], "fr": FRENCH[row["iso2"]]}}
    result = sorted(existing.values(), key=lambda c: c["name"]["en"])
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return len(result)


def parties(rows, treaty, previous):
    """Party rows from the CSV; reservations and their effects written by hand (and their sources) are carried over."""
    kept = {p["country"]: p for p in previous}
    result = []
    for row in sorted((r for r in rows if r["treaty_cets"] == treaty), key=lambda r: r["iso2"]):
        party = {
            "country": row["iso2"],
            "status": status(row),
            "signature": row["signature_date"] or None,
            "ratification": row["ratification_date"] or None,
            "accession": (treaty, row["iso2"]) in ACCESSIONS,
            "entryIntoForce": row["entry_into_force_date"] or None,
            "reservations": kept.get(row["iso2"], {}).get("reservations"),
            "reservationEffects": kept.get(row["iso2"], {}).get("reservationEffects"),
            "sources": [u.strip() for u in row["source_url"].split(" ; ")],
            "statusAsOf": row["status_as_of"],
        }
        if party["reservations"]:
            party["sources"] += [u for u in kept[row["iso2"]]["sources"] if u not in party["sources"]]
        result.append({k: v for k, v in party.items() if v is not None})
    return result


def supplemented(rows):
    by_key = {(r["treaty_cets"], r["iso2"]): r for r in rows}
    for extra in csv.DictReader(open(SUPPLEMENT)):
        row = by_key.get((extra["treaty_cets"], extra["iso2"]))
        if row is None:
            rows.append(extra)
            continue
        for column in ("signature_date", "ratification_date", "entry_into_force_date"):
            row[column] = row[column] or extra[column]
        row["source_url"] += " ; " + extra["source_url"]
        row["status_as_of"] += "; " + extra["status_as_of"]
    return rows


def main():
    rows = supplemented(list(csv.DictReader(open(REFERENCE / "treaty-status.csv"))))
    print(f"{countries(rows)} countries")
    for treaty, slug in SLUGS.items():
        path = DATA / "instruments" / f"{slug}.json"
        record = json.loads(path.read_text())
        record["parties"] = parties(rows, treaty, record.get("parties", []))
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        counts = {s: sum(1 for p in record["parties"] if p["status"] == s) for s in ("ratified", "signatory", "listed")}
        print(slug, counts)


if __name__ == "__main__":
    main()
