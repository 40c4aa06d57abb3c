"""ACLED's 31 columns of an event (ACLED Codebook 2024), shared by the CSV, GeoJSON and Parquet
exports, and the rule for which events an ACLED file holds.

Values follow ACLED's conventions where the codebook has one: ``inter2`` is 0 for an event with no
second actor, ``interaction`` the two-digit code (17, 60), ``fatalities`` 0 when none is reported,
``timestamp`` the Unix time the row last changed (here: when its last source was coded). What the
data cannot tell stays None (blank in the CSV).
"""
from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import pycountry

from sitrep.acled import DATED, GeoPrecision, Inter, TimePrecision, disorder_type, interaction
from sitrep.export.places import admin_units, region
from sitrep.export.provenance import Provenance, last_coded
from sitrep.geo.build import read_tsv
from sitrep.geo.normalise import name_key
from sitrep.normalise.countries import country_name
from sitrep.types import Actor, Event, MergedEvent

DATA = Path(__file__).parent / "data"
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# sitrep's columns after ACLED's, as ACLED's own API appends optional ones: where each source is.
PROVENANCE_COLUMNS = ["source_url", "source_title", "source_language", "geonameid"]
INTEGER_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                   "fatalities", "timestamp", "geonameid")
SOURCE_SCALES = ("Local partner", "Subnational", "National", "Regional", "International", "New media", "Other")
CROWD_SIZE_UNKNOWN = "crowd size=no report"  # ACLED's tag on a demonstration whose size no source gives
JOIN = "; "  # ACLED's separator of several sources or actors in one cell

# Why an event is not a row of an ACLED file, in the order they are checked.
NOT_ACLED = "not an ACLED event type (PLOVER only)"
NOT_DATED_NEWS = "not news of a dated event (background, plan, hypothesis or denial)"
NO_DATE = "no date"
NO_ACTOR1 = "no actor1"
NO_PLACE = "no place with a point"


def left_out(e: Event) -> str | None:
    """Why ``e`` is no row of an ACLED file, or None: ACLED codes dated news of an event of one of
    its types, with an actor1 and a located place (every integer column then has a value)."""
    if not e.event_type:
        return NOT_ACLED
    if e.status not in DATED:
        return NOT_DATED_NEWS
    if not e.event_date or not e.time_precision:
        return NO_DATE
    if not e.actor1:
        return NO_ACTOR1
    if e.place is None or e.place.lat is None or e.place.lon is None or not e.place.country:
        return NO_PLACE
    return None


@functools.lru_cache(maxsize=None)
def _note_clauses() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in read_tsv(DATA / "acled_notes.tsv")}


@functools.lru_cache(maxsize=None)
def _outlet_scales() -> dict[str, str]:
    return {name_key(name): scale for names, scale in read_tsv(DATA / "outlets.tsv") for name in names.split(";")}


def source_scale(outlets: list[str]) -> str | None:
    """ACLED's source scale of the outlets that reported an event ("National-International");
    None when no outlet's reach is known."""
    known = {_outlet_scales().get(name_key(o)) for o in outlets} - {None}
    return "-".join(s for s in SOURCE_SCALES if s in known) or None


def _when(e: Event) -> str:
    day = e.event_date
    spelled = f"{day.day} {day:%B %Y}"
    if e.time_precision == TimePrecision.MONTH:
        return f"In {day:%B %Y}"
    return f"Around {spelled}" if e.time_precision == TimePrecision.WEEK else f"On {spelled}"


