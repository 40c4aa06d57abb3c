"""Regions and towns named in ways the tables missed (issue 14, eleventh session, geo18).
Sentences are invented; places and unit names are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, region, cc", [
    ("On 3 May 2022, soldiers clashed with cattle raiders near Leer in Unity province.", "Unity", "SS"),
    ("On 3 May 2022, gunmen killed two traders on the road to Mbalmayo in Centre region.", "Centre", "CM"),
])
def test_a_common_word_called_a_region_by_its_admin_word_is_that_region(geoparser, text, region, cc):
    """"Unity" and "Centre" are words of any text, but followed by "province" or "region" they
    name the region, wherever they stand (not only right after a town and a comma)."""
    place = _places(geoparser, text).get(region)
    assert place is not None and place.feature == "admin1" and place.country == cc


def test_a_common_word_is_still_no_place_without_its_admin_word(geoparser):
    places = _places(geoparser, "On 3 May 2022, members of the Centre for Unity marched in Juba.")
    assert "Unity" not in places and "Centre" not in places


@pytest.mark.parametrize("text, unit, town", [
    # ACLED and OCHA write Somalia's districts in Somali; the tables had the towns that seat them
    ("On 3 May 2022, Al Shabaab militants attacked a checkpoint in Doonka village (Baydhaba, Bay).",
     "Baydhaba", "Baidoa"),
    ("On 3 May 2022, police arrested five men in Bossaso (Bossaso, Bari).", "Bossaso", "Bosaso"),
])
def test_somali_district_names_give_their_seat_town(geoparser, text, unit, town):
    place = _places(geoparser, text)[unit]
    assert place is not None and place.country == "SO" and place.name == town


def test_acleds_spelling_of_guelmim_oued_noun_is_the_moroccan_region(geoparser):
    place = _places(geoparser, "On 3 May 2022, a drone strike hit two trucks near Zagora camp "
                               "(Assa Zag, Guelmim-Ould Noun).")["Guelmim-Ould Noun"]
    assert place is not None and place.country == "MA" and place.feature == "admin1"


@pytest.mark.parametrize("text, name, admin1", [
    ("On 3 May 2022, about 200 people marched in Buchen (Odenwald) against the vaccine mandate.",
     "Buchen", "Baden-Wuerttemberg"),
])
def test_a_bracket_completing_a_namesakes_name_picks_it(geoparser, text, name, admin1):
    """German towns are written with their distinguishing part in brackets: "Buchen (Odenwald)" is
    Buchen in Odenwald, not Büchen in Schleswig-Holstein."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.admin1 == admin1


def test_a_bracket_repeating_the_name_picks_no_longer_namesake(geoparser):
    """"Wellington (Wellington)": a town and its region of one name; no "Wellington County" abroad."""
    place = _places(geoparser, "On 3 May 2022, about 300 people marched in Wellington (Wellington) "
                               "against the vaccine mandate.")["Wellington"]
    assert place is not None and place.country == "NZ"


def test_a_town_named_after_a_quarter_word_and_called_a_city_takes_its_spelling_variant(geoparser):
    """"the Al Zahra neighbourhood of Nasiriyya city": the quarter word before made every name after
    it a quarter, so the town's transliteration (Nasiriyah) was never sought; its town word says
    it is the town."""
    place = _places(geoparser, "On 3 May 2022, an IED exploded against a police car in the Al Zahra "
                               "neighbourhood of Nasiriyya city in Dhi Qar. Casualties unknown.")["Nasiriyya"]
    assert place is not None and place.name == "Nasiriyah" and place.country == "IQ"
