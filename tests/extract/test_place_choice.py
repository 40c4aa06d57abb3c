"""The place an event takes among the places of its sentence."""
from __future__ import annotations

from datetime import date

from sitrep.types import Article


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
