"""The halved dev sets' report: the confusion table and the article counts an analyst reads to see
what sitrep confuses, beside the shared scorer's own figures."""
from __future__ import annotations

from sitrep.evaluation.halves import NONE, confidence_pairs, confusion, event_counts, format_confusion, place_figures


def _gold(article, gold_id, event_type):
    return {"article_id": article, "gold_id": gold_id, "event_type": [event_type], "required": True}


def _pred(article, event_id, event_type, confidence=0.5, status="reported"):
    return {"article_id": article, "event_id": event_id, "event_type": event_type, "confidence": confidence,
            "status": status}


GOLD = [_gold("a", "E1", "Riots"), _gold("b", "E1", "Protests"), _gold("c", "E1", "Battles")]
PRED = [_pred("a", "a-1", "Battles", 0.4), _pred("a", "a-2", "Protests", 0.9),  # a riot coded twice, wrongly
        _pred("b", "b-1", "Protests"),  # matched by the scorer
        _pred("c", "c-1", "Battles", status="historical"),  # background is no coded event
        _pred("d", "d-1", "Strategic developments")]  # an article with no gold event


def test_a_missed_event_is_paired_with_the_most_confident_prediction_left_in_its_article():
    table = confusion(GOLD, PRED, matched=[("b-1", ("b", "E1"))])
    assert table[("Protests", "Protests")] == 1
    assert table[("Riots", "Protests")] == 1  # the riot was coded as a protest (0.9 beats 0.4)
    assert table[(NONE, "Battles")] == 1  # the other prediction is an invented event
    assert table[("Battles", NONE)] == 1  # an undated prediction does not stand for the battle
    assert (NONE, "Strat.") not in table  # articles outside the gold are not counted


def test_articles_with_no_event_and_with_several_are_counted_on_dated_events():
    assert event_counts({"a", "b", "c"}, PRED) == (1, 1)


def test_the_table_has_a_row_and_a_column_for_every_acled_type_and_for_none():
    text = format_confusion(confusion(GOLD, PRED, matched=[("b-1", ("b", "E1"))]))
    header, *rows = text.splitlines()
    assert header.split()[-1] == NONE and len(rows) == 7
    riots = next(r for r in rows if r.startswith("Riots"))
    assert riots.split()[1:] == [".", ".", ".", "1", ".", ".", "."]


def _placed(article, event_type, lat, lon, country, confidence=0.5):
    return {**_pred(article, f"{article}-{confidence}", event_type, confidence),
            "location": {"latitude": lat, "longitude": lon, "country": country}}


def test_places_are_judged_by_acleds_radius_on_events_of_the_right_type():
    gold = [{**_gold(a, "E1", "Battles"), "note": "Mali",
             "location": {"latitude": 14.0, "longitude": -4.0, "radius_km": radius}}
            for a, radius in (("near", 25), ("far", 25), ("abroad", 150), ("untyped", 25))]
    pred = [_placed("near", "Battles", 14.1, -4.0, "ML", 0.9),  # 11 km off
            _placed("near", "Battles", 20.0, 10.0, "NE", 0.1),  # less confident: not the one judged
            _placed("far", "Battles", 14.5, -4.0, "ML"),  # 56 km off, outside a town's 25 km
            _placed("abroad", "Battles", 14.0, 4.0, "NE"),  # 863 km off, in another country
            _placed("untyped", "Riots", 14.0, -4.0, "ML")]  # wrong type: not a placement to judge
    figures = place_figures(gold, pred)
    assert figures.type_matched == 3
    assert figures.within_radius == 1 / 3 and figures.wrong_country == 1 / 3
    assert 50 < figures.median_km < 60


def test_the_confidence_ranking_counts_a_matched_event_of_the_wrong_type_as_wrong():
    gold = [{**_gold("a", "E1", "Riots"), "sub_event_type": ["Violent demonstration", "Mob violence"]},
            {**_gold("b", "E1", "Protests"), "sub_event_type": ["Peaceful protest"]}]
    pred = [{**_pred("a", "a-1", "Riots", 0.9), "sub_event_type": "Mob violence"},  # one of the gold's types
            {**_pred("b", "b-1", "Protests", 0.8), "sub_event_type": "Protest with intervention"},  # wrong type
            {**_pred("b", "b-2", "Battles", 0.7), "sub_event_type": "Armed clash"},  # invented
            {**_pred("b", "b-3", "Battles", 0.6, status="historical"), "sub_event_type": "Armed clash"},  # undated
            {**_pred("c", "c-1", "Riots", 0.5), "sub_event_type": "Mob violence"}]  # outside the half
    detail = {"details": [{"article_id": "a", "matched": [["a-1", "E1"]]},
                          {"article_id": "b", "matched": [["b-1", "E1"]]}]}
    assert confidence_pairs(detail, gold, pred, {"a", "b"}) == [(0.9, True), (0.8, False), (0.7, False)]
