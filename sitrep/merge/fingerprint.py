"""Near-duplicate fingerprints of article texts, so that republished copies count as one source.

A fingerprint is a MinHash of the text's word 4-shingles: for each of 64 hash functions, the
lowest hash over the shingles, kept to its low 16 bits. Two texts agree on a slot with the
probability that a shingle drawn from both is in each (their Jaccard similarity), so a copy
under a new headline, or with a paragraph cut or a credit line added, agrees on most slots,
while two reports of the same event written apart share few 4-word runs. (A SimHash was tried
first: on wire-length texts, cutting one paragraph moved it as far as a different article.)
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SHINGLE_WORDS = 4
SLOTS = 64
SAME_TEXT_MIN_SHARE = 0.6  # of slots equal: most of the text is shared
BAND_SLOTS = 2  # slots per band when looking for candidate copies among many texts
_PRIME = 4_294_967_311  # the first prime above 2**32: hashes are taken modulo it
_rng = np.random.default_rng(20170905)  # fixed: fingerprints must not change between runs
_A = _rng.integers(1, 2**32, size=(SLOTS, 1), dtype=np.uint64)
_B = _rng.integers(0, 2**32, size=(SLOTS, 1), dtype=np.uint64)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def fingerprint(text: str) -> str:
    """The MinHash of a text as 4 hex digits a slot; "" for a text without words."""
    words = _words(text)
    if not words:
        return ""
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "big")
                          for s in shingles), dtype=np.uint64, count=len(shingles))
    lowest = ((_A * hashes[None, :] + _B) % _PRIME).min(axis=1)
    return "".join(f"{int(v) & 0xFFFF:04x}" for v in lowest)


def _slots(fp: str) -> list[str]:
    return [fp[i:i + 4] for i in range(0, len(fp), 4)]


def similarity(fp_a: str, fp_b: str) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    a, b = _slots(fp_a), _slots(fp_b)
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def same_text(fp_a: str, fp_b: str) -> bool:
    """True when two fingerprints are of copies of one text."""
    return similarity(fp_a, fp_b) >= SAME_TEXT_MIN_SHARE


def bands(fp: str) -> list[str]:
    """Keys under which a fingerprint is filed: two copies share at least one key with near
    certainty (at a 0.6 share, all 32 bands differ with probability 0.64**32), so only texts
    filed together need comparing."""
    slots = _slots(fp)
    return [f"{i}:{''.join(slots[i:i + BAND_SLOTS])}" for i in range(0, len(slots), BAND_SLOTS)]
