"""Event types of ACLED notes by the codebook's definitions (issue 13, typ34), on invented notes in ACLED's style.

Armed men who kill or injure people the note names as protesters use excessive force against protesters; a
killing told after "against the town," is the act's own toll, not a grievance; an explosive vest or belt set off
is a suicide bomb; a pact concluded is an agreement; an arms depot discovered is disrupted weapons use; people
taken into custody are arrested; armed factions' merger changes the groups; a foreign
force that retakes ground beside the place's own state forces regains it for the government.
"""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract.quantities import fatalities
from tests.extract.reports import news_of

DAY = date(2023, 4, 2)


def _one(pipeline, text: str):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert events, text
    return events[0]


FORCE = [
    ("On 1 April 2023, gendarmes opened fire with live rounds on protesters in Kankan (Kankan, Kankan), killing two "
     "of them.", 2),
    ("On 1 April 2023, soldiers shot at unarmed protesters in Mandalay (Mandalay, Mandalay), injuring four.", None),
]


@pytest.mark.parametrize("text, dead", FORCE)
def test_armed_men_who_kill_protesters_use_excessive_force(pipeline, text, dead):
    event = _one(pipeline, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert (event.fatalities or None) == dead


def test_a_killing_after_a_comma_is_not_the_grievance_of_against():
    assert fatalities("Regime forces used chlorine against the village, killing five residents.", "en").value == 5
    assert fatalities("Residents protested against the killing of two traders.", "en") is None


TYPES = [
    ("On 1 April 2023, a man wearing an explosive belt detonated it at a checkpoint in Bosaso (Bari, Bari). "
     "1 fatality.", "Suicide bomb"),
    ("On 1 April 2023, leaders of two herding clans concluded a pact in Moroto (Moroto, Moroto) to end cattle "
     "raids.", "Agreement"),
    ("On 1 April 2023, soldiers discovered an arms depot of a rebel group near Ndele (Ndele, Bamingui-Bangoran).",
     "Disrupted weapons use"),
    ("On 1 April 2023, police took two suspected smugglers into custody at a market in Mopti (Mopti, Mopti).",
     "Arrests"),
    ("On 1 April 2023, three militia factions declared their merger at a meeting in Kalehe (Kalehe, South Kivu).",
     "Change to group/activity"),
]


@pytest.mark.parametrize("text, sub_event_type", TYPES)
def test_codebook_sub_event_types(pipeline, text, sub_event_type):
    assert _one(pipeline, text).sub_event_type == sub_event_type


ALLIES = [
    "On 1 April 2023, Chadian and Nigerien soldiers retook the town of Bosso (Bosso, Diffa) from Boko Haram fighters.",
    "On 1 April 2023, Mozambican and Rwandan troops recaptured the village of Mbau (Mocimboa da Praia, Cabo "
    "Delgado) from Islamic State fighters.",
]


@pytest.mark.parametrize("text", ALLIES)
def test_a_foreign_force_beside_the_host_state_regains_ground_for_it(pipeline, text):
    assert _one(pipeline, text).sub_event_type == "Government regains territory"


def test_a_foreign_force_alone_overtakes_ground(pipeline):
    event = _one(pipeline, "On 1 April 2023, Russian troops seized the village of Lozove (Kupiansk, Kharkiv) from "
                           "Ukrainian forces.")
    assert event.sub_event_type == "Non-state actor overtakes territory"

