"""The place an event takes when its sentence also names where a person comes from (issue 14,
fourteenth session, geo23), and a town named bare as what foreign forces shelled. Sentences invented."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.types import Article


def _places(pipeline, text: str, lang: str = "en") -> list[tuple[str, str]]:
    events = pipeline.code(Article(article_id="t", text=text, lang=lang, published=date(2022, 5, 6)))
    return [(e.place.name, e.place.country) for e in events if e.event_date and e.place is not None]


@pytest.mark.parametrize("text, lang, town", [
    ("On 3 May 2022, in Kyaukse town (Kyaukse township, Mandalay region), the military arrested a teacher "
     "from Sittwe, Rakhine State, on suspicion of supporting the PDF.", "en", "Kyaukse"),
    ("On 3 May 2022, police arrested a trader from Palmyra at a checkpoint in Homs city.", "en", "Homs"),
    ("Le 3 mai 2022, la police a arrêté un commerçant originaire de Bukavu à Uvira.", "fr", "Uvira"),
])
def test_a_victims_home_town_is_not_the_events_place(pipeline, text, lang, town):
    """"arrested a teacher from Sittwe" in a sentence that says where the arrest was: the home town
    (nearer the trigger, and named with its state) was the event's place."""
    places = _places(pipeline, text, lang)
    assert places and all(name == town for name, _ in places)


def test_an_abduction_keeps_the_place_people_were_taken_from(pipeline):
    """Guard: "abducted two women from X and took them to Y" happened at X."""
    places = _places(pipeline, "On 3 May 2022, gunmen abducted two women from Rutshuru and took them to Kiwanja.")
    assert places and places[0][0] == "Rutshuru"


@pytest.mark.parametrize("text, country", [
    ("On 3 May 2022, Russian forces shelled Velyka Pysarivka, killing two civilians.", "UA"),
    ("On 3 May 2022, Turkish forces shelled Tal Rifaat with artillery. Casualties unknown.", "SY"),
])
def test_a_town_shelled_by_a_neighbours_forces_is_the_events_place(pipeline, text, country):
    """The event was left with no place: the town is in the country the forces act in."""
    places = _places(pipeline, text)
    assert places and places[0][1] == country
