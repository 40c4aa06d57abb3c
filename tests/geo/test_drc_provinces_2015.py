"""DR Congo's provinces of the 2015 split that geonames lacks (seventeenth session). Sentences are
invented; the provinces and their chief towns are general facts."""
from __future__ import annotations

import pytest

from tests.geo.places import places


@pytest.mark.parametrize("text, lang", [
    ("Des miliciens ont incendié trois écoles dans la province du Kasaï, a indiqué le gouverneur.", "fr"),
    ("Le ministre de l'Intérieur est arrivé jeudi à Tshikapa, dans la province du Kasaï.", "fr"),
    ("Militiamen clashed with soldiers in Kasai province on Tuesday, a local official said.", "en"),
])
def test_kasai_is_the_congolese_province(geoparser, text, lang):
    """"Kasaï" (chief town Tshikapa) was a town of 42,000 people in Japan, the only entry of that name."""
    place = next(v for k, v in places(geoparser, text, lang).items() if k.startswith("Kasa"))
    assert place is not None and place.country == "CD" and place.feature == "admin1"


def test_the_japanese_town_stays_in_japan_where_the_text_says_so(geoparser):
    place = places(geoparser, "Heavy rain flooded Kasai, a city in Hyogo prefecture, Japan.")["Kasai"]
    assert place is not None and place.country == "JP"
