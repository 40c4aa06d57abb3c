"""Each record has one JSON form: ``to_dict`` writes it (for an Event, the interchange record every
export and the store keep), ``from_dict`` reads it back with every field it holds."""
from __future__ import annotations

import json
from datetime import date

import pytest

from sitrep.acled import GeoPrecision, Inter, Status, TimePrecision
from sitrep.export import to_record
from sitrep.ingest import read_inputs
from sitrep.types import Actor, Article, Event, Evidence, Place
from tests.conftest import ROOT

INTERCHANGE_KEYS = ["article_id", "event_id", "event_type", "sub_event_type", "plover_type", "plover_mode",
                    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "event_date", "time_precision",
                    "location", "fatalities", "status", "source", "evidence", "confidence", "why"]


def every_field() -> Event:
    """An event with every field of the interchange record set, and none to its default."""
    return Event(
        article_id="wire-1", event_id="wire-1-E2", event_type="Battles", sub_event_type="Armed clash",
        plover_type="ASSAULT", plover_mode="firearms",
        actor1=Actor("Military Forces of Mali (2021-)", Inter.STATE_FORCES, text="l'armée malienne"),
        actor2=Actor("Jama'at Nasr al-Islam wal Muslimin", Inter.REBEL_GROUP, text="jihadistes"),
        assoc_actor_1=[Actor("Wagner Group", Inter.EXTERNAL_FORCES, text="Wagner")],
        assoc_actor_2=[Actor("Civilians (Mali)", Inter.CIVILIANS, text="villageois")],
        event_date=date(2024, 3, 11), time_precision=TimePrecision.WEEK,
        place=Place("near Boulkessi", 15.06012, -1.95348, country="ML", admin1="Mopti",
                    geo_precision=GeoPrecision.NEAR, uncertainty_km=12.5),
        fatalities=7, status=Status.ONGOING, attributed_to="une source sécuritaire", outlet="Le Sahel",
        confidence=0.8, evidence=[Evidence("sub_event_type", 10, 23, "affrontements"),
                                  Evidence("actor1", 30, 46, "l'armée malienne"),
                                  Evidence("actor2", 60, 70, "jihadistes", basis="side rule labels_stand_for_groups")],
        why={"trigger": "affrontements", "trigger_kind": "armed_clash", "kind": "armed_clash", "joined": [],
             "mentions": 1, "side_rules": ["labels_stand_for_groups (actor2)"]},
    )


def _again(record: dict) -> dict:
    """A record as it comes back from a file or the store."""
    return json.loads(json.dumps(record, ensure_ascii=False))


def test_every_field_of_an_event_survives_its_interchange_record():
    event = every_field()
    record = event.to_dict()
    assert list(record) == INTERCHANGE_KEYS
    back = Event.from_dict(_again(record))
    assert back == event
    assert json.dumps(back.to_dict(), ensure_ascii=False) == json.dumps(record, ensure_ascii=False)
    # the codes come back as ACLED's, not as bare numbers and strings
    assert back.actor1.inter is Inter.STATE_FORCES and back.assoc_actor_2[0].inter is Inter.CIVILIANS
    assert back.time_precision is TimePrecision.WEEK and back.status is Status.ONGOING
    assert back.place.geo_precision is GeoPrecision.NEAR and back.event_date == date(2024, 3, 11)


def test_an_unknown_status_or_code_is_refused_not_carried():
    record = every_field().to_dict()
    with pytest.raises(ValueError):
        Event.from_dict(dict(record, status="rumoured"))
    with pytest.raises(ValueError):
        Event.from_dict(dict(record, time_precision=4))


def test_every_field_of_an_article_survives_its_json():
    article = Article("sahel-1", "Texte de l'article.", "fr", date(2024, 3, 13), "Le Sahel", "Un titre",
                      "https://example.org/a", "inbox/sahel-1.txt")
    assert Article.from_dict(_again(article.to_dict())) == article


@pytest.fixture(scope="module")
def coded(shared, pipeline) -> list[Event]:
    inputs = [str(shared / "seed" / "deir-ez-zor.txt"), str(ROOT / "examples")]
    return [e for a in read_inputs(inputs, "2017-09-06", None, 5_000_000) for e in pipeline.code(a)]


def test_coded_events_read_back_write_the_same_bytes(coded):
    """What the store keeps and exports write again is what coding wrote first."""
    assert len(coded) > 5
    for event in coded:
        first = json.dumps(to_record(event), ensure_ascii=False)
        assert json.dumps(Event.from_dict(_again(event.to_dict())).to_dict(), ensure_ascii=False) == first


def test_an_inferred_field_says_so_and_a_read_one_does_not():
    read, inferred = every_field().to_dict()["evidence"][1:]
    assert "inferred" not in read and "basis" not in read
    assert inferred["inferred"] is True and inferred["basis"].startswith("side rule")
    assert Evidence.from_dict(_again(inferred)).inferred
