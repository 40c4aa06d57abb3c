"""Text folding that keeps character offsets, so matches on folded text point into the original."""
from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " ", "\u202f": " "})


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes removed, one output character per input character.

    Cached: the same words are folded again by every stage, article after article."""
    out = []
    for ch in text.translate(_APOSTROPHES):
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


def plain_words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped ("Off-duty," -> ["off", "duty"]): for matching cue
    phrases word by word, whatever the spacing and punctuation around them."""
    return re.findall(r"\w+", fold(text))
