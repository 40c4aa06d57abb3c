"""Progress for steps and runs that take more than a few seconds, so that nobody watches minutes of
silence: tqdm's bar on a terminal, plain lines at a low rate elsewhere (a log, CI, ``2> file``).
Always on stderr: stdout may be the data (``-o -``).

``SITREP_PROGRESS`` sets the seconds between plain lines (default 10); 0 turns progress off.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "SITREP_PROGRESS"
EVERY = 10.0


def interval() -> float | None:
    """Seconds between plain progress lines; None when progress is off."""
    value = os.environ.get(ENV, "").strip()
    try:
        seconds = float(value) if value else EVERY
    except ValueError:  # a mistyped setting is no reason to stop a run
        seconds = EVERY
    return seconds if seconds > 0 else None


def duration(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m {s % 60:02d}s"
    return f"{s // 3600}h {s % 3600 // 60:02d}m"


def _rate(per_second: float) -> str:
    return f"{per_second:.0f}/s" if per_second >= 10 else f"{per_second:.2g}/s"


class Progress:
    """``what`` (e.g. "coding") counted in ``unit``s, out of ``total`` when it is known. A plain line
    comes at most every ``interval()`` seconds, and a last one at the end if any came before: a run
    shorter than that says nothing more than it did."""

    def __init__(self, what: str, unit: str, total: int | None = None, enabled: bool = True):
        self.what, self.unit, self.total = what, unit, total
        self.done = 0
        self.every = interval() if enabled else None
        self.start = self.said = time.monotonic()
        self.lines = 0
        self.bar = None
        if self.every is not None and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=what, unit=unit, file=sys.stderr, dynamic_ncols=True)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.total is not None and self.done > self.total:
            self.total = self.done
        if self.bar is not None:
            self.bar.update(n)
        elif self.every is not None and time.monotonic() - self.said >= self.every:
            self._say(self.line())

    def leave_out(self, n: int = 1) -> None:
        """``n`` of the total need no work (already stored): the count and the ETA are of the rest."""
        if self.total is None:
            return
        self.total = max(self.total - n, self.done)
        if self.bar is None:
            return
        if self.total == 0:  # nothing left to do: no bar (tqdm would show a count without a total)
            self.bar.leave = False
            self.bar.close()
            self.bar, self.every = None, None
            return
        self.bar.total = self.total
        self.bar.refresh()

    def write(self, line: str) -> None:
        """A line for the user (an error) that the bar does not overwrite."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def line(self) -> str:
        elapsed = time.monotonic() - self.start
        text = f"{self.what}: {self._count()}"
        if self.done and elapsed > 0:
            per_second = self.done / elapsed
            text += f", {_rate(per_second)}"
            if self.total is not None and self.done < self.total:
                text += f", ETA {duration((self.total - self.done) / per_second)}"
        return text

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        elif self.lines:
            self._say(f"{self.what}: {self._count()} in {duration(time.monotonic() - self.start)}")
            self.lines = 0

    def _count(self) -> str:
        return f"{self.done}{'' if self.total is None else f'/{self.total}'} {self.unit}s"

    def _say(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)
        self.said = time.monotonic()
        self.lines += 1


def track(items, progress: Progress) -> Iterator:
    """``items``, each counted once the caller is done with it."""
    for item in items:
        yield item
        progress.advance()


class Step:
    """The time a step took, read while it runs and after it ends."""

    def __init__(self):
        self.start = time.monotonic()
        self.end: float | None = None

    @property
    def seconds(self) -> float:
        return (self.end or time.monotonic()) - self.start


@contextmanager
def step(what: str, enabled: bool = True, tell_end: bool = True) -> Iterator[Step]:
    """A line on stderr as a step that may take seconds starts and, with ``tell_end``, one with its
    time as it ends (a step that fails says so by its error, not here)."""
    shown = enabled and interval() is not None
    if shown:
        print(f"{what} ...", file=sys.stderr, flush=True)
    timer = Step()
    yield timer
    timer.end = time.monotonic()
    if shown and tell_end:
        print(f"{what}: done in {duration(timer.seconds)}", file=sys.stderr, flush=True)
