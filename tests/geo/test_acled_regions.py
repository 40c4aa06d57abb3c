"""First-level regions and districts as ACLED names them (issue 14): Nepal's and DR Congo's
provinces of 2015, which the sources lack or file under the old divisions, Iraq's, Syria's and
Somalia's governorates in ACLED's spelling, Pakistan's former tribal agencies. Sentences are
invented; the places are well known."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km


def _parsed(geoparser, text: str):
    return [(t.text, t.place) for t in geoparser.parse(text, "en") if not t.relative]


def _near(place, lat: float, lon: float, km: float) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_acled_governorate_spellings_are_their_regions(geoparser):
    for text, name, cc in [
        ("On 3 March 2022, a drone struck a car near Sinjar (Sinjar, Ninewa).", "Ninewa", "IQ"),
        ("On 3 March 2022, protesters gathered in Nasiriyah (Nasiriyah, Thi-Qar).", "Thi-Qar", "IQ"),
        ("On 3 March 2022, an IED exploded in Jaramana (Jaramana, Rural Damascus).", "Rural Damascus", "SY"),
        ("On 3 March 2022, Al Shabaab attacked a base near Jowhar (Jowhar, Middle Shabelle).", "Middle Shabelle", "SO"),
    ]:
        places = dict(_parsed(geoparser, text))
        assert places.get(name) is not None and places[name].country == cc and places[name].feature == "admin1", text


def test_new_province_binds_its_town(geoparser):
    """"Dungu (Dungu, Haut-Uele)": the Haut-Uele town, not the Dungu of Kwilu, 1,000 km off; the
    town list files Haut-Uele's towns under the old Orientale province."""
    places = _parsed(geoparser, "On 3 March 2022, LRA fighters looted shops in Dungu (Dungu, Haut-Uele).")
    dungu = [p for name, p in places if name == "Dungu"]
    assert dungu and all(_near(p, 3.62, 28.57, 30) for p in dungu)
    kis = dict(_parsed(geoparser, "On 3 March 2022, students protested in Kisangani (Kisangani, Tshopo)."))
    assert kis["Kisangani"].feature == "city" and _near(kis["Kisangani"], 0.52, 25.19, 10)


def test_village_of_a_nepali_district_is_placed_in_it(geoparser):
    """A village no table has, in "(Dhanusha, Madhesh)", goes to the district, not to nothing."""
    places = dict(_parsed(geoparser, "On 3 March 2022, police clashed with protesters in Kolbaritol (Dhanusha, Madhesh)."))
    assert places["Dhanusha"] is not None and places["Dhanusha"].country == "NP"
    assert _near(places["Dhanusha"], 26.73, 85.93, 40)


def test_tribal_district_of_pakistan(geoparser):
    """"Mir Ali (North Waziristan, ...)": the town, not Mir in Belarus."""
    places = dict(_parsed(geoparser, "On 3 March 2022, militants attacked a checkpoint in Mir Ali "
                                     "(North Waziristan, Khyber Pakhtunkhwa)."))
    assert places.get("Mir Ali") is not None and places["Mir Ali"].country == "PK"
    assert places["North Waziristan"].country == "PK"
