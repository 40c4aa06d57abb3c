"""Several sitrep processes writing one store at once, as a team's cron jobs and analysts do."""
from __future__ import annotations

import subprocess
import sys
import time

from sitrep.store import Store
from tests.conftest import ROOT

WRITER = """
import sys, time
from pathlib import Path
from sitrep.store import Store
from sitrep.types import Article

db, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
go.with_name(go.name + "-" + name).touch()  # ready
while not go.exists():  # every writer opens the store at the same moment
    time.sleep(0.001)
with Store.open(db) as store:
    for n in range(3):
        article_id = f"{name}-{n}"
        record = {"event_id": f"{article_id}-E1", "article_id": article_id, "status": "reported",
                  "event_type": "Battles", "sub_event_type": "Armed clash", "evidence": []}
        store.add(Article(article_id, f"Text {n} written by {name}."), [record])
    store.remerge()
"""

PROCESSES = 4
ROUNDS = 3  # the race is a matter of timing: several fresh stores make a lost run show


def _race(db, go) -> list[subprocess.CompletedProcess]:
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), f"w{i}", str(go)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in range(PROCESSES)]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not all(go.with_name(f"{go.name}-w{i}").exists() for i in range(PROCESSES)):
        time.sleep(0.01)
    go.touch()
    return [subprocess.CompletedProcess(w.args, w.wait(timeout=120), *w.communicate()) for w in writers]


def test_four_processes_creating_the_same_new_store_lose_nothing(tmp_path):
    for round_ in range(ROUNDS):
        db, go = tmp_path / f"new-{round_}.db", tmp_path / f"go-{round_}"
        for proc in _race(db, go):
            assert proc.returncode == 0, proc.stderr.decode()
        with Store.open(db) as store:
            assert sorted(a.article_id for a in store.articles()) == \
                sorted(f"w{i}-{n}" for i in range(PROCESSES) for n in range(3))
            assert len(store.merged()) == PROCESSES * 3


def test_four_processes_opening_a_store_of_an_older_schema_migrate_it_once(tmp_path):
    import sqlite3

    from sitrep.store.schema import MIGRATIONS

    for round_ in range(ROUNDS):
        db, go = tmp_path / f"old-{round_}.db", tmp_path / f"go-{round_}"
        conn = sqlite3.connect(str(db))
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
        conn.close()
        for proc in _race(db, go):
            assert proc.returncode == 0, proc.stderr.decode()
        with Store.open(db) as store:
            assert store.version == len(MIGRATIONS)
            assert len(store.articles()) == PROCESSES * 3
