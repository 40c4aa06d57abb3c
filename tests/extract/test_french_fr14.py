"""French news coding (issue 13, fr14), with invented reports: a quoted noun the narrator says took
place is news; a toll told of "another" attack is that attack's; an elided article before a count
("d'un mort") is still a count; a person killed named only by name is one civilian dead."""
from __future__ import annotations

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import code as _code, news as _dated


@pytest.mark.parametrize("text", [
    'Le ministre a déclaré qu\'il y avait "une bataille féroce" mardi à Djibo.',
    'Le gouverneur a affirmé qu\'il y a eu "de violents combats" lundi à Kaya.',
])
def test_a_quoted_noun_said_to_have_taken_place_is_news(pipeline, text):
    [e] = _dated(_code(pipeline, text))
    assert e.sub_event_type == "Armed clash"


def test_a_quoted_claim_in_the_present_stays_no_news(pipeline):
    text = "Le ministre a indiqué que « les rebelles attaquent des civils » dans la région de Kaya."
    assert not _dated(_code(pipeline, text))


def test_a_toll_of_another_attack_is_its_own(pipeline):
    text = ("Des jihadistes ont attaqué lundi un camp militaire à Djibo, tuant trois soldats. "
            "Deux soldats ont été tués lors d'une autre attaque.")
    events = _dated(_code(pipeline, text))
    assert sorted(e.fatalities for e in events) == [2, 3]


def test_a_later_toll_of_the_same_attack_still_joins_it(pipeline):
    text = ("Des jihadistes ont attaqué lundi un camp militaire à Djibo. "
            "Trois soldats ont été tués lors de l'attaque.")
    [e] = _dated(_code(pipeline, text))
    assert e.fatalities == 3


@pytest.mark.parametrize("text, n", [
    ("Le bilan fait état d'un mort et de cinq blessés parmi les soldats.", 1),
    ("Un communiqué dresse un bilan provisoire d'un mort et de trois blessés.", 1),
    ("Le bilan est d'une dizaine de morts.", 10),
    ("L'explosion d'une bombe a tué deux soldats.", 2),
])
def test_a_count_after_an_elided_word_is_read(text, n):
    assert fatalities(text, "fr").value == n


@pytest.mark.parametrize("text, lang, country", [
    ("Jean Dupont a été abattu lundi devant son domicile à Lyon.", "fr", "France"),
    ("Paul Martin a été assassiné mardi à Toulouse.", "fr", "France"),
    ("John Smith was shot dead on Monday outside his home in Leeds.", "en", "United Kingdom"),
])
def test_a_person_killed_named_by_name_is_one_civilian_dead(pipeline, text, lang, country):
    [e] = _dated(_code(pipeline, text, lang))
    assert e.fatalities == 1
    assert e.actor1.name == f"Unidentified Armed Group ({country})"
    assert e.actor2.name == f"Civilians ({country})"


def test_killed_in_plural_assassinated_counts(pipeline):
    [e] = _dated(_code(pipeline, "Trois militants ont été assassinés mardi à Goma."))
    assert e.fatalities == 3


def test_a_named_person_arrested_is_no_dead(pipeline):
    [e] = _dated(_code(pipeline, "Les policiers ont arrêté Jean Dupont mardi à Lyon."))
    assert e.fatalities is None


def test_a_state_that_launches_strikes_on_a_weekday_is_its_military(pipeline):
    [e] = _dated(_code(pipeline, "La Russie a lancé lundi des frappes de missiles sur Kiev."))
    assert e.actor1.name == "Military Forces of Russia (2000-)"
