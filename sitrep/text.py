"""Text folding that keeps character offsets, so matches on folded text point into the original."""
from __future__ import annotations

import functools
import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00a0": " ", "\u202f": " "})


class _FoldTable(dict):
    """Code point -> its folded character, filled as characters are first met (``str.translate``
    asks for each): the per-character rule runs once per character, not once per occurrence."""

    def __missing__(self, code: int) -> str:
        ch = chr(code).translate(_APOSTROPHES)
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        low = base.lower()
        self[code] = folded = low if len(low) == 1 else base
        return folded


_FOLD = _FoldTable()


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes removed, one output character per input character.

    Cached: the same words are folded again by every stage, article after article."""
    return text.translate(_FOLD)


def plain_words(text: str) -> list[str]:
    """The folded words of ``text``, punctuation dropped ("Off-duty," -> ["off", "duty"]): for matching cue
    phrases word by word, whatever the spacing and punctuation around them."""
    return re.findall(r"\w+", fold(text))
