"""Latin America's notes (issues 13 and 14, session latam): two named groups that fought each other with the
dead told as "gunmen" after a comma, Brazil's Red Command by its acronym, Peru's Militarized Communist Party, an
unknown vereda the model reads as an organisation holding its municipality, and a quarter described as one of a
commune. Sentences are invented; the groups and places are general facts."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 9, 21))


def _near(event, point: tuple[float, float], km: float = 25) -> bool:
    p = event.place
    return p is not None and p.lat is not None and haversine_km(p.lat, p.lon, *point) <= km


def test_two_cartels_fought_each_other_with_their_dead_told_as_gunmen(pipeline):
    events = _en(pipeline, "On 20 September 2023, members of the Gulf Cartel and the Northeast Cartel fought in "
                           "Miguel Aleman (Tamaulipas), leaving three gunmen dead.")
    assert sorted(sides(events[0])) == ["Gulf Cartel", "Northeast Cartel"]


def test_a_state_force_and_its_ally_still_fight_the_gunmen(pipeline):
    events = _en(pipeline, "On 20 September 2023, soldiers and police officers clashed near Tecoman (Colima), "
                           "leaving two gunmen dead.")
    assert "Police Forces of Mexico (2018-2024)" not in sides(events[0])[1:]


def test_the_red_command_by_its_acronym(pipeline):
    events = _en(pipeline, "On 20 September 2023, inmates of the PCC and the CV clashed in a prison of Manaus "
                           "(Amazonas), leaving one dead.")
    assert {"PCC: First Capital Command", "CV: Red Command"} <= set(sides(events[0]))


def test_perus_militarized_communist_party(pipeline):
    events = _en(pipeline, "On 20 September 2023, a column of the Militarized Communist Party of Peru attacked an "
                           "army base in Pichari (Cusco), wounding three soldiers.")
    assert "MPCP: Militarized Communist Party of Peru" in sides(events[0])


def test_an_unknown_vereda_is_placed_at_its_municipality(pipeline):
    events = _en(pipeline, "On 20 September 2023, FARC dissidents killed a farmer in vereda El Cedralito of Morales "
                           "municipality (Cauca).")
    assert _near(events[0], (2.75, -76.63))


def test_a_quarter_described_as_one_of_a_commune_is_there(pipeline):
    events = _en(pipeline, "On 20 September 2023, gang members burned houses in Boston, a neighbourhood of Cite "
                           "Soleil (Ouest).")
    assert _near(events[0], (18.58, -72.33))


def test_a_municipality_named_after_its_town_is_coded_at_the_town(pipeline):
    events = _en(pipeline, "On 20 September 2023, soldiers clashed with gunmen in Aguililla (Michoacan), killing "
                           "two.")
    assert _near(events[0], (18.73, -102.79), 10)


def test_a_lynching_by_burning_counts_its_dead(pipeline):
    events = _en(pipeline, "On 20 September 2023, residents burned alive two suspected cattle thieves in Jean-Rabel "
                           "(Nord-Ouest).")
    assert events[0].fatalities == 2


def test_a_lynching_by_burning_in_french_counts_its_dead(pipeline):
    events = news_of(pipeline, "Le 20 septembre 2023, trois présumés ravisseurs ont été brûlés vifs par une foule "
                               "à Jacmel.", published=date(2023, 9, 21))
    assert events[0].fatalities == 3


def test_houses_burned_are_no_dead(pipeline):
    events = _en(pipeline, "On 20 September 2023, rioters burned five houses in Jean-Rabel (Nord-Ouest).")
    assert not events[0].fatalities