def notes(e: Event, admin1: str | None, admin2: str | None) -> str | None:
    """One sentence in ACLED's style, from the coded fields only: "On 5 September 2017, Military
    Forces of Syria (2000-) regained territory from Islamic State (Syria) near Deir ez-Zor
    (Deir-ez-Zor). 12 fatalities." None for an event an ACLED file leaves out."""
    if left_out(e):
        return None
    with_actor2, alone = _note_clauses().get(e.sub_event_type, ("{actor1} and {actor2}", "{actor1}"))
    clause = (with_actor2 if e.actor2 else alone).format(actor1=e.actor1.name, actor2=e.actor2.name if e.actor2 else "")
    name = e.place.name
    # a place sitrep names by its relation to another ("near Sake", "35 km S of Goma") says it itself
    where = "" if not name[:1].isupper() else "near " if e.place.geo_precision == GeoPrecision.NEAR else "in "
    units = [u for u in dict.fromkeys((admin2, admin1)) if u and u != name]
    place = name + (f" ({', '.join(units)})" if units else "")
    sentence = f"{_when(e)}, {clause} {where}{place}."
    if e.fatalities:
        sentence += f" {e.fatalities} {'fatality' if e.fatalities == 1 else 'fatalities'}."
    return sentence


def _names(actors: list[Actor | None]) -> str | None:
    return JOIN.join(a.name for a in actors if a) or None


def _outlets(e: Event, cites: list[Provenance]) -> list[str]:
    found = list(e.outlets) if isinstance(e, MergedEvent) and e.outlets else []
    return list(dict.fromkeys(found + [p.outlet for p in cites if p.outlet] + ([e.outlet] if e.outlet else [])))


def acled_values(e: Event, cites: list[Provenance], now: datetime | None = None) -> dict:
    """ACLED's 31 columns of ``e`` and sitrep's provenance columns, typed (int, float, str), None
    where the event does not say."""
    place, a1, a2 = e.place, e.actor1, e.actor2
    inter1 = int(a1.inter) if a1 and a1.inter else None
    inter2 = (int(a2.inter) if a2 and a2.inter else 0) if inter1 else None
    iso2 = place.country if place else None
    country = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    admin1, admin2 = admin_units(place)
    outlets = _outlets(e, cites)
    coded = last_coded(cites) or now or datetime.now(timezone.utc)
    pv = disorder_type(e.event_type, e.sub_event_type)
    targets_civilians = inter2 == Inter.CIVILIANS and pv is not None and pv.startswith("Political violence")
    return {
        "event_id_cnty": e.event_id, "event_date": e.event_date, "year": e.event_date.year if e.event_date else None,
        "time_precision": int(e.time_precision) if e.time_precision else None,
        "disorder_type": pv, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "actor1": a1.name if a1 else None, "assoc_actor_1": _names(e.assoc_actor_1), "inter1": inter1,
        "actor2": a2.name if a2 else None, "assoc_actor_2": _names(e.assoc_actor_2), "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if targets_civilians else None,
        "iso": int(country.numeric) if country else None, "region": region(iso2),
        "country": country_name(iso2) if iso2 else None, "admin1": admin1, "admin2": admin2, "admin3": None,
        "location": place.name if place else None, "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": int(place.geo_precision) if place and place.geo_precision else None,
        "source": JOIN.join(outlets) or None, "source_scale": source_scale(outlets),
        "notes": notes(e, admin1, admin2), "fatalities": e.fatalities or 0,
        "tags": CROWD_SIZE_UNKNOWN if e.event_type in ("Protests", "Riots") else None,
        "timestamp": int(coded.timestamp()),
        "source_url": JOIN.join(p.url or "" for p in cites) if any(p.url for p in cites) else None,
        "source_title": JOIN.join(p.title or "" for p in cites) if any(p.title for p in cites) else None,
        "source_language": JOIN.join(p.lang or "" for p in cites) if any(p.lang for p in cites) else None,
        "geonameid": place.geonameid if place else None,
    }


def csv_row(values: dict) -> dict:
    """A row of the ACLED CSV: dates as ISO text, blanks for None, and 0 for an unknown GeoNames id
    so that the column stays integer (as ACLED writes 0 for no second actor)."""
    row = {k: "" if v is None else v for k, v in values.items()}
    row["event_date"] = values["event_date"].isoformat()
    row["geonameid"] = values["geonameid"] or 0
    return row


def write_rows(rows: Iterable[dict], out) -> None:
    """The header, then each row as it comes (``sitrep code`` streams an article's rows as it finishes)."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + PROVENANCE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
