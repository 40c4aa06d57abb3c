"""Long steps say what they do on stderr, with totals, also in a log (stderr not a terminal), and
never into the data on stdout."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

from tests.conftest import ROOT

# How `sitrep.progress.duration` writes a time: a slow machine may take minutes where a quiet one takes seconds.
TOOK = r"(\d+s|\d+m \d\ds|\d+h \d\dm)"

ARTICLES = [  # invented
    "Des hommes armés ont attaqué mardi le poste de police de Ménaka, au Mali. Trois policiers ont été tués.",
    "Gunmen attacked a police post in Menaka, Mali, on Tuesday, killing three officers, a security source said.",
    "Des affrontements ont opposé jeudi l'armée et des rebelles près de Goma, faisant cinq morts.",
    "Protesters marched in Nairobi on Monday against new taxes; police fired tear gas.",
]


def _sitrep(*args: str, every: str | None) -> subprocess.CompletedProcess:
    """sitrep with stderr a pipe, as in a log; ``every``: SITREP_PROGRESS (None: the default)."""
    env = {k: v for k, v in os.environ.items() if k != "SITREP_PROGRESS"}
    if every is not None:
        env["SITREP_PROGRESS"] = every
    return subprocess.run([sys.executable, "-m", "sitrep", *args], capture_output=True, cwd=ROOT, env=env,
                          timeout=600)


def _folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(ARTICLES[:2]):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    (folder / "more.jsonl").write_text("".join(json.dumps({"article_id": f"j{i}", "text": t}) + "\n\n"
                                               for i, t in enumerate(ARTICLES[2:])), encoding="utf-8")
    return folder


def test_coding_a_folder_in_a_log_shows_the_count_out_of_the_total_and_leaves_stdout_to_the_data(tmp_path):
    folder = _folder(tmp_path)
    logged = _sitrep("code", str(folder), "--published", "2024-05-08", every="0.01")
    assert logged.returncode == 0, logged.stderr.decode()
    lines = logged.stderr.decode().splitlines()
    assert lines and all(re.match(r"coding: \d/4 articles", line) for line in lines), lines  # 2 files + 2 lines
    assert lines[-1].startswith("coding: 4/4 articles in ")
    assert "\r" not in logged.stderr.decode()  # plain lines, not a redrawn bar
    silent = _sitrep("code", str(folder), "--published", "2024-05-08", "--quiet", every="0.01")
    assert silent.returncode == 0 and silent.stderr == b""  # --quiet: no progress either
    records = [json.loads(line) for line in logged.stdout.decode().splitlines()]
    assert {r["article_id"] for r in records} == {"a0", "a1", "j0", "j1"}
    assert [r["event_id"] for r in records] == [json.loads(l)["event_id"] for l in silent.stdout.decode().splitlines()]


def test_a_rerun_into_a_store_counts_only_the_articles_left_to_code(tmp_path):
    from sitrep.store import Store
    from sitrep.types import Article

    folder = _folder(tmp_path)
    db = tmp_path / "events.db"
    with Store.open(db) as store:  # stored by an earlier run
        store.add(Article("a0", ARTICLES[0], "fr"), [])
    proc = _sitrep("code", str(folder), "--db", str(db), "--published", "2024-05-08", every="0.01")
    assert proc.returncode == 0, proc.stderr.decode()
    progress = [line for line in proc.stderr.decode().splitlines() if line.startswith("coding")]
    assert progress and progress[-1].startswith("coding: 3/3 articles in "), progress
    assert "3 articles stored, 1 already there" in proc.stderr.decode()


def test_batch_counts_the_shards_done_out_of_the_total(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    for i, text in enumerate(ARTICLES[:3]):
        (shards / f"s{i}.jsonl").write_text(json.dumps({"article_id": f"s{i}", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _sitrep("batch", str(shards), "--out", str(out), "--workers", "1", every="0.01")
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stderr.decode().splitlines()
    assert lines and all(re.match(r"batch: [0-3]/3 shards", line) for line in lines), lines
    assert lines[-1].startswith("batch: 3/3 shards in ")
    assert json.loads(proc.stdout)["coded"] == 3  # the summary alone on stdout


def test_eval_says_when_each_set_starts_and_how_long_it_took(shared):
    proc = _sitrep("eval", "seed", "--shared", str(shared), every=None)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stderr.decode().splitlines()
    assert lines[0] == "eval seed (1/1) ..."
    assert re.fullmatch(rf"eval seed \(1/1\): done in {TOOK}", lines[-1]), lines
    assert "seed" in proc.stdout.decode() and "eval seed" not in proc.stdout.decode()


def test_prepare_says_each_step_before_it_starts_and_how_long_it_took():
    proc = _sitrep("prepare", every=None)  # the caches of this machine: built once, then loaded
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().splitlines() == ["prepare: the en pipeline ...", "prepare: the fr pipeline ...",
                                                 "prepare: the gazetteer index ..."]
    said = proc.stdout.decode().splitlines()
    for lang, line in zip(("en", "fr"), said):
        assert re.fullmatch(rf"{lang} pipeline loaded in {TOOK}(; compiled patterns kept in \S+)?", line), said
    assert re.fullmatch(rf"gazetteer index ready in {TOOK}; kept in \S+", said[2]), said
