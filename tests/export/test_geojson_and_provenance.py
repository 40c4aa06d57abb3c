"""GeoJSON read by GIS (geopandas over GDAL): flat ACLED properties, detail nested under one key;
and the provenance of every event (article URL, title, language, GeoNames id, coding time) in
every export format."""
from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

import pyarrow.parquet as pq
import pytest

from tests.export.conftest import PAGE_URL, WIRE_TITLE, WIRE_URL, export

DEIR_EZ_ZOR = 170794  # GeoNames id of the town


@pytest.fixture(scope="module")
def geojson(store, tmp_path_factory):
    return export(store, "geojson", tmp_path_factory.mktemp("geojson"))


def test_gis_reads_flat_acled_columns_and_nested_detail_under_one_key(geojson):
    import geopandas

    gdf = geopandas.read_file(geojson)
    assert {"country", "admin1", "actor1", "event_type", "sub_event_type", "fatalities", "region"} <= set(gdf.columns)
    syria = gdf[gdf["country"] == "Syria"]
    assert len(syria) and set(syria["admin1"]) == {"Deir-ez-Zor"}
    assert "Battles" in set(gdf["event_type"].dropna())
    props = json.loads(geojson.read_text("utf-8"))["features"][0]["properties"]
    nested = [k for k, v in props.items() if isinstance(v, (dict, list))]
    assert nested == ["sitrep"] and {"evidence", "provenance", "location"} <= set(props["sitrep"])


def _recent(moment: str) -> bool:
    return abs(datetime.fromisoformat(moment) - datetime.now(timezone.utc)) < timedelta(days=1)


def test_every_format_carries_the_articles_provenance(store, tmp_path):
    rows = list(csv.DictReader(export(store, "acled-csv", tmp_path).open(encoding="utf-8")))
    wire = next(r for r in rows if WIRE_URL in r["source_url"])
    assert WIRE_TITLE in wire["source_title"] and "fr" in wire["source_language"]
    assert any(int(r["geonameid"]) == DEIR_EZ_ZOR for r in rows)

    table = pq.read_table(export(store, "parquet", tmp_path)).to_pylist()
    page = next(s for r in table for s in r["sources"] if s["url"] == PAGE_URL)  # read from the page itself
    assert page["outlet"] == "Radio Okapi" and page["title"] and page["language"] == "fr"
    assert page["coded_at"] and page["coded_at"] > datetime.now(timezone.utc) - timedelta(days=1)
    assert any(r["geonameid"] == DEIR_EZ_ZOR for r in table)

    features = json.loads(export(store, "geojson", tmp_path).read_text("utf-8"))["features"]
    wire = next(f["properties"] for f in features if WIRE_URL in (f["properties"]["source_url"] or ""))
    cited = next(p for p in wire["sitrep"]["provenance"] if p["url"] == WIRE_URL)
    assert cited["title"] == WIRE_TITLE and cited["language"] == "fr" and _recent(cited["coded_at"])
    assert any(f["properties"]["geonameid"] == DEIR_EZ_ZOR for f in features)

    plover = [json.loads(l) for l in export(store, "plover-json", tmp_path).read_text("utf-8").splitlines()]
    cite = next(s for r in plover for s in r["sources"] if s.get("url") == WIRE_URL)
    assert cite["title"] == WIRE_TITLE and cite["language"] == "fr" and _recent(cite["coded_at"])

    records = [json.loads(l) for l in export(store, "jsonl", tmp_path).read_text("utf-8").splitlines()]
    cited = next(p for r in records for p in r["provenance"] if p["url"] == WIRE_URL)
    assert cited["title"] == WIRE_TITLE and _recent(cited["coded_at"])
    assert any((r["location"] or {}).get("geonameid") == DEIR_EZ_ZOR for r in records)
