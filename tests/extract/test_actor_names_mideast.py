"""ACLED's short names for Syria's armed parties on invented notes (issue 13, session mideast): the regime's
National Defence Forces as its notes write them, "NDF", and nowhere else."""
from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract.reports import news_of, sides

_en = partial(news_of, lang="en", published=date(2022, 3, 30))


def test_the_ndf_in_syria_is_the_national_defence_forces(pipeline):
    events = _en(pipeline, "On 29 March 2022, ISIS militants attacked NDF fighters in the desert east of Salamiyah "
                           "(Hama), killing two.")
    assert "QDW: National Defence Forces" in sides(events[0])


def test_an_ndf_elsewhere_is_no_syrian_militia(pipeline):
    events = _en(pipeline, "On 29 March 2022, soldiers arrested two NDF cadres accused of recruiting for the NPA in "
                           "Davao City.")
    assert all("QDW: National Defence Forces" not in sides(e) for e in events)
