"""Every export format of a store, read back with a real reader of that format."""
from __future__ import annotations

import csv
import json

from sitrep.export.acled_columns import ACLED_COLUMNS
from tests.conftest import ROOT, run_sitrep
from tests.export.conftest import export as _export

GEOJSON_SCHEMA = {  # RFC 7946, the parts an export must honour
    "type": "object", "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "geometry": {"oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["type", "coordinates"],
                    "properties": {"type": {"const": "Point"},
                                   "coordinates": {"type": "array", "minItems": 2, "maxItems": 2,
                                                   "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                                                                   {"type": "number", "minimum": -90, "maximum": 90}]}}}]},
                "properties": {"type": ["object", "null"]}}}}},
}


def test_acled_csv_has_acleds_31_columns_in_order(store, tmp_path):
    with _export(store, "acled-csv", tmp_path).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames[:31] == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert rows and all(r["event_type"] and r["event_date"] for r in rows)
    assert any(r["actor1"] == "Military Forces of Syria (2000-)" and r["country"] == "Syria" for r in rows)


def test_parquet_reads_back_with_pyarrow(store, tmp_path):
    import pyarrow.parquet as pq

    table = pq.read_table(_export(store, "parquet", tmp_path))
    assert table.num_rows > 0
    rows = table.to_pylist()
    assert {"event_id_cnty", "event_date", "sub_event_type", "latitude", "longitude", "sources"} <= set(table.column_names)
    assert all(isinstance(r["sources"], list) and r["sources"] for r in rows)
    assert all(json.loads(r["record"])["event_id"] for r in rows)


def test_geojson_is_rfc_7946_with_null_geometry_for_events_without_place(store, tmp_path):
    import jsonschema

    doc = json.loads(_export(store, "geojson", tmp_path).read_text(encoding="utf-8"))
    jsonschema.validate(doc, GEOJSON_SCHEMA)
    points = [f["geometry"]["coordinates"] for f in doc["features"] if f["geometry"]]
    assert any(abs(lon - 40.1) < 0.5 and abs(lat - 35.3) < 0.5 for lon, lat in points)  # Deir ez-Zor, [lon, lat]


def test_plover_json_codes_what_acled_leaves_out(store, tmp_path):
    doc = [json.loads(line) for line in _export(store, "plover-json", tmp_path).read_text("utf-8").splitlines()]
    assert doc
    aid = [r for r in doc if r["event"] == ["AID"]]
    assert aid and aid[0]["acled"]["event_type"] is None
    assert all(r["event"] and isinstance(r["source"], list) and r["date"] for r in doc)
    regained = next(r for r in doc if r["acled"]["sub_event_type"] == "Government regains territory")
    assert regained["source"][0]["acled_name"] == "Military Forces of Syria (2000-)"
    assert regained["event_loc"]["latitude"]


def test_interchange_jsonl_lists_sources_and_validates(store, tmp_path, shared):
    import jsonschema

    schema = json.loads((shared / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    rows = [json.loads(l) for l in _export(store, "jsonl", tmp_path).read_text("utf-8").splitlines() if l.strip()]
    assert rows
    for r in rows:
        jsonschema.validate(r, schema)
        assert r["sources"] and all(s["article_id"] for s in r["sources"])


def test_exports_leave_out_rejected_events_and_carry_corrections(store, tmp_path):
    db, rejected, corrected = store
    rows = [json.loads(l) for l in _export(store, "jsonl", tmp_path, "--per-article").read_text("utf-8").splitlines()
            if l.strip()]
    ids = {r["event_id"] for r in rows}
    assert rejected not in ids
    assert next(r for r in rows if r["event_id"] == corrected)["fatalities"] == 99


def test_events_lists_and_filters_a_store(store):
    db = store[0]
    proc = run_sitrep("events", "--db", str(db), "--country", "SY", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(l) for l in proc.stdout.decode().splitlines() if l.strip()]
    assert rows and all(r["location"]["country"] == "SY" for r in rows)
    proc = run_sitrep("events", "--db", str(db), "--actor", "islamic state", "--from", "2017-09-05", "--to", "2017-09-05")
    assert proc.returncode == 0 and "Government regains territory" in proc.stdout.decode()


def test_a_rerun_into_a_store_still_writes_every_inputs_events(store, tmp_path):
    db = store[0]
    out = tmp_path / "again.jsonl"
    proc = run_sitrep("code", str(ROOT / "examples"), "--db", str(db), "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(l) for l in out.read_text("utf-8").splitlines() if l.strip()]
    assert {r["article_id"] for r in rows} >= {"example-sudan-el-fasher", "example-mali-boulkessi"}
