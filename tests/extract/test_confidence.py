"""Confidence ranks events by the evidence behind them: invented sentences, one cue changed at a time."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.confidence import STATED_ACTOR2
from sitrep.types import Article

MAIN_CLAUSE = "Rebels attacked an army base near Kidal on Monday."


def _score(pipeline, text: str) -> float:
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2024, 3, 13)))
    [e] = [e for e in events if e.status in ("reported", "ongoing")]
    assert e.sub_event_type == "Armed clash"
    return e.confidence


@pytest.mark.parametrize("text", [
    "Shops stayed closed in Kidal on Monday after rebels attacked an army base near the town.",
    "Rebels who attacked an army base near Kidal on Monday were seen in the hills.",
])
def test_an_event_told_only_in_a_side_clause_scores_below_the_same_event_told_as_the_news(pipeline, text):
    assert _score(pipeline, text) < _score(pipeline, MAIN_CLAUSE)


def test_an_event_the_article_also_tells_in_a_main_clause_keeps_its_score(pipeline):
    text = ("Rebels who attacked an army base near Kidal on Monday stayed in the hills. "
            "The rebels attacked the base at dawn.")
    assert _score(pipeline, text) >= _score(pipeline, MAIN_CLAUSE)


@pytest.mark.parametrize("text", [
    "Rebels attacked an army base near Kidal on Monday, the army said.",
    "According to local officials, rebels attacked an army base near Kidal on Monday.",
])
def test_an_event_relayed_from_a_source_scores_below_the_same_event_the_text_states(pipeline, text):
    assert _score(pipeline, text) < _score(pipeline, MAIN_CLAUSE)


@pytest.mark.parametrize("text", ["Rebels attack an army base near Kidal on Monday."])
def test_an_event_told_in_the_present_like_a_headline_scores_below_the_same_event_told_in_the_past(pipeline, text):
    assert _score(pipeline, text) < _score(pipeline, MAIN_CLAUSE)


def _top(pipeline, text: str):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2024, 3, 13)))
    return max((e for e in events if e.status in ("reported", "ongoing")), key=lambda e: e.confidence)


def test_a_specific_trigger_outranks_a_vague_one_even_when_only_the_vague_one_names_its_place(pipeline):
    specific = _top(pipeline, "A suicide bomber struck a market on Monday.")
    vague = _top(pipeline, "An explosion hit a market in Kidal on Monday.")
    assert specific.sub_event_type == "Suicide bomb" and specific.place is None
    assert vague.sub_event_type == "Remote explosive/landmine/IED" and vague.place is not None
    assert specific.confidence > vague.confidence


def _only(pipeline, text: str, lang: str):
    [e] = [e for e in pipeline.code(Article(article_id="t", text=text, lang=lang, published=date(2024, 3, 13)))
           if e.status in ("reported", "ongoing")]
    return e


@pytest.mark.parametrize("lang, subject, named", [
    ("en", "Clashes broke out near Kidal on Monday.", "There were clashes near Kidal on Monday."),
    ("fr", "Des affrontements ont éclaté lundi près de Kidal.", "Il y a eu des affrontements lundi près de Kidal."),
])
def test_an_event_noun_its_clause_is_about_outranks_the_same_noun_only_named(pipeline, lang, subject, named):
    assert _only(pipeline, subject, lang).confidence > _only(pipeline, named, lang).confidence


@pytest.mark.parametrize("lang, town, country", [
    ("en", "Rebels attacked an army base near Kidal on Monday.", "Rebels attacked an army base in Mali on Monday."),
    ("fr", "Des rebelles ont attaqué lundi une base de l'armée près de Kidal.",
     "Des rebelles ont attaqué lundi une base de l'armée au Mali."),
])
def test_an_event_placed_in_a_town_outranks_the_same_event_placed_only_in_a_country(pipeline, lang, town, country):
    placed, vague = _only(pipeline, town, lang), _only(pipeline, country, lang)
    assert vague.place is not None and vague.place.feature == "country"
    assert placed.confidence > vague.confidence


def test_a_strong_word_of_another_kind_in_the_same_action_does_not_raise_the_events_score(pipeline):
    """The coded type rests on the words of its own kind: "air strikes" beside a reinforcement says something
    happened, not that the reinforcement was surely one."""
    plain = _top(pipeline, "Troops were reinforced in Kidal on Monday.")
    beside = _top(pipeline, "Troops were reinforced in Kidal on Monday after air strikes.")
    assert plain.sub_event_type == beside.sub_event_type == "Change to group/activity"
    assert beside.confidence <= plain.confidence


def test_an_action_whose_words_name_two_kinds_scores_below_the_same_action_named_by_one(pipeline):
    """A seizure told with the fighting before it could be coded as either: its type is one reading of them."""
    one = _top(pipeline, "Rebels seized the town of Kidal on Monday.")
    two = _top(pipeline, "Rebels seized the town of Kidal on Monday after heavy fighting.")
    assert one.sub_event_type == two.sub_event_type == "Non-state actor overtakes territory"
    assert two.confidence < one.confidence


def test_naming_whom_an_attack_struck_adds_less_than_naming_who_did_it(pipeline):
    """Whom violence befell is often implied (civilians, the army of the place), so naming it says little
    more of a real parse; who acted is the argument a coder must find."""
    no_target = _top(pipeline, "Gunmen opened fire near Kidal on Monday.")
    target = _top(pipeline, "Gunmen opened fire on villagers near Kidal on Monday.")
    no_doer = _top(pipeline, "Two traders were kidnapped near Kidal on Monday.")
    doer = _top(pipeline, "Gunmen kidnapped two traders near Kidal on Monday.")
    assert no_target.actor2.start < 0 <= target.actor2.start and no_doer.actor1.start < 0 <= doer.actor1.start
    assert 0 < target.confidence - no_target.confidence < doer.confidence - no_doer.confidence


def test_a_side_a_rule_had_to_supply_costs_more_than_the_weight_of_naming_it(pipeline):
    """ "Gunmen opened fire": the civilians it struck are a rule's reading, not the text's."""
    supplied = _top(pipeline, "Gunmen opened fire near Kidal on Monday.")
    named = _top(pipeline, "Gunmen opened fire on villagers near Kidal on Monday.")
    assert supplied.why["side_rules"] and not named.why["side_rules"]
    assert named.confidence - supplied.confidence > STATED_ACTOR2


@pytest.mark.parametrize("text", ["Suspected rebels attacked an army base near Kidal on Monday."])
def test_an_event_its_sentence_hedges_scores_below_the_same_event_told_outright(pipeline, text):
    assert _score(pipeline, text) < _score(pipeline, MAIN_CLAUSE)


@pytest.mark.parametrize("lang, main, second", [
    ("en", "Rebels attacked an army base near Kidal on Monday.",
     "Rebels crossed the river and attacked an army base near Kidal on Monday."),
    ("fr", "Des rebelles ont attaqué lundi une base de l'armée près de Kidal.",
     "Des rebelles ont traversé le fleuve et ont attaqué lundi une base de l'armée près de Kidal."),
])
def test_an_event_its_sentence_is_about_outranks_the_same_event_told_second(pipeline, lang, main, second):
    assert _only(pipeline, main, lang).confidence > _only(pipeline, second, lang).confidence


@pytest.mark.parametrize("viewed, told", [
    ("Elders linked a raid on a cattle market near Kidal on Monday to the rebels.",
     "Elders tied a raid on a cattle market near Kidal on Monday to the rebels."),
    ("Elders described a raid on a cattle market near Kidal on Monday.",
     "Elders witnessed a raid on a cattle market near Kidal on Monday."),
])
def test_an_event_told_only_as_what_a_view_is_about_scores_below_the_same_event_told_otherwise(pipeline, viewed, told):
    """A clause that links, blames or describes tells who did it or how it looked: the act is told before or
    elsewhere, so the snippet is more often about the claim than the news."""
    assert _only(pipeline, viewed, "en").confidence < _only(pipeline, told, "en").confidence


def test_an_event_also_told_outright_keeps_its_score_when_a_claim_follows(pipeline):
    claimed = ("Rebels attacked an army base near Kidal on Monday. "
               "A rebel group claimed responsibility for the attack.")
    assert _score(pipeline, claimed) >= _score(pipeline, MAIN_CLAUSE)



@pytest.mark.parametrize("agreeing, single", [
    ("Government warplanes strafed a village in the north.", "Government forces strafed a village in the north."),
    ("A suicide bomber blew himself up at a checkpoint.", "A suicide bomber struck a checkpoint."),
])
def test_an_event_two_words_of_its_kind_name_outranks_the_same_event_one_word_names(pipeline, agreeing, single):
    """Each word of the action that names the coded kind corroborates the other: the type is less a reading."""
    assert _top(pipeline, agreeing).confidence > _top(pipeline, single).confidence


def test_a_specific_trigger_outweighs_a_stated_place_date_and_toll_behind_a_vague_one(pipeline):
    """The sub-event type rests on the word that names it: a suicide bomber with nothing else stated is surer
    of its type than a raid whose place, day and dead the sentence gives."""
    specific = _top(pipeline, "A suicide bomber struck a market.")
    vague = _top(pipeline, "A raid hit a market in Kidal on Monday, leaving two people dead.")
    assert specific.sub_event_type == "Suicide bomb" and vague.sub_event_type == "Attack"
    assert vague.place is not None and vague.fatalities == 2
    assert specific.confidence > vague.confidence


def test_an_action_whose_words_read_two_ways_ranks_below_a_hedged_one(pipeline):
    """Words of one action naming two kinds leave the coded type a reading of them: on the tune halves they
    were wrong more often than a hedge on who acted (conf36), so they cost more."""
    mixed = _top(pipeline, "Rebels stormed and looted an army base near Kidal on Monday.")
    hedged = _top(pipeline, "Suspected rebels stormed an army base near Kidal on Monday.")
    assert mixed.sub_event_type == hedged.sub_event_type == "Armed clash"
    assert mixed.confidence < hedged.confidence


@pytest.mark.parametrize("lang, brief, more", [
    ("en", "Rebels attacked an army base near Kidal on Monday. The base guards a bridge over the river.",
     " Traders use the bridge every week. The road north is paved."),
    ("fr", "Des rebelles ont attaqué lundi une base de l'armée près de Kidal. La base garde un pont sur le fleuve.",
     " Les commerçants empruntent ce pont chaque semaine. La route du nord est goudronnée."),
])
def test_an_event_of_a_short_brief_outranks_the_same_event_opening_a_longer_report(pipeline, lang, brief, more):
    """A brief of a few sentences is about its one event; a longer report tells more, and on the tune halves
    the type of an event coded from one was wrong more often (conf36)."""
    short, long = _only(pipeline, brief, lang), _only(pipeline, brief + more, lang)
    assert short.sub_event_type == long.sub_event_type == "Armed clash"
    assert long.confidence < short.confidence


@pytest.mark.parametrize("lang, told, placed", [
    ("en", "Gunmen attacked a convoy of traders on Monday, killing three drivers.",
     "Markets in Kano reopened this week. Gunmen attacked a convoy of traders on Monday, killing three drivers."),
    ("fr", "Des hommes armés ont attaqué lundi un convoi de commerçants, tuant trois chauffeurs.",
     "Des hommes armés ont attaqué lundi un convoi de commerçants, tuant trois chauffeurs. "
     "Les marchés de Maradi ont rouvert cette semaine."),
])
def test_an_event_whose_place_no_text_gives_ranks_no_lower_than_one_the_articles_main_place_stands_in(
        pipeline, lang, told, placed):
    """Neither text says where the convoy was hit: a place found elsewhere in the article is no sign the event
    is rightly typed (conf37), so a snippet with no place at all does not rank below it."""
    alone, elsewhere = _only(pipeline, told, lang), _only(pipeline, placed, lang)
    assert alone.place is None and elsewhere.place is not None
    assert alone.sub_event_type == elsewhere.sub_event_type == "Attack"
    assert alone.confidence >= elsewhere.confidence
