"""Writing the gzipped tables of ``sitrep/geo/data`` that the build scripts make: comment lines (source,
licence, columns) first, then one tab-separated row per place. ``sitrep.geo.build`` reads them back."""
from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path


def write_table(path: Path, comments: Iterable[str], rows: Iterable[Iterable]) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        for line in comments:
            fh.write(f"# {line}\n")
        for row in rows:
            fh.write("\t".join(map(str, row)) + "\n")
