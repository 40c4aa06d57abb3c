"""Sentences a new user tried (the thirty-fourth session's lead): a citizens' movement that marches is the
crowd's associate."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

MAY = date(2024, 5, 15)


@pytest.mark.parametrize("text,lang", [
    ("Des militants de la LUCHA ont manifesté mardi à Goma contre l'insécurité.", "fr"),
    ("LUCHA activists staged a sit-in in Goma on Tuesday against insecurity.", "en"),
])
def test_a_citizens_movements_march_has_it_as_associate(pipeline, text, lang):
    [event] = news_of(pipeline, text, lang, MAY)
    assert event.actor1.name == "Protesters (Democratic Republic of Congo)"
    assert [a.name for a in event.assoc_actor_1] == ["LUCHA: Struggle for Change"]


def test_troops_who_retake_a_town_from_a_group_are_not_its_members(pipeline):
    text = "On 3 May 2022, the town of Rann (Borno) was recaptured by Nigerian troops from ISWAP fighters."
    [event] = news_of(pipeline, text, "en", date(2022, 5, 10))
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.name.startswith("Military Forces of Nigeria")
