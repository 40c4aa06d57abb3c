"""Writers for the output formats of ``sitrep code`` and ``sitrep export``."""
from __future__ import annotations

import csv
import json
from typing import IO

import pycountry

from sitrep.normalise.countries import country_name

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
CIVILIANS = 7


def _names(actors) -> str:
    return "; ".join(a["name"] for a in actors or [] if a)


def acled_row(r: dict, timestamp: int = 0) -> dict:
    loc = r.get("location") or {}
    a1, a2 = r.get("actor1") or {}, r.get("actor2") or {}
    inter1, inter2 = a1.get("inter"), a2.get("inter")
    iso2 = loc.get("country")
    iso_num = ""
    if iso2:
        c = pycountry.countries.get(alpha_2=iso2)
        iso_num = int(c.numeric) if c else ""
    interaction = "".join(str(i) for i in sorted(i for i in (inter1, inter2) if i)) if inter1 else ""
    quote = next((ev["text"] for ev in r.get("evidence", []) if ev["field"] == "sub_event_type"), "")
    return {
        "event_id_cnty": r.get("event_id", ""), "event_date": r.get("event_date") or "",
        "year": (r.get("event_date") or "")[:4], "time_precision": r.get("time_precision") or "",
        "disorder_type": DISORDER.get(r.get("event_type"), ""), "event_type": r.get("event_type") or "",
        "sub_event_type": r.get("sub_event_type") or "", "actor1": a1.get("name", ""),
        "assoc_actor_1": _names(r.get("assoc_actor_1")), "inter1": inter1 or "", "actor2": a2.get("name", ""),
        "assoc_actor_2": _names(r.get("assoc_actor_2")), "inter2": inter2 or "", "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == CIVILIANS and r.get("event_type") in DISORDER
        and DISORDER[r["event_type"]] == "Political violence" else "",
        "iso": iso_num, "region": "", "country": country_name(iso2) if iso2 else "",
        "admin1": loc.get("admin1") or "", "admin2": "", "admin3": "", "location": loc.get("name", ""),
        "latitude": loc.get("latitude", ""), "longitude": loc.get("longitude", ""),
        "geo_precision": loc.get("geo_precision", ""), "source": (r.get("source") or {}).get("outlet") or "",
        "source_scale": "", "notes": f"Coded by sitrep from: \"{quote}\"" if quote else "",
        "fatalities": r.get("fatalities") or 0, "tags": "", "timestamp": timestamp,
    }


