"""A barangay named with its municipality ("Barangay San Isidro (Bulan, Sorsogon)") lies inside that
municipality: a namesake 30 km off is outside its 15 km, though inside the 60 km a district would reach
(issue 14, geo46). Sentences are invented; places are general facts."""
from __future__ import annotations

from sitrep import api
from sitrep.geo.distance import haversine_km

BULAN = (12.671, 123.875)  # the town of Bulan, Sorsogon (geonames)


def test_a_barangay_stays_in_the_municipality_its_chain_names():
    text = "On 4 May 2023, gunmen shot dead a farmer in Barangay San Isidro (Bulan, Sorsogon, Bicol Region)."
    place = next(e.place for e in api.code(text, lang="en", published="2023-05-05") if e.place is not None)
    assert haversine_km(place.lat, place.lon, *BULAN) < 15


def test_a_town_bigger_than_the_name_after_it_is_no_village_of_it():
    # Jerez de la Frontera (36.69 N 6.14 W) is larger than Cadiz, the province's seat 30 km off, that the bracket names
    text = "On 18 March 2023, lorry drivers blocked a ring road at Jerez de la Frontera (Cadiz) and slashed tyres."
    place = next(e.place for e in api.code(text, lang="en", published="2023-03-19") if e.place is not None)
    assert haversine_km(place.lat, place.lon, 36.686, -6.136) < 5
