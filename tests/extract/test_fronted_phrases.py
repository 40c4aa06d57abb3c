"""Who did it, read from the phrase each actor stands in: a side named in a fronted phrase
("following clashes with the army, ...") is not listed with the subject after the comma, and the
author after "by" stays the author past a count or a noun the parser reads as a verb."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract.reports import news_of


_dated = partial(news_of, published=date(2022, 3, 10))


@pytest.mark.parametrize("text", [
    "On 8 March 2022, following clashes with the army, the rebels took control of Kidal.",
    "On 8 March 2022, following clashes with the Malian army, JNIM militants took control of Menaka.",
])
def test_the_subject_after_a_fronted_phrase_takes_the_place(pipeline, text):
    [e] = _dated(pipeline, text, "en")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1.name != "Military Forces of Mali (2021-)"
    assert e.actor2.name == "Military Forces of Mali (2021-)"


def test_sides_listed_before_the_verb_stay_one_side(pipeline):
    [e] = _dated(pipeline, "On 8 March 2022, the army, the gendarmerie and the police arrested five men in Bamako.",
                 "en")
    assert e.actor1.name == "Military Forces of Mali (2021-)"


@pytest.mark.parametrize("text", [
    "On 8 March 2022, in Recife, a man was killed and another was injured in a drive-by shooting by two armed men.",
    "On 8 March 2022, in Recife, two men were wounded in a shooting by three gunmen.",
])
def test_the_author_of_a_shooting_is_named_after_by_and_a_count(pipeline, text):
    """ "in a drive-by shooting by two armed men": the count between "by" and the men, and a noun
    read as a verb, leave the men the authors: one attack on civilians, not civilians attacking them."""
    events = _dated(pipeline, text, "en")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor2.name == "Civilians (Brazil)"
