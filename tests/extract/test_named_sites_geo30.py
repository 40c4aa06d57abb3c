"""A site named after a town, followed by the units it lies in (issue 14, geo30): the event is in the
town, not in the middle of the district the bracket begins with. Sentences are invented; towns,
districts and their positions are general facts."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of


@pytest.mark.parametrize("text, town", [
    # the model cuts the court's name in two ("the Kroonstad Magistrate's" + "Court")
    ("On 2 May 2022, residents protested outside the Kroonstad Magistrate's Court (Fezile Dabi, Free State), "
     "demanding bail be denied to a suspect.", "Kroonstad"),
    # a small town, which the model tags with the court as one organisation
    ("On 2 May 2022, relatives of a murdered farmer gathered at the Ventersdorp Magistrate's Court "
     "(Dr Kenneth Kaunda, North West) as the accused appeared for the first time.", "Ventersdorp"),
    ("On 2 May 2022, a villager was beaten by a crowd in Dhamak village under Bhawanipatna police station "
     "limits (Kalahandi, Odisha) over a dispute about cattle.", "Bhawānipatna"),
])
def test_the_site_is_in_the_town_it_is_named_after(pipeline, text, town):
    """Before, the district the bracket opens with was chosen, 40-90 km from the town."""
    [event] = news_of(pipeline, text, lang="en", published=date(2022, 5, 2))
    assert event.place is not None and event.place.name == town


def test_a_town_of_a_list_before_the_chain_keeps_its_place(pipeline):
    """Guard: a protest named in another town of the chain's district stays there, not at the home
    town of the protesters."""
    [event] = news_of(pipeline, "On 2 May 2022, residents of Kroonstad protested in Sasolburg (Fezile Dabi, "
                                "Free State) over power cuts.", lang="en", published=date(2022, 5, 2))
    assert event.place is not None and event.place.name == "Sasolburg"


def test_a_site_far_from_the_district_is_not_its_town(pipeline):
    """Guard: a site named after a town that lies outside the unit the bracket names keeps the unit
    (the name is a namesake, or the site is not where it is named for)."""
    [event] = news_of(pipeline, "On 2 May 2022, residents protested outside the Durban High Court "
                                "(Fezile Dabi, Free State) over power cuts.", lang="en", published=date(2022, 5, 2))
    assert event.place is not None and event.place.name != "Durban"
