"""ACLED's side rules, one test each, on mentions built by hand: no parse, no lexicon of triggers.

Each test settles sides through ``settle_sides`` at the stage the rule runs at, so it fails if the
rule is dropped from ``RULES`` or moved to another stage, not only if the function is deleted.
"""
from __future__ import annotations

import copy
from collections import Counter

from sitrep.acled import Inter
from sitrep.extract.context import ArticleContext
from sitrep.extract.sides import MentionFacts, Sides, Stage, settle_sides
from sitrep.lang import pack
from sitrep.normalise.actors import actor_for
from sitrep.types import Actor, Article, Place

JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
MALI_ARMY = actor_for("military", "ML")
KENYA_POLICE = actor_for("police", "KE")


def _context(country="ML", groups=(), forces=()) -> ArticleContext:
    return ArticleContext(Article(article_id="t", text=""), pack("fr"), country, None, Counter(groups), Counter(forces))


def _facts(kind, actor1=None, actor2=None, assoc1=(), ctx=None, **kw) -> MentionFacts:
    return MentionFacts(kind=kind, sides=Sides(actor1, actor2, tuple(assoc1)), context=ctx or _context(), **kw)


def _group(name=JNIM) -> Actor:
    return Actor(name=name, inter=Inter.REBEL_GROUP, country="ML")


def test_a_label_stands_for_the_group_the_article_names_most():
    label = Actor(name="", inter=Inter.REBEL_GROUP, text="les terroristes", start=20, end=35, partisan=True)
    facts = _facts("attack", actor1=label, ctx=_context(groups={JNIM: 2, "Islamic State Sahel": 1}))
    sides = settle_sides(facts, Stage.MENTION)
    assert sides.actor1.name == JNIM
    assert (sides.actor1.text, sides.actor1.start, sides.actor1.end) == ("les terroristes", 20, 35)


def test_definite_attackers_stand_for_the_named_group_and_indefinite_ones_do_not():
    text = "Le JNIM a revendiqué. Les assaillants ont tué; des hommes armés ont fui."
    the, some = (Actor(name="Unidentified Armed Group (Mali)", inter=Inter.POLITICAL_MILITIA, country="ML",
                       start=text.index(words), end=text.index(words) + len(words))
                 for words in ("assaillants", "hommes armés"))
    ctx = _context(groups={JNIM: 1})
    assert settle_sides(_facts("armed_clash", actor1=the, ctx=ctx, text=text), Stage.MENTION).actor1.name == JNIM
    assert settle_sides(_facts("armed_clash", actor1=some, ctx=ctx, text=text), Stage.MENTION).actor1 is some


def test_a_label_with_no_group_named_is_an_unidentified_armed_group():
    label = Actor(name="", inter=Inter.REBEL_GROUP, text="les jihadistes", start=0, end=14, partisan=True)
    sides = settle_sides(_facts("attack", actor1=label), Stage.MENTION)
    assert sides.actor1.name == "Unidentified Armed Group (Mali)" and sides.actor1.text == "les jihadistes"


def test_labels_are_resolved_once_when_the_mention_is_built():
    label = Actor(name="", inter=Inter.REBEL_GROUP, partisan=True)
    facts = _facts("arrest", actor1=MALI_ARMY, actor2=label, ctx=_context(groups={JNIM: 1}))
    assert settle_sides(facts, Stage.JOINED).actor2 is label


def test_civilians_are_no_side_of_a_battle():
    facts = _facts("armed_clash", actor1=MALI_ARMY, actor2=actor_for("civilians", "ML"))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor1 is MALI_ARMY and sides.actor2 is None


def test_no_actor_is_both_sides():
    sides = settle_sides(_facts("arrest", actor1=MALI_ARMY, actor2=copy.copy(MALI_ARMY)), Stage.JOINED)
    assert sides.actor1 is MALI_ARMY and sides.actor2 is None


def test_the_lone_side_of_a_battle_is_actor1():
    group = _group()
    sides = settle_sides(_facts("armed_clash", actor2=group), Stage.JOINED)
    assert sides.actor1 is group and sides.actor2 is None


def test_rules_apply_in_order_a_battle_side_freed_of_civilians_then_gets_its_opponent():
    group = _group()
    facts = _facts("armed_clash", actor1=actor_for("civilians", "ML"), actor2=group,
                   ctx=_context(forces={MALI_ARMY.name: 2}))
    sides = settle_sides(facts, Stage.MENTION)
    assert sides.actor1 is group and sides.actor2.name == MALI_ARMY.name


def test_an_armed_groups_attack_on_no_armed_target_is_on_civilians():
    facts = _facts("attack", actor1=_group(), sentence="Le JNIM a attaqué le village de Boni.")
    assert settle_sides(facts, Stage.JOINED).actor2.name == "Civilians (Mali)"


def test_an_attack_on_an_army_post_is_not_on_civilians():
    facts = _facts("attack", actor1=_group(), sentence="Le JNIM a attaqué un poste de Boni.")
    assert settle_sides(facts, Stage.JOINED).actor2 is None


