"""Shards coded with Ray Data: read by the driver, coded by actors that each hold a Pipeline.

Rows keep their shard and their order (``preserve_order``), so the driver knows a shard is
complete when the next one's first row arrives and writes it then: a stopped run loses at most
the shards in flight. On an existing cluster, pass ``address`` (or set RAY_ADDRESS); only the
driver reads the shards and writes the events, the actors receive the articles' text.

Ray is an extra (``pip install 'sitrep[ray]'``, about 240 MB): only this engine imports it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator

from sitrep.errors import SitrepError
from sitrep.scale.batch import Coder, Shard, ShardResult, failure, read_shard
from sitrep.types import Article, Event

BATCH_SIZE = 8  # articles per call to an actor: small, since one long article takes a second


def _rows_of_shard(shard: Shard) -> list[dict]:
    """One row per article (or per bad input) of a shard."""
    out = []
    for item in read_shard(shard.path):
        if isinstance(item, SitrepError):
            out.append({"shard": shard.name, "article": "", "error": json.dumps(failure(item))})
        else:
            out.append({"shard": shard.name, "article": json.dumps(item.to_dict()), "error": ""})
    return out


class ArticleCoder:
    """A Ray actor: loads the models and the gazetteer once, codes every batch it is given."""

    def __init__(self):
        from sitrep.pipeline import Pipeline

        self.pipeline = Pipeline()

    def __call__(self, batch: dict) -> dict:
        events, errors, coded = [], [], []
        for article_json, error in zip(batch["article"], batch["error"]):
            coded.append(article_json)
            if error:
                events.append("")
                errors.append(error)
                continue
            article = Article.from_dict(json.loads(article_json))
            try:
                records = [e.to_dict() for e in self.pipeline.code(article)]
                events.append(json.dumps(records, ensure_ascii=False))
                errors.append("")
                coded[-1] = json.dumps(article.to_dict(), ensure_ascii=False)  # with the language it was coded in
            except SitrepError as err:
                events.append("")
                errors.append(json.dumps(failure(err.at(article.origin))))
            except Exception as exc:  # one article's failure must not stop the batch
                err = SitrepError("E014", article.origin, reason=f"{type(exc).__name__}: {exc}")
                events.append("")
                errors.append(json.dumps(failure(err)))
        return {"shard": batch["shard"], "read": [bool(a) for a in batch["article"]],
                "events": events, "error": errors, "article": coded}


def start(address: str | None = None, num_cpus: int | None = None) -> None:
    """Join the cluster at ``address`` (or RAY_ADDRESS), else start a local Ray: no dashboard, no
    usage statistics, nothing fetched from the network. E070 when Ray is not installed."""
    try:
        import ray
    except ImportError:
        raise SitrepError("E070", "--engine ray") from None
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)


def ray_engine(actors: int) -> Coder:
    """Shards coded by ``actors`` Ray actors, one CPU each."""

    def code_shards(shards: list[Shard]) -> Iterator[tuple[Shard, ShardResult]]:
        import ray.data

        if not shards:
            return
        ctx = ray.data.DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False
        rows = [row for s in shards for row in _rows_of_shard(s)]
        if not rows:
            yield from ((s, ShardResult(s.name)) for s in shards)
            return
        ds = ray.data.from_items(rows)
        ds = ds.map_batches(ArticleCoder, batch_size=BATCH_SIZE, concurrency=actors, num_cpus=1)
        order = iter(shards)
        current = next(order)
        result = ShardResult(current.name)
        for row in ds.iter_rows():
            while row["shard"] != current.name:  # the shards before this row's are complete
                yield current, result
                current = next(order)
                result = ShardResult(current.name)
            error = json.loads(row["error"]) if row["error"] else None
            events = [Event.from_dict(r) for r in json.loads(row["events"])] if row["events"] else []
            article = Article.from_dict(json.loads(row["article"])) if row["article"] and not error else None
            result.add_events(bool(row["read"]), events, error, article)
        yield current, result
        for rest in order:  # shards without a single row (an empty Parquet file)
            yield rest, ShardResult(rest.name)

    return code_shards
