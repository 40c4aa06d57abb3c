"""`sitrep export -o -` writes to standard output, in every format, and no file named "-"."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from tests.conftest import ROOT, run_sitrep


def _read(fmt: str, data: bytes):
    if fmt == "parquet":
        return pq.read_table(io.BytesIO(data)).num_rows
    text = data.decode("utf-8")
    if fmt == "acled-csv":
        return len(list(csv.DictReader(io.StringIO(text))))
    if fmt == "geojson":
        return len(json.loads(text)["features"])
    return len([json.loads(line) for line in text.splitlines()])


@pytest.mark.parametrize("fmt", ["acled-csv", "plover-json", "geojson", "parquet", "jsonl"])
def test_export_to_dash_writes_stdout(store, tmp_path, fmt):
    proc = run_sitrep("export", "--db", str(store[0]), "--format", fmt, "-o", "-")  # run in ROOT
    dash = ROOT / "-"
    written, _ = dash.exists(), dash.unlink(missing_ok=True)
    assert proc.returncode == 0, proc.stderr.decode()
    assert not written
    assert _read(fmt, proc.stdout) > 0
    assert b"written" in proc.stderr  # the count goes to stderr, never into the data
