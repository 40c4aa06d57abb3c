"""South and South-East Asia and the Caucasus in ACLED's notes, third round: the Taliban's police are Afghanistan's
police forces, not its army; a crowd's violence whose purpose is told ("demanding the restoration of ...", "to
protest ...") is a violent demonstration, not mob violence; "He was killed." after an attack counts one dead;
"Batumi (Adjara)" is Georgia's, not a town of Benin; "X village of Y tehsil in Z district" places the tehsil in
the district; an off-duty officer of a named force ("an off-duty Frontier Reserve Police constable") is a
civilian. Invented reports."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of, sides

_events = partial(news_of, lang="en", published=date(2024, 3, 8))


def _one(pipeline, text: str):
    [e] = _events(pipeline, text)
    return e


@pytest.mark.parametrize("text", [
    "On 2 March 2024, Taliban police detained two former soldiers at a checkpoint in Pul-e-Khumri (Baghlan).",
    "On 2 March 2024, Taliban policemen arrested a money changer in Kunduz.",
])
def test_the_talibans_police_are_afghanistans_police(pipeline, text):
    e = _one(pipeline, text)
    assert e.sub_event_type == "Arrests"
    assert sides(e)[0] == "Police Forces of Afghanistan (2021-)"


def test_the_taliban_alone_stay_the_army(pipeline):
    """Guard: the Taliban named alone after August 2021 are the state's military forces, as before."""
    e = _one(pipeline, "On 2 March 2024, the Taliban detained two former soldiers in Pul-e-Khumri (Baghlan).")
    assert sides(e)[0] == "Military Forces of Afghanistan (2021-)"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, traders demanding the release of their union leader pelted stones at police in Butwal (Lumbini "
    "Province).",
    "On 2 March 2024, villagers hurled stones at police vehicles in Nepalgunj to protest a power cut.",
])
def test_a_crowds_violence_with_its_purpose_told_is_a_violent_demonstration(pipeline, text):
    assert _one(pipeline, text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, a mob stoned a suspected thief to death in Nepalgunj.",
    "On 2 March 2024, two groups of villagers hurled stones at each other over a boundary in Nepalgunj.",
])
def test_a_crowds_violence_with_no_purpose_stays_mob_violence(pipeline, text):
    """Guard: a lynching or a brawl tells no demand."""
    assert _one(pipeline, text).sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, unidentified gunmen fired at a grocer outside his shop in Mardan (Khyber Pakhtunkhwa). He was "
    "killed on the spot.",
    "On 2 March 2024, unidentified gunmen shot a grocer outside his shop in Mardan (Khyber Pakhtunkhwa). He died in "
    "hospital.",
])
def test_a_pronoun_that_died_counts_one_dead(pipeline, text):
    assert _one(pipeline, text).fatalities == 1


@pytest.mark.parametrize("text", [
    "On 2 March 2024, unidentified gunmen shot a grocer outside his shop in Mardan (Khyber Pakhtunkhwa). He was "
    "injured.",
    "On 2 March 2024, unidentified gunmen fired at a grocer outside his shop in Mardan (Khyber Pakhtunkhwa). He was "
    "arrested later.",
])
def test_a_pronoun_hurt_or_arrested_counts_no_dead(pipeline, text):
    """Guard: only a word of death after the pronoun counts."""
    assert not _one(pipeline, text).fatalities


def test_batumi_in_adjara_is_georgias(pipeline):
    e = _one(pipeline, "On 2 March 2024, police detained nine protesters outside the city hall in Batumi (Adjara).")
    assert e.place is not None and e.place.country == "GE"
    assert haversine_km(e.place.lat, e.place.lon, 41.64, 41.63) < 25
    assert sides(e)[1].startswith("Police Forces of Georgia")


@pytest.mark.parametrize(("village", "link"), [("Nangalheri", "in"), ("Dhamokar", "of")])
def test_a_tehsil_of_a_district_is_the_districts(pipeline, village, link):
    """Ramgarh is a town of Alwar (Rajasthan) and of Jharkhand, 1,000 km apart: the district tells which."""
    e = _one(pipeline, f"On 2 March 2024, a mob assaulted two cattle traders in {village} village of Ramgarh tehsil "
                       f"{link} Alwar district (Rajasthan).")
    assert e.place is not None
    assert haversine_km(e.place.lat, e.place.lon, 27.58, 76.82) < 30


@pytest.mark.parametrize("text", [
    "On 2 March 2024, gunmen shot dead an off-duty Frontier Reserve Police constable outside a mosque in Charsadda "
    "(Khyber Pakhtunkhwa).",
    "On 2 March 2024, gunmen shot dead an off-duty Punjab Police constable near a bus stand in Sialkot.",
])
def test_an_off_duty_officer_of_a_named_force_is_a_civilian(pipeline, text):
    """ACLED codes off-duty forces attacked as civilians, also where the force's name stands between."""
    e = _one(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert sides(e)[1] == "Civilians (Pakistan)"


def test_an_on_duty_officer_of_a_named_force_stays_the_force(pipeline):
    """Guard: with no cue the named force's constable is its police."""
    e = _one(pipeline, "On 2 March 2024, gunmen shot dead a Frontier Reserve Police constable outside a mosque in "
                       "Charsadda (Khyber Pakhtunkhwa).")
    assert sides(e)[1].startswith("Police Forces of Pakistan")
