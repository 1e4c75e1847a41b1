#!/usr/bin/env python3
"""Check every municipality-name join column in data/nl/ against municipalities.csv (2025 set).

A name resolves if it matches a 2025 name exactly, after normalisation (lowercase, diacritics
stripped, punctuation/whitespace collapsed), through name_aliases.csv, or - for the 2014/2020
files - through the old_name column of municipal_mergers_2020_2025.csv or municipal_events_2015_2019.csv.
Prints, per file and column, the counts and every name that does not resolve.
Usage: python3 data/tools/check_names.py
"""
import csv
import os
import re
import unicodedata
from collections import Counter

NL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "nl")


def read(name):
    with open(os.path.join(NL, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


JOINS = [
    ("spuk_amounts_per_municipality.csv", "municipality_name"),
    ("iza_region_membership.csv", "municipality_name"),
    ("iza_regions.csv", "mandaatgemeente"),
    ("iza_region_members.csv", "municipality_name"),
    ("zorgkantoor_region_members_2014.csv", "municipality_name_normalized"),
    ("support_points_nl_compiled.csv", "municipality_name"),
    ("ketenaanpak_kansrijke_start.csv", "municipality_name"),
    ("ketenaanpak_welzijn_op_recept.csv", "municipality_name"),
    ("ketenaanpak_valpreventie.csv", "municipality_name"),
    ("ketenaanpak_overgewicht_kinderen.csv", "municipality_name"),
    ("ketenaanpak_gli.csv", "municipality_name"),
    ("municipality_roaz.csv", "municipality_name"),
    ("municipality_ggd_rivm.csv", "municipality_name"),
]


def main():
    m25 = {r["code"]: r["name"] for r in read("municipalities.csv")}
    exact = {n: c for c, n in m25.items()}
    normed = {norm(n): c for c, n in m25.items()}
    assert len(normed) == len(m25), "normalised 2025 names are not unique"
    alias = {r["alias"]: r["code"] for r in read("name_aliases.csv")}
    alias_n = {norm(a): c for a, c in alias.items()}
    old = {}
    for events in ("municipal_mergers_2020_2025.csv", "municipal_events_2015_2019.csv"):
        for r in read(events):
            old.setdefault(r["old_name"], set()).add(r["new_code"])

    for fname, col in JOINS:
        rows = read(fname)
        vals = Counter(r[col] for r in rows)
        how = Counter()
        unresolved = []
        for v, n in vals.items():
            if v == "":
                how["empty (region-level row)"] += n
            elif v in exact:
                how["exact"] += n
            elif norm(v) in normed:
                how["normalised"] += n
            elif v in alias or norm(v) in alias_n:
                how["alias"] += n
            elif v in old:
                how["former municipality (crosswalk)"] += n
            else:
                how["UNRESOLVED"] += n
                unresolved.append(v)
        print(f"{fname}:{col}: {len(rows)} rows, {len(vals)} distinct; "
              + ", ".join(f"{k} {v}" for k, v in sorted(how.items())))
        if unresolved:
            print("   unresolved: " + "; ".join(sorted(unresolved)))


if __name__ == "__main__":
    main()
