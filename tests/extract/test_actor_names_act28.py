"""ACLED's naming of actors on invented notes in its terse style (issue 13, session act28): the state whose
posts a group of its own country struck, and the communal militia of a succession dispute."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2022, 3, 2))


def _base(names):
    return sorted((n or "").split(" (20")[0].split(" (19")[0] for n in names)


@pytest.mark.parametrize("text, pair", [
    ("On 2 March 2022, DPR forces fired mortars at Ukrainian positions near Marinka, Donetsk. No casualties "
     "were reported.", ["Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya"]),
    ("On 2 March 2022, Al Shabaab fighters fired mortars at Somali positions on the edge of Afgooye "
     "(Lower Shabelle). Casualties unknown.", ["Al Shabaab", "Military Forces of Somalia"]),
])
def test_a_group_of_the_country_strikes_its_states_posts(pipeline, text, pair):
    """A post a nation's name qualifies is that state's military, also when the group that struck it is of
    the same country: only the state's own forces cannot be the ones that struck it."""
    [e] = _en(pipeline, text)
    assert _base(_sides(e)) == pair


@pytest.mark.parametrize("text", [
    "On 2 March 2022, armed men shot dead a palace guard in Oyo (Oyo) amid a succession dispute between "
    "two ruling houses. 1 fatality.",
    "On 2 March 2022, gunmen killed two people in Ife (Osun) in a kingship tussle in the town. 2 fatalities.",
])
def test_the_unnamed_men_of_a_succession_dispute_are_a_communal_militia(pipeline, text):
    [e] = _en(pipeline, text)
    assert _sides(e) == ["Unidentified Communal Militia (Nigeria)", "Civilians (Nigeria)"]
