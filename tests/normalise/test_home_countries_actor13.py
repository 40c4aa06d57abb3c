"""A party, a union or an armed group that acts in one country only binds a note's places to that country
(``normalise/data/home_countries.tsv``), as the parties listed before did (session actor13). Sentences invented
for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import news_of

DAY = date(2024, 5, 2)


@pytest.mark.parametrize("text,country", [
    # South Africa's Newcastle, not Australia's bigger one
    ("On 1 May 2024, ANC supporters threw stones at police in Newcastle.", "ZA"),
    # Sindh's Hyderabad, not India's bigger one
    ("On 1 May 2024, PPP workers protested in Hyderabad over power cuts.", "PK"),
    # India's Punjab, not Pakistan's
    ("On 1 May 2024, SKM farmers held a sit-in at a toll plaza in Punjab over crop prices.", "IN"),
])
def test_a_partys_country_places_its_crowd(pipeline, text, country):
    [event] = news_of(pipeline, text, "en", DAY)
    assert event.place.country == country


def test_a_big_city_abroad_stays_abroad(pipeline):
    """Must not fire: a party's crowd abroad in a city big enough to be news by its name stays there."""
    [event] = news_of(pipeline, "On 1 May 2024, AAP supporters rallied outside the embassy in London.", "en", DAY)
    assert event.place.country == "GB"


def test_every_home_country_row_names_a_known_actor():
    import csv
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "sitrep" / "normalise" / "data"
    names = {json.loads(line)["name"] for line in (data / "actors.jsonl").read_text(encoding="utf-8").splitlines()}
    with (data / "home_countries.tsv").open(encoding="utf-8") as fh:
        rows = [r["name"] for r in csv.DictReader(fh, delimiter="\t")]
    assert not set(rows) - names and len(rows) == len(set(rows))
