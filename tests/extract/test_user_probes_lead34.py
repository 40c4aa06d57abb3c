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
