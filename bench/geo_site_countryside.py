"""Two note forms around a known town: a site named after it with its units, and the land around a city.

    PYTHONPATH=. .venv/bin/python bench/geo_site_countryside.py [--per-country 6] [--seed 5] [--show N]

"site_unit": ACLED writes "outside the X Magistrate's Court (District, Region)", "at the X General Hospital
(District, Region)", "in X market (District, Region)", and codes the event at the town X, not at the district
of the bracket. Towns of 5,000 to 300,000 people are drawn from sitrep's own gazetteer with a district entry of
their first-level region 8-40 km away that is not the town's namesake; right is within 5 km of the town.

"countryside": "in rural X", "in the X countryside", "V town in X countryside" name the land around a city whose
first-level region shares its name (Aleppo, Homs, Kandahar, Kano); right is the region's entry, not the city.
Where the region has a name of its own for the land around the city ("Rural Damascus"), that region is right.
No dev-set text is used; village names are random syllables no table holds.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geo_note_forms import first_place, placed, share_line, show_misses, village  # noqa: E402
from tally import print_by_group  # noqa: E402

SITE_COUNTRIES = ("ZA", "KE", "NG", "IN", "PK", "SS", "UG", "ZW", "GH", "PH", "MX", "CO", "BR", "ET", "CM")
O = "On 12 March 2022, "
SITES = {
    "court": O + "residents demonstrated outside the {t} Magistrate's Court ({u}, {r}). [size=no report]",
    "hospital": O + "gunmen stormed the {t} General Hospital ({u}, {r}) and abducted a nurse.",
    "market": O + "an IED exploded in {t} market ({u}, {r}), killing a trader.",
    "police": O + "protesters gathered at the {t} Central Police Station ({u}, {r}). [size=no report]",
}
LAND = {
    "rural": O + "a landmine exploded near a farm in rural {t}, wounding a shepherd.",
    "countryside": O + "unidentified gunmen killed two farmers in the {t} countryside.",
    "town_in": O + "regime forces shelled {v} town in {t} countryside. Casualties unknown.",
}


def site_pairs(g, cc: str, rng: random.Random, n: int) -> list[tuple[int, int]]:
    """``n`` (town, district) pairs of ``cc``: a plain one-word town and a district entry of its region
    8-40 km off whose name is not the town's."""
    from sitrep.geo.build import ADMIN2, CITY
    from sitrep.geo.distance import haversine_km

    towns = [i for i in range(len(g.names)) if g.feature[i] == CITY and g.country[i] == cc and g.admin1[i]
             and 5000 <= g.population[i] <= 300_000 and g.names[i].isalpha() and g.names[i].isascii()]
    units = [u for u in range(len(g.names)) if g.feature[u] == ADMIN2 and g.country[u] == cc and g.admin1[u]]
    rng.shuffle(towns)
    out = []
    for i in towns:
        near = [u for u in units if g.admin1[u] == g.admin1[i] and g.names[i].lower() not in g.names[u].lower()
                and 8 <= haversine_km(g.lat[i], g.lon[i], g.lat[u], g.lon[u]) <= 40]
        if near:
            out.append((i, near[0]))
        if len(out) == n:
            break
    return out


def land_pairs(g) -> list[tuple[int, int]]:
    """(city, region) pairs: a city of 50,000 people or more inside the first-level region of its name."""
    from sitrep.geo.build import ADMIN1, CITY
    from sitrep.geo.normalise import name_key

    regions = {(g.country[r], name_key(g.names[r])): r for r in range(len(g.names)) if g.feature[r] == ADMIN1}
    out = []
    for i in range(len(g.names)):
        if g.feature[i] != CITY or g.population[i] < 50_000 or not g.names[i].replace(" ", "").isalpha():
            continue
        r = regions.get((g.country[i], name_key(g.names[i])))
        if r is not None and name_key(g.admin1[i] or "") == name_key(g.names[r]):
            out.append((i, r))
    return out


def probes(g, per_country: int, seed: int):
    rng = random.Random(seed)
    for cc in SITE_COUNTRIES:
        for i, u in site_pairs(g, cc, rng, per_country):
            for name, t in SITES.items():
                yield {"cc": cc, "part": "site_unit", "template": name, "want": i, "region": False,
                       "text": t.format(t=g.names[i], u=g.names[u].split(" District")[0], r=g.admin1[i])}
    for i, r in land_pairs(g):
        for name, t in LAND.items():
            yield {"cc": g.country[i], "part": "countryside", "template": name, "want": r, "region": True,
                   "text": t.format(t=g.names[i], v=village(rng, g, g.country[i]))}
    from sitrep.geo.build import ADMIN1

    damascus = [i for i in g.ids("Rural Damascus") if g.feature[i] == ADMIN1][:1]
    for name, t in (LAND.items() if damascus else ()):  # the land around a city-governorate: a region of its own
        yield {"cc": "SY", "part": "countryside", "template": name + "_own", "want": damascus[0], "region": True,
               "text": t.format(t="Damascus", v=village(rng, g, "SY"))}


def measure(p: dict, g, events) -> dict:
    from sitrep.geo.distance import haversine_km

    w = p["want"]
    place = first_place(events)
    out = placed(p, place)
    if place is None:
        return out
    d = haversine_km(place.lat, place.lon, float(g.lat[w]), float(g.lon[w]))
    right = d <= 5 and (place.geo_precision == 3) == p["region"]
    return {**out, "km": d, "inside": right}


def report(rows: list[dict]) -> None:
    for part in ("site_unit", "countryside"):
        rs = [r for r in rows if r["part"] == part]
        print(f"== {part}")
        print_by_group(rs, share_line, ("template",))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-country", type=int, default=6)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", type=int, default=0, help="print this many notes not placed right")
    args = ap.parse_args()
    from sitrep import api
    from sitrep.geo.gazetteer import Gazetteer

    g = Gazetteer.load()
    t = time.perf_counter()
    rows = [measure(p, g, api.code(p["text"], lang="en", published="2022-03-14"))
            for p in probes(g, args.per_country, args.seed)]
    print(f"{len(rows)} notes in {time.perf_counter() - t:.0f} s")
    report(rows)
    show_misses(rows, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
