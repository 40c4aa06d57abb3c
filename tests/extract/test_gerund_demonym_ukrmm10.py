"""A nation's name right before a strike's gerund the parse reads as a verb ("after Russian shelling", "Ukrainian
shelling hit a town") says whose forces struck, as it does before the noun "strikes"; a gerund with its own subject
and auxiliary keeps that subject, and a gerund with no nation before it names no striker. Sentences written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of, sides

RU = "Military Forces of Russia (2000-)"
UA = "Military Forces of Ukraine (2019-)"


@pytest.mark.parametrize("note, striker", [
    ("On 5 May 2024, a woman was wounded in Kherson after Russian shelling.", RU),
    ("On 5 May 2024, the roof of a sports hall caved in at Belgorod after Ukrainian shelling.", UA),
    ("On 5 May 2024, Ukrainian shelling hit Graivoron (Belgorod oblast), killing a tractor driver.", UA),
])
def test_the_nation_before_a_gerund_struck(pipeline, note, striker):
    [event] = news_of(pipeline, note, "en", date(2024, 5, 6))
    assert sides(event)[0] == striker


def test_a_gerund_without_a_nation_names_no_striker(pipeline):
    [event] = news_of(pipeline, "On 5 May 2024, a woman was wounded in Kherson after shelling.", "en",
                      date(2024, 5, 6))
    assert sides(event)[0] is None


def test_a_gerund_with_its_own_subject_keeps_it(pipeline):
    [event] = news_of(pipeline, "On 5 May 2024, Ukrainian troops were shelling Russian positions near Kreminna.",
                      "en", date(2024, 5, 6))
    assert sides(event)[0] == UA
