"""Place stress set: invented ACLED-style notes built from sitrep's own gazetteer, never from a dev text.

    PYTHONPATH=. .venv/bin/python bench/geo_stress.py [--per-country 12] [--seed 1] [--show-failures]

The dev sets' check halves are small and their tune halves were studied, so a rule fitted to one says
little of notes never seen. This set draws, for the countries ACLED codes most, small towns and villages
of the gazetteer (half of them with a namesake in another country, the case that goes wrong) with their
first-level region and the nearest second-level unit that holds them, and writes them into the shapes
ACLED notes take ("in X village, Y district (Z region)", "near X, Y LGA, Z state", "X (Y, Z)", "in X town
of Y township", "à X, territoire de Y, province de Z"); an invented village no table holds, named with
its unit, should fall back to that unit. Each note is coded by the real pipeline and the first placed
event is measured: right country, within 25 km and within 50 km of the drawn point. Nothing is written.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import numpy as np

from sitrep.geo.build import ADMIN2, CITY
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key
from sitrep.pipeline import Pipeline
from sitrep.types import Article

COUNTRIES = ("MM", "UA", "SY", "YE", "NG", "CD", "ML", "BF", "SO", "SD", "ET", "AF", "PK", "IN", "MX", "CO",
             "BR", "PH", "IQ", "CM", "MZ", "NE", "TD", "SS", "CF", "LB")
FRENCH = {"CD", "ML", "BF", "CM", "NE", "TD", "CF"}
# the word ACLED's notes put after a second-level unit in each country, "district" elsewhere
UNIT_WORD = {"NG": "LGA", "MM": "township", "CD": "territory", "ML": "cercle", "BF": "province", "CM": "department",
             "MX": "municipality", "CO": "municipality", "BR": "municipality", "PH": "municipality", "UA": "raion",
             "NE": "department", "TD": "department", "SS": "county", "CF": "sub-prefecture", "LB": "district"}
REGION_WORD = {"NG": "state", "MM": "region", "IN": "state", "MX": "state", "BR": "state", "SD": "state",
               "SS": "state", "UA": "oblast", "CD": "province", "PK": "province", "AF": "province",
               "IQ": "governorate", "SY": "governorate", "YE": "governorate", "PH": "province"}
FR_UNIT = {"CD": "territoire de", "ML": "cercle de", "BF": "province du", "CM": "département du",
           "NE": "département de", "TD": "département de", "CF": "sous-préfecture de"}
FR_REGION = {"CD": "province du", "ML": "région de", "BF": "région du", "CM": "région de", "NE": "région de",
             "TD": "province du", "CF": "préfecture de"}
OPENING = "On 3 May 2022, "
TEMPLATES = {
    "village_chain": "{o}in {t} village, {a2} district ({a1} {rw}), unidentified gunmen shot dead a man.",
    "near_unit": "{o}unidentified gunmen shot dead a man near {t}, {a2} {uw}, {a1} {rw}.",
    "bracket": "{o}unidentified gunmen shot dead a man in {t} ({a2}, {a1}).",
    "town_of": "{o}soldiers burned houses in {t} town of {a2} {uw}.",
    "bracket_a1": "{o}unidentified gunmen shot dead a man in {t} ({a1}).",
    "unknown_village": "{o}in {u} village, {a2} {uw} ({a1} {rw}), unidentified gunmen shot dead a man.",
}
FR_TEMPLATES = {
    "fr_chain": "Le 3 mai 2022, à {t}, {fu} {a2}, {fr} {a1}, des hommes armés non identifiés ont tué un homme.",
}
SOURCE_WORDS = re.compile(r"\b(?:Muhafazat|Rayon|Raion|District|Department|Territoire d'|Province|Municipality|Prefecture)\b\s*",
                          re.IGNORECASE)
BAD_NAME = re.compile(r"[()0-9]|Ã|Â|\bPT\b")
# invented village names that no table holds, of sounds common to several regions
UNKNOWN = ("Kwazobeti", "Ndulamoke", "Tirgaboli", "Sakimbero", "Oruvanje", "Pelkadoro")


def _a2_for(gaz, i, a2_ids, lat, lon) -> int | None:
    """The nearest second-level unit of the town's country whose reach holds it and whose name differs."""
    la, lo = np.radians(lat[i]), np.radians(lon[i])
    la2, lo2 = np.radians(lat[a2_ids]), np.radians(lon[a2_ids])
    h = np.sin((la2 - la) / 2) ** 2 + np.cos(la) * np.cos(la2) * np.sin((lo2 - lo) / 2) ** 2
    d = 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(1.0, h)))
    for j in np.argsort(d):
        k = int(a2_ids[j])
        if d[j] > max(gaz.radius[k], 15.0):
            return None
        if name_key(gaz.names[k]) != name_key(gaz.names[i]) and gaz.admin1[k] == gaz.admin1[i]:
            return k
    return None


