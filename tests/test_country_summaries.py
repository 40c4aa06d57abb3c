"""A long report's event placed no finer than its country is dropped as the report's summary, unless its
sentence names a place no table holds: an attack on a village the gazetteer lacks is news all the same."""
from __future__ import annotations

from datetime import date

from tests.extract.reports import news_of

LONG_REPORT = (
    "Des hommes armés ont attaqué lundi le village de Kourabangou, dans le sud-ouest du Niger, tuant onze "
    "civils, d'après des habitants. Les assaillants sont arrivés à moto en début d'après-midi. Ils ont "
    "brûlé plusieurs greniers avant de repartir vers la frontière. Les blessés ont été transportés vers "
    "l'hôpital régional. Le gouverneur s'est rendu sur place mardi. Il a promis des renforts. La zone est "
    "souvent visée par des groupes armés. Les habitants réclament plus de protection. Une enquête a été "
    "ouverte.")
SUMMARY = (
    "Le Niger fait face à des violences depuis des années. Des hommes armés ont tué lundi des civils au Niger, "
    "affirme un rapport. Les assaillants sont arrivés à moto en début d'après-midi. Ils ont brûlé plusieurs "
    "greniers avant de repartir vers la frontière. Le gouverneur s'est rendu sur place mardi. Il a promis des "
    "renforts. La zone est souvent visée par des groupes armés. Les habitants réclament plus de protection. "
    "Une enquête a été ouverte.")


def test_an_attack_on_a_village_no_table_holds_is_kept(pipeline):
    [event] = news_of(pipeline, LONG_REPORT, "fr", date(2025, 11, 19))
    assert (event.sub_event_type, event.fatalities, event.place.country) == ("Attack", 11, "NE")


def test_a_long_reports_country_summary_is_dropped(pipeline):
    assert [e for e in news_of(pipeline, SUMMARY, "fr", date(2025, 11, 19)) if e.place.feature == "country"] == []
