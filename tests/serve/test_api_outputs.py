"""What a client of the JSON API relies on beyond the review page: filters checked as the CLI checks
them, lists in pages by an opaque cursor, merged events, 304s while nothing changed, and the exports
of `sitrep export` over HTTP; against a live `sitrep serve` over a real store, with a real client."""
from __future__ import annotations

import io
import json

import httpx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from sitrep.store import Store
from tests.conftest import run_sitrep


def every_page(http: httpx.Client, path: str, key: str, **params) -> tuple[list[dict], list[str]]:
    """Every row of a paged list, following `next` as `cursor`; and the cursors seen."""
    rows, cursors, cursor = [], [], None
    for _ in range(100):  # more pages than these stores hold: a cursor that moves nowhere fails here
        page = http.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        rows += page.json()[key]
        cursor = page.json()["next"]
        if cursor is None:
            return rows, cursors
        cursors.append(cursor)
    raise AssertionError(f"{path}: the cursor never reached the last page")


@pytest.mark.parametrize("path", ["/api/events", "/api/merged", "/api/export?format=csv"])
@pytest.mark.parametrize("params, code, said", [
    ({"country": "SYRR"}, "E060", "country: 'SYRR'"),
    ({"date_from": "2024-13-45"}, "E061", "date_from: '2024-13-45'"),
    ({"date_from": "2017-09-30", "date_to": "2017-09-01"}, "E062", "date_from: 2017-09-30"),
    ({"event_type": "Fighting"}, "E063", "Battles"),
    ({"event_type": "riots", "sub_event_type": "armed clash"}, "E065", "'Battles'"),
    ({"min_confidence": "2"}, "E067", "min_confidence: '2'"),
])
def test_a_bad_filter_gets_a_422_with_its_error_line(live, path, params, code, said):
    with live.client() as http:
        r = http.get(path, params=params)
    assert r.status_code == 422, (r.status_code, r.text[:300])
    line = r.json()["detail"]
    assert line.startswith(f"sitrep: error [{code}] ") and said in line


def test_a_country_by_code_or_name_and_a_type_in_any_case_filter_alike(live):
    with live.client() as http:
        syria = http.get("/api/events", params={"country": "SY"}).json()["events"]
        assert syria
        for spelling in ("SYR", "syr", "Syria", "Syrian Arab Republic"):
            assert http.get("/api/events", params={"country": spelling}).json()["events"] == syria, spelling
        battles = http.get("/api/events", params={"event_type": "Battles"}).json()["events"]
        assert battles and http.get("/api/events", params={"event_type": "BATTLES"}).json()["events"] == battles
        merged = http.get("/api/merged", params={"country": "syria"}).json()["merged"]
        assert merged and {m["country"] for m in merged} == {"SY"}


def test_lists_come_in_pages_by_an_opaque_cursor(live):
    with live.client() as http:
        events, cursors = every_page(http, "/api/events", "events", limit=2)
        assert [e["event_id"] for e in events] == [e["event_id"] for e in live.events]
        assert len(cursors) >= 2 and not any(c.isdigit() for c in cursors)
        old_style = http.get("/api/events", params={"limit": 2, "after": cursors[0]}).json()
        assert old_style["events"] == events[2:4]
        merged, merged_cursors = every_page(http, "/api/merged", "merged", limit=1)
        assert merged_cursors
        for bad in ("not-a-cursor", merged_cursors[0]):  # a merged list's cursor is not an events' one
            r = http.get("/api/events", params={"cursor": bad})
            assert r.status_code == 422 and "[E068] cursor:" in r.json()["detail"]
    with Store.open(live.db, create=False) as store:
        assert sorted(m["merged_id"] for m in merged) == sorted(m.merged_id for m in store.merged())


def test_a_merged_event_is_read_with_its_sources(live):
    with live.client() as http:
        merged, _ = every_page(http, "/api/merged", "merged")
        event_ids = {e["event_id"] for e in every_page(http, "/api/events", "events")[0]}
        for row in merged:
            d = http.get(f"/api/merged/{row['merged_id']}").json()
            assert d["merged"]["merged_id"] == row["merged_id"]
            assert len(d["members"]) == row["source_count"] >= 1
            assert {m["event_id"] for m in d["members"]} <= event_ids
        assert http.get("/api/merged/M-no-such-event").status_code == 404


