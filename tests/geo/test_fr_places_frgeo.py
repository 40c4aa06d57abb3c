"""French places (thirty-first session, frgeo): a town's name misspelt by one letter is the town, but only
inside the country the text names; a region of that name abroad does not stop it."""
from __future__ import annotations


def _places(geoparser, text):
    return {t.text: (t.place.name, t.place.country) for t in geoparser.parse(text, "fr") if t.place is not None}


def test_a_town_one_letter_off_in_the_named_province_is_the_town(geoparser):
    text = "Au Nord-Kivu, des miliciens ont pillé lundi un dispensaire à Butenbo."
    assert _places(geoparser, text).get("Butenbo") == ("Butembo", "CD")


def test_a_letter_added_is_the_town_though_a_region_of_the_qualifier_lies_abroad(geoparser):
    text = "Au Cameroun, des inconnus ont incendié mercredi une école à Bamendaa, dans le Nord-Ouest."
    assert _places(geoparser, text).get("Bamendaa") == ("Bamenda", "CM")


def test_a_long_vowel_run_misspelt_is_the_town(geoparser):
    text = "Au Burkina Faso, des assaillants ont tiré vendredi sur un car à Ouahigouyia."
    assert _places(geoparser, text).get("Ouahigouyia", ("", ""))[1] == "BF"


def test_a_misspelling_never_reaches_a_town_of_another_country(geoparser):
    text = "Au Mali, des assaillants ont tiré vendredi sur un car à Butenbo."
    assert _places(geoparser, text).get("Butenbo", ("", ""))[1] != "CD"


def test_a_department_after_a_comma_qualifies_the_unit_before_it(geoparser):
    # the French model tags "département" a verb, which read the chain's next link as a clause of its own
    text = ("Des hommes armés ont enlevé deux commerçants dans l'arrondissement de Batibo, département de la Momo, "
            "région du Nord-Ouest.")
    qualifiers = {t.text: t.qualifier for t in geoparser.parse(text, "fr")}
    assert qualifiers.get("Batibo") is False and qualifiers.get("Momo") is True


def test_a_department_of_niger_named_after_its_region_is_at_its_seat_not_the_regions_middle(geoparser):
    text = "Des bandits ont tué trois éleveurs dans la commune rurale de Kourfeye-Sud, département de Tahoua."
    place = next((t.place for t in geoparser.parse(text, "fr") if t.text == "Tahoua"), None)
    assert place is not None and place.country == "NE" and place.feature != "admin1"
    assert abs(place.lat - 14.89) < 0.2 and abs(place.lon - 5.26) < 0.2


def test_a_department_of_benin_is_still_its_region(geoparser):
    text = "Des hommes armés ont attaqué un poste de police dans le département de l'Alibori."
    place = next((t.place for t in geoparser.parse(text, "fr") if t.text == "Alibori"), None)
    assert place is not None and place.country == "BJ"
