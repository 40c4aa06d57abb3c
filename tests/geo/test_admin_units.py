"""Administrative units (data/admin_units.tsv.gz, from geoBoundaries): well-formed, and used where
the text names a unit, so that an event in a village the gazetteer lacks lands in its township,
LGA or territory rather than at the region's centre or at a namesake abroad."""
from __future__ import annotations

from datetime import date

import pycountry
import pytest

from sitrep.geo.build import read_admin_units, source_files, UNITS
from sitrep.geo.distance import haversine_km
from sitrep.types import Article

UNIT_ROWS = read_admin_units()


def _unit(name: str, cc: str) -> tuple[float, float, float]:
    return next((la, lo, reach) for n, c, la, lo, reach, _ in UNIT_ROWS if n == name and c == cc)


def test_units_are_well_formed():
    assert len(UNIT_ROWS) > 90_000
    countries = {cc for _, cc, *_ in UNIT_ROWS}
    assert len(countries) >= 100
    for name, cc, la, lo, reach, _ in UNIT_ROWS:
        assert len(name) >= 3 and name == name.strip(), name
        assert pycountry.countries.get(alpha_2=cc) is not None or cc == "XK", (name, cc)
        assert -90 <= la <= 90 and -180 <= lo <= 180 and reach >= 0, name


def test_cache_is_keyed_on_the_units():
    assert UNITS in source_files()


def _resolved(geoparser, text: str, lang: str = "en") -> dict[str, object]:
    return {t.text: t for t in geoparser.parse(text, lang) if t.place is not None}


def test_township_named_in_a_chain_is_the_place(geoparser):
    """A village the gazetteer lacks, then its township, district and region: the township is
    resolved as a unit and the names after it only qualify it."""
    found = _resolved(geoparser, "On 3 May 2022, in Thit Pyin village, Kawlin township (Katha district, "
                                 "Sagaing region), soldiers burned twenty houses.")
    la, lo, _ = _unit("Kawlin", "MM")
    kawlin = found["Kawlin"]
    assert kawlin.place.country == "MM" and not kawlin.qualifier
    assert haversine_km(kawlin.place.lat, kawlin.place.lon, la, lo) < 30
    assert found["Sagaing"].place.feature == "admin1" and found["Sagaing"].qualifier


def test_unit_in_brackets_holds_an_unknown_village(geoparser):
    """"Village (LGA, State)": an LGA no town list has becomes a place, with its reach as uncertainty."""
    found = _resolved(geoparser, "On 5 May 2022, gunmen abducted ten travellers at Bakin Dutse (Gashaka, Taraba).")
    la, lo, reach = _unit("Gashaka", "NG")
    gashaka = found["Gashaka"].place
    assert gashaka.country == "NG" and gashaka.feature == "admin2"
    assert haversine_km(gashaka.lat, gashaka.lon, la, lo) < 1 and gashaka.uncertainty_km >= reach - 1


def test_french_territory_announced_by_its_word(geoparser):
    found = _resolved(geoparser, "Des miliciens ont attaqué une position de l'armée dans le territoire de "
                                 "Bafwasende, selon des sources locales.", "fr")
    assert found["Bafwasende"].place.country == "CD"


@pytest.mark.parametrize("text", ["Image courtesy of the ministry, 2022.",
                                  "The report (Image, 2021) was widely shared."])
def test_unit_name_outside_a_unit_context_is_no_place(geoparser, text):
    assert "Image" not in _resolved(geoparser, text)


def test_first_word_of_a_longer_village_name_is_no_place(geoparser):
    """"Kalaw Ma village": the known town Kalaw is one word of another village's name."""
    found = _resolved(geoparser, "On 9 May 2022, soldiers arrested two men in Kalaw Ma village, "
                                 "Kawlin township (Katha district, Sagaing region).")
    assert "Kalaw" not in found and "Kawlin" in found


def test_event_is_placed_at_the_township_not_the_region(pipeline):
    text = ("On 3 May 2022, in Thit Pyin village, Kawlin township (Katha district, Sagaing region), "
            "the Myanmar military burned twenty houses.")
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 4)))
              if e.event_date]
    la, lo, _ = _unit("Kawlin", "MM")
    assert events and all(haversine_km(e.place.lat, e.place.lon, la, lo) < 30 for e in events)


def test_two_place_entities_side_by_side_are_one_name_when_known(geoparser):
    """The model splits "Baja California" into two places; the gazetteer knows the whole."""
    found = _resolved(geoparser, "Two bodies were found on a road near Mexicali, Baja California, on Sunday.")
    assert "Baja" not in found
    assert found["Baja California"].place.country == "MX"


@pytest.mark.parametrize("text, part", [
    ("On 3 May 2022, gunmen opened fire in Umm Hassan town, near the border.", "Hassan"),
    ("Armed men robbed a shop in fraccionamiento Lagos del Monte, in the north of the city.", "Lagos"),
    ("Soldiers detained two men in Naung Hsa Kone village on Tuesday.", "Kone")])
def test_a_known_word_inside_an_unknown_longer_name_is_no_place(geoparser, text, part):
    """A word after an Arabic head, before a Spanish joint or closing a village's name is one
    word of a name the gazetteer lacks; alone it would send the event to a namesake abroad."""
    assert part not in _resolved(geoparser, text)


def test_units_of_a_dataset_written_in_capitals_are_kept():
    """Somalia's districts come in capitals ("RABDURE"): written as texts spell them, they are
    units like any other instead of being dropped as codes."""
    somali = {n for n, cc, *_ in UNIT_ROWS if cc == "SO"}
    assert len(somali) > 50 and all(any(c.islower() for c in n) for n in somali)


def test_somali_district_announced_by_its_word(geoparser):
    found = _resolved(geoparser, "Herders fled Rabdure district after gunmen seized two wells, elders said on Monday.")
    la, lo, _ = _unit("Rabdure", "SO")
    rabdure = found["Rabdure"].place
    assert rabdure.country == "SO" and haversine_km(rabdure.lat, rabdure.lon, la, lo) < 30
