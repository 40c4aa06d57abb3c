"""A strike is typed by its means (ACLED's remote violence), on invented notes: forces that "struck" a
town with missiles or shells shelled it; with drones, or from aircraft, it stays an air strike."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2023, 9, 12)


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 11 September 2023, Russian forces struck Odesa port with Kalibr missiles, damaging grain facilities.",
     "Shelling/artillery/missile attack"),
    ("On 11 September 2023, Russian forces struck Kharkiv with S-300 missiles, injuring five civilians.",
     "Shelling/artillery/missile attack"),
    ("On 11 September 2023, Israeli forces struck Gaza with tank shells.", "Shelling/artillery/missile attack"),
    ("On 11 September 2023, Russian forces struck Sumy with drones.", "Air/drone strike"),
    ("On 11 September 2023, Israeli aircraft struck a Hamas site in Gaza.", "Air/drone strike"),
])
def test_a_strike_is_typed_by_its_means(pipeline, text, sub_event_type):
    events = news_of(pipeline, text, lang="en", published=DAY)
    assert [e.sub_event_type for e in events] == [sub_event_type]
