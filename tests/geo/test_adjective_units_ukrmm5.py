"""Ukraine's oblasts and raions in the national adjective form ACLED's sources use ("Hryhorivka, Kupianskyi raion,
Kharkivska oblast"): the oblast qualifies the village and the raion's town picks its namesake, as "Kupiansk raion,
Kharkiv oblast" does; a city district of the same form stays the city's. Sentences written for these tests; points
from sitrep's own council table."""
from __future__ import annotations

from sitrep.geo.build import read_seats
from sitrep.geo.distance import haversine_km
from tests.geo.places import places

ROWS = read_seats()


def _seat_near(name: str, oblast: str, lat: float, lon: float) -> tuple[float, float]:
    """The council of ``name`` in ``oblast`` nearest the point (its seat's position)."""
    return min(((la, lo) for names, _, la, lo, _, ob in ROWS if names[0] == name and ob == oblast),
               key=lambda p: haversine_km(p[0], p[1], lat, lon))


def test_a_village_of_an_adjective_raion_and_oblast_is_the_namesake_nearest_the_raions_town(geoparser):
    place = places(geoparser, "On 5 March 2024, Russian guns shelled Hryhorivka, Kupianskyi raion, Kharkivska "
                              "oblast, burning a shed.")["Hryhorivka"]
    la, lo = _seat_near("Hryhorivka", "Kharkiv", 49.71, 37.61)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_an_adjective_oblast_is_the_oblast(geoparser):
    place = places(geoparser, "On 5 March 2024, Russian drones hit a barn in Zaporizka oblast.")["Zaporizka"]
    assert place is not None and place.feature == "admin1" and place.country == "UA"


def test_a_city_district_of_the_same_form_stays_the_citys(geoparser):
    found = places(geoparser, "On 5 March 2024, a Russian missile hit a house in the Pokrovskyi district of Kryvyi "
                              "Rih, wounding a man.")
    place = found.get("Kryvyi Rih")
    assert place is not None and haversine_km(place.lat, place.lon, 47.91, 33.39) < 15
    assert all(p is None or haversine_km(p.lat, p.lon, 47.91, 33.39) < 30 for p in found.values())
