"""A site only a state's military holds, struck by the country's own forces, is held by the foreign state whose forces
hold part of the country that day (``foreign_holders.tsv``: Russia's in Ukraine since the full-scale invasion), and
an air defence battery or a command post is such a site. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

RU = "Military Forces of Russia (2000-)"
UA = "Military Forces of Ukraine (2019-)"


@pytest.mark.parametrize("note, pair", [
    ("On 9 July 2024, Ukrainian missiles hit an air base near Saky (Crimea), destroying a radar.", [UA, RU]),
    ("On 9 July 2024, Ukrainian drones struck a military airfield near Berdiansk (Zaporizhzhia oblast).", [UA, RU]),
    ("On 9 July 2024, Ukrainian drones struck an air defence battery near Yevpatoria (Crimea).", [UA, RU]),
])
def test_a_strike_on_a_site_the_occupier_holds_hits_its_military(pipeline, note, pair):
    [event] = news_of(pipeline, note, "en", date(2024, 7, 10))
    assert sides(event) == pair


def test_a_strike_before_the_invasion_names_no_holder(pipeline):
    [event] = news_of(pipeline, "On 9 July 2021, Ukrainian forces shelled a military base near Horlivka (Donetsk "
                                "oblast).", "en", date(2021, 7, 10))
    assert sides(event)[1] != RU


def test_a_strike_on_a_fuel_depot_of_the_occupied_land_names_no_target(pipeline):
    [event] = news_of(pipeline, "On 9 July 2024, Ukrainian drones struck an oil depot near Dzhankoi (Crimea), starting "
                                "a fire.", "en", date(2024, 7, 10))
    assert sides(event) == [UA, None]
