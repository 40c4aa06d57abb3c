"""Ukraine's namesake villages (a dozen Mykhailivkas, Kamiankas, Dmytrivkas): a village told with its raion and
oblast ("X (Y raion, Z oblast)") is the namesake of the oblast nearest the raion's town, among the towns spelled as
the text spells it or as another transliteration does and the village councils; a bare village whose chosen
namesake lies far from the note's other towns is the council of the name near them. Sentences written for
these tests; points from sitrep's own council table."""
from __future__ import annotations

from sitrep.geo.build import read_seats
from sitrep.geo.distance import haversine_km

ROWS = read_seats()


def _seat_near(name: str, oblast: str, lat: float, lon: float) -> tuple[float, float]:
    """The council of ``name`` in ``oblast`` nearest the point (its seat's position)."""
    la, lo = min(((la, lo) for names, _, la, lo, _, ob in ROWS if names[0] == name and ob == oblast),
                 key=lambda p: haversine_km(p[0], p[1], lat, lon))
    return la, lo


def _place(geoparser, text: str, name: str):
    return {t.text: t.place for t in geoparser.parse(text, "en") if not t.relative}[name]


def test_a_village_with_its_raion_is_the_namesake_nearest_the_raions_town(geoparser):
    place = _place(geoparser, "On 3 May 2024, Russian troops shelled Mykhailivka (Kramatorsk raion, Donetsk oblast), "
                              "damaging a shop.", "Mykhailivka")
    la, lo = _seat_near("Mykhailivka", "Donetsk", 48.73, 37.56)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_a_bare_village_is_the_council_near_the_notes_other_town(geoparser):
    place = _place(geoparser, "On 3 May 2024, a Russian drone hit a tractor in Kamianka. Shelling was also reported in "
                              "Izium.", "Kamianka")
    la, lo = _seat_near("Kamianka", "Kharkiv", 49.21, 37.26)
    assert place is not None and haversine_km(place.lat, place.lon, la, lo) < 5


def test_a_bare_village_near_the_notes_other_town_keeps_its_place(geoparser):
    """Zolochiv of Lviv oblast lies near Lviv: the note's other town confirms it, no council is sought."""
    place = _place(geoparser, "On 3 May 2024, a missile debris fell on Zolochiv. Air defence worked over Lviv.",
                   "Zolochiv")
    assert place is not None and place.admin1 == "Lviv" and place.feature == "city"


def test_a_bare_village_alone_takes_no_council(geoparser):
    place = _place(geoparser, "On 3 May 2024, a Russian drone hit a tractor in Dmytrivka.", "Dmytrivka")
    assert place is None or place.feature == "city"
