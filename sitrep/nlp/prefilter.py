"""The cheap first pass: which sentences hold a word that could become an event trigger.

Triggers are matched on a token's folded form or its lemma, and lemmas only exist after the tagger
and the lemmatizer have run. So a word form is a candidate when it is a trigger word, or when the
lemmatizer's own tables (exceptions, lookup, suffix rules of every part of speech) can turn it into
one: "fought" -> "fight", "pris" -> "prendre", "attacked" -> "attack". Trying every part of speech
errs towards keeping a sentence: a false candidate costs a parse, a missed one would lose an event.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.language import Language

from sitrep.text import fold


class TriggerPrefilter:
    """Tells, from token text alone, whether a token may be matched as a trigger after the full parse."""

    def __init__(self, words: Iterable[str], nlp: Language):
        self.words = frozenset(fold(w) for w in words)
        self.exceptions: list[dict] = []
        self.rules: list[tuple[str, str]] = []
        self.lookup = None
        if "lemmatizer" in nlp.pipe_names:
            tables = nlp.get_pipe("lemmatizer").lookups
            if tables.has_table("lemma_exc"):
                self.exceptions = list(tables.get_table("lemma_exc").values())
            if tables.has_table("lemma_rules"):
                self.rules = sorted({(old, new) for rules in tables.get_table("lemma_rules").values()
                                     for old, new in rules})
            if tables.has_table("lemma_lookup"):
                self.lookup = tables.get_table("lemma_lookup")
        self.candidate = functools.lru_cache(maxsize=200_000)(self._candidate)

    def _lemmas(self, low: str, text: str) -> Iterator[str]:
        """Every lemma the lemmatizer could give this form, whatever its part of speech."""
        yield low
        for by_form in self.exceptions:
            yield from by_form.get(low, ())
        if self.lookup is not None:
            found = self.lookup.get(low) or self.lookup.get(text) or ()
            yield from ([found] if isinstance(found, str) else found)
        for old, new in self.rules:
            if low.endswith(old):
                yield low[: len(low) - len(old)] + new

    def _candidate(self, text: str) -> bool:
        low = text.lower()
        return any(fold(lemma) in self.words for lemma in self._lemmas(low, text))
