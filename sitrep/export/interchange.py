"""The interchange record of ../shared/schema/event.schema.json, with sitrep's extra fields."""
from __future__ import annotations

from sitrep.types import Actor, Event


def _actor(a: Actor | None) -> dict | None:
    if a is None:
        return None
    return {"name": a.name, "text": a.text, "inter": a.inter}


def to_record(e: Event) -> dict:
    loc = None
    if e.place is not None:
        p = e.place
        loc = {"name": p.name, "country": p.country, "admin1": p.admin1, "latitude": round(p.lat, 5),
               "longitude": round(p.lon, 5), "geo_precision": p.geo_precision, "uncertainty_km": p.uncertainty_km}
    return {
        "article_id": e.article_id,
        "event_id": e.event_id,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover_type": e.plover_type,
        "plover_mode": e.plover_mode,
        "actor1": _actor(e.actor1),
        "assoc_actor_1": [_actor(a) for a in e.assoc_actor_1],
        "actor2": _actor(e.actor2),
        "assoc_actor_2": [_actor(a) for a in e.assoc_actor_2],
        "event_date": e.event_date.isoformat() if e.event_date else None,
        "time_precision": e.time_precision,
        "location": loc,
        "fatalities": e.fatalities,
        "status": e.status,
        "source": {"outlet": e.outlet, "attributed_to": e.attributed_to},
        "evidence": [{"field": ev.field, "start": ev.start, "end": ev.end, "text": ev.text} for ev in e.evidence],
        "confidence": e.confidence,
    }
