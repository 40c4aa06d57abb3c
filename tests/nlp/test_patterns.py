"""Patterns rebuilt from sitrep's cache tokenize exactly as freshly compiled ones, and spare the compile."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from sitrep.nlp import patterns

pytestmark = pytest.mark.heavy  # minutes of work: `make test` starts it first

PROBE = r"""
import json, re, sys
from re import _compiler
compiled = []
original = _compiler.compile
def counting(p, flags=0):
    if isinstance(p, str) and len(p) >= 5000:
        compiled.append(len(p))
    return original(p, flags)
_compiler.compile = counting
from sitrep.nlp import load_pipeline
nlp = load_pipeline("fr")
texts = [open(sys.argv[1], encoding="utf-8").read()]
texts += [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
print(json.dumps({"tokens": [t.text for text in texts for t in nlp.make_doc(text)], "compiled": compiled}))
"""


def _probe(shared, cache) -> dict:
    """Tokens of the seed and the French dev articles, and the long patterns compiled to get them."""
    env = {**os.environ, "SITREP_CACHE": str(cache)}
    paths = [str(shared / "seed" / "deir-ez-zor.txt"), str(shared / "data" / "fr_dev" / "articles.jsonl")]
    proc = subprocess.run([sys.executable, "-c", PROBE, *paths], capture_output=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)


def test_a_rebuilt_pattern_matches_as_the_compiled_one():
    source = r"(?iu)^(?P<head>[\w'’]+)-(?:t-)?(?P<tail>il|elle|on)$|^\d{1,3}(?:[ .]\d{3})*$"
    rebuilt = patterns._rebuild(source, patterns._entry(source, 0))
    fresh = re.compile(source)
    assert (rebuilt.flags, rebuilt.groups, rebuilt.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
    for text in ["a-t-il", "Dit-elle", "PEUT-ON", "12 000", "1.250.000", "Deir ez-Zor", "aujourd'hui", ""]:
        ours, theirs = rebuilt.match(text), fresh.match(text)
        assert (ours and ours.groupdict()) == (theirs and theirs.groupdict()), text


def test_second_start_takes_french_patterns_from_the_cache_and_tokenizes_the_same(shared, tmp_path):
    first = _probe(shared, tmp_path)
    assert first["compiled"], "loading the French pipeline compiles long patterns the first time"
    kept = list(tmp_path.glob("patterns-fr-*.pickle"))
    assert kept
    second = _probe(shared, tmp_path)
    assert second["compiled"] == []
    assert second["tokens"] == first["tokens"] and len(first["tokens"]) > 3000
    for f in kept:
        f.write_bytes(b"not a pickle")
    damaged = _probe(shared, tmp_path)
    assert damaged["compiled"] and damaged["tokens"] == first["tokens"]


def test_prepare_builds_what_the_first_run_would(tmp_path):
    """`sitrep prepare` leaves the French patterns and the gazetteer index where a run looks for them."""
    env = {**os.environ, "SITREP_CACHE": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "sitrep", "prepare"], capture_output=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    assert list(tmp_path.glob("patterns-fr-*.pickle")) and list(tmp_path.glob("gazetteer-*.pickle"))
    assert str(tmp_path) in proc.stdout.decode()
