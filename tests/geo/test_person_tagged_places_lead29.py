"""Places the English model tags as people or products (the twenty-ninth session's lead): a hyphenated town
whose first word the model cut off, and a town after a preposition it takes for a product."""
from __future__ import annotations


def _places(geoparser, text):
    return [(t.text, t.place.country) for t in geoparser.parse(text, "en") if t.place is not None]


def test_a_hyphenated_town_whose_first_word_the_model_cut_is_the_whole_town(geoparser):
    text = ("On 13 July 2024, the police, supported by foreign officers, clashed with members of the "
            "400 Mawozo gang in Croix-des-Bouquets. Three gang members were killed.")
    assert ("Croix-des-Bouquets", "HT") in _places(geoparser, text)


def test_a_town_after_a_preposition_the_model_tags_as_a_product_is_the_town(geoparser):
    text = "On 9 October 2022, party youths beat up two opposition activists in Gokwe."
    assert ("Gokwe", "ZW") in _places(geoparser, text)