def test_an_unchanged_read_is_a_304_and_any_write_changes_the_etag(live):
    seed = next(e for e in live.events if e["article_id"] == "seed-deir-ez-zor" and e["event_type"] == "Battles")
    reads = ["/api/events", "/api/merged", f"/api/events/{seed['event_id']}", "/api/facets", "/api/export?format=csv"]
    with live.client() as http:
        tags = {}
        for path in reads:
            first = http.get(path)
            tags[path] = first.headers["etag"]
            again = http.get(path, headers={"If-None-Match": tags[path]})
            assert again.status_code == 304 and again.content == b"", path
            assert again.headers["etag"] == tags[path]
            assert http.get(path, headers={"If-None-Match": f'"x", {tags[path][2:]}'}).status_code == 304

        def changed() -> None:
            for path in reads:
                r = http.get(path, headers={"If-None-Match": tags[path]})
                assert r.status_code == 200 and r.headers["etag"] != tags[path], path
                tags[path] = r.headers["etag"]

        with live.client(live.token) as writer:  # a correction through the API
            assert writer.patch(f"/api/events/{seed['event_id']}", json={"fatalities": 41}).status_code == 200
        changed()
        merged = http.get("/api/merged").json()["merged"]
        assert 41 in {m["fatalities"] for m in merged}, "the merged events are made again from the correction"
        with Store.open(live.db, create=False) as store:  # a review written by another process
            store.set_review(seed["event_id"], "accepted", "bob")
        changed()
        hostile = next(e for e in live.events if e["article_id"] == "hostile-gao")
        with live.client(live.token) as writer:  # a merge
            r = writer.post("/api/merge", json={"event_ids": [seed["event_id"], hostile["event_id"]]})
            assert r.status_code == 200, r.text
        changed()


def test_the_export_endpoint_writes_what_sitrep_export_writes(live, tmp_path):
    with live.client() as http:
        csv = http.get("/api/export", params={"format": "csv"})
        assert csv.status_code == 200
        assert csv.headers["content-type"].startswith("text/csv")
        assert csv.headers["content-disposition"] == 'attachment; filename="sitrep-merged.csv"'
        parquet = http.get("/api/export", params={"format": "parquet"})
        assert parquet.headers["content-type"] == "application/vnd.apache.parquet"
        assert parquet.headers["content-disposition"] == 'attachment; filename="sitrep-merged.parquet"'
        syria = http.get("/api/export", params={"format": "csv", "country": "Syria", "per_article": "true"})
        geojson = http.get("/api/export", params={"format": "geojson"})
        assert geojson.headers["content-type"].startswith("application/geo+json")
        plover = http.get("/api/export", params={"format": "plover"})
        jsonl = http.get("/api/export", params={"format": "jsonl", "per_article": "true"})
    cli = run_sitrep("export", "--db", str(live.db), "--format", "acled-csv", "-o", "-", "--quiet")
    assert cli.returncode == 0, cli.stderr.decode()
    pd.testing.assert_frame_equal(pd.read_csv(io.BytesIO(csv.content)), pd.read_csv(io.BytesIO(cli.stdout)))
    assert len(pd.read_csv(io.BytesIO(csv.content))) > 0
    out = tmp_path / "merged.parquet"
    cli = run_sitrep("export", "--db", str(live.db), "--format", "parquet", "-o", str(out), "--quiet")
    assert cli.returncode == 0, cli.stderr.decode()
    table, expected = pq.read_table(io.BytesIO(parquet.content)), pq.read_table(out)
    assert table.num_rows > 0 and table.schema == expected.schema
    assert table.to_pylist() == expected.to_pylist()
    rows = pd.read_csv(io.BytesIO(syria.content))
    assert len(rows) and set(rows["country"]) == {"Syria"}
    assert len(json.loads(geojson.content)["features"]) == table.num_rows
    assert all(json.loads(line)["event"] for line in plover.text.splitlines())
    assert {json.loads(line)["article_id"] for line in jsonl.text.splitlines()} >= {"seed-deir-ez-zor", "hostile-gao"}
