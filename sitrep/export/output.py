"""Where a command writes: opened before any work, so a bad path costs nothing, and written so
that a killed run leaves no half-made file.

Line formats (JSONL, CSV) are streamed: each article's lines reach the file, in one write, as soon
as it is coded, so a run killed at any point keeps every article it finished. A format that is one
document (GeoJSON, PLOVER JSON, Parquet) is written to a temporary file beside the target and
renamed over it at the end: the target holds the previous run or this one, never half of one.
"""
from __future__ import annotations

import io
import os
import sys
import tempfile
from datetime import datetime, timezone
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

from sitrep.errors import SitrepError
from sitrep.export.formats import WRITERS, Report
from sitrep.types import Event

STREAMED = ("jsonl", "csv")


def cannot_write(path: str | Path, exc: OSError) -> SitrepError:
    """One line naming the output and why it cannot be written."""
    parent = Path(path).parent
    if isinstance(exc, FileNotFoundError) and not parent.is_dir():
        return SitrepError("E034", str(path), reason=f"no folder {parent}")
    return SitrepError("E034", str(path), reason=exc.strerror or str(exc))


def open_text(path: str | Path) -> IO[str]:
    """``path`` opened for writing text, or the E034 error saying why it cannot be."""
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise cannot_write(path, exc) from None


@contextmanager
def replaced(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``, created now (so an unwritable place fails at once) and
    renamed over ``path`` when the block ends without error; removed if it fails."""
    path = Path(path)
    if path.is_dir():
        raise SitrepError("E034", str(path), reason="Is a directory")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


class EventOutput:
    """The events of ``sitrep code``, to ``path`` (or stdout when None) in ``fmt``."""

    def __init__(self, path: str | None, fmt: str):
        self.fmt = fmt
        self._stack = ExitStack()
        if path is None:
            self._target = sys.stdout
        elif fmt in STREAMED:
            self._target = self._stack.enter_context(open_text(path))
        else:
            self._target = self._stack.enter_context(open_text(self._stack.enter_context(replaced(path))))
        self._pending = io.StringIO()  # what the writer wrote of the article being finished
        self.report = Report()  # what the writer wrote and left out (an ACLED file holds dated events only)

    def write(self, articles: Iterable[list[Event]]) -> None:
        """Write each article's events as the iterable yields them (a whole-document format is
        still written at the end, by its writer)."""
        def events():
            for batch in articles:
                yield from batch
                self._flush()  # the writer asks for more: this article's lines are complete

        self.report = WRITERS[self.fmt](events(), self._pending, {}, datetime.now(timezone.utc))
        self._flush()

    def _flush(self) -> None:
        self._target.write(self._pending.getvalue())
        self._target.flush()
        self._pending.seek(0)
        self._pending.truncate()

    def __enter__(self) -> "EventOutput":
        return self

    def __exit__(self, *exc) -> None:
        """Done: the file is complete (renamed into place). Failed or interrupted: a streamed file
        keeps its finished articles, a whole-document one is left as it was."""
        self._stack.__exit__(*exc)
