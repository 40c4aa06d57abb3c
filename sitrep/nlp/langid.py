"""Cheap language identification from function words, so no model runs before the language is known."""
from __future__ import annotations

import re

from sitrep.lang import available, pack

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str = "en") -> str:
    """The language whose function words (each pack's ``stopwords``) cover most of the first 2,000
    characters; of two languages scoring alike, the first by code."""
    words = [w.lower() for w in _WORD.findall(text[:2000])]
    if not words:
        return default
    scores = {code: sum(w in pack(code).stopwords for w in words) for code in available()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else default
