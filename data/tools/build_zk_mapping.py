#!/usr/bin/env python3
"""Build data/nl/zorgkantoor_concession_2025_mapping.csv.

One row per 2025 zorgkantoor region (municipality_regions.csv, 31 ZK codes), linked to the
2015 concession regions (zorgkantoor_insurers.csv, reference_year 2015, 32 regions) by region name
(normalised: case, punctuation, hyphens). The 2025 region ZK33 "Westland Schieland Delfland" is
the merger of 2015 regions 19 and 22 (see SOURCES.md section 4 of the raw data; confirmed by the
member check below).

Member check: the 2014 member list (zorgkantoor_region_members_2014.csv; the 2015 designation
has no member list, so the 2014 list of the same 32 numbered regions is used) is mapped to 2025
codes with sourced mappings only: exact/normalised name, name_aliases.csv, and
municipal_mergers_2020_2025.csv. Names of municipalities dissolved 2015-2019 cannot be mapped
with sourced data and are counted as "unmapped".
Usage: python3 data/tools/build_zk_mapping.py
"""
import csv
import os
import re
import unicodedata
from collections import defaultdict

NL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "nl")
OUT = os.path.join(NL, "zorgkantoor_concession_2025_mapping.csv")

# 2025 code -> 2015 region numbers where the name differs more than normalisation can fix
MANUAL = {
    "ZK03": [6],       # "Apeldoorn, Zutphen, en omstreken" (2015) = "Apeldoorn/Zutphen" (2025)
    "ZK33": [19, 22],  # Delft Westland Oostland + Nieuwe Waterweg Noord -> Westland Schieland Delfland
}

# SECONDARY CHECK ONLY: the 2015-2019 part of the "Merger crosswalk used" list in SOURCES-4.md, which its
# author calls general knowledge (unsourced). Copied from that file; never written to any output column
# except as a labelled remark in `note`.
S4_UNSOURCED = {
 'Bedum':['Het Hogeland'],'De Marne':['Het Hogeland'],'Eemsmond':['Het Hogeland'],'Winsum':['Het Hogeland'],
 'Haren':['Groningen'],'Ten Boer':['Groningen'],
 'Grootegast':['Westerkwartier'],'Leek':['Westerkwartier'],'Marum':['Westerkwartier'],'Zuidhorn':['Westerkwartier'],
 'Hoogezand-Sappemeer':['Midden-Groningen'],'Menterwolde':['Midden-Groningen'],'Slochteren':['Midden-Groningen'],
 'Bellingwedde':['Westerwolde'],'Vlagtwedde':['Westerwolde'],
 'Dongeradeel':['Noardeast-Fryslân'],'Ferwerderadiel':['Noardeast-Fryslân'],'Kollumerland en Nieuwkruisland':['Noardeast-Fryslân'],
 'Franekeradeel':['Waadhoeke'],'het Bildt':['Waadhoeke'],'Menameradiel':['Waadhoeke'],'Leeuwarderadeel':['Leeuwarden'],
 'Littenseradiel':['Leeuwarden','Súdwest-Fryslân','Waadhoeke'],
 'Bussum':['Gooise Meren'],'Muiden':['Gooise Meren'],'Naarden':['Gooise Meren'],
 'Haarlemmerliede en Spaarnwoude':['Haarlemmermeer'],'Zeevang':['Edam-Volendam'],
 'Bergambacht':['Krimpenerwaard'],'Nederlek':['Krimpenerwaard'],'Ouderkerk':['Krimpenerwaard'],'Schoonhoven':['Krimpenerwaard'],'Vlist':['Krimpenerwaard'],
 'Bernisse':['Nissewaard'],'Spijkenisse':['Nissewaard'],
 'Binnenmaas':['Hoeksche Waard'],'Cromstrijen':['Hoeksche Waard'],'Korendijk':['Hoeksche Waard'],'Oud-Beijerland':['Hoeksche Waard'],'Strijen':['Hoeksche Waard'],
 'Giessenlanden':['Molenlanden'],'Molenwaard':['Molenlanden'],
 'Leerdam':['Vijfheerenlanden'],'Vianen':['Vijfheerenlanden'],'Zederik':['Vijfheerenlanden'],'Noordwijkerhout':['Noordwijk'],
 'Aalburg':['Altena'],'Werkendam':['Altena'],'Woudrichem':['Altena'],
 'Schijndel':['Meierijstad'],'Sint-Oedenrode':['Meierijstad'],'Veghel':['Meierijstad'],
 'Nuth':['Beekdaelen'],'Onderbanken':['Beekdaelen'],'Schinnen':['Beekdaelen'],'Rijnwaarden':['Zevenaar'],
}

