"""A gang's or a group's explosives set off against a target are an explosion (session actor5): "set off
explosives" with harm or a target beside it; miners blasting rock find no event. Sentences invented for these
tests."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides as _sides

_en = partial(news_of, lang="en", published=date(2024, 5, 2))


def test_explosives_set_off_at_a_police_post_are_an_explosion(pipeline):
    [e] = _en(pipeline, "On 1 May 2024, Los Lobos members set off explosives beside a police checkpoint in Machala, "
                        "injuring three officers.")
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert [n.split(" (")[0] for n in _sides(e)] == ["Los Lobos", "Police Forces of Ecuador"]


def test_miners_setting_off_explosives_in_a_quarry_find_no_event(pipeline):
    assert not _en(pipeline, "On 1 May 2024, quarry workers set off explosives on a hillside near Machala to "
                             "open a new face of rock.")
