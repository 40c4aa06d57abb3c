"""The review app's view of the store: tokens, and accepting, correcting or rejecting an event
with its history.

Tokens live in the store's database: only the SHA-256 of a token is kept. A token is 32 random
bytes, so a plain hash is enough; a slow password hash would only slow every request. A correction
rewrites the store's record of the event, so exports carry it, and logs one change per field, the
history. Every read and write goes through the store's methods; this module holds what a review
means (which fields an analyst may correct and how), not how it is stored.
"""
from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
import secrets
from copy import deepcopy
from dataclasses import replace
from datetime import date
from pathlib import Path

from sitrep.acled import GeoPrecision
from sitrep.errors import SitrepError
from sitrep.store import Store
from sitrep.store.filters import Filters
from sitrep.types import Actor, Event, Place

TOKEN_NAME = re.compile(r"^[\w.-]{1,64}$")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _existing(db: str | Path) -> Store:
    """The store at ``db``; unlike ``sitrep code --db``, the review app never creates or migrates one."""
    return Store.open(db, create=False)


def _checked_name(name: str | None) -> str:
    if not name or not TOKEN_NAME.match(name):
        raise SitrepError("E043", "--name", name=name or "")
    return name


class Tokens:
    """Named write tokens for the review app; the token itself is shown once and never stored."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, db: str | Path) -> "Tokens":
        return cls(_existing(db))

    def create(self, name: str | None) -> str:
        name = _checked_name(name)
        token = "srt_" + secrets.token_urlsafe(32)
        self.store.add_token(_hash(token), name)
        return token

    def name(self, token: str) -> str | None:
        """Who holds ``token``, or None if it is unknown or revoked."""
        return self.store.token_holder(_hash(token))

    def revoke(self, name: str | None) -> int:
        return self.store.revoke_tokens(_checked_name(name))

    def list(self) -> list[dict]:
        return self.store.tokens()


REVIEW_STATES = ("unreviewed", "accepted", "rejected")
EDITABLE = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "fatalities", "location")
# Bounds of what an analyst may type: no single event of ACLED's comes near this toll, and the
# Parquet export keeps fatalities as int32; names longer than this are text pasted by mistake.
MAX_FATALITIES = 100_000
MAX_NAME = 200
FIRST_DAY = date(1900, 1, 1)  # no conflict news sitrep codes reports an earlier event
PAGE = 500  # events a list read returns unless asked for fewer (at most MAX_PAGE)
MAX_PAGE = 1000
DISAGREEMENT_FIELDS = ("fatalities", "actor1", "actor2", "attributed_to", "event_date", "sub_event_type", "location")


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _iso(day) -> str | None:
    return day.isoformat() if day else None


# The row the page lists and maps, flat and small: name -> path in the event's record.
SUMMARY = {"event_id": "event_id", "article_id": "article_id", "event_type": "event_type",
           "sub_event_type": "sub_event_type", "plover_type": "plover_type", "actor1": "actor1.name",
           "actor2": "actor2.name", "event_date": "event_date", "location_name": "location.name",
           "country": "location.country", "latitude": "location.latitude", "longitude": "location.longitude",
           "fatalities": "fatalities", "status": "status", "confidence": "confidence"}
# The row of a merged event in its list: the same fields, and how many reports it merges.
MERGED_SUMMARY = {"merged_id": "merged_id", **{k: v for k, v in SUMMARY.items() if k not in ("event_id", "article_id")},
                  "source_count": "source_count", "outlets": "outlets"}


def cursor(kind: str, position: int | str) -> str:
    """An opaque cursor: where the next page of the list ``kind`` starts."""
    return base64.urlsafe_b64encode(f"{kind}:{position}".encode()).decode().rstrip("=")


def position(kind: str, value: str, option: str) -> str:
    """The position a cursor of the list ``kind`` holds, or E068 naming ``option``."""
    try:
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    found, _, at = text.partition(":")
    if found != kind or not at:
        raise SitrepError("E068", option, value=value)
    return at


def events_position(value: str, option: str) -> int:
    """Where a page of events starts: a cursor, or the plain number the API gave before cursors."""
    at = value if value.isdigit() else position("events", value, option)
    if not at.isdigit():
        raise SitrepError("E068", option, value=value)
    return int(at)


def claim(event: Event, field: str):
    """One source's claim for ``field``, as the text a reviewer compares."""
    if field in ("actor1", "actor2"):
        return _name(getattr(event, field))
    if field == "location":
        return event.place.name if event.place else None
    if field == "event_date":
        return _iso(event.event_date)
    return getattr(event, field)


