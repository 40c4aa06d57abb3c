"""A store is known by its own marker: read commands never create, migrate or touch another file."""
from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest

from sitrep.store import Store
from sitrep.store.schema import MIGRATIONS
from tests.conftest import ROOT, run_sitrep

READ_COMMANDS = [("events",), ("export", "--format", "jsonl", "-o", "OUT"), ("token", "list"),
                 ("token", "create", "--name", "alice"), ("serve", "--port", "0")]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(tmp_path, *args) -> subprocess.CompletedProcess:
    """sitrep as a user runs it; a server that starts when it should have refused is stopped."""
    try:
        return subprocess.run([sys.executable, "-m", "sitrep", *(str(tmp_path / "out.jsonl") if a == "OUT" else a
                                                                for a in args)],
                              capture_output=True, cwd=ROOT, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail(f"sitrep {' '.join(args)} went on with a database it should have refused")


@pytest.fixture
def foreign(tmp_path):
    """Another application's SQLite file, in the default (rollback journal) mode."""
    db = tmp_path / "other-app.db"
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("command", [*READ_COMMANDS, ("code", "ARTICLE")])
def test_a_foreign_sqlite_file_is_refused_and_left_as_it_was(tmp_path, foreign, command):
    article = tmp_path / "article.txt"
    article.write_text("Des hommes armés ont attaqué Ménaka mardi.", encoding="utf-8")
    command = tuple(str(article) if a == "ARTICLE" else a for a in command)
    before = _digest(foreign)
    proc = _run(tmp_path, *command, "--db", str(foreign))
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("[E023]") == 1 and "another application" in err and str(foreign) in err, err
    assert _digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other-app")) == ["other-app.db"]


def _schema_1_store(folder):
    """A store as the first sitrep wrote it: the first migration only."""
    db = folder / "old.db"
    conn = sqlite3.connect(str(db))
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_read_command_never_migrates_a_store_of_an_older_schema(tmp_path, command):
    db = _schema_1_store(tmp_path)
    before = _digest(db)
    proc = _run(tmp_path, *command, "--db", str(db))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("[E023]") == 1 and "older sitrep" in err, err
    assert _digest(db) == before
    with Store.open(db) as store:  # the writing command brings it up to date
        assert store.version == len(MIGRATIONS)


@pytest.mark.parametrize("command", READ_COMMANDS)
def test_a_read_command_never_creates_a_store(tmp_path, command):
    db = tmp_path / "typo.db"
    proc = _run(tmp_path, *command, "--db", str(db))
    assert proc.returncode == 2 and "[E042]" in proc.stderr.decode()
    assert not db.exists()


def test_a_store_made_before_the_marker_is_still_read_and_gets_the_marker_when_written(tmp_path):
    db = tmp_path / "events.db"
    Store.open(db).close()
    conn = sqlite3.connect(str(db))
    conn.execute("PRAGMA application_id = 0")  # as every store written before sitrep set one
    conn.close()
    assert run_sitrep("events", "--db", str(db)).returncode == 0
    with Store.open(db) as store:
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] != 0


def test_code_with_a_store_and_no_input_brings_it_up_to_date(tmp_path):
    db = _schema_1_store(tmp_path)
    assert run_sitrep("code", "--db", str(db), "--quiet").returncode == 0
    assert run_sitrep("events", "--db", str(db)).returncode == 0
    assert run_sitrep("code").returncode == 2  # neither inputs nor a store: a usage error
