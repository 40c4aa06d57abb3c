"""Language identification: which language a text is in, so that it is read by its own pack or
refused (E011) rather than read as English.

py3langid (langid.py's byte n-gram model, 140 languages, bundled in the package, BSD) names the
language and its probability. A short or mixed text may leave it unsure (a headline of names, an
English snippet it takes for Nigerian Pidgin): then, as before this identifier, the function
words of sitrep's own languages decide, provided the identifier gives that language a fair share
of its belief. Nothing is downloaded; the model loads once per process (about half a second).
docs/decisions.md says why this package and what was measured.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sitrep.errors import SitrepError
from sitrep.lang import LanguagePack, available, pack

SAMPLE = 2000  # characters read: the opening of an article tells its language; the cost stays flat
SURE = 0.6  # above this, a language sitrep does not code is taken at the identifier's word
FAIR_SHARE = 0.25  # below SURE, a supported language needs this fraction of the top language's probability
UNDETERMINED = "und"  # ISO 639-2 for "no language could be identified"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Identified:
    lang: str  # ISO 639-1 code (639-3 where a language has none), or UNDETERMINED
    confidence: float  # the identifier's probability for it, 0-1


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> Identified:
    """The language of ``text`` among all the identifier knows, or UNDETERMINED when the text
    has no words, or too few for the identifier or sitrep's function words to tell."""
    sample = text[:SAMPLE]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return Identified(UNDETERMINED, 0.0)
    ranked = _identifier().rank(sample)
    top, belief = ranked[0]
    if top in available() or belief >= SURE:
        return Identified(top, float(belief))
    probability = dict(ranked)
    counts = {code: sum(w in pack(code).stopwords for w in words) for code in available()}
    best = max(counts, key=counts.get)  # of two languages alike, the first by code
    if counts[best] and probability.get(best, 0.0) >= FAIR_SHARE * belief:
        return Identified(best, float(probability[best]))
    return Identified(UNDETERMINED, float(belief))


def detect_language(text: str) -> str:
    """The code of the language ``text`` is in (see ``identify``)."""
    return identify(text).lang


def language_of(text: str, given: str | None, origin: str = "") -> tuple[LanguagePack, float | None]:
    """The pack to read ``text`` in, and the identifier's confidence when it was identified (None
    when ``given``: what an input says of itself is not second-guessed). E011 for a language
    sitrep has no pack for."""
    if given:
        code, confidence = given.lower()[:2], None
    else:
        found = identify(text)
        code, confidence = found.lang, found.confidence
    if code not in available():
        raise SitrepError("E011", origin, lang=_described(code, confidence), supported=", ".join(available()))
    return pack(code), confidence


def _described(code: str, confidence: float | None) -> str:
    if code == UNDETERMINED:
        return "undetermined (too little text to identify one; --lang sets it)"
    name = _name(code)
    if confidence is None:
        return f"{code!r}" + (f" ({name})" if name else "")
    return f"{code!r} ({name + ', ' if name else ''}identified with confidence {confidence:.2f})"


def _name(code: str) -> str | None:
    import pycountry

    found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
    return found.name if found else None
