"""CASE-style snippets and wire sentences, a fifth round (issue 13, case5), on invented sentences without a
publication date.

An arrest for an ordinary crime (drugs, human trafficking, counterfeit money, tax evasion) is no ACLED
arrest, where the arrest of militants or of opposition supporters stays one; a court's acquittal "of" an old
act, like a conviction, tells that act as judged, not as the day's news; a base taken over in a handover
ceremony changed hands without a fight, where a town taken after fighting is regained; weapons the doers are
"armed with" describe them, not the act; talks a side suspends are no agreement; people intercepted are no
weapons stopped.
"""
from __future__ import annotations

import pytest

from tests.extract.reports import news_of


def top(pipeline, text: str) -> str | None:
    """CASE's label: the sub-event type of the most confident news event (None: no news event)."""
    events = news_of(pipeline, text, lang="en", published=None)
    return max(events, key=lambda e: e.confidence).sub_event_type if events else None


@pytest.mark.parametrize("text, sub_event_type", [
    ("Customs officers in Chennai arrested two travellers on Friday after finding heroin sewn into their "
     "luggage.", None),
    ("Police in Accra arrested a man on Monday with a bag of counterfeit cedi notes, officials said.", None),
    ("Police arrested four suspected Al-Shabaab members in Garissa on Monday, officials said.", "Arrests"),
    ("Police detained 30 opposition supporters in Lusaka on Sunday ahead of a planned march.", "Arrests"),
    ("Federal agents arrested a Red Command member wanted for cocaine trafficking in Manaus on Friday.", "Arrests"),
])
def test_arrests_for_ordinary_crime_are_no_event(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("A high court in Karachi acquitted three police officers on Monday of the killing of a student during a "
     "raid.", None),
    ("Gunmen shot dead a student outside his home in Karachi on Monday, police said.", "Attack"),
])
def test_an_acquittal_judges_an_old_act(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("Chadian troops took over a camp left by UN peacekeepers near Abeche on Friday in a short handover "
     "ceremony.", "Non-violent transfer of territory"),
    ("Chadian troops took over the town of Abeche on Friday after two days of fighting with rebels.",
     "Government regains territory"),
])
def test_a_handover_ceremony_is_no_conquest(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("Gunmen armed with rifles and hand grenades raided a police station in Kohat on Sunday night, and officers "
     "fought them off for an hour.", "Armed clash"),
    ("A youth on a scooter lobbed a grenade into a police van in Imphal on Saturday, wounding four officers.",
     "Grenade"),
])
def test_a_weapon_carried_is_not_the_act(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


@pytest.mark.parametrize("text, sub_event_type", [
    ("Manila said on Friday it had suspended peace talks with the communist rebels until further notice.",
     None),
    ("The government and the communist rebels signed a truce agreement in Oslo on Friday.", "Agreement"),
])
def test_talks_called_off_are_no_agreement(pipeline, text, sub_event_type):
    assert top(pipeline, text) == sub_event_type, text


def test_people_intercepted_are_no_weapon_stopped(pipeline):
    """Smugglers a patrol intercepts are people stopped (an arrest, if anything), never a weapon's use disrupted."""
    text = "Navy patrols intercepted 14 suspected smugglers off the coast of Zuwara on Tuesday."
    assert top(pipeline, text) != "Disrupted weapons use", text


def test_rockets_intercepted_are_weapons_stopped(pipeline):
    """Guard: what air defences intercept is a weapon."""
    text = "Air defence units intercepted four rockets fired at Sderot on Tuesday, the army said."
    assert top(pipeline, text) == "Disrupted weapons use", text
