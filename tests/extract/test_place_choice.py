"""The place an event takes among the places of its sentence."""
from __future__ import annotations

import re
from datetime import date

import pytest

from sitrep.types import Article
from tests.extract.reports import news_of


def test_a_place_inside_an_organisation_name_is_not_the_events_place(pipeline):
    """"the Cairo Workers Union": Cairo names the union, Aden is where the killing happened."""
    text = "On 4 May 2022, unidentified gunmen killed a leader of the Cairo Workers Union at his home in Aden."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 6)))
              if e.event_date]
    assert events and all(e.place.country == "YE" for e in events)


def _choose_in(text: str, country_counts: dict[str, int]):
    """The place choose_place gives the first trigger of ``text`` (a report on Chad) when the sentence
    names a small town abroad, "Zorba", and the article's main place is N'Djamena."""
    from collections import Counter

    from sitrep.extract.context import ArticleContext
    from sitrep.extract.place import choose_place
    from sitrep.extract.triggers import find_triggers
    from sitrep.lang import pack
    from sitrep.types import Place, Toponym

    lang = pack("fr")
    doc = lang.nlp(text)
    [trig] = find_triggers(doc, lang)
    start = text.index("Zorba")
    stray = Toponym(start, start + 5, "Zorba", Place("Zorba", 20.0, 77.0, "IN", feature="city", population=9000))
    main = Toponym(0, 0, "N'Djamena", Place("N'Djamena", 12.1, 15.0, "TD", feature="city", population=1_000_000))
    ctx = ArticleContext(Article(article_id="t", text=text), lang, "TD", main, Counter(), Counter(),
                         Counter(country_counts))
    place, _, source = choose_place(trig, [stray], [], ctx)
    return place.name, source


def test_a_small_town_alone_in_a_foreign_country_is_a_namesake():
    """A report on Chad that names no other place in India: 'Zorba' is a name, the event is the article's."""
    text = "Un policier a été blessé mardi lors des manifestations près du cinéma Zorba."
    assert _choose_in(text, {"TD": 3, "IN": 1}) == ("N'Djamena", "default")
    assert _choose_in(text, {"TD": 3, "IN": 2}) == ("Zorba", "stated")


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 6)))
    return [(e.place.name, e.place.admin1) for e in events if e.place is not None]


def test_a_part_of_a_place_named_with_its_province_is_not_a_namesake_elsewhere(pipeline):
    """A vereda or a community of a municipality named with its province lies there: the town of the
    same name in another province far off (Baraya, Huila; Los Llanos, Michoacan) is not the place."""
    clash = "On 4 April 2022, in Suarez (Cauca), soldiers clashed with ELN members in the Baraya vereda."
    assert _places(pipeline, clash) == [("Suárez", "Cauca")]
    migrants = ("On 2 May 2022, in Villa Union municipality, Coahuila, police detained 20 migrants "
                "around Los Llanos community.")
    assert [admin1 for _, admin1 in _places(pipeline, migrants)] == ["Coahuila"]


def test_a_site_the_model_tags_as_an_organisation_keeps_its_place(pipeline):
    """A name tagged as an organisation but made of place names, or followed by the units it lies in,
    is a site: the town inside it is the event's place, not a country or unit named elsewhere."""
    blast = ("On 2 May 2022, an IED exploded near a police patrol in Halabja Independent Administration, "
             "Sulaymaniyah province.")
    assert [name for name, _ in _places(pipeline, blast)] == ["Halabja"]


def test_a_site_followed_by_a_bracket_of_units_some_unknown_keeps_its_town(pipeline):
    """"Dadaab Refugee Camp (Lagdera, Garissa)": the bracket's first unit is in no table, so the
    camp was no site and the event went to the county's middle, not to the town the camp is named after."""
    text = "On 2 May 2022, refugees clashed with police in Dadaab Refugee Camp (Lagdera, Garissa)."
    assert [name for name, _ in _places(pipeline, text)] == ["Dadaab"]


