"""Actors as ACLED names them (issue 13, session en21), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides

PUBLISHED = date(2022, 3, 6)

_en = partial(news_of, lang="en", published=PUBLISHED)
_fr = partial(news_of, lang="fr", published=PUBLISHED)


def _coded(pipeline, text: str, lang: str):
    return (_en if lang == "en" else _fr)(pipeline, text)


@pytest.mark.parametrize("text, lang", [
    ("On 5 March 2022, in Zamora, Michoacan, a man was shot and killed and his body was left with a message on a "
     "bridge. 1 fatality.", "en"),
    ("On 5 March 2022, in Leon, Guanajuato, a woman was killed and her body was found wrapped in a blanket with a "
     "message near the bus station. 1 fatality.", "en"),
    ("Le 5 mars 2022, à Zamora (Michoacán), le corps d'un homme tué par balles a été retrouvé avec un message sur un "
     "pont.", "fr"),
])
def test_a_body_left_with_a_message_is_a_gangs_killing(pipeline, text, lang):
    """A body left with a message (a narco-message) bears the mark of organised crime: ACLED names its
    unknown killers "Unidentified Gang (Mexico)", not an unidentified armed group."""
    [e] = _coded(pipeline, text, lang)
    assert sides(e) == ["Unidentified Gang (Mexico)", "Civilians (Mexico)"]


def test_a_body_found_without_a_mark_of_crime_stays_an_unidentified_group(pipeline):
    [e] = _en(pipeline, "On 5 March 2022, in Leon, Guanajuato, a woman was killed and her body was found wrapped in "
                        "a blanket near the bus station. 1 fatality.")
    assert e.actor1 is None or e.actor1.name != "Unidentified Gang (Mexico)"


@pytest.mark.parametrize("text, lang", [
    ("On 5 March 2022, an Islamist militia ambushed a police patrol near Mueda (Cabo Delgado), killing two officers.",
     "en"),
    ("On 5 March 2022, Islamist militiamen attacked the village of Chiure (Cabo Delgado), burning 20 houses.", "en"),
    ("Le 5 mars 2022, une milice islamiste a attaqué le village de Nangade (Cabo Delgado), tuant trois civils.", "fr"),
])
def test_an_islamist_militia_is_named_as_acled_names_it(pipeline, text, lang):
    """ACLED's "Islamist Militia (Mozambique)": "Islamist" names no community, so the militia is no
    "Islamist Communal Militia"."""
    [e] = _coded(pipeline, text, lang)
    assert e.actor1.name == "Islamist Militia (Mozambique)"


@pytest.mark.parametrize("text, lang, victims", [
    ("On 5 March 2022, gunmen abducted two Chinese construction workers near Gwadar (Balochistan).", "en",
     "Civilians (China)"),
    ("On 5 March 2022, gunmen abducted a Nigerien aid worker in Dori (Seno, Sahel).", "en", "Civilians (Niger)"),
    ("On 5 March 2022, armed men abducted three Turkish employees of a road company near Kidal.", "en",
     "Civilians (Turkey)"),
    ("Le 5 mars 2022, des hommes armés ont enlevé deux employés chinois près de Gwadar (Baloutchistan).", "fr",
     "Civilians (China)"),
])
def test_foreign_workers_are_civilians_of_their_country(pipeline, text, lang, victims):
    """Workers, employees and aid workers are civilians; ACLED names the civilians of another country by it
    ("Civilians (China)" for Chinese workers abducted in Pakistan)."""
    [e] = _coded(pipeline, text, lang)
    assert e.actor2.name == victims


@pytest.mark.parametrize("text, lang, expected", [
    ("On 5 March 2022, suspected IPOB militants killed him and his wife near Okigwe (Imo).", "en",
     ["IPOB: Indigenous Peoples of Biafra", "Civilians (Nigeria)"]),
])
def test_an_attack_on_civilians_names_its_target(pipeline, text, lang, expected):
    """ACLED's "Attack" is violence against civilians and always has its target as actor2, even when the
    report names the victims by a pronoun or a kinship word only."""
    [e] = _coded(pipeline, text, lang)
    assert e.sub_event_type == "Attack"
    assert sides(e) == expected


@pytest.mark.parametrize("text, lang, force", [
    ("On 5 March 2022, a clash ensued between the protesting villagers and the police at Gorkha bazaar (Gorkha "
     "district). The protesters were demanding compensation for flood damage. Police fired shots in the air. "
     "[size=no report]", "en", "Police Forces of Nepal (2015-)"),
    ("On 5 March 2022, in Ajmer, a clash broke out between the protesting shopkeepers and the police after the "
     "demolition drive. A protester was injured. [size=no report]", "en", "Police Forces of India (2014-)"),
])
def test_a_demonstration_that_clashed_with_the_police_has_them_as_actor2(pipeline, text, lang, force):
    """A violent demonstration told as a clash between the demonstrators and one state force was fought by
    that force: it is the riot's actor2 (ACLED: "Rioters (country)" against "Police Forces of country")."""
    [e] = _coded(pipeline, text, lang)
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor2 is not None and e.actor2.name.split(" (")[0] == force.split(" (")[0]


@pytest.mark.parametrize("text, lang, country", [
    ("On 5 March 2022, people marched in Ulm to protest against vaccination mandates. A counter-demonstration of "
     "120 people was held at the town hall square. [size=at least 120]", "en", "Germany"),
    ("On 5 March 2022, about 50 anti-abortion activists rallied outside the parliament in Dublin, while "
     "counter-protesters gathered across the street. [size=about 50]", "en", "Ireland"),
    ("Le 5 mars 2022, quelque 300 personnes ont manifesté à Lyon contre le passe vaccinal, face à une "
     "contre-manifestation d'une quarantaine de personnes.", "fr", "France"),
])
def test_a_counter_demonstration_is_the_protests_actor2(pipeline, text, lang, country):
    """ACLED codes a demonstration and the counter-demonstration that answers it as one peaceful protest
    with "Protesters (country)" on both sides."""
    [e] = _coded(pipeline, text, lang)
    assert e.sub_event_type == "Peaceful protest"
    assert sides(e) == [f"Protesters ({country})", f"Protesters ({country})"]


def test_a_protest_with_no_counter_demonstration_has_no_actor2(pipeline):
    [e] = _en(pipeline, "On 5 March 2022, around 200 people demonstrated in Graz against the war in Ukraine. "
                        "[size=around 200]")
    assert sides(e) == ["Protesters (Austria)", None]
