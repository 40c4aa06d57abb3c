"""Per-language event trigger lexicons (a language pack's ``triggers.tsv``), indexed for matching on a parsed Doc."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sitrep.lang import LanguagePack, pack
from sitrep.normalise.taxonomy import kinds
from sitrep.text import fold


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]  # folded word forms as the tokenizer splits them
    pos: str  # NOUN, VERB or *
    kind: str
    requires: frozenset[str]  # folded lemmas, one of which must stand near the trigger
    weight: float
    plain: bool = False  # written with no accented letter: "marche" (a march) is not "marché" (a market)


def accented(text: str) -> bool:
    """Whether a word bears an accent (a combining mark once decomposed)."""
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def _split(phrase: str) -> tuple[str, ...]:
    """Split a lexicon phrase the way spaCy's French and English tokenizers split text."""
    words = []
    for part in fold(phrase).split():
        while "'" in part[:-1]:
            head, part = part.split("'", 1)
            words.append(head + "'")
        if part:
            words.append(part)
    return tuple(words)


def read_triggers(path: Path) -> tuple[TriggerEntry, ...]:
    """The entries of a ``triggers.tsv``: phrase, pos, kind[, requires, weight] per line."""
    known = kinds()
    entries = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise ValueError(f"{path}:{n}: expected phrase, pos, kind[, requires, weight]")
        phrase, pos, kind = cols[0], cols[1], cols[2]
        if kind not in known:
            raise ValueError(f"{path}:{n}: unknown kind {kind!r}")
        requires = frozenset(fold(w) for w in (cols[3].split("|") if len(cols) > 3 and cols[3] else []))
        weight = float(cols[4]) if len(cols) > 4 and cols[4] else 0.7
        for words in _spellings(phrase):
            entries.append(TriggerEntry(words, pos, kind, requires, weight, plain=not accented(phrase)))
    return tuple(entries)


def _spellings(phrase: str) -> list[tuple[str, ...]]:
    """The phrase's words, and, for a hyphenated word ("rocket-propelled", "lance-roquettes"), the
    words either side of the hyphen with the hyphen between them, as the tokenizers split it
    unless an exception keeps it whole."""
    whole = _split(phrase)
    apart = _split(re.sub(r"(?<=\w)-(?=\w)", " - ", phrase))
    return [whole] if apart == whole else [whole, apart]


def index_triggers(entries: tuple[TriggerEntry, ...]) -> dict[str, tuple[TriggerEntry, ...]]:
    """Entries by first word, longest phrase first."""
    index: dict[str, list[TriggerEntry]] = {}
    for entry in entries:
        index.setdefault(entry.words[0], []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in index.items()}


def load_triggers(lang: str | LanguagePack) -> tuple[TriggerEntry, ...]:
    return pack(lang).triggers


def trigger_index(lang: str | LanguagePack) -> dict[str, tuple[TriggerEntry, ...]]:
    return pack(lang).trigger_index
