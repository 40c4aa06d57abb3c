"""Exports and listings when what a store holds is partial (a place with no point) or damaged."""
from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.store import Store
from sitrep.types import Article
from tests.conftest import run_sitrep


def _record(event_id: str, article_id: str) -> dict:
    return {"event_id": event_id, "article_id": article_id, "event_type": "Violence against civilians",
            "sub_event_type": "Attack", "plover_type": "ASSAULT", "plover_mode": None, "actor1": None,
            "actor2": None, "assoc_actor_1": [], "assoc_actor_2": [], "event_date": "2024-05-07",
            "time_precision": 1, "status": "reported", "fatalities": 2, "location": None,
            "source": {"outlet": "La Sentinelle", "attributed_to": None}, "evidence": [], "confidence": 0.5}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "events.db"
    with Store.open(path) as store:
        store.add(Article("sentinelle-1", "Deux villageois ont été tués mardi par des hommes armés, selon un élu.",
                          "fr", date(2024, 5, 8), "La Sentinelle"), [_record("sentinelle-1-E1", "sentinelle-1")])
    return path


def test_a_place_named_by_a_reviewer_without_a_point_has_a_null_geometry(db, tmp_path):
    from sitrep.serve.review import Review

    with Store.open(db) as store:
        Review(store).edit("sentinelle-1-E1", {"location_name": "un village du cercle"}, "reviewer")
    out = tmp_path / "events.geojson"
    proc = run_sitrep("export", "--db", str(db), "--format", "geojson", "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    (feature,) = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert feature["geometry"] is None  # RFC 7946: no made-up point, and never [null, null]
    assert feature["properties"]["location"] == "un village du cercle"  # the flat ACLED column


@pytest.mark.parametrize("command", [("events",), ("export", "--format", "jsonl", "-o", "out.jsonl")])
def test_a_store_damaged_past_its_header_gets_one_numbered_error(db, tmp_path, command):
    data = bytearray(db.read_bytes())
    assert len(data) > 8192, "the store should span several pages"
    for i in range(4096, len(data), 7):  # keep the header page, scramble the tables' pages
        data[i] = 0xAB
    db.write_bytes(bytes(data))
    proc = run_sitrep(command[0], "--db", str(db), *command[1:], cwd=tmp_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert err.count("[E023]") == 1 and str(db) in err and "Traceback" not in err
