"""The most specific unit a note names stands in for a village no table holds, never the region's middle
or a namesake abroad (issue 14, geo35): a unit's name the model cut short, and Somali spellings that named
an Iraqi village. Sentences are invented; places are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text", [
    "On 5 May 2022, Taliban fighters clashed with a local militia in Dawlat Yar district, Ghor province.",
    "On 5 May 2022, a roadside mine killed two shepherds near Sangavi village in Dawlat Yar district, Ghowr "
    "province.",
])
def test_a_unit_the_model_cut_short_is_read_whole(geoparser, text):
    """The model tags "Dawlat" alone, so "Yar" was a name of its own that no table holds, placed at the
    province's middle 100 km from the district."""
    place = _places(geoparser, text)["Dawlat Yar"]
    assert place is not None and place.country == "AF" and place.feature == "admin2"


@pytest.mark.parametrize("text, unit", [
    ("On 5 May 2022, al Shabaab fighters overran a militia post in Mahas district, Hiran region.", "Mahas"),
    ("On 5 May 2022, al Shabaab fighters abducted two elders from Kabaweyn village, Bulo Burti district "
     "(Hiran region).", "Bulo Burti"),
])
def test_hiran_is_the_somali_region(geoparser, text, unit):
    """ "Hiran" was an Iraqi village of that name, and the district before it was placed in Iraq."""
    found = _places(geoparser, text)
    assert found["Hiran"].country == "SO" and found["Hiran"].feature == "admin1"
    assert found[unit] is not None and found[unit].country == "SO"
