"""The JSON API over a live `sitrep serve` (real uvicorn, real store), with a real HTTP client."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import httpx

from tests.serve.live import ROOT, make_token, start_server


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
