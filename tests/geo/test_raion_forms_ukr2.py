"""Ukraine's village named with its raion in the other forms ACLED and the press use: "X in the Y raion of Z oblast",
"X, Y district" with no oblast after it (the raion's town's own oblast holds its villages), and a village spelt in
another romanisation than its council's table ("Novoandriyivka" for Novoandriivka). Sentences written for these
tests; points from sitrep's own council table."""
from __future__ import annotations

from sitrep.geo.build import read_seats
from sitrep.geo.distance import haversine_km

ROWS = read_seats()


def _seat_near(name: str, oblast: str, lat: float, lon: float) -> tuple[float, float]:
    """The council of ``name`` in ``oblast`` nearest the point (its seat's position)."""
    return min(((la, lo) for names, _, la, lo, _, ob in ROWS if names[0] == name and ob == oblast),
               key=lambda p: haversine_km(p[0], p[1], lat, lon))


def _place(geoparser, text: str, name: str):
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}[name]


def test_a_village_in_the_raion_of_an_oblast_is_the_namesake_nearest_the_raions_town(geoparser):
    place = _place(geoparser, "On 2 March 2024, Russian artillery hit Hryhorivka in the Kupiansk raion of Kharkiv "
                              "oblast, burning a barn.", "Hryhorivka")
    la, lo = _seat_near("Hryhorivka", "Kharkiv", 49.71, 37.61)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_a_village_with_its_raion_alone_is_the_namesake_of_the_raions_oblast(geoparser):
    place = _place(geoparser, "On 2 March 2024, Russian guns pounded Novooleksandrivka, Kupiansk district, "
                              "injuring a shepherd.", "Novooleksandrivka")
    la, lo = _seat_near("Novooleksandrivka", "Kharkiv", 49.71, 37.61)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_a_village_spelt_in_another_romanisation_is_its_council(geoparser):
    place = _place(geoparser, "On 9 May 2023, Russian troops fired mortars at Novoandriyivka, Donetsk. No one was "
                              "hurt.", "Novoandriyivka")
    la, lo = _seat_near("Novoandriivka", "Donetsk", 47.66, 37.31)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_an_armenian_province_as_acled_writes_it_qualifies_its_town(geoparser):
    """geonames has "Vayots' Dzori Marz" and "Geghark'unik'i Marz"; ACLED and the press write "Vayots Dzor" and
    "Gegharkunik", the second also a village's name."""
    text = "On 4 June 2023, Azerbaijani troops fired mortars at Sotk (Gegharkunik) and Jermuk (Vayots Dzor)."
    places = {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}
    assert places["Gegharkunik"] is not None and places["Gegharkunik"].feature == "admin1"
    assert places["Vayots Dzor"] is not None and places["Vayots Dzor"].feature == "admin1"
    assert places["Sotk"] is not None and haversine_km(places["Sotk"].lat, places["Sotk"].lon, 40.20, 45.87) < 10