def disagreements(members: list[Event]) -> dict[str, dict[str, object]]:
    """Fields on which the sources of a merged event differ: field -> event_id -> claim."""
    out = {}
    for field in DISAGREEMENT_FIELDS:
        claims = {m.event_id: claim(m, field) for m in members}
        if len({repr(v) for v in claims.values() if v is not None}) > 1:
            out[field] = claims
    return out


def corrected(event: Event, edits: dict) -> tuple[Event, list[tuple[str, object, object]]]:
    """``event`` with an analyst's ``edits`` applied, and the (field, old, new) of each real change,
    as their values in the record.

    A type must be one of ACLED's, and a sub-event type one of its type's (a sub-event type given
    alone brings its type); an actor typed by hand keeps no evidence span (the analyst is the
    source); a point moved on the map takes the country and admin1 of where it now lies."""
    from sitrep.normalise.taxonomy import event_type_of, taxonomy

    new = deepcopy(event)
    acled = taxonomy()["acled"]
    if "event_type" in edits and edits["event_type"] is not None and edits["event_type"] not in acled:
        raise SitrepError("E041", event.event_id, reason=f"{edits['event_type']!r} is not an ACLED event type")
    if edits.get("sub_event_type") is not None:
        if event_type_of(edits["sub_event_type"]) is None:
            raise SitrepError("E041", event.event_id,
                              reason=f"{edits['sub_event_type']!r} is not an ACLED sub-event type")
        edits = {"event_type": event_type_of(edits["sub_event_type"]), **edits}
    for field in ("event_type", "sub_event_type", "fatalities", "event_date"):
        if field in edits:
            setattr(new, field, edits[field])
    parent = event_type_of(new.sub_event_type)
    if {"event_type", "sub_event_type"} & edits.keys() and new.sub_event_type is not None and parent != new.event_type:
        raise SitrepError("E041", event.event_id,
                          reason=f"{new.sub_event_type!r} belongs to {parent!r}, not {new.event_type!r}")
    for field in ("actor1", "actor2"):
        if field in edits and edits[field] != _name(getattr(event, field)):
            setattr(new, field, Actor(name=edits[field]) if edits[field] else None)
    if any(k in edits for k in ("location_name", "latitude", "longitude")):
        new.place = _moved(event, edits)
    old_record, new_record = event.to_dict(), new.to_dict()
    changes = []
    for field in EDITABLE:
        if new_record[field] != old_record[field]:
            changes.append((field, old_record[field], new_record[field]))
    return new, changes


def _moved(event: Event, edits: dict) -> Place | None:
    """The event's place renamed or moved by ``edits``. A point picked on the map is exact as far as
    the analyst knows, and lies in the country and admin1 of the town nearest it (none at sea)."""
    place = event.place or Place(name=None, lat=None, lon=None, geo_precision=None)
    lat, lon = edits.get("latitude", place.latitude), edits.get("longitude", place.longitude)
    if (lat is None) != (lon is None):
        raise SitrepError("E041", event.event_id, reason="a place needs both latitude and longitude")
    changed = {"name": edits.get("location_name", place.name), "lat": lat, "lon": lon}
    if (lat, lon) != (place.latitude, place.longitude):
        changed.update(geo_precision=GeoPrecision.TOWN, uncertainty_km=None)
        if lat is not None:
            town = _gazetteer().nearest(lat, lon)
            changed.update(country=town.country if town else None, admin1=town.admin1 if town else None)
    place = replace(place, **changed)
    return place if lat is not None or place.name else None


@functools.lru_cache(maxsize=1)
def _gazetteer():
    """Loaded by the first point an analyst moves (under a second from the index `sitrep prepare`
    builds), not when the app starts: most sessions move none, and it takes some 130 MB."""
    from sitrep.geo.gazetteer import Gazetteer

    return Gazetteer.load()


def _next(kind: str, rows: list[dict], limit: int) -> str | None:
    """The cursor after the page of ``rows[:limit]`` (rows holds one more if there is a next page);
    each row's own position (``at``) is dropped."""
    after = cursor(kind, rows[limit - 1]["at"]) if len(rows) > limit else None
    for row in rows:
        del row["at"]
    return after


