"""A village's name the model cuts in two ("the village of Sukhyi Yar": "Sukhyi" tagged a place, "Yar" a
person) is read whole when a table holds it, never as its last word alone (a namesake abroad). Sentences
are invented."""
from __future__ import annotations


def test_a_name_the_model_cut_is_read_whole_inside_its_region(geoparser):
    toponyms = geoparser.parse("On 9 March 2022, Russian forces captured the village of Sukhyi Yar (Donetsk).", "en")
    village = [t for t in toponyms if "Yar" in t.text]
    assert [t.text for t in village] == ["Sukhyi Yar"]
    assert village[0].place is not None and village[0].place.country == "UA"


def test_its_last_word_alone_places_it_at_no_namesake_abroad(geoparser):
    toponyms = geoparser.parse("On 9 March 2022, Russian forces entered the village of Sukhyi Yar.", "en")
    assert not [t for t in toponyms if t.place is not None and t.place.country != "UA"]
