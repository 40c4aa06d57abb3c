"""An event's confidence: a ranking score in [0, 1] from the evidence behind it.

It is a sum of evidence, not a probability; docs/decisions.md says how the weights were set and
checked. The trigger counts most, then each argument the text itself states.
"""
from __future__ import annotations

from sitrep.extract.mention import Mention
from sitrep.types import Event

TRIGGER_WEIGHT = 0.35  # times the trigger's own weight: how surely the word names an event at all
STATED_ACTOR1 = 0.12  # who acted, named in the text
STATED_ACTOR2 = 0.08  # whom it befell, named in the text; often implied (civilians), so less telling
STATED_PLACE, DEFAULT_PLACE = 0.15, 0.05  # a place the sentence names; the article's main place standing in
STATED_DATE, INHERITED_DATE = 0.1, 0.05  # a date the sentence states; one carried over from an earlier sentence
PER_JOINED_MENTION = 0.05  # each further mention of the event: the article comes back to it
MAX_JOINED_MENTIONS = 3  # beyond this, more mentions only retell the same event
STATED_TOLL = 0.05  # a toll the text states
LATE_SENTENCE = 6  # past this sentence an article turns to background and side stories...
LATE_PENALTY = 0.1  # ...so a mention there is less often news
FLOOR, CEILING = 0.05, 0.99  # no score claims certainty either way


def confidence(m: Mention, group: list[Mention], event: Event) -> float:
    """The score of ``event``, coded from host mention ``m`` and the ``group`` of mentions joined to it."""
    score = TRIGGER_WEIGHT * max(t.entry.weight for t in m.triggers)
    score += STATED_ACTOR1 if event.actor1 is not None and event.actor1.start >= 0 else 0.0
    score += STATED_ACTOR2 if event.actor2 is not None and event.actor2.start >= 0 else 0.0
    score += STATED_PLACE if m.place_source == "stated" else (DEFAULT_PLACE if event.place else 0.0)
    score += STATED_DATE if m.date_source == "stated" else (INHERITED_DATE if m.date_source == "inherited" else 0.0)
    score += PER_JOINED_MENTION * min(MAX_JOINED_MENTIONS, len(group) - 1)
    score += STATED_TOLL if event.fatalities is not None else 0.0
    score -= LATE_PENALTY if m.sentence > LATE_SENTENCE else 0.0
    return round(max(FLOOR, min(CEILING, score)), 3)
