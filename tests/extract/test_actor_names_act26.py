"""ACLED's naming conventions for actors (issue 13, session act26), on invented notes in the terse style of
ACLED's notes, in countries with few dev notes: clan and ethnic militias, communal militias, border guards."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

PUBLISHED = date(2022, 3, 12)

_dated = partial(news_of, lang="en", published=PUBLISHED)


@pytest.mark.parametrize("text, sides", [
    ("On 12 March 2022, Garre clan militia clashed with Degodia clan militia near Mandera (Mandera).",
     ["Garre Clan Militia (Kenya)", "Degodia Clan Militia (Kenya)"]),
    ("On 12 March 2022, Marehan clan militia clashed with Garre clan militia over a water point near Dolow (Gedo).",
     ["Marehan Clan Militia (Somalia)", "Garre Clan Militia (Somalia)"]),
])
def test_a_clan_named_as_such_is_a_clan_militia_even_when_it_is_a_people_too(pipeline, text, sides):
    """Garre, Degodia and Marehan are peoples ACLED also names ethnic militias after; "Garre clan militia"
    says the clan: ACLED's "Garre Clan Militia (Kenya)", not an unidentified armed group."""
    [e] = _dated(pipeline, text)
    assert _sides(e) == sides


@pytest.mark.parametrize("text, actor1", [
    ("On 12 March 2022, armed Murle youth abducted two children near Gumuruk (Pibor, Jonglei).",
     "Murle Ethnic Militia (South Sudan)"),
    ("On 12 March 2022, armed Turkana youths raided a homestead and shot a herder dead near Kapedo (Turkana East, "
     "Turkana). 1 fatality.", "Turkana Ethnic Militia (Kenya)"),
    ("On 12 March 2022, Hutu militiamen burnt down a health centre in Bwito (Rutshuru, Nord-Kivu).",
     "Hutu Ethnic Militia (Democratic Republic of Congo)"),
])
def test_armed_youth_of_a_people_are_its_ethnic_militia(pipeline, text, actor1):
    [e] = _dated(pipeline, text)
    assert e.actor1.name == actor1


def test_unidentified_communal_militiamen_are_the_communal_militia(pipeline):
    text = "On 12 March 2022, unidentified communal militiamen killed two farmers on their farm in Logo (Benue). 2 fatalities."
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]


@pytest.mark.parametrize("text, force", [
    ("On 12 March 2022, Pakistani border guards shot and killed two fuel smugglers near Panjgur (Balochistan). "
     "2 fatalities.", "Military Forces of Pakistan"),
    ("On 12 March 2022, border guards shot at a group of Afghan men crossing the border near Saravan (Sistan and "
     "Baluchestan), injuring three.", "Police Forces of Iran"),
])
def test_border_guards_are_a_state_force(pipeline, text, force):
    """Border guards are a state's forces, not unknown armed men; Iran's border guard is a command of its police."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name.startswith(force)


@pytest.mark.parametrize("text, sides", [
    ("On 12 March 2022, gunmen shot dead two farmers near Umueri (Anambra) in a renewed boundary dispute with a "
     "neighbouring town. 2 fatalities.", ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]),
    ("On 12 March 2022, armed men attacked residents of Gbajimba (Benue) amid a chieftaincy dispute, injuring four.",
     ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]),
])
def test_unnamed_fighters_of_a_communal_dispute_are_a_communal_militia(pipeline, text, sides):
    """Armed men nobody names who fight over a boundary or a chieftaincy between communities are ACLED's
    "Unidentified Communal Militia (country)", not an unidentified armed group."""
    [e] = _dated(pipeline, text)
    assert _sides(e) == sides


def test_unnamed_gunmen_with_no_dispute_stay_an_unidentified_armed_group(pipeline):
    text = "On 12 March 2022, gunmen abducted a pharmacist from his shop in Owerri (Imo)."
    [e] = _dated(pipeline, text)
    assert _sides(e) == ["Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"]
