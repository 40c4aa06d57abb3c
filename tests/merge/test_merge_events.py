"""merge_events on hand-built interchange records: what an analyst relies on when reports of one
event from several outlets become one merged event, and reports of other events stay apart."""
from __future__ import annotations

import pytest

from sitrep.errors import SitrepError
from sitrep.merge import MergedEvent, fingerprint, merge_events, same_text

SYRIA = {"name": "Military Forces of Syria (2000-)", "text": "l'armée syrienne", "inter": 1}
IS = {"name": "Islamic State (Syria)", "text": "Daech", "inter": 2}
CIVILIANS = {"name": "Civilians (Syria)", "text": "civilians", "inter": 7}
DEIR = (35.33588, 40.14084)
MAYADIN = (35.01982, 40.45154)  # 45 km down the Euphrates


def event(article: str, n: int = 1, *, place: str = "Deir ez-Zor", at=DEIR, day: str | None = "2017-09-05",
          precision: int | None = 1, status: str = "reported", etype: str | None = "Battles",
          sub: str | None = "Government regains territory", plover: str = "ASSAULT", actor1=SYRIA, actor2=IS,
          dead: int | None = None, outlet: str | None = None, said_by: str | None = None,
          text: str | None = None, published: str | None = "2017-09-06", geo_precision: int = 1,
          uncertainty: float | None = None) -> dict:
    """One per-article event record as sitrep.export.to_record writes it, with what merging adds."""
    location = None if at is None else {
        "name": place, "country": "SY", "admin1": "Deir ez-Zor", "latitude": at[0], "longitude": at[1],
        "geo_precision": geo_precision, "uncertainty_km": uncertainty}
    return {
        "article_id": article, "event_id": f"{article}-E{n}", "event_type": etype, "sub_event_type": sub,
        "plover_type": plover, "plover_mode": None, "actor1": actor1, "assoc_actor_1": [], "actor2": actor2,
        "assoc_actor_2": [], "event_date": day, "time_precision": precision, "location": location,
        "fatalities": dead, "status": status, "source": {"outlet": outlet or article, "attributed_to": said_by},
        "evidence": [{"field": "sub_event_type", "start": 0, "end": 5, "text": f"trigger {n}"}],
        "confidence": 0.7, "article_fingerprint": fingerprint(text or f"{article} " * 50),
        "published": published,
    }


def groups(merged: list[MergedEvent]) -> list[set[str]]:
    return [set(m.members) for m in merged]


def test_one_event_told_in_two_languages_and_spellings_is_one_merged_event():
    en = event("wire-en", place="Deir al-Zour", dead=12, outlet="Levant Wire", said_by="the Observatory")
    fr = event("agence-fr", place="Deir Ezzor", at=(35.34, 40.15), dead=20, outlet="Agence Levant Presse",
               said_by="une source militaire")
    [merged] = merge_events([en, fr])
    assert set(merged.members) == {en["event_id"], fr["event_id"]}
    claims = {s["article_id"]: (s["outlet"], s["fatalities"], s["attributed_to"], s["event_date"])
              for s in merged.record["sources"]}
    assert claims == {"wire-en": ("Levant Wire", 12, "the Observatory", "2017-09-05"),
                      "agence-fr": ("Agence Levant Presse", 20, "une source militaire", "2017-09-05")}
    assert merged.record["fatalities"] == 12  # the lowest figure, as ACLED codes
    assert merged.record["merged_id"] == merged.merged_id
    assert merged.record["event_date"] == "2017-09-05" and merged.record["status"] == "reported"


def test_folded_place_names_merge_points_the_gazetteers_put_apart():
    """One town given two points (12 km apart) under two spellings is still one place."""
    a = event("a", place="Deir ez-Zor")
    b = event("b", place="Deir Ezzor", at=(35.44, 40.14))
    assert groups(merge_events([a, b])) == [{a["event_id"], b["event_id"]}]


def test_same_day_same_kind_in_a_town_40_km_away_stays_apart():
    city = event("a")
    other_town = event("b", place="Mayadin", at=MAYADIN)
    assert len(merge_events([city, other_town])) == 2


def test_a_relative_place_keeps_its_uncertainty():
    """'35-40 km south of the city' (uncertainty 14 km) is not the city itself; 'near the city' is."""
    city = event("a")
    south = event("b", place="35-40 km S of Deir ez-Zor", at=(34.99863, 40.14084), geo_precision=2,
                  uncertainty=14.4)
    near = event("c", place="near Deir ez-Zor", at=(35.36, 40.19), geo_precision=2)
    assert groups(merge_events([city, south, near])) == [{"a-E1", "c-E1"}, {"b-E1"}]


