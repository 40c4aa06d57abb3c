"""Civilians named by their nationality abroad (act33's actor stress set): their nouns, and that their
nationality puts no place of the note in their country. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.lang import pack
from sitrep.normalise.actors import actor_countries, find_actors
from sitrep.types import Article


@pytest.mark.parametrize("text, expected", [
    ("Gunmen seized two Chinese engineers on the road.", "Civilians (China)"),
    ("A Togolese missionary was taken from his parish.", "Civilians (Togo)"),
    ("Three Turkish technicians were freed at dawn.", "Civilians (Turkey)"),
])
def test_foreign_workers_are_civilians_of_their_country(text, expected):
    names = [a.name for a in find_actors(text, pack("en"), "ML")]
    assert expected in names


@pytest.mark.parametrize("text", [
    "On 2 June 2021, gunmen seized a Togolese priest near the market of Kwazobeti.",
    "On 2 June 2021, unknown men held two Chinese traders at a quarry.",
])
def test_civilians_nationality_binds_no_place(text):
    """A victim's nationality is told when it is not the country of the event: the towns of the note are
    not looked for there (a small town of the event's country would be dropped as a namesake)."""
    assert actor_countries(find_actors(text, pack("en"), None)) == frozenset()


def test_state_forces_still_bind_their_country():
    text = "On 2 June 2021, Malian soldiers freed a Togolese missionary."
    assert actor_countries(find_actors(text, pack("en"), None)) == frozenset({"ML"})


@pytest.mark.parametrize("text", [
    "A mine hit an engineering unit of the army, wounding a military engineer.",
    "Two army engineers were wounded while clearing the road.",
])
def test_military_engineers_are_soldiers(text):
    """ "Engineers" alone are civilians; an army's engineers are its forces."""
    names = [a.name for a in find_actors(text, pack("en"), "IQ")]
    assert names and all(n.startswith("Military Forces of Iraq") for n in names)


def test_a_foreign_victim_leaves_the_town_in_the_event_country(pipeline):
    """A small town of the event's country is no namesake for the victim's country to drop: it is placed,
    and the unidentified gunmen are of the country it is in."""
    text = "On 2 June 2021, gunmen seized a Togolese priest at his parish in Djibo."
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2021, 6, 3)))
    event = next(e for e in events if e.actor1 is not None)
    assert event.place is not None and event.place.country == "BF"
    assert {event.actor1.name, event.actor2.name} == {"Unidentified Armed Group (Burkina Faso)", "Civilians (Togo)"}
