"""A demonym two states share ("Congolese", "congolais"; "Guinean") names the forces of the state where
the event is, not always the one the table gives the word: police in Brazzaville are the Republic of
Congo's. Where the table's own state is the event's, nothing changes."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

MARCH = date(2024, 3, 12)


def test_congolese_police_in_brazzaville_are_the_republic_of_congos(pipeline):
    text = "On 10 March 2024, Congolese police dispersed opposition supporters with tear gas in Brazzaville."
    [event] = news_of(pipeline, text, "en", MARCH)
    assert event.actor2.name.startswith("Police Forces of the Republic of Congo")


def test_la_police_congolaise_a_brazzaville_est_celle_du_congo(pipeline):
    text = ("La police congolaise a dispersé dimanche à coups de gaz lacrymogène une marche de l'opposition à "
            "Brazzaville.")
    [event] = news_of(pipeline, text, "fr", MARCH)
    assert event.actor2.name.startswith("Police Forces of the Republic of Congo")


def test_congolese_soldiers_in_north_kivu_stay_the_dr_congos(pipeline):
    text = "On 10 March 2024, Congolese soldiers clashed with M23 rebels near Goma (North Kivu)."
    [event] = news_of(pipeline, text, "en", MARCH)
    assert event.actor1.name.startswith("Military Forces of the Democratic Republic of Congo")
