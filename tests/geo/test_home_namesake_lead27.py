"""A name the text calls a unit ("Mangu LGA"), whose unit word draws the choice to a district of the name
abroad (Kenya's Mang'U), is the town or district of the name in the text's own country, not nothing.
Sentences are invented."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Herders and farmers clashed on Tuesday in Mangu LGA, leaving several houses burnt.",
    "Residents of Mangu LGA said armed men blocked the road on Tuesday.",
])
def test_a_unit_named_at_home_is_not_dropped_for_a_namesake_abroad(geoparser, text):
    places = {t.text: t.place for t in geoparser.parse(text, lang="en", countries=frozenset({"NG"}), bound=True)
              if not t.relative}
    assert places.get("Mangu") is not None and places["Mangu"].country == "NG"
