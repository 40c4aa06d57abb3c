"""Toponyms of general news (the twenty-eighth session, geo45): a country's short name that is a
pronoun in lowercase, and a name repeated, which is no evidence for its own namesake."""
from __future__ import annotations


def test_a_country_short_name_in_capitals_is_a_place_though_its_lowercase_is_a_pronoun(geoparser):
    """ "US" is the pronoun "us" to the stop-word list; written in capitals it is the country (as
    ``sitrep geoparse`` reports toponyms, demonyms and all)."""
    text = "Farmers protested against new US quotas on imported cheese, and shipments to the US halted."
    found = [t for t in geoparser.parse(text, "en", demonyms=True) if t.text == "US"]
    assert len(found) == 2 and all(t.place is not None and t.place.country == "US" for t in found)


def test_the_pronoun_stays_no_place():
    """Lowercase, or a word in capitals that is no country's name, is still a stop word."""
    import spacy

    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.geo.recognise import _stop
    gaz = Gazetteer.load()
    doc = spacy.blank("en")("Tell us ON TIME about the US")
    assert [_stop(t, gaz) for t in doc] == [False, True, True, False, True, True, False]


def test_a_name_repeated_does_not_vouch_for_its_own_namesake(geoparser):
    """Each "Paris" once chose the French capital and then voted for it, for its region and at its
    spot: the state the story names is the only evidence from elsewhere, and it holds a Paris."""
    text = ("The Paris school board will ask voters for a new levy. Paris teachers said the Illinois "
            "budget cut their aid, and the Paris superintendent agreed with them.")
    found = [t.place for t in geoparser.parse(text, "en", demonyms=True) if t.text == "Paris"]
    assert len(found) == 3 and all(p is not None and p.country == "US" for p in found)


def test_a_capital_named_alone_and_often_stays_the_capital(geoparser):
    """With no other place to say otherwise, a big town named again and again keeps its size's lead."""
    text = "Paris was quiet on Sunday. Museums in Paris reopened, and Paris cafes filled by noon."
    found = [t.place for t in geoparser.parse(text, "en", demonyms=True) if t.text == "Paris"]
    assert found and all(p is not None and p.country == "FR" for p in found)


def test_a_demonym_names_its_nation_not_a_town_of_that_name(geoparser):
    """ "Palestinian" stands for Palestine: in a story of Texas towns, not the Texan town Palestine."""
    text = "Palestinian students spoke at a rally in Tyler and Dallas, Texas, on Friday."
    [people] = [t.place for t in geoparser.parse(text, "en", demonyms=True) if t.text == "Palestinian"]
    assert people is not None and people.country == "PS"


def test_a_name_the_country_holds_beats_a_town_it_is_only_another_name_of(geoparser):
    """A Georgian town that gazetteers also call "Paris" is not what "Paris" means where the country
    has towns of that very name."""
    text = "Deputies from Statesboro and Savannah, Georgia, searched a farm near Paris on Monday."
    [paris] = [t.place for t in geoparser.parse(text, "en", demonyms=True) if t.text == "Paris"]
    assert paris is not None and paris.name == "Paris"
