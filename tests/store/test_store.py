"""The event store: created on first use, migrated in place, idempotent, safe against a kill."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date

import pytest

from sitrep.errors import SitrepError
from sitrep.store import Store
from sitrep.store.schema import MIGRATIONS
from sitrep.types import Article
from tests.conftest import ROOT, run_sitrep


def _articles_jsonl(shared, path, snippets: int = 25):
    """Real news texts from the shared sets (read at run time): the French dev articles and CASE
    2021 snippets, dated so that relative dates resolve."""
    rows = [json.loads(l) for l in (shared / "data" / "fr_dev" / "articles.jsonl").read_text("utf-8").splitlines()
            if l.strip()]
    case = [json.loads(l) for l in (shared / "data" / "case2021" / "dev.articles.jsonl").read_text("utf-8")
            .splitlines() if l.strip()][:snippets]
    rows += [dict(r, published="2020-06-01") for r in case]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def _stored(db) -> list[tuple[str, str]]:
    conn = sqlite3.connect(str(db))
    try:
        return sorted(conn.execute("SELECT event_id, record FROM events").fetchall())
    finally:
        conn.close()


def test_created_on_first_use_in_wal_mode_at_the_latest_schema(tmp_path):
    db = tmp_path / "new.db"
    with Store.open(db) as store:
        assert store.version == len(MIGRATIONS)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.is_file()


def test_an_older_database_is_migrated_in_place_and_keeps_its_articles(tmp_path):
    db = tmp_path / "v1.db"
    conn = sqlite3.connect(str(db))
    conn.executescript(MIGRATIONS[0])
    conn.execute("INSERT INTO articles (article_id, content_hash, fingerprint, text, stored_at) "
                 "VALUES ('a1', 'h1', 'f', 'Un texte.', '2026-01-01')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        assert store.version == len(MIGRATIONS)
        assert store.article("a1")["text"] == "Un texte."
        assert store.history("a1-E1") == []  # the table of migration 2 exists


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.mkdir(), "directory"),
    (lambda p: p.write_bytes(b"not a database at all, just bytes\n" * 10), "not a SQLite database"),
])
def test_a_path_that_is_no_store_gets_one_clear_error(tmp_path, make, reason):
    db = tmp_path / "bad.db"
    make(db)
    with pytest.raises(SitrepError) as err:
        Store.open(db)
    assert err.value.code == "E023" and reason in err.value.line()
    proc = run_sitrep("events", "--db", str(db))
    assert proc.returncode == 2
    assert proc.stderr.decode().count("[E023]") == 1 and str(db) in proc.stderr.decode()


def test_the_same_text_twice_is_stored_once(tmp_path, shared, pipeline):
    from sitrep.export import to_record

    text = (shared / "seed" / "deir-ez-zor.txt").read_text(encoding="utf-8")
    article = Article("seed", text, "fr", date(2017, 9, 6), "Sputnik")
    records = [to_record(e) for e in pipeline.code(article)]
    with Store.open(tmp_path / "s.db") as store:
        assert store.add(article, records)
        assert not store.add(Article("seed-copy", text + "\n", "fr", date(2017, 9, 6), "Other"), records)
        assert len(store.events()) == len(records)
        assert len(store.articles()) == 1


def test_an_article_id_taken_by_another_text_is_kept_apart(tmp_path):
    records = [{"event_id": "x-E1", "article_id": "x", "status": "reported", "evidence": []}]
    with Store.open(tmp_path / "s.db") as store:
        assert store.add(Article("x", "Premier texte."), records)
        assert store.add(Article("x", "Second texte."), records)
        ids = sorted(r["event_id"] for r in store.events())
        assert len(ids) == 2 and ids[0] != ids[1]
        assert all(store.article(r["article_id"]) for r in store.events())


def test_a_batch_killed_midway_and_run_again_stores_exactly_what_an_unbroken_run_does(tmp_path, shared):
    inputs = tmp_path / "articles.jsonl"
    total = _articles_jsonl(shared, inputs)
    whole = tmp_path / "whole.db"
    proc = run_sitrep("code", str(inputs), "--db", str(whole), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()

    broken = tmp_path / "broken.db"
    child = subprocess.Popen([sys.executable, "-m", "sitrep", "code", str(inputs), "--db", str(broken), "--quiet"],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and child.poll() is None:
        if broken.exists():
            try:
                conn = sqlite3.connect(f"file:{broken}?mode=ro", uri=True, timeout=1)
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 5:
                break
        time.sleep(0.02)
    assert child.poll() is None, "the batch ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert 5 <= stored < total

    proc = run_sitrep("code", str(inputs), "--db", str(broken), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    assert _stored(broken) == _stored(whole)
    with Store.open(broken) as a, Store.open(whole) as b:
        assert len(a.articles()) == len(b.articles()) == total
        assert sorted(m.merged_id for m in a.merged()) == sorted(m.merged_id for m in b.merged())


def test_an_analysts_merge_and_split_survive_a_remerge(tmp_path):
    def record(eid, aid, day, lat):
        return {"event_id": eid, "article_id": aid, "event_type": "Battles", "sub_event_type": "Armed clash",
                "plover_type": "ASSAULT", "actor1": {"name": "Military Forces of Mali (2021-)"}, "actor2": None,
                "event_date": day, "time_precision": 1, "status": "reported", "fatalities": None,
                "location": {"name": "p", "country": "ML", "latitude": lat, "longitude": -3.0, "geo_precision": 1},
                "source": {"outlet": aid, "attributed_to": None}, "evidence": [], "confidence": 0.5}

    with Store.open(tmp_path / "m.db") as store:
        store.add(Article("a", "Texte A sur un accrochage.", published=date(2024, 5, 2)),
                  [record("a-E1", "a", "2024-05-01", 14.0)])
        store.add(Article("b", "Texte B, un autre récit du même accrochage.", published=date(2024, 5, 2)),
                  [record("b-E1", "b", "2024-05-01", 14.01)])
        store.add(Article("c", "Texte C, loin de là, un autre jour.", published=date(2024, 5, 9)),
                  [record("c-E1", "c", "2024-05-08", 16.0)])
        store.remerge()
        together = next(m for m in store.merged() if "a-E1" in m.members)
        assert sorted(together.members) == ["a-E1", "b-E1"]
        store.split(together.merged_id, ["b-E1"])
        store.remerge()
        assert not any({"a-E1", "b-E1"} <= set(m.members) for m in store.merged())
        store.merge_manual(["a-E1", "c-E1"])
        store.remerge()
        assert any(set(m.members) == {"a-E1", "c-E1"} for m in store.merged())
        with pytest.raises(SitrepError):
            store.merge_manual(["a-E1", "nope"])
