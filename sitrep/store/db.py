"""sitrep's event store: one SQLite file in WAL mode, created on first use.

Each article is stored with its events and their evidence in one transaction, keyed by the hash
of its text, so a batch killed at any moment and run again stores every article exactly once.
Events keep their interchange record as JSON (filters read it with SQLite's JSON functions), so a
correction made in the review app is what every export and filter sees. Merged events are derived
data: ``remerge`` recomputes them from the stored events and the groupings analysts fixed by hand.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.store.schema import MIGRATIONS
from sitrep.types import Article

SQLITE_MAGIC = b"SQLite format 3\x00"
DATED = ("reported", "ongoing")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    """The identity of an article's text: the same words, whatever the Unicode form or spacing."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass
class Merged:
    merged_id: str
    members: list[str]
    record: dict


class Store:
    """The database behind ``--db``: articles, events, evidence, outlets, merged events, changes."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = Path(path)
        if path.is_dir():
            raise SitrepError("E023", str(path), reason="it is a directory")
        if path.exists() and path.stat().st_size:
            with path.open("rb") as fh:
                if fh.read(16) != SQLITE_MAGIC:
                    raise SitrepError("E023", str(path), reason="not a SQLite database")
        elif not path.parent.exists():
            raise SitrepError("E023", str(path), reason=f"no folder {path.parent}")
        try:
            conn = sqlite3.connect(str(path), timeout=60, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a committed article survives a kill or a power cut
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 60000")
            store = cls(conn, path)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            raise SitrepError("E023", str(path), reason=str(exc)) from exc
        return store

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

    def _migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise SitrepError("E023", str(self.path),
                              reason=f"written by a newer sitrep (schema {current}, this one knows {len(MIGRATIONS)})")
        for number, script in enumerate(MIGRATIONS[current:], current + 1):
            with self.transaction():
                for statement in _statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

    # ---- writing ----

    def has_text(self, text: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?",
                                 (content_hash(text),)).fetchone() is not None

    def add(self, article: Article, records: list[dict]) -> bool:
        """Store an article and its events (interchange records) at once; False if its text is
        already stored. An article id already taken by another text gets the hash as a suffix."""
        from sitrep.merge import fingerprint

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
            published = article.published.isoformat() if isinstance(article.published, date) else article.published
            self.conn.execute(
                "INSERT INTO articles (article_id, content_hash, fingerprint, text, lang, published, source_id, "
                "title, url, origin, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, digest, fingerprint(article.text), article.text, article.lang, published, source_id,
                 article.title, article.url, article.origin, now()))
            for record in records:
                record = _renamed(record, article.article_id, article_id)
                self.conn.execute("INSERT INTO events (event_id, article_id, record) VALUES (?, ?, ?)",
                                  (record["event_id"], article_id, json.dumps(record, ensure_ascii=False)))
                self.conn.executemany(
                    "INSERT INTO evidence (event_id, field, start, end, text) VALUES (?, ?, ?, ?, ?)",
                    [(record["event_id"], ev["field"], ev["start"], ev["end"], ev.get("text"))
                     for ev in record.get("evidence", [])])
        return True

    # ---- reading ----

    def article(self, article_id: str) -> dict | None:
        row = self.conn.execute(
            "SELECT a.article_id, a.text, a.lang, a.published, s.name AS outlet, a.title, a.url, a.origin, "
            "a.content_hash, a.stored_at FROM articles a LEFT JOIN sources s USING (source_id) "
            "WHERE a.article_id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def articles(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT a.article_id, a.published, s.name AS outlet, a.title, a.lang FROM articles a "
            "LEFT JOIN sources s USING (source_id) ORDER BY a.rowid")]

    def events_of_text(self, text: str) -> list[dict]:
        """The stored events of the article with this text (whatever id it was stored under)."""
        return [json.loads(r["record"]) for r in self.conn.execute(
            "SELECT e.record FROM events e JOIN articles a USING (article_id) WHERE a.content_hash = ? "
            "ORDER BY e.rowid", (content_hash(text),))]

    def event(self, event_id: str) -> dict | None:
        row = self.conn.execute("SELECT record FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    def events(self, country: str | None = None, event_type: str | None = None, sub_event_type: str | None = None,
               actor: str | None = None, date_from: str | date | None = None, date_to: str | date | None = None,
               status: str | None = None, min_confidence: float | None = None,
               include_rejected: bool = True) -> list[dict]:
        """Stored events, in the order they were stored, filtered on their (corrected) records."""
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
            where.append(f"(lower({field('actor1.name')}) LIKE ? OR lower({field('actor2.name')}) LIKE ?)")
            args += [f"%{actor.lower()}%"] * 2
        if date_from:
            where.append(f"{field('event_date')} >= ?")
            args.append(str(date_from))
        if date_to:
            where.append(f"{field('event_date')} <= ?")
            args.append(str(date_to))
        if min_confidence is not None:
            where.append(f"{field('confidence')} >= ?")
            args.append(min_confidence)
        sql = "SELECT event_id, record FROM events" + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY rowid"
        rejected = set() if include_rejected else self.rejected()
        return [json.loads(r["record"]) for r in self.conn.execute(sql, args) if r["event_id"] not in rejected]

    def review_states(self) -> dict[str, str]:
        """event_id -> the last review decision an analyst logged (accepted, rejected, ...)."""
        return {r["event_id"]: r["new"] for r in self.conn.execute(
            "SELECT event_id, new FROM changes WHERE field = 'review' ORDER BY id")}

    def rejected(self) -> set[str]:
        return {e for e, state in self.review_states().items() if state == "rejected"}

    def history(self, event_id: str) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT at, who, field, old, new FROM changes WHERE event_id = ? ORDER BY id", (event_id,))]

    def merged(self) -> list[Merged]:
        members: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT merged_id, event_id FROM merged_members ORDER BY event_id"):
            members.setdefault(r["merged_id"], []).append(r["event_id"])
        return [Merged(r["merged_id"], members.get(r["merged_id"], []), json.loads(r["record"]))
                for r in self.conn.execute("SELECT merged_id, record FROM merged_events ORDER BY rowid")]

    # ---- merging ----

    def _merge_input(self) -> list[dict]:
        rejected = self.rejected()
        rows = self.conn.execute(
            "SELECT e.event_id, e.record, a.fingerprint, a.published FROM events e JOIN articles a USING (article_id) "
            "ORDER BY e.rowid")
        out = []
        for r in rows:
            if r["event_id"] in rejected:
                continue
            record = json.loads(r["record"])
            record["article_fingerprint"] = r["fingerprint"]
            record["published"] = r["published"]
            out.append(record)
        return out

    def locked_groups(self) -> list[list[str]]:
        groups: dict[int, list[str]] = {}
        for r in self.conn.execute("SELECT group_id, event_id FROM locked_groups ORDER BY group_id, event_id"):
            groups.setdefault(r["group_id"], []).append(r["event_id"])
        return list(groups.values())

    def remerge(self) -> int:
        """Recompute merged events from every stored event and the analysts' fixed groupings."""
        from sitrep.merge import merge_events

        merged = merge_events(self._merge_input(), self.locked_groups())
        with self.transaction():
            self.conn.execute("DELETE FROM merged_members")
            self.conn.execute("DELETE FROM merged_events")
            for m in merged:
                self.conn.execute("INSERT INTO merged_events (merged_id, record) VALUES (?, ?)",
                                  (m.merged_id, json.dumps(m.record, ensure_ascii=False)))
                self.conn.executemany("INSERT INTO merged_members (merged_id, event_id) VALUES (?, ?)",
                                      [(m.merged_id, e) for e in m.members])
        return len(merged)

    def merge_manual(self, event_ids: list[str]) -> list[str]:
        """An analyst says these events are one: they become one locked group, kept by every remerge.
        Who did it is logged by the caller (the review app), in ``changes``."""
        self._check_events(event_ids)
        self._lock([event_ids], replacing=event_ids)
        self.remerge()
        return sorted(event_ids)

    def split(self, merged_id: str, event_ids: list[str]) -> list[list[str]]:
        """An analyst takes ``event_ids`` out of a merged event: they and the rest become two locked
        groups, which no later remerge joins again."""
        members = next((m.members for m in self.merged() if m.merged_id == merged_id), None)
        if members is None:
            raise SitrepError("E024", merged_id, reason="no such merged event")
        out = [e for e in event_ids if e in members]
        rest = [e for e in members if e not in out]
        if not out or not rest:
            raise SitrepError("E024", merged_id, reason="a split needs events on both sides")
        self._lock([out, rest], replacing=members)
        self.remerge()
        return [out, rest]

    def _lock(self, groups: list[list[str]], replacing: list[str]) -> None:
        """Replace the locked groups of ``replacing`` by ``groups``."""
        with self.transaction():
            self.conn.execute(f"DELETE FROM locked_groups WHERE event_id IN ({_marks(replacing)})", replacing)
            for members in groups:
                group = (self.conn.execute("SELECT max(group_id) FROM locked_groups").fetchone()[0] or 0) + 1
                self.conn.executemany("INSERT INTO locked_groups (group_id, event_id) VALUES (?, ?)",
                                      [(group, e) for e in members])

    def _check_events(self, event_ids: list[str]) -> None:
        if len(set(event_ids)) < 2:
            raise SitrepError("E024", ", ".join(event_ids), reason="a merge needs two events or more")
        known = {r[0] for r in self.conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({_marks(event_ids)})",
                                                 event_ids)}
        missing = [e for e in event_ids if e not in known]
        if missing:
            raise SitrepError("E024", ", ".join(missing), reason="no such event")

    # ---- exporting ----

    def export_records(self, merged: bool = True) -> list[dict]:
        """What an export writes: merged events with their sources (an event no other report
        joined is its own merged event), or each article's events; never rejected ones."""
        if not merged:
            return self.events(include_rejected=False)
        out, covered = [], set()
        for m in self.merged():
            out.append(m.record)
            covered.update(m.members)
        rejected = self.rejected()
        for record in self.events():
            if record["event_id"] not in covered and record["event_id"] not in rejected:
                article = self.article(record["article_id"]) or {}
                record = dict(record, sources=[{"article_id": record["article_id"], "outlet": article.get("outlet"),
                                                "fatalities": record.get("fatalities"),
                                                "attributed_to": (record.get("source") or {}).get("attributed_to"),
                                                "event_date": record.get("event_date")}])
                out.append(record)
        return out


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _renamed(record: dict, old_id: str, new_id: str) -> dict:
    """A record of an article stored under a suffixed id, with its ids and evidence kept consistent."""
    if old_id == new_id:
        return record
    record = dict(record, article_id=new_id)
    if record.get("event_id", "").startswith(old_id):
        record["event_id"] = new_id + record["event_id"][len(old_id):]
    return record
