"""The sitrep command as a user runs it: help everywhere, exit statuses, one error line per bad input."""
from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import ROOT, run_sitrep

ARTICLE = ("Des hommes armés ont attaqué mardi le poste de police de Ménaka, au Mali. "
           "Trois policiers ont été tués, selon une source sécuritaire.")


@pytest.mark.parametrize("command", [[], ["code"], ["eval"], ["geoparse"]])
def test_help_on_every_command(command):
    proc = run_sitrep(*command, "--help")
    assert proc.returncode == 0
    assert b"usage:" in proc.stdout


def test_usage_error_exits_2():
    assert run_sitrep("code").returncode == 2
    assert run_sitrep("code", "x.txt", "--format", "xml").returncode == 2
    assert run_sitrep("code", "x.txt", "--published", "yesterday").returncode == 2


def test_bad_inputs_are_reported_one_line_each_and_good_ones_coded(tmp_path):
    good = tmp_path / "menaka.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / "big.txt").write_bytes(b"x " * (10 * 1024 * 1024))
    (tmp_path / "lines.jsonl").write_text('{"article_id": "j1", "text": "' + ARTICLE + '"}\n{broken\n',
                                          encoding="utf-8")
    inputs = [str(tmp_path / n) for n in ("missing.txt", "empty.txt", "bin.txt", "bad.txt", "big.txt",
                                          "lines.jsonl", "menaka.txt")]
    proc = run_sitrep("code", *inputs, "--published", "2024-05-08", "--lang", "fr")
    assert proc.returncode == 0
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 6, errors
    for name, line in zip(("missing.txt", "empty.txt", "bin.txt", "bad.txt", "big.txt", "lines.jsonl"), errors):
        assert name in line and line.startswith("sitrep: error")
    records = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert {r["article_id"] for r in records} == {"j1", "menaka"}


def test_an_article_over_its_time_budget_gets_one_error_line_and_the_next_is_coded(tmp_path):
    endless = tmp_path / "endless.txt"  # 1.5 MB of words with no punctuation: minutes of coding
    endless.write_text(" ".join(["gunmen attacked the army in Goma killing 12 civilians on Monday"] * 24_000),
                       encoding="utf-8")
    good = tmp_path / "menaka.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    proc = run_sitrep("code", str(endless), str(good), "--max-seconds", "5", "--published", "2024-05-08")
    assert proc.returncode == 0
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 1 and "[E030]" in errors[0] and "endless.txt" in errors[0] and "5 s" in errors[0]
    records = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert records and {r["article_id"] for r in records} == {"menaka"}


def test_exit_1_when_nothing_could_be_coded(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = run_sitrep("code", str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert len(proc.stderr.decode().strip().splitlines()) == 2


def test_stdin_and_formats(tmp_path):
    proc = run_sitrep("code", "-", "--published", "2024-05-08", "--lang", "fr", "--format", "csv",
                      stdin=ARTICLE.encode())
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert rows and rows[0]["event_type"] and len(rows[0]) == 31
    out = tmp_path / "events.geojson"
    proc = run_sitrep("code", "-", "--published", "2024-05-08", "--lang", "fr", "--format", "geojson", "-o",
                      str(out), stdin=ARTICLE.encode())
    assert proc.returncode == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection" and collection["features"]


def test_output_file_and_readable_table_on_the_bundled_examples(tmp_path):
    out = tmp_path / "events.jsonl"
    proc = run_sitrep("code", str(ROOT / "examples"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    table = proc.stdout.decode()
    assert "date" in table.splitlines()[0] and "[example-mali-boulkessi]" in table
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article_id"] for r in records} >= {"example-mali-boulkessi", "example-sudan-el-fasher",
                                                 "example-rdc-sake", "example-kenya-nairobi"}
    assert b"coding" not in proc.stderr  # no progress bar when stderr is not a terminal
