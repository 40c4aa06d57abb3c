"""Batch runs over shards: JSONL or Parquet files of articles in, one Parquet file of events per
shard out (the schema of ``sitrep export --format parquet``), and a run summary; a stopped run
resumes where it stopped.

A shard is done when its events file and its stats file are both in ``OUT/shards/`` (each written
under a temporary name, then renamed), so a rerun skips it and nothing is coded or written twice.
The engine (``local``: the process pool; ``ray``: Ray Data actors) only decides where articles are
coded; reading, writing and the summary are the same for both.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.ingest.sources import MAX_BYTES, read_jsonl
from sitrep.types import Article, Event

SHARD_SUFFIXES = (".jsonl", ".parquet")


@dataclass
class Shard:
    path: Path
    name: str  # unique within a run: the file's stem and a digest of its full path

    @classmethod
    def of(cls, path: Path) -> "Shard":
        digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
        return cls(path, f"{path.stem}-{digest}")


@dataclass
class ShardResult:
    """What became of one shard's articles: their events, and failures as error lines."""

    shard: str
    read: int = 0
    coded: int = 0
    events: list[Event] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # the coded ones: what the events file cites

    def add(self, item: Article | SitrepError, outcome: list[Event] | SitrepError) -> None:
        if isinstance(outcome, SitrepError):
            self.add_events(isinstance(item, Article), failure=failure(outcome))
        else:
            self.add_events(True, outcome, article=item)

    def add_events(self, read: bool, events: list[Event] = (), failure: dict | None = None,
                   article: Article | None = None) -> None:
        self.read += int(read)
        if failure is not None:
            self.failures.append(failure)
        else:
            self.coded += 1
            self.events.extend(events)
            if article is not None:
                self.articles.append(article)


def failure(err: SitrepError) -> dict:
    return {"input": err.origin, "code": err.code, "reason": err.reason}


def find_shards(inputs: Iterable[str]) -> tuple[list[Shard], list[SitrepError]]:
    """Shards named by ``inputs`` (files, or folders searched for .jsonl/.parquet), in order."""
    shards, errors = [], []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SHARD_SUFFIXES)
            if not found:
                errors.append(SitrepError("E002", str(path)))
            shards.extend(Shard.of(p) for p in found)
        elif not path.exists():
            errors.append(SitrepError("E001", str(path)))
        elif path.suffix.lower() not in SHARD_SUFFIXES:
            errors.append(SitrepError("E018", str(path), suffix=path.suffix))
        else:
            shards.append(Shard.of(path))
    return shards, errors


def read_shard(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Article | SitrepError]:
    """Articles of a shard, one error for each bad row; Parquet rows are checked like JSONL lines."""
    origin = str(path)
    try:
        if path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            rows = pq.read_table(path).to_pylist()
            lines = (json.dumps(row, default=str).encode("utf-8") for row in rows)
        else:
            lines = iter(path.read_bytes().splitlines())
    except FileNotFoundError:
        yield SitrepError("E001", origin)
        return
    except Exception as exc:  # a truncated or foreign file: the shard fails, the run goes on
        yield SitrepError("E017", origin, reason=f"{type(exc).__name__}: {exc}")
        return
    yield from read_jsonl(lines, origin, {}, max_bytes)


class Output:
    """The run's folder: OUT/shards/NAME.parquet and NAME.json per shard, OUT/summary.json."""

    def __init__(self, root: Path):
        self.root = root
        self.shards = root / "shards"
        self.shards.mkdir(parents=True, exist_ok=True)

    def done(self, shard: Shard) -> bool:
        return (self.shards / f"{shard.name}.json").exists() and (self.shards / f"{shard.name}.parquet").exists()

    def write(self, shard: Shard, result: ShardResult, seconds: float) -> None:
        from sitrep.export.parquet import write_parquet
        from sitrep.export.provenance import of_articles

        events = self.shards / f"{shard.name}.parquet"
        write_parquet(result.events, events.with_suffix(".parquet.tmp"), of_articles(result.articles))
        os.replace(events.with_suffix(".parquet.tmp"), events)
        stats = {"shard": shard.name, "path": str(shard.path), "articles_read": result.read, "coded": result.coded,
                 "failed": len(result.failures), "failures": result.failures, "events": len(result.events),
                 "seconds": round(seconds, 3)}
        _write_json(self.shards / f"{shard.name}.json", stats)

    def summary(self, shards: list[Shard], errors: list[SitrepError], skipped: list[str], seconds: float,
                engine: str) -> dict:
        """The run summary over every shard of the run, those done by an earlier run included."""
        stats = [json.loads((self.shards / f"{s.name}.json").read_text(encoding="utf-8"))
                 for s in shards if self.done(s)]
        failures = [failure(e) for e in errors]
        failures += [f for s in stats for f in s["failures"]]
        summary = {
            "engine": engine,
            "shards": len(shards), "shards_done": len(stats), "shards_skipped": skipped,
            "articles_read": sum(s["articles_read"] for s in stats),
            "coded": sum(s["coded"] for s in stats),
            "failed": len(failures), "failures": failures,
            "events": sum(s["events"] for s in stats),
            "seconds": round(seconds, 3),
        }
        _write_json(self.root / "summary.json", summary)
        return summary


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def read_events(out: Path) -> list[dict]:
    """Every interchange record a run wrote, shard by shard, as the JSON it is (``Event.from_dict``
    reads one back)."""
    import pyarrow.parquet as pq

    records = []
    for path in sorted((out / "shards").glob("*.parquet")):
        records.extend(json.loads(r) for r in pq.read_table(path, columns=["record"]).column("record").to_pylist())
    return records


Coder = Callable[[list[Shard]], Iterator[tuple[Shard, ShardResult]]]


def run(inputs: list[str], out: Path, code_shards: Coder, engine: str) -> dict:
    """Code every shard not done yet with ``code_shards``; write each as it completes; summarise."""
    start = time.perf_counter()
    output = Output(out)
    shards, errors = find_shards(inputs)
    skipped = [s.name for s in shards if output.done(s)]
    pending = [s for s in shards if not output.done(s)]
    began = time.perf_counter()
    for shard, result in code_shards(pending):
        output.write(shard, result, time.perf_counter() - began)
        began = time.perf_counter()
    return output.summary(shards, errors, skipped, time.perf_counter() - start, engine)


def local_engine(workers: int) -> Coder:
    """Shards read here and coded by ``sitrep code``'s process pool."""
    from sitrep.scale.pool import code_articles

    def code_shards(shards: list[Shard]) -> Iterator[tuple[Shard, ShardResult]]:
        for shard in shards:
            result = ShardResult(shard.name)
            for item, outcome in code_articles(read_shard(shard.path), workers):
                result.add(item, outcome)
            yield shard, result

    return code_shards
