"""Bound-region probe: does a small town named with its first-level region ("in V, R Oblast",
"in V (R)") stay in that region, rather than go to a namesake in another region or country?

    PYTHONPATH=. .venv/bin/python bench/geo_bound_region.py [--per-country 8] [--show-failures]

Built from sitrep's own gazetteer and general facts only, not from any dev set: for countries with
many conflict events, the most populous towns under 100,000 people that share their name key with a
town of another region or country (an exact namesake, or a big town holding the name as an alternate
name, as geonames gives Donetsk city "Oleksandrivka"). Each is put in invented ACLED-style notes, with
the region as the gazetteer spells it, and coded by the real pipeline; the figures are the shares of
notes whose first placed event lies in the town's region (the town itself, or a place filed under that
region) and in its country. Towns with the most namesakes come first: they are the hard cases.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from importlib.resources import files

from sitrep.geo.build import CITY
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline
from sitrep.types import Article

# the region word ACLED's notes use for each country's first level (general knowledge)
COUNTRIES = {"UA": "Oblast", "SY": "Governorate", "YE": "Governorate", "IQ": "Governorate", "AF": "Province",
             "PK": "Province", "NG": "State", "MX": "State", "BR": "State", "CO": "Department", "PH": "Province",
             "IN": "State", "RU": "Oblast", "TR": "Province", "ET": "Region", "SO": "Region"}
MAX_POPULATION = 100_000
MIN_POPULATION = 500
OPENING = "On 3 May 2022, "
TEMPLATES = {
    "comma": "{o}unidentified gunmen killed two civilians in {t}, {r}.",
    "bracket": "{o}unidentified gunmen killed two civilians in {t} ({r}).",
    "word": "{o}unidentified gunmen killed two civilians in {t}, {r} {w}.",
    # a settlement word between the town and its region (ACLED: "X village, Y State")
    "village": "{o}unidentified gunmen killed two civilians in {t} village, {r}.",
    "village_word": "{o}unidentified gunmen killed two civilians in {t} village, {r} {w}.",
}
# eleventh session (geo17): ACLED's Indian and Pakistani notes abbreviate the state ("Agra (UP)",
# "Mardan, KP"), alone in brackets or after a comma; run on the towns whose region has an abbreviation
# among sitrep's chain names (`aliases.tsv`), with their own count
ABBR_TEMPLATES = {
    "abbr_bracket": "{o}unidentified gunmen killed two civilians in {t} ({ab}).",
    "abbr_comma": "{o}unidentified gunmen killed two civilians in {t}, {ab}.",
}


def _abbreviations() -> dict[tuple[str, str], str]:
    """(ISO2, region key) -> the region's first all-capital chain name in ``aliases.tsv`` ("UP")."""
    out: dict[tuple[str, str], str] = {}
    text = files("sitrep.geo").joinpath("data/aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#") and cols[3] == "admin1" and cols[0].replace("&", "").isupper():
            out.setdefault((cols[2], name_key(cols[1])), cols[0])
    return out


def probes(gaz, per_country: int):
    """(country, town entry, fields) for the towns to test, most populous first."""
    by_country: dict[str, list[int]] = {cc: [] for cc in COUNTRIES}
    for i, (cc, f) in enumerate(zip(gaz.country, gaz.feature)):
        if f == CITY and cc in by_country and MIN_POPULATION <= gaz.population[i] < MAX_POPULATION and gaz.admin1[i]:
            by_country[cc].append(i)
    out = []
    for cc, word in COUNTRIES.items():
        ranked = []
        for i in by_country[cc]:
            name, region = gaz.names[i], gaz.admin1[i]
            if not gaz.ids(region):
                continue
            rivals = [j for j in gaz.ids(name) if gaz.feature[j] == CITY and j != i and (
                gaz.country[j] != cc or name_key(gaz.admin1[j]) != name_key(region))]
            if rivals:
                ranked.append((-len(rivals), -gaz.population[i], i))
        seen = set()
        for _, _, i in sorted(ranked):
            if len(seen) >= per_country:
                break
            if name_key(gaz.names[i]) in seen:
                continue
            seen.add(name_key(gaz.names[i]))
            out.append((cc, i, {"t": gaz.names[i], "r": gaz.admin1[i], "w": COUNTRIES[cc], "o": OPENING}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-country", type=int, default=8)
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args()
    pipe = Pipeline().load(["en"])
    gaz = pipe.geoparser.gazetteer
    cases = probes(gaz, args.per_country)
    region, country = Counter(), Counter()
    failures = []
    t = time.perf_counter()
    for cc, i, fields in cases:
        for tname, template in TEMPLATES.items():
            text = template.format(**fields)
            events = pipe.code(Article(article_id="probe", text=text, lang="en"))
            place = next((e.place for e in events if e.place is not None), None)
            in_country = place is not None and place.country == cc
            in_region = in_country and (name_key(place.admin1 or "") == name_key(gaz.admin1[i]) or (
                place.lat is not None and abs(place.lat - gaz.lat[i]) < 0.01 and abs(place.lon - gaz.lon[i]) < 0.01))
            country[tname] += in_country
            region[tname] += in_region
            if not in_region:
                failures.append((tname, f"{cc}/{gaz.admin1[i]}",
                                 f"{place.country}/{place.admin1} {place.name}" if place else "-", text))
    abbreviations = _abbreviations()
    short = [(cc, i, {**f, "ab": abbreviations[(cc, name_key(gaz.admin1[i]))]}) for cc, i, f in cases
             if (cc, name_key(gaz.admin1[i])) in abbreviations]
    for cc, i, fields in short:
        for tname, template in ABBR_TEMPLATES.items():
            place = next((e.place for e in pipe.code(Article(article_id="probe", text=template.format(**fields), lang="en"))
                          if e.place is not None), None)
            country[tname] += place is not None and place.country == cc
            in_region = place is not None and place.country == cc and name_key(place.admin1 or "") == name_key(gaz.admin1[i])
            region[tname] += in_region
            if not in_region:
                failures.append((tname, f"{cc}/{gaz.admin1[i]}",
                                 f"{place.country}/{place.admin1} {place.name}" if place else "-", template.format(**fields)))
    took = time.perf_counter() - t
    n = len(cases)
    print(f"{n} towns with a namesake in another region or country, {len({c[0] for c in cases})} countries; "
          f"{n * len(TEMPLATES)} notes coded in {took:.0f} s")
    print("| template | right region | right country |")
    print("|---|---|---|")
    for tname in TEMPLATES:
        print(f"| {tname} | {region[tname] / n:.3f} | {country[tname] / n:.3f} |")
    m = n * len(TEMPLATES)
    print(f"| all | {sum(region[t] for t in TEMPLATES) / m:.3f} | {sum(country[t] for t in TEMPLATES) / m:.3f} |")
    for tname in ABBR_TEMPLATES:
        print(f"| {tname} ({len(short)} Indian and Pakistani towns) | {region[tname] / max(1, len(short)):.3f} | "
              f"{country[tname] / max(1, len(short)):.3f} |")
    if args.show_failures:
        for tname, want, got, text in failures:
            print(f"{tname}\t{want} -> {got}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
