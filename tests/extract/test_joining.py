"""ACLED's one-event rule on short English reports written for these tests."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article

PUBLISHED = date(2024, 5, 8)


def _dated(pipeline, text):
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=PUBLISHED))
    return [e for e in events if e.status in ("reported", "ongoing")]


def test_one_attack_told_with_several_verbs_is_one_event(pipeline):
    text = ("On 6 May 2024, gunmen attacked the village of Kalo in Mali, killing four villagers "
            "and looting several shops.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"


def test_the_dead_of_a_battle_told_in_the_next_sentence_are_its_toll(pipeline):
    text = ("On 6 May 2024, Malian soldiers clashed with JNIM militants near Gao. "
            "Three militants were killed and two were arrested.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Armed clash"


def test_a_protest_ended_by_arrests_is_a_protest_with_intervention(pipeline):
    text = ("On 6 May 2024, about 200 teachers demonstrated in Dakar, Senegal, to demand higher wages. "
            "Police arrested five of them.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Protest with intervention"


def test_an_event_named_in_passing_does_not_retype_the_one_reported(pipeline):
    text = ("On 6 May 2024, Malian soldiers arrested three traders in Gao in connection with "
            "the bombing of a market.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Arrests"


def test_violence_with_no_demonstration_is_mob_violence(pipeline):
    text = "On 6 May 2024, a mob of residents beat a man accused of theft in Kano, Nigeria."
    [e] = _dated(pipeline, text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Mob violence")


def test_a_town_taken_without_a_fight_is_a_non_violent_transfer(pipeline):
    text = "On 6 May 2024, rebels took control of the town of Kalo in Mali without a fight."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Non-violent transfer of territory"
