"""Armed groups as ACLED names them, third round (issue 13, session actor3): an armed group that fires on a protest
faces its crowd, not the police; a group's generic words told with its name ("militiamen known as X") are that
group; a police station seized is territory taken from the police; a Mai-Mai branch ACLED names by itself is that
branch. Sentences invented for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.normalise.actors import find_actors
from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))
_fr = partial(news_of, lang="fr", published=date(2024, 5, 2))


@pytest.mark.parametrize("text, group, crowd", [
    ("On 1 May 2024, Ambazonian separatists fired on protesters in Bamenda.", "Ambazonian Separatists (Cameroon)",
     "Protesters (Cameroon)"),
    ("On 1 May 2024, Imbonerakure beat protesters in Bujumbura.", "Imbonerakure", "Protesters (Burundi)"),
])
def test_an_armed_group_firing_on_a_protest_faces_the_crowd(pipeline, text, group, crowd):
    """The force used on the protest is the group's: the crowd is the other side, no police were named."""
    [e] = _en(pipeline, text)
    assert sorted(_sides(e)) == sorted([crowd, group])


def test_police_firing_on_a_protest_stay_its_force(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, police fired live rounds at protesters in Basra, killing two.")
    assert [n.split(" (")[0] for n in _sides(e)] == ["Protesters", "Police Forces of Iraq"]


@pytest.mark.parametrize("text, lang, country, name", [
    ("Clan militiamen known as Ma'awisley held the bridge for a week.", "en", "SO", "Macawisley Militia"),
    ("Armed men known as Ansaru abducted travellers on the highway.", "en", "NG", "Ansaru"),
    ("Gunmen claiming to be from al-Shabaab stopped a bus on the Elwak road.", "en", "KE", "Al Shabaab"),
    ("Des hommes armés se réclamant de l'État islamique ont volé du bétail près du puits.", "fr", "ML",
     "Islamic State (Sahel)"),
    ("Des hommes armés connus sous le nom de Zaraguinas ont enlevé trois éleveurs.", "fr", "CF", None),
])
def test_generic_words_told_with_a_name_are_that_group(text, lang, country, name):
    """The name after "known as" or "claiming to be from" is the group the generic words stand for; with no
    group's name after the cue the generic words keep their reading."""
    names = [a.name for a in find_actors(text, lang, country)]
    if name is None:
        assert names and all("(" in n for n in names)
    else:
        assert names[0] == name and not any(n.startswith("Unidentified") for n in names)


def test_a_verb_called_before_a_name_is_no_alias():
    """ "the army called Hamas a terrorist group": a state force's words and a verb are no group's alias."""
    names = [a.name for a in find_actors("The army called Hamas a terrorist group.", "en", "IL")]
    assert "Hamas Movement" in names and any(n.startswith("Military Forces") for n in names)


def test_a_clash_of_a_group_told_by_its_alias(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, clan militiamen known as Ma'awisley fought al-Shabaab near Jalalaqsi.")
    assert sorted(_sides(e)) == ["Al Shabaab", "Macawisley Militia"]


def test_rebels_who_seize_a_police_station_overtake_it_from_the_police(pipeline):
    """A police station seized by a rebel group is territory it took from the state's police."""
    [e] = _en(pipeline, "On 1 May 2024, Arakan Army fighters seized a police station in Buthidaung.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert _sides(e) == ["AA: Arakan Army", "Police Forces of Myanmar (2021-)"]


@pytest.mark.parametrize("text, lang", [
    ("Fighters of the Mai-Mai Raia Mutomboki burned a customs post on the road.", "en"),
    ("Des miliciens Maï-Maï Raïa Mutomboki ont incendié un poste de douane.", "fr"),
])
def test_a_mai_mai_branch_is_named_as_acled_names_it(text, lang):
    """ "Mai-Mai" before a branch that ACLED names by itself is that branch, not the movement with the branch beside it."""
    assert [a.name for a in find_actors(text, lang, "CD")] == ["Raia Mutomboki Militia"]
