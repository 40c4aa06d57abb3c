"""The README's snippets run as they are written, so that they cannot drift from sitrep: its
`sitrep export` commands and the two lines that load each format (pandas, geopandas, DuckDB,
pyarrow), and its Python example, on a store coded from examples/."""
from __future__ import annotations

import re
import shlex
import shutil
import textwrap
from datetime import date

import pytest

from sitrep.export.acled_columns import ACLED_COLUMNS
from tests.conftest import ROOT, run_sitrep

README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCED = re.compile(r"^( *)```(\w+)\n(.*?)^\1```", re.M | re.S)


def block(lang: str, marker: str) -> str:
    """The one fenced ``lang`` block of the README holding ``marker``, dedented (a list item indents it)."""
    found = [textwrap.dedent(m.group(3)) for m in FENCED.finditer(README) if m.group(2) == lang and marker in m.group(3)]
    assert len(found) == 1, f"{len(found)} {lang} blocks of README.md hold {marker!r}"
    return found[0]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A folder with examples/ and events.db coded from it, as the README's commands leave it."""
    here = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", here / "examples")
    done = run_sitrep("code", "examples/", "--db", "events.db", "-q", cwd=here)
    assert done.returncode == 0, done.stderr.decode()
    return here


def run_python(code: str, folder, monkeypatch) -> dict:
    monkeypatch.chdir(folder)
    names: dict = {}
    exec(compile(code, "README.md", "exec"), names)
    return names


def test_each_export_loads_in_two_lines_as_the_readme_shows(folder, monkeypatch):
    commands = [shlex.split(line, comments=True) for line in block("sh", "sitrep export --db").splitlines()]
    written = set()
    for args in commands:
        if args[:2] == ["sitrep", "export"]:
            done = run_sitrep(*args[1:], "-q", cwd=folder)
            assert done.returncode == 0, (args, done.stderr.decode())
            written.add(args[args.index("-o") + 1])
    code = block("python", "read_parquet")
    assert set(re.findall(r"['\"](events\.[\w.]+)['\"]", code)) <= written  # every file it reads, the README writes

    loaded = run_python(code, folder, monkeypatch)
    acled, points, recent, table = loaded["acled"], loaded["points"], loaded["recent"], loaded["table"]
    assert list(acled.columns[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS and len(acled) > 0
    assert str(acled["year"].dtype) == "int64" and str(acled["interaction"].dtype) == "int64"
    assert len(points) == table.num_rows > 0 and points.geometry.notna().any() and points.crs is not None
    assert len(recent) > 0 and all(day >= date(2024, 1, 1) for day in recent["event_date"].dt.date)
    assert {"country", "admin1", "actor1", "event_type", "sitrep"} <= set(loaded["features"].columns)
    assert len(loaded["features"]) == table.num_rows
    assert len(loaded["plover"]) > 0 and {"id", "date", "event", "mode"} <= set(loaded["plover"].columns)
    assert list(loaded["records"]["event_id"]) == table.column("event_id_cnty").to_pylist()


def test_the_python_example_codes_and_reads_the_store(folder, monkeypatch):
    loaded = run_python(block("python", "sitrep.code("), folder, monkeypatch)
    first = loaded["first"]
    assert first.event_type == "Violence against civilians" and first.event_date == date(2024, 5, 7)
    assert loaded["record"] == first.to_dict() and loaded["record"]["actor2"]["name"] == "Civilians (Democratic Republic of Congo)"
    assert len(loaded["coded"]) == 2 and all(loaded["coded"])  # the two articles of rdc-sake.jsonl
    assert len(loaded["merged"]) > 0 and loaded["table"].num_rows >= len(loaded["merged"])