def test_a_town_beats_its_own_province_as_the_articles_place(pipeline):
    """A report that names its town once and the town's province twice is about the town: an event of a
    sentence that names no place is put there, not at the province's centre."""
    text = ("On 3 June 2022, in Kota (Rajasthan), farmers staged a protest against power cuts across "
            "Rajasthan. Police later dispersed the protesters with batons.")
    places = _places(pipeline, text)
    assert places and all(name == "Kota" for name, _ in places)


def test_a_name_made_of_place_names_alone_is_a_site():
    """"Bamako (Bamako, Bamako" tagged as an organisation is the town named with its units; "the Bamako
    Traders Union" is an organisation whose town names no event's place."""
    from sitrep.extract.place import _a_site
    from sitrep.types import Place, Toponym

    def names(text: str) -> list[Toponym]:
        bamako = Place("Bamako", 12.65, -8.0, "ML", feature="city", population=1_800_000)
        return [Toponym(m.start(), m.end(), "Bamako", bamako) for m in re.finditer("Bamako", text)]

    text = "Police searched homes in Bamako (Bamako, Bamako, Bamako) on Monday."
    start = text.index("Bamako")
    assert _a_site(start, text.index(", Bamako)"), text, names(text))
    union = "A leader of the Bamako Traders Union was shot on Monday."
    assert not _a_site(union.index("Bamako"), union.index(" was"), union, names(union))


def test_the_place_named_with_its_units_beats_a_bare_town_nearer_the_trigger(pipeline):
    """"protested in support of fishermen in Guaymas during a rally in Navojoa (Navojoa, Sonora)": the note
    names the event's place with its units; a town named in passing is another place."""
    text = ("On 3 March 2022, farmers protested in support of fishermen operating in Guaymas during a rally in "
            "Navojoa (Navojoa, Sonora). [size=no report]")
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 3, 4)))
              if e.event_date]
    assert events and all(e.place.name == "Navojoa" for e in events)


def test_a_district_named_after_its_town_is_coded_at_the_town(pipeline):
    """"in Gorakhpur district (Uttar Pradesh)": ACLED codes a district named after its chief town at
    that town, not at the district's middle, 20 km off; a district standing in for a village no table
    has keeps its middle, the nearer point to any village of it."""
    from sitrep.geo.distance import haversine_km

    text = "On 27 June 2022, farmers staged a protest in Gorakhpur district (Uttar Pradesh) against power cuts."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 6, 28)))
              if e.event_date]
    assert events and all(haversine_km(e.place.lat, e.place.lon, 26.76, 83.37) < 5 for e in events)
    village = ("On 27 June 2022, farmers staged a protest in Qoxtarpur village, Gorakhpur district "
               "(Uttar Pradesh) against power cuts.")
    events = [e for e in pipeline.code(Article(article_id="t", text=village, lang="en", published=date(2022, 6, 28)))
              if e.event_date]
    assert events and all(haversine_km(e.place.lat, e.place.lon, 26.76, 83.37) > 10 for e in events)


def test_a_town_listed_with_the_place_named_with_its_units_stays_in_the_running(pipeline):
    """"between Bandiagara and Bankass (Bankass, Mopti)": the units qualify both towns of the list;
    the first named stays the place, as ACLED codes a road between two towns."""
    text = "On 30 June 2022, militants abducted a trader on the road between Bandiagara and Bankass (Bankass, Mopti)."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 7, 1)))
              if e.event_date]
    assert events and all(e.place.name == "Bandiagara" for e in events)


def test_the_place_a_note_says_it_coded_at_is_the_events_place(pipeline):
    """"arrived in Poland [coded to Przemysl]", "along the Baghdad - Basra road ... Coded as Basra city.",
    "towards the sea (coded at Wonsan)": ACLED says where it coded the event, in the sentence or after it;
    that place wins over the others the note names, and is one event, not one more per town."""
    def places(text):
        return [e.place.name for e in pipeline.code(Article(article_id="t", text=text, lang="en",
                                                              published=date(2022, 5, 6))) if e.event_date]

    assert places("Security measures: On 3 April 2022, Basra Police deployed over 5,000 policemen along the "
                  "Baghdad - Basra road to secure travellers. Coded as Basra city.") == ["Basrah"]
    assert places("On 4 May 2022, North Korea test-fired a ballistic missile from Kaesong towards the sea "
                  "(coded at Wonsan).") == ["Wŏnsan"]
    assert places("Movement of forces: On 5 May 2022, army units started exercises at training fields near "
                  "Kherson and Mykolaiv [coded to Odesa].") == ["Odesa"]


