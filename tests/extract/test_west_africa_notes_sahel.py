"""West Africa's English notes (issues 13 and 14, session sahel): vigilantes are an armed militia unless they
punish a suspect as a mob; a label that acts is not the group it acts on; a "bandit camp" names the bandits; Gossi
is a town of Mali."""
from __future__ import annotations

from datetime import date
from functools import partial

from sitrep.geo.distance import haversine_km
from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2023, 6, 2))


def test_vigilantes_who_kill_herders_are_a_militia_not_a_mob(pipeline):
    events = _en(pipeline, "On 1 June 2023, vigilantes shot dead five Fulani cattle herders near Bakura "
                           "(Zamfara).")
    assert events[0].sub_event_type == "Attack"
    assert sides(events[0])[0] == "Unidentified Communal Militia (Nigeria)"


def test_vigilantes_who_lynch_a_thief_are_a_mob(pipeline):
    events = _en(pipeline, "On 1 June 2023, vigilantes beat to death a young man accused of stealing a goat in "
                           "Kano.")
    assert events[0].sub_event_type == "Mob violence"


def test_cow_vigilantes_who_attack_traders_are_a_mob(pipeline):
    events = _en(pipeline, "On 1 June 2023, cow vigilantes assaulted two men transporting buffaloes near Alwar "
                           "(Rajasthan).", published=date(2023, 6, 2))
    assert events[0].sub_event_type == "Mob violence"


def test_militants_who_attack_a_vdp_post_are_not_the_vdp(pipeline):
    events = _en(pipeline, "On 1 June 2023, militants raided a VDP outpost at Kounkoula (Pissila commune, "
                           "Sanmatenga province), killing four VDP members.")
    assert set(sides(events[0])) == {"Unidentified Armed Group (Burkina Faso)",
                                     "VDP: Volunteer for Defense of Homeland"}


def test_a_bandit_camp_names_the_bandits_it_shelters(pipeline):
    events = _en(pipeline, "On 1 June 2023, Nigerian Air Force jets struck a bandit camp in the hills near Anka "
                           "(Zamfara).")
    assert sides(events[0])[1] == "Unidentified Armed Group (Nigeria)"


def test_gossi_is_a_town_of_mali(pipeline):
    events = _en(pipeline, "On 1 June 2023, a landmine blew up a lorry carrying traders just outside Gossi "
                           "(Timbuktu), killing two.")
    place = events[0].place
    assert place is not None and place.lat is not None and haversine_km(place.lat, place.lon, 15.82, -1.30) < 25
