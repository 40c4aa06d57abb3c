"""Writers for the output formats of ``sitrep code`` and ``sitrep export``: each reads Events
(per-article) or MergedEvents, and the JSON formats write their interchange records."""
from __future__ import annotations

import csv
import json
from typing import IO

import pycountry

from sitrep.acled import DATED, Inter, Status, TimePrecision
from sitrep.normalise.countries import country_name
from sitrep.types import Actor, Event, Evidence, MergedEvent

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


def _names(actors: list[Actor | None]) -> str:
    return "; ".join(a.name for a in actors if a)


def _trigger(e: Event) -> Evidence | None:
    """The evidence of the event's type: the words that tell what happened."""
    return next((ev for ev in e.evidence if ev.field == "sub_event_type"), None)


def _day(e: Event) -> str | None:
    return e.event_date.isoformat() if e.event_date else None


def acled_row(e: Event, timestamp: int = 0) -> dict:
    place, a1, a2 = e.place, e.actor1, e.actor2
    inter1, inter2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    iso2 = place.country if place else None
    iso_num = ""
    if iso2:
        c = pycountry.countries.get(alpha_2=iso2)
        iso_num = int(c.numeric) if c else ""
    interaction = "".join(str(i) for i in sorted(i for i in (inter1, inter2) if i)) if inter1 else ""
    trigger = _trigger(e)
    quote = trigger.text if trigger else ""
    day = _day(e) or ""
    return {
        "event_id_cnty": e.event_id, "event_date": day, "year": day[:4], "time_precision": e.time_precision or "",
        "disorder_type": DISORDER.get(e.event_type, ""), "event_type": e.event_type or "",
        "sub_event_type": e.sub_event_type or "", "actor1": a1.name if a1 else "",
        "assoc_actor_1": _names(e.assoc_actor_1), "inter1": inter1 or "", "actor2": a2.name if a2 else "",
        "assoc_actor_2": _names(e.assoc_actor_2), "inter2": inter2 or "", "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == Inter.CIVILIANS and e.event_type in DISORDER
        and DISORDER[e.event_type] == "Political violence" else "",
        "iso": iso_num, "region": "", "country": country_name(iso2) if iso2 else "",
        "admin1": (place.admin1 if place else None) or "", "admin2": "", "admin3": "",
        "location": place.name if place else "", "latitude": place.latitude if place else "",
        "longitude": place.longitude if place else "", "geo_precision": place.geo_precision if place else "",
        "source": e.outlet or "", "source_scale": "", "notes": f"Coded by sitrep from: \"{quote}\"" if quote else "",
        "fatalities": e.fatalities or 0, "tags": "", "timestamp": timestamp,
    }


def write_jsonl(events: list[Event], out: IO[str]) -> None:
    for e in events:
        out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")


