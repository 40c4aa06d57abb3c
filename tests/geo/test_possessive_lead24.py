"""A name after a place and a comma that qualifies nothing (the twenty-fourth session's lead)."""
from __future__ import annotations


def test_a_possessive_after_a_region_opens_the_speech_tag_it_is_no_qualifier(geoparser):
    """ "in the Donetsk region, Russia's defence ministry said": Russia does not qualify Donetsk as
    "Donetsk, Russia" would, so the region stays Ukraine's, not a Russian town of the name."""
    text = "Troops took a hamlet in the Donetsk region, Russia's defence ministry reported on Sunday."
    [donetsk] = [t.place for t in geoparser.parse(text, "en") if t.text == "Donetsk"]
    assert donetsk.country == "UA"


def test_a_possessive_that_names_what_the_place_is_still_qualifies_it(geoparser):
    """ "Luanda, Angola's capital": no verb follows, so the possessive says where the town lies."""
    text = "The fever spread from Luanda, Angola's capital, to three provinces."
    [luanda] = [t.place for t in geoparser.parse(text, "en") if t.text == "Luanda"]
    assert luanda.country == "AO" and "qualified by the next name" in luanda.reason