def write_jsonl(records: list[dict], out: IO[str]) -> None:
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_acled_csv(records: list[dict], out: IO[str]) -> None:
    """ACLED's columns in ACLED's order; events ACLED does not code (event_type null) are left out."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        if r.get("event_type") and r.get("status") in ("reported", "ongoing"):
            writer.writerow(acled_row(r))


def write_geojson(records: list[dict], out: IO[str]) -> None:
    """RFC 7946: [lon, lat]; an event with no place has a null geometry, never a made-up point."""
    features = []
    for r in records:
        loc = r.get("location")
        placed = loc and loc.get("latitude") is not None and loc.get("longitude") is not None
        geometry = {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]} if placed else None
        props = {k: v for k, v in r.items() if k != "location"}
        if loc:
            props["location"] = {k: v for k, v in loc.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


PLOVER_CONTEXT = {"historical": "historical", "planned": "future", "hypothetical": "hypothetical",
                  "negated": "negation"}


def plover_record(r: dict) -> dict:
    """One event in the layout of the PLOVER manual's JSON records: ``event`` and ``mode``, the
    ``source`` actor who acts and the ``recipient``, ``context`` (where PLOVER marks background,
    plans, hypotheses and denials), ``event_loc``, ``size``; sitrep adds its ACLED coding, the
    outlets and the evidence. PLOVER also codes what ACLED leaves out (aid)."""
    from sitrep import __version__

    loc = r.get("location") or {}
    trigger = next((ev for ev in r.get("evidence", []) if ev["field"] == "sub_event_type"), None)

    def actors(main, assoc):
        found = [main] + list(assoc or []) if main else list(assoc or [])
        return [{"name": a.get("name"), "text": a.get("text"), "acled_inter": a.get("inter")} for a in found if a]

    return {
        "id": r.get("merged_id") or r.get("event_id"),
        "date": r.get("event_date"),
        "date_precision": {1: "day", 2: "week", 3: "month"}.get(r.get("time_precision")),
        "event": r.get("plover_type"),
        "mode": r.get("plover_mode"),
        "context": [PLOVER_CONTEXT[r["status"]]] if r.get("status") in PLOVER_CONTEXT else [],
        "source": actors(r.get("actor1"), r.get("assoc_actor_1")),
        "recipient": actors(r.get("actor2"), r.get("assoc_actor_2")),
        "event_loc": {"name": loc.get("name"), "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
                      "country code": loc.get("country"), "admin1 code": loc.get("admin1"),
                      "geo_precision": loc.get("geo_precision"), "uncertainty_km": loc.get("uncertainty_km")}
        if loc else None,
        "size": {"dead": r.get("fatalities")},
        "event_text": trigger.get("text") if trigger else None,
        "acled": {"event_type": r.get("event_type"), "sub_event_type": r.get("sub_event_type")},
        "outlet": (r.get("source") or {}).get("outlet"),
        "attributed_to": (r.get("source") or {}).get("attributed_to"),
        "articles": [s if isinstance(s, str) else s.get("article_id") for s in r.get("sources") or [r.get("article_id")]],
        "coder": f"sitrep {__version__}",
        "confidence": r.get("confidence"),
    }


def write_plover_json(records: list[dict], out: IO[str]) -> None:
    """A JSON array of PLOVER records, for the events PLOVER codes (all with a PLOVER type)."""
    json.dump([plover_record(r) for r in records if r.get("plover_type")], out, ensure_ascii=False, indent=1)
    out.write("\n")


PARQUET_COLUMNS = ["event_id", "article_id", "event_date", "time_precision", "event_type", "sub_event_type",
                   "plover_type", "plover_mode", "actor1", "inter1", "actor2", "inter2", "assoc_actor_1",
                   "country", "admin1", "location", "latitude", "longitude", "geo_precision", "uncertainty_km",
                   "fatalities", "status", "outlet", "attributed_to", "confidence", "sources", "record"]


def parquet_rows(records: list[dict]) -> dict[str, list]:
    """Column lists for a Parquet table: flat, typed fields an analyst filters on, plus the record."""
    cols: dict[str, list] = {c: [] for c in PARQUET_COLUMNS}
    for r in records:
        loc = r.get("location") or {}
        a1, a2 = r.get("actor1") or {}, r.get("actor2") or {}
        values = {
            "event_id": r.get("merged_id") or r.get("event_id"), "article_id": r.get("article_id"),
            "event_date": r.get("event_date"), "time_precision": r.get("time_precision"),
            "event_type": r.get("event_type"), "sub_event_type": r.get("sub_event_type"),
            "plover_type": r.get("plover_type"), "plover_mode": r.get("plover_mode"),
            "actor1": a1.get("name"), "inter1": a1.get("inter"), "actor2": a2.get("name"), "inter2": a2.get("inter"),
            "assoc_actor_1": _names(r.get("assoc_actor_1")) or None, "country": loc.get("country"),
            "admin1": loc.get("admin1"), "location": loc.get("name"), "latitude": loc.get("latitude"),
            "longitude": loc.get("longitude"), "geo_precision": loc.get("geo_precision"),
            "uncertainty_km": loc.get("uncertainty_km"), "fatalities": r.get("fatalities"), "status": r.get("status"),
            "outlet": (r.get("source") or {}).get("outlet"), "attributed_to": (r.get("source") or {}).get("attributed_to"),
            "confidence": r.get("confidence"),
            "sources": [s if isinstance(s, str) else s.get("article_id") for s in r.get("sources") or [r.get("article_id")]],
            "record": json.dumps(r, ensure_ascii=False),
        }
        for c in PARQUET_COLUMNS:
            cols[c].append(values[c])
    return cols


def write_parquet(records: list[dict], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = parquet_rows(records)
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


def write_events(records: list[dict], out: IO[str], fmt: str) -> None:
    WRITERS[fmt](records, out)


def export_file(records: list[dict], path: str, fmt: str) -> None:
    """Write ``records`` to ``path`` in ``fmt``, text or binary."""
    if fmt in BINARY_WRITERS:
        BINARY_WRITERS[fmt](records, path)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_events(records, out, fmt)
