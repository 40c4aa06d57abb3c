"""The interchange record of ../shared/schema/event.schema.json, with sitrep's extra fields."""
from __future__ import annotations

from sitrep.types import Event


def to_record(e: Event) -> dict:
    """The interchange record of an event: its JSON form (``Event.to_dict``), which the scorers read."""
    return e.to_dict()
