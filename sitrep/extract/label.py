"""A report that opens with a label of its event's type ("Looting: On 3 May, armed men ...",
as ACLED's notes do) tells of one event of that type: the label types it, the report's other
triggers only add their facts (``joining``)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract.lexicon import TriggerEntry
from sitrep.extract.sides import DEMONSTRATION_KINDS
from sitrep.extract.triggers import TriggerMatch
from sitrep.lang import LanguagePack
from sitrep.nlp.models import joined_text
from sitrep.normalise.taxonomy import is_violent
from sitrep.text import fold

LABEL = re.compile(r"\s*([^:\n]{2,60}?)\s*:")
# ACLED notes of a demonstration, and only those, carry the crowd's size: "[size=around 60]", "[size=no report]".
SIZE_TAG = re.compile(r"\[size=([^\]\n]{1,60})\]")
SIZE_TAG_WEIGHT = 0.6  # the tag says a demonstration took place; the verb it lends says nothing of its kind
# ACLED's note opens with its event's day written out ("On 12 March 2022,", "Around 4 April 2022 (as reported),")
NOTE_DATE = re.compile(r"\s*(?:[^:\n]{2,60}:\s*)?(?:\w+\s+){1,2}\d{1,2}\s+(\w+)\s+\d{4}\b")
NOTE_MAX_CHARS = 2000  # a note is one paragraph; a longer text is an article, whatever its opening
LABEL_WEIGHT = 1.0  # stated by the writer as the event's type
SUBORDINATE_DEPS = {"amod", "acl", "relcl", "advcl", "xcomp", "pcomp", "aux", "auxpass", "csubj"}  # no main verb


def opening_label(text: str, lang: LanguagePack) -> tuple[int, int, str] | None:
    """Where the label the text opens with lies, and the event kind it names, or None."""
    found = LABEL.match(fold(text[:80]))
    kind = lang.report_labels.get(" ".join(found.group(1).split())) if found else None
    return (found.start(1), found.end(1), kind) if kind else None


def report_label(doc: Doc, lang: LanguagePack) -> TriggerMatch | None:
    """The opening label as a trigger of its kind, or None."""
    found = opening_label(joined_text(doc), lang)
    span = doc.char_span(found[0], found[1], alignment_mode="expand") if found else None
    if not span:
        return None
    entry = TriggerEntry(tuple(fold(t.text) for t in span), "*", found[2], frozenset(), LABEL_WEIGHT)
    told = _main_verb_after(doc, min(span.end + 1, len(doc) - 1))
    return TriggerMatch(entry, span.start, span.end, told, label=True)


def _main_verb_after(doc: Doc, start: int):
    """The main verb of what the label heads: its sentence's root, unless the parse rooted the sentence
    on the label itself ("Security measures: On 20 May, regime forces conducted ..." rooted on
    "measures"); then the first verb after the label that heads no subordinate clause."""
    sent = doc[start].sent
    if sent.root.i >= start:
        return sent.root
    return next((t for t in doc[start:sent.end] if t.pos_ == "VERB" and t.dep_ not in SUBORDINATE_DEPS),
                sent.root)


def crowd_size_tag(text: str) -> str | None:
    """The crowd size an ACLED note of a demonstration is tagged with ("no report", "around 60"), or None."""
    found = SIZE_TAG.search(text)
    return found.group(1).strip() if found else None


def untagged_note(text: str, lang: LanguagePack) -> bool:
    """Whether the text is an ACLED note with no crowd-size tag: one paragraph that opens, after an
    optional label, with its event's day written out in full. ACLED tags every note of a demonstration
    or a riot with its crowd's size (``crowd_size_tag``), so such a note tells neither: the protest it
    names is who was arrested or why ("arrested a man who took part in anti-coup protests")."""
    body = text.strip()
    if "\n" in body or len(body) > NOTE_MAX_CHARS or crowd_size_tag(body) is not None:
        return False
    found = NOTE_DATE.match(body)
    return found is not None and fold(found.group(1)) in lang.time.get("months", {})


def as_demonstration(kind: str, by_state: bool, crowds_clash: bool, by_crowd: bool = False,
                     joined: frozenset[str] = frozenset()) -> str:
    """The kind of an event a report tagged as a demonstration tells: its violence is the crowd's riot
    (a clash, an attack, a wrecking), or force used on the crowd when a state's forces attacked; its
    arrests are an intervention, unless the crowd made them ("residents caught a thief": a crowd that
    seizes someone is a riot) or wrecked something the arrests followed (``joined``: the kinds of the
    event's other triggers); anything else told of it is the protest itself. A clash of two crowds
    stays one: its sides already make it mob violence between rioters."""
    if kind in DEMONSTRATION_KINDS or kind == "armed_clash" and crowds_clash:
        return kind
    if kind == "arrest":
        return "violent_demonstration" if by_crowd or "property_destruction" in joined else "protest_intervention"
    if is_violent(kind):
        return "force_against_protest" if kind == "attack" and by_state else "violent_demonstration"
    return "peaceful_protest"


def demonstration_told(doc: Doc) -> TriggerMatch | None:
    """For a note tagged with a crowd size (``crowd_size_tag``) in which no word tells the event ("farmers
    blocked the access to a supermarket"): its first sentence's main verb, as a protest's trigger."""
    first = next(doc.sents, None)
    if first is None:
        return None
    told = first.root
    entry = TriggerEntry((fold(told.text),), "*", "peaceful_protest", frozenset(), SIZE_TAG_WEIGHT)
    return TriggerMatch(entry, told.i, told.i + 1, told)
