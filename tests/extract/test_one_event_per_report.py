"""ACLED's one-event rule (issue 13, wt-one3): one report of one act stays one event when a second
clause reads the same pair the other way round, names no new side, or refers back to it."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of

PUBLISHED = date(2024, 5, 8)

_dated = partial(news_of, lang="en", published=PUBLISHED)


@pytest.mark.parametrize("text", [
    ("On 6 May 2024, in Cali (Valle del Cauca), a taxi driver was killed and his passenger was injured in a "
     "drive-by shooting in the Siloe district by two armed men on a motorcycle."),
])
def test_one_pair_read_both_ways_round_is_one_event(pipeline, text):
    """An attack on a civilian whose second verb the parse reads with the sides swapped (the victim as
    actor1) is not a second, mob-violence event beside it."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians")


def test_the_count_of_a_bombing_told_after_it_is_its_toll(pipeline):
    """ "The blast killed 1": the civilians a rule supplies as the count's target are no new side."""
    text = ("On 6 May 2024, Al Shabaab militants detonated an IED targeting a Somali army patrol near "
            "Afgooye (Lower Shabelle). The blast killed 1 and injured 3.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.fatalities == 1
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Somalia")


@pytest.mark.parametrize("text", [
    ("On 6 May 2024, a journalist was kidnapped by unidentified men in Kisumu, Kenya. It is suspected that his "
     "forced disappearance was linked to his reporting on a land dispute in Eldoret."),
    ("On 6 May 2024, in Kano, Nigeria, soldiers arrested a suspected Boko Haram commander. The arrested man was "
     "wanted by Nigerian and Cameroonian police."),
])
def test_an_event_told_again_by_a_definite_noun_is_the_same_event(pipeline, text):
    """ "His forced disappearance", "the arrested man": the act told before, not a second one at the
    place or with the sides the later sentence names."""
    assert len(_dated(pipeline, text)) == 1


def test_fire_by_the_battles_other_side_the_same_day_is_the_battle(pipeline):
    """ACLED folds artillery or air fire into the battle of its day and place, whichever side fires:
    the side named second in the clash firing later is no second event."""
    text = ("On 6 May 2024, Sudanese army forces clashed with RSF fighters near Omdurman, Khartoum. RSF fighters "
            "fired rockets and artillery at army positions later in the day. Casualties unknown.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Armed clash"