def test_a_number_or_an_actor_coded_as_is_no_place(pipeline):
    """"Fatalities coded as 3", "coded as Kashmir Rebels", "(coded in Russia)": the cue names no place
    finer than the note's own, which stands."""
    text = ("On 9 May 2022, militants (coded as Kashmir Rebels) attacked a police post in Kupwara (Kupwara, "
            "Jammu and Kashmir). Fatalities coded as 2.")
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 10)))
              if e.event_date]
    assert events and all(e.place.name.startswith("Kupw") for e in events)
    text = "On 9 May 2022, Ukrainian forces shelled Shebekino, Belgorod (coded in Russia), wounding two civilians."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 10)))
              if e.event_date]
    assert events and all(e.place.name == "Shebekino" for e in events)


def test_a_town_called_a_city_before_its_province_is_named_with_its_units(pipeline):
    """"in Azaz city, Aleppo", "Mazar-i-Sharif city, Balkh": ACLED puts a town word between a town and
    its province; the province is then the region, not its namesake capital, and the town so named is
    the event's place over a town named in passing nearer the trigger."""
    from sitrep.geo import Geoparser

    places = {t.text: t.place for t in Geoparser.load().parse("Protesters gathered in Azaz city, Aleppo.", "en",
                                                               bound=True)}
    assert places["Aleppo"].feature == "admin1"
    text = ("On 22 May 2022, locals protested in support of opposition groups operating in Jarabulus city "
            "during a demonstration in Azaz city, Aleppo. [size=no report]")
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 23)))
              if e.event_date]
    assert events and all(e.place.name == "Azaz" for e in events)


def test_a_region_listed_in_a_wave_of_strikes_is_an_event_of_its_own(pipeline):
    """A wave of strikes told over towns and a region ("the Vinnytsia region as well as the cities of
    Dnipro and Lviv") is one event per place, as ACLED codes it: the region is one of them, not a
    qualifier of the towns."""
    for lang, text in [
        ("en", "On Saturday, Russian missiles struck the Vinnytsia region as well as the cities of Dnipro and "
               "Lviv, Ukrainian officials said."),
        ("fr", "Samedi, des missiles russes ont frappé la région de Vinnytsia ainsi que les villes de Dnipro "
               "et de Lviv, selon les autorités ukrainiennes."),
    ]:
        events = news_of(pipeline, text, lang)
        assert {e.place.admin1 for e in events} == {"Vinnyts'ka", "Dnipropetrovsk", "Lviv"}, (lang, events)


def _located(pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.code(Article(article_id="t", text=text, lang="en", published=date(2022, 5, 6)))
    return [(e.place.name, e.place.country) for e in events if e.place is not None and e.event_date]


@pytest.mark.parametrize("text, sea", [
    ("On 3 May 2022, North Korea fired a ballistic missile into the Sea of Japan.", "Sea of Japan"),
    ("On 3 May 2022, Ukrainian forces struck a Russian tugboat in the Black Sea. Casualties unknown.", "Black Sea"),
])
def test_an_event_at_sea_is_placed_at_the_sea(pipeline, text, sea):
    """A missile test or a strike on a ship names only a sea: ACLED codes it at the sea rather than
    at the country's centre; a sea is in no one country, so the place names none."""
    assert _located(pipeline, text) == [(sea, None)]


def test_a_sea_the_shots_came_from_is_not_the_place_they_hit(pipeline):
    """ "warships in the Black Sea fired missiles at Odesa": the town struck is the event's place."""
    text = "On 3 May 2022, Russian warships in the Black Sea fired cruise missiles at Odesa. Casualties unknown."
    assert [cc for _, cc in _located(pipeline, text)] == ["UA"]
    assert all(name != "Black Sea" for name, _ in _located(pipeline, text))
