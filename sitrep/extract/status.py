"""Whether a trigger reports a dated event, or background, a plan, a hypothesis or a denial.

Cue patterns are per-language data (a language pack's ``status.json``); a cue counts only when it sits in
the trigger's own clause, so "troops besieged for three years" does not make the breakthrough of
the same sentence historical.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from sitrep.acled import Status
from sitrep.extract.clause import clause_head
from sitrep.lang import LanguagePack, pack
from sitrep.text import fold



def compile_cues(raw: dict) -> dict:
    """A language's ``status.json``: each status's cue patterns compiled, continuation subjects as a set."""
    out = {k: [re.compile(p) for p in raw.get(k, [])] for k in ("background", "planned", "hypothetical", "negated")}
    out["continuation_subjects"] = set(raw.get("continuation_subjects", []))
    return out


def _cue_clause(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return clause_head(span.root)


def cue_status(doc: Doc, trigger: Token, lang: str | LanguagePack) -> str | None:
    """The undated status whose cue governs the trigger's clause, if any."""
    cues = pack(lang).status_cues
    sent = trigger.sent
    folded = fold(sent.text)
    target = clause_head(trigger)
    targets = {target, clause_head(target.head)} if target.dep_ == "conj" else {target}
    for status, key in ((Status.NEGATED, "negated"), (Status.HISTORICAL, "background"),
                        (Status.PLANNED, "planned"), (Status.HYPOTHETICAL, "hypothetical")):
        for pat in cues[key]:
            for m in pat.finditer(folded):
                head = _cue_clause(doc, sent.start_char + m.start(), sent.start_char + m.end())
                if head is None:
                    continue
                if head in targets or clause_head(head.head) in targets and head.dep_ in ("xcomp", "aux", "conj"):
                    return status
                if trigger.i in range(head.left_edge.i, head.right_edge.i + 1) and head.dep_ == "ROOT" \
                        and target.dep_ in ("xcomp",):
                    return status
                if clause_head(target.head) == head and _infinitive_complement(target):
                    return status  # "l'armée compte poursuivre son offensive", however the cue is parsed
    return None


def _infinitive_complement(token: Token) -> bool:
    return token.dep_ in ("xcomp", "acl") and "Inf" in token.morph.get("VerbForm")


def continues_previous(sent, lang: str | LanguagePack) -> bool:
    """A sentence opening on a subject pronoun continues the previous one's frame ("Ils ont ...")."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    return first is not None and fold(first.text) in pack(lang).status_cues["continuation_subjects"]
