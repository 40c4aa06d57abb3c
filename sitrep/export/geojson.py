"""GeoJSON (RFC 7946) for GIS: each event a Feature at [lon, lat] (null geometry for an event with
no point, never a made-up one), whose properties are ACLED's columns and sitrep's provenance
columns, flat, to style and filter on; the full record, its sources and their provenance are
nested under the one key ``sitrep``."""
from __future__ import annotations

import json
from datetime import datetime
from typing import IO

from sitrep.export.acled_columns import acled_values
from sitrep.export.provenance import Provenances, cited
from sitrep.types import Event

NESTED = "sitrep"


def feature(e: Event, known: Provenances, now: datetime) -> dict:
    place = e.place
    placed = place is not None and place.lat is not None and place.lon is not None
    cites = cited(e, known)
    props = acled_values(e, cites, now)
    props["event_date"] = e.event_date.isoformat() if e.event_date else None
    props[NESTED] = {**e.to_dict(), "provenance": [p.to_dict() for p in cites]}
    geometry = {"type": "Point", "coordinates": [place.longitude, place.latitude]} if placed else None
    return {"type": "Feature", "id": e.event_id, "geometry": geometry, "properties": props}


def write_geojson(events: list[Event], out: IO[str], known: Provenances, now: datetime) -> None:
    features = [feature(e, known, now) for e in events]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
