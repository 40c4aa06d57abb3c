"""The output formats of ``sitrep code``, ``events`` and ``export``: one writer per format, each
reading Events (per-article) or MergedEvents and the provenance of their articles, each saying how
many records it wrote and why it left any out."""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO

from sitrep.export import acled_columns, plover
from sitrep.export.geojson import write_geojson
from sitrep.export.parquet import write_parquet
from sitrep.export.provenance import Provenances, cited
from sitrep.types import Event

STDOUT = "-"


@dataclass
class Report:
    """What a writer did: records written, and records left out by reason."""

    written: int = 0
    left_out: Counter = field(default_factory=Counter)

    def keep(self, events: Iterable[Event], rule: Callable[[Event], str | None]) -> Iterator[Event]:
        """The events ``rule`` gives no reason to leave out, one by one as they come (``sitrep code``
        streams its output); the others are counted by reason."""
        for e in events:
            why = rule(e)
            if why:
                self.left_out[why] += 1
            else:
                self.written += 1
                yield e

    def describe(self, what: str) -> str:
        """"20 of 39 merged events written; 19 left out: 11 no date, 8 no actor1" for the CLI."""
        dropped = sum(self.left_out.values())
        if not dropped:
            return f"{self.written} {what} written"
        reasons = ", ".join(f"{n} {why}" for why, n in self.left_out.most_common())
        return f"{self.written} of {self.written + dropped} {what} written; {dropped} left out: {reasons}"


def write_jsonl(events: list[Event], out: IO[str], known: Provenances, now: datetime) -> Report:
    """Interchange records; from a store, each with the provenance of its articles."""
    report = Report()
    for e in events:
        record = e.to_dict()
        if known:
            record["provenance"] = [p.to_dict() for p in cited(e, known)]
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        report.written += 1
    return report


def write_acled_csv(events: list[Event], out: IO[str], known: Provenances, now: datetime) -> Report:
    """ACLED's 31 columns in ACLED's order, then sitrep's provenance columns; one row per event an
    ACLED file holds (``acled_columns.left_out`` says which)."""
    report = Report()
    rows = (acled_columns.csv_row(acled_columns.acled_values(e, cited(e, known), now))
            for e in report.keep(events, acled_columns.left_out))
    acled_columns.write_rows(rows, out)
    return report


def write_plover_jsonl(events: list[Event], out: IO[str], known: Provenances, now: datetime) -> Report:
    """PLOVER records, one a line (the spec's suggestion), for the events PLOVER codes."""
    report = Report()
    for e in report.keep(events, plover.left_out):
        out.write(json.dumps(plover.plover_record(e, cited(e, known), now), ensure_ascii=False) + "\n")
    return report


def write_features(events: Iterable[Event], out: IO[str], known: Provenances, now: datetime) -> Report:
    events = list(events)  # one document: written whole, at the end
    write_geojson(events, out, known, now)
    return Report(len(events))


WRITERS = {"jsonl": write_jsonl, "csv": write_acled_csv, "acled-csv": write_acled_csv, "geojson": write_features,
           "plover-json": write_plover_jsonl}
BINARY_WRITERS = {"parquet": write_parquet}


def write_events(events: list[Event], out: IO[str], fmt: str, known: Provenances | None = None) -> Report:
    return WRITERS[fmt](events, out, known or {}, datetime.now(timezone.utc))


def export_file(events: list[Event], path: str, fmt: str, known: Provenances | None = None) -> Report:
    """Write ``events`` to ``path`` in ``fmt``; ``-`` is standard output, for every format."""
    if fmt in BINARY_WRITERS:
        sink = sys.stdout.buffer if path == STDOUT else path
        BINARY_WRITERS[fmt](events, sink, known)
        if path == STDOUT:
            sys.stdout.buffer.flush()
        return Report(len(events))
    if path == STDOUT:
        report = write_events(events, sys.stdout, fmt, known)
        sys.stdout.flush()
        return report
    with open(path, "w", encoding="utf-8", newline="") as out:
        return write_events(events, out, fmt, known)
