"""Parquet as analysts read it: pyarrow (one typed schema), DuckDB (dates compare with DATE; no
extension is installed at run time) and geopandas (GeoParquet 1.1 points)."""
from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep.export.parquet import SCHEMA
from tests.export.conftest import WIRE_URL, export


@pytest.fixture(scope="module")
def parquet(store, tmp_path_factory):
    return export(store, "parquet", tmp_path_factory.mktemp("parquet"))


def test_pyarrow_reads_one_typed_schema_with_nested_sources_and_evidence(parquet):
    table = pq.read_table(parquet)
    assert table.schema.remove_metadata() == SCHEMA.remove_metadata()
    assert table.schema.field("event_date").type == pa.date32()
    for column in ("inter1", "inter2", "time_precision", "geo_precision"):
        assert pa.types.is_integer(table.schema.field(column).type)
    rows = table.to_pylist()
    wire = next(r for r in rows if any(s["url"] == WIRE_URL for s in r["sources"]))
    assert {s["outlet"] for s in wire["sources"]} == {"AFP", "Radio Okapi"} and wire["source"] == "AFP; Radio Okapi"
    seed = next(r for r in rows if r["sub_event_type"] == "Government regains territory")
    assert seed["evidence"] and {"field", "start", "end", "text"} <= set(seed["evidence"][0])
    assert json.loads(seed["record"])["event_id"] == seed["event_id_cnty"]


def test_geoparquet_metadata_is_version_1_1_with_a_wkb_point_column(parquet):
    geo = json.loads(pq.read_schema(parquet).metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"
    assert geo["columns"]["geometry"]["geometry_types"] == ["Point"]


def test_duckdb_compares_event_dates_with_dates(parquet):
    import duckdb

    con = duckdb.connect()
    con.execute("SET autoinstall_known_extensions = false")
    (count,), = con.execute("SELECT count(*) FROM read_parquet(?) WHERE event_date BETWEEN DATE '2017-09-01' "
                            "AND DATE '2017-09-30'", [str(parquet)]).fetchall()
    assert count >= 2
    (year,), = con.execute("SELECT max(year) FROM read_parquet(?) WHERE event_date < DATE '2018-01-01'",
                           [str(parquet)]).fetchall()
    assert year == 2017


def test_geopandas_reads_points_and_pandas_keeps_codes_integer(parquet):
    import geopandas

    gdf = geopandas.read_parquet(parquet)
    assert gdf.crs is not None and gdf.crs.to_epsg() in (4326, None) and "CRS84" in gdf.crs.to_string()
    seed = gdf[gdf["sub_event_type"] == "Government regains territory"].iloc[0]
    assert abs(seed.geometry.x - 40.1) < 0.5 and abs(seed.geometry.y - 35.3) < 0.5  # Deir ez-Zor, x = lon
    assert gdf.geometry.isna().sum() == gdf["latitude"].isna().sum()
    for column in ("year", "inter1", "inter2", "fatalities", "geonameid"):
        assert str(gdf[column].dtype).startswith("Int"), (column, gdf[column].dtype)
