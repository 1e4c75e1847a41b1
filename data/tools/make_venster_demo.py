#!/usr/bin/env python3
"""Writes data/demo/venster-demo.csv: DEMO answers of the 'venster op de samenwerking' (NOT real; no public data
exists). Seeded, so the file is the same on every run. One row per region, year, financier and question in the import
format of POST /api/import/venster; some financiers leave a year blank so that completeness has something to show.

    python3 data/tools/make_venster_demo.py
"""
import csv
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parents[2]
FINANCIERS = ["gemeenten", "zorgverzekeraar", "zorgkantoor"]
QUESTIONS = ["proces", "agenda", "resultaten"]
YEARS = [2025, 2026]
NOTE = "DEMO: gegenereerd, geen echt antwoord"


def main():
    rng = random.Random(20260422)
    with open(ROOT / "data/nl/iza_regions.csv", newline="", encoding="utf-8") as f:
        regions = [r["iza_region_name"] for r in csv.DictReader(f)]
    rows = []
    for region in regions:
        region_level = rng.choice([3, 3, 4, 4, 4, 5])
        base = {fin: min(5, max(1, region_level + rng.choice([-1, 0, 0, 0, 0, 1]))) for fin in FINANCIERS}
        for year in YEARS:
            for fin in FINANCIERS:
                if rng.random() < 0.07:
                    continue  # this financier did not answer this year
                base[fin] = min(5, max(1, base[fin] + rng.choice([-1, 0, 0, 0, 0, 0, 1])))
                for q in QUESTIONS:
                    answer = min(5, max(1, base[fin] + rng.choice([-1, 0, 0, 0, 0, 0, 0, 0, 1])))
                    rows.append([region, year, fin, q, answer, NOTE])
    out = ROOT / "data/demo/venster-demo.csv"
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["region", "year", "financier", "question", "answer", "toelichting"])
        w.writerows(rows)
    print(f"{out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
