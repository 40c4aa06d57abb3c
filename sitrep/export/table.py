"""A plain-text table of events for a terminal."""
from __future__ import annotations

from sitrep.types import Event

COLUMNS = [("date", 10), ("status", 10), ("type", 34), ("actor 1", 30), ("actor 2", 30), ("place", 26),
           ("dead", 4), ("conf", 4)]


def _cut(value: str, width: int) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def format_table(events: list[Event]) -> str:
    rows = []
    for e in events:
        kind = e.sub_event_type or (f"{e.plover_type} (PLOVER)" if e.plover_type else "")
        rows.append([
            e.event_date.isoformat() if e.event_date else "-", e.status, kind,
            e.actor1.name if e.actor1 else "-", e.actor2.name if e.actor2 else "-",
            e.place.name if e.place else "-", "" if e.fatalities is None else str(e.fatalities),
            f"{e.confidence or 0:.2f}",
        ])
    lines = ["  ".join(name.ljust(w) for name, w in COLUMNS)]
    lines.append("  ".join("-" * w for _, w in COLUMNS))
    article = None
    for e, row in zip(events, rows):
        if e.article_id != article:
            article = e.article_id
            lines.append(f"[{article}]")
        lines.append("  ".join(_cut(v, w).ljust(w) for v, (_, w) in zip(row, COLUMNS)).rstrip())
    return "\n".join(lines)
