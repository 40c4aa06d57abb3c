"""PLOVER records as the PLOVER data-fields specification (version 0.8) writes them, one JSON
object a line; ``data/plover-0.8.schema.json`` is that specification as a JSON Schema.

sitrep's PLOVER coding (type, mode, special context) is put in the spec's words by
``data/plover.json``. The spec's required ``date`` leaves undated events out (they are counted);
everything sitrep knows beyond the spec is in named fields of its own (``acled``, ``sources``,
``confidence``), as the spec invites.
"""
from __future__ import annotations

import functools
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pycountry

from sitrep.export.provenance import Provenance, last_coded
from sitrep.normalise.countries import country_of_state_body, iso_of_country_name
from sitrep.types import Actor, Event

DATA = Path(__file__).parent / "data"
SCHEMA = DATA / "plover-0.8.schema.json"
IN_BRACKETS = re.compile(r"\(([^()]+)\)\s*$")

NO_PLOVER_TYPE = "no PLOVER event type"
NO_DATE = "no date (PLOVER requires one)"
NO_SOURCE = "no source actor (PLOVER requires one)"


@functools.lru_cache(maxsize=None)
def spec() -> dict:
    """sitrep's words -> the spec's (``data/plover.json``)."""
    return json.loads((DATA / "plover.json").read_text(encoding="utf-8"))


def left_out(e: Event) -> str | None:
    """Why ``e`` is no PLOVER record: the spec requires an event category, a date and a source."""
    if not e.plover_type:
        return NO_PLOVER_TYPE
    if not e.event_date:
        return NO_DATE
    if not e.actor1 and not e.assoc_actor_1:
        return NO_SOURCE
    return None


def _country(name: str) -> str | None:
    """The ISO2 country an ACLED actor name carries: "Military Forces of Mali (2021-)",
    "Civilians (Mali)"; None for a group of no one country."""
    found = country_of_state_body(name)
    if found:
        return found
    m = IN_BRACKETS.search(name)
    return iso_of_country_name(m.group(1)) if m else None


def _alpha3(iso2: str | None) -> str | None:
    c = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    return c.alpha_3 if c else None


def _sector(a: Actor) -> str | None:
    for prefix, sector in spec()["sector_by_name"].items():
        if a.name.startswith(prefix):
            return sector
    return spec()["sector"].get(str(int(a.inter))) if a.inter else None


def actor_object(a: Actor) -> dict:
    """The spec's actor object (code, sector, actor_text) with sitrep's ACLED name and type."""
    out = {"code": _alpha3(_country(a.name)), "sector": _sector(a), "actor_text": a.text or None,
           "acled_name": a.name, "acled_inter": int(a.inter) if a.inter else None}
    return {k: v for k, v in out.items() if v is not None}


def _event_loc(e: Event) -> dict | None:
    place = e.place
    if place is None or place.lat is None or place.lon is None:
        return None
    out = {"geonameid": place.geonameid, "name": place.name, "latitude": place.latitude,
           "longitude": place.longitude, "country code": place.country, "cc3": _alpha3(place.country),
           "admin1": place.admin1, "geo_precision": int(place.geo_precision) if place.geo_precision else None,
           "uncertainty_km": place.uncertainty_km}
    return {k: v for k, v in out.items() if v is not None}


def _mode_and_context(e: Event) -> tuple[list[str], list[str]]:
    s = spec()
    mode = s["mode_by_sub_event"].get(e.sub_event_type or "") or s["mode"].get(e.plover_mode, e.plover_mode)
    modes = [mode] if mode else []
    if e.event_type in s["side_ab"] and e.actor2:
        modes.append("sideAB")
    context = [s["context_of_mode"][e.plover_mode]] if e.plover_mode in s["context_of_mode"] else []
    if e.status in s["special_context"]:
        context.append(s["special_context"][e.status])
    return modes, context


def _cite_info(p: Provenance, coder: str) -> dict:
    out = {"citation": p.article_id, "url": p.url, "title": p.title, "language": p.lang, "publication": p.outlet,
           "coder": coder, "codebook": spec()["codebook"]}
    return {k: v for k, v in out.items() if v}


def plover_record(e: Event, cites: list[Provenance], now: datetime | None = None) -> dict:
    """One event as a PLOVER record. ``cite_info`` cites the first source; every source is in
    ``sources``. Call only for an event ``left_out`` keeps."""
    from sitrep import __version__

    coder = f"sitrep {__version__}"
    event = spec()["event"].get(e.plover_type, e.plover_type)
    modes, context = _mode_and_context(e)
    coded = last_coded(cites) or now or datetime.now(timezone.utc)
    record = {
        "id": e.event_id,
        "date": e.event_date.isoformat(),
        "source": [actor_object(a) for a in [e.actor1, *e.assoc_actor_1] if a],
        "recipient": [actor_object(a) for a in [e.actor2, *e.assoc_actor_2] if a],
        "event": [event],
        "mode": modes,
        "context": context,
        "quad_code": spec()["quad_code"].get(event),
        "event_scale": spec()["event_scale"].get(event),
        "event_loc": _event_loc(e),
        "event_text": [ev.text for ev in e.evidence if ev.field == "sub_event_type" and ev.text],
        "dead": e.fatalities,
        "cite_info": _cite_info(cites[0], coder),
        "coder": coder,
        "coded_date": coded.date().isoformat(),
        "coded_time": coded.time().isoformat(timespec="seconds") + "Z",
        "date_precision": int(e.time_precision) if e.time_precision else None,
        "acled": {"event_type": e.event_type, "sub_event_type": e.sub_event_type},
        "attributed_to": e.attributed_to,
        "confidence": e.confidence,
        "sources": [_cite_info(p, coder) | {"coded_at": p.to_dict()["coded_at"]} for p in cites],
    }
    return {k: v for k, v in record.items() if v is not None and v != []}
