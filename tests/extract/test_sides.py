"""ACLED's side rules, one test each, on mentions built by hand: no parse, no lexicon of triggers.

Each test settles sides through ``settle_sides`` at the stage the rule runs at, so it fails if the
rule is dropped from ``RULES`` or moved to another stage, not only if the function is deleted.
"""
from __future__ import annotations

import copy
from collections import Counter
from dataclasses import replace
from datetime import date

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
    assert settle_sides(_facts("remote_explosive", fatalities=3), Stage.EVENT).actor2.name == "Civilians (Mali)"
    unknown = actor_for("armed_group", "ML")
    facts = _facts("remote_explosive", unknown, fatalities=3, actors=(unknown, MALI_ARMY))
    assert settle_sides(facts, Stage.EVENT).actor2.name == MALI_ARMY.name  # a bomb on a convoy: the soldiers'
    # told at the end only: a toll after the bomb ("The blast killed three") joins it whatever it hit
    assert settle_sides(_facts("remote_explosive", fatalities=3), Stage.JOINED).actor2 is None


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


def _en_context(country="KE", groups=(), forces=()) -> ArticleContext:
    return ArticleContext(Article(article_id="t", text=""), pack("en"), country, None, Counter(groups),
                          Counter(forces))


def test_the_armed_side_of_an_abduction_is_actor1_whatever_the_word_order():
    gunmen = actor_for("armed_group", "KE")
    sides = settle_sides(_facts("abduction", actor2=gunmen, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1 is gunmen and sides.actor2.name == "Civilians (Kenya)"


def test_an_abduction_a_looting_and_an_arrest_name_their_civilian_target():
    for kind in ("abduction", "sexual_violence", "property_destruction", "arrest"):
        sides = settle_sides(_facts(kind, actor1=KENYA_POLICE, ctx=_en_context()), Stage.EVENT)
        assert sides.actor2.name == "Civilians (Kenya)", kind
    lynching = settle_sides(_facts("mob_violence", actor1=actor_for("rioters", "KE"), ctx=_en_context()), Stage.EVENT)
    assert lynching.actor2.name == "Civilians (Kenya)"


def test_civilians_are_named_in_the_country_of_the_event_place():
    kampala = Place(name="Kampala", lat=0.31, lon=32.58, country="UG")
    sides = settle_sides(_facts("abduction", actor1=_group(), place=kampala, ctx=_en_context()), Stage.EVENT)
    assert sides.actor2.name == "Civilians (Uganda)"


def test_an_abduction_by_no_one_named_is_by_an_unidentified_armed_group():
    sides = settle_sides(_facts("abduction", ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == "Unidentified Armed Group (Kenya)" and sides.actor2.name == "Civilians (Kenya)"
    victims = actor_for("civilians", "KE")
    attack = settle_sides(_facts("attack", actor2=victims, ctx=_en_context()), Stage.EVENT)
    assert attack.actor1.name == "Unidentified Armed Group (Kenya)"


def test_the_crowd_of_a_riot_is_rioters_and_the_force_it_met_actor2():
    crowd = actor_for("protesters", "KE")
    sides = settle_sides(_facts("violent_demonstration", actor1=KENYA_POLICE, actor2=crowd, ctx=_en_context()),
                         Stage.EVENT)
    assert sides.actor1.name == "Rioters (Kenya)" and sides.actor2 is KENYA_POLICE
    alone = settle_sides(_facts("violent_demonstration", actor1=KENYA_POLICE, ctx=_en_context()), Stage.EVENT)
    assert alone.actor1.name == "Rioters (Kenya)" and alone.actor2 is KENYA_POLICE


def test_a_named_militia_rioting_is_an_associate_of_the_rioters_of_its_country():
    settlers = Actor(name="Settlers (Israel)", inter=Inter.IDENTITY_MILITIA, country="PS")
    sides = settle_sides(_facts("mob_violence", actor1=settlers, ctx=_en_context("PS")), Stage.EVENT)
    assert sides.actor1.name == "Rioters (Israel)" and sides.assoc1 == (settlers,)
    assert sides.actor2.name == "Civilians (Palestine)"


def test_a_protest_met_by_a_force_has_the_countrys_protesters_as_actor1():
    sides = settle_sides(_facts("protest_intervention", actor1=KENYA_POLICE, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == "Protesters (Kenya)" and sides.actor2 is KENYA_POLICE


def test_police_intervene_in_a_protest_no_one_is_named_against():
    crowd = actor_for("protesters", "KE")
    sides = settle_sides(_facts("protest_intervention", actor1=crowd, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1 is crowd and sides.actor2.name == KENYA_POLICE.name


def test_weapons_defused_from_no_one_named_are_an_unidentified_groups_or_another_states():
    kenya_army = actor_for("military", "KE")
    sides = settle_sides(_facts("disrupted_weapons", actor1=kenya_army, ctx=_en_context()), Stage.EVENT)
    assert sides.actor2.name == "Unidentified Armed Group (Kenya)"
    shot_down = _facts("disrupted_weapons", actor1=kenya_army, ctx=_en_context(),
                       sentence="The army shot down a Somali drone.")
    assert settle_sides(shot_down, Stage.EVENT).actor2.name == actor_for("military", "SO").name


def test_a_strike_that_kills_with_no_armed_target_is_on_civilians_and_civilians_never_strike():
    kenya_army = actor_for("military", "KE")
    sides = settle_sides(_facts("air_strike", actor1=kenya_army, fatalities=2, ctx=_en_context()), Stage.EVENT)
    assert sides.actor2.name == "Civilians (Kenya)"
    on_a_base = _facts("air_strike", actor1=kenya_army, fatalities=2, ctx=_en_context(),
                       sentence="Jets hit a base of the group.")
    assert settle_sides(on_a_base, Stage.EVENT).actor2 is None
    victims = actor_for("civilians", "KE")
    swapped = settle_sides(_facts("shelling", actor1=victims, actor2=kenya_army, ctx=_en_context()), Stage.EVENT)
    assert swapped.actor1 is kenya_army and swapped.actor2 is victims


def test_a_violent_act_with_no_side_read_is_by_its_sentences_first_armed_actor():
    kenya_army = actor_for("military", "KE")
    sides = settle_sides(_facts("territory_gain", actors=(kenya_army,), ctx=_en_context()), Stage.EVENT)
    assert sides.actor1 is kenya_army
    talk = settle_sides(_facts("agreement", actors=(kenya_army,), ctx=_en_context()), Stage.EVENT)
    assert talk.actor1 is None


def test_rivals_of_one_generic_kind_are_both_sides():
    gunmen = actor_for("armed_group", "KE")
    facts = _facts("armed_clash", actors=(gunmen,), ctx=_en_context(),
                   sentence="Two groups of gunmen fought each other in the market.")
    sides = settle_sides(facts, Stage.EVENT)
    assert sides.actor1.name == sides.actor2.name == "Unidentified Armed Group (Kenya)"
    alone = _facts("armed_clash", actors=(gunmen,), ctx=_en_context(), sentence="Gunmen fought in the market.")
    assert settle_sides(alone, Stage.EVENT).actor2 is None


def test_a_crowd_no_demonym_places_belongs_to_the_event_country():
    crowd = Actor(name="Protesters (Kenya)", inter=Inter.PROTESTERS, country="KE", text="protesters", start=0, end=10)
    kampala = Place(name="Kampala", lat=0.31, lon=32.58, country="UG")
    sides = settle_sides(_facts("peaceful_protest", actor1=crowd, place=kampala, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == "Protesters (Uganda)"
    kenyans = replace(crowd, text="Kenyan protesters")
    sides = settle_sides(_facts("peaceful_protest", actor1=kenyans, place=kampala, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == "Protesters (Kenya)"


def test_state_forces_carry_the_period_of_the_events_day():
    myanmar_army = actor_for("military", "MM")
    before = settle_sides(_facts("air_strike", actor1=myanmar_army, event_date=date(2019, 6, 1),
                                 ctx=_en_context("MM")), Stage.EVENT)
    assert before.actor1.name == "Military Forces of Myanmar (2016-2021)"
    after = settle_sides(_facts("air_strike", actor1=myanmar_army, event_date=date(2023, 6, 1),
                                ctx=_en_context("MM")), Stage.EVENT)
    assert after.actor1.name == "Military Forces of Myanmar (2021-)"


def test_a_government_that_fights_is_its_military():
    government = actor_for("government", "KE")
    sides = settle_sides(_facts("territory_gain", actor1=government, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == actor_for("military", "KE").name
    talks = settle_sides(_facts("agreement", actor1=government, ctx=_en_context()), Stage.EVENT)
    assert talks.actor1 is government


def test_an_unclaimed_bomb_is_the_group_its_sentence_else_its_article_names():
    shabaab = Actor(name="Al Shabaab", inter=Inter.REBEL_GROUP, country="SO", text="Al Shabaab")
    in_sentence = _facts("remote_explosive", actors=(shabaab,), ctx=_en_context("SO"))
    assert settle_sides(in_sentence, Stage.JOINED).actor1 is shabaab
    in_article = _facts("remote_explosive", ctx=_en_context("SO", groups={"Al Shabaab": 2}))
    settled = replace(in_article, sides=settle_sides(in_article, Stage.JOINED))
    assert settled.sides.actor1.name == "Unidentified Armed Group (Somalia)"  # the guess joins no mentions
    assert settle_sides(settled, Stage.EVENT).actor1.name == "Al Shabaab"


def test_the_rioters_of_a_riot_are_those_its_sentence_names():
    palestinians = Actor(name="Rioters (Palestine)", inter=Inter.RIOTERS, country="PS", text="Palestinian rioters")
    israeli_army = actor_for("military", "IL")
    facts = _facts("violent_demonstration", actor2=israeli_army, actors=(palestinians, israeli_army),
                   ctx=_en_context("IL"))
    assert settle_sides(facts, Stage.EVENT).actor1.name == "Rioters (Palestine)"


def test_a_group_leading_a_protest_is_the_protesters_associate():
    party = Actor(name="Kenya Union Party", inter=Inter.POLITICAL_MILITIA, country="KE", text="the party")
    sides = settle_sides(_facts("peaceful_protest", actor1=party, ctx=_en_context()), Stage.EVENT)
    assert sides.actor1.name == "Protesters (Kenya)" and sides.assoc1 == (party,)


def test_a_generic_actor_read_with_no_country_takes_the_events():
    police = actor_for("police", None)
    kisumu = Place(name="Kisumu", lat=-0.09, lon=34.77, country="KE")
    facts = _facts("arrest", actor1=police, place=kisumu, ctx=_en_context(None))
    assert settle_sides(facts, Stage.EVENT).actor1.name == KENYA_POLICE.name


def test_police_named_with_no_demonym_are_those_of_the_event_country():
    """ "Police intervened" in a Russian town, in an article the Ukrainian war makes Ukrainian."""
    police = actor_for("police", "UA", "Police", 40, 46)
    samara = Place(name="Samara", lat=53.2, lon=50.15, country="RU")
    facts = _facts("protest_intervention", actor1=actor_for("protesters", "UA"), actor2=police,
                   ctx=_context(country="UA"), place=samara)
    sides = settle_sides(facts, Stage.EVENT)
    assert sides.actor2.name.startswith("Police Forces of Russia")


def test_forces_a_demonym_names_keep_their_country():
    soldiers = actor_for("military", "IL", "Israeli soldiers", 0, 16)
    hebron = Place(name="Hebron", lat=31.53, lon=35.09, country="PS")
    facts = _facts("violent_demonstration", actor1=actor_for("rioters", "PS"), actor2=soldiers,
                   ctx=_context(country="PS"), place=hebron)
    assert settle_sides(facts, Stage.EVENT).actor2.name.startswith("Military Forces of Israel")


def test_ground_a_state_regains_from_no_one_named_is_regained_from_the_foreign_state_holding_it():
    ukraine = actor_for("military", "UA")
    regained = settle_sides(_facts("territory_gain", actor1=ukraine, event_date=date(2022, 9, 10),
                                   ctx=_en_context("UA")), Stage.EVENT)
    assert regained.actor2.name.startswith("Military Forces of Russia")
    before = settle_sides(_facts("territory_gain", actor1=ukraine, event_date=date(2021, 9, 10),
                                 ctx=_en_context("UA")), Stage.EVENT)
    assert before.actor2 is None  # no foreign state held ground in the country that day
    mali = settle_sides(_facts("territory_gain", actor1=MALI_ARMY, event_date=date(2022, 9, 10),
                               ctx=_en_context("ML")), Stage.EVENT)
    assert mali.actor2 is None
