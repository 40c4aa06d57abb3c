"""ACLED's actors on invented sentences (issue 13, session act30): a party's workers, settlers, Rohingya
refugees, French "militants"."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import code, news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2022, 3, 2))
_fr = partial(news_of, lang="fr", published=date(2022, 3, 2))


def _assoc(event) -> list[str]:
    return [a.name for a in event.assoc_actor_1]


@pytest.mark.parametrize("text, party", [
    ("On 2 March 2022, PTI workers gathered outside a district courthouse in Multan (Punjab) over the "
     "detention of a local organiser.", "PTI: Pakistan Tehreek-i-Insaf"),
    ("On 2 March 2022, BJP workers marched to the block office in Siliguri (West Bengal) over a leader's "
     "beating.", "BJP: Bharatiya Janata Party"),
    ("On 2 March 2022, workers of the BNP rallied near the press club in Rajshahi (Rajshahi) over the arrest "
     "of their district secretary.", "BNP: Bangladesh Nationalist Party"),
])
def test_a_partys_workers_are_its_members_not_a_labour_group(pipeline, text, party):
    """ACLED codes a party's workers or activists as protesters with the party associated, never as the
    "Labour Group" that workers of a trade are."""
    [e] = _en(pipeline, text)
    assert _sides(e)[0].startswith("Protesters (")
    assert party in _assoc(e)
    assert not any(a.startswith("Labour Group") for a in _assoc(e))


def test_workers_of_a_trade_are_still_a_labour_group(pipeline):
    text = "On 2 March 2022, garment workers marched to the labour office in Ashulia (Dhaka) over three months of unpaid wages."
    [e] = _en(pipeline, text)
    assert _assoc(e) == ["Labour Group (Bangladesh)"]


def test_pti_alone_is_no_party(pipeline):
    """ "PTI" is also the Press Trust of India: only the party's members ("PTI workers") name the party."""
    text = "On 2 March 2022, villagers blocked a highway near Agra (Uttar Pradesh) over a power cut, PTI reported."
    events = _en(pipeline, text)
    assert not any("Tehreek" in a.name for e in events for a in (*e.assoc_actor_1, *e.assoc_actor_2))


@pytest.mark.parametrize("code, text", [
    (_en, "On 2 March 2022, settlers threw stones at Palestinian shepherds and torched two cars near Beita (Nablus)."),
    (_fr, "Le 2 mars 2022, des colons ont lancé des pierres sur des bergers palestiniens près de Beita, en "
          "Cisjordanie occupée."),
])
def test_settlers_in_the_west_bank_are_israels(pipeline, code, text):
    """ACLED names settlers in the West Bank "Settlers (Israel)" whether or not the report says they are
    Israeli: the side that acted, or the rioters' associate where they rioted."""
    events = code(pipeline, text)
    assert events and all("Settlers (Israel)" in (_sides(e)[0], *_assoc(e)) for e in events)


def test_settlers_elsewhere_are_no_israelis(pipeline):
    text = "On 2 March 2022, settlers fought herders over grazing land near Riyom (Plateau), Nigeria."
    assert not any("Settlers (Israel)" in _sides(e) for e in _en(pipeline, text))


def test_settlers_alone_name_no_actor_outside_palestine():
    from sitrep.normalise.actors import find_actors

    assert find_actors("Settlers burned a field.", "en", "NG") == []
    assert [a.name for a in find_actors("Settlers burned a field.", "en", "PS")] == ["Settlers (Israel)"]


@pytest.mark.parametrize("code, text", [
    (_en, "On 2 March 2022, Rohingya refugees rallied inside a camp in Ukhia (Cox's Bazar, Chittagong) to ask for "
          "a safe return home."),
    (_fr, "Le 2 mars 2022, des réfugiés rohingyas ont manifesté dans un camp d'Ukhia, au Bangladesh, pour "
          "demander un retour sûr chez eux."),
])
def test_rohingya_refugees_who_protest_are_myanmars(pipeline, code, text):
    """ACLED codes refugees by the country they fled, as its notes do for Ukrainians in Czechia: Rohingya
    refugees in Bangladesh are "Protesters (Myanmar)" with their ethnic group and "Refugees/IDPs (Myanmar)"."""
    [e] = code(pipeline, text)
    assert _sides(e)[0] == "Protesters (Myanmar)"
    assert set(_assoc(e)) == {"Rohingya Ethnic Group (Myanmar)", "Refugees/IDPs (Myanmar)"}
    assert e.place is not None and e.place.country == "BD"


def test_rohingya_refugees_detained_abroad_are_civilians_of_myanmar(pipeline):
    text = "On 2 March 2022, police detained 15 Rohingya refugees on a boat off Teknaf (Cox's Bazar, Chittagong)."
    [e] = _en(pipeline, text)
    assert _sides(e)[1] == "Civilians (Myanmar)"


@pytest.mark.parametrize("text, side, want", [
    ("Le 2 mars 2022, des militants de l'opposition ont manifesté dans le centre de Kisumu, au Kenya, contre le coût "
     "de la vie.", 0, "Protesters (Kenya)"),
    ("Le 2 mars 2022, la police kényane a interpellé quatre militants des droits humains devant un tribunal de "
     "Mombasa.", 1, "Civilians (Kenya)"),
])
def test_french_militants_alone_are_activists(pipeline, text, side, want):
    """In French a "militant" is an activist: bare "militants" name no armed group, in Kenya as elsewhere."""
    [e] = _fr(pipeline, text)
    assert _sides(e)[side] == want


@pytest.mark.parametrize("text, want", [
    ("Le 2 mars 2022, des militants shebab ont pris d'assaut un poste de police à Garissa, au Kenya.", "Al Shabaab"),
    ("Le 2 mars 2022, des militants présumés d'Al-Shabaab ont abattu deux enseignants près de Lamu, au Kenya.",
     "Al Shabaab"),
    ("Le 2 mars 2022, des militants jihadistes ont pris d'assaut un poste de police à Garissa, au Kenya.",
     "Unidentified Armed Group (Kenya)"),
])
def test_french_militants_a_group_or_an_armed_word_qualifies_are_fighters(pipeline, text, want):
    [e] = _fr(pipeline, text)
    assert _sides(e)[0] == want


def test_french_militants_of_a_civil_cause_are_activists(pipeline):
    text = "Le 2 mars 2022, des militants écologistes ont été interpellés par la police devant le parlement à Nairobi."
    [e] = _fr(pipeline, text)
    assert _sides(e)[1] == "Civilians (Kenya)"


def test_a_force_named_with_its_countrys_possessive_after_by_is_the_author(pipeline):
    """ "abuses against Rohingya villagers by Myanmar's army": the country's possessive between "by" and the
    force still makes the force the author, not an unidentified group."""
    text = "Sexual violence against Rohingya villagers by Myanmar's army was documented near Buthidaung (Rakhine)."
    events = code(pipeline, text, lang="en", published=date(2022, 3, 2))
    assert events and all(_sides(e)[0] == "Military Forces of Myanmar (2021-)" for e in events)
