"""The ACLED CSV as an analyst loads it: pandas, ACLED's columns filled where the data allows, in
ACLED's spellings and codes, and a count of what was written and what was left out and why."""
from __future__ import annotations

import re
import time

import pandas as pd
import pytest

from sitrep.export.acled_columns import ACLED_COLUMNS
from tests.conftest import run_sitrep
from tests.export.conftest import WIRE_URL, export

INTEGER_COLUMNS = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                   "fatalities", "timestamp", "geonameid")
NOTE = re.compile(r"^(On|Around) \d{1,2} [A-Z][a-z]+ \d{4}, .+\.$|^In [A-Z][a-z]+ \d{4}, .+\.$")


@pytest.fixture(scope="module")
def acled(store, tmp_path_factory) -> pd.DataFrame:
    return pd.read_csv(export(store, "acled-csv", tmp_path_factory.mktemp("acled")))


def test_integer_columns_stay_integers_and_every_row_has_a_date_and_actor1(acled):
    assert list(acled.columns[:31]) == ACLED_COLUMNS
    for column in INTEGER_COLUMNS:
        assert pd.api.types.is_integer_dtype(acled[column]), (column, acled[column].dtype)
    assert acled["event_date"].notna().all() and acled["actor1"].notna().all()
    assert (pd.to_datetime(acled["event_date"]).dt.year == acled["year"]).all()


def test_interaction_is_acleds_two_digit_code(acled):
    assert (acled["interaction"] >= 10).all()
    assert {12, 37, 60} <= set(acled["interaction"])
    protest = acled[acled["sub_event_type"] == "Peaceful protest"].iloc[0]
    assert protest["inter1"] == 6 and protest["inter2"] == 0 and protest["interaction"] == 60
    assert protest["tags"] == "crowd size=no report"
    attack = acled[acled["actor2"] == "Civilians (Democratic Republic of Congo)"].iloc[0]
    assert attack["interaction"] == 37 and attack["civilian_targeting"] == "Civilian targeting"


def test_places_take_acleds_region_and_one_english_spelling(acled):
    drc = acled[acled["country"] == "Democratic Republic of Congo"]
    assert set(drc["region"]) == {"Middle Africa"}
    assert "North Kivu" in set(drc["admin1"]) and not {"Nord-Kivu", "Nord Kivu"} & set(drc["admin1"])
    assert set(drc.loc[drc["location"] == "Beni", "admin2"]) == {"Beni"}
    beirut = acled[acled["location"] == "Beirut"].iloc[0]
    assert beirut["admin1"] == "Beirut" and beirut["region"] == "Middle East" and beirut["iso"] == 422
    syria = acled[acled["country"] == "Syria"]
    assert set(syria["admin1"]) == {"Deir-ez-Zor"} and set(syria["region"]) == {"Middle East"}


def test_sources_are_joined_with_their_scale_and_the_time_of_coding(acled):
    beni = acled[(acled["location"] == "Beni") & (acled["event_date"] == "2024-05-07")].iloc[0]
    assert beni["source"] == "AFP; Radio Okapi"
    assert beni["source_scale"] == "National-International"
    assert WIRE_URL in beni["source_url"].split("; ")
    now = time.time()
    assert (acled["timestamp"] > now - 86400).all() and (acled["timestamp"] <= now + 60).all()


def test_notes_are_one_sentence_written_from_the_coded_fields(acled):
    assert acled["notes"].map(lambda n: bool(NOTE.match(n))).all()
    beni = acled[(acled["location"] == "Beni") & (acled["event_date"] == "2024-05-07")].iloc[0]
    assert beni["notes"] == ("On 7 May 2024, Military Forces of the Democratic Republic of Congo (2019-) clashed "
                             "with ADF: Allied Democratic Forces in Beni (North Kivu). 3 fatalities.")
    regained = acled[acled["sub_event_type"] == "Government regains territory"].iloc[0]
    assert regained["notes"].startswith("On 5 September 2017, Military Forces of Syria (2000-) regained territory "
                                        "from Islamic State (Syria) in Deir ez-Zor")


def test_export_says_what_it_wrote_and_why_it_left_the_rest_out(store, tmp_path, acled):
    out = tmp_path / "events.csv"
    proc = run_sitrep("export", "--db", str(store[0]), "--format", "acled-csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    said = proc.stderr.decode()
    m = re.search(r"(\d+) of (\d+) merged events written; (\d+) left out: (.+)", said)
    assert m, said
    written, total, left = int(m[1]), int(m[2]), int(m[3])
    assert written == len(acled) and written + left == total
    reasons = dict((why, int(n)) for n, why in re.findall(r"(\d+) ([^,]+)", m[4]))
    assert reasons["no date"] >= 1 and reasons["no actor1"] >= 1 and sum(reasons.values()) == left