def write_acled_csv(events: list[Event], out: IO[str]) -> None:
    """ACLED's columns in ACLED's order; events ACLED does not code (event_type null) are left out,
    and so are those that are not news of a dated event."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        if e.event_type and e.status in DATED:
            writer.writerow(acled_row(e))


def write_geojson(events: list[Event], out: IO[str]) -> None:
    """RFC 7946: [lon, lat]; an event with no place has a null geometry, never a made-up point.
    The properties are the event's record."""
    features = []
    for e in events:
        place = e.place
        placed = place is not None and place.lat is not None and place.lon is not None
        geometry = {"type": "Point", "coordinates": [place.longitude, place.latitude]} if placed else None
        props = e.to_dict()
        location = props.pop("location")
        if location:
            props["location"] = {k: v for k, v in location.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


PLOVER_CONTEXT = {Status.HISTORICAL: "historical", Status.PLANNED: "future", Status.HYPOTHETICAL: "hypothetical",
                  Status.NEGATED: "negation"}


def _articles(e: Event) -> list[str]:
    """The articles an event was coded from: its sources' if merged."""
    if isinstance(e, MergedEvent) and e.sources:
        return [s.article_id for s in e.sources]
    return [e.article_id]


def plover_record(e: Event) -> dict:
    """One event in the layout of the PLOVER manual's JSON records: ``event`` and ``mode``, the
    ``source`` actor who acts and the ``recipient``, ``context`` (where PLOVER marks background,
    plans, hypotheses and denials), ``event_loc``, ``size``; sitrep adds its ACLED coding, the
    outlets and the evidence. PLOVER also codes what ACLED leaves out (aid)."""
    from sitrep import __version__

    place = e.place
    trigger = _trigger(e)

    def actors(main: Actor | None, assoc: list[Actor | None]) -> list[dict]:
        found = [main] + list(assoc) if main else list(assoc)
        return [{"name": a.name, "text": a.text, "acled_inter": a.inter} for a in found if a]

    return {
        "id": e.event_id,
        "date": _day(e),
        "date_precision": TimePrecision(e.time_precision).name.lower() if e.time_precision else None,
        "event": e.plover_type,
        "mode": e.plover_mode,
        "context": [PLOVER_CONTEXT[e.status]] if e.status in PLOVER_CONTEXT else [],
        "source": actors(e.actor1, e.assoc_actor_1),
        "recipient": actors(e.actor2, e.assoc_actor_2),
        "event_loc": {"name": place.name, "latitude": place.latitude, "longitude": place.longitude,
                      "country code": place.country, "admin1 code": place.admin1,
                      "geo_precision": place.geo_precision, "uncertainty_km": place.uncertainty_km}
        if place else None,
        "size": {"dead": e.fatalities},
        "event_text": trigger.text if trigger else None,
        "acled": {"event_type": e.event_type, "sub_event_type": e.sub_event_type},
        "outlet": e.outlet,
        "attributed_to": e.attributed_to,
        "articles": _articles(e),
        "coder": f"sitrep {__version__}",
        "confidence": e.confidence,
    }


def write_plover_json(events: list[Event], out: IO[str]) -> None:
    """A JSON array of PLOVER records, for the events PLOVER codes (all with a PLOVER type)."""
    json.dump([plover_record(e) for e in events if e.plover_type], out, ensure_ascii=False, indent=1)
    out.write("\n")


PARQUET_COLUMNS = ["event_id", "article_id", "event_date", "time_precision", "event_type", "sub_event_type",
                   "plover_type", "plover_mode", "actor1", "inter1", "actor2", "inter2", "assoc_actor_1",
                   "country", "admin1", "location", "latitude", "longitude", "geo_precision", "uncertainty_km",
                   "fatalities", "status", "outlet", "attributed_to", "confidence", "sources", "record"]


def parquet_rows(events: list[Event]) -> dict[str, list]:
    """Column lists for a Parquet table: flat, typed fields an analyst filters on, plus the record."""
    cols: dict[str, list] = {c: [] for c in PARQUET_COLUMNS}
    for e in events:
        place, a1, a2 = e.place, e.actor1, e.actor2
        values = {
            "event_id": e.event_id, "article_id": e.article_id,
            "event_date": _day(e), "time_precision": e.time_precision,
            "event_type": e.event_type, "sub_event_type": e.sub_event_type,
            "plover_type": e.plover_type, "plover_mode": e.plover_mode,
            "actor1": a1.name if a1 else None, "inter1": a1.inter if a1 else None,
            "actor2": a2.name if a2 else None, "inter2": a2.inter if a2 else None,
            "assoc_actor_1": _names(e.assoc_actor_1) or None, "country": place.country if place else None,
            "admin1": place.admin1 if place else None, "location": place.name if place else None,
            "latitude": place.latitude if place else None, "longitude": place.longitude if place else None,
            "geo_precision": place.geo_precision if place else None,
            "uncertainty_km": place.uncertainty_km if place else None, "fatalities": e.fatalities,
            "status": e.status, "outlet": e.outlet, "attributed_to": e.attributed_to, "confidence": e.confidence,
            "sources": _articles(e), "record": json.dumps(e.to_dict(), ensure_ascii=False),
        }
        for c in PARQUET_COLUMNS:
            cols[c].append(values[c])
    return cols


def write_parquet(events: list[Event], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = parquet_rows(events)
    schema = pa.schema([
        ("event_id", pa.string()), ("article_id", pa.string()), ("event_date", pa.string()),
        ("time_precision", pa.int8()), ("event_type", pa.string()), ("sub_event_type", pa.string()),
        ("plover_type", pa.string()), ("plover_mode", pa.string()), ("actor1", pa.string()), ("inter1", pa.int8()),
        ("actor2", pa.string()), ("inter2", pa.int8()), ("assoc_actor_1", pa.string()), ("country", pa.string()),
        ("admin1", pa.string()), ("location", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
        ("geo_precision", pa.int8()), ("uncertainty_km", pa.float64()), ("fatalities", pa.int32()),
        ("status", pa.string()), ("outlet", pa.string()), ("attributed_to", pa.string()),
        ("confidence", pa.float64()), ("sources", pa.list_(pa.string())), ("record", pa.string()),
    ])
    pq.write_table(pa.table(cols, schema=schema), path)


WRITERS = {"jsonl": write_jsonl, "csv": write_acled_csv, "acled-csv": write_acled_csv, "geojson": write_geojson,
           "plover-json": write_plover_json}
BINARY_WRITERS = {"parquet": write_parquet}


def write_events(events: list[Event], out: IO[str], fmt: str) -> None:
    WRITERS[fmt](events, out)


def export_file(events: list[Event], path: str, fmt: str) -> None:
    """Write ``events`` to ``path`` in ``fmt``, text or binary."""
    if fmt in BINARY_WRITERS:
        BINARY_WRITERS[fmt](events, path)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_events(events, out, fmt)
