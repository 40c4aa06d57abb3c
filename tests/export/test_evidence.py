"""Every coded field of a record cites the text behind it; a field inferred from the article says so and
says from what; each record says why it was coded (trigger, kind, the rules that set its sides)."""
from __future__ import annotations

import json


def _coded_fields(r: dict) -> list[str]:
    """The fields a record codes from the text: the ones an analyst checks against it."""
    fields = ["event_type", "status"] if r["event_type"] else ["status"]
    fields += [f for f in ("sub_event_type", "actor1", "actor2", "event_date", "location") if r[f]]
    fields += ["assoc_actor_1"] if r["assoc_actor_1"] else []
    fields += ["fatalities"] if r["fatalities"] is not None else []
    fields += ["source"] if r["source"]["attributed_to"] else []
    return fields


def test_every_coded_field_has_its_span(seed_records, shared):
    text = (shared / "seed" / "deir-ez-zor.txt").read_text(encoding="utf-8")
    _, records = seed_records
    for r in records:
        cited = {ev["field"] for ev in r["evidence"]}
        assert set(_coded_fields(r)) <= cited, (r["event_id"], set(_coded_fields(r)) - cited)
        for ev in r["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]


def test_a_side_filled_in_from_the_article_cites_where_the_article_names_it(seed_records):
    _, records = seed_records
    main = next(r for r in records if r["sub_event_type"] == "Government regains territory")
    assert main["actor2"]["name"] == "Islamic State (Syria)" and main["actor2"]["text"]
    ev = next(ev for ev in main["evidence"] if ev["field"] == "actor2")
    assert ev["inferred"] is True and ev["text"] == main["actor2"]["text"]
    assert "state_fights_the_main_group" in ev["basis"]
    read = next(ev for ev in main["evidence"] if ev["field"] == "actor1")
    assert "inferred" not in read  # "troupes de l'armée syrienne" is read, not inferred


def test_each_record_says_why_it_was_coded(seed_records):
    _, records = seed_records
    main = next(r for r in records if r["sub_event_type"] == "Government regains territory")
    why = main["why"]
    assert why["trigger"] and why["kind"] == why["trigger_kind"] == "territory_gain"
    assert "state_fights_the_main_group (actor2)" in why["side_rules"]
    assert "Deir ez-Zor" in why["place_rule"]  # the geoparser's reason chain: which name, why that place
    assert json.loads(json.dumps(why)) == why


def test_a_record_with_inferred_evidence_and_its_why_is_a_valid_interchange_record(seed_records, shared):
    import jsonschema

    schema = json.loads((shared / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    _, records = seed_records
    for r in records:
        jsonschema.validate(r, schema)
