"""Compiled regular expressions kept across runs, so that loading a pipeline does not compile them again.

Importing spaCy's French language data compiles one expression of some hundred alternatives over
Unicode letter classes (the tokenizer's ``token_match``): about four seconds at every process
start, more than the rest of a cold start together. Python keeps compiled bytecode in ``.pyc``
files but compiles patterns anew in every process. This module keeps the compiler's output for the
long patterns a pipeline compiles while it loads (the opcode list that ``_sre.compile`` takes) in
sitrep's cache directory, keyed by the interpreter's version, and rebuilds them into ``re``'s own
cache before the next load, where ``re.compile`` finds them. It relies on CPython's ``re``
internals; on any other interpreter, or if those change, it does nothing and patterns compile as usual.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sitrep.cache import cache_root

MIN_LENGTH = 5_000  # shorter patterns compile in milliseconds
T = TypeVar("T")

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{sys.implementation.name}-{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _AVAILABLE = sys.implementation.name == "cpython" and hasattr(re, "_cache") and hasattr(_compiler, "_code")
except ImportError:
    _AVAILABLE = False
    _ENGINE = ""


def cache_file(name: str) -> Path:
    return cache_root() / f"patterns-{name}-{hashlib.sha256(_ENGINE.encode()).hexdigest()[:16]}.pickle"


def _entry(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, computed the same way."""
    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    indexgroup = [None] * tree.state.groups
    for group, i in tree.state.groupdict.items():
        indexgroup[i] = group
    return (flags | tree.state.flags, [int(c) for c in code], tree.state.groups - 1, dict(tree.state.groupdict),
            tuple(indexgroup))


def _rebuild(pattern: str, entry: tuple) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            entries = pickle.load(fh)
        return entries if isinstance(entries, dict) else {}
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return {}


def _write(path: Path, entries: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(entries, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        pass


def with_kept_patterns(name: str, load: Callable[[], T]) -> T:
    """``load()``, with the long patterns it compiled last time taken from the cache, and the ones
    it compiled this time kept for the next."""
    if not _AVAILABLE:
        return load()
    path = cache_file(name)
    entries = _read(path)
    for (pattern, flags), entry in entries.items():
        try:
            re._cache[str, pattern, flags] = _rebuild(pattern, entry)  # type: ignore[attr-defined]
        except (TypeError, ValueError, RuntimeError):
            entries = {}
            break
    before = set(re._cache)  # type: ignore[attr-defined]
    result = load()
    new = {(pattern, flags) for kind, pattern, flags in set(re._cache) - before  # type: ignore[attr-defined]
           if kind is str and len(pattern) >= MIN_LENGTH and (pattern, flags) not in entries}
    if new:
        _write(path, {**entries, **{key: _entry(*key) for key in new}})
    return result
