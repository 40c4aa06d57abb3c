"""The filters of `sitrep events` and `sitrep export`, on a store coded from two articles written for
these tests: a country in any of its spellings and a type in any case select the same events, and a
value no event could have is an error naming the option, never an empty answer with exit 0."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from tests.conftest import run_sitrep

# Written for these tests.
ARTICLES = {
    "palmyra": ("Syrian government forces clashed with Islamic State fighters in Palmyra, in Homs province, on "
                "Monday, killing twelve fighters, a monitoring group said on Tuesday.", "2024-03-05", "Invented Wire"),
    "gao": ("Des hommes armés ont attaqué le marché de Gao lundi et tué quatre commerçants, a indiqué mardi le "
            "gouverneur de la région.", "2024-04-10", "Journal Inventé"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, (text, published, outlet) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"published": published, "outlet": outlet}))
    path = folder.parent / "filters.db"
    proc = run_sitrep("code", str(folder), "--db", str(path), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    return path


def listed(db, *filters: str) -> list[dict]:
    proc = run_sitrep("events", "--db", str(db), "--format", "jsonl", *filters)
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_a_country_by_code_or_name_and_a_type_in_any_case_select_the_same_events(db):
    syria = listed(db, "--country", "SY")
    assert syria and {e["location"]["country"] for e in syria} == {"SY"}
    assert len(syria) < len(listed(db))
    for spelling in ("SYR", "syr", "sy", "Syria", "syrian arab republic"):
        assert listed(db, "--country", spelling) == syria, spelling
    assert listed(db, "--type", "battles", "--sub-type", "ARMED CLASH") == listed(db, "--type", "Battles") != []
    assert listed(db, "--status", "Reported", "--from", "2024-03-01", "--to", "2024-03-31") == syria


BAD = [
    (["--from", "2024-13-45"], "E061", "--from", "'2024-13-45'"),
    (["--to", "5 March 2024"], "E061", "--to", "'5 March 2024'"),
    (["--from", "2024-04-01", "--to", "2024-03-01"], "E062", "--from", "2024-04-01"),
    (["--country", "SYRR"], "E060", "--country", "'SYRR'"),
    (["--country", "Syrie"], "E060", "--country", "'Syrie'"),
    (["--type", "Fighting"], "E063", "--type", "Battles"),
    (["--sub-type", "Gunfight"], "E064", "--sub-type", "Armed clash"),
    (["--type", "Riots", "--sub-type", "armed clash"], "E065", "--sub-type", "'Battles'"),
    (["--status", "confirmed"], "E066", "--status", "reported"),
    (["--min-confidence", "nan"], "E067", "--min-confidence", "0 to 1"),
]


@pytest.mark.parametrize("command", ["events", "export"])
@pytest.mark.parametrize("filters, code, option, said", BAD, ids=[" ".join(b[0]) for b in BAD])
def test_a_bad_filter_is_one_error_line_naming_the_option_and_what_is_accepted(db, tmp_path, command, filters, code,
                                                                               option, said):
    out = tmp_path / "out.csv"
    extra = ["--format", "acled-csv", "-o", str(out)] if command == "export" else []
    proc = run_sitrep(command, "--db", str(db), *extra, *filters)
    lines = proc.stderr.decode().splitlines()
    assert proc.returncode != 0 and proc.stdout == b""
    assert len(lines) == 1 and lines[0].startswith(f"sitrep: error [{code}] {option}: "), lines
    assert said in lines[0]
    assert not out.exists()


def test_export_writes_only_the_events_its_filters_keep(db, tmp_path):
    out = tmp_path / "mali.csv"
    proc = run_sitrep("export", "--db", str(db), "--format", "acled-csv", "-o", str(out), "--country", "mali",
                      "--type", "violence against civilians")
    assert proc.returncode == 0, proc.stderr.decode()
    rows = pd.read_csv(out)
    assert list(rows["country"]) == ["Mali"] and list(rows["event_type"]) == ["Violence against civilians"]
    everything = run_sitrep("export", "--db", str(db), "--format", "acled-csv", "-o", "-", "--quiet")
    assert len(pd.read_csv(io.BytesIO(everything.stdout))) > len(rows)
