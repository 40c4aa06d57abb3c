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
        geometry = {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]} if loc else None
        props = {k: v for k, v in r.items() if k != "location"}
        if loc:
            props["location"] = {k: v for k, v in loc.items() if k not in ("latitude", "longitude")}
        features.append({"type": "Feature", "geometry": geometry, "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")


WRITERS = {"jsonl": write_jsonl, "csv": write_acled_csv, "geojson": write_geojson}


def write_events(records: list[dict], out: IO[str], fmt: str) -> None:
    WRITERS[fmt](records, out)
