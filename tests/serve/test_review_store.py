"""The review app writes only through the store: what an analyst does is in the store's records and
log for any other reader of the file, and no SQL statement lives outside sitrep/store."""
from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, timedelta

import pytest

from sitrep.acled import Inter, TimePrecision
from sitrep.errors import SitrepError
from sitrep.serve.review import Review, Tokens, events_position
from sitrep.store import Store
from sitrep.store.filters import Filters
from sitrep.store.schema import MIGRATIONS
from sitrep.types import Actor, Article, Event, Place
from tests.conftest import ROOT, run_sitrep


def clash(article: str, lat: float, place: str = "Boulkessi") -> Event:
    return Event(article_id=article, event_id=f"{article}-E1", event_type="Battles", sub_event_type="Armed clash",
                 plover_type="ASSAULT", actor1=Actor("Military Forces of Mali (2021-)", Inter.STATE_FORCES, text="l'armée"),
                 event_date=date(2024, 5, 1), time_precision=TimePrecision.DAY, place=Place(place, lat, -1.95, country="ML"),
                 fatalities=3, outlet=article)


def test_every_review_write_reaches_the_store(tmp_path):
    db = tmp_path / "events.db"
    with Store.open(db) as store:
        store.add(Article("a", "Accrochage à Boulkessi, selon A.", published=date(2024, 5, 2)), [clash("a", 15.06)])
        store.add(Article("b", "Accrochage à Boulkessi, selon B.", published=date(2024, 5, 2)), [clash("b", 15.2)])
        store.add(Article("c", "Accrochage plus loin, selon C.", published=date(2024, 5, 2)), [clash("c", 14.4, "Mondoro")])
        store.remerge()
        review = Review(store)
        token = review.tokens.create("alice")
        review.set_review("b-E1", "rejected", "alice")
        review.edit("a-E1", {"fatalities": 5, "latitude": 15.1, "longitude": -1.9}, "alice")
        merged = review.merge(["a-E1", "c-E1"], "bob")
        review.split(merged["merged_id"], ["c-E1"], "bob")
    with Store.open(db) as store:  # another reader of the same file
        assert Tokens(store).name(token) == "alice"
        assert store.review_states() == {"b-E1": "rejected"}
        assert "b-E1" not in {e.event_id for e in store.export_records(merged=False)}
        corrected = store.event("a-E1")
        assert corrected.fatalities == 5 and (corrected.place.lat, corrected.place.lon) == (15.1, -1.9)
        assert [(c["who"], c["field"]) for c in store.history("a-E1")] == [
            ("alice", "fatalities"), ("alice", "location"), ("bob", "merge")]
        assert [(c["who"], c["field"], c["old"]) for c in store.history("c-E1")] == [
            ("bob", "merge", None), ("bob", "split", merged["merged_id"])]
        assert [(c["field"], c["old"], c["new"]) for c in store.history("b-E1")] == [("review", "unreviewed", "rejected")]
        assert store.changed(["fatalities"]) == {"a-E1"}
        assert not any({"a-E1", "c-E1"} <= set(m.members) for m in store.merged())


def test_a_store_made_before_review_tokens_takes_tokens(tmp_path):
    db = tmp_path / "v2.db"
    conn = sqlite3.connect(str(db))
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with pytest.raises(SitrepError) as refused:  # the review side never changes a schema
        Tokens.open(db)
    assert refused.value.code == "E023" and "sitrep code --db" in refused.value.reason
    assert run_sitrep("code", "--db", str(db)).returncode == 0  # what brings it up to date
    tokens = Tokens.open(db)
    token = tokens.create("alice")
    assert tokens.name(token) == "alice"
    assert [t["name"] for t in tokens.list()] == ["alice"] and tokens.store.version == len(MIGRATIONS)


# Readers of another package's database (MIMU's villages in mm-geo-coder's SQLite file): never sitrep's store.
FOREIGN_READERS = {"sitrep/geo/mimu.py"}
WRITES = re.compile(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX))\b")


def test_no_sql_outside_the_store():
    statement = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
                           r"CREATE\s+(TABLE|INDEX))\b")
    outside = [str(p.relative_to(ROOT)) for p in (ROOT / "sitrep").rglob("*.py")
               if "store" not in p.relative_to(ROOT / "sitrep").parts[:1] and statement.search(p.read_text("utf-8"))]
    assert sorted(set(outside) - FOREIGN_READERS) == []


