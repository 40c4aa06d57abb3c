"""Places a new user tried (the thirty-fourth session's lead): "Kauru LGA of Kaduna State" is an attack in
Kauru, one of the LGAs of that state, not in the city of Kaduna."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


def _features(geoparser, text, lang="en"):
    return [(t.text, t.place.feature) for t in geoparser.parse(text, lang) if t.place is not None]


@pytest.mark.parametrize("text", [
    "Bandits killed seven villagers in Kauru LGA of Kaduna State on Monday.",
    "Bandits killed seven villagers in Birnin Gwari LGA of Kaduna State on Monday.",
])
def test_a_state_after_an_lga_of_is_the_state(geoparser, text):
    assert ("Kaduna", "admin1") in _features(geoparser, text)


def test_a_township_of_a_name_is_still_the_township(geoparser):
    assert ("Sagaing", "admin1") not in _features(geoparser, "Soldiers raided a village in Sagaing township.")


@pytest.mark.parametrize("text", [
    "Bandits killed seven villagers in Kauru LGA of Kaduna State on Monday.",
    "Bandits killed seven villagers in Kauru Local Government Area of Kaduna State on Monday.",
])
def test_an_lga_the_model_calls_an_organisation_is_the_place(pipeline, text):
    [event] = news_of(pipeline, text, "en", date(2024, 5, 15))
    assert event.place.name == "Kauru"


def test_a_state_government_is_still_no_place(pipeline):
    text = "Bandits killed seven villagers on Monday, the Kaduna State Government said."
    [event] = news_of(pipeline, text, "en", date(2024, 5, 15))
    assert event.place is None or event.place.feature != "city"
