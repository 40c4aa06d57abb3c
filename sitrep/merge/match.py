"""When two per-article events can be the same real event: date, place, type, actors and status.

Each test widens by what each report leaves open, as an ACLED coder reads it: a date known to the
week may be any day of that week, a town known only as "near X" may lie some way from X. The
tests are hard limits; ``pair_score`` then ranks the candidates that pass them.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.acled import DATED, GeoPrecision, Status, TimePrecision
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import fold, name_key, skeleton
from sitrep.types import Actor, Event

WEEK_SPREAD_DAYS = 6  # a week-precise date may be placed at the start, middle or end of its week
# how far from its point a place may lie, by ACLED geo-precision: a town, near a town or in a district, a region
PLACE_RADIUS_KM = {GeoPrecision.TOWN: 5.0, GeoPrecision.NEAR: 25.0, GeoPrecision.REGION: 100.0}
PLACE_SLACK_KM = 2.0  # two gazetteers' points for one town differ by about this much
SYMMETRIC_TYPES = ("Battles",)  # two armed sides: which one a source names first says nothing
_GENERIC = re.compile(r"^(unidentified|unknown)\b")
_BRACKETS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Facts:
    """What matching reads from one per-article event, computed once."""

    event_id: str
    article_id: str
    status: Status
    kind: str | None  # ACLED event type, or the PLOVER type of events ACLED does not code
    sub_kind: str | None
    first: date | None  # the days the event may have taken place on
    last: date | None
    lat: float | None
    lon: float | None
    radius_km: float
    country: str | None
    place_keys: frozenset[str]
    side1: frozenset[str]
    side2: frozenset[str]

    @property
    def dated(self) -> bool:
        return self.first is not None


def actor_key(name: str | None) -> str | None:
    """One key for one actor however the name was written: case, accents, and the bracketed
    period or country ACLED appends ("Islamic State (Syria)", "Military Forces of Syria (2000-)")."""
    if not name:
        return None
    key = " ".join(_BRACKETS.sub("", fold(name)).split())
    return key or None


def _side(main: Actor | None, assoc: list[Actor | None]) -> frozenset[str]:
    names = [main.name if main else None] + [a.name for a in assoc if a]
    return frozenset(k for k in map(actor_key, names) if k and not _GENERIC.match(k))


def day_window(event_date: date | None, precision: TimePrecision | None, published: date | None,
               status: Status, night: bool = False) -> tuple[date | None, date | None]:
    """The first and last day an event may have happened on, from its date and ACLED precision;
    a date told as a night ("overnight", "dans la nuit de samedi à dimanche") is coded to its first
    day, and another outlet may give the morning after. A reported event did not happen after its
    article was published."""
    if not event_date:
        return None, None
    d = event_date
    if precision == TimePrecision.MONTH:
        first, last = d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    elif precision == TimePrecision.WEEK:
        first, last = d - timedelta(days=WEEK_SPREAD_DAYS), d + timedelta(days=WEEK_SPREAD_DAYS)
    else:
        first, last = d, d + timedelta(days=1 if night else 0)
    if published and status in DATED and (night or precision in (TimePrecision.WEEK, TimePrecision.MONTH)):
        last = max(first, min(last, published))
    return first, last


def facts(e: Event) -> Facts:
    place = e.place
    first, last = day_window(e.event_date, e.time_precision, e.published, e.status,
                             night=bool((e.why or {}).get("date_spans_night")))
    if place is not None and place.uncertainty_km is not None:
        radius = float(place.uncertainty_km)
    else:
        precision = (place.geo_precision if place else None) or GeoPrecision.TOWN
        radius = PLACE_RADIUS_KM.get(precision, PLACE_RADIUS_KM[GeoPrecision.REGION])
    keys = set()
    if place is not None and place.name:
        key = name_key(place.name)
        keys = {key, skeleton(key)}
    return Facts(
        event_id=e.event_id, article_id=e.article_id, status=e.status,
        kind=e.event_type or e.plover_type, sub_kind=e.sub_event_type or e.plover_type,
        first=first, last=last, lat=place.latitude if place else None, lon=place.longitude if place else None,
        radius_km=radius, country=place.country if place else None, place_keys=frozenset(keys),
        side1=_side(e.actor1, e.assoc_actor_1), side2=_side(e.actor2, e.assoc_actor_2),
    )


def _side_agreement(a: frozenset[str], b: frozenset[str]) -> int:
    """1 when two sides share an actor, 0 when either is unnamed, -1 when they name different actors."""
    if not a or not b:
        return 0
    return 1 if a & b else -1


def actor_agreement(a: Facts, b: Facts) -> int | None:
    """Sum of both sides' agreement, or None when the two reports share no actor and name different
    ones on a side. One side in dispute is allowed when the other agrees: sources differ over who
    fired, and an ally named as the opponent is a common misreading."""
    options = [(_side_agreement(a.side1, b.side1), _side_agreement(a.side2, b.side2))]
    if a.kind in SYMMETRIC_TYPES:
        options.append((_side_agreement(a.side1, b.side2), _side_agreement(a.side2, b.side1)))
    good = [sum(o) for o in options if min(o) >= 0 or max(o) > 0]
    return max(good) if good else None


def place_distance(a: Facts, b: Facts) -> float | None:
    if a.lat is None or b.lat is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def same_place(a: Facts, b: Facts) -> bool | None:
    """True within both reports' uncertainty, or for one name however spelt in one country; None
    when a report gives no place."""
    d = place_distance(a, b)
    if d is None:
        return None
    if d <= a.radius_km + b.radius_km + PLACE_SLACK_KM:
        return True
    return bool(a.place_keys & b.place_keys) and a.country == b.country


def statuses_compatible(a: Facts, b: Facts) -> bool:
    """Reports of news merge with each other; a plan, a hypothesis, a denial or background only with
    the same status, and only when both are dated."""
    if a.status in DATED and b.status in DATED:
        return True
    return a.status == b.status


def compatible(a: Facts, b: Facts) -> bool:
    """Whether two events of different articles may be one real event (all hard limits)."""
    if a.article_id == b.article_id or not a.dated or not b.dated:
        return False
    if not statuses_compatible(a, b) or a.kind is None or a.kind != b.kind:
        return False
    if a.last < b.first or b.last < a.first:
        return False
    if actor_agreement(a, b) is None:
        return False
    place = same_place(a, b)
    if place is None:  # no place on one side: only a report that names both sides the same way
        return actor_agreement(a, b) == 2
    return place


def pair_score(a: Facts, b: Facts) -> float:
    """How alike two compatible events are, to merge the likeliest pairs first."""
    score = 1.0 + 0.5 * (actor_agreement(a, b) or 0)
    if a.sub_kind == b.sub_kind:
        score += 0.5
    if a.first == a.last == b.first == b.last:
        score += 1.0
    d = place_distance(a, b)
    if d is not None:
        score += 1.0 - min(1.0, d / (a.radius_km + b.radius_km + PLACE_SLACK_KM))
    if a.place_keys & b.place_keys:
        score += 0.25
    return score
