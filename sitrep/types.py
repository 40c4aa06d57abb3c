"""The typed records passed between stages: an Article in, Events out, MergedEvents from merging.

Extraction builds Events; merging, the store, the review app, the exports and batch runs read and
return these same records. Each record has one JSON form, ``to_dict``, read back by ``from_dict``:
for an Event it is the interchange record of ../shared/schema/event.schema.json, which the store
keeps and every export writes. Offsets are character offsets into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sitrep.acled import GeoPrecision, Inter, Status, TimePrecision

COORDINATE_DECIMALS = 5  # about a metre: no gazetteer places a town more exactly


def _iso(day: date | str | None) -> str | None:
    return day.isoformat() if isinstance(day, date) else day


def _date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else value or None


def _code(kind, value):
    """An ACLED code of a JSON record as its enum (the same int or string once written again)."""
    return None if value is None else kind(value)


def _plain(code):
    """An ACLED code as the int or string JSON has: a record shows as it is written (``'reported'``,
    not ``<Status.REPORTED: 'reported'>``)."""
    return getattr(code, "value", code)


class _Record:
    """A record also reads like its JSON form (``event["location"]["latitude"]``), so code written
    against the interchange records reads typed ones unchanged."""

    def __getitem__(self, key: str):
        return self.to_dict()[key]


@dataclass(frozen=True)
class Evidence:
    """The exact span of article text backing one coded field."""

    field: str
    start: int
    end: int
    text: str
    article_id: str | None = None  # in a merged event: the article whose text it quotes
    basis: str | None = None  # set when the field was inferred, not read: what it was inferred from

    @property
    def inferred(self) -> bool:
        """The span is what the value was inferred from ("the group the article names most"), not its statement."""
        return self.basis is not None

    def to_dict(self) -> dict:
        out = {"field": self.field, "start": self.start, "end": self.end, "text": self.text}
        if self.article_id is not None:
            out["article_id"] = self.article_id
        if self.basis is not None:
            out["inferred"], out["basis"] = True, self.basis
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Evidence":
        return cls(d["field"], d["start"], d["end"], d.get("text"), d.get("article_id"), d.get("basis"))


@dataclass
class Article(_Record):
    article_id: str
    text: str
    lang: str | None = None  # as given, until the pipeline sets the language it coded the text in
    published: date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    origin: str = ""  # the input it was read from, for error messages
    lang_confidence: float | None = None  # the identifier's, when the language was identified, not given

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "text": self.text, "lang": self.lang,
                "published": _iso(self.published), "outlet": self.outlet, "title": self.title, "url": self.url,
                "origin": self.origin, "lang_confidence": self.lang_confidence}

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        return cls(d["article_id"], d["text"], d.get("lang"), _date(d.get("published")), d.get("outlet"),
                   d.get("title"), d.get("url"), d.get("origin") or "", d.get("lang_confidence"))


@dataclass
class Place:
    """A resolved location: a gazetteer entry, or a point offset from one. An analyst may name a
    place without a point: then ``lat``, ``lon`` and ``geo_precision`` are None."""

    name: str
    lat: float | None
    lon: float | None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    feature: str = "city"  # city | admin1 | country | relative | area
    population: int = 0
    geo_precision: GeoPrecision | None = GeoPrecision.TOWN
    uncertainty_km: float | None = None
    score: float = 0.0
    reason: str = ""
    geonameid: int | None = None

    @property
    def latitude(self) -> float | None:
        """``lat`` as records write it."""
        return None if self.lat is None else round(self.lat, COORDINATE_DECIMALS)

    @property
    def longitude(self) -> float | None:
        return None if self.lon is None else round(self.lon, COORDINATE_DECIMALS)

    def to_dict(self) -> dict:
        """The ``location`` of an interchange record: what a reader needs, not how it was resolved."""
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "latitude": self.latitude,
                "longitude": self.longitude, "geo_precision": _plain(self.geo_precision),
                "uncertainty_km": self.uncertainty_km, "geonameid": self.geonameid}

    @classmethod
    def from_dict(cls, d: dict) -> "Place":
        return cls(d.get("name"), d.get("latitude"), d.get("longitude"), d.get("country"), d.get("admin1"),
                   geo_precision=_code(GeoPrecision, d.get("geo_precision")), uncertainty_km=d.get("uncertainty_km"),
                   geonameid=d.get("geonameid"))


@dataclass
class Toponym:
    """A place name as written in the text, with the place it was resolved to (if any)."""

    start: int
    end: int
    text: str
    place: Place | None = None
    relative: bool = False  # an offset expression ("à 35 km au sud de X") rather than a bare name
    qualifier: bool = False  # names the unit the place before it lies in ("Djibo, Soum": Soum)
    seat: Place | None = None  # the town a district of that name is named after ("Barmer district": Barmer)


@dataclass
class Actor:
    name: str  # normalised, ACLED naming
    inter: Inter | None = None  # ACLED actor type
    country: str | None = None
    text: str = ""
    start: int = -1
    end: int = -1
    partisan: bool = False  # a label like "terroristes" that stands for a group named elsewhere

    def to_dict(self) -> dict:
        return {"name": self.name, "text": self.text, "inter": _plain(self.inter)}

    @classmethod
    def from_dict(cls, d: dict) -> "Actor":
        return cls(d.get("name"), _code(Inter, d.get("inter")), text=d.get("text", ""))


def _actor(a: Actor | None) -> dict | None:
    return None if a is None else a.to_dict()


def _actor_of(d: dict | None) -> Actor | None:
    return Actor.from_dict(d) if d else None


@dataclass
class Event(_Record):
    """One event as an article reports it. ``kind``, ``trigger``, ``sentence`` and
    ``place_evidence`` are extraction's own and not in the interchange record; ``published`` and
    ``article_fingerprint`` are its article's, set for merging (which dates and pairs copies by them)."""

    article_id: str
    kind: str = ""  # sitrep's trigger kind (e.g. "armed_clash"), mapped to ACLED/PLOVER by normalise
    trigger: Evidence | None = None
    sentence: int = -1
    event_type: str | None = None
    sub_event_type: str | None = None
    plover_type: str | None = None
    plover_mode: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor_1: list[Actor] = field(default_factory=list)
    assoc_actor_2: list[Actor] = field(default_factory=list)
    event_date: date | None = None
    time_precision: TimePrecision | None = None
    place: Place | None = None
    place_evidence: Evidence | None = None
    fatalities: int | None = None
    status: Status = Status.REPORTED
    attributed_to: str | None = None
    outlet: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    event_id: str = ""
    published: date | None = None
    article_fingerprint: str = ""
    why: dict | None = None  # why it was coded: trigger, kind, the side and type rules that applied

    def to_dict(self) -> dict:
        """The interchange record; ``why`` only for an event coded from text (not one merged or typed in)."""
        record = {
            "article_id": self.article_id,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "actor1": _actor(self.actor1),
            "assoc_actor_1": [_actor(a) for a in self.assoc_actor_1],
            "actor2": _actor(self.actor2),
            "assoc_actor_2": [_actor(a) for a in self.assoc_actor_2],
            "event_date": _iso(self.event_date),
            "time_precision": _plain(self.time_precision),
            "location": None if self.place is None else self.place.to_dict(),
            "fatalities": self.fatalities,
            "status": _plain(self.status),
            "source": {"outlet": self.outlet, "attributed_to": self.attributed_to},
            "evidence": [ev.to_dict() for ev in self.evidence],
            "confidence": self.confidence,
        }
        if self.why is not None:
            record["why"] = self.why
        return record

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        """An interchange record (and what merging reads besides: ``published``, ``article_fingerprint``)."""
        return cls(**_event_fields(d))


