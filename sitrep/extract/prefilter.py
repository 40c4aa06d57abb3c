"""The cheap first pass: whether a stretch of text could hold a trigger that ``find_triggers`` accepts.

It reads token texts only, before any tagging, and asks what the trigger matcher asks after the
parse, in a looser form: a whole lexicon phrase ("exchange of fire", "prise de contrôle"), with
the frame its entry requires ("reprendre" needs a town, a position or a base nearby) somewhere in
the same stretch. Lemmas only exist after the tagger and the lemmatizer have run, so a word form
stands for every lemma the lemmatizer's own tables (exceptions, lookup, suffix rules of every part
of speech) could give it: "fought" -> "fight", "pris" -> "prendre". Every check errs towards
keeping a stretch: a false candidate costs a parse, a missed one would lose an event.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence

from spacy.language import Language

from sitrep.extract.lexicon import TriggerEntry
from sitrep.extract.triggers import MAX_GAPS, NATION, PARTICLE_REACH, PROPER_NOUN
from sitrep.text import fold


class TriggerPrefilter:
    """Tells, from token texts alone, whether a stretch may yield a trigger match after the full parse."""

    def __init__(self, index: Mapping[str, Sequence[TriggerEntry]], nlp: Language):
        self.index = index
        entries = [e for group in index.values() for e in group]
        self.vocabulary = frozenset({w for e in entries for w in e.words} | {w for e in entries for w in e.requires})
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
        self.endings: dict[int, dict[str, list[str]]] = {}  # the rules by their ending's length, then ending
        for old, new in self.rules:
            self.endings.setdefault(len(old), {}).setdefault(old, []).append(new)
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.lemmas = functools.lru_cache(maxsize=200_000)(self._lemmas_in_lexicon)

    def _lemmas(self, low: str, text: str) -> Iterator[str]:
        """Every lemma the lemmatizer could give this form, whatever its part of speech."""
        yield low
        for by_form in self.exceptions:
            yield from by_form.get(low, ())
        if self.lookup is not None:
            found = self.lookup.get(low) or self.lookup.get(text) or ()
            yield from ([found] if isinstance(found, str) else found)
        for length, by_ending in self.endings.items():  # one look-up per ending's length, not a test per rule
            if length <= len(low):
                for new in by_ending.get(low[len(low) - length:], ()):
                    yield low[: len(low) - length] + new

    def _lemmas_in_lexicon(self, text: str) -> frozenset[str]:
        """The lexicon's words this form may be matched as (plural endings dropped as the frame check does)."""
        found = set()
        for lemma in self._lemmas(text.lower(), text):
            folded = fold(lemma)
            found.update(w for w in (folded, folded.rstrip("s"), folded.rstrip("x")) if w in self.vocabulary)
        return frozenset(found)

    def candidate(self, text: str) -> bool:
        """Whether a single token may start a trigger phrase."""
        return any(w in self.index for w in self.lemmas(text))

    def may_trigger(self, words: Sequence[str]) -> bool:
        """Whether the token texts ``words`` (a sentence or a paragraph) hold a whole trigger phrase
        whose frame is satisfied within them."""
        forms = [self.lemmas(w) for w in words]
        for i, here in enumerate(forms):
            for key in here:
                for entry in self.index.get(key, ()):
                    if self._phrase_ends(words, forms, i, entry) and self._frame(words, forms, i, entry):
                        return True
        return False

    @staticmethod
    def _phrase_ends(words: Sequence[str], forms: list[frozenset[str]], i: int, entry: TriggerEntry) -> bool:
        """The phrase's later words follow, with at most ``MAX_GAPS`` modifiers between two of them
        (any word here, where the matcher wants an adjective or adverb), or a phrasal verb's
        particle after a short object ("pushed the militants out")."""
        j = i + 1
        phrasal = entry.pos == "VERB" and len(entry.words) == 2
        most = PARTICLE_REACH - 1 if phrasal else MAX_GAPS
        for word in entry.words[1:]:
            gaps = 0
            while j < len(words) and word not in forms[j] and gaps < most and \
                    (words[j][:1].isalpha() or phrasal and (words[j][:1].isalnum() or words[j] == "-")):
                j += 1
                gaps += 1
            if j >= len(words) or word not in forms[j]:
                return False
            j += 1
        return True

    def _frame(self, words: Sequence[str], forms: list[frozenset[str]], i: int, entry: TriggerEntry) -> bool:
        """One of the words the entry requires anywhere in the stretch, or, where a proper noun
        completes the frame, any capitalised word other than the trigger and a capitalised stop word."""
        if not entry.requires:
            return True
        if any(f & entry.requires for f in forms) or NATION in entry.requires:
            return True  # a nation's name is known only to the full parse's pack: let it decide
        return PROPER_NOUN in entry.requires and any(
            w[:1].isupper() and w.lower() not in self.stop_words for j, w in enumerate(words) if j != i)
