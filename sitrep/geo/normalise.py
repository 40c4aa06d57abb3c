"""Name keys: one spelling for the many ways a place name is written.

News writes "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr" and "Deir al-Zour" for one city, and
"Alep"/"Aleppo", "Tombouctou"/"Timbuktu" are covered by aliases; here only the mechanical
variation is folded: case, accents, hyphens, apostrophes and ayn marks, spaces, dots and the Arabic article
(al-/el-/ez-/ad-/as-/ash-..., glued or not), so the gazetteer and the text meet on one key.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

_ARTICLES = {"al", "el", "ez", "ed", "es", "er", "en", "et", "ad", "as", "ash", "an", "ar", "at",
             "az", "ath", "adh", "ul", "ud", "uz", "us", "ur", "un"}
_GLUED = re.compile(r"^[ae]([dtsznrl])\1(?=[a-z]{2})")  # "ezzor" -> "al zor", "assad" untouched below
_SAINT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_SPLIT = re.compile(r"[^a-z0-9]+")
# apostrophes, and the ayn and hamza marks of transliterations ("Ja‘ār", "Qal`at"), join the letters around them:
# the press writes "Jaar" and "Qalat"
_JOINERS = str.maketrans("", "", "'’‘ʿʾ`")


@functools.lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lowercase ASCII with accents stripped; other characters kept for the caller to split."""
    text = text.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def is_latin(text: str) -> bool:
    """Whether a name survives folding mostly intact (Latin script), so its key means something."""
    folded = fold(text)
    letters = sum(c.isalpha() for c in text)
    return letters > 0 and sum("a" <= c <= "z" for c in folded) >= 0.8 * letters


@functools.lru_cache(maxsize=1 << 18)
def name_key(text: str) -> str:
    """The matching key of a place name (see module doc); cached, as every capitalised run of
    every article is looked up."""
    tokens = [t for t in _SPLIT.split(fold(text).translate(_JOINERS)) if t]
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in _SAINT and i + 1 < len(tokens):
            tok = _SAINT[tok]
        elif tok in _ARTICLES and 0 < i < len(tokens) - 1 or tok in _ARTICLES and i == 0 and len(tokens) > 1 and tok != "en":
            tok = "al"
        elif i > 0:
            glued = _GLUED.match(tok)
            if glued:
                out.append("al")
                tok = tok[2:]
        out.append(tok)
    return " ".join(out)


@functools.lru_cache(maxsize=1 << 16)
def first_piece(text: str) -> str | None:
    """The first run of letters and digits of ``text`` once folded as ``name_key`` folds it, or None."""
    return next((t for t in _SPLIT.split(fold(text).translate(_JOINERS)) if t), None)


def key_openers(keys) -> frozenset[str]:
    """Every beginning of a first piece (see ``first_piece``) that a word of the text must have for
    the name key of a text starting with that word to open with the first word of one of ``keys``:
    the word may run on into the next, and an article or "St" opening a name is keyed anew."""
    firsts = {k.split(" ")[0] for k in keys}
    words = firsts | {w for w, key in _SAINT.items() if key in firsts} | (_ARTICLES if "al" in firsts else set())
    return frozenset(w[:n] for w in words for n in range(1, len(w) + 1))


def skeleton(key: str) -> str:
    """A looser key for transliteration variants: no spaces or articles, doubled letters and
    vowel clusters folded ("Zour"/"Zor"/"Zawr" → "zr"-like), used only as a fallback lookup."""
    words = [w for w in key.split() if w != "al"]
    text = "".join(words).replace("ou", "u").replace("aw", "o").replace("ay", "e").replace("ei", "e")
    text = re.sub(r"[aeiouy]+", "a", text)
    return re.sub(r"(.)\1+", r"\1", text)


_DIGRAPHS = tuple(tuple(line.split("\t")[:2]) for line in
                  (Path(__file__).with_name("data") / "romanisation.tsv").read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
_VOWELS = re.compile(r"[aeiouyw]+")
# "Assalamiyah", "Arraqqa": a sun-letter article glued to the first word, its consonant doubled (the
# articles of ``_ARTICLES`` other than "al", "el" and those of one letter's sound only); three letters at
# least must follow, so "Assad" and "Addis" stay whole
_GLUED_LEAD = re.compile(r"^a(" + "|".join(sorted((a[1:] for a in _ARTICLES if a[0] == "a" and a != "al"),
                                                   key=len, reverse=True)) + r")\1(?=[a-z]{3})")


def _spelled(key: str) -> str:
    """A name key with its articles, spaces and romanisation habits folded: digraphs to one letter
    ("kh"/"k", "dh"/"d", "sh"/"s"), q as k, h after a letter silent ("-iyah"/"-iya"), doubled
    letters single; y and w count as vowels ("Baydhabo", "Zawr"); an article glued to the first word
    ("Assalamiyah") dropped as a separate one is."""
    words = [w for w in key.split() if w != "al"]
    text = "".join([_GLUED_LEAD.sub(r"\1", words[0]), *words[1:]]) if words else ""
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    text = text[:1] + text[1:].replace("h", "")
    return re.sub(r"(.)\1+", r"\1", text)


def translit_key(key: str) -> str:
    """The consonants of a name key once romanisation habits are folded (see ``_spelled``): one key
    for "Nasiriyya" and "Nasiriyah", "Faloojah" and "Fallujah", "Qamishly" and "Kamishli". Vowels are
    dropped, as transliterations add and drop them freely; a leading vowel is kept as "a"."""
    text = _spelled(key)
    lead = "a" if text[:1] in "aeiouyw" and text else ""
    return lead + re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", text))


def translit_form(key: str) -> str:
    """A name key with romanisation habits folded and every vowel run written "a": what two
    transliterations sharing a ``translit_key`` are compared on, to rank them by closeness."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("a", _spelled(key)))
