"""Two ways an ACLED note names a place through its units: a synthetic probe of where sitrep puts them.

    PYTHONPATH=. .venv/bin/python bench/geo_unit_chains.py [--per-country 6] [--pairs 150] [--seed 46]

- **City zones** ("in Recife - North Zone (Pernambuco)"): ACLED codes the quarters of Brazil's large
  cities as zones of the city. The probe takes cities of 500,000 people or more of sitrep's own gazetteer
  in countries whose notes write so, and measures whether the event lies on the named side of the city's
  point, 3 km or more from it (a zone of a city that size is a sector of it, not its old centre).
- **A Myanmar village whose chain a bracket cuts** ("in V (coded as V East) (T township, D district, S
  region)"): the bracket between the village and its units unbinds the chain, and the units are then read
  as named anywhere in the text. The probe takes village names MIMU holds twice in one district, once in
  the township that shares the district's name and once in another township T, names T, and measures the
  event against the village of T: within 5 km. "bound" is the same note without the cutting bracket.

- **A barangay named with its municipality** ("in Barangay San Isidro (Bulan, Sorsogon)"): the probe takes
  Philippine towns whose municipality a table holds with its extent, and barangay names of common stock that
  have a namesake 20-60 km from the town and none inside the municipality, and measures the event against
  the town: within the municipality's reach (1.5 times its radius).

No dev-set text is used; the names are the gazetteer's own.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tally import print_by_group  # noqa: E402

ZONE_COUNTRIES = ("BR", "MX", "CO", "PE", "AR")
DIRECTIONS = {"North": 0.0, "South": 180.0, "East": 90.0, "West": 270.0}
O = "On 12 March 2022, "
ZONE = O + "unidentified gunmen shot two men dead near a bus stop in {c} - {d} Zone ({r})."
CUT = O + "soldiers burned twenty houses in {v} (coded as {v} East) ({t} township, {dist} district, {s} region)."
BARANGAY = O + "gunmen shot dead a farmer in Barangay {v} ({t}, {r})."
BARANGAYS = ("San Isidro", "San Jose", "San Roque", "Santa Cruz", "San Vicente", "San Antonio", "Santo Nino",
             "San Juan", "San Pedro", "Santa Maria", "San Miguel", "Santa Rosa", "San Rafael", "Malinao")
BOUND = O + "soldiers burned twenty houses in {v} village ({t} township, {dist} district, {s} region)."


def zone_probes(g, per_country: int, rng: random.Random) -> list[dict]:
    from sitrep.geo.build import CITY
    out = []
    for cc in ZONE_COUNTRIES:
        cities = [i for i in range(len(g.names)) if g.country[i] == cc and g.feature[i] == CITY
                  and g.population[i] >= 500_000 and g.admin1[i]]
        for i in rng.sample(cities, min(per_country, len(cities))):
            d = rng.choice(sorted(DIRECTIONS))
            out.append({"kind": "zone", "template": "zone", "cc": cc, "d": d, "lat": float(g.lat[i]),
                        "lon": float(g.lon[i]), "text": ZONE.format(c=g.names[i], d=d, r=g.admin1[i])})
    return out


def chain_probes(g, pairs: int, rng: random.Random) -> list[dict]:
    from sitrep.geo.build import unit_key
    if g.mimu is None:
        return []
    first = g.mimu["first"]
    by = defaultdict(list)
    for j, u in enumerate(g.mimu["units"]):
        by[g.names[first + j]].append((u, first + j))
    found = []
    for name, rows in by.items():
        if len(rows) != 2 or rows[0][0][2] != rows[1][0][2]:
            continue
        for (a, _), (b, ib) in (rows, rows[::-1]):
            if unit_key(a[1]) == unit_key(a[2]) and unit_key(b[1]) != unit_key(b[2]):
                found.append((name, b, ib))
    out = []
    for name, (_, township, district, state), i in rng.sample(found, min(pairs, len(found))):
        for template, form in (("cut", CUT), ("bound", BOUND)):
            out.append({"kind": "chain", "template": template, "cc": "MM", "lat": float(g.lat[i]), "lon": float(g.lon[i]),
                        "text": form.format(v=name, t=township, dist=district, s=state)})
    return out


def barangay_probes(g, n: int, rng: random.Random) -> list[dict]:
    from sitrep.geo.build import CITY
    from sitrep.geo.distance import haversine_km
    towns = [i for i in range(len(g.names)) if g.country[i] == "PH" and g.feature[i] == CITY and g.admin1[i]
             and g.population[i] >= 5000]
    rng.shuffle(towns)
    out = []
    for t in towns:
        units = [1.5 * float(g.radius[u]) for u in g.unit_ids(g.names[t]) if g.country[u] == "PH" and g.radius[u]
                 and haversine_km(g.lat[u], g.lon[u], g.lat[t], g.lon[t]) <= 1.5 * float(g.radius[u])]
        if not units:
            continue
        reach = max(units)
        for v in rng.sample(BARANGAYS, len(BARANGAYS)):
            kms = [haversine_km(g.lat[j], g.lon[j], g.lat[t], g.lon[t]) for j in g.ids(v) if g.country[j] == "PH"]
            if kms and min(kms) > reach and any(20 <= k <= 60 for k in kms):
                out.append({"kind": "barangay", "template": "barangay", "cc": "PH", "lat": float(g.lat[t]),
                            "lon": float(g.lon[t]), "reach": reach,
                            "text": BARANGAY.format(v=v, t=g.names[t], r=g.admin1[t])})
                break
        if len(out) >= n:
            break
    return out


def measure(p: dict, events) -> dict:
    from sitrep.geo.distance import haversine_km
    place = next((e.place for e in events if e.place is not None), None)
    r = dict(p)
    if place is None:
        r["ok"] = False
        return r
    km = haversine_km(place.lat, place.lon, p["lat"], p["lon"])
    r.update(got=place.name, km=km, reason=place.reason)
    if p["kind"] == "zone":
        bearing = DIRECTIONS[p["d"]]
        side = {0.0: place.lat - p["lat"], 180.0: p["lat"] - place.lat,
                90.0: place.lon - p["lon"], 270.0: p["lon"] - place.lon}[bearing]
        r["ok"] = side > 0 and km >= 3 and place.country == p["cc"]
    elif p["kind"] == "barangay":
        r["ok"] = km <= p["reach"]
    else:
        r["ok"] = km <= 5
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-country", type=int, default=6)
    ap.add_argument("--pairs", type=int, default=150)
    ap.add_argument("--barangays", type=int, default=60)
    ap.add_argument("--seed", type=int, default=46)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    from sitrep import api
    from sitrep.geo.gazetteer import Gazetteer

    g = Gazetteer.load()
    rng = random.Random(args.seed)
    t = time.perf_counter()
    rows = [measure(p, api.code(p["text"], lang="en", published="2022-03-14"))
            for p in zone_probes(g, args.per_country, rng) + chain_probes(g, args.pairs, rng)
            + barangay_probes(g, args.barangays, rng)]
    print(f"{len(rows)} notes in {time.perf_counter() - t:.0f} s")
    print_by_group(rows, lambda label, rs: print(f"{label:12s} n={len(rs):4d}  ok {sum(r['ok'] for r in rs) / len(rs):.3f}"))
    for r in [r for r in rows if not r["ok"]][:args.show]:
        print(f"- {r['text']}\n    -> {r.get('got')} {r.get('km', float('nan')):.0f} km | {r.get('reason', '')[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
