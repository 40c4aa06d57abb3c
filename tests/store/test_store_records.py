"""The store takes and gives back typed records, and records the language each article was coded in."""
from __future__ import annotations

import json
import shutil
from datetime import date

from sitrep.merge import fingerprint, merge_events
from sitrep.store import Store
from sitrep.types import Article, Event, MergedEvent
from tests.conftest import ROOT, run_sitrep


def test_a_detected_language_is_recorded_on_the_article_and_in_the_store(tmp_path, shared, pipeline):
    text = (shared / "seed" / "deir-ez-zor.txt").read_text(encoding="utf-8")
    article = Article("seed", text, published=date(2017, 9, 6), outlet="Sputnik")  # no language given
    events = pipeline.code(article)
    assert article.lang == "fr"
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, events)
        assert store.article("seed").lang == "fr"


def test_the_language_worker_processes_detect_is_stored(tmp_path, shared):
    """A worker codes a copy of the article: the language it found must still reach the store."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(shared / "seed" / "deir-ez-zor.txt", inbox / "deir.txt")  # no sidecar: nothing says French
    shutil.copy(ROOT / "examples" / "sudan-el-fasher.txt", inbox / "fasher.txt")
    db = tmp_path / "events.db"
    proc = run_sitrep("code", str(inbox), "--db", str(db), "--published", "2024-06-18", "--workers", "2", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    with Store.open(db) as store:
        assert {a.article_id: a.lang for a in store.articles()} == {"deir": "fr", "fasher": "en"}


def test_stored_events_and_merged_events_come_back_as_they_were_given(tmp_path, shared, pipeline):
    text = (shared / "seed" / "deir-ez-zor.txt").read_text(encoding="utf-8")
    article = Article("seed", text, "fr", date(2017, 9, 6), "Sputnik France", "La percée", "https://example.org/s")
    events = pipeline.code(article)
    with Store.open(tmp_path / "s.db") as store:
        store.add(article, events)
        assert store.article("seed") == article
        stored = store.events()
        assert all(isinstance(e, Event) for e in stored)
        assert [e.to_dict() for e in stored] == [e.to_dict() for e in events]
        assert store.event(events[0].event_id).to_dict() == events[0].to_dict()
        assert [e.to_dict() for e in store.events_of_text(text)] == [e.to_dict() for e in events]
        store.remerge()
        merged = store.merged()
        assert all(isinstance(m, MergedEvent) for m in merged)
        rows = store.conn.execute("SELECT record FROM merged_events ORDER BY rowid").fetchall()
        assert [json.dumps(m.to_dict(), ensure_ascii=False) for m in merged] == [r[0] for r in rows]
        given = [Event.from_dict(dict(e.to_dict(), published="2017-09-06", article_fingerprint=fingerprint(text)))
                 for e in events]
        assert [m.to_dict() for m in merged] == [m.to_dict() for m in merge_events(given)]