def test_next_day_at_the_same_place_is_another_event():
    tuesday = event("a", day="2017-09-05")
    wednesday = event("b", day="2017-09-06")
    assert len(merge_events([tuesday, wednesday])) == 2


def test_a_different_kind_of_event_at_the_same_place_and_day_stays_apart():
    battle = event("a")
    shelling = event("b", etype="Explosions/Remote violence", sub="Shelling/artillery/missile attack",
                     actor1=IS, actor2=CIVILIANS, dead=4)
    aid = event("c", etype=None, sub=None, plover="AID", actor1=None, actor2=CIVILIANS)
    assert len(merge_events([battle, shelling, aid])) == 3


def test_week_precision_merges_with_a_day_in_that_week_but_does_not_chain_two_days():
    monday = event("a", day="2017-09-04")
    tuesday = event("b", day="2017-09-05")
    this_week = event("c", day="2017-09-06", precision=2, published="2017-09-06")
    merged = merge_events([monday, tuesday, this_week])
    assert len(merged) == 2
    assert {"c-E1"} not in groups(merged)  # it joined one of the two days...
    assert all(not {"a-E1", "b-E1"} <= g for g in groups(merged))  # ...never both
    joined = next(m for m in merged if "c-E1" in m.members)
    assert joined.record["time_precision"] == 1  # the date of the most precise report


def test_a_week_precise_report_never_reaches_after_its_publication():
    later = event("a", day="2017-09-08", published="2017-09-08")
    this_week = event("b", day="2017-09-05", precision=2, published="2017-09-05")
    assert len(merge_events([later, this_week])) == 2


def test_month_precision_merges_within_the_month_only():
    day = event("a", day="2017-09-28")
    september = event("b", day="2017-09-15", precision=3, published="2017-09-30")
    october = event("c", day="2017-10-15", precision=3, published="2017-10-30")
    assert groups(merge_events([day, september, october])) == [{"a-E1", "b-E1"}, {"c-E1"}]


def test_a_republished_text_counts_as_one_source():
    body = ("Syrian government troops broke the siege of Deir ez-Zor on Tuesday, fighting their way through "
            "Islamic State lines to reach a garrison cut off for close to three years, the army said.")
    original = event("wire", dead=12, outlet="Levant Wire", text="Army breaks siege\n\n" + body,
                     published="2017-09-05")
    copy = event("courier", dead=12, outlet="Gulf Daily Courier", text="Blockade lifted\n\n" + body,
                 published="2017-09-06", day="2017-09-06")  # "Tuesday" read from a day later
    other = event("agence", dead=20, outlet="Agence Levant Presse", text="Une autre dépêche, en français.")
    [merged] = merge_events([original, copy, other])
    assert merged.record["source_count"] == 2
    assert merged.record["outlets"] == ["Agence Levant Presse", "Gulf Daily Courier", "Levant Wire"]
    copies = {s["article_id"]: s.get("same_text_as") for s in merged.record["sources"]}
    assert copies == {"wire": None, "courier": "wire", "agence": None}
    assert merged.record["event_date"] == "2017-09-05"  # the original's reading, not the copy's


def test_a_copy_merges_even_when_its_events_cannot_be_paired_with_the_original():
    body = "Islamic State mortar rounds hit government-held districts of the city, killing four civilians. " * 3
    original = event("wire", text=body, published="2017-09-06")
    copy = event("courier", text="Mortars hit the city\n\n" + body, published="2017-09-06")
    copy["evidence"] = []  # e.g. a record from another coder, with no spans to compare
    other = event("agence", published="2017-09-06")
    [merged] = merge_events([original, copy, other])
    assert merged.record["source_count"] == 2


def test_a_report_without_place_merges_only_when_both_sides_agree():
    placed = event("a")
    both_sides = event("b", at=None)
    one_side = event("c", at=None, actor2=None)
    assert groups(merge_events([placed, both_sides])) == [{"a-E1", "b-E1"}]
    assert len(merge_events([placed, one_side])) == 2


def test_two_events_of_one_article_never_merge():
    first = event("a", n=1, sub="Armed clash")
    second = event("a", n=2)
    assert len(merge_events([first, second])) == 2


