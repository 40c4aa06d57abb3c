"""Places that generalise (issue 14, geo39), found with the gazetteer-built stress set
(bench/geo_stress.py): a unit word only some countries use implies them, "X, Y LGA, Z state" binds a
village, and second-level units no table held (Cameroon's departments, Buner, Lower Dir) are placed.
Sentences are invented; the units and their seats are general facts."""
from __future__ import annotations

import pytest

from sitrep import api
from sitrep.geo.build import read_admin2_seats
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalise import name_key
from sitrep.geo.recognise import units_named
from sitrep.lang import pack

SEATS = {name_key(names[0]): (cc, la, lo) for names, cc, la, lo, _pop, _gid in read_admin2_seats()}


def _first_place(text: str, lang: str = "en"):
    events = [e for e in api.code(text, lang=lang, published="2024-05-08") if e.place is not None]
    assert events, text
    return events[0].place


@pytest.mark.parametrize("text, lang, countries", [
    ("Herders torched three huts in Dala LGA overnight.", "en", {"NG"}),
    ("Militiamen looted a clinic in Bako woreda last week.", "en", {"ET"}),
    ("Des hommes armés ont incendié un marché dans le cercle de Douentza.", "fr", {"ML"}),
    ("Herders torched three huts in the local government area overnight.", "en", set()),
    ("The lga was mentioned in passing.", "en", set()),
])
def test_a_unit_word_of_few_countries_implies_them(text, lang, countries):
    """Only beside a capitalised name, after it or after its link word ("cercle de Douentza")."""
    lp = pack(lang)
    assert units_named(lp.nlp(text), lp) == countries


def test_a_village_whose_lga_has_a_namesake_abroad_stays_in_nigeria():
    """Dala is an LGA of Kano and a unit in Angola, Bhutan, Myanmar, Slovakia and Sweden; before, the
    unknown village went to Bhutan's Dala."""
    place = _first_place("On 3 May 2022, soldiers burned houses in Tundugora town of Dala LGA.")
    assert place.country == "NG"


def test_a_village_named_with_its_lga_and_state_after_commas_is_the_village():
    """"X, Y LGA, Z state" binds X as brackets do, so the Nigerian village table is read: Sapara had
    gone to Sapporo (an alternate spelling) in Japan."""
    place = _first_place("On 3 May 2022, unidentified gunmen shot dead a herder in Sapara, Hawul LGA, Borno state.")
    assert place.country == "NG" and place.name == "Sapara" and place.feature == "city"


@pytest.mark.parametrize("text, unit", [
    ("On 3 May 2022, in Ndokwelo village, Mayo-Danay department (Far North region), gunmen abducted two "
     "traders.", "Mayo-Danay"),
    ("Separatist fighters burned a school in Mezam department on Wednesday, local officials said.", "Mezam"),
    ("On 3 May 2022, unidentified gunmen killed a farmer in Kotalai village, Buner district (Khyber "
     "Pakhtunkhwa).", "Buner"),
    ("Police said a bomb went off near a checkpoint in Lower Dir on Monday.", "Lower Dir"),
])
def test_a_unit_no_table_held_is_placed_at_its_seat(text, unit):
    """Before, the event went to the region's middle (Far North, Khyber Pakhtunkhwa) or had no place."""
    place = _first_place(text)
    cc, la, lo = SEATS[name_key(unit)]
    assert place.country == cc and place.feature == "admin2"
    assert haversine_km(place.lat, place.lon, la, lo) < 5


def test_koro_toro_is_chads_not_koro_in_mali():
    """The French model leaves "Koro Toro" untagged and the gazetteer matched its first word, Koro (Mali)."""
    place = _first_place("Le 3 mai 2022, des rebelles ont attaqué la prison de Koro Toro, tuant deux gardiens.", "fr")
    assert place.country == "TD" and place.name == "Koro Toro"


@pytest.mark.parametrize("text", [
    "On 3 May 2022, a drone struck a barn in Dibrova village, Zelenoyarskyi district (Ivano-Frankivsk oblast).",
    "On 3 May 2022, a drone struck a barn in Dibrova village, Zelenoyarskyi raion, Ivano-Frankivsk oblast.",
])
def test_a_unit_no_table_holds_does_not_break_the_chain(text):
    """The district between the village and its oblast is unknown (an invented name); the oblast still
    binds the village, which had gone to a Dibrova of Poltava oblast, about 750 km off."""
    place = _first_place(text)
    assert place.country == "UA" and haversine_km(place.lat, place.lon, 48.92, 24.71) < 150
