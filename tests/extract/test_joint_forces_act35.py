"""Two forces of one state named together act together (issue 13, session act35): the second is associated with
the first, never its opponent. Mentions built by hand, settled through ``settle_sides`` at each stage the rule
runs at; sentences invented for these tests."""
from __future__ import annotations

from collections import Counter

import pytest

from sitrep.extract.context import ArticleContext
from sitrep.extract.sides import MentionFacts, Sides, Stage, settle_sides
from sitrep.lang import pack
from sitrep.normalise.actors import actor_for
from sitrep.types import Article

SENTENCE = "Around 3 June 2023 (week of), ENDF and Afar regional special forces detained 80 young men in a market town."


def _at(kind: str, words: str):
    start = SENTENCE.index(words)
    return actor_for(kind, "ET", words, start, start + len(words))


def _facts(actor1, actor2, stage: Stage, actors=()) -> MentionFacts:
    ctx = ArticleContext(Article(article_id="t", text=SENTENCE), pack("en"), "ET", None, Counter(), Counter())
    text = "" if stage == Stage.EVENT else SENTENCE  # the event stage keeps the sentence alone
    return MentionFacts(kind="arrest", sides=Sides(actor1, actor2), context=ctx, actors=tuple(actors),
                        sentence=SENTENCE, text=text)


@pytest.mark.parametrize("stage", [Stage.MENTION, Stage.EVENT])
def test_the_second_of_two_joined_forces_is_associated(stage):
    army, special = _at("military", "ENDF"), _at("police", "regional special forces")
    sides = settle_sides(_facts(army, special, stage, actors=(army, special)), stage)
    assert sides.actor1.name.startswith("Military Forces of Ethiopia")
    assert not (sides.actor2 and sides.actor2.name.startswith("Police Forces"))
    assert any(a.name.startswith("Police Forces of Ethiopia") for a in sides.assoc1)


def test_a_side_filled_by_default_stands_for_its_mention():
    """ "an arrest is by the state's forces" fills actor1 without a span: its mention in the sentence is found."""
    army, special = _at("military", "ENDF"), _at("police", "regional special forces")
    unplaced = actor_for("military", "ET")
    sides = settle_sides(_facts(unplaced, special, Stage.MENTION, actors=(army, special)), Stage.MENTION)
    assert sides.actor1.name.startswith("Military Forces of Ethiopia")
    assert any(a.name.startswith("Police Forces of Ethiopia") for a in sides.assoc1)


def test_forces_of_one_state_facing_each_other_stay_opponents():
    text = "On 3 June 2023, soldiers clashed with police officers at a checkpoint."
    ctx = ArticleContext(Article(article_id="t", text=text), pack("en"), "ET", None, Counter(), Counter())
    s1, s2 = text.index("soldiers"), text.index("police officers")
    army = actor_for("military", "ET", "soldiers", s1, s1 + 8)
    police = actor_for("police", "ET", "police officers", s2, s2 + 15)
    facts = MentionFacts(kind="clash", sides=Sides(army, police), context=ctx, actors=(army, police), sentence=text,
                         text=text)
    sides = settle_sides(facts, Stage.MENTION)
    assert {sides.actor1.name[:6], sides.actor2.name[:6]} == {"Milita", "Police"}
