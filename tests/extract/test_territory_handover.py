"""A place handed over without a fight: ACLED's non-violent transfer of territory names first the side
that acquires it, whatever side the sentence names first."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of


_dated = partial(news_of, published=date(2022, 3, 10))


@pytest.mark.parametrize("text, lang", [
    ("On 8 March 2022, the French army handed over the Tessalit base to the Malian army.", "en"),
    ("Mardi, l'armée française a remis la base de Tessalit à l'armée malienne.", "fr"),
    ("Les forces françaises ont cédé mardi la base de Tessalit aux forces maliennes.", "fr"),
])
def test_the_recipient_of_a_handover_is_actor1(pipeline, text, lang):
    [e] = _dated(pipeline, text, lang)
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor1.name == "Military Forces of Mali (2021-)"
    assert e.actor2.name == "Military Forces of France (2017-)"


@pytest.mark.parametrize("text", [
    "Le ministre a remis mardi un rapport au président à Bamako.",
    "Mardi, le président a remis le pouvoir à son successeur à Bamako.",
])
def test_handing_over_a_report_or_power_is_no_transfer_of_territory(pipeline, text):
    assert not [e for e in _dated(pipeline, text, "fr") if e.sub_event_type == "Non-violent transfer of territory"]
