"""Print a bench's measures for the whole set and for each value of its grouping keys (the note template,
the country), shared by the geoparsing benches that build invented notes."""
from __future__ import annotations

from collections import defaultdict
from typing import Callable


def print_by_group(rows: list[dict], line: Callable[[str, list[dict]], None],
                   keys: tuple[str, ...] = ("template", "cc")) -> None:
    """``line`` for every row, then for the rows of each value of each key, values in order."""
    line("all", rows)
    for key in keys:
        groups = defaultdict(list)
        for r in rows:
            groups[r[key]].append(r)
        for k in sorted(groups):
            line(f"  {k}", groups[k])
