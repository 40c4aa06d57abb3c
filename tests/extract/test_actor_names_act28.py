"""ACLED's naming of actors on invented notes in its terse style (issue 13, session act28): the state whose
posts a group of its own country struck, and the communal militia of a succession dispute."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2022, 3, 2))


def _base(names):
    return sorted((n or "").split(" (20")[0].split(" (19")[0] for n in names)


@pytest.mark.parametrize("text, pair", [
    ("On 2 March 2022, DPR forces fired mortars at Ukrainian positions near Marinka, Donetsk. No casualties "
     "were reported.", ["Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya"]),
    ("On 2 March 2022, Al Shabaab fighters fired mortars at Somali positions on the edge of Afgooye "
     "(Lower Shabelle). Casualties unknown.", ["Al Shabaab", "Military Forces of Somalia"]),
])
def test_a_group_of_the_country_strikes_its_states_posts(pipeline, text, pair):
    """A post a nation's name qualifies is that state's military, also when the group that struck it is of
    the same country: only the state's own forces cannot be the ones that struck it."""
    [e] = _en(pipeline, text)
    assert _base(_sides(e)) == pair


@pytest.mark.parametrize("text", [
    "On 2 March 2022, armed men shot dead a palace guard in Oyo (Oyo) amid a succession dispute between "
    "two ruling houses. 1 fatality.",
    "On 2 March 2022, gunmen killed two people in Ife (Osun) in a kingship tussle in the town. 2 fatalities.",
])
def test_the_unnamed_men_of_a_succession_dispute_are_a_communal_militia(pipeline, text):
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]


def test_turkish_backed_factions_are_the_syrian_national_army(pipeline):
    [e] = _en(pipeline, "On 2 March 2022, Turkish-backed factions detained four young men at a checkpoint near "
                        "Jinderes in Afrin countryside.")
    assert _sides(e) == ["JWS: Syrian National Army", "Civilians (Syria)"]


def test_turkish_backed_factions_against_the_sdf_are_the_syrian_national_army(pipeline):
    [e] = _en(pipeline, "On 2 March 2022, Turkish-backed factions fired artillery shells at QSD positions in "
                        "the countryside of Tal Tamr in Al-Hasakeh. No casualties were reported.")
    assert sorted(_sides(e)) == ["JWS: Syrian National Army", "QSD: Syrian Democratic Forces"]


@pytest.mark.parametrize("text, lang, unidentified", [
    ("On 2 March 2022, militants opened fire on a police patrol in Tank (Khyber Pakhtunkhwa), killing a constable. "
     "No group claimed the attack, but the Pakistani Taliban have carried out similar attacks in the district.",
     "en", "Unidentified Armed Group (Pakistan)"),
    ("Mercredi, des jihadistes ont tendu une embuscade à une patrouille de gendarmes près de Djibo, au "
     "Burkina Faso, tuant quatre gendarmes. L'attaque n'a pas été revendiquée, mais le JNIM a mené des "
     "attaques similaires dans la région.", "fr", "Unidentified Armed Group (Burkina Faso)"),
])
def test_a_group_named_for_similar_attacks_is_not_the_author(pipeline, text, lang, unidentified):
    """A suspicion by analogy is no attribution: ACLED codes the unclaimed act's author as unidentified."""
    events = news_of(pipeline, text, lang=lang, published=date(2022, 3, 2))
    assert events
    assert all(unidentified in _sides(e) for e in events), [_sides(e) for e in events]


@pytest.mark.parametrize("text", [
    "On 2 March 2022, opposition factions fired rockets at regime positions near Kafr Nabl in Idleb countryside. "
    "No casualties were reported.",
    "On 2 March 2022, regime forces and opposition fighters exchanged fire on the Kabani axis in Lattakia "
    "countryside. Casualties unknown.",
])
def test_syrias_opposition_factions_are_its_opposition_rebels(pipeline, text):
    [e] = _en(pipeline, text)
    assert sorted(_sides(e)) == ["Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"]


def test_two_armed_groups_that_clash_are_unidentified_on_both_sides(pipeline):
    """"armed groups" in the plural are unidentified armed groups too: ACLED codes a clash between unnamed
    groups with one on each side."""
    [e] = _en(pipeline, "On 2 March 2022, fighting broke out between two armed groups in Gharyan (Gharyan) "
                        "over a checkpoint. 2 fatalities.")
    assert _sides(e) == ["Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"]
