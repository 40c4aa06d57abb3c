"""Namesakes inside the right country: a qualifier that binds, a coded place inside the town named before it,
ties among namesakes of one region (issue 14, twenty-sixth session, geo40). Sentences are invented; which
regions hold which namesakes is a fact of the gazetteer (geonames)."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km

from tests.geo.places import bound_places as _places


def test_a_district_of_another_state_is_no_town_of_the_state_named(geoparser):
    """Jilotzingo is a municipality of the State of Mexico, within Guanajuato's reach from its centre but
    filed under another state: "Jilotzingo, Guanajuato" is a place of Guanajuato no table holds, placed
    in the state, not at the municipality 230 km off."""
    place = _places(geoparser, "On 9 August 2022, armed men set fire to two trucks in Jilotzingo, Guanajuato.")["Jilotzingo"]
    assert place is not None and place.country == "MX" and place.admin1 == "Guanajuato"


def test_a_state_too_wide_to_place_a_village_still_binds_it(geoparser):
    """Michoacan is too wide to stand in for a village (the event keeps the state named), but the
    municipality Jilotzingo of the State of Mexico, 220 km from its centre, is not the one the note means."""
    place = _places(geoparser, "On 9 August 2022, masked men blocked the highway at Jilotzingo, Michoacan.")["Jilotzingo"]
    assert place is None or place.admin1 == "Michoacan"


def test_a_region_abroad_of_the_name_does_not_unbind_the_qualifier(geoparser):
    """Honduras has a department Colón: that region of another country does not make "Colón, Casanare" a
    region's own name, and the town is sought in Casanare (it holds none: placed in the department)."""
    place = _places(geoparser, "On 9 August 2022, dissidents burned a tanker near Colón, Casanare.")["Colón"]
    assert place is not None and place.country == "CO" and place.admin1 == "Casanare"


def test_a_coded_place_lies_inside_the_city_named_before_it(geoparser):
    """Zhongshan is a district of Dalian; the gazetteer holds only the city of Guangdong, 1,700 km off:
    coded to a district, the protest is at the city named before the cue."""
    found = _places(geoparser, "On 2 March 2022, some 60 drivers marched in Dalian, Liaoning (coded to "
                               "Zhongshan) over unpaid fees.")
    zhongshan, dalian = found.get("Zhongshan"), found["Dalian"]
    assert zhongshan is None or haversine_km(zhongshan.lat, zhongshan.lon, dalian.lat, dalian.lon) < 60


def test_a_tie_among_the_regions_namesakes_is_said(geoparser):
    """Donetsk oblast has two villages Vynohradne in the gazetteer, 90 km apart: the village stays in the
    oblast, and the reason chain says the choice was a tie between them."""
    place = _places(geoparser, "On 9 August 2022, Russian forces shelled Vynohradne, Donetsk. Casualties unknown.")["Vynohradne"]
    assert place is not None and place.admin1 == "Donetsk"
    assert "a tie: 2 namesakes lie in Donetsk; chose by" in place.reason


def test_one_namesake_in_the_region_is_no_tie(geoparser):
    place = _places(geoparser, "On 9 August 2022, Russian forces shelled Voskresenka, Kherson. Casualties unknown.")["Voskresenka"]
    assert place is not None and "a tie" not in place.reason
