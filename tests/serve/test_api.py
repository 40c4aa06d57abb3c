"""The JSON API over a live `sitrep serve` (real uvicorn, real store), with a real HTTP client."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import pytest

from tests.serve.live import ROOT, SLASHED_ID, SLASHED_TEXT, make_token, start_server


def seed_event(live) -> dict:
    return next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor" and e["latitude"] is not None)


def exported(live) -> set[str]:
    """The event ids an export of the store would write now."""
    from sitrep.store import Store

    with Store.open(live.db) as store:
        return {r["event_id"] for r in store.export_records(merged=False)}


def test_reads_are_open_and_filter(live):
    with live.client() as http:
        everything = http.get("/api/events").json()["events"]
        assert {e["article_id"] for e in everything} >= {"seed-deir-ez-zor", "hostile-gao"}
        syria = http.get("/api/events", params={"country": "SY"}).json()["events"]
        assert syria and all(e["country"] == "SY" for e in syria)
        assert len(syria) < len(everything)
        early = http.get("/api/events", params={"date_to": "2017-12-31"}).json()["events"]
        assert early and all(e["event_date"] and e["event_date"] <= "2017-12-31" for e in early)
        sure = http.get("/api/events", params={"min_confidence": 0.8}).json()["events"]
        assert all(e["confidence"] >= 0.8 for e in sure)
        facets = http.get("/api/facets").json()
        assert "SY" in facets["countries"] and "Battles" in facets["taxonomy"]


def test_event_detail_carries_article_and_evidence(live):
    e = seed_event(live)
    with live.client() as http:
        d = http.get(f"/api/events/{e['event_id']}").json()
    text = d["article"]["text"]
    assert d["event"]["evidence"]
    for ev in d["event"]["evidence"]:
        assert text[ev["start"]:ev["end"]] == ev["text"], "evidence offsets must point into the article text"
    with live.client() as http:
        assert http.get("/api/events/no-such-event").status_code == 404


def test_writes_need_a_known_token(live):
    e = seed_event(live)
    with live.client() as http:
        assert http.post(f"/api/events/{e['event_id']}/accept").status_code == 401
        assert http.patch(f"/api/events/{e['event_id']}", json={"fatalities": 3}).status_code == 401
    with live.client("srt_not-a-real-token") as http:
        assert http.post(f"/api/events/{e['event_id']}/accept").status_code == 403
    with live.client() as http:  # nothing was written
        assert http.get(f"/api/events/{e['event_id']}/history").json() == []


def test_a_correction_updates_the_event_and_logs_who_and_when(live):
    e = seed_event(live)
    with live.client(live.token) as http:
        assert http.get("/api/whoami").json() == {"name": "alice"}
        r = http.patch(f"/api/events/{e['event_id']}", json={"fatalities": 12, "latitude": 35.3, "longitude": 40.2})
        assert r.status_code == 200, r.text
        bad = http.patch(f"/api/events/{e['event_id']}", json={"sub_event_type": "Picnic"})
        assert bad.status_code == 422 and "E041" in bad.text
        after = http.get(f"/api/events/{e['event_id']}").json()
    assert after["event"]["fatalities"] == 12
    assert after["event"]["location"]["latitude"] == 35.3
    assert after["edited"] is True and after["review"] == "unreviewed"
    fields = {c["field"]: c for c in after["history"]}
    assert fields["fatalities"]["who"] == "alice" and fields["fatalities"]["new"] == "12"
    assert fields["fatalities"]["at"].startswith("20")
    # the store's own rows carry the correction, so every export does too
    from sitrep.store import Store

    with Store.open(live.db) as store:
        row = next(r for r in store.export_records(merged=False) if r["event_id"] == e["event_id"])
    assert row["fatalities"] == 12 and row["location"]["longitude"] == 40.2


def test_reject_then_accept_is_kept_in_history(live):
    e = [x for x in live.events if x["article_id"] == "seed-deir-ez-zor"][-1]
    with live.client(live.token) as http:
        assert http.post(f"/api/events/{e['event_id']}/reject").status_code == 200
        assert http.get("/api/events", params={"review": "rejected"}).json()["events"][0]["event_id"] == e["event_id"]
        assert e["event_id"] not in exported(live)
        assert http.post(f"/api/events/{e['event_id']}/accept").status_code == 200
        assert e["event_id"] in exported(live)
        hist = http.get(f"/api/events/{e['event_id']}/history").json()
    assert [(c["field"], c["new"]) for c in hist if c["field"] == "review"] == [("review", "rejected"), ("review", "accepted")]


def test_read_token_flag_closes_reads(live):
    proc, url = start_server(live.db, "--read-token-required")
    try:
        assert httpx.get(url + "/api/events").status_code == 401
        ok = httpx.get(url + "/api/events", headers={"Authorization": f"Bearer {live.token}"})
        assert ok.status_code == 200 and ok.json()["events"]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_only_a_hash_of_a_token_is_stored(live):
    token = make_token(live.db, "bob")
    with sqlite3.connect(live.db) as conn:
        dump = "\n".join(conn.iterdump())
    assert token not in dump and "bob" in dump
    revoke = subprocess.run([sys.executable, "-m", "sitrep", "token", "revoke", "--db", str(live.db), "--name", "bob"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert revoke.returncode == 0, revoke.stderr
    with live.client(token) as http:
        assert http.get("/api/whoami").status_code == 403


def test_headers_docs_and_static_files_are_local(live):
    with live.client() as http:
        page = http.get("/")
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        docs = http.get("/docs")
        assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
        assert "<script>" not in docs.text  # no inline script: the CSP would block it
        assert http.get("/openapi.json").json()["paths"]["/api/events"]
        assert http.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
        assert http.get("/static/vendor/world-atlas/countries-50m.json").json()["type"] == "Topology"


def test_merge_shows_every_source_and_their_disagreements_then_split(live):
    seed = next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor" and e["event_type"] == "Battles")
    hostile = next(e for e in live.events if e["article_id"] == "hostile-gao")
    pair = [seed["event_id"], hostile["event_id"]]
    with live.client() as http:
        assert http.post("/api/merge", json={"event_ids": pair}).status_code == 401
    with live.client(live.token) as http:
        merged = http.post("/api/merge", json={"event_ids": pair})
        assert merged.status_code == 200, merged.text
        merged_id = merged.json()["merged_id"]
        d = http.get(f"/api/events/{hostile['event_id']}").json()
        assert d["merged"]["merged_id"] == merged_id
        assert {s["event_id"] for s in d["merged"]["members"]} == set(pair)
        assert {s["outlet"] for s in d["merged"]["members"]} == {"Sputnik France", "Test Wire"}
        claims = d["merged"]["disagreements"]["actor2"]
        assert claims[seed["event_id"]] != claims[hostile["event_id"]]
        bad = http.post(f"/api/merged/{merged_id}/split", json={"event_ids": pair})
        assert bad.status_code == 422 and "E024" in bad.text
        split = http.post(f"/api/merged/{merged_id}/split", json={"event_ids": [hostile["event_id"]]})
        assert split.status_code == 200, split.text
        after = http.get(f"/api/events/{hostile['event_id']}").json()
    assert after["merged"] is None or after["merged"]["merged_id"] != merged_id
    assert [c["field"] for c in after["history"]] == ["merge", "split"]


def slashed_event(live) -> dict:
    return next(e for e in live.events if e["article_id"] == SLASHED_ID)


def event_path(event_id: str) -> str:
    """The API path of an event, its id percent-encoded as the page encodes it."""
    return "/api/events/" + quote(event_id, safe="")


def test_an_id_with_slashes_is_reachable_for_reads_and_writes(live):
    e = slashed_event(live)
    assert "/" in e["event_id"]
    with live.client() as http:
        d = http.get(event_path(e["event_id"]))
        assert d.status_code == 200, d.text
        assert d.json()["event"]["event_id"] == e["event_id"] and d.json()["article"]["text"] == SLASHED_TEXT
        assert http.get("/api/events/" + e["event_id"]).json()["event"]["event_id"] == e["event_id"]
        assert http.get(event_path(e["event_id"]) + "/history").status_code == 200
        assert http.get(event_path("afp/2024/no-such-event")).status_code == 404
    with live.client(live.token) as http:
        assert http.post(event_path(e["event_id"]) + "/accept").status_code == 200
        history = http.get(event_path(e["event_id"]) + "/history").json()
    assert history[-1]["field"] == "review" and history[-1]["new"] == "accepted"


def test_the_event_list_comes_in_pages(live):
    with live.client() as http:
        pages, after = [], None
        while True:
            params = {"limit": 2, **({"after": after} if after else {})}
            page = http.get("/api/events", params=params).json()
            assert len(page["events"]) <= 2
            pages.append(page["events"])
            after = page["next"]
            if after is None:
                break
        assert len(pages) > 2
        assert [e["event_id"] for p in pages for e in p] == [e["event_id"] for e in live.events]
        syria = http.get("/api/events", params={"country": "SY", "limit": 1}).json()
        assert len(syria["events"]) == 1 and syria["events"][0]["country"] == "SY" and syria["next"]
        for bad in ({"limit": 0}, {"limit": 100_000}, {"after": "x"}):
            assert http.get("/api/events", params=bad).status_code == 422


def test_reads_go_on_while_a_write_waits_for_the_store(live):
    """Another process (a `sitrep code --db` run) holds the store's write lock: a correction waits
    for it, and meanwhile the page still reads."""
    e = next(x for x in live.events if x["article_id"] == "hostile-gao")
    holder = sqlite3.connect(str(live.db), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(httpx.post, live.url + event_path(e["event_id"]) + "/reject",
                                  headers={"Authorization": f"Bearer {live.token}"}, timeout=120)
            time.sleep(1)  # the correction reaches the server and waits for the lock
            with live.client() as http:
                assert http.get("/api/events", params={"limit": 5}, timeout=15).status_code == 200
                assert http.get(event_path(e["event_id"]), timeout=15).status_code == 200
                assert http.get("/api/changes", timeout=15).status_code == 200
            assert not waiting.done()
            holder.execute("ROLLBACK")
            assert waiting.result().status_code == 200
    finally:
        holder.close()
    with live.client(live.token) as http:
        assert http.get(event_path(e["event_id"])).json()["review"] == "rejected"
        assert http.post(event_path(e["event_id"]) + "/accept").status_code == 200


@pytest.mark.parametrize("body", [
    '{"latitude": NaN, "longitude": 2.0}', '{"latitude": 15.0, "longitude": Infinity}', '{"fatalities": Infinity}',
    '{"fatalities": 1e12}', '{"fatalities": 1000000000000}', '{"fatalities": -1}',
    '{"location_name": "' + "x" * 5000 + '"}', '{"actor1": "' + "y" * 5000 + '"}',
    '{"event_date": "0001-01-01"}', '{"event_date": "2999-01-01"}',
    '{"event_type": null}', '{"event_type": "Protests"}', '{"sub_event_type": "Armed clash", "event_type": "Riots"}',
    '{"fatalaties": 3}', '[1, 2]',
])
def test_an_edit_out_of_bounds_gets_a_422_that_says_why(live, body):
    """NaN and infinities, huge or negative counts, long strings, dates out of any news, a type and
    sub-event type that do not belong together, a misspelled field: refused, nothing written."""
    e = next(x for x in live.events if x["article_id"] == "hostile-gao")
    with live.client(live.token) as http:
        before = http.get(event_path(e["event_id"])).json()
        r = http.patch(event_path(e["event_id"]), content=body.encode(), headers={"Content-Type": "application/json"})
        assert r.status_code == 422, (r.status_code, r.text[:300])
        assert r.json()["detail"]
        after = http.get(event_path(e["event_id"])).json()
    assert after["event"] == before["event"] and after["history"] == before["history"]


def test_a_body_over_the_limit_gets_413(live):
    e = next(x for x in live.events if x["article_id"] == "hostile-gao")
    huge = b'{"location_name": "' + b"x" * 2_000_000 + b'"}'
    with live.client(live.token) as http:
        r = http.patch(event_path(e["event_id"]), content=huge, headers={"Content-Type": "application/json"})
        assert r.status_code == 413
        chunked = http.patch(event_path(e["event_id"]), content=iter([huge[:1_000_000], huge[1_000_000:]]),
                             headers={"Content-Type": "application/json"})  # no Content-Length: counted as read
        assert chunked.status_code == 413
        assert http.post("/api/merge", json={"event_ids": ["a" * 100] * 20_000}).status_code == 413
        assert http.get(event_path(e["event_id"])).json()["event"]["location"]["name"] != "x" * 2_000_000


def test_moving_a_point_recomputes_country_and_admin1(live):
    e = next(x for x in live.events if x["article_id"] == "hostile-gao")
    with live.client(live.token) as http:
        r = http.patch(event_path(e["event_id"]), json={"latitude": 13.5137, "longitude": 2.1098})  # Niamey
        assert r.status_code == 200, r.text
        place = http.get(event_path(e["event_id"])).json()["event"]["location"]
        assert (place["country"], place["admin1"]) == ("NE", "Niamey")
        assert place["name"] == e["location_name"]  # the name is the analyst's to change
        r = http.patch(event_path(e["event_id"]), json={"latitude": 0.0, "longitude": -30.0})  # mid-Atlantic
        assert r.status_code == 200, r.text
        place = http.get(event_path(e["event_id"])).json()["event"]["location"]
        assert (place["country"], place["admin1"]) == (None, None)


def test_a_host_header_not_allowed_is_refused(live):
    port = live.url.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}"):
        assert httpx.get(live.url + "/api/events", headers={"Host": host}).status_code == 200
    for host in ("attacker.example", f"attacker.example:{port}", "review.example.org"):  # DNS rebinding
        assert httpx.get(live.url + "/api/events", headers={"Host": host}).status_code == 400
    proc, url = start_server(live.db, "--allow-host", "review.example.org")
    try:
        assert httpx.get(url + "/api/events", headers={"Host": "review.example.org"}).status_code == 200
        assert httpx.get(url + "/api/events", headers={"Host": "attacker.example"}).status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_the_actor_filter_takes_percent_and_underscore_as_text(live):
    named = next(e for e in live.events if e["actor1"])
    with live.client() as http:
        for term in ("%", "_", "%%", "_%_"):
            assert http.get("/api/events", params={"actor": term}).json()["events"] == [], term
        found = http.get("/api/events", params={"actor": named["actor1"][1:6].upper()}).json()["events"]
    assert named["event_id"] in {e["event_id"] for e in found}


def test_worker_processes_share_the_store(live):
    """Two server processes: a correction made through one is what every later read shows,
    whichever process answers it."""
    e = slashed_event(live)
    proc, url = start_server(live.db, "--workers", "2")
    try:
        headers = {"Authorization": f"Bearer {live.token}"}
        with httpx.Client(base_url=url, timeout=30) as http:
            for fatalities in (9, 10):
                r = http.patch(event_path(e["event_id"]), json={"fatalities": fatalities}, headers=headers)
                assert r.status_code == 200, r.text
                seen = {http.get(event_path(e["event_id"]), headers={"Connection": "close"}).json()["event"]["fatalities"]
                        for _ in range(12)}
                assert seen == {fatalities}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