def test_historical_planned_and_negated_never_merge_with_the_dated_report():
    report = event("a")
    background = event("b", status="historical", day=None, precision=None)
    plan = event("c", status="planned", day=None, precision=None)
    denial = event("d", status="negated", day=None, precision=None)
    merged = merge_events([report, background, plan, denial])
    assert len(merged) == 4
    assert next(m for m in merged if "b-E1" in m.members).record["event_date"] is None


def test_a_recap_a_week_later_with_the_date_merges_with_the_first_reports():
    first = event("wire", dead=12, published="2017-09-05")
    recap = event("recap", published="2017-09-13", said_by=None)
    next_week = event("recap", n=2, day="2017-09-12", sub="Armed clash", published="2017-09-13")
    assert groups(merge_events([first, recap, next_week])) == [{"wire-E1", "recap-E1"}, {"recap-E2"}]


def test_different_actors_on_both_sides_stay_apart():
    army_vs_is = event("a")
    rebels_vs_kurds = event("b", sub="Armed clash", actor1={"name": "Free Syrian Army", "inter": 2},
                            actor2={"name": "Syrian Democratic Forces", "inter": 2})
    assert len(merge_events([army_vs_is, rebels_vs_kurds])) == 2


def test_sides_of_a_battle_may_be_named_in_either_order():
    a = event("a", sub="Armed clash")
    b = event("b", sub="Armed clash", actor1=IS, actor2=SYRIA)
    assert len(merge_events([a, b])) == 1


def test_locked_groups_are_respected():
    a, b, c = event("a"), event("b"), event("c")
    far = event("far", place="Mayadin", at=MAYADIN)
    # an analyst split a from b: they stay apart, though c may still join one of them
    split = groups(merge_events([a, b, c], locked=[["a-E1"], ["b-E1"]]))
    assert not any({"a-E1", "b-E1"} <= g for g in split)
    assert sum(len(g) for g in split) == 3 and len(split) == 2
    # an analyst merged a with an event merging would keep apart: they stay together
    assert {"a-E1", "far-E1"} in groups(merge_events([a, far], locked=[["a-E1", "far-E1"]]))


def test_a_copy_follows_its_original_into_a_locked_group():
    body = "Government troops broke the siege of the eastern city on Tuesday after heavy fighting. " * 3
    original = event("wire", text=body, published="2017-09-05")
    copy = event("courier", text=body, published="2017-09-06", day="2017-09-06")
    analyst = merge_events([original, copy], locked=[["wire-E1"]])
    assert groups(analyst) == [{"wire-E1", "courier-E1"}]


def ids(merged: list[MergedEvent]) -> dict[str, str]:
    """event id -> merged id: what the store keeps of one merge for the next."""
    return {e: m.merged_id for m in merged for e in m.members}


def test_a_new_merged_event_is_named_after_its_earliest_report_whatever_the_order():
    a, b = event("a"), event("b", dead=3, published="2017-09-07")
    first = merge_events([a, b])[0].merged_id
    assert merge_events([b, a])[0].merged_id == first
    assert merge_events([a])[0].merged_id == first  # a later report joining does not rename it
    assert merge_events([b])[0].merged_id != first


def test_an_event_keeps_its_id_as_reports_join_and_leave():
    a, b, c = event("a", published="2017-09-05"), event("b"), event("c")
    (first,) = merge_events([b, c])
    (grown,) = merge_events([a, b, c], previous=ids([first]))  # an earlier report, coded later
    assert grown.merged_id == first.merged_id and len(grown.members) == 3
    (shrunk,) = merge_events([a, c], previous=ids([grown]))
    assert shrunk.merged_id == first.merged_id


def test_events_found_to_be_one_keep_the_id_with_most_reports_then_the_older_one():
    a, b, c = event("a", published="2017-09-05"), event("b"), event("c")
    assert merge_events([a, b, c], previous={"a-E1": "M-p", "b-E1": "M-q", "c-E1": "M-q"})[0].merged_id == "M-q"
    assert merge_events([a, b, c], previous={"a-E1": "M-p", "b-E1": "M-q"})[0].merged_id == "M-p"


