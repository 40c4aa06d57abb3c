"""A plain-text table of events for a terminal."""
from __future__ import annotations

COLUMNS = [("date", 10), ("status", 10), ("type", 34), ("actor 1", 30), ("actor 2", 30), ("place", 26),
           ("dead", 4), ("conf", 4)]


def _cut(value: str, width: int) -> str:
    value = value.replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def format_table(records: list[dict]) -> str:
    rows = []
    for r in records:
        kind = r["sub_event_type"] or (f"{r['plover_type']} (PLOVER)" if r.get("plover_type") else "")
        loc = r.get("location") or {}
        rows.append([
            r.get("event_date") or "-", r.get("status", ""), kind,
            (r.get("actor1") or {}).get("name", "-"), (r.get("actor2") or {}).get("name", "-"),
            loc.get("name", "-"), "" if r.get("fatalities") is None else str(r["fatalities"]),
            f"{r.get('confidence') or 0:.2f}",
        ])
    lines = ["  ".join(name.ljust(w) for name, w in COLUMNS)]
    lines.append("  ".join("-" * w for _, w in COLUMNS))
    article = None
    for r, row in zip(records, rows):
        if r["article_id"] != article:
            article = r["article_id"]
            lines.append(f"[{article}]")
        lines.append("  ".join(_cut(v, w).ljust(w) for v, (_, w) in zip(row, COLUMNS)).rstrip())
    return "\n".join(lines)
