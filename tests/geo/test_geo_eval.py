"""End-to-end geoparsing accuracy on the shared corpora, scored by the shared scorer.

Floors sit slightly under the figures measured when they were set (docs/geo.md); a drop below
them is a regression. The corpora are read from ../shared at run time, never copied.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.heavy  # minutes of work: `make test` starts it first

FLOORS = {"lgl": 0.73, "geowebnews": 0.81, "geovirus": 0.79}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_end_to_end_accuracy(corpus, shared, geoparser, tmp_path):
    gold = shared / "data" / "geo" / f"{corpus}.gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"{gold} is absent: the geoparsing corpora are not in the shared folder")
    from sitrep.geo.cli import _read, _record

    docs = [doc for _, doc in _read(str(gold))]  # the gold has no bad line
    pred = tmp_path / f"{corpus}.pred.jsonl"
    with open(pred, "w", encoding="utf-8") as out:
        for d, tops in zip(docs, geoparser.parse_many((d["text"] for d in docs), "en", demonyms=True)):
            out.write(json.dumps(_record(d["doc_id"], tops)) + "\n")
    proc = subprocess.run([sys.executable, str(shared / "eval" / "score_geo.py"), "--gold", str(gold),
                           "--pred", str(pred)], capture_output=True, text=True, check=True)
    accuracy = float(proc.stdout.strip().splitlines()[-1].split()[-1])
    assert accuracy >= FLOORS[corpus], proc.stdout
