"""Transliteration variants (issue 14, sixth session, spell): a spelling no source lists, which
differs from a town's only by romanisation habits (doubled letters, q/k, -iya/-iyah, ou/oo/u,
dh/d, the Arabic article), is that town, but only inside a country the text names or implies.
Sentences are invented; the towns are well known."""
from __future__ import annotations

from sitrep.geo.distance import haversine_km


def _parsed(geoparser, text: str):
    return {t.text: t.place for t in geoparser.parse(text, "en", bound=True) if not t.relative}


def _near(place, lat: float, lon: float, km: float) -> bool:
    return place is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_one_key_for_romanisations_of_a_name():
    from sitrep.geo.normalise import name_key, translit_key

    pairs = [("Nasiriyya", "Nasiriyah"), ("Qamishly", "Kamishli"), ("Faloojah", "Fallujah"),
             ("Dair Ezzour", "Dayr az Zawr"), ("Khan Sheikhoun", "Khan Shaykhun"), ("Mosul", "Mawsil")]
    for a, b in pairs:
        assert translit_key(name_key(a)) == translit_key(name_key(b)), (a, b)
    assert translit_key(name_key("Nasiriyah")) != translit_key(name_key("Najaf"))


def test_variant_spelling_found_only_in_the_texts_country(geoparser):
    gazetteer = geoparser.gazetteer
    iraq = [gazetteer.names[i] for i in gazetteer.variant_ids("Nasiriyya", {"IQ"})]
    assert iraq and iraq[0] == "Nasiriyah"
    assert gazetteer.variant_ids("Nasiriyya", {"FR", "DE"}) == ()


def test_variant_spelling_resolves_in_the_country_named(geoparser):
    """No source spells them so; Iraq and Syria, named in the note, say where to look."""
    places = _parsed(geoparser, "On 3 March 2022, hundreds of graduates demonstrated in Nasiriyya, Iraq, "
                                "demanding jobs.")
    assert places["Nasiriyya"].country == "IQ" and _near(places["Nasiriyya"], 31.05, 46.26, 25)
    places = _parsed(geoparser, "On 3 March 2022, a patrol was seen near Qamishly in Al Hasakah, Syria.")
    assert places["Qamishly"].country == "SY" and _near(places["Qamishly"], 37.05, 41.23, 25)


def test_variant_spelling_makes_no_namesake_abroad(geoparser):
    """With nothing saying where, a loose key would find towns anywhere: it is not used."""
    places = _parsed(geoparser, "On 3 March 2022, hundreds of graduates demonstrated in Nasiriyya.")
    assert places.get("Nasiriyya") is None


def test_a_quarter_listed_with_another_is_no_town_of_like_spelling(geoparser):
    """The second of two quarters has no quarter word of its own: it is still a quarter of the town,
    not a village of a like spelling 30 km off."""
    text = "Des obus sont tombés mardi sur les quartiers de Joura et de Qoussour, à Deir Ezzor."
    places = {t.text: t.place for t in geoparser.parse(text, "fr", bound=True) if not t.relative}
    assert places.get("Qoussour") is None or _near(places["Qoussour"], 35.34, 40.14, 10)
