"""Namesakes inside one region: where does "X, Region" land when the region holds several places called X?

    PYTHONPATH=.:bench .venv/bin/python bench/geo_region_namesakes.py [--per-country 10] [--cases FILE] [--show-failures]

`bench/geo_qualified_namesakes.py` draws towns whose namesakes lie in other regions; this set draws the names
that a region itself holds twice or more, so that the region a note names does not tell them apart: towns of
sitrep's gazetteer in 26 conflict countries more than 25 km apart, and Ukraine's village councils and hromada
villages (the tables sitrep places an oblast's villages with; each row a village, however near the next).
Each drawn namesake in turn is the truth of an invented ACLED-style note, never a dev text: "bare" names the
place and its region only, "neighbour" adds a town of another name within 20 km of the truth (the evidence a
real note sometimes gives). The figures are the share of notes whose first placed event lies within 25 and
50 km of the truth and in the region, and the median error: with nothing but the region, a rule can only
shrink the error, while a neighbour should decide. `--cases FILE` keeps the drawn cases (names and points
only) so that two versions of the code code the same notes; keep the file out of git. Twenty-seventh
session (geo43), `--per-country 40`, 602 cases, 1,137 notes: within 25 km, neighbour 0.776 -> 0.839, bare
villages 0.674 -> 0.721.
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from datetime import date

from sitrep.geo.build import ADMIN1, CITY
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline
from sitrep.types import Article

from geo_stress import COUNTRIES, _clean, _usable, drawn_cases, stress_arguments  # bench/ is the script's folder

APART_KM = 25.0  # namesakes this far apart are two places
NEIGHBOUR_KM = 20.0  # a town this near the truth is what a note would add to tell the namesakes apart
TEMPLATES = {
    "bare": "On 3 May 2022, unidentified gunmen shot dead a man in {t}, {a1}.",
    "neighbour": "On 3 May 2022, unidentified gunmen shot dead a man in {t}, {a1}, and wounded another in {n}.",
}


def _region_name(gaz, cc: str, admin1: str) -> str | None:
    """The region as a note writes it, where the gazetteer knows it as a first-level region."""
    if not any(gaz.feature[r] == ADMIN1 and gaz.country[r] == cc for r in gaz.ids(admin1)):
        return None
    name = _clean(admin1)
    return name if _usable(name) else None


def _apart(gaz, ids: list[int]) -> list[int]:
    """One entry of each place: entries closer than ``APART_KM`` to one kept are the same place listed twice."""
    kept: list[int] = []
    for i in ids:
        if all(haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > APART_KM for j in kept):
            kept.append(i)
    return kept


def _distinct(gaz, kind: str, ids: list[int]) -> list[int]:
    """The distinct places of a group: each row of a village table is a village of its own (two villages
    of one name 15 km apart are two places), while the town tables may list one town twice."""
    return ids if kind == "village" else _apart(gaz, ids)


def _neighbour(gaz, towns_of: dict[str, list[int]], i: int) -> str | None:
    """A town within ``NEIGHBOUR_KM`` of entry ``i`` whose name no other town of the country bears."""
    best = None
    for j in towns_of[gaz.country[i]]:
        km = haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j])
        if 3 < km <= NEIGHBOUR_KM and (best is None or km < best[0]) and _usable(gaz.names[j]) and \
                sum(gaz.country[o] == gaz.country[i] for o in gaz.ids(gaz.names[j])) == 1:
            best = (km, gaz.names[j])
    return best[1] if best else None


def cases(gaz, per_country: int, seed: int) -> list[dict]:
    """Names a region holds twice or more, each namesake in turn the truth: names and points only."""
    rng = random.Random(seed)
    groups: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    towns_of: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(gaz.feature):
        if f == CITY and gaz.country[i] in COUNTRIES and gaz.admin1[i]:
            towns_of[gaz.country[i]].append(i)
            if i in set(gaz.ids(gaz.names[i])):  # not the village tables' rows
                groups[("town", gaz.country[i], gaz.admin1[i], name_key(gaz.names[i]))].append(i)
    for table in (gaz.seats, gaz.hromada_villages):
        for ids in table.values():
            for i in ids:
                groups[("village", gaz.country[i], gaz.admin1[i], name_key(gaz.names[i]))].append(i)
    out = []
    for cc in COUNTRIES:
        for kind in ("town", "village"):
            keys = sorted(k for k in groups if k[0] == kind and k[1] == cc and len(_distinct(gaz, kind, groups[k])) > 1)
            rng.shuffle(keys)
            drawn = 0
            for key in keys:
                if drawn >= per_country:
                    break
                ids = _distinct(gaz, kind, groups[key])
                name, region = gaz.names[ids[0]], _region_name(gaz, cc, key[2])
                if region is None or not _usable(name) or len(ids) > 6:
                    continue
                drawn += 1
                for i in ids:
                    out.append({"cc": cc, "kind": kind, "region": key[2], "n": len(ids),
                                "fields": {"t": name, "a1": region, "n": _neighbour(gaz, towns_of, i)},
                                "point": [float(gaz.lat[i]), float(gaz.lon[i])]})
    return out


def main() -> int:
    args = stress_arguments(__doc__, 10).parse_args()
    pipe = Pipeline().load(["en"])
    gaz = pipe.geoparser.gazetteer
    drawn = drawn_cases(args.cases, lambda: cases(gaz, args.per_country, args.seed))
    total, near25, near50, inside = Counter(), Counter(), Counter(), Counter()
    errors: dict[str, list[float]] = defaultdict(list)
    failures = []
    t0 = time.perf_counter()
    for case in drawn:
        for tname, template in TEMPLATES.items():
            if "{n}" in template and not case["fields"]["n"]:
                continue
            text = template.format(**case["fields"])
            events = pipe.code(Article(article_id="region-namesake", text=text, lang="en", published=date(2022, 5, 5)))
            place = next((e.place for e in events if e.place is not None), None)
            km = None if place is None else haversine_km(place.lat, place.lon, *case["point"])
            same = place is not None and place.country == case["cc"] and \
                name_key(place.admin1 or "") == name_key(case["region"])
            for key in (f"{case['kind']} {tname}", tname, "all"):
                total[key] += 1
                near25[key] += km is not None and km <= 25
                near50[key] += km is not None and km <= 50
                inside[key] += same
                errors[key].append(km if km is not None else 1000.0)
            if km is None or km > 25:
                got = "-" if place is None else f"{place.name} ({place.country}, {place.admin1}) {km:.0f} km"
                failures.append((case["kind"], tname, case["cc"], got, text))
    print(f"{len(drawn)} cases, {total['all']} notes, {time.perf_counter() - t0:.0f} s")
    print("| notes | n | within 25 km | within 50 km | in the region | median km |")
    print("|---|---|---|---|---|---|")
    for key in sorted(total):
        n = total[key]
        print(f"| {key} | {n} | {near25[key] / n:.3f} | {near50[key] / n:.3f} | {inside[key] / n:.3f} "
              f"| {statistics.median(errors[key]):.0f} |")
    if args.show_failures:
        for row in failures:
            print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
