"""Find event triggers in a parsed Doc: lexicon phrases whose frame is satisfied."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sitrep.extract.lexicon import TriggerEntry, trigger_index
from sitrep.text import fold

GAP_POS = {"ADJ", "ADV"}  # "tirs nourris d'artillerie": modifiers may sit inside a phrase
NEVER_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"}
WINDOW = 5


@dataclass
class TriggerMatch:
    entry: TriggerEntry
    start: int  # token indices, end exclusive
    end: int
    head: Token  # the token of the phrase that carries the event in the parse

    @property
    def kind(self) -> str:
        return self.entry.kind


def _forms(tok: Token) -> tuple[str, str]:
    return fold(tok.text), fold(tok.lemma_)


def _match_at(doc: Doc, i: int, entry: TriggerEntry) -> int | None:
    """Index after the last matched token, or None."""
    j = i
    for n, word in enumerate(entry.words):
        if n > 0:
            gaps = 0
            while j < len(doc) and word not in _forms(doc[j]) and doc[j].pos_ in GAP_POS and gaps < 2:
                j += 1
                gaps += 1
        if j >= len(doc) or word not in _forms(doc[j]):
            return None
        j += 1
    return j


def _frame_ok(doc: Doc, tok: Token, entry: TriggerEntry) -> bool:
    if not entry.requires:
        return True
    near = {tok.head, *tok.children}
    for child in tok.children:
        near.update(child.children)
    lo, hi = max(tok.sent.start, tok.i - WINDOW), min(tok.sent.end, tok.i + WINDOW + 1)
    near.update(doc[lo:hi])
    return any(_forms(t)[1] in entry.requires or _forms(t)[0] in entry.requires for t in near if t is not tok)


def _describes_state(tok: Token, entry: TriggerEntry) -> bool:
    """A participle used as an adjective ("les quartiers libérés") describes a state, not an event."""
    if "Part" not in tok.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in tok.children):
        return False
    if tok.dep_ == "amod" and tok.i > tok.head.i:
        return True
    return tok.dep_ == "acl" and fold(tok.head.lemma_) in entry.requires


def _pos_ok(tok: Token, entry: TriggerEntry) -> bool:
    if tok.pos_ in NEVER_POS:
        return False
    if entry.pos == "VERB" and tok.pos_ in ("NOUN", "PROPN") and fold(tok.text) != fold(tok.lemma_):
        return False
    return True


def find_triggers(doc: Doc, lang: str) -> list[TriggerMatch]:
    """Non-overlapping trigger matches, longest phrase first at each position."""
    index = trigger_index(lang)
    matches: list[TriggerMatch] = []
    taken: set[int] = set()
    for tok in doc:
        if tok.i in taken:
            continue
        candidates = []
        for key in set(_forms(tok)):
            candidates.extend(index.get(key, ()))
        for entry in sorted(candidates, key=lambda e: (-len(e.words), -e.weight)):
            end = _match_at(doc, tok.i, entry)
            if end is None:
                continue
            head = _phrase_head(doc, tok.i, end)
            if not _pos_ok(head, entry) or _describes_state(head, entry) or not _frame_ok(doc, head, entry):
                continue
            matches.append(TriggerMatch(entry, tok.i, end, head))
            taken.update(range(tok.i, end))
            break
    return matches


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    span = doc[start:end]
    for tok in span:
        if tok.pos_ in ("VERB", "NOUN", "PROPN"):
            return tok
    return span[0]
