"""Which words of a report tell its event (issue 13), on invented reports.

- Event nouns in the plural governed by a word of involvement or repute ("the gang was involved in
  robberies", "a man wanted for several killings") tell the people's record, not the report's event.
- A phrase of means serves the verb however far down a chain of place and time phrases the parse hangs
  it ("attacked the post near the school at around 9 pm with mines"): the weapon types the attack.
- Rounds of a calibre told in millimetres ("fired three 60mm rounds") are a heavy weapon's: shelling.
"""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

PUBLISHED = date(2023, 5, 15)


def _told(pipeline, text):
    return [(e.sub_event_type, e.event_date) for e in news_of(pipeline, text, lang="en", published=PUBLISHED)]


def test_a_record_of_past_acts_is_no_event(pipeline):
    text = ("On 14 May 2023, in Recife (Pernambuco), four armed men exchanged fire with military police in "
            "the Boa Viagem neighborhood, leaving three of them dead. That gang had been involved in cargo "
            "thefts and ATM explosions. 3 fatalities.")
    assert _told(pipeline, text) == [("Armed clash", date(2023, 5, 14))]


def test_an_arrest_of_a_man_wanted_for_killings_is_an_arrest(pipeline):
    text = "On 14 May 2023, police arrested a man wanted for several killings in Eldoret town."
    assert _told(pipeline, text) == [("Arrests", date(2023, 5, 14))]


def test_a_dated_involvement_in_a_fight_is_news(pipeline):
    text = "On 14 May 2023, three soldiers were involved in clashes with Al Shabaab near Jowhar."
    assert _told(pipeline, text) == [("Armed clash", date(2023, 5, 14))]


def test_mines_far_down_the_phrases_type_the_attack(pipeline):
    text = ("On 12 May 2023, in Kalay town (Kalay township, Sagaing region), the PDF-Kalay attacked the "
            "Myo Thit police checkpoint near the township market at around 9 pm with mines. "
            "Casualties unknown.")
    assert [s for s, _ in _told(pipeline, text)] == ["Remote explosive/landmine/IED"]


def test_rounds_of_a_calibre_in_millimetres_are_shelling(pipeline):
    text = ("On 10 May 2023, in Kyaikto town (Thaton district, Mon state), the local PDF fired three 60mm "
            "rounds at a police station at around 11 pm. Casualties unknown.")
    assert [s for s, _ in _told(pipeline, text)] == ["Shelling/artillery/missile attack"]
