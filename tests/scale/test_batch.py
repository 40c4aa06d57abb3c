"""`sitrep batch`: shards in, Parquet events and a summary out, the same events as `sitrep code`,
and a rerun that skips what is written. The Ray engine runs on a small local Ray (2 CPUs)."""
from __future__ import annotations

import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep.export.parquet import SCHEMA
from sitrep.scale.batch import read_events
from tests.conftest import run_sitrep

pytestmark = pytest.mark.heavy  # minutes of work: `make test` starts it first


@pytest.fixture(scope="module")
def shards(shared, tmp_path_factory):
    """Two shards: JSONL (French articles and one bad line) and Parquet (English snippets)."""
    folder = tmp_path_factory.mktemp("in")
    lines = (shared / "data" / "fr_dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (folder / "a.jsonl").write_text("\n".join([*lines, '{"text": ""}']) + "\n", encoding="utf-8")
    rows = [json.loads(line) for line in
            (shared / "data" / "case2021" / "dev.articles.jsonl").read_text(encoding="utf-8").splitlines()[:4]]
    pq.write_table(pa.Table.from_pylist(rows), folder / "b.parquet")
    (folder / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return folder


def _key(records):
    return sorted(json.dumps(r, sort_keys=True) for r in records)


@pytest.fixture(scope="module")
def expected(shards):
    """What `sitrep code` writes for the same articles, coded once for both engines."""
    done = run_sitrep("code", str(shards / "a.jsonl"), str(shards / "b.jsonl"), "-q")
    return [json.loads(line) for line in done.stdout.decode().splitlines()]


def _check(out, summary, expected):
    assert summary["articles_read"] == 6 and summary["coded"] == 6
    assert summary["failed"] == 1 and summary["failures"][0]["code"] == "E007"
    assert summary["events"] == len(expected)
    assert _key(read_events(out)) == _key(expected)
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["events"] == len(expected)


def _same_schema_as_export(out):
    """Batch writes the Parquet of `sitrep export`: the same schema, GeoParquet that geopandas reads,
    each event citing its article and the language it was coded in."""
    import geopandas

    for path in (out / "shards").glob("*.parquet"):
        assert pq.read_schema(path).remove_metadata() == SCHEMA.remove_metadata()
        gdf = geopandas.read_parquet(path)
        assert all(s[0]["language"] in ("fr", "en") and s[0]["coded_at"] for s in gdf["sources"])


def _batch(shards, out, *extra):
    inputs = [str(shards / "a.jsonl"), str(shards / "b.parquet")]
    done = run_sitrep("batch", *inputs, "--out", str(out), "--workers", "2", *extra)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout.decode().splitlines()[-1])


def test_local_batch_writes_the_events_of_sitrep_code_and_resumes(shards, expected, tmp_path):
    out = tmp_path / "out"
    first = _batch(shards, out)
    assert first["engine"] == "local"
    _check(out, json.loads((out / "summary.json").read_text(encoding="utf-8")), expected)
    _same_schema_as_export(out)
    # a run stopped after the first shard: the second is missing, the rerun codes only it
    stats = sorted((out / "shards").glob("b-*.json"))
    for path in [*stats, *(p.with_suffix(".parquet") for p in stats)]:
        path.unlink()
    again = _batch(shards, out)
    assert len(again["shards_skipped"]) == 1 and again["shards_done"] == 2
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    _check(out, summary, expected)


def test_ray_batch_writes_the_events_of_sitrep_code_and_resumes(shards, expected, tmp_path, monkeypatch):
    pytest.importorskip("ray")
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    out = tmp_path / "out"
    first = _batch(shards, out, "--engine", "ray")
    assert first["engine"] == "ray" and first["shards_done"] == 2
    _check(out, json.loads((out / "summary.json").read_text(encoding="utf-8")), expected)
    again = _batch(shards, out, "--engine", "ray")
    assert sorted(again["shards_skipped"]) == sorted(p.stem for p in (out / "shards").glob("*.parquet"))
    _check(out, json.loads((out / "summary.json").read_text(encoding="utf-8")), expected)
    assert os.environ.get("RAY_ADDRESS") is None