def _event_fields(d: dict) -> dict:
    source = d.get("source") or {}
    return dict(
        article_id=d.get("article_id"), event_id=d.get("event_id", ""),
        event_type=d.get("event_type"), sub_event_type=d.get("sub_event_type"),
        plover_type=d.get("plover_type"), plover_mode=d.get("plover_mode"),
        actor1=_actor_of(d.get("actor1")), assoc_actor_1=[_actor_of(a) for a in d.get("assoc_actor_1") or []],
        actor2=_actor_of(d.get("actor2")), assoc_actor_2=[_actor_of(a) for a in d.get("assoc_actor_2") or []],
        event_date=_date(d.get("event_date")), time_precision=_code(TimePrecision, d.get("time_precision")),
        place=Place.from_dict(d["location"]) if d.get("location") else None,
        fatalities=d.get("fatalities"), status=Status(d.get("status") or Status.REPORTED),
        outlet=source.get("outlet"), attributed_to=source.get("attributed_to"),
        evidence=[Evidence.from_dict(ev) for ev in d.get("evidence") or []], confidence=d.get("confidence"),
        published=_date(d.get("published")), article_fingerprint=d.get("article_fingerprint") or "",
        why=d.get("why"),
    )


@dataclass
class Source:
    """One article's report of a merged event: what it claims, side by side with the others."""

    article_id: str
    event_id: str
    outlet: str | None = None
    published: date | None = None
    fatalities: int | None = None
    attributed_to: str | None = None
    event_date: date | None = None
    same_text_as: str | None = None  # the article whose text this one republishes

    def to_dict(self) -> dict:
        out = {"article_id": self.article_id, "event_id": self.event_id, "outlet": self.outlet,
               "published": _iso(self.published), "fatalities": self.fatalities,
               "attributed_to": self.attributed_to, "event_date": _iso(self.event_date)}
        if self.same_text_as is not None:
            out["same_text_as"] = self.same_text_as
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Source":
        return cls(d["article_id"], d.get("event_id"), d.get("outlet"), _date(d.get("published")),
                   d.get("fatalities"), d.get("attributed_to"), _date(d.get("event_date")), d.get("same_text_as"))


@dataclass
class MergedEvent(Event):
    """One real event: an Event coded from every report of it (``event_id`` is the merged id),
    with the reports themselves as ``sources``. Its record is an interchange record too."""

    sources: list[Source] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    source_count: int = 0  # independent texts: a republished copy is not a source of its own

    @property
    def merged_id(self) -> str:
        return self.event_id

    @property
    def members(self) -> list[str]:
        """The ids of the per-article events merged into this one."""
        return sorted(s.event_id for s in self.sources)

    @property
    def record(self) -> dict:
        """The merged event's interchange record (``to_dict``), as the merge scorer reads it."""
        return self.to_dict()

    def to_dict(self) -> dict:
        return {**super().to_dict(), "published": _iso(self.published), "merged_id": self.merged_id,
                "sources": [s.to_dict() for s in self.sources], "outlets": list(self.outlets),
                "source_count": self.source_count}

    @classmethod
    def from_dict(cls, d: dict) -> "MergedEvent":
        return cls(**_event_fields(d), sources=[Source.from_dict(s) for s in d.get("sources") or []],
                   outlets=list(d.get("outlets") or []), source_count=d.get("source_count", 0))
