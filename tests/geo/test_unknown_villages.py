"""Villages no table has, named with the units they lie in (issue 14, seventh session): the event is
placed at the most specific unit the note names, as near it (ACLED geo-precision 2) with an
uncertainty, never as if the village were that town. Village names are invented syllable strings;
the units and regions are real."""
from __future__ import annotations

import re

import pytest

from sitrep import api


def _place(text: str, lang: str = "en"):
    events = [e for e in api.code(text, lang=lang, published="2022-03-05") if e.place is not None]
    assert events, text
    return events[0].place


@pytest.mark.parametrize("text, country", [
    ("On 10 May 2022, militants took over Kalobeza village (Lubero, Nord-Kivu) and imposed taxes.", "CD"),
    ("On 7 January 2022, security forces detained a man in Kalobeza town in Al Hasakeh countryside.", "SY"),
    ("On 21 May 2022, soldiers raided Kalobeza village, Deir ez Zor, and arrested a man.", "SY"),
    ("On 3 March 2022, a drone strike hit Kalobeza (Zurmat, Paktya), killing two people.", "AF"),
])
def test_a_town_standing_in_for_an_unknown_village_is_near_not_at(text, country):
    """The note's village is unknown, so the town that holds it is where the event was near: geo-precision
    2 with an uncertainty, not a town-precise point."""
    place = _place(text)
    assert place.country == country
    assert int(place.geo_precision) == 2
    assert place.uncertainty_km and place.uncertainty_km >= 10


def test_a_named_town_is_still_the_place():
    """A town the note names as the place itself ("attacked Beni (Beni, Nord-Kivu)") keeps town precision."""
    place = _place("On 10 May 2022, militants attacked Beni (Beni, Nord-Kivu), killing two civilians.")
    assert place.name == "Beni" and int(place.geo_precision) == 1


def test_a_unit_word_names_the_town_of_that_unit():
    """"Kalo village, Kaliganj upazila (Jhenaidah)": Bangladesh has several Kaliganj upazilas and India
    one; the village is near the Kaliganj of Jhenaidah, coded near its town, not at a unit elsewhere."""
    place = _place("On 19 March 2022, five people were injured in a clash at Kalobeza village, Kaliganj upazila "
                   "(Jhenaidah), over a land dispute.")
    assert place.country == "BD" and abs(place.lat - 23.41) < 0.1 and abs(place.lon - 89.14) < 0.1
    assert int(place.geo_precision) == 2


@pytest.mark.parametrize("text, admin1", [
    ("On 3 March 2022, a drone strike hit Kalobeza (Zurmat, Paktya), killing two people.", "Paktia"),
    ("On 3 March 2022, gunmen killed a man in Kalobeza (Gharyan, Al Jabal al Gharbi).", "Sha`biyat al Jabal al Gharbi"),
    ("On 3 March 2022, gunmen attacked civilians in Zenya (Haridah, Hadhramaut).", "Muhafazat Hadramawt"),
])
def test_acled_spellings_of_first_level_regions(geoparser, text, admin1):
    """ACLED's (GADM/OCHA) spelling of a region resolves to the region the sources spell otherwise."""
    found = {t.text: t for t in geoparser.parse(text, "en", bound=True) if not t.relative}
    region = re.search(r"\(([^,]+), ([^)]+)\)", text).group(2)
    assert found[region].place is not None and found[region].place.name == admin1


def test_a_region_named_like_its_town_only_ends_a_chain(geoparser):
    """"Amran" is a Yemeni governorate only at the end of a chain; alone it is still the town."""
    found = {t.text: t for t in geoparser.parse("On 3 March 2022, gunmen killed a man in Amran.", "en", bound=True)}
    assert found["Amran"].place.feature == "city"


def test_a_unit_named_with_its_word_is_no_namesake_town_elsewhere():
    """"Gimbichu woreda (Oromiya region)": a town of a like alternate name lies 250 km off in Ethiopia;
    the woreda the note names is the place, not Oromiya's centre."""
    place = _place("On 3 March 2022, armed men abducted three civilians in Nyazo village, Gimbichu woreda "
                   "(Oromiya region).")
    assert place.country == "ET" and place.feature == "admin2" and place.name == "Gimbichu"
    assert int(place.geo_precision) == 2
