"""Event types of notes told in other wording (issue 13, typ38), on invented notes in ACLED's style.

A mine qualified by its ore is a pit, the place of an attack, never a landmine; an aircraft that crashes killing
its crew is a mishap; an army "preparing an offensive" plans it; an "exchange of gunfire" is a clash, a
"pillaging" a looting, the "establishment" of a base or a base "built" is one established; an elder seized is
abducted; rockets with a chemical agent are a chemical weapon; a house bulldozed is destroyed; factions fight; a
mine detected and destroyed is disrupted; and ACLED's "no fatalities" after an act denies the toll, not the act.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 4, 2)

TYPES = [
    ("On 1 April 2023, gunmen raided an artisanal gold mine near Kalsaka (Yatenga, Nord), killing six miners.",
     "Attack", 6),
    ("On 1 April 2023, an exchange of gunfire between police and bandits broke out in Gusau (Gusau, Zamfara).",
     "Armed clash", None),
    ("On 1 April 2023, residents said that the pillaging of a pharmacy in Kiwanja (Rutshuru, North Kivu) by "
     "soldiers lasted all night.", "Looting/property destruction", None),
    ("On 1 April 2023, residents reported the establishment of a new ADF camp near Mayi-Moya (Beni, North Kivu).",
     "Headquarters or base established", None),
    ("On 1 April 2023, JNIM militants built a training camp in the forest near Ouarkoye (Mouhoun, Boucle du "
     "Mouhoun).", "Headquarters or base established", None),
    ("On 1 April 2023, gunmen seized a village elder in Wajir (Wajir, Wajir) and drove off with him.",
     "Abduction/forced disappearance", None),
    ("On 1 April 2023, a remote-controlled bomb hit a police van in Quetta (Quetta, Balochistan); "
     "no fatalities.", "Remote explosive/landmine/IED", 0),
    ("On 1 April 2023, according to rescuers, rockets carrying a chemical agent landed on Latamina (Hama, Hama).",
     "Chemical weapon", None),
    ("On 1 April 2023, settlers bulldozed a shepherd's shed near Tubas (Tubas, Tubas).",
     "Looting/property destruction", None),
    ("On 1 April 2023, two factions of a local militia fought each other in Yei (Yei, Central Equatoria).",
     "Armed clash", None),
    ("On 1 April 2023, a mine was detected and destroyed by army engineers on a track near Tessit (Ansongo, Gao).",
     "Disrupted weapons use", None),
]


@pytest.mark.parametrize("text, sub_event_type, fatalities", TYPES)
def test_sub_event_types_in_other_wording(pipeline, text, sub_event_type, fatalities):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [(sub_event_type, fatalities)], text


@pytest.mark.parametrize("text, lang", [
    ("On 1 April 2023, a mine exploded under a water truck near Tessit (Ansongo, Gao), killing the driver.", "en"),
    ("Le 1er avril 2023, une bombe artisanale a explosé dans une buvette de Butembo, blessant trois clients.", "fr"),
])
def test_a_bomb_of_no_ore_stays_a_remote_explosive(pipeline, text, lang):
    events = news_of(pipeline, text, lang=lang, published=DAY)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], text


@pytest.mark.parametrize("text", [
    "On 1 April 2023, a military transport plane crashed near Gao (Gao, Gao), killing seven soldiers on board.",
    "On 1 April 2023, the army said it was preparing an assault to recapture Kishishe (Rutshuru, North Kivu).",
])
def test_no_event_is_told(pipeline, text):
    assert news_of(pipeline, text, lang="en", published=DAY) == [], text


def test_an_act_itself_denied_stays_denied(pipeline):
    text = "On 1 April 2023, police said that no attack took place in Tessit (Ansongo, Gao); no fatalities."
    assert news_of(pipeline, text, lang="en", published=DAY) == [], text


def test_a_plane_that_bombs_a_market_still_strikes(pipeline):
    text = "On 1 April 2023, a military plane bombed a market near Gao (Gao, Gao), killing seven traders."
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], text