def test_an_unattributed_attack_that_kills_is_on_civilians():
    assert settle_sides(_facts("attack", fatalities=4), Stage.JOINED).actor2.name == "Civilians (Mali)"


def test_the_crowd_is_actor1_of_a_protest():
    crowd = actor_for("protesters", "KE")
    facts = _facts("protest_intervention", actor1=KENYA_POLICE, actor2=crowd, ctx=_context("KE"))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor1 is crowd and sides.actor2 is KENYA_POLICE


def test_a_crowd_of_civilians_protesting_is_the_countrys_protesters():
    residents = Actor(name="Civilians (Kenya)", inter=Inter.CIVILIANS, country="KE", text="des habitants",
                      start=10, end=23)
    sides = settle_sides(_facts("protest_intervention", actor1=residents, ctx=_context("KE")), Stage.JOINED)
    assert sides.actor1.name == "Protesters (Kenya)" and sides.actor1.inter == Inter.PROTESTERS
    assert (sides.actor1.text, sides.actor1.start, sides.actor1.end) == ("des habitants", 10, 23)


def test_a_peaceful_protest_has_no_actor2():
    crowd = actor_for("protesters", "KE")
    facts = _facts("peaceful_protest", actor1=crowd, actor2=KENYA_POLICE, ctx=_context("KE"))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor1 is crowd and sides.actor2 is None


def test_protesters_are_the_target_of_excessive_force():
    crowd = actor_for("protesters", "KE")
    facts = _facts("force_against_protest", actor1=crowd, actor2=KENYA_POLICE, ctx=_context("KE"))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor1 is KENYA_POLICE and sides.actor2 is crowd


def test_an_unclaimed_bomb_is_an_unidentified_armed_groups():
    sides = settle_sides(_facts("remote_explosive"), Stage.JOINED)
    assert sides.actor1.name == "Unidentified Armed Group (Mali)" and sides.actor2 is None


def test_an_unclaimed_bomb_that_kills_where_no_armed_actor_is_named_kills_civilians():
    assert settle_sides(_facts("remote_explosive", fatalities=3), Stage.JOINED).actor2.name == "Civilians (Mali)"
    facts = _facts("remote_explosive", fatalities=3, actors=(MALI_ARMY,))
    assert settle_sides(facts, Stage.JOINED).actor2 is None  # a bomb on a convoy: the soldiers' side


def test_an_arrest_is_made_by_the_state_forces_the_article_names_else_its_police():
    named = settle_sides(_facts("arrest", ctx=_context(forces={MALI_ARMY.name: 1})), Stage.JOINED)
    assert named.actor1.name == MALI_ARMY.name and named.actor1.inter == Inter.STATE_FORCES
    assert settle_sides(_facts("arrest"), Stage.JOINED).actor1.name == actor_for("police", "ML").name


def test_seized_weapons_are_taken_from_the_main_group():
    facts = _facts("disrupted_weapons", actor1=MALI_ARMY, ctx=_context(groups={JNIM: 3}))
    assert settle_sides(facts, Stage.JOINED).actor2.name == JNIM


def test_the_state_fights_the_main_group():
    facts = _facts("armed_clash", actor1=MALI_ARMY, ctx=_context(groups={JNIM: 3}))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor2.name == JNIM and sides.actor2.inter == Inter.REBEL_GROUP


def test_with_no_group_named_states_fight_each_other():
    russia, ukraine = actor_for("military", "RU"), actor_for("military", "UA")
    facts = _facts("armed_clash", actor1=russia, ctx=_context("UA", forces={russia.name: 3, ukraine.name: 2}))
    assert settle_sides(facts, Stage.JOINED).actor2.name == ukraine.name


def test_a_group_fights_the_state():
    facts = _facts("territory_gain", actor1=_group(), ctx=_context(forces={MALI_ARMY.name: 2}))
    sides = settle_sides(facts, Stage.JOINED)
    assert sides.actor2.name == MALI_ARMY.name and sides.actor2.inter == Inter.STATE_FORCES


def test_aid_goes_to_the_civilians_of_the_place_it_reached():
    goma = Place(name="Goma", lat=-1.68, lon=29.22, country="CD")
    facts = _facts("aid", place=goma, ctx=_context("RW"))
    assert settle_sides(facts, Stage.EVENT).actor2.name == "Civilians (Democratic Republic of Congo)"
    assert settle_sides(facts, Stage.JOINED).actor2 is None  # a recipient no text names does not join mentions


def test_associated_actors_are_not_sides():
    russia = actor_for("military", "RU")
    facts = _facts("armed_clash", actor1=MALI_ARMY, actor2=_group(), assoc1=(copy.copy(MALI_ARMY), russia))
    assert settle_sides(facts, Stage.EVENT).assoc1 == (russia,)


def test_settling_leaves_the_mentions_own_actors_unchanged():
    residents = Actor(name="Civilians (Kenya)", inter=Inter.CIVILIANS, country="KE", text="des habitants",
                      start=10, end=23)
    facts = _facts("peaceful_protest", actor1=residents, actor2=KENYA_POLICE, ctx=_context("KE"))
    before = copy.deepcopy(facts.sides)
    settle_sides(facts, Stage.MENTION)
    assert facts.sides == before
