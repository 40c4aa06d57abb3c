"""A region named like a bigger town abroad (seventeenth session). Sentences are invented; populations
are geonames'."""
from __future__ import annotations

from tests.geo.places import places


def test_a_bare_name_is_the_big_town_not_a_smaller_region_abroad(geoparser):
    """Jamaica's Manchester parish (60,000 people) took a bare "Manchester" from the English city of
    550,000: a region's rank had outweighed a town nine times its size."""
    place = places(geoparser, "Several thousand people marched through Manchester on Sunday afternoon.")["Manchester"]
    assert place is not None and place.country == "GB"


def test_the_region_keeps_its_name_where_the_text_puts_it_in_its_country(geoparser):
    place = places(geoparser, "Heavy rain flooded Mandeville, Manchester, Jamaica, on Monday.")["Manchester"]
    assert place is not None and place.country == "JM"


def test_a_region_bigger_than_the_town_abroad_keeps_a_bare_name(geoparser):
    """Victoria (6.6 million people) is the Australian state, not the Canadian city of 290,000."""
    place = places(geoparser, "Bushfires spread across Victoria on Tuesday.")["Victoria"]
    assert place is not None and place.country == "AU"