# Findings that need more than the sourced member check (written into the note verbatim).
EXTRA = {
    "ZK02": "Weesp (2014 region 11 't Gooi) joined Amsterdam on 2022-03-24 (crosswalk), so the 2025 region is region 15 plus the former Weesp",
    "ZK21": "Weesp (2014 region 11) is now part of Amsterdam (ZK02), so the 2025 region is region 11 minus the former Weesp. Almere is in this region both in 2014 and 2025",
    "ZK19": "Haaren (2014 region 28) was split in 2021 (crosswalk): Esch -> Boxtel and Helvoirt -> Vught stay in ZK19; Haaren village -> Oisterwijk and Biezenmortel -> Tilburg lie in ZK12 Midden-Brabant, so ZK19 = region 28 minus those two parts",
    "ZK12": "Oisterwijk and Tilburg received parts of Haaren (2014 region 28 Noordoost Brabant) in 2021, so ZK12 = region 27 plus those parts",
}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def read(name):
    with open(os.path.join(NL, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    m25 = {r["code"]: r["name"] for r in read("municipalities.csv")}
    by_norm = {norm(n): c for c, n in m25.items()}
    alias = {norm(r["alias"]): r["code"] for r in read("name_aliases.csv")}
    xw = defaultdict(set)
    for r in read("municipal_mergers_2020_2025.csv"):
        xw[norm(r["old_name"])].add(r["new_code"])

    zk_members = defaultdict(set)
    zk_name = {}
    code2zk = {}
    for r in read("municipality_regions.csv"):
        zk_members[r["zorgkantoor_code"]].add(r["municipality_code"])
        zk_name[r["zorgkantoor_code"]] = r["zorgkantoor_name"]
        code2zk[r["municipality_code"]] = r["zorgkantoor_code"]

    ins = {}
    ins14 = {}
    for r in read("zorgkantoor_insurers.csv"):
        (ins if r["reference_year"] == "2015" else ins14)[int(r["region_no"])] = r

    # 2014 members -> 2025 codes (sourced mappings only)
    mem = defaultdict(lambda: defaultdict(set))  # region_no -> code -> names
    unmapped = defaultdict(list)
    for r in read("zorgkantoor_region_members_2014.csv"):
        k = int(r["region_no"])
        n = norm(r["municipality_name_normalized"])
        codes = {by_norm[n]} if n in by_norm else ({alias[n]} if n in alias else xw.get(n, set()))
        if not codes:
            unmapped[k].append(r["municipality_name_normalized"])
        for c in codes:
            mem[k][c].add(r["municipality_name_normalized"])

    name2015 = {norm(r["zorgkantoor_region_name"]): k for k, r in ins.items()}
    rows = []
    used = set()
    for zk in sorted(zk_name):
        if zk in MANUAL:
            regs = MANUAL[zk]
        elif norm(zk_name[zk]) in name2015:
            regs = [name2015[norm(zk_name[zk])]]
        else:
            regs = []
        used.update(regs)
        if not regs:
            rows.append([zk, zk_name[zk], "", "", "", "none", "no 2015 region with this name"])
            continue
        holders = {ins[k]["concession_holder_insurer"] for k in regs}
        holder = holders.pop() if len(holders) == 1 else ""
        match = "merged" if len(regs) > 1 else "name"
        # member check
        mapped = {c for k in regs for c in mem[k]}
        inside = {c for c in mapped if code2zk[c] == zk}
        outside = sorted(mapped - inside)
        z25 = zk_members[zk]
        from_elsewhere = sorted(c for c in z25 if any(c in mem[k] for k in mem if k not in regs))
        not_reached = sorted(c for c in z25 if not any(c in mem[k] for k in mem))
        n_unm = sum(len(unmapped[k]) for k in regs)
        parts = []
        if match == "merged":
            parts.append("2025 region formed from 2015 regions " + " + ".join(
                f"{k} {ins[k]['zorgkantoor_region_name']} ({ins[k]['concession_holder_insurer']})" for k in regs)
                + ("; holders agree" if holder else "; holders differ"))
        elif norm(ins[regs[0]]["zorgkantoor_region_name"]) != norm(zk_name[zk]):
            parts.append(f"name variant: 2015 '{ins[regs[0]]['zorgkantoor_region_name']}'")
        elif ins[regs[0]]["zorgkantoor_region_name"] != zk_name[zk]:
            parts.append("same name up to case/hyphen")
        parts.append(
            f"member check (2014 list, sourced name mapping): {len(mapped)} mapped 2014 members -> "
            f"{len(inside)} in {zk}" + (f", {len(outside)} elsewhere ({', '.join(m25[c] + ' ' + code2zk[c] for c in outside)})" if outside else "")
            + f"; {n_unm} 2014 names unmapped (dissolved 2015-2019)"
            + f"; {zk} has {len(z25)} members, {len(z25) - len(not_reached)} reached from the 2014 list"
            + (f" (also reached from another 2014 region: {', '.join(m25[c] for c in from_elsewhere)})" if from_elsewhere else "")
            + (f", not reached: {', '.join(m25[c] for c in not_reached)} (formed 2015-2019)" if not_reached else ""))
        sec = defaultdict(list)
        for k in regs:
            for nm in unmapped[k]:
                if nm in S4_UNSOURCED:
                    zs = sorted({code2zk[by_norm[norm(x)]] for x in S4_UNSOURCED[nm]})
                    sec["/".join(zs)].append(nm)
                else:
                    sec["not in list"].append(nm)
        if sec:
            parts.append("secondary check with the unsourced 2015-2019 list in SOURCES-4.md: " + "; ".join(
                f"{', '.join(v)} -> {z}" for z, v in sorted(sec.items())))
        # 2014 members of OTHER regions that end up in this 2025 region through the unsourced list
        gains = [f"{nm} (2014 region {k})" for k in unmapped if k not in regs for nm in unmapped[k]
                 if nm in S4_UNSOURCED and any(code2zk[by_norm[norm(x)]] == zk for x in S4_UNSOURCED[nm])]
        if gains:
            parts.append("per that list this region also gains " + ", ".join(gains))
        if zk in EXTRA:
            parts.append(EXTRA[zk])
        h14 = {ins14[k]["concession_holder_insurer"] for k in regs}
        if {h.lower() for h in h14} != {ins[k]["concession_holder_insurer"].lower() for k in regs}:
            parts.append("2014 holder differs: " + " / ".join(sorted(h14)) + " (2014 designation, BWBR0034132)")
        parts.append("holder is the 2015 designation (BWBR0035987); current (2025) holder not found")
        assert not any(p.endswith(".") for p in parts), parts
        rows.append([zk, zk_name[zk], "|".join(str(k) for k in regs),
                     "|".join(ins[k]["zorgkantoor_region_name"] for k in regs), holder, match, ". ".join(parts)])

    left = sorted(set(ins) - used)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["zk_code", "zk_name_2025", "region_no_2015", "region_name_2015",
                    "concession_holder_2015", "match", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows; match counts: "
          + ", ".join(f"{m} {sum(1 for r in rows if r[5] == m)}" for m in ("name", "merged", "none")))
    print(f"2015 regions not used: {left}")


if __name__ == "__main__":
    main()
