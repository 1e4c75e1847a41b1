#!/usr/bin/env python3
"""Verify data/nl/municipal_mergers_2020_2025.csv against the 2020 and 2025 municipality sets.

Checks:
  1. every 2020 code (municipality_roaz.csv, municipality_ggd_rivm.csv) maps to a 2025 code
     (municipalities.csv), either directly (same code) or through the crosswalk;
  2. every 2025 code is reached by at least one 2020 code;
  3. crosswalk rows are well formed (old code not in 2025 set, new code in 2025 set,
     kind merger/split consistent with the number of rows per old code, names match the files);
  4. ROAZ regions per 2025 municipality after the crosswalk (0 / 1 / 2+).
Usage: python3 data/tools/check_crosswalk.py   (exit code 1 on any failure)
"""
import csv
import os
import sys
from collections import defaultdict

NL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "nl")


def read(name):
    with open(os.path.join(NL, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    errors = []
    m25 = {r["code"]: r["name"] for r in read("municipalities.csv")}
    roaz_rows = read("municipality_roaz.csv")
    r20 = {r["municipality_code"]: r["municipality_name"] for r in roaz_rows}
    g20 = {r["municipality_code"]: r["municipality_name"] for r in read("municipality_ggd_rivm.csv")}
    xw = read("municipal_mergers_2020_2025.csv")

    print(f"2025 set (municipalities.csv): {len(m25)} codes")
    print(f"2020 set (municipality_roaz.csv): {len(r20)} distinct codes, {len(roaz_rows)} rows")
    print(f"2020 set (municipality_ggd_rivm.csv): {len(g20)} codes; same code set as ROAZ: {set(r20) == set(g20)}")
    if set(r20) != set(g20):
        errors.append("ROAZ and GGD 2020 code sets differ")

    # 3. row checks
    cols = "old_code,old_name,new_code,new_name,effective_date,kind,note,source".split(",")
    with open(os.path.join(NL, "municipal_mergers_2020_2025.csv"), encoding="utf-8") as f:
        header = f.readline().strip().split(",")
    if header != cols:
        errors.append(f"crosswalk header {header} != {cols}")
    by_old = defaultdict(list)
    for r in xw:
        by_old[r["old_code"]].append(r)
        if r["old_code"] in m25:
            errors.append(f"{r['old_code']} is still a 2025 code but appears as old_code")
        if r["old_code"] not in r20:
            errors.append(f"{r['old_code']} not in the 2020 set")
        elif r20[r["old_code"]] != r["old_name"]:
            errors.append(f"{r['old_code']} old_name {r['old_name']!r} != RIVM {r20[r['old_code']]!r}")
        if r["new_code"] not in m25:
            errors.append(f"{r['new_code']} not in the 2025 set")
        elif m25[r["new_code"]] != r["new_name"]:
            errors.append(f"{r['new_code']} new_name {r['new_name']!r} != CBS {m25[r['new_code']]!r}")
        if r["kind"] not in ("merger", "split"):
            errors.append(f"bad kind {r['kind']!r}")
        if not r["source"].strip():
            errors.append(f"{r['old_code']}->{r['new_code']} has no source")
    for old, rows in by_old.items():
        kinds = {r["kind"] for r in rows}
        if len(rows) == 1 and kinds != {"merger"}:
            errors.append(f"{old}: one row but kind {kinds}")
        if len(rows) > 1 and kinds != {"split"}:
            errors.append(f"{old}: {len(rows)} rows but kind {kinds}")

    # 1. every 2020 code maps
    mapping = {}
    unmapped = []
    for c in sorted(r20):
        if c in m25:
            mapping[c] = [c]
        elif c in by_old:
            mapping[c] = [r["new_code"] for r in by_old[c]]
        else:
            unmapped.append(c)
    direct = sum(1 for c in r20 if c in m25)
    print(f"2020 codes kept unchanged: {direct}; mapped via crosswalk: {len(by_old)} "
          f"({len(xw)} rows, {sum(1 for v in by_old.values() if len(v) > 1)} split)")
    if unmapped:
        errors.append(f"2020 codes not mapped: {unmapped}")
    renamed = [(c, r20[c], m25[c]) for c in sorted(r20) if c in m25 and r20[c] != m25[c]]
    print(f"same code, different spelling 2020 vs 2025: {len(renamed)}: "
          + "; ".join(f"{c} {a!r}->{b!r}" for c, a, b in renamed))

    # 2. every 2025 code reached
    reached = {n for v in mapping.values() for n in v}
    missing = sorted(set(m25) - reached)
    print(f"2025 codes reached: {len(reached & set(m25))}/{len(m25)}")
    if missing:
        errors.append(f"2025 codes not reached: {missing}")

    # 4. ROAZ after the crosswalk
    roaz25 = defaultdict(set)
    src = defaultdict(lambda: defaultdict(list))
    for r in roaz_rows:
        for n in mapping.get(r["municipality_code"], []):
            roaz25[n].add(r["roaz_region"])
            src[n][r["roaz_region"]].append(r["municipality_code"] + " " + r["municipality_name"])
    dist = defaultdict(int)
    for c in m25:
        dist[len(roaz25.get(c, ()))] += 1
    print("2025 municipalities by number of ROAZ regions: "
          + ", ".join(f"{k}: {dist[k]}" for k in sorted(dist)))
    for c in sorted(m25):
        if len(roaz25.get(c, ())) > 1:
            parts = " | ".join(f"{reg} <- {', '.join(sorted(set(v)))}" for reg, v in sorted(src[c].items()))
            print(f"  {c} {m25[c]}: {parts}")

    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: crosswalk complete and consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
