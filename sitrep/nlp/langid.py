"""Cheap language identification from function words, so no model runs before the language is known."""
from __future__ import annotations

import functools
import re
from pathlib import Path

DATA = Path(__file__).parent / "data"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=None)
def _stopwords() -> dict[str, frozenset[str]]:
    out = {}
    for path in sorted(DATA.glob("*/stopwords.txt")):
        words = {w.strip().lower() for w in path.read_text(encoding="utf-8").split() if w.strip()}
        out[path.parent.name] = frozenset(words)
    return out


def detect_language(text: str, default: str = "en") -> str:
    """The language whose function words cover most of the first 2,000 characters."""
    words = [w.lower() for w in _WORD.findall(text[:2000])]
    if not words:
        return default
    scores = {lang: sum(w in sw for w in words) for lang, sw in _stopwords().items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default
