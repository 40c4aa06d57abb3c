"""A report that opens with a label of its event's type ("Looting: On 3 May, armed men ...",
as ACLED's notes do) tells of one event of that type: the label types it, the report's other
triggers only add their facts (``joining``)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from sitrep.extract.lexicon import TriggerEntry
from sitrep.extract.triggers import TriggerMatch
from sitrep.lang import LanguagePack
from sitrep.text import fold

LABEL = re.compile(r"\s*([^:\n]{2,60}?)\s*:")
LABEL_WEIGHT = 1.0  # stated by the writer as the event's type


def opening_label(text: str, lang: LanguagePack) -> tuple[int, int, str] | None:
    """Where the label the text opens with lies, and the event kind it names, or None."""
    found = LABEL.match(fold(text[:80]))
    kind = lang.report_labels.get(" ".join(found.group(1).split())) if found else None
    return (found.start(1), found.end(1), kind) if kind else None


def report_label(doc: Doc, lang: LanguagePack) -> TriggerMatch | None:
    """The opening label as a trigger of its kind, or None."""
    found = opening_label(doc.text, lang)
    span = doc.char_span(found[0], found[1], alignment_mode="expand") if found else None
    if not span:
        return None
    entry = TriggerEntry(tuple(fold(t.text) for t in span), "*", found[2], frozenset(), LABEL_WEIGHT)
    told = doc[min(span.end + 1, len(doc) - 1)].sent.root  # the main verb of what the label heads
    return TriggerMatch(entry, span.start, span.end, told, label=True)