def _clean(name: str) -> str:
    """A unit's name as a note writes it: without the unit words the sources add ("Muhafazat al Bayda'",
    "Simferopol's'kyy Rayon", "Territoire d'Irumu")."""
    return " ".join(w for w in SOURCE_WORDS.sub(" ", name).split())


def _usable(name: str) -> bool:
    """A name a note could carry: no brackets, digits or broken encodings."""
    return len(name) >= 3 and not BAD_NAME.search(name)


def _twin_in_region(gaz, i: int) -> bool:
    """Whether a namesake of the town lies elsewhere in its own region: no note's chain tells them apart."""
    ids = {*gaz.ids(gaz.names[i]), *gaz.village_ids(gaz.names[i])} - {i}
    return any(gaz.country[j] == gaz.country[i] and gaz.admin1[j] == gaz.admin1[i]
               and haversine_km(gaz.lat[i], gaz.lon[i], gaz.lat[j], gaz.lon[j]) > 25 for j in ids)


def cases(gaz, per_country: int, seed: int) -> list[dict]:
    """One case for each drawn town: its country, the template fields, the town's and the unit's points
    and whether a namesake abroad exists; names and points only, so that another gazetteer reads them."""
    rng = random.Random(seed)
    feature = np.frombuffer(gaz.feature, dtype=np.int8) if isinstance(gaz.feature, (bytes, bytearray)) \
        else np.asarray(gaz.feature)
    lat, lon = np.asarray(gaz.lat, dtype=float), np.asarray(gaz.lon, dtype=float)
    country = np.array(gaz.country)
    out = []
    for cc in COUNTRIES:
        a2_ids = np.flatnonzero((feature == ADMIN2) & (country == cc))
        towns = [int(i) for i in np.flatnonzero((feature == CITY) & (country == cc))
                 if gaz.admin1[i] and gaz.population[i] < 200_000]
        if not towns or not len(a2_ids):
            continue
        rng.shuffle(towns)
        abroad = [i for i in towns if any(gaz.country[k] != cc for k in gaz.ids(gaz.names[i]))]
        local = [i for i in towns if i not in set(abroad[:per_country])]
        picked = []
        for pool, want in ((abroad, per_country // 2), (local, per_country - per_country // 2)):
            n = 0
            for i in pool:
                if n >= want:
                    break
                if i in picked or not _usable(gaz.names[i]) or _twin_in_region(gaz, i):
                    continue
                k = _a2_for(gaz, i, a2_ids, lat, lon)
                if k is None or not _usable(_clean(gaz.names[k])) or not _usable(_clean(gaz.admin1[i])):
                    continue
                picked.append(i)
                fields = {"t": gaz.names[i], "a1": _clean(gaz.admin1[i]), "a2": _clean(gaz.names[k]),
                          "uw": UNIT_WORD.get(cc, "district"), "rw": REGION_WORD.get(cc, "region"),
                          "fu": FR_UNIT.get(cc, ""), "fr": FR_REGION.get(cc, ""), "o": OPENING,
                          "u": UNKNOWN[len(out) % len(UNKNOWN)]}
                out.append({"cc": cc, "fields": fields, "town": [float(lat[i]), float(lon[i])],
                            "unit": [float(lat[k]), float(lon[k])], "namesake": pool is abroad})
                n += 1
    return out


def stress_arguments(doc: str, per_country: int) -> argparse.ArgumentParser:
    """The options every bench of notes drawn from the gazetteer takes (this one and those that import it)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-country", type=int, default=per_country)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--cases", help="a JSON Lines file of drawn cases: read if it exists, else written (keep it out of git)")
    return ap


def drawn_cases(path: str | None, draw) -> list[dict]:
    """The cases ``draw()`` makes, or those a previous run kept in ``path``: the same notes for two versions
    of the code, whose gazetteers may differ."""
    if path and Path(path).exists():
        return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    drawn = draw()
    if path:
        Path(path).write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in drawn), encoding="utf-8")
    return drawn


def main() -> int:
    ap = stress_arguments(__doc__, 12)
    ap.add_argument("--only", help="comma-separated template names")
    args = ap.parse_args()
    pipe = Pipeline().load(["en", "fr"])
    gaz = pipe.geoparser.gazetteer
    drawn = drawn_cases(args.cases, lambda: cases(gaz, args.per_country, args.seed))
    right, near25, near50, total = Counter(), Counter(), Counter(), Counter()
    by_country = defaultdict(Counter)
    failures = []
    t0 = time.perf_counter()
    for case in drawn:
        cc, fields, namesake = case["cc"], case["fields"], case["namesake"]
        templates = dict(TEMPLATES)
        if cc in FRENCH:
            templates.update(FR_TEMPLATES)
        for tname, template in templates.items():
            if args.only and tname not in args.only.split(","):
                continue
            text = template.format(**fields)
            lang = "fr" if tname.startswith("fr_") else "en"
            events = pipe.code(Article(article_id="stress", text=text, lang=lang, published=date(2022, 5, 5)))
            place = next((e.place for e in events if e.place is not None), None)
            target = case["unit"] if tname == "unknown_village" else case["town"]
            km = None if place is None else haversine_km(place.lat, place.lon, *target)
            keys = (tname, "namesake abroad" if namesake else "no namesake abroad", "all")
            for key in keys:
                total[key] += 1
                right[key] += place is not None and place.country == cc
                near25[key] += km is not None and km <= 25
                near50[key] += km is not None and km <= 50
            by_country[cc]["n"] += 1
            by_country[cc]["right"] += place is not None and place.country == cc
            by_country[cc]["50"] += km is not None and km <= 50
            if km is None or km > 50:
                got = "-" if place is None else f"{place.name} ({place.country}) {km:.0f} km"
                failures.append((tname, cc, got, text))
    seconds = time.perf_counter() - t0
    print(f"{len(drawn)} towns in {len({c['cc'] for c in drawn})} countries, {total['all']} notes, {seconds:.0f} s")
    print("| notes | n | right country | within 25 km | within 50 km |")
    print("|---|---|---|---|---|")
    for key in [*TEMPLATES, *FR_TEMPLATES, "namesake abroad", "no namesake abroad", "all"]:
        if total[key]:
            n = total[key]
            print(f"| {key} | {n} | {right[key] / n:.3f} | {near25[key] / n:.3f} | {near50[key] / n:.3f} |")
    print("by country (right country, within 50 km): " + ", ".join(
        f"{cc} {c['right'] / c['n']:.2f}/{c['50'] / c['n']:.2f}" for cc, c in by_country.items()))
    if args.show_failures:
        for tname, cc, got, text in failures:
            print(f"{tname}\t{cc}\t{got}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