@pytest.mark.parametrize("reader", sorted(FOREIGN_READERS))
def test_a_foreign_database_is_only_read(reader):
    source = (ROOT / reader).read_text("utf-8")
    assert "mode=ro" in source and not WRITES.search(source)


def reports_of(n: int) -> list[tuple[Article, Event]]:
    """Two articles reporting each of ``n`` real events (a day apart each), ready to store."""
    out = []
    for i in range(n):
        for outlet in ("A", "B"):
            article = f"{outlet}/{i}"
            event = clash(article, 15.06 + 0.001 * (outlet == "B"))
            event.event_date = date(2020, 1, 1) + timedelta(days=i)
            event.outlet = outlet
            out.append((Article(article, f"Accrochage {i} selon {outlet}.", published=event.event_date, outlet=outlet),
                        event))
    return out


def test_reading_an_event_or_a_page_costs_the_same_on_a_store_ten_times_larger(tmp_path):
    """What one request reads does not grow with the store: membership, review state and
    corrections are looked up by index, not recomputed over every merged event or change. Cost is
    counted in SQLite virtual machine steps (deterministic), not in time."""
    def cost(n: int) -> dict[str, int]:
        with Store.open(tmp_path / f"{n}.db") as store:
            for article, event in reports_of(n):
                store.add(article, [event])
            store.remerge()
            review = Review(store)
            for i in range(0, n, 3):
                review.set_review(f"A/{i}-E1", "accepted", "alice")
                review.edit(f"B/{i}-E1", {"fatalities": 4}, "alice")
            steps = [0]
            store.conn.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1), 1)
            out = {}
            for name, read in (("event", lambda: review.detail(f"A/{n // 2}-E1")),
                               ("page", lambda: review.events(limit=10)),
                               ("type page", lambda: review.events(Filters(event_type="Battles"), limit=10)),
                               ("next page", lambda: review.events(limit=10, after=events_position(
                                   review.events(limit=10)["next"], "cursor")))):
                steps[0] = 0
                assert read()
                out[name] = steps[0]
            detail = review.detail(f"A/{n // 2}-E1")
            assert detail["merged"]["members"] and {m["event_id"] for m in detail["merged"]["members"]} == {
                f"A/{n // 2}-E1", f"B/{n // 2}-E1"}
            assert review.events(limit=10)["events"][0]["merged_id"]
            return out

    small, large = cost(20), cost(200)
    for name in small:
        assert large[name] <= small[name] * 1.2, (name, small[name], large[name])


def test_review_states_of_an_older_store_are_kept_when_it_is_migrated(tmp_path):
    db = tmp_path / "v3.db"
    conn = sqlite3.connect(str(db))  # what an older sitrep wrote: its log, no per-event review table
    for script in MIGRATIONS[:3]:
        conn.executescript(script)
    for article, event in reports_of(3):
        conn.execute("INSERT INTO articles (article_id, content_hash, fingerprint, text, stored_at) "
                     "VALUES (?, ?, '', ?, '2024-05-01')", (article.article_id, article.article_id, article.text))
        conn.execute("INSERT INTO events (event_id, article_id, record) VALUES (?, ?, ?)",
                     (event.event_id, article.article_id, json.dumps(event.to_dict())))
    conn.executemany("INSERT INTO changes (who, at, event_id, field, old, new) "
                     "VALUES ('alice', '2024-05-01', ?, ?, ?, ?)",
                     [("A/0-E1", "review", "unreviewed", "rejected"), ("A/0-E1", "review", "rejected", "accepted"),
                      ("B/1-E1", "fatalities", "3", "5"), ("A/2-E1", "merge", None, '["B/2-E1"]')])
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        rows = {r["event_id"]: r for r in Review(store).events()["events"]}
    assert (rows["A/0-E1"]["review"], rows["A/0-E1"]["edited"]) == ("accepted", False)
    assert (rows["B/1-E1"]["review"], rows["B/1-E1"]["edited"]) == ("unreviewed", True)
    assert (rows["A/2-E1"]["review"], rows["A/2-E1"]["edited"]) == ("unreviewed", False)