class Review:
    """The store as the review app sees it: events with their review state, corrections with
    their history. A correction rewrites the event's stored record (what filters and exports
    read) and logs each field in the store's change log."""

    def __init__(self, store: Store):
        self.store = store
        self.tokens = Tokens(store)

    @classmethod
    def open(cls, db: str | Path) -> "Review":
        return cls(_existing(db))

    def token_name(self, token: str) -> str | None:
        return self.tokens.name(token)

    # ---- reads: each an index lookup or one page, whatever the store's size ----

    def record(self, event_id: str) -> Event | None:
        return self.store.event(event_id)

    def events(self, filters: Filters = Filters(), review: str | None = None, after: int | None = None,
               limit: int = PAGE) -> dict:
        """One page of summary rows (SUMMARY, review, edited, merged_id), and the cursor of the next
        page (None after the last)."""
        rows = self.store.review_page(SUMMARY, review=review, after=after, limit=limit + 1, **filters.to_store())
        return {"events": rows[:limit], "next": _next("events", rows, limit)}

    def merged_events(self, filters: Filters = Filters(), after: str | None = None, limit: int = PAGE) -> dict:
        """One page of merged events' summary rows (MERGED_SUMMARY), and the cursor of the next page."""
        rows = self.store.merged_page(MERGED_SUMMARY, after=after, limit=limit + 1, **filters.to_store())
        for row in rows:
            row["outlets"] = json.loads(row["outlets"]) if row["outlets"] else []
        return {"merged": rows[:limit], "next": _next("merged", rows, limit)}

    def merged_detail(self, merged_id: str) -> dict | None:
        """A merged event's record (with its sources), each source as the event view lists it, and
        where the sources disagree."""
        merged = self.store.merged_event(merged_id)
        if merged is None:
            return None
        members = [m for m in map(self.record, self.store.members_of(merged_id)) if m]
        return {"merged": merged.to_dict(), "members": [self._source(m) for m in members],
                "disagreements": disagreements(members)}

    def facets(self) -> dict:
        from sitrep.normalise.taxonomy import taxonomy

        return {**self.store.facets(), "taxonomy": taxonomy()["acled"]}

    def fresh_merges(self) -> None:
        """Merged events made from what the store holds now, as ``sitrep export`` remerges first."""
        self.store.remerge_if_stale()

    def _source(self, event: Event) -> dict:
        article = self.store.article(event.article_id)
        return {"event_id": event.event_id, "article_id": event.article_id,
                "outlet": event.outlet or (article.outlet if article else None),
                "published": _iso(article.published) if article else None, "event_date": _iso(event.event_date),
                "fatalities": event.fatalities, "actor1": _name(event.actor1), "actor2": _name(event.actor2),
                "attributed_to": event.attributed_to}

    def detail(self, event_id: str) -> dict | None:
        """Everything the event view shows: the record, its article, its merged event's sources
        and where they disagree, its review state and history."""
        event = self.record(event_id)
        if event is None:
            return None
        article = self.store.article(event.article_id)
        article = article.to_dict() if article else {}
        merged_id = self.store.merged_of(event_id)
        merged = None
        if merged_id:
            members = [m for m in map(self.record, self.store.members_of(merged_id)) if m]
            merged = {"merged_id": merged_id, "members": [self._source(m) for m in members],
                      "disagreements": disagreements(members)}
        shown = ("article_id", "text", "title", "outlet", "published", "url", "lang")
        review, edited = self.store.review_state(event_id)
        return {"event": event.to_dict(), "article": {k: article.get(k) for k in shown},
                "review": review, "edited": edited, "merged": merged, "history": self.history(event_id)}

    def history(self, event_id: str) -> list[dict]:
        return self.store.history(event_id)

    def changes(self, limit: int) -> list[dict]:
        return self.store.changes(limit)

    # ---- writes ----

    def set_review(self, event_id: str, state: str, who: str) -> dict:
        """Accept or reject: the store leaves rejected events out of merging and exports."""
        self.store.set_review(event_id, state, who)
        return {"event_id": event_id, "review": state}

    def edit(self, event_id: str, edits: dict, who: str) -> dict:
        if {"latitude", "longitude"} & edits.keys():
            _gazetteer()  # loaded before the store's write lock is taken, not while others wait for it
        changes = self.store.correct(event_id, lambda event: corrected(event, edits), who)
        return {"event_id": event_id, "changed": [c[0] for c in changes]}

    def merge(self, event_ids: list[str], who: str) -> dict:
        group = self.store.merge_manual(event_ids, who)
        return {"merged_id": self.store.merged_of(group[0]), "event_ids": group}

    def split(self, merged_id: str, event_ids: list[str], who: str) -> dict:
        out, rest = self.store.split(merged_id, event_ids, who)
        return {"split_out": out, "rest": rest}
