"""Armed groups, state forces and crowds as ACLED names them, seventh round (issue 13, session actor7): a clan's
fighters are its clan militia, a state's airborne troops are its military, fire on demonstrators is force against
protesters, and a labour congress or a farmers' front is the associate of its members' protest. Sentences invented
for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def test_a_named_clans_fighters_are_its_clan_militia():
    """ "X clan fighters", "X clan gunmen": the clan the words name, as "X clan militiamen" is."""
    names = [a.name for a in find_actors("On Monday, Wagadi clan fighters and Hawadle clan gunmen traded fire.", "en")]
    assert "Wagadi Clan Militia" in names and "Hawadle Clan Militia" in names


def test_clan_fighters_of_no_named_clan_stay_an_unidentified_militia():
    """Without a name before them, clan fighters are no clan's militia."""
    names = [a.name for a in find_actors("clan fighters traded fire at the well.", "en")]
    assert not [n for n in names if "Clan Militia" in n and not n.startswith("Unidentified")]


def test_a_states_airborne_troops_are_its_military(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, Russian airborne troops shelled Ukrainian positions near Kupiansk (Kharkiv).")
    assert sorted(_sides(e)) == ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"]


@pytest.mark.parametrize("text, crowd", [
    ("On 1 May 2024, security forces fired on demonstrators in Bamako.", "Protesters (Mali)"),
    ("On 1 May 2024, soldiers shot demonstrators outside the governor's office in Kindia.", "Protesters (Guinea)"),
])
def test_fire_on_demonstrators_is_force_against_protesters(pipeline, text, crowd):
    """ "fired on demonstrators", as "fired on protesters": ACLED's excessive force, the crowd its target."""
    [e] = _en(pipeline, text)
    assert e.sub_event_type == "Excessive force against protesters"
    assert crowd in _sides(e)


def test_gunmen_firing_on_villagers_stay_an_attack(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, gunmen fired on villagers in a market near Mopti, wounding three.")
    assert e.sub_event_type == "Attack"


def test_a_labour_congress_is_its_members_protests_associate(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, members of the Nigeria Labour Congress marched in Abuja against fuel prices.")
    assert _sides(e) == ["Protesters (Nigeria)", None]
    assert "NLC: Nigeria Labour Congress" in [a.name for a in e.assoc_actor_1]


def test_a_farmers_front_is_named_by_its_initials_and_name():
    names = [a.name for a in find_actors("Farmers of the Samyukt Kisan Morcha blocked the highway.", "en")]
    assert "SKM: Samyukt Kisan Morcha" in names
