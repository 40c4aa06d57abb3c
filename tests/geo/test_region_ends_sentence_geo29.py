"""A common word of the ``nonplaces`` list that closes a sentence after "Town," is the region holding the
town (issue 14, eighteenth session, geo29): "in Leer, Unity." ended in Germany, as "Unity" stayed a word
where only a bracket or a region word after it made it South Sudan's state. Sentences are invented;
towns and regions are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import bound_places as _places


@pytest.mark.parametrize("text, town, region, cc", [
    ("On 3 May 2022, cattle raiders burned a dozen huts in Leer, Unity.", "Leer", "Unity", "SS"),
    ("On 3 May 2022, cattle raiders burned a dozen huts in Leer, Unity; two herders died.", "Leer", "Unity", "SS"),
])
def test_a_common_word_closing_the_sentence_after_its_town_is_the_region(geoparser, text, town, region, cc):
    places = _places(geoparser, text)
    assert places.get(region) is not None and places[region].country == cc
    assert places[town] is not None and places[town].country == cc


@pytest.mark.parametrize("text", [
    "On 3 May 2022, the Leer, Unity and Progress club held a meeting in Juba.",
    "On 3 May 2022, the marchers in Juba chanted for Peace, Unity.",
])
def test_a_common_word_that_runs_on_or_follows_no_town_of_its_region_stays_a_word(geoparser, text):
    """Guards: a name that runs on ("Unity and Progress") or a word after a non-town stays a word."""
    assert "Unity" not in _places(geoparser, text)
