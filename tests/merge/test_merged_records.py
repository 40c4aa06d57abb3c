"""Merging reads Events and returns MergedEvents: typed records whose JSON form is an interchange
record with the sources side by side, read back whole by ``MergedEvent.from_dict``."""
from __future__ import annotations

import json
from datetime import date

from sitrep.acled import GeoPrecision, Inter, Status, TimePrecision
from sitrep.merge import MergedEvent, fingerprint, merge_events
from sitrep.types import Actor, Event, Evidence, Place, Source

BODY = ("Government troops broke the siege of Deir ez-Zor on Tuesday, fighting their way through Islamic "
        "State lines to reach a garrison cut off for close to three years, the army said. ")


def report(article: str, published: date, outlet: str, dead: int | None, text: str, lat: float = 35.33588) -> Event:
    return Event(
        article_id=article, event_id=f"{article}-E1", event_type="Battles",
        sub_event_type="Government regains territory", plover_type="ASSAULT",
        actor1=Actor("Military Forces of Syria (2000-)", Inter.STATE_FORCES, text="the army"),
        actor2=Actor("Islamic State (Syria)", Inter.REBEL_GROUP, text="Islamic State"),
        event_date=date(2017, 9, 5), time_precision=TimePrecision.DAY,
        place=Place("Deir ez-Zor", lat, 40.14084, country="SY", admin1="Deir ez-Zor", geo_precision=GeoPrecision.TOWN),
        fatalities=dead, status=Status.REPORTED, outlet=outlet, attributed_to="the army", confidence=0.7,
        evidence=[Evidence("sub_event_type", 17, 22, "broke"), Evidence("fatalities", 40, 45, "dozens")],
        published=published, article_fingerprint=fingerprint(text),
    )


def reports() -> list[Event]:
    return [report("wire", date(2017, 9, 5), "Levant Wire", 12, "Army breaks siege\n\n" + BODY * 2),
            report("courier", date(2017, 9, 6), "Gulf Daily Courier", 12, "Siege lifted\n\n" + BODY * 2),
            report("agence", date(2017, 9, 6), "Agence Levant Presse", 20, "Une autre dépêche. " * 20, lat=35.34)]


def test_a_merged_event_survives_its_json_with_every_source():
    [merged] = merge_events(reports())
    assert isinstance(merged, MergedEvent) and merged.members == ["agence-E1", "courier-E1", "wire-E1"]
    record = merged.to_dict()
    assert list(record)[-5:] == ["published", "merged_id", "sources", "outlets", "source_count"]
    back = MergedEvent.from_dict(json.loads(json.dumps(record, ensure_ascii=False)))
    assert back == merged
    assert back.merged_id == record["event_id"] == record["merged_id"] and back.members == merged.members
    assert back.source_count == 2  # the courier republished the wire
    assert Source("courier", "courier-E1", "Gulf Daily Courier", date(2017, 9, 6), 12, "the army", date(2017, 9, 5),
                  same_text_as="wire") in back.sources
    assert {ev.article_id for ev in back.evidence} <= {"wire", "agence"}  # each quote names its article


def test_records_and_events_merge_alike():
    """An interchange record carrying its article's date and fingerprint merges as its Event does."""
    events = reports()
    records = [dict(e.to_dict(), article_fingerprint=e.article_fingerprint, published=e.published.isoformat())
               for e in events]
    assert [m.to_dict() for m in merge_events(records)] == [m.to_dict() for m in merge_events(events)]
