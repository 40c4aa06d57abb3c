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


def test_arabic_and_joins_a_districts_name(geoparser):
    """"Sanhan wa Bani Bahlul": a Yemeni district's name runs over its "wa" ("and"); read whole, the
    unknown village before it is placed in the district, and no word of it alone goes abroad."""
    found = _parsed(geoparser, "On 6 January 2022, air raids targeted Qaryat Zubayd (Sanhan wa Bani Bahlul, Sanaa).")
    assert found["Sanhan wa Bani Bahlul"].place.feature == "admin2"
    assert all(t.place is None or t.place.country == "YE" for t in found.values())  # no "Bani" read as Baneh, Iran


def test_a_municipality_written_with_a_lowercase_prefix_is_a_name(geoparser):
    """"(eThekwini, KwaZulu-Natal)": South Africa's metros are written with a lowercase prefix; the
    township before it lies in Durban, not at the province's middle."""
    found = _parsed(geoparser, "On 10 June 2022, students barricaded the street in Zwelitsha Park "
                               "(eThekwini, KwaZulu-Natal) over exam postponement.")
    assert found["eThekwini"].place is not None and found["eThekwini"].place.name == "Durban"


def test_unit_word_after_a_name_the_model_mistags_announces_it(geoparser):
    """"the Batifa area Kani Masi district in Duhok province": the model tags the district's name as a
    product; the unit word after it says it is a place, as "in" before it would."""
    found = _parsed(geoparser, "On 27 June 2022, Turkish drones struck PKK positions in the Batifa area Kani Masi "
                               "district in Duhok province. Casualties unknown.")
    assert found.get("Kani Masi") is not None and found["Kani Masi"].place is not None
    assert found["Kani Masi"].place.country == "IQ"
