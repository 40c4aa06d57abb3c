"""Review operations the store's API lacks: tokens, and accepting, correcting or rejecting an event
with its history.

Tokens live in the store's database, in ``review_tokens`` (created here if missing): only the
SHA-256 of a token is kept. A token is 32 random bytes, so a plain hash is enough; a slow password
hash would only slow every request. Corrections update the store's ``events`` rows, so exports
carry them, and add one row per changed field to its ``changes`` table, the history.
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sitrep.errors import SitrepError

TOKENS_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_tokens (
    hash TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created TEXT NOT NULL,
    revoked TEXT
)"""
TOKEN_NAME = re.compile(r"^[\w.-]{1,64}$")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _connect(db: str | Path) -> sqlite3.Connection:
    if not Path(db).is_file():
        raise SitrepError("E042", str(db))
    conn = sqlite3.connect(str(db), timeout=30, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


class Tokens:
    """Named write tokens for the review app; the token itself is shown once and never stored."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        with conn:
            conn.execute(TOKENS_SCHEMA)

    @classmethod
    def open(cls, db: str | Path) -> "Tokens":
        return cls(_connect(db))

    def create(self, name: str | None) -> str:
        if not name or not TOKEN_NAME.match(name):
            raise SitrepError("E043", "--name", name=name or "")
        token = "srt_" + secrets.token_urlsafe(32)
        with self.conn:
            self.conn.execute("INSERT INTO review_tokens (hash, name, created) VALUES (?, ?, ?)",
                              (_hash(token), name, now()))
        return token

    def name(self, token: str) -> str | None:
        """Who holds ``token``, or None if it is unknown or revoked."""
        row = self.conn.execute("SELECT name FROM review_tokens WHERE hash = ? AND revoked IS NULL",
                                (_hash(token),)).fetchone()
        return row["name"] if row else None

    def revoke(self, name: str | None) -> int:
        if not name or not TOKEN_NAME.match(name):
            raise SitrepError("E043", "--name", name=name or "")
        with self.conn:
            return self.conn.execute("UPDATE review_tokens SET revoked = ? WHERE name = ? AND revoked IS NULL",
                                     (now(), name)).rowcount

    def list(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute("SELECT name, created, revoked FROM review_tokens ORDER BY created")]


REVIEW_STATES = ("unreviewed", "accepted", "rejected")
EDITABLE = ("event_type", "sub_event_type", "actor1", "actor2", "event_date", "fatalities", "location")
DISAGREEMENT_FIELDS = ("fatalities", "actor1", "actor2", "attributed_to", "event_date", "sub_event_type", "location")


def _plain(value):
    """A store result as a plain dict (the store may hand back dicts or dataclasses)."""
    if value is None or isinstance(value, dict):
        return value
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(value)
    return dict(value)


def _actor_name(actor) -> str | None:
    return actor.get("name") if isinstance(actor, dict) else actor


def summary(record: dict, review: str, edited: bool, merged_id: str | None) -> dict:
    """The row the page lists and maps: flat, small."""
    loc = record.get("location") or {}
    return {
        "event_id": record["event_id"], "article_id": record.get("article_id"),
        "event_type": record.get("event_type"), "sub_event_type": record.get("sub_event_type"),
        "plover_type": record.get("plover_type"),
        "actor1": _actor_name(record.get("actor1")), "actor2": _actor_name(record.get("actor2")),
        "event_date": record.get("event_date"), "location_name": loc.get("name"), "country": loc.get("country"),
        "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
        "fatalities": record.get("fatalities"), "status": record.get("status"),
        "confidence": record.get("confidence"), "review": review, "edited": edited, "merged_id": merged_id,
    }


def claim(record: dict, field: str):
    """One source's claim for ``field``, as the text a reviewer compares."""
    if field in ("actor1", "actor2"):
        return _actor_name(record.get(field))
    if field == "attributed_to":
        return (record.get("source") or {}).get("attributed_to")
    if field == "location":
        return (record.get("location") or {}).get("name")
    return record.get(field)


def disagreements(members: list[dict]) -> dict[str, dict[str, object]]:
    """Fields on which the sources of a merged event differ: field -> event_id -> claim."""
    out = {}
    for field in DISAGREEMENT_FIELDS:
        claims = {m["event_id"]: claim(m, field) for m in members}
        if len({repr(v) for v in claims.values() if v is not None}) > 1:
            out[field] = claims
    return out


def corrected(record: dict, edits: dict) -> tuple[dict, list[tuple[str, object, object]]]:
    """``record`` with an analyst's ``edits`` applied, and the (field, old, new) of each real change.

    A type must be one of ACLED's, and a sub-event type one of its type's; an actor typed by hand
    keeps no evidence span (the analyst is the source)."""
    from copy import deepcopy

    from sitrep.normalise.taxonomy import event_type_of, taxonomy

    new = deepcopy(record)
    acled = taxonomy()["acled"]
    if "event_type" in edits and edits["event_type"] is not None and edits["event_type"] not in acled:
        raise SitrepError("E041", record["event_id"], reason=f"{edits['event_type']!r} is not an ACLED event type")
    if edits.get("sub_event_type") is not None:
        parent = event_type_of(edits["sub_event_type"])
        if parent is None:
            raise SitrepError("E041", record["event_id"],
                              reason=f"{edits['sub_event_type']!r} is not an ACLED sub-event type")
        wanted = edits.get("event_type", parent) or parent
        if wanted != parent:
            raise SitrepError("E041", record["event_id"],
                              reason=f"{edits['sub_event_type']!r} belongs to {parent!r}, not {wanted!r}")
        edits = {**edits, "event_type": parent}
    for field in ("event_type", "sub_event_type", "fatalities"):
        if field in edits:
            new[field] = edits[field]
    if "event_date" in edits:
        new["event_date"] = edits["event_date"].isoformat() if edits["event_date"] else None
    for field in ("actor1", "actor2"):
        if field in edits and edits[field] != _actor_name(record.get(field)):
            new[field] = {"name": edits[field], "text": "", "inter": None} if edits[field] else None
    if any(k in edits for k in ("location_name", "latitude", "longitude")):
        loc = dict(record.get("location") or {})
        lat, lon = edits.get("latitude", loc.get("latitude")), edits.get("longitude", loc.get("longitude"))
        if (lat is None) != (lon is None):
            raise SitrepError("E041", record["event_id"], reason="a place needs both latitude and longitude")
        moved = (lat, lon) != (loc.get("latitude"), loc.get("longitude"))
        loc.update(name=edits.get("location_name", loc.get("name")), latitude=lat, longitude=lon)
        if moved:  # a point picked on the map: exact as far as the analyst knows
            loc.update(geo_precision=1, uncertainty_km=None)
        new["location"] = loc if lat is not None or loc.get("name") else None
    changes = []
    for field in EDITABLE:
        if new.get(field) != record.get(field):
            changes.append((field, record.get(field), new.get(field)))
    return new, changes


@contextmanager
def transaction(conn: sqlite3.Connection):
    """BEGIN IMMEDIATE ... COMMIT on an autocommit connection (the store opens its own that way)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class Review:
    """The store as the review app sees it: events with their review state, corrections with
    their history. Reads and groupings go through the store's API; a correction rewrites the
    event's stored record (what filters and exports read) and logs each field in ``changes``."""

    def __init__(self, store):
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        self.tokens = Tokens(self.conn)

    @classmethod
    def open(cls, db: str | Path) -> "Review":
        from sitrep.store import Store

        if not Path(db).is_file():  # Store.open would create an empty store: not what `serve` wants
            raise SitrepError("E042", str(db))
        return cls(Store.open(db))

    def token_name(self, token: str) -> str | None:
        return self.tokens.name(token)

    # ---- reads ----

    def record(self, event_id: str) -> dict | None:
        return _plain(self.store.event(event_id))

    def states(self) -> dict[str, str]:
        """event_id -> the last accept or reject logged for it."""
        return {e: s for e, s in self.store.review_states().items() if s in REVIEW_STATES}

    def edited(self) -> set[str]:
        marks = ", ".join("?" for _ in EDITABLE)
        return {r[0] for r in self.conn.execute(f"SELECT DISTINCT event_id FROM changes WHERE field IN ({marks})",
                                                EDITABLE)}

    def membership(self) -> dict[str, dict]:
        """event_id -> its merged event (merged_id, members)."""
        out = {}
        for m in self.store.merged():
            m = _plain(m)
            for e in m["members"]:
                out[e] = m
        return out

    def events(self, review: str | None = None, **filters) -> list[dict]:
        states, edited, groups = self.states(), self.edited(), self.membership()
        rows = []
        for r in self.store.events(**{k: v for k, v in filters.items() if v is not None}):
            r = _plain(r)
            state = states.get(r["event_id"], "unreviewed")
            if review and state != review:
                continue
            group = groups.get(r["event_id"])
            rows.append(summary(r, state, r["event_id"] in edited, group["merged_id"] if group else None))
        return rows

    def facets(self) -> dict:
        from sitrep.normalise.taxonomy import taxonomy

        records = [_plain(r) for r in self.store.events()]

        def values(get) -> list[str]:
            return sorted({v for v in map(get, records) if v})

        return {
            "countries": values(lambda r: (r.get("location") or {}).get("country")),
            "event_types": values(lambda r: r.get("event_type")),
            "sub_event_types": values(lambda r: r.get("sub_event_type")),
            "statuses": values(lambda r: r.get("status")),
            "actors": sorted({a for r in records for a in (_actor_name(r.get("actor1")), _actor_name(r.get("actor2")))
                              if a}),
            "taxonomy": taxonomy()["acled"],
        }

    def _source(self, record: dict) -> dict:
        article = self.store.article(record["article_id"]) or {}
        return {"event_id": record["event_id"], "article_id": record["article_id"],
                "outlet": (record.get("source") or {}).get("outlet") or article.get("outlet"),
                "published": article.get("published"), "event_date": record.get("event_date"),
                "fatalities": record.get("fatalities"), "actor1": _actor_name(record.get("actor1")),
                "actor2": _actor_name(record.get("actor2")),
                "attributed_to": (record.get("source") or {}).get("attributed_to")}

    def detail(self, event_id: str) -> dict | None:
        """Everything the event view shows: the record, its article, its merged event's sources
        and where they disagree, its review state and history."""
        record = self.record(event_id)
        if record is None:
            return None
        article = self.store.article(record["article_id"]) or {}
        group = self.membership().get(event_id)
        merged = None
        if group:
            members = [m for m in map(self.record, group["members"]) if m]
            merged = {"merged_id": group["merged_id"], "members": [self._source(m) for m in members],
                      "disagreements": disagreements(members)}
        return {"event": record,
                "article": {k: article.get(k) for k in ("article_id", "text", "title", "outlet", "published", "url", "lang")},
                "review": self.states().get(event_id, "unreviewed"), "edited": event_id in self.edited(),
                "merged": merged, "history": self.history(event_id)}

    def history(self, event_id: str) -> list[dict]:
        return [dict(r) for r in self.store.history(event_id)]

    def changes(self, limit: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT at, who, event_id, field, old, new FROM changes ORDER BY id DESC LIMIT ?", (limit,))]

    # ---- writes ----

    def _log(self, who: str, event_id: str, field: str, old, new) -> None:
        def text(v):
            return v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False)

        self.conn.execute("INSERT INTO changes (who, at, event_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
                          (who, now(), event_id, field, text(old), text(new)))

    def set_review(self, event_id: str, state: str, who: str) -> dict:
        """Accept or reject: logged as field ``review``, which the store reads to leave rejected
        events out of merging and exports."""
        with transaction(self.conn):
            self._log(who, event_id, "review", self.states().get(event_id, "unreviewed"), state)
        return {"event_id": event_id, "review": state}

    def edit(self, event_id: str, edits: dict, who: str) -> dict:
        record = self.record(event_id)
        new, changes = corrected(record, edits)
        if changes:
            with transaction(self.conn):
                self.conn.execute("UPDATE events SET record = ? WHERE event_id = ?",
                                  (json.dumps(new, ensure_ascii=False), event_id))
                for field, old, value in changes:
                    self._log(who, event_id, field, old, value)
        return {"event_id": event_id, "changed": [c[0] for c in changes]}

    def merge(self, event_ids: list[str], who: str) -> dict:
        group = self.store.merge_manual(event_ids)
        with transaction(self.conn):
            for e in group:
                self._log(who, e, "merge", None, [x for x in group if x != e])
        merged_id = self.membership().get(group[0], {}).get("merged_id")
        return {"merged_id": merged_id, "event_ids": group}

    def split(self, merged_id: str, event_ids: list[str], who: str) -> dict:
        out, rest = self.store.split(merged_id, event_ids)
        with transaction(self.conn):
            for e in out:
                self._log(who, e, "split", merged_id, rest)
        return {"split_out": out, "rest": rest}
