"""The one Arrow schema of every Parquet file sitrep writes (``sitrep export`` and ``sitrep
batch``): ACLED's columns typed (dates as dates, codes as integers), sitrep's own fields, the
sources with their provenance and the evidence as nested lists, the interchange record as JSON,
and the place as a WKB point with GeoParquet 1.1 metadata, so that pyarrow, DuckDB, pandas and
geopandas read it as it is.
"""
from __future__ import annotations

import json
import struct
from datetime import datetime, timezone

import pyarrow as pa

from sitrep.export.acled_columns import ACLED_COLUMNS, acled_values
from sitrep.export.provenance import Provenance, Provenances, cited
from sitrep.types import Event, MergedEvent

GEOPARQUET_VERSION = "1.1.0"
# Parquet's own names and units, so that a file read back has exactly this schema: lists of
# "element", times in milliseconds (Parquet has no seconds).
_STRING_ACLED = {c: pa.string() for c in ACLED_COLUMNS}
_TYPED_ACLED = {"event_date": pa.date32(), "year": pa.int16(), "time_precision": pa.int8(), "inter1": pa.int8(),
                "inter2": pa.int8(), "interaction": pa.int16(), "iso": pa.int16(), "latitude": pa.float64(),
                "longitude": pa.float64(), "geo_precision": pa.int8(), "fatalities": pa.int32(),
                "timestamp": pa.int64()}
SOURCE = pa.struct([("article_id", pa.string()), ("event_id", pa.string()), ("outlet", pa.string()),
                    ("url", pa.string()), ("title", pa.string()), ("language", pa.string()),
                    ("published", pa.date32()), ("coded_at", pa.timestamp("ms", tz="UTC")),
                    ("fatalities", pa.int32()), ("attributed_to", pa.string())])
EVIDENCE = pa.struct([("field", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
                      ("article_id", pa.string()), ("basis", pa.string())])
SITREP_FIELDS = [
    pa.field("article_id", pa.string()), pa.field("country_code", pa.string()),
    pa.field("geonameid", pa.int64()), pa.field("uncertainty_km", pa.float64()),
    pa.field("plover_type", pa.string()), pa.field("plover_mode", pa.string()), pa.field("status", pa.string()),
    pa.field("attributed_to", pa.string()), pa.field("confidence", pa.float64()),
    pa.field("coded_at", pa.timestamp("ms", tz="UTC")),
    pa.field("sources", pa.list_(pa.field("element", SOURCE))),
    pa.field("evidence", pa.list_(pa.field("element", EVIDENCE))),
    pa.field("record", pa.string()), pa.field("geometry", pa.binary()),
]
FIELDS = [pa.field(c, _TYPED_ACLED.get(c, _STRING_ACLED[c])) for c in ACLED_COLUMNS] + SITREP_FIELDS
# pandas reads an integer column with nulls as floats unless the file says which nullable type it is.
_PANDAS = {pa.int8(): "Int8", pa.int16(): "Int16", pa.int32(): "Int32", pa.int64(): "Int64"}


def _pandas_metadata() -> bytes:
    columns = [{"name": f.name, "field_name": f.name, "pandas_type": str(f.type) if f.type in _PANDAS else "object",
                "numpy_type": _PANDAS.get(f.type, "object"), "metadata": None} for f in FIELDS if f.type in _PANDAS]
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": columns}).encode()


SCHEMA = pa.schema(FIELDS, metadata={b"pandas": _pandas_metadata()})


def wkb_point(lon: float, lat: float) -> bytes:
    """An ISO WKB point, little-endian: [lon, lat] as GeoParquet's default CRS (OGC:CRS84) has them."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _sources(e: Event, cites: list[Provenance]) -> list[dict]:
    claims = {s.article_id: s for s in e.sources} if isinstance(e, MergedEvent) else {}
    out = []
    for p in cites:
        claim = claims.get(p.article_id)
        out.append({"article_id": p.article_id, "event_id": claim.event_id if claim else e.event_id,
                    "outlet": p.outlet, "url": p.url, "title": p.title, "language": p.lang,
                    "published": p.published, "coded_at": p.coded_at,
                    "fatalities": claim.fatalities if claim else e.fatalities,
                    "attributed_to": claim.attributed_to if claim else e.attributed_to})
    return out


def row(e: Event, known: Provenances, now: datetime) -> dict:
    cites = cited(e, known)
    values = acled_values(e, cites, now)
    place = e.place
    placed = place is not None and place.lat is not None and place.lon is not None
    out = {c: values[c] for c in ACLED_COLUMNS}
    out.update({
        "article_id": e.article_id, "country_code": place.country if place else None,
        "geonameid": values["geonameid"], "uncertainty_km": place.uncertainty_km if place else None,
        "plover_type": e.plover_type, "plover_mode": e.plover_mode, "status": str(e.status),
        "attributed_to": e.attributed_to, "confidence": e.confidence,
        "coded_at": datetime.fromtimestamp(values["timestamp"], timezone.utc),
        "sources": _sources(e, cites),
        "evidence": [{"field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text,
                      "article_id": ev.article_id, "basis": ev.basis} for ev in e.evidence],
        "record": json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True),
        "geometry": wkb_point(place.longitude, place.latitude) if placed else None,
    })
    return out


def geo_metadata(rows: list[dict]) -> bytes:
    """GeoParquet 1.1's file metadata: one WKB point column in OGC:CRS84 (the default CRS, so no
    ``crs`` key), with the bounding box of its points."""
    points = [(r["longitude"], r["latitude"]) for r in rows if r["geometry"] is not None]
    column = {"encoding": "WKB", "geometry_types": ["Point"]}
    if points:
        lons, lats = zip(*points)
        column["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    return json.dumps({"version": GEOPARQUET_VERSION, "primary_column": "geometry",
                       "columns": {"geometry": column}}).encode()


def events_table(events: list[Event], known: Provenances | None = None, now: datetime | None = None) -> pa.Table:
    """``events`` as a table of ``SCHEMA``, with its GeoParquet metadata."""
    at = now or datetime.now(timezone.utc)
    rows = [row(e, known or {}, at) for e in events]
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    return table.replace_schema_metadata({**SCHEMA.metadata, b"geo": geo_metadata(rows)})


def write_parquet(events: list[Event], sink, known: Provenances | None = None) -> None:
    """Write ``events`` to ``sink`` (a path or a binary stream)."""
    import pyarrow.parquet as pq

    pq.write_table(events_table(events, known), sink)
