"""A town named after a preposition, with no region after it, in a note on a state's forces often reported
acting across a border, is the town there: "shot dead a farmer in Jenin" is no namesake of a town of the
forces' own country, and the civilians are those of the place, not of the forces' country. Sentences are
invented."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides


@pytest.mark.parametrize("text, country, civilians", [
    ("Israeli troops shot dead a shepherd in Jenin on Monday.", "PS", "Civilians (Palestine)"),
    ("Russian soldiers killed a pensioner in Kupiansk on Friday.", "UA", "Civilians (Ukraine)"),
    ("Ugandan troops shot dead a herder in Kiwanja on Monday.", "CD", "Civilians (Democratic Republic of Congo)"),
    ("Burundian soldiers killed a fisherman in Rutshuru on Friday.", "CD", "Civilians (Democratic Republic of Congo)"),
])
def test_a_town_after_a_preposition_lies_where_the_forces_act_abroad(pipeline, text, country, civilians):
    [event] = news_of(pipeline, text, "en", date(2024, 5, 7))
    assert event.place is not None and event.place.country == country
    assert civilians in sides(event)


def test_a_town_of_the_forces_own_country_stays_there(pipeline):
    [event] = news_of(pipeline, "Russian police detained two students in Kursk on Monday.", "en", date(2024, 5, 7))
    assert event.place is not None and event.place.country == "RU"
