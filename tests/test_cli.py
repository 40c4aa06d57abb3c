"""The sitrep command as a user runs it: help everywhere, exit statuses, one error line per bad input."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitrep.export.acled_columns import ACLED_COLUMNS
from tests.conftest import ROOT, run_sitrep

pytestmark = pytest.mark.heavy  # minutes of work: `make test` starts it first

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
    assert len(errors) == 1 and "[E038]" in errors[0] and "endless.txt" in errors[0] and "5 s" in errors[0]
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
    assert rows and rows[0]["event_type"] and list(rows[0])[:31] == ACLED_COLUMNS
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



def test_the_summary_counts_the_rows_an_acled_file_holds_and_why_the_others_are_left_out(tmp_path, shared):
    """An ACLED CSV holds dated events of ACLED's types only: the line after the table says how many
    rows the file got, so a user who sees "4 events" and a file of 2 rows knows why."""
    out = tmp_path / "events.csv"
    proc = run_sitrep("code", str(shared / "seed" / "deir-ez-zor.txt"), "-o", str(out),
                      "--format", "csv")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    summary = proc.stdout.decode().strip().splitlines()[-1]
    coded = int(summary.split()[0])
    assert 0 < len(rows) < coded
    assert f"{len(rows)} of {coded} events written" in summary and "left out" in summary


TOWNS = ("Ménaka", "Gao", "Tombouctou", "Mopti", "Kidal", "Ségou", "Sikasso", "Kayes")


def _many_articles(path, n: int = 60):
    """A JSONL file of n short, distinct French articles (invented), each telling one attack."""
    rows = [{"article_id": f"a{i:03d}", "lang": "fr", "published": "2024-05-08",
             "text": f"Des hommes armés ont attaqué mardi le poste de police de {TOWNS[i % len(TOWNS)]}, au Mali. "
                     f"{i + 2} policiers ont été tués, selon une source sécuritaire."} for i in range(n)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def _lines(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.mark.parametrize("where, reason", [
    ("missing/events.jsonl", "no folder"),
    ("a-folder", "Is a directory"),
    ("/sys/sitrep-events.jsonl", "Permission denied"),  # read-only even for root
])
@pytest.mark.parametrize("command", ["code", "geoparse", "export"])
def test_a_bad_output_path_is_refused_before_any_work(tmp_path, where, reason, command):
    (tmp_path / "a-folder").mkdir()
    out = where if where.startswith("/") else str(tmp_path / where)
    db = tmp_path / "events.db"
    if command == "export":
        from sitrep.store import Store

        Store.open(db).close()
        args = ("export", "--db", str(db), "--format", "jsonl", "-o", out)
    elif command == "geoparse":
        (tmp_path / "docs.jsonl").write_text('{"doc_id": "d1", "text": "Gao"}\n{broken\n', encoding="utf-8")
        args = ("geoparse", str(tmp_path / "docs.jsonl"), "-o", out)
    else:  # the missing input would get its own error line if any input were read
        args = ("code", str(tmp_path / "missing.txt"), "-o", out, "--db", str(tmp_path / "new.db"))
    proc = run_sitrep(*args)
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [f"sitrep: error [E034] {out}: cannot write: {reason}"
                                                 + (f" {Path(out).parent}" if reason == "no folder" else "")]
    assert not (tmp_path / "new.db").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_killed_run_keeps_every_article_it_finished(tmp_path, fmt):
    inputs = tmp_path / "articles.jsonl"
    _many_articles(inputs, 20)
    whole = tmp_path / f"whole.{fmt}"
    assert run_sitrep("code", str(inputs), "-o", str(whole), "--format", fmt, "--quiet").returncode == 0
    expected = _lines(whole)

    out = tmp_path / f"killed.{fmt}"
    reader, writer = os.pipe()  # a last input that never ends: the run is still going when it is killed
    child = subprocess.Popen([sys.executable, "-m", "sitrep", "code", str(inputs), "-", "-o", str(out), "--format",
                              fmt, "--quiet"], cwd=ROOT, stdin=reader, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    os.close(reader)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and child.poll() is None and len(_lines(out)) < len(expected):
            time.sleep(0.05)
        assert child.poll() is None
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        os.close(writer)
    assert _untimed(_lines(out), fmt) == _untimed(expected, fmt)  # every article coded before the kill, whole lines


def _untimed(lines: list[str], fmt: str) -> list[str]:
    """The lines without ACLED's ``timestamp`` column, the time of coding, which differs between two runs."""
    if fmt != "csv" or not lines:
        return lines
    rows = list(csv.reader(lines))
    at = rows[0].index("timestamp")
    return [",".join(r[:at] + r[at + 1:]) for r in rows]


