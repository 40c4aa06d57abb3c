"""Strategic developments by the codebook's definitions (issue 13, strat), on invented notes in ACLED's style.

A group that breaks away, switches sides, conscripts or gets a new commander changes its group or activity; a
prisoner swap and captives freed under a deal or an amnesty are agreements; a bomb that goes off early in its
makers' hands or one blown up in a controlled explosion is a disrupted weapons use; a fire of unknown cause at a
military depot is "Other"; an arrest warrant executed is an arrest, one only issued is no event, and executing a
warrant is no killing. The French words of the same classes are read too.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 6, 20)

CHG, AGR, DWU = "Change to group/activity", "Agreement", "Disrupted weapons use"

TYPES = [
    ("On 11 June 2024, a wing of the rebel movement led by its former spokesman broke away in Malakal "
     "(Upper Nile).", CHG),
    ("On 12 June 2024, a militia commander and thirty of his men switched sides and joined the army in Kalehe "
     "(South Kivu).", CHG),
    ("On 12 June 2024, the insurgents began conscripting teenage boys in villages near Hpakant (Kachin).", CHG),
    ("On 13 June 2024, the jihadists appointed a new commander for the border zone near Kidal (Kidal).", CHG),
    ("On 13 June 2024, the two warring parties swapped 40 detainees near Aden (Aden).", AGR),
    ("On 14 June 2024, the authorities freed 35 jailed rebels in Abeche (Ouaddai) under an amnesty.", AGR),
    ("On 14 June 2024, three fighters were killed when the explosive they were carrying went off prematurely "
     "near Ansongo (Gao).", DWU),
    ("On 15 June 2024, army engineers blew up a truck loaded with explosives in a controlled explosion near "
     "Beledweyne (Hiraan).", DWU),
    ("On 15 June 2024, a fire of unknown origin swept through an army ammunition depot near Kindia (Kindia).",
     "Other"),
    ("On 16 June 2024, police executed an arrest warrant against a former governor at his house in Enugu "
     "(Enugu).", "Arrests"),
]


@pytest.mark.parametrize("text, sub_event_type", TYPES)
def test_strategic_sub_event_types(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type], text


@pytest.mark.parametrize("text", [
    "On 16 June 2024, a court in Lome (Maritime) issued an arrest warrant for an exiled opposition leader.",
    "On 16 June 2024, a fire of unknown origin broke out at night in the central market of Kumasi (Ashanti).",
    "On 16 June 2024, a judge freed an opposition activist on bail in Lusaka (Lusaka) after talks with his lawyers.",
])
def test_no_strategic_development(pipeline, text):
    assert news_of(pipeline, text, lang="en", published=DAY) == [], text


def test_soldiers_who_execute_prisoners_still_kill(pipeline):
    text = "On 16 June 2024, soldiers executed three detainees near Tessalit (Kidal)."
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 3)], text


@pytest.mark.parametrize("text, sub_event_type", [
    ("Le 14 juin 2024, un chef de milice et vingt de ses hommes ont changé de camp à Fizi (Sud-Kivu).", CHG),
    ("Le 14 juin 2024, l'armée et les rebelles ont échangé des prisonniers à Bambari (Ouaka).", AGR),
    ("Le 14 juin 2024, deux hommes ont péri lorsque l'engin qu'ils posaient a explosé prématurément près "
     "d'Ansongo (Gao).", DWU),
])
def test_strategic_sub_event_types_fr(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="fr", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type], text


def test_a_hiring_drive_is_no_recruitment_fr(pipeline):
    text = "Le 14 juin 2024, le ministère a lancé le recrutement de 500 infirmiers à Kinshasa (Kinshasa)."
    assert news_of(pipeline, text, lang="fr", published=DAY) == [], text


def test_a_bomb_that_kills_its_makers_names_them_alone(pipeline):
    text = ("On 17 June 2024, two gunmen died when the mine they were burying exploded prematurely near Tillaberi "
            "(Tillaberi).")
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [(e.sub_event_type, e.fatalities, e.actor1.name if e.actor1 else None, e.actor2) for e in events] == \
        [(DWU, 2, "Unidentified Armed Group (Niger)", None)], text
