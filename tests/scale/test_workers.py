"""`sitrep code --workers N`: the same events as one process, in input order, errors in place."""
from __future__ import annotations

import json

from tests.conftest import run_sitrep


def _articles(shared, tmp_path):
    """A JSONL of French dev articles and CASE 2021 snippets, with a bad line in the middle."""
    lines = (shared / "data" / "fr_dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    lines += (shared / "data" / "case2021" / "dev.articles.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    lines.insert(5, "{not json")
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_give_the_events_of_one_process_in_input_order(shared, tmp_path):
    path = _articles(shared, tmp_path)
    one = run_sitrep("code", str(path), "-q")
    two = run_sitrep("code", str(path), "-q", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout.decode() == two.stdout.decode()
    ids = [json.loads(line)["article_id"] for line in two.stdout.decode().splitlines()]
    order = [json.loads(line)["article_id"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.startswith("{\"")]
    assert ids and ids == sorted(ids, key=order.index)
    assert "[E006]" in two.stderr.decode() and "line 6" in two.stderr.decode()


def test_workers_must_be_a_positive_number(tmp_path):
    done = run_sitrep("code", str(tmp_path), "--workers", "0")
    assert done.returncode == 2
    assert "--workers" in done.stderr.decode()
