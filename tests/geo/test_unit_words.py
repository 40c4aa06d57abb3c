"""Names written with their unit word in capitals ("Gusau LGA (Zamfara)") and the place a note
names with its units (issue 14, sixth session). Sentences are invented; the places are well known."""
from __future__ import annotations


def _parsed(geoparser, text: str):
    return {t.text: t for t in geoparser.parse(text, "en", bound=True) if not t.relative}


def test_name_with_capital_unit_word_the_model_takes_for_a_person(geoparser):
    """"Tudun Wada, Gusau LGA (Zamfara)": the model tags "Gusau LGA" as a person; the LGA's town stands."""
    found = _parsed(geoparser, "On 7 February 2022, gunmen abducted eight women from Tudun Wada, Gusau LGA (Zamfara).")
    assert found.get("Gusau") is not None and found["Gusau"].place is not None
    assert found["Gusau"].place.country == "NG"


def test_capital_unit_word_before_a_bracket_keeps_the_chain(geoparser):
    """"Gusau LGA (Zamfara)": Zamfara qualifies Gusau, as it would right after the name."""
    found = _parsed(geoparser, "On 7 February 2022, gunmen abducted eight women from Gusau LGA (Zamfara).")
    assert found["Zamfara"].qualifier
    assert found["Gusau"].place.name == "Gusau"
