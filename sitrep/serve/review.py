"""The review app's view of the store: tokens, and accepting, correcting or rejecting an event
with its history.

Tokens live in the store's database: only the SHA-256 of a token is kept. A token is 32 random
bytes, so a plain hash is enough; a slow password hash would only slow every request. A correction
rewrites the store's record of the event, so exports carry it, and logs one change per field, the
history. Every read and write goes through the store's methods; this module holds what a review
means (which fields an analyst may correct and how), not how it is stored.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

from sitrep.acled import GeoPrecision
from sitrep.errors import SitrepError
from sitrep.store import Store
from sitrep.types import Actor, Event, MergedEvent, Place

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
DISAGREEMENT_FIELDS = ("fatalities", "actor1", "actor2", "attributed_to", "event_date", "sub_event_type", "location")


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def summary(event: Event, review: str, edited: bool, merged_id: str | None) -> dict:
    """The row the page lists and maps: flat, small."""
    place = event.place
    return {
        "event_id": event.event_id, "article_id": event.article_id,
        "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "plover_type": event.plover_type, "actor1": _name(event.actor1), "actor2": _name(event.actor2),
        "event_date": _iso(event.event_date), "location_name": place.name if place else None,
        "country": place.country if place else None, "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None, "fatalities": event.fatalities, "status": event.status,
        "confidence": event.confidence, "review": review, "edited": edited, "merged_id": merged_id,
    }


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

    A type must be one of ACLED's, and a sub-event type one of its type's; an actor typed by hand
    keeps no evidence span (the analyst is the source)."""
    from sitrep.normalise.taxonomy import event_type_of, taxonomy

    new = deepcopy(event)
    acled = taxonomy()["acled"]
    if "event_type" in edits and edits["event_type"] is not None and edits["event_type"] not in acled:
        raise SitrepError("E041", event.event_id, reason=f"{edits['event_type']!r} is not an ACLED event type")
    if edits.get("sub_event_type") is not None:
        parent = event_type_of(edits["sub_event_type"])
        if parent is None:
            raise SitrepError("E041", event.event_id,
                              reason=f"{edits['sub_event_type']!r} is not an ACLED sub-event type")
        wanted = edits.get("event_type", parent) or parent
        if wanted != parent:
            raise SitrepError("E041", event.event_id,
                              reason=f"{edits['sub_event_type']!r} belongs to {parent!r}, not {wanted!r}")
        edits = {**edits, "event_type": parent}
    for field in ("event_type", "sub_event_type", "fatalities", "event_date"):
        if field in edits:
            setattr(new, field, edits[field])
    for field in ("actor1", "actor2"):
        if field in edits and edits[field] != _name(getattr(event, field)):
            setattr(new, field, Actor(name=edits[field]) if edits[field] else None)
    if any(k in edits for k in ("location_name", "latitude", "longitude")):
        place = event.place or Place(name=None, lat=None, lon=None, geo_precision=None)
        lat, lon = edits.get("latitude", place.latitude), edits.get("longitude", place.longitude)
        if (lat is None) != (lon is None):
            raise SitrepError("E041", event.event_id, reason="a place needs both latitude and longitude")
        changed = {"name": edits.get("location_name", place.name), "lat": lat, "lon": lon}
        if (lat, lon) != (place.latitude, place.longitude):  # picked on the map: exact as far as the analyst knows
            changed.update(geo_precision=GeoPrecision.TOWN, uncertainty_km=None)
        place = replace(place, **changed)
        new.place = place if lat is not None or place.name else None
    old_record, new_record = event.to_dict(), new.to_dict()
    changes = []
    for field in EDITABLE:
        if new_record[field] != old_record[field]:
            changes.append((field, old_record[field], new_record[field]))
    return new, changes


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

    # ---- reads ----

    def record(self, event_id: str) -> Event | None:
        return self.store.event(event_id)

    def states(self) -> dict[str, str]:
        """event_id -> the last accept or reject logged for it."""
        return {e: s for e, s in self.store.review_states().items() if s in REVIEW_STATES}

    def edited(self) -> set[str]:
        return self.store.changed(EDITABLE)

    def membership(self) -> dict[str, MergedEvent]:
        """event_id -> the merged event it is part of."""
        return {e: m for m in self.store.merged() for e in m.members}

    def events(self, review: str | None = None, **filters) -> list[dict]:
        states, edited, groups = self.states(), self.edited(), self.membership()
        rows = []
        for e in self.store.events(**{k: v for k, v in filters.items() if v is not None}):
            state = states.get(e.event_id, "unreviewed")
            if review and state != review:
                continue
            group = groups.get(e.event_id)
            rows.append(summary(e, state, e.event_id in edited, group.merged_id if group else None))
        return rows

    def facets(self) -> dict:
        from sitrep.normalise.taxonomy import taxonomy

        events = self.store.events()

        def values(get) -> list[str]:
            return sorted({v for v in map(get, events) if v})

        return {
            "countries": values(lambda e: e.place.country if e.place else None),
            "event_types": values(lambda e: e.event_type),
            "sub_event_types": values(lambda e: e.sub_event_type),
            "statuses": values(lambda e: e.status),
            "actors": sorted({a for e in events for a in (_name(e.actor1), _name(e.actor2)) if a}),
            "taxonomy": taxonomy()["acled"],
        }

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
        group = self.membership().get(event_id)
        merged = None
        if group:
            members = [m for m in map(self.record, group.members) if m]
            merged = {"merged_id": group.merged_id, "members": [self._source(m) for m in members],
                      "disagreements": disagreements(members)}
        shown = ("article_id", "text", "title", "outlet", "published", "url", "lang")
        return {"event": event.to_dict(),
                "article": {k: article.get(k) for k in shown},
                "review": self.states().get(event_id, "unreviewed"), "edited": event_id in self.edited(),
                "merged": merged, "history": self.history(event_id)}

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
        new, changes = corrected(self.record(event_id), edits)
        if changes:
            self.store.correct(new, changes, who)
        return {"event_id": event_id, "changed": [c[0] for c in changes]}

    def merge(self, event_ids: list[str], who: str) -> dict:
        group = self.store.merge_manual(event_ids, who)
        merged = self.membership().get(group[0])
        return {"merged_id": merged.merged_id if merged else None, "event_ids": group}

    def split(self, merged_id: str, event_ids: list[str], who: str) -> dict:
        out, rest = self.store.split(merged_id, event_ids, who)
        return {"split_out": out, "rest": rest}
