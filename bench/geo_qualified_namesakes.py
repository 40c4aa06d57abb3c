"""Namesakes inside a country: does a town named with its region ("X, Y", "X (Y)", "X, Y state") land in that
region, and a name none of whose namesakes lies there fall back to the region?

    PYTHONPATH=.:bench .venv/bin/python bench/geo_qualified_namesakes.py [--per-country 12] [--cases FILE] [--show-failures]

`bench/geo_stress.py` leaves out the towns whose namesakes lie elsewhere in their own country only when they
share the region; this set draws exactly the towns that have a namesake of the same spelling in another
first-level region of their country (most often one the prior likes better: a bigger town or a
municipality), from sitrep's own gazetteer and never from a dev text. "inside" notes name the town's own
region: the event should be at the town (within 25 km) and never outside the region. "missing" notes name a
region of the country that holds no entry of the name: the event should be in that region (its admin1), not at
a namesake elsewhere. The first placed event of each note is measured. `--cases FILE` keeps the drawn cases
(names and points only) so that two versions of the code code the same notes; keep the file out of git.
"""
from __future__ import annotations

import random
import sys
import time
from collections import Counter, defaultdict
from datetime import date

from sitrep.geo.build import ADMIN1, ADMIN2, CITY
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline
from sitrep.types import Article

from geo_stress import (COUNTRIES, FR_REGION, FRENCH, REGION_WORD, _clean, _usable,  # bench/ is the script's folder
                        drawn_cases, stress_arguments)

OPENING = "On 3 May 2022, "
TEMPLATES = {
    "comma": "{o}unidentified gunmen shot dead a man in {t}, {a1}.",
    "bracket": "{o}unidentified gunmen shot dead a man in {t} ({a1}).",
    "region_word": "{o}soldiers burned houses in {t}, {a1} {rw}.",
}
FR_TEMPLATES = {
    "fr_region": "Le 3 mai 2022, des hommes armés non identifiés ont tué un homme à {t}, {fr} {a1}.",
}


def _region_entry(gaz, cc: str, name: str) -> int | None:
    return next((r for r in gaz.ids(name) if gaz.feature[r] == ADMIN1 and gaz.country[r] == cc), None)


def cases(gaz, per_country: int, seed: int) -> list[dict]:
    """Towns with a namesake in another region of their country ("inside"), and such names put in a region
    that holds none of them ("missing"): names and points only."""
    rng = random.Random(seed)
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(gaz.feature):
        if f in (CITY, ADMIN2) and gaz.country[i] in COUNTRIES and gaz.admin1[i]:
            by_name[(gaz.country[i], name_key(gaz.names[i]))].append(i)
    regions: dict[str, list[str]] = defaultdict(list)
    for i, f in enumerate(gaz.feature):
        if f == ADMIN1 and gaz.country[i] in COUNTRIES and _usable(_clean(gaz.names[i])):
            regions[gaz.country[i]].append(gaz.names[i])
    out = []
    for cc in COUNTRIES:
        names = sorted(k for k in by_name if k[0] == cc and len({gaz.admin1[i] for i in by_name[k]}) > 1)
        rng.shuffle(names)
        inside = missing = 0
        for key in names:
            if inside >= per_country and missing >= per_country // 2:
                break
            ids = [i for i in by_name[key] if i in set(gaz.ids(gaz.names[i]))]  # not the village tables' rows
            towns = [i for i in ids if gaz.feature[i] == CITY and gaz.population[i] < 200_000 and _usable(gaz.names[i])
                     and name_key(gaz.names[i]) == key[1]]
            if not towns:
                continue
            t = rng.choice(towns)
            twins = [j for j in ids if j != t and gaz.admin1[j] == gaz.admin1[t]
                     and haversine_km(gaz.lat[t], gaz.lon[t], gaz.lat[j], gaz.lon[j]) > 25]
            region = _region_entry(gaz, cc, gaz.admin1[t])
            fields = {"t": gaz.names[t], "o": OPENING, "rw": REGION_WORD.get(cc, "region"), "fr": FR_REGION.get(cc, "")}
            if inside < per_country and not twins and region is not None and _usable(_clean(gaz.admin1[t])):
                out.append({"cc": cc, "kind": "inside", "fields": {**fields, "a1": _clean(gaz.admin1[t])},
                            "point": [float(gaz.lat[t]), float(gaz.lon[t])], "region": gaz.admin1[t]})
                inside += 1
            held = {name_key(gaz.admin1[j]) for j in ids}
            empty = [r for r in regions[cc] if name_key(r) not in held]
            if missing < per_country // 2 and empty:
                r = rng.choice(sorted(empty))
                e = _region_entry(gaz, cc, r)
                if e is not None:
                    out.append({"cc": cc, "kind": "missing", "fields": {**fields, "a1": _clean(r)},
                                "point": [float(gaz.lat[e]), float(gaz.lon[e])], "region": r})
                    missing += 1
    return out


def score(pipe, drawn: list[dict], templates: dict[str, str], fr_templates: dict[str, str]):
    """Code every case in each of ``templates`` (and ``fr_templates`` in French-speaking countries) and
    tally, per "kind template", the notes in the region, within 25 km and outside it; with the failures."""
    total, in_region, near25, outside = Counter(), Counter(), Counter(), Counter()
    failures = []
    for case in drawn:
        cc, kind = case["cc"], case["kind"]
        for tname, template in (dict(templates) | (fr_templates if cc in FRENCH else {})).items():
            text = template.format(**case["fields"])
            lang = "fr" if tname.startswith("fr_") else "en"
            events = pipe.code(Article(article_id="qualified", text=text, lang=lang, published=date(2022, 5, 5)))
            place = next((e.place for e in events if e.place is not None), None)
            km = None if place is None else haversine_km(place.lat, place.lon, *case["point"])
            # a region no town names as its parent (a new province) is placed at its own point
            same = place is not None and place.country == cc and (
                name_key(place.admin1 or "") == name_key(case["region"]) or kind == "missing" and km <= 25)
            # a place in another region of the country, or abroad: the qualifier was not obeyed
            astray = place is not None and not same and (km is None or km > 50)
            for key in (f"{kind} {tname}", kind, "all"):
                total[key] += 1
                in_region[key] += same
                near25[key] += km is not None and km <= 25
                outside[key] += astray
            if not same or kind == "inside" and (km is None or km > 25):
                got = "-" if place is None else f"{place.name} ({place.country}, {place.admin1}) {km:.0f} km"
                failures.append((kind, tname, cc, got, text))
    return total, in_region, near25, outside, failures


def print_table(total: Counter, in_region: Counter, near25: Counter, outside: Counter) -> None:
    print("| notes | n | in the region | within 25 km | outside the region |")
    print("|---|---|---|---|---|")
    for key in sorted(total):
        n = total[key]
        print(f"| {key} | {n} | {in_region[key] / n:.3f} | {near25[key] / n:.3f} | {outside[key] / n:.3f} |")


def main() -> int:
    args = stress_arguments(__doc__, 12).parse_args()
    pipe = Pipeline().load(["en", "fr"])
    gaz = pipe.geoparser.gazetteer
    drawn = drawn_cases(args.cases, lambda: cases(gaz, args.per_country, args.seed))
    t0 = time.perf_counter()
    total, in_region, near25, outside, failures = score(pipe, drawn, TEMPLATES, FR_TEMPLATES)
    print(f"{len(drawn)} cases, {total['all']} notes, {time.perf_counter() - t0:.0f} s")
    print_table(total, in_region, near25, outside)
    if args.show_failures:
        for row in failures:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