def test_a_split_keeps_the_id_on_the_larger_part_and_names_the_other_anew():
    a, b, c = event("a"), event("b"), event("c")
    (whole,) = merge_events([a, b, c])  # named after a, its earliest report
    parts = merge_events([a, b, c], locked=[["a-E1"], ["b-E1", "c-E1"]], previous=ids([whole]))
    assert {frozenset(m.members): m.merged_id for m in parts}[frozenset({"b-E1", "c-E1"})] == whole.merged_id
    assert len({m.merged_id for m in parts}) == 2
    even = merge_events([a, b], locked=[["a-E1"], ["b-E1"]], previous={"a-E1": "M-p", "b-E1": "M-p"})
    assert [(m.members, m.merged_id) for m in even if m.merged_id == "M-p"] == [(["a-E1"], "M-p")]


def test_an_id_carried_by_no_group_is_never_given_to_another_event():
    a = event("a")
    named = merge_events([a])[0].merged_id
    (again,) = merge_events([a], previous={"gone-E1": named})
    assert again.merged_id != named


def test_bad_records_get_one_clear_error():
    with pytest.raises(SitrepError, match=r"E020.*event_id"):
        merge_events([{"article_id": "a"}])
    with pytest.raises(SitrepError, match=r"E020.*a-E1.*event_date '5 Sept' is not YYYY-MM-DD"):
        merge_events([event("a", day="5 Sept")])
    with pytest.raises(SitrepError, match="E021"):
        merge_events([event("a"), event("a")])
    with pytest.raises(SitrepError, match=r"E022.*a-E1"):
        merge_events([event("a"), event("b")], locked=[["a-E1"], ["a-E1", "b-E1"]])


def test_fingerprint_finds_republications_not_other_reports(repo_root):
    folder = repo_root / "eval" / "merge_cluster"
    read = lambda name: (folder / name).read_text(encoding="utf-8")  # noqa: E731
    original = fingerprint(read("lw-20170905-siege.txt"))
    assert same_text(original, fingerprint(read("gdc-20170906-siege-copy.txt")))  # new headline, same body
    for other in ("eh-20170906-aid.txt", "lw-20170906-shelling.txt", "alp-20170905-siege.txt"):
        assert not same_text(original, fingerprint(read(other))), other
    assert not same_text(original, "")


def test_fingerprint_survives_a_cut_paragraph_and_a_credit_line(repo_root):
    text = (repo_root / "eval" / "merge_cluster" / "lw-20170905-siege.txt").read_text(encoding="utf-8")
    cut = "\n\n".join(text.split("\n\n")[:-1]) + "\n\n(Reporting by our correspondent; editing by the desk)"
    assert same_text(fingerprint(text), fingerprint(cut))



def test_fingerprints_stay_comparable_with_stored_ones():
    """The store keeps fingerprints: a change of hash functions would silently split copies."""
    assert fingerprint("Troops broke the siege of the city on Tuesday.")[:24] == "9adccdf2cb8f786547287449"


def test_a_cluster_index_line_without_its_text_file_is_named(tmp_path):
    from sitrep.evaluation.merge_corpus import read_cluster

    (tmp_path / "articles.jsonl").write_text('{"article_id": "a1", "published": "2017-09-05"}\n', encoding="utf-8")
    with pytest.raises(SitrepError, match=r"E009.*articles.jsonl.*line 1.*text_file"):
        read_cluster(tmp_path)


def test_a_night_told_by_one_outlet_meets_the_morning_after_another_gives():
    """"Dans la nuit de samedi à dimanche" is coded to the Saturday, "early on Sunday" to the Sunday:
    one attack, whichever day each outlet names."""
    night = dict(event("nuit", day="2017-09-02", published="2017-09-04"), why={"date_spans_night": True})
    morning = event("morning", day="2017-09-03", published="2017-09-03")
    assert groups(merge_events([night, morning])) == [{"nuit-E1", "morning-E1"}]


def test_a_night_reaches_only_the_next_day_and_not_past_publication():
    night = dict(event("nuit", day="2017-09-02", published="2017-09-02"), why={"date_spans_night": True})
    sunday = event("sunday", day="2017-09-03", published="2017-09-04")
    monday = event("monday", day="2017-09-04", published="2017-09-05")
    saturday = event("saturday", day="2017-09-02", published="2017-09-04")
    assert len(merge_events([night, sunday])) == 2  # told on Saturday: the night had not yet ended
    assert len(merge_events([dict(night, published="2017-09-03"), monday])) == 2
    assert len(merge_events([event("a", day="2017-09-02"), event("b", day="2017-09-03")])) == 2
    assert len(merge_events([night, saturday])) == 1
