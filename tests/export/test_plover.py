"""PLOVER JSON Lines against a JSON Schema written from the PLOVER data-fields specification
(version 0.8), kept in the repository."""
from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import ROOT
from tests.export.conftest import WIRE_URL, export

SCHEMA = ROOT / "sitrep" / "export" / "data" / "plover-0.8.schema.json"  # PLOVER 0.8, written from the spec


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "0.8" in schema["title"]
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture(scope="module")
def records(store, tmp_path_factory) -> list[dict]:
    lines = export(store, "plover-json", tmp_path_factory.mktemp("plover")).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]  # JSON Lines: one record a line, nothing else


def test_every_record_validates_against_the_spec(records, validator):
    assert len(records) > 5
    for r in records:
        errors = [e.message for e in validator.iter_errors(r)]
        assert not errors, (r["id"], errors)


def test_the_schema_holds_the_spec_to_its_words(records, validator):
    """What the issue found in sitrep's old records is refused: a null date, strings for lists,
    modes of no PLOVER category."""
    record = records[0]
    assert not validator.is_valid({**record, "date": None})
    assert not validator.is_valid({**record, "event": "ASSAULT"})
    assert not validator.is_valid({**record, "event": ["ASSAULT"], "mode": ["demonstrate"]})
    assert not validator.is_valid({**record, "event": ["PROTEST"], "mode": ["firearms"]})
    assert not validator.is_valid({k: v for k, v in record.items() if k != "source"})


def test_records_use_the_specs_fields(records):
    battle = next(r for r in records if r["acled"]["sub_event_type"] == "Government regains territory")
    assert battle["event"] == ["ASSAULT"] and "sideAB" in battle["mode"] and battle["quad_code"] == 4
    assert battle["source"][0]["code"] == "SYR" and battle["source"][0]["sector"] == "MIL"
    assert battle["event_loc"]["geonameid"] == 170794 and battle["event_loc"]["country code"] == "SY"
    protest = next(r for r in records if r["event"] == ["PROTEST"])
    assert protest["mode"] == ["demo"]
    aid = next(r for r in records if r["event"] == ["AID"])
    assert "humanitarian" in aid["context"] and "mode" not in aid


def test_a_merged_event_cites_its_first_source_and_lists_every_source(records):
    beni = next(r for r in records if any(s.get("url") == WIRE_URL for s in r["sources"]))
    assert {s["publication"] for s in beni["sources"]} == {"AFP", "Radio Okapi"}
    assert beni["cite_info"] == {k: v for k, v in beni["sources"][0].items() if k != "coded_at"}
    assert beni["coded_date"] and beni["coded_time"].endswith("Z")
