"""Whole English wire stories (enw43, bench/en_wire_stress.py): a headline tells the body's event more loosely (its
area, its unnamed gunmen, its means), a later sentence revises the toll or dates the statement rather than the act,
background says what a group keeps doing. Each text is invented."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of, sides

D = date(2025, 6, 10)  # a Tuesday
SUNDAY, SATURDAY = date(2025, 6, 8), date(2025, 6, 7)


def _news(pipeline, text):
    return [e for e in news_of(pipeline, text, lang="en", published=D) if e.event_type]


def test_a_headline_naming_part_of_a_country_tells_the_bodys_event_at_its_town(pipeline):
    text = ("Insurgents behead three farmers in northern Mozambique\n\n"
            "MAPUTO (Reuters) - Suspected insurgents beheaded three farmers near Macomia in Cabo Delgado province "
            "on Sunday, local officials said. The bodies were found by relatives in a cassava field.")
    [event] = _news(pipeline, text)
    assert event.event_date == SUNDAY and event.place.name.endswith("Macomia")


def test_a_headlines_gunmen_are_the_group_the_body_names(pipeline):
    text = ("Gunmen kill six in Haitian town\n\n"
            "PORT-AU-PRINCE (AP) - Members of the Viv Ansanm coalition shot dead six people in Mirebalais on Saturday, "
            "the town's mayor said. Dozens of families fled toward the capital.")
    [event] = _news(pipeline, text)
    assert sides(event)[0] == "Viv Ansanm" and event.event_date == SATURDAY


def test_bringing_the_toll_to_a_figure_revises_the_toll(pipeline):
    text = ("Three people were killed when a Russian drone hit a bakery in Sumy on Sunday, the governor said. "
            "Rescuers found a fourth body under the rubble on Monday, bringing the toll to four.")
    [event] = _news(pipeline, text)
    assert event.fatalities == 4


def test_the_day_of_a_statement_released_dates_the_saying_not_the_act(pipeline):
    text = ("Soldiers repelled an attack by jihadists on their base in Damboa on Saturday. Troops killed nine of the "
            "attackers, an army spokesman said in a statement released on Monday.")
    [event] = _news(pipeline, text)
    assert event.event_date == SATURDAY


def test_what_a_group_often_does_is_no_dated_event(pipeline):
    text = ("A roadside bomb killed two soldiers near Garissa on Sunday. The army blamed al-Shabaab, which often plants "
            "roadside bombs in the arid counties bordering Somalia.")
    assert len(_news(pipeline, text)) == 1


def test_an_abduction_told_again_as_the_attack_stays_an_abduction(pipeline):
    text = ("Gunmen abducted twenty villagers near Kankara on Saturday, residents said. "
            "The attack lasted about an hour, a survivor said.")
    [event] = _news(pipeline, text)
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_the_body_names_the_means_of_a_headlines_strike(pipeline):
    text = ("Russian missile strike on Dnipro factory kills three\n\n"
            "KYIV (Reuters) - A Russian missile hit a factory in Dnipro on Sunday, killing three workers, "
            "the regional governor said.")
    [event] = _news(pipeline, text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_witness_quote_running_over_two_sentences_is_no_new_event(pipeline):
    text = ('A junta jet bombed a school in Kani Township, Sagaing Region, on Friday, killing seven pupils, residents '
            'said. A teacher who was wounded died in hospital, a relief worker said on Monday. "We heard the engine '
            'first. Then the jet dropped two bombs on the classrooms," said a parent.')
    assert len(_news(pipeline, text)) == 1
