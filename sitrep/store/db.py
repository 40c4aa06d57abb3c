"""sitrep's event store: one SQLite file in WAL mode, created on first use.

Each article is stored with its events and their evidence in one transaction, keyed by the hash
of its text, so a batch killed at any moment and run again stores every article exactly once.
Events keep their interchange record as JSON (filters read it with SQLite's JSON functions), so a
correction made in the review app is what every export and filter sees. Merged events are derived
data: ``remerge`` recomputes them from the stored events and the groupings analysts fixed by hand.
What analysts do (review decisions, corrections, merges and splits) is logged in ``changes``, and
each event's current review state is kept beside it as it is written (``event_reviews``), so that
the review app reads an event, a page of events or the filters' values by index, never by going
over the whole store. The review app's write tokens are kept here too: every SQL statement of
sitrep is in this module.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import quote

from sitrep.errors import SitrepError
from sitrep.store.schema import MIGRATIONS
from sitrep.types import Article, Event, MergedEvent

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x53495452  # "SITR" in the file header (PRAGMA application_id): the file is a sitrep store
SITREP_TABLES = {"sources", "articles", "events", "merged_events"}  # how a store made before that id is known
BUSY_SECONDS = 60  # how long a process waits for another's write before giving up


def now() -> str:
    """The store's clock: when an article was stored, a change logged, a token made or revoked."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """The identity of an article's text: the same words, whatever the Unicode form or spacing."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Store:
    """The database behind ``--db``: articles, events, evidence, outlets, merged events, changes,
    review tokens."""
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, create: bool = True) -> "Store":
        """The store at ``path``. With ``create`` (``sitrep code --db``) a missing file becomes a new
        store and one made by an older sitrep is brought up to date; without it (the commands that
        read, the review app) nothing is created or changed, and the file must be a store of this
        schema. A SQLite file of another application is refused either way, untouched."""
        path = Path(path)
        if path.is_dir():
            raise SitrepError("E023", str(path), reason="it is a directory")
        if path.exists() and path.stat().st_size:
            with path.open("rb") as fh:
                if fh.read(16) != SQLITE_MAGIC:
                    raise SitrepError("E023", str(path), reason="not a SQLite database")
        elif not path.exists() and not create:
            raise SitrepError("E042", str(path))
        elif not path.parent.exists():
            raise SitrepError("E023", str(path), reason=f"no folder {path.parent}")
        try:
            store = cls(_connect(path, create), path)
            store._recognise(create)
            if create:
                store._use_wal()
                store._migrate()
        except sqlite3.DatabaseError as exc:
            raise SitrepError("E023", str(path), reason=str(exc)) from exc
        return store

    def reopen(self) -> "Store":
        """Another connection to this store, for another thread of this process. Unlike ``open`` it
        reads no byte of the file itself: closing a file drops every POSIX lock the process holds
        on it, its open SQLite connections' too, and another process would then take the WAL for
        unused, checkpoint it and delete it under them."""
        return Store(_connect(self.path), self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """One write transaction, taken at once (BEGIN IMMEDIATE): all of it is stored, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _recognise(self, create: bool) -> None:
        """Refuse what is not a sitrep store before anything is written to it. A store carries
        sitrep's application id in its header; one made before the id existed is known by its tables."""
        self.conn.execute("BEGIN")  # the header and the tables as of one moment
        try:
            marker, version = (self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            self.conn.execute("COMMIT")
        if marker == APPLICATION_ID or (marker == 0 and version and SITREP_TABLES <= tables):
            if version > len(MIGRATIONS):
                raise SitrepError("E023", str(self.path), reason=f"written by a newer sitrep (schema {version}, "
                                  f"this one knows {len(MIGRATIONS)})")
            if version < len(MIGRATIONS) and not create:
                raise SitrepError("E023", str(self.path), reason=f"made by an older sitrep (schema {version}, this "
                                  f"one uses {len(MIGRATIONS)}): `sitrep code --db {self.path}` brings it up to date")
        elif marker or version or tables:
            raise SitrepError("E023", str(self.path), reason="a SQLite database of another application, not a sitrep "
                              "event store; it was left as it is")
        elif not create:
            raise SitrepError("E042", str(self.path))

    def _use_wal(self) -> None:
        """WAL mode, so that readers never wait for a writer. Of two processes switching a new file
        at the same instant, SQLite stops one at once rather than let them wait for each other: that
        one tries again, and finds the file switched."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        """Bring the file to the latest schema in one write transaction, reading its version once
        the lock is held: of several processes opening a new store, one creates it and the others
        find it made."""
        with self.transaction():
            current = self.version
            for script in MIGRATIONS[current:]:
                for statement in _statements(script):
                    self.conn.execute(statement)
            if current < len(MIGRATIONS):
                self.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    # ---- writing ----

    def has_text(self, text: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?",
                                 (content_hash(text),)).fetchone() is not None

    def add(self, article: Article, events: list[Event | dict]) -> bool:
        """Store an article and its events at once; False if its text is already stored. An
        article id already taken by another text gets the hash as a suffix. Interchange records
        (dicts) are read as Events."""
        from sitrep.merge import fingerprint

        events = [e if isinstance(e, Event) else Event.from_dict(e) for e in events]
        digest = content_hash(article.text)
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone():
                return False
            article_id = article.article_id
            if self.conn.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone():
                article_id = f"{article.article_id}~{digest[:8]}"
            source_id = None
            if article.outlet:
                self.conn.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", (article.outlet,))
                source_id = self.conn.execute("SELECT source_id FROM sources WHERE name = ?",
                                              (article.outlet,)).fetchone()[0]
            row = article.to_dict()
            self.conn.execute(
                "INSERT INTO articles (article_id, content_hash, fingerprint, text, lang, lang_confidence, published, "
                "source_id, title, url, origin, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, digest, fingerprint(article.text), row["text"], row["lang"], row["lang_confidence"],
                 row["published"], source_id, row["title"], row["url"], row["origin"], now()))
            for event in events:
                event = _renamed(event, article.article_id, article_id)
                self.conn.execute("INSERT INTO events (event_id, article_id, record) VALUES (?, ?, ?)",
                                  (event.event_id, article_id, _json(event)))
                self.conn.executemany(
                    "INSERT INTO evidence (event_id, field, start, end, text) VALUES (?, ?, ?, ?, ?)",
                    [(event.event_id, ev.field, ev.start, ev.end, ev.text) for ev in event.evidence])
        return True

    # ---- reading ----

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT a.article_id, a.text, a.lang, a.lang_confidence, a.published, s.name AS outlet, a.title, a.url, a.origin "
            "FROM articles a LEFT JOIN sources s USING (source_id) WHERE a.article_id = ?", (article_id,)).fetchone()
        return Article.from_dict(dict(row)) if row else None

    def articles(self) -> list[Article]:
        return [Article.from_dict(dict(r)) for r in self.conn.execute(
            "SELECT a.article_id, a.text, a.lang, a.lang_confidence, a.published, s.name AS outlet, a.title, a.url, a.origin "
            "FROM articles a LEFT JOIN sources s USING (source_id) ORDER BY a.rowid")]

    def provenance(self) -> dict[str, dict]:
        """article_id -> what exports cite of it: url, title, lang, outlet, published, and stored_at
        (when it was coded and stored)."""
        return {r["article_id"]: dict(r) for r in self.conn.execute(
            "SELECT a.article_id, a.url, a.title, a.lang, s.name AS outlet, a.published, a.stored_at "
            "FROM articles a LEFT JOIN sources s USING (source_id)")}

    def events_of_text(self, text: str) -> list[Event]:
        """The stored events of the article with this text (whatever id it was stored under)."""
        return [Event.from_dict(json.loads(r["record"])) for r in self.conn.execute(
            "SELECT e.record FROM events e JOIN articles a USING (article_id) WHERE a.content_hash = ? "
            "ORDER BY e.rowid", (content_hash(text),))]

    def event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return Event.from_dict(json.loads(row["record"])) if row else None

    def events(self, country: str | None = None, event_type: str | None = None, sub_event_type: str | None = None,
               actor: str | None = None, date_from: str | date | None = None, date_to: str | date | None = None,
               status: str | None = None, min_confidence: float | None = None,
               include_rejected: bool = True) -> list[Event]:
        """Stored events, in the order they were stored, filtered on their (corrected) records."""
        where, args = _filters(country=country, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                               date_from=date_from, date_to=date_to, status=status, min_confidence=min_confidence)
        sql = "SELECT event_id, record FROM events" + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY rowid"
        rejected = set() if include_rejected else self.rejected()
        return [Event.from_dict(json.loads(r["record"])) for r in self.conn.execute(sql, args)
                if r["event_id"] not in rejected]

    def review_page(self, fields: dict[str, str], review: str | None = None, after: int | None = None,
                    limit: int = 500, **filters) -> list[dict]:
        """One page of events for the review app, in the order they were stored, from just after the
        cursor ``after``: of each, ``fields`` (name -> path in its record), its review state, whether
        it was corrected, its merged event, and ``at``, the cursor after it. Each part is an index
        lookup and no record is parsed in Python, so a page costs the same whatever the store's size."""
        where, args = _filters(**filters)
        if after is not None:
            where.append("e.rowid > ?")
            args.append(after)
        if review == "unreviewed":
            where.append("r.review IS NULL OR r.review = 'unreviewed'")
        elif review:
            where.append("r.review = ?")
            args.append(review)
        columns = ", ".join(f"json_extract(e.record, '$.{_path(path)}') AS {_path(name)}"
                            for name, path in fields.items())
        sql = (f"SELECT e.rowid AS at, {columns}, coalesce(r.review, 'unreviewed') AS review, "
               "coalesce(r.edited, 0) = 1 AS edited, m.merged_id FROM events e "
               "LEFT JOIN event_reviews r USING (event_id) LEFT JOIN merged_members m USING (event_id)"
               + (" WHERE " + " AND ".join(f"({w})" for w in where) if where else "") + " ORDER BY e.rowid LIMIT ?")
        return [{**dict(r), "edited": bool(r["edited"])} for r in self.conn.execute(sql, [*args, limit])]

    def merged_page(self, fields: dict[str, str], after: str | None = None, limit: int = 500,
                    **filters) -> list[dict]:
        """One page of merged events, in the order of their ids, from just after the id ``after``:
        of each, ``fields`` (name -> path in its record) and ``at``, the cursor after it. Ordered by
        id, not by when it was written: a remerge rewrites every row, not the ids."""
        where, args = _filters(**filters)
        if after is not None:
            where.append("merged_id > ?")
            args.append(after)
        columns = ", ".join(f"json_extract(record, '$.{_path(path)}') AS {_path(name)}"
                            for name, path in fields.items())
        sql = (f"SELECT merged_id AS at, {columns} FROM merged_events"
               + (" WHERE " + " AND ".join(f"({w})" for w in where) if where else "") + " ORDER BY merged_id LIMIT ?")
        return [dict(r) for r in self.conn.execute(sql, [*args, limit])]

    def merged_event(self, merged_id: str) -> MergedEvent | None:
        row = self.conn.execute("SELECT record FROM merged_events WHERE merged_id = ?", (merged_id,)).fetchone()
        return MergedEvent.from_dict(json.loads(row["record"])) if row else None

    def revision(self) -> tuple[int, int]:
        """What the store's readers see, as two counters (schema 6): writes to the events, the change
        log, review states and fixed groupings; and that count as of the last write of the merged
        events. Any write a reader could see changes the pair."""
        row = self.conn.execute("SELECT inputs, merged FROM revision").fetchone()
        return row["inputs"], row["merged"]

    def remerge_if_stale(self) -> None:
        """Remerge if anything the merged events are made from was written since they were."""
        inputs, merged = self.revision()
        if merged < inputs:
            self.remerge()

    def review_state(self, event_id: str) -> tuple[str, bool]:
        """An event's last review decision ('unreviewed' if none) and whether it was corrected."""
        row = self.conn.execute("SELECT review, edited FROM event_reviews WHERE event_id = ?", (event_id,)).fetchone()
        return (row["review"], bool(row["edited"])) if row else ("unreviewed", False)

    def merged_of(self, event_id: str) -> str | None:
        """The merged event an event is part of, as the last merge left it."""
        row = self.conn.execute("SELECT merged_id FROM merged_members WHERE event_id = ?", (event_id,)).fetchone()
        return row["merged_id"] if row else None

    def members_of(self, merged_id: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT event_id FROM merged_members WHERE merged_id = ? ORDER BY event_id", (merged_id,))]

    def facets(self) -> dict[str, list[str]]:
        """The distinct values of the filtered fields and of actor names, each read from its index
        (schema 4) one value after the next: the cost grows with the values, not with the events."""
        field = "json_extract(record, '$.{}')".format

        def values(expression: str) -> list[str]:
            return [r[0] for r in self.conn.execute(
                f"WITH RECURSIVE seen(v) AS (SELECT min({expression}) FROM events WHERE {expression} > '' "
                f"UNION ALL SELECT (SELECT min({expression}) FROM events WHERE {expression} > seen.v) FROM seen "
                "WHERE seen.v IS NOT NULL) SELECT v FROM seen WHERE v IS NOT NULL")]

        return {"countries": values(f"upper({field('location.country')})"), "event_types": values(field("event_type")),
                "sub_event_types": values(field("sub_event_type")), "statuses": values(field("status")),
                "actors": sorted({*values(field("actor1.name")), *values(field("actor2.name"))})}

    def review_states(self) -> dict[str, str]:
        """event_id -> the last review decision an analyst logged (accepted, rejected, ...)."""
        return {r["event_id"]: r["new"] for r in self.conn.execute(
            "SELECT event_id, new FROM changes WHERE field = 'review' ORDER BY id")}

    def rejected(self) -> set[str]:
        return {e for e, state in self.review_states().items() if state == "rejected"}

    def history(self, event_id: str) -> list[dict]:
        """The changes logged for one event, oldest first: at, who, field, old, new."""
        return [dict(r) for r in self.conn.execute(
            "SELECT at, who, field, old, new FROM changes WHERE event_id = ? ORDER BY id", (event_id,))]

    def changes(self, limit: int) -> list[dict]:
        """The change log, newest first: at, who, event_id, field, old, new."""
        return [dict(r) for r in self.conn.execute(
            "SELECT at, who, event_id, field, old, new FROM changes ORDER BY id DESC LIMIT ?", (limit,))]

    def changed(self, fields) -> set[str]:
        """The events with a logged change to any of ``fields``."""
        fields = list(fields)
        return {r[0] for r in self.conn.execute(
            f"SELECT DISTINCT event_id FROM changes WHERE field IN ({_marks(fields)})", fields)}

    def merged(self, **filters) -> list[MergedEvent]:
        """Merged events, in the order they were written, filtered on their records as ``events`` is."""
        where, args = _filters(**filters)
        sql = "SELECT record FROM merged_events" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY rowid"
        return [MergedEvent.from_dict(json.loads(r["record"])) for r in self.conn.execute(sql, args)]

    # ---- what analysts do ----

    def _log(self, who: str, event_id: str, field: str, old, new) -> None:
        """One row of the change log; values that are not text are kept as their JSON."""
        def text(v):
            return v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False)

        self.conn.execute("INSERT INTO changes (who, at, event_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
                          (who, now(), event_id, field, text(old), text(new)))

    def set_review(self, event_id: str, state: str, who: str) -> None:
        """Log a review decision (field ``review``): a rejected event leaves merging and exports."""
        with self.transaction():
            self._log(who, event_id, "review", self.review_state(event_id)[0], state)
            self.conn.execute("INSERT INTO event_reviews (event_id, review) VALUES (?, ?) "
                              "ON CONFLICT (event_id) DO UPDATE SET review = excluded.review", (event_id, state))

    def correct(self, event_id: str, fix: Callable[[Event], tuple[Event, list[tuple[str, object, object]]]],
                who: str) -> list[tuple[str, object, object]]:
        """Store an analyst's correction of an event: ``fix`` gives the corrected event and each
        changed field's (field, old, new), logged as JSON values. The event is read under the write
        lock, so no other writer (another server process) changes it between read and write."""
        with self.transaction():
            event, changes = fix(self.event(event_id))
            if changes:
                self.conn.execute("UPDATE events SET record = ? WHERE event_id = ?", (_json(event), event_id))
                for field, old, new in changes:
                    self._log(who, event_id, field, old, new)
                self.conn.execute("INSERT INTO event_reviews (event_id, edited) VALUES (?, 1) "
                                  "ON CONFLICT (event_id) DO UPDATE SET edited = 1", (event_id,))
        return changes

    def add_token(self, digest: str, name: str) -> None:
        """Keep a review token as its hash only, with the name of who holds it: one active token a
        name, so that the change log's "who" names one holder."""
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM review_tokens WHERE name = ? AND revoked IS NULL", (name,)).fetchone():
                raise SitrepError("E033", name, name=name)
            self.conn.execute("INSERT INTO review_tokens (hash, name, created) VALUES (?, ?, ?)", (digest, name, now()))

    def token_holder(self, digest: str) -> str | None:
        """Who holds the token with this hash, or None if it is unknown or revoked."""
        row = self.conn.execute("SELECT name FROM review_tokens WHERE hash = ? AND revoked IS NULL",
                                (digest,)).fetchone()
        return row["name"] if row else None

    def revoke_tokens(self, name: str) -> int:
        return self.conn.execute("UPDATE review_tokens SET revoked = ? WHERE name = ? AND revoked IS NULL",
                                 (now(), name)).rowcount

    def tokens(self) -> list[dict]:
        """Every token's name, creation time and revocation time (None while active)."""
        return [dict(r) for r in self.conn.execute("SELECT name, created, revoked FROM review_tokens ORDER BY created")]

    # ---- merging ----

    def _merge_input(self) -> list[Event]:
        """Every event not rejected, with its article's publication date and text fingerprint."""
        rejected = self.rejected()
        rows = self.conn.execute(
            "SELECT e.event_id, e.record, a.fingerprint, a.published FROM events e JOIN articles a USING (article_id) "
            "ORDER BY e.rowid")
        return [Event.from_dict({**json.loads(r["record"]), "article_fingerprint": r["fingerprint"],
                                 "published": r["published"]})
                for r in rows if r["event_id"] not in rejected]

    def locked_groups(self) -> list[list[str]]:
        groups: dict[int, list[str]] = {}
        for r in self.conn.execute("SELECT group_id, event_id FROM locked_groups ORDER BY group_id, event_id"):
            groups.setdefault(r["group_id"], []).append(r["event_id"])
        return list(groups.values())

    def remerge(self) -> int:
        """Recompute merged events from every stored event and the analysts' fixed groupings. The
        events are read under the write lock: read before it, another process's articles stored in
        between would be dropped from the merged events this one writes."""
        with self.transaction():
            return self._remerge()

    def _remerge(self) -> int:
        """``remerge`` inside the caller's transaction. Each merged event keeps the id it had: the
        last merge's members carry it forward (``sitrep.merge.ids``)."""
        from sitrep.merge import merge_events

        previous = {r["event_id"]: r["merged_id"] for r in self.conn.execute(
            "SELECT event_id, merged_id FROM merged_members")}
        merged = merge_events(self._merge_input(), self.locked_groups(), previous)
        self.conn.execute("DELETE FROM merged_members")
        self.conn.execute("DELETE FROM merged_events")
        for m in merged:
            self.conn.execute("INSERT INTO merged_events (merged_id, record) VALUES (?, ?)",
                              (m.merged_id, _json(m)))
            self.conn.executemany("INSERT INTO merged_members (merged_id, event_id) VALUES (?, ?)",
                                  [(m.merged_id, e) for e in m.members])
        return len(merged)

    def merge_manual(self, event_ids: list[str], who: str | None = None) -> list[str]:
        """An analyst says these events are one: they become one locked group, kept by every remerge,
        and each event's log says with which others it was merged, and by ``who``. The group keeps
        the id of the merged event that brings most of its events."""
        self._check_events(event_ids)
        group = sorted(event_ids)
        with self.transaction():
            self._lock([event_ids], replacing=event_ids,
                       log=[(who, e, "merge", None, [x for x in group if x != e]) for e in group] if who else [])
            self._remerge()
        return group

    def split(self, merged_id: str, event_ids: list[str], who: str | None = None) -> list[list[str]]:
        """An analyst takes ``event_ids`` out of a merged event: they and the rest become two locked
        groups, which no later remerge joins again; each event taken out logs it, by ``who``. The
        larger part keeps the merged id, the rest on a tie, and the other part gets a new one."""
        with self.transaction():
            members = self.members_of(merged_id)
            if not members:
                raise SitrepError("E024", merged_id, reason="no such merged event")
            out = [e for e in event_ids if e in members]
            rest = [e for e in members if e not in out]
            if not out or not rest:
                raise SitrepError("E024", merged_id, reason="a split needs events on both sides")
            self._lock([out, rest], replacing=members,
                       log=[(who, e, "split", merged_id, rest) for e in out] if who else [])
            leaving = rest if len(out) > len(rest) else out
            self.conn.execute(f"DELETE FROM merged_members WHERE event_id IN ({_marks(leaving)})", leaving)
            self._remerge()
        return [out, rest]

    def _lock(self, groups: list[list[str]], replacing: list[str], log: list[tuple]) -> None:
        """Replace the locked groups of ``replacing`` by ``groups``, and log why (in the caller's
        transaction)."""
        self.conn.execute(f"DELETE FROM locked_groups WHERE event_id IN ({_marks(replacing)})", replacing)
        for members in groups:
            group = (self.conn.execute("SELECT max(group_id) FROM locked_groups").fetchone()[0] or 0) + 1
            self.conn.executemany("INSERT INTO locked_groups (group_id, event_id) VALUES (?, ?)",
                                  [(group, e) for e in members])
        for entry in log:
            self._log(*entry)

    def _check_events(self, event_ids: list[str]) -> None:
        if len(set(event_ids)) < 2:
            raise SitrepError("E024", ", ".join(event_ids), reason="a merge needs two events or more")
        known = {r[0] for r in self.conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({_marks(event_ids)})",
                                                 event_ids)}
        missing = [e for e in event_ids if e not in known]
        if missing:
            raise SitrepError("E024", ", ".join(missing), reason="no such event")

    # ---- exporting ----

    def export_records(self, merged: bool = True, **filters) -> list[Event]:
        """What an export writes: merged events with their sources (an event no other report
        joined is its own merged event), or each article's events; never rejected ones; those
        ``filters`` keep (see ``events``). Events stored since the last remerge are merged first."""
        if not merged:
            return self.events(include_rejected=False, **filters)
        unmerged = {r[0] for r in self.conn.execute(
            "SELECT event_id FROM events WHERE event_id NOT IN (SELECT event_id FROM merged_members)")}
        if unmerged - self.rejected():
            self.remerge()
        return self.merged(**filters)


def _connect(path: Path, create: bool = False) -> sqlite3.Connection:
    """A connection that creates the file only when asked (read commands never do); WAL is set
    once, when the store is made (``Store._use_wal``), and stays with the file."""
    conn = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode={'rwc' if create else 'rw'}", uri=True,
                           timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA synchronous = FULL")  # a committed article survives a kill or a power cut
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _filters(country: str | None = None, event_type: str | None = None, sub_event_type: str | None = None,
             actor: str | None = None, date_from: str | date | None = None, date_to: str | date | None = None,
             status: str | None = None, min_confidence: float | None = None) -> tuple[list[str], list]:
    """SQL conditions on the events' records, and their arguments. Country, types and status are
    written as their indexes are (schema 4), so a filter on them is an index lookup; the actor filter
    is a substring, in which ``%`` and ``_`` are only text."""
    where, args = [], []
    field = lambda path: f"json_extract(record, '$.{path}')"  # noqa: E731
    if country:
        where.append(f"upper({field('location.country')}) = upper(?)")
        args.append(country)
    for path, value in (("event_type", event_type), ("sub_event_type", sub_event_type), ("status", status)):
        if value:
            where.append(f"{field(path)} = ?")
            args.append(value)
    if actor:
        where.append(f"(lower({field('actor1.name')}) LIKE ? ESCAPE '\\' "
                     f"OR lower({field('actor2.name')}) LIKE ? ESCAPE '\\')")
        args += ["%" + re.sub(r"([\\%_])", r"\\\1", actor.lower()) + "%"] * 2
    if date_from:
        where.append(f"{field('event_date')} >= ?")
        args.append(str(date_from))
    if date_to:
        where.append(f"{field('event_date')} <= ?")
        args.append(str(date_to))
    if min_confidence is not None:
        where.append(f"{field('confidence')} >= ?")
        args.append(min_confidence)
    return where, args


def _path(path: str) -> str:
    """A field path or column name written into SQL: checked, though only sitrep's code gives them."""
    if not re.fullmatch(r"\w+(\.\w+)*", path):
        raise ValueError(f"not a record path: {path!r}")
    return path


def _json(event: Event) -> str:
    """An event's record as the store keeps it."""
    return json.dumps(event.to_dict(), ensure_ascii=False)


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def _statements(script: str) -> list[str]:
    """The statements of a migration, one by one (``executescript`` would commit the transaction
    first); a trigger's body holds semicolons of its own, so a statement ends where SQLite says."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip())
            pending = ""
    return out


def _renamed(event: Event, old_id: str, new_id: str) -> Event:
    """An event of an article stored under a suffixed id, with its ids kept consistent."""
    if old_id == new_id:
        return event
    event_id = new_id + event.event_id[len(old_id):] if event.event_id.startswith(old_id) else event.event_id
    return replace(event, article_id=new_id, event_id=event_id)
