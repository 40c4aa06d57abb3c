"""The store's tables, as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a file has had; ``sitrep code --db`` runs the ones
it lacks in one transaction, so a database written by an older sitrep is brought up to date in place
and never rebuilt.
"""
from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, their events and evidence, outlets, merged events
    """
    CREATE TABLE sources (
        source_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL,
        text TEXT NOT NULL,
        lang TEXT,
        published TEXT,
        source_id INTEGER REFERENCES sources(source_id),
        title TEXT,
        url TEXT,
        origin TEXT,
        stored_at TEXT NOT NULL
    );
    CREATE TABLE events (
        event_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
        record TEXT NOT NULL CHECK (json_valid(record))
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(json_extract(record, '$.event_date'));
    CREATE TABLE evidence (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT
    );
    CREATE INDEX evidence_event ON evidence(event_id);
    CREATE TABLE merged_events (
        merged_id TEXT PRIMARY KEY,
        record TEXT NOT NULL
    );
    CREATE TABLE merged_members (
        merged_id TEXT NOT NULL REFERENCES merged_events(merged_id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        PRIMARY KEY (merged_id, event_id)
    );
    """,
    # 2: what analysts changed, and the groupings they fixed by hand
    """
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        who TEXT NOT NULL,
        at TEXT NOT NULL,
        event_id TEXT,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT
    );
    CREATE INDEX changes_event ON changes(event_id);
    CREATE TABLE locked_groups (
        group_id INTEGER NOT NULL,
        event_id TEXT NOT NULL UNIQUE REFERENCES events(event_id) ON DELETE CASCADE
    );
    """,
    # 3: the review app's write tokens, kept as hashes only
    """
    CREATE TABLE IF NOT EXISTS review_tokens (
        hash TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created TEXT NOT NULL,
        revoked TEXT
    );
    """,
    # 4: the language identifier's confidence, for an article whose language was identified, not given
    """
    ALTER TABLE articles ADD COLUMN lang_confidence REAL;
    """,
]
