"""A merged event's id is assigned once and carried forward, as ACLED's event_id_cnty: joins, review
links and update diffs hold across sources joining or leaving, remerges, an analyst's merge or
split, and an upgrade from a store whose ids hashed their members."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import httpx

from sitrep.serve.review import Review
from sitrep.store import Store
from tests.conftest import run_sitrep
from tests.serve.live import make_token, start_server

# Written for these tests: three outlets' reports of one clash, and a report of another event.
REPORTS = {
    "wire-1": ("Wire One", "Malian soldiers clashed with JNIM militants near the town of Boni on Wednesday, killing "
               "four fighters, the army said."),
    "daily-2": ("Daily Two", "Fighting broke out on Wednesday in Boni between the Malian army and JNIM jihadists, a "
                "local official said. Four militants were killed."),
    "radio-3": ("Radio Three", "JNIM militants and Malian troops clashed in Boni on Wednesday, residents told the "
                "radio. At least five people were killed in the fighting."),
    "other-4": ("Other Four", "Gunmen attacked a market in Gao on Saturday and killed three traders, the regional "
                "governor said."),
}
CLASH = ["wire-1", "daily-2", "radio-3"]


def code(tmp_path, db, *articles: str) -> None:
    """Code articles into the store as a user does: `sitrep code FILE --db DB` (no FILE: only remerge)."""
    path = tmp_path / f"{'+'.join(articles)}.jsonl"
    path.write_text("".join(json.dumps({"article_id": a, "outlet": REPORTS[a][0], "text": REPORTS[a][1],
                                        "published": "2024-05-02", "lang": "en"}) + "\n" for a in articles),
                    encoding="utf-8")
    proc = run_sitrep("code", *[str(path)] * bool(articles), "--db", str(db), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()


def merged_of(db, article: str) -> tuple[str, set[str]]:
    """The id of the merged event holding the article's event, and the articles it merges."""
    with Store.open(db, create=False) as store:
        m = next(m for m in store.merged() if any(s.article_id == article for s in m.sources))
    return m.merged_id, {s.article_id for s in m.sources}


def event_of(db, article: str) -> str:
    with Store.open(db, create=False) as store:
        return next(e.event_id for e in store.events() if e.article_id == article)


def test_a_merged_event_keeps_its_id_as_sources_join_and_across_remerges(tmp_path):
    db = tmp_path / "events.db"
    code(tmp_path, db, "wire-1", "daily-2")
    first, sources = merged_of(db, "wire-1")
    assert sources == {"wire-1", "daily-2"}

    code(tmp_path, db, "radio-3")
    assert merged_of(db, "radio-3") == (first, set(CLASH))
    with Store.open(db, create=False) as store:
        assert next(m for m in store.merged() if m.merged_id == first).source_count == 3
        store.remerge()
    assert merged_of(db, "wire-1")[0] == first
    out = tmp_path / "merged.jsonl"
    assert run_sitrep("export", "--db", str(db), "--format", "jsonl", "-o", str(out), "--quiet").returncode == 0
    exported = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["event_id"] for r in exported if len(r["sources"]) == 3] == [first]

    # a new store coded from the same texts at once names the event as this one does
    again = tmp_path / "again.db"
    code(tmp_path, again, *CLASH)
    assert merged_of(again, "wire-1")[0] == first


def test_a_source_rejected_and_restored_leaves_the_id_where_it_was(tmp_path):
    db = tmp_path / "events.db"
    code(tmp_path, db, *CLASH)
    mid, _ = merged_of(db, "wire-1")
    with Store.open(db, create=False) as store:
        review = Review(store)
        review.set_review(event_of(db, "wire-1"), "rejected", "alice")
        store.remerge()
        kept = next(m for m in store.merged() if m.merged_id == mid)
        assert {s.article_id for s in kept.sources} == {"daily-2", "radio-3"}
        review.set_review(event_of(db, "wire-1"), "accepted", "alice")
        store.remerge()
    assert merged_of(db, "wire-1") == (mid, set(CLASH))


def test_a_split_keeps_the_id_on_the_larger_part_and_gives_the_other_a_new_one(tmp_path):
    db = tmp_path / "events.db"
    code(tmp_path, db, *CLASH, "other-4")
    mid, _ = merged_of(db, "wire-1")
    ids_before = {merged_of(db, a)[0] for a in REPORTS}
    token = make_token(db, "alice")
    proc, url = start_server(db)
    try:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
            radio = event_of(db, "radio-3")
            assert http.post(f"/api/merged/{mid}/split", json={"event_ids": [radio]}).status_code == 200
            assert http.get(f"/api/events/{event_of(db, 'wire-1')}").json()["merged"]["merged_id"] == mid
            new = http.get(f"/api/events/{radio}").json()["merged"]["merged_id"]
            assert new not in ids_before
            assert [(c["field"], c["old"]) for c in http.get(f"/api/events/{radio}/history").json()] == [("split", mid)]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    code(tmp_path, db)  # `sitrep code --db` with no input remerges: the ids stay
    assert merged_of(db, "wire-1") == (mid, {"wire-1", "daily-2"})
    assert merged_of(db, "radio-3") == (new, {"radio-3"})

    with Store.open(db, create=False) as store:  # an even split: the events taken out get the new id
        Review(store).split(mid, [event_of(db, "daily-2")], "alice")
    assert merged_of(db, "wire-1") == (mid, {"wire-1"})
    assert merged_of(db, "daily-2")[0] not in {mid, new, *ids_before}


def test_merged_events_an_analyst_joins_keep_the_id_of_the_one_with_more_sources(tmp_path):
    db = tmp_path / "events.db"
    code(tmp_path, db, *CLASH, "other-4")
    mid, _ = merged_of(db, "wire-1")
    with Store.open(db, create=False) as store:
        Review(store).merge([event_of(db, a) for a in REPORTS], "alice")
    assert merged_of(db, "other-4") == (mid, set(REPORTS))


def _old_id(members: list[str]) -> str:
    """A merged id as sitrep wrote them before ids were carried forward: a hash of its members."""
    return "M-" + hashlib.sha1("\n".join(sorted(members)).encode("utf-8")).hexdigest()[:16]


def test_a_store_whose_ids_hashed_their_members_keeps_them(tmp_path):
    db = tmp_path / "events.db"
    code(tmp_path, db, "wire-1", "daily-2", "other-4")
    conn = sqlite3.connect(str(db))  # the merged events as the former sitrep named them
    with conn:
        for (mid,) in conn.execute("SELECT merged_id FROM merged_events").fetchall():
            members = [r[0] for r in conn.execute("SELECT event_id FROM merged_members WHERE merged_id = ?", (mid,))]
            conn.execute("UPDATE merged_events SET merged_id = ?, record = json_set(record, '$.event_id', ?, "
                         "'$.merged_id', ?) WHERE merged_id = ?", (_old_id(members), *[_old_id(members)] * 2, mid))
            conn.execute("UPDATE merged_members SET merged_id = ? WHERE merged_id = ?", (_old_id(members), mid))
    conn.close()
    old, _ = merged_of(db, "wire-1")
    other, _ = merged_of(db, "other-4")
    assert old == _old_id([event_of(db, "wire-1"), event_of(db, "daily-2")])

    code(tmp_path, db, "radio-3")
    assert merged_of(db, "radio-3") == (old, set(CLASH))
    assert merged_of(db, "other-4")[0] == other
