"""The thirty-eighth session's lead: towns of North Africa, the Middle East, Somalia and Afghanistan under the press's
spellings, and towns of several words the English model takes for a person's name after a preposition of place."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

MAY = date(2023, 5, 4)


def _places(geoparser, text, lang="en"):
    return [(t.text, t.place.name, t.place.country) for t in geoparser.parse(text, lang) if t.place is not None]


@pytest.mark.parametrize("text, name, country, feature", [
    ("On 2 May 2023, Turkish forces shelled Hassakeh, killing two civilians.", "Hassakeh", "SY", "city"),
    ("On 2 May 2023, a car bomb went off by a vegetable market in Qamishlo, wounding six people.", "Qamishlo", "SY", "city"),
    ("On 2 May 2023, unknown gunmen shot dead a tribal elder in Thiban.", "Thiban", "SY", "city"),
    ("On 2 May 2023, AQAP militants attacked a checkpoint of the Shabwani Elite Forces in Shabwa governorate.",
     "Shabwa", "YE", "admin1"),
    ("On 2 May 2023, Houthi forces shelled houses in Radaa, killing a child.", "Radaa", "YE", "city"),
    ("On 2 May 2023, teachers protested outside the education directorate in Faiyum.", "Faiyum", "EG", "city"),
    ("On 2 May 2023, Al Shabaab fighters attacked a Somali army base in Dolow, near the Ethiopian border.",
     "Dolow", "SO", "city"),
    ("On 2 May 2023, Taliban fighters beat two farmers in Marja district centre of Helmand.", "Marja", "AF", "city"),
])
def test_a_town_under_the_presss_spelling_is_that_town(pipeline, text, name, country, feature):
    events = news_of(pipeline, text, "en", MAY)
    assert events and events[0].place is not None
    assert (events[0].place.country, events[0].place.feature) == (country, feature), events[0].place


def test_a_transliteration_takes_no_other_town_of_the_country(geoparser):
    """"Thiban" had been read as At Tibni, 70 km up the Euphrates, for want of the spelling."""
    places = _places(geoparser, "Gunmen killed a shepherd near Thiban, east of Deir ez-Zor.")
    assert [(t, c) for t, _, c in places if t == "Thiban"] == [("Thiban", "SY")]
    assert not any(name.startswith("At Tibn") for _, name, _ in places)


@pytest.mark.parametrize("text, town, country", [
    ("On 2 May 2023, protesters gathered in Sidi Bouzid to demand jobs.", "Sidi Bouzid", "TN"),
    ("On 2 May 2023, smugglers clashed with the National Guard in Ben Guerdane.", "Ben Guerdane", "TN"),
])
def test_a_town_the_model_takes_for_a_person_after_in_is_the_town(geoparser, text, town, country):
    assert any(t == town and c == country for t, _, c in _places(geoparser, text))


@pytest.mark.parametrize("text", [
    "On 2 May 2023, the minister said he placed his trust in Moussa Faki to broker the talks.",
    "On 2 May 2023, the party's delegates voted in Ahmed Ali as their new chairman.",
])
def test_a_person_after_in_stays_a_person(geoparser, text):
    assert not any(c not in ("", None) and t.split()[0] in ("Moussa", "Ahmed") for t, _, c in _places(geoparser, text))
