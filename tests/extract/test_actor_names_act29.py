"""ACLED's sides on invented notes in its terse style (issue 13, session act29): an armed group that breaks
up a protest."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2022, 3, 2))


def _base(names):
    return [(n or "").split(" (20")[0].split(" (19")[0] for n in names]


def test_an_armed_group_that_breaks_up_a_protest_is_its_second_side(pipeline):
    """Not the police a protest met by default: the separatists told dispersing the crowd met it."""
    text = ("On 2 March 2022, shopkeepers demonstrated in Kumba (Meme, Sud-Ouest) against a lockdown on the town. "
            "Ambazonian fighters dispersed the crowd. [size=around 50]")
    [e] = _en(pipeline, text)
    assert e.sub_event_type == "Protest with intervention"
    assert _sides(e) == ["Protesters (Cameroon)", "Ambazonian Separatists (Cameroon)"]


def test_the_police_still_break_up_a_protest_no_one_else_is_named_at(pipeline):
    text = ("On 2 March 2022, shopkeepers demonstrated in Kumba (Meme, Sud-Ouest) against a lockdown on the town. "
            "The crowd was dispersed. [size=around 50]")
    [e] = _en(pipeline, text)
    assert _base(_sides(e)) == ["Protesters (Cameroon)", "Police Forces of Cameroon"]


@pytest.mark.parametrize("text, country", [
    ("On 2 March 2022, police detained 16 irregular migrants of Afghan nationality at a bus station in Edirne "
     "(Edirne).", "Afghanistan"),
    ("On 2 March 2022, gendarmes stopped a lorry in Tatvan (Bitlis) and detained 22 irregular migrants, all "
     "Pakistani nationals, hidden in its trailer.", "Pakistan"),
    ("On 2 March 2022, police detained 9 migrants in a flat in Izmir - Bornova (Izmir). The migrants were from "
     "Iraq, Iran and Somalia.", "Iraq"),
    ("On 2 March 2022, gendarmes detained 31 irregular migrants, mostly from Afghanistan, on a minibus near "
     "Dogubayazit (Agri).", "Afghanistan"),
])
def test_migrants_whose_nationality_is_told_apart_are_its_civilians(pipeline, text, country):
    """ACLED names migrants after the first nationality the report gives, also told after their noun or in
    the next sentence; not "Civilians (International)", kept for migrants of no nationality told."""
    [e] = _en(pipeline, text)
    assert _sides(e)[1] == f"Civilians ({country})"


@pytest.mark.parametrize("text", [
    "On 2 March 2022, police detained 14 migrants and two drivers in Edirne (Edirne). The drivers were Bulgarian "
    "nationals.",
    "On 2 March 2022, police detained 14 migrants and a driver in Edirne (Edirne). The driver was of Turkish "
    "nationality.",
])
def test_someone_elses_nationality_leaves_the_migrants_international(pipeline, text):
    [e] = _en(pipeline, text)
    assert _sides(e)[1] == "Civilians (International)"


@pytest.mark.parametrize("text", [
    "On 2 March 2022, JNIM militants kidnapped and later released a Beninese shopkeeper on the road to "
    "Kantchari (Tapoa, Est).",
    "On 2 March 2022, JNIM militants kidnapped, beat, and later released a Beninese shopkeeper on the road "
    "to Kantchari (Tapoa, Est).",
])
def test_the_doers_of_a_series_of_verbs_sharing_one_object_are_no_patients(pipeline, text):
    """ "militants kidnapped and later released a shopkeeper": the object of the last verb is the first one's
    too, so the parse's participle "militants kidnapped" names who kidnapped, not who was kidnapped."""
    [e] = _en(pipeline, text)
    assert _sides(e) == ["JNIM: Group for Support of Islam and Muslims", "Civilians (Benin)"]


def test_people_a_participle_tells_acted_upon_are_still_its_patients(pipeline):
    text = "On 2 March 2022, two traders abducted near Kantchari (Tapoa, Est) by JNIM militants were later freed."
    [e] = _en(pipeline, text)
    assert _sides(e)[0] == "JNIM: Group for Support of Islam and Muslims"
    assert _sides(e)[1].startswith("Civilians")


@pytest.mark.parametrize("text, crowd", [
    ("On 2 March 2022, Afghan refugees demonstrated in front of the UNHCR office in Peshawar (Khyber "
     "Pakhtunkhwa) against delays in their resettlement. [size=around 80]", "Protesters (Afghanistan)"),
    ("On 2 March 2022, about 150 migrants demonstrated in Tapachula (Chiapas) against delays in their "
     "asylum papers. [size=about 150]", "Protesters (International)"),
    ("On 2 March 2022, about 150 migrants, mostly from Cuba, demonstrated in Tapachula (Chiapas) against "
     "delays in their asylum papers. [size=about 150]", "Protesters (Cuba)"),
    ("On 2 March 2022, shopkeepers demonstrated in Peshawar (Khyber Pakhtunkhwa) against new market "
     "taxes. [size=around 80]", "Protesters (Pakistan)"),
])
def test_a_foreign_crowds_protesters_are_of_its_nationality(pipeline, text, crowd):
    """ACLED names protesters after the nationality their words give ("Afghan refugees"), migrants of no
    nationality told after the "International" country, and any other crowd after the event's country."""
    [e] = _en(pipeline, text)
    assert e.sub_event_type == "Peaceful protest"
    assert _sides(e)[0] == crowd