def _ctrl_c_as_in_a_terminal() -> None:
    """A job started in the background by a shell ignores Ctrl-C, and its children inherit that: the
    run under test gets the default handler, as a command typed at a terminal has, whoever ran pytest."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_stops_the_workers_keeps_the_store_consistent_and_says_one_line(tmp_path):
    import sqlite3

    inputs = tmp_path / "articles.jsonl"
    rows = _many_articles(inputs, 120)
    db = tmp_path / "events.db"
    child = subprocess.Popen([sys.executable, "-m", "sitrep", "code", str(inputs), "--db", str(db), "--workers", "2",
                              "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             start_new_session=True,  # its own process group, as a terminal's foreground job
                             preexec_fn=_ctrl_c_as_in_a_terminal)
    stored, deadline = 0, time.monotonic() + 300
    while time.monotonic() < deadline and child.poll() is None and stored < 5:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                pass
        time.sleep(0.02)
    assert child.poll() is None, "the run ended before it could be interrupted"
    os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C does: every process of the group gets it
    assert child.wait(timeout=120) == 130
    assert child.stderr.read().decode().splitlines() == \
        ["sitrep: error [E035] interrupted (Ctrl-C): what was finished is kept; run again for the rest"]
    for _ in range(100):  # the workers went with it
        try:
            os.killpg(child.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived the interrupted run")
    with sqlite3.connect(str(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)"
                            ).fetchone()[0] == 0
        assert 5 <= conn.execute("SELECT count(*) FROM articles").fetchone()[0] < len(rows)
    proc = run_sitrep("code", str(inputs), "--db", str(db), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    with sqlite3.connect(str(db)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(rows)


GEO_DOCS = [  # invented
    {"doc_id": "f1", "lang": "fr", "text": "Des affrontements ont éclaté jeudi à Ménaka, au nord-est de Gao, selon le "
                                          "gouverneur de la région."},
    {"doc_id": "f2", "lang": "fr", "text": "Les habitants de Bunia et de Beni fuient vers l'Ouganda, a indiqué le HCR."},
    {"doc_id": "e1", "lang": "en", "text": "Fighting broke out in Menaka, northeast of Gao, the governor said."},
]


def _geoparse(tmp_path, lines: list[str], *flags) -> tuple[subprocess.CompletedProcess, dict]:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    proc = run_sitrep("geoparse", str(docs), *flags)
    found = {}
    for line in proc.stdout.decode().splitlines():
        record = json.loads(line)
        found[record["doc_id"]] = {t["name"] for t in record["toponyms"]}
    return proc, found


def test_geoparse_reads_each_documents_language(tmp_path):
    proc, found = _geoparse(tmp_path, [json.dumps(d, ensure_ascii=False) for d in GEO_DOCS], "--lang", "en")
    assert proc.returncode == 0, proc.stderr.decode()
    assert found["f1"] >= {"Ménaka", "Gao"} and "Uganda" in found["f2"]  # read as French, as each says
    assert found["e1"] >= {"Gao"}


def test_geoparse_reports_a_bad_line_and_a_missing_id_and_goes_on(tmp_path):
    lines = [json.dumps(GEO_DOCS[0], ensure_ascii=False), "{broken", json.dumps({"id": "x9", "text": "Gao"}),
             json.dumps(GEO_DOCS[2])]
    proc, found = _geoparse(tmp_path, lines)
    assert proc.returncode == 0
    docs = tmp_path / "docs.jsonl"
    assert proc.stderr.decode().splitlines() == [
        f"sitrep: error [E006] {docs}: line 2: not JSON (Expecting property name enclosed in double quotes)",
        f"sitrep: error [E036] {docs}: line 3: a non-empty \"doc_id\" is required (this line has: id, text)",
    ]
    assert set(found) == {"f1", "e1"}


def test_geoparse_gives_an_unsupported_language_its_error(tmp_path):
    german = {"doc_id": "d1", "text": "Bewaffnete haben am Dienstag drei Dorfbewohner in der Nähe des Marktes getötet."}
    proc, found = _geoparse(tmp_path, [json.dumps(german, ensure_ascii=False), json.dumps(GEO_DOCS[2])])
    assert proc.returncode == 0
    assert proc.stderr.decode().startswith(f"sitrep: error [E011] {tmp_path / 'docs.jsonl'}:1: language 'de' (German, ")
    assert set(found) == {"e1"}


def test_a_file_after_an_option_is_an_input_too(tmp_path):
    big, good = tmp_path / "big.jsonl", tmp_path / "good.txt"
    big.write_text(json.dumps({"article_id": "big", "text": ARTICLE * 5}, ensure_ascii=False) + "\n", encoding="utf-8")
    good.write_text(ARTICLE[:90], encoding="utf-8")
    proc = run_sitrep("code", "-q", str(big), "--max-bytes", "100", str(good), "--lang", "fr")
    assert proc.returncode == 0, proc.stderr.decode()
    errors = proc.stderr.decode().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"sitrep: error [E005] {big}:1: too large: ")
    assert '"article_id": "good"' in proc.stdout.decode()
    assert run_sitrep("code", str(good), "--lang", "fr", "--no-such-option", str(big)).returncode == 2


def test_two_active_tokens_cannot_share_a_name_and_revoking_nobody_fails(tmp_path):
    from sitrep.store import Store

    db = tmp_path / "events.db"
    Store.open(db).close()
    assert run_sitrep("token", "create", "--db", str(db), "--name", "alice").returncode == 0
    again = run_sitrep("token", "create", "--db", str(db), "--name", "alice")
    assert again.returncode == 2 and again.stdout == b""
    assert again.stderr.decode().strip() == ("sitrep: error [E033] alice: an active token has this name already: "
                                             "revoke it first (`sitrep token revoke --name alice`)")
    nobody = run_sitrep("token", "revoke", "--db", str(db), "--name", "nobody")
    assert nobody.returncode == 2
    assert nobody.stderr.decode().strip() == "sitrep: error [E032] nobody: no active token has this name"
    assert run_sitrep("token", "revoke", "--db", str(db), "--name", "alice").returncode == 0
    assert run_sitrep("token", "create", "--db", str(db), "--name", "alice").returncode == 0  # a new one, once revoked
    listed = run_sitrep("token", "list", "--db", str(db)).stdout.decode().splitlines()
    assert [line.split("\t")[2] for line in listed] == ["revoked", "active"]
