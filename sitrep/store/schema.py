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
    # 4: what the review app reads for one event or one page of events, kept up to date as analysts
    # write, so that no request recomputes it over the whole store: each reviewed or corrected
    # event's state (filled from the log so far), an event's merged event, the filtered fields
    """
    CREATE TABLE event_reviews (
        event_id TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
        review TEXT NOT NULL DEFAULT 'unreviewed',
        edited INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO event_reviews (event_id, review, edited)
        SELECT e.event_id,
               coalesce((SELECT c.new FROM changes c WHERE c.event_id = e.event_id AND c.field = 'review'
                         ORDER BY c.id DESC LIMIT 1), 'unreviewed'),
               EXISTS (SELECT 1 FROM changes c WHERE c.event_id = e.event_id
                       AND c.field NOT IN ('review', 'merge', 'split'))
        FROM events e WHERE e.event_id IN (SELECT event_id FROM changes);
    CREATE INDEX event_reviews_review ON event_reviews(review);
    CREATE INDEX merged_members_event ON merged_members(event_id);
    CREATE INDEX events_country ON events(upper(json_extract(record, '$.location.country')));
    CREATE INDEX events_type ON events(json_extract(record, '$.event_type'));
    CREATE INDEX events_sub_type ON events(json_extract(record, '$.sub_event_type'));
    CREATE INDEX events_status ON events(json_extract(record, '$.status'));
    CREATE INDEX events_actor1 ON events(json_extract(record, '$.actor1.name'));
    CREATE INDEX events_actor2 ON events(json_extract(record, '$.actor2.name'));
    """,
    # 5: the language identifier's confidence, for an article whose language was identified, not given
    """
    ALTER TABLE articles ADD COLUMN lang_confidence REAL;
    """,
    # 6: the store's revision, which the review API's ETags are made of: ``inputs`` counts the writes
    # to what every read shows (events, the change log, review states, fixed groupings), ``merged``
    # is ``inputs`` as of the last write of the merged events, so ``merged < inputs`` says they are
    # older than what they are made from. Triggers keep both, whichever process or command writes.
    """
    CREATE TABLE revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        inputs INTEGER NOT NULL,
        merged INTEGER NOT NULL
    );
    INSERT INTO revision (id, inputs, merged) VALUES (1, 1, 0);
    CREATE TRIGGER revision_event_added AFTER INSERT ON events BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_event_corrected AFTER UPDATE ON events BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_event_deleted AFTER DELETE ON events BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_change_logged AFTER INSERT ON changes BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_review_added AFTER INSERT ON event_reviews BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_review_changed AFTER UPDATE ON event_reviews BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_group_locked AFTER INSERT ON locked_groups BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_group_unlocked AFTER DELETE ON locked_groups BEGIN UPDATE revision SET inputs = inputs + 1; END;
    CREATE TRIGGER revision_merged_added AFTER INSERT ON merged_events BEGIN UPDATE revision SET merged = inputs; END;
    CREATE TRIGGER revision_merged_deleted AFTER DELETE ON merged_events BEGIN UPDATE revision SET merged = inputs; END;
    """,
]
