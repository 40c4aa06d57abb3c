"""The typed records passed between stages: an Article in, Events out.

Every stage reads and writes these and nothing else, so stages can be swapped or run apart.
Offsets are character offsets into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Evidence:
    """The exact span of article text backing one coded field."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    article_id: str
    text: str
    lang: str | None = None
    published: date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""  # the input it was read from, for error messages


@dataclass
class Place:
    """A resolved location: a gazetteer entry, or a point offset from one."""

    name: str
    lat: float
    lon: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    feature: str = "city"  # city | admin1 | country | relative | area
    population: int = 0
    geo_precision: int = 1  # ACLED: 1 town, 2 near a town / part of a region, 3 region only
    uncertainty_km: float | None = None
    score: float = 0.0
    reason: str = ""
    geonameid: int | None = None


@dataclass
class Toponym:
    """A place name as written in the text, with the place it was resolved to (if any)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    relative: bool = False  # an offset expression ("à 35 km au sud de X") rather than a bare name


@dataclass
class Actor:
    name: str  # normalised, ACLED naming
    inter: int | None = None  # ACLED actor type 1-8
    country: str | None = None
    text: str = ""
    start: int = -1
    end: int = -1
    partisan: bool = False  # a label like "terroristes" that stands for a group named elsewhere


@dataclass
class Event:
    article_id: str
    kind: str  # sitrep's trigger kind (e.g. "armed_clash"), mapped to ACLED/PLOVER by normalise
    trigger: Evidence
    sentence: int
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    event_date: date | None = None
    time_precision: int | None = None
    place: Place | None = None
    place_evidence: Evidence | None = None
    fatalities: int | None = None
    status: str = "reported"
    attributed_to: str | None = None
    outlet: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    event_id: str = ""
