"""A Ukrainian village named with its raion and its oblast ("Kalo, Izium raion, Kharkiv oblast"): several
villages of the oblast bear the name, and the raion's town says which one (issue 14, geo34). The village
had been left out of the places (the raion stood between it and its oblast), or the raion's town
qualified it and a namesake of another oblast, hundreds of km off, was taken. Sentences are invented;
places and their points are general facts (geoBoundaries' village councils, the official codifier)."""
from __future__ import annotations

import pytest

from sitrep.geo.distance import haversine_km
from tests.geo.places import places as _places


@pytest.mark.parametrize("text, village, oblast, point", [
    # three councils named Borivka in Kharkiv oblast: the one of each raion, 30-80 km from the others
    ("On 9 August 2023, Russian artillery hit a school in Borivka, Izium raion, Kharkiv oblast. No one was hurt.",
     "Borivka", "Kharkiv", (49.38, 37.67)),
    ("On 9 August 2023, a drone struck a barn in Borivka, Chuhuiv raion, Kharkiv oblast, injuring a farmer.",
     "Borivka", "Kharkiv", (49.78, 36.31)),
    # the chain in brackets, and a hromada named by its town instead of the raion
    ("On 9 August 2023, shelling damaged a clinic in Borivka (Chuhuiv raion, Kharkiv oblast). No casualties.",
     "Borivka", "Kharkiv", (49.78, 36.31)),
    ("On 9 August 2023, Russian forces shelled Borivka, Balakliia hromada, Kharkiv oblast. Casualties unknown.",
     "Borivka", "Kharkiv", (49.66, 37.35)),
    # three councils named Liubymivka in Zaporizhia oblast (ACLED's spelling)
    ("On 9 August 2023, Russian forces shelled Liubymivka, Polohy raion, Zaporizhia oblast. Casualties unknown.",
     "Liubymivka", "Zaporizhia", (47.65, 36.69)),
    ("On 9 August 2023, Russian forces shelled Liubymivka, Melitopol raion, Zaporizhia oblast. Casualties unknown.",
     "Liubymivka", "Zaporizhia", (47.35, 35.40)),
    # a raion whose town the model tags with its unit word, no place: the town of the oblast still reads
    ("On 9 August 2023, Russian forces shelled Liubymivka, Vasylivka raion, Zaporizhia oblast. Casualties unknown.",
     "Liubymivka", "Zaporizhia", (47.35, 35.40)),
    # no council of the name in the oblast, five villages of the codifier: the one of the raion's hromadas
    ("On 9 August 2023, Russian troops fired mortars at Bairak, Izium raion, Kharkiv oblast. Casualties unknown.",
     "Bairak", "Kharkiv", (49.39, 36.94)),
])
def test_the_raion_picks_the_namesake_of_the_oblast(geoparser, text, village, oblast, point):
    place = _places(geoparser, text)[village]
    assert place is not None and place.country == "UA" and place.admin1 == oblast
    assert haversine_km(place.lat, place.lon, *point) <= 10


def test_a_town_of_the_name_in_the_oblast_is_kept(geoparser):
    """A town the tables place in the oblast needs no raion to be found: the rule leaves it alone."""
    place = _places(geoparser, "On 9 August 2023, Russian forces shelled Kupiansk, Kupiansk raion, "
                               "Kharkiv oblast, damaging a bridge.")["Kupiansk"]
    assert place is not None and place.admin1 == "Kharkiv"
    assert haversine_km(place.lat, place.lon, 49.71, 37.61) <= 10


@pytest.mark.parametrize("text, name, feature", [
    ("On 9 August 2023, a drone hit a power line in Zaporizhzhia oblast, leaving a village without light.",
     "Zaporizhzhia", "admin1"),
    ("On 9 August 2023, Russian missiles struck an apartment block in Zaporizhzhia, killing two residents.",
     "Zaporizhzhia", "city"),
])
def test_the_national_spelling_of_zaporizhia_names_the_oblast_with_its_word(geoparser, text, name, feature):
    """Ukraine's national romanisation doubles the "zh" ("Zaporizhzhia oblast"): the oblast with its word,
    the city without, as for "Kharkiv"."""
    place = _places(geoparser, text)[name]
    assert place is not None and place.country == "UA" and place.feature == feature


def test_a_village_bound_to_the_oblast_in_its_national_spelling_stays_in_it(geoparser):
    place = _places(geoparser, "On 9 August 2023, Russian forces shelled Liubymivka, Polohy raion, "
                               "Zaporizhzhia oblast. Casualties unknown.")["Liubymivka"]
    assert place is not None and place.admin1 == "Zaporizhia"
    assert haversine_km(place.lat, place.lon, 47.65, 36.69) <= 10


def test_a_city_bearing_the_name_as_an_alternate_is_not_the_village(geoparser):
    """Melitopol's former name is a village name too: with Melitopol raion named, the raion's own city
    was the candidate nearest it. The towns of the oblast spelled so come first, the nearest one."""
    place = _places(geoparser, "On 9 August 2023, Russian troops set up a checkpoint in Novooleksandrivka, "
                               "Melitopol raion, Zaporizhia oblast.")["Novooleksandrivka"]
    assert place is not None and place.name == "Novooleksandrivka" and place.admin1 == "Zaporizhia"
    assert haversine_km(place.lat, place.lon, 47.11, 34.91) <= 10
