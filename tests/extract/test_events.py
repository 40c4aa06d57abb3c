"""Events from short articles written for these tests: arguments, ACLED rules, status and dates."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated




def test_passive_agent_is_actor1_and_civilians_make_it_an_attack(pipeline):
    text = "Au Mali, cinq civils ont été tués lundi par des hommes armés près de Gao."
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.sub_event_type == "Attack" and e.event_type == "Violence against civilians"
    assert e.actor1.name == "Unidentified Armed Group (Mali)"
    assert e.actor2.name == "Civilians (Mali)"
    assert e.fatalities == 5 and e.event_date == date(2024, 3, 11)


def test_air_support_folds_into_the_battle_as_an_associated_actor(pipeline):
    text = ("L'armée syrienne, appuyée par l'aviation russe, a repris mardi la ville de Palmyre à l'État "
            "islamique. Des frappes aériennes russes ont accompagné l'offensive.")
    events = _dated(_code(pipeline, text, "fr", date(2016, 3, 30)))
    assert len(events) == 1
    [e] = events
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1.name == "Military Forces of Syria (2000-)"
    assert e.actor2.name == "Islamic State (Syria)"
    assert "Military Forces of Russia (2000-)" in [a.name for a in e.assoc_actor_1]
    assert e.event_date == date(2016, 3, 29)


def test_background_plans_and_denials_are_not_dated(pipeline):
    text = ("Depuis le début de la guerre, les rebelles ont détruit des dizaines d'écoles. "
            "L'armée devrait lancer une offensive la semaine prochaine. "
            "La police n'a pas arrêté les suspects.")
    events = _code(pipeline, text, "fr")
    assert events and not _dated(events)
    assert {e.status for e in events} <= {"historical", "planned", "negated", "hypothetical"}
    assert all(e.event_date is None for e in events)


def test_english_protest_dispersed_with_tear_gas(pipeline):
    text = "Police fired tear gas on Tuesday to disperse hundreds of protesters in Nairobi, Kenya."
    [e] = _dated(_code(pipeline, text, "en", date(2024, 6, 26)))
    assert e.sub_event_type == "Protest with intervention" and e.event_type == "Protests"
    assert e.event_date == date(2024, 6, 25)
    assert e.place is not None and e.place.country == "KE"


def test_no_publication_date_means_no_date(pipeline):
    [e] = _dated(_code(pipeline, "Gunmen killed three villagers on Tuesday in Zamfara, Nigeria.", "en", None))
    assert e.event_date is None and e.fatalities == 3


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le gouvernement a annoncé un nouveau budget pour l'éducation."),
    ("en", "The central bank kept interest rates unchanged on Thursday."),
])
def test_articles_without_conflict_events_give_none(pipeline, lang, text):
    assert _dated(_code(pipeline, text, lang)) == []


def test_every_evidence_span_points_at_its_text(pipeline):
    text = ("Des combats ont opposé jeudi les FARDC aux rebelles du M23 près de Sake, à 25 kilomètres à "
            "l'ouest de Goma. Trois civils ont été tués, selon la société civile.")
    events = _code(pipeline, text, "fr", date(2024, 2, 9))
    assert events
    for e in events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text


def test_a_label_before_a_group_is_that_group_and_victims_are_no_side(pipeline):
    text = ("Trois civils ont été tués mercredi lors d'affrontements entre les rebelles du M23 et des "
            "combattants Wazalendo à Rutshuru, en RDC.")
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.event_type == "Battles"
    assert {e.actor1.name, e.actor2.name} == {"M23: March 23 Movement", "Wazalendo"}
    assert e.fatalities == 3


def test_attack_on_civilians_is_coded_apart_from_the_battle_of_the_same_day(pipeline):
    text = ("Mardi, l'armée nigérienne a repoussé des jihadistes de l'EIGS près de Tillabéri. "
            "Avant de fuir, les assaillants ont tué six civils dans un village voisin.")
    events = _dated(_code(pipeline, text, "fr"))
    types = sorted(e.sub_event_type for e in events)
    assert types == ["Armed clash", "Attack"], types
    attack = next(e for e in events if e.sub_event_type == "Attack")
    assert attack.actor2.name.startswith("Civilians") and attack.fatalities == 6


def test_a_date_years_before_publication_is_background(pipeline):
    text = "Le ministre a rappelé les combats du 6 novembre 2013 contre le M23 à Rutshuru, en RDC."
    events = _code(pipeline, text, "fr", date(2025, 11, 7))
    assert events and not _dated(events)


def test_a_gathering_to_denounce_is_a_peaceful_protest_by_protesters(pipeline):
    text = "Samedi, un millier de personnes se sont rassemblées à Dakar pour dénoncer la vie chère, au Sénégal."
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.sub_event_type == "Peaceful protest"
    assert e.actor1.name == "Protesters (Senegal)" and e.actor2 is None


def test_country_comes_from_the_forces_when_no_place_is_known(pipeline):
    text = "Les FARDC ont repoussé lundi une attaque des ADF contre le village de Kambilikili."
    [e] = _dated(_code(pipeline, text, "fr"))
    names = {e.actor1.name, e.actor2.name}
    assert "ADF: Allied Democratic Forces" in names
    assert any(n.startswith("Military Forces of") and "Congo" in n for n in names)


@pytest.mark.parametrize("text, lang", [
    ("Un séisme a tué douze personnes mardi dans le nord du Maroc.", "fr"),
    ("Trois passagers sont morts lundi dans un accident de bus près de Dakar, au Sénégal.", "fr"),
    ("A tsunami killed 222 people on Monday on the coast of Java, Indonesia.", "en"),
])
def test_deaths_no_one_inflicted_are_no_event(pipeline, text, lang):
    assert not _dated(_code(pipeline, text, lang))


def test_who_reports_the_attack_is_not_its_target(pipeline):
    text = "Gunmen attacked a hotel in Mogadishu, Somalia, on Monday and killed four guests, police said."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Attack"
    assert e.actor2.name == "Civilians (Somalia)"
    assert e.attributed_to == "police"


def test_the_group_after_an_incursion_is_its_author_and_the_looting_is_part_of_it(pipeline):
    text = ("Au moins sept civils ont été tués dans la nuit de samedi à dimanche lors d'une incursion de "
            "présumés rebelles ADF à Beni, en RDC. Selon la société civile, les assaillants ont "
            "également incendié plusieurs maisons.")
    [e] = _dated(_code(pipeline, text, "fr", date(2024, 3, 11)))
    assert e.sub_event_type == "Attack"
    assert e.actor1.name == "ADF: Allied Democratic Forces"
    assert e.actor2.name == "Civilians (Democratic Republic of Congo)"
    assert e.fatalities == 7 and e.event_date == date(2024, 3, 9)


def test_a_raid_on_civilians_and_the_armys_counter_attack_are_two_events(pipeline):
    text = ("Boko Haram fighters stormed the town of Gwoza in Borno State, Nigeria, on Saturday night, killing "
            "at least 20 people, residents said. The Nigerian army said it had killed 30 insurgents in a "
            "counter-attack.")
    events = sorted(_dated(_code(pipeline, text, "en")), key=lambda e: e.sub_event_type)
    assert [e.sub_event_type for e in events] == ["Armed clash", "Attack"]
    clash, attack = events
    assert attack.fatalities == 20 and attack.actor2.name == "Civilians (Nigeria)"
    assert clash.fatalities == 30 and clash.actor1.name.startswith("Military Forces of Nigeria")


def test_arrests_are_made_by_the_state(pipeline):
    text = "Au Sénégal, trois journalistes ont été arrêtés lundi à Dakar."
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.sub_event_type == "Arrests"
    assert e.actor1.name.startswith("Police Forces of Senegal")


def test_a_town_taken_after_the_other_side_pulled_out_is_a_non_violent_transfer(pipeline):
    text = ("Islamic State militants took control of the town of Palmyra on Sunday after Syrian government "
            "forces pulled out, activists said.")
    [e] = _dated(_code(pipeline, text, "en", date(2015, 5, 25)))
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.event_type == "Strategic developments"


def test_an_unclaimed_bombing_is_by_an_unidentified_group_and_kills_civilians(pipeline):
    text = ("Un kamikaze s'est fait exploser dimanche dans un marché de Maiduguri, dans le nord-est du "
            "Nigeria, faisant au moins douze morts.")
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.sub_event_type == "Suicide bomb"
    assert e.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert e.actor2.name == "Civilians (Nigeria)" and e.fatalities == 12


def test_an_armed_groups_attack_on_a_venue_is_an_attack_on_civilians(pipeline):
    text = "Unidentified gunmen opened fire on a teahouse in Istanbul, Turkey, on Sunday."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Attack" and e.actor2.name == "Civilians (Turkey)"


def test_an_armed_groups_attack_on_a_checkpoint_is_a_clash(pipeline):
    text = "Militants attacked an army checkpoint near Arish, Egypt, on Sunday."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Armed clash"


def test_a_side_s_toll_is_part_of_the_whole_not_a_rival_figure(pipeline):
    text = ("Des combats ont opposé jeudi l'armée malienne à des jihadistes près de Ménaka. Dix-huit personnes "
            "ont été tuées au cours de ces combats, dont un soldat. Un soldat malien a été tué lors des "
            "affrontements, a indiqué l'armée.")
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.sub_event_type == "Armed clash" and e.fatalities == 18


def test_the_sentence_after_an_attack_gives_its_toll(pipeline):
    text = ("Une fusillade a éclaté lundi soir dans un bar de Bunia, en Ituri. Trois personnes ont perdu la vie, "
            "selon la société civile.\n\nLe tireur a été arrêté. Il a été conduit au camp militaire, avec les "
            "corps de deux victimes.")
    events = _dated(_code(pipeline, text, "fr"))
    [shooting] = [e for e in events if e.event_type != "Strategic developments"]
    assert shooting.fatalities == 3
    assert [ev.text for ev in shooting.evidence if ev.field == "fatalities"] == ["Trois"]
    assert shooting.attributed_to == "la société civile"


def test_an_action_told_as_a_day_before_another_is_dated_the_day_before(pipeline):
    text = "Rebels shelled Goma on Wednesday, a day after the army recaptured the town of Sake."
    events = _dated(_code(pipeline, text, "en", date(2024, 3, 14)))
    dates = {e.sub_event_type: e.event_date for e in events}
    assert dates["Shelling/artillery/missile attack"] == date(2024, 3, 13)
    assert dates["Government regains territory"] == date(2024, 3, 12)


def test_an_offensive_the_army_intends_is_a_plan(pipeline):
    text = "Forte de sa victoire à Gao, l'armée compte poursuivre son offensive vers Kidal."
    events = _code(pipeline, text, "fr")
    assert events and not _dated(events)
    assert {e.status for e in events} == {"planned"}


def test_explosives_left_behind_are_no_explosion(pipeline):
    left = "Les démineurs fouillent les quartiers repris, où les rebelles ont abandonné des engins explosifs."
    assert not [e for e in _dated(_code(pipeline, left, "fr")) if e.sub_event_type == "Remote explosive/landmine/IED"]
    blast = "Un engin explosif a tué deux soldats mardi près de Ménaka, au Mali."
    [e] = _dated(_code(pipeline, blast, "fr"))
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.fatalities == 2


def test_recurring_attacks_are_background_however_the_noun_is_parsed(pipeline):
    text = ("Depuis mardi, le calme est revenu à Dori. Le Niger fait face à de récurrentes attaques de bandes "
            "armées qui ont fait plusieurs dizaines de morts.")
    events = _code(pipeline, text, "fr")
    assert events and not _dated(events)


@pytest.mark.parametrize("text, lang, sub_event_type", [
    ("Two demonstrators died from gunfire during a protest in Khartoum, Sudan, on Thursday.", "en",
     "Excessive force against protesters"),
    ("Deux manifestants ont été blessés par balles lors d'une manifestation à Conakry, en Guinée, mardi.", "fr",
     "Excessive force against protesters"),
    ("Thousands protested in Dhaka, Bangladesh, on Sunday over two students killed in a road accident.", "en",
     "Peaceful protest"),
])
def test_a_protest_met_with_force_that_kills_or_injures(pipeline, text, lang, sub_event_type):
    events = _dated(_code(pipeline, text, lang))
    assert sub_event_type in [e.sub_event_type for e in events]
    if sub_event_type.startswith("Excessive"):
        [e] = [e for e in events if e.sub_event_type == sub_event_type]
        assert e.actor1 is not None and e.actor1.name.startswith("Protesters")  # ACLED's order for every protest
        assert e.actor2 is not None and e.actor2.name.startswith("Police Forces")


def test_the_agent_of_another_participle_is_no_side(pipeline):
    text = "Des hommes armés ont attaqué mardi un marché de Goma fréquenté par des commerçants."
    [e] = _dated(_code(pipeline, text, "fr"))
    assert e.actor1.name == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert e.actor2.name == "Civilians (Democratic Republic of Congo)" and e.sub_event_type == "Attack"


def test_the_local_population_are_civilians(pipeline):
    text = "Soldiers attacked the local population of a village near Gao, Mali, on Monday."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Attack" and e.actor2.name == "Civilians (Mali)"


def test_an_unclaimed_bomb_that_wounds_civilians_is_by_an_unidentified_armed_group(pipeline):
    text = "On 3 March 2024, two civilians were wounded when a roadside bomb exploded in Kandahar city, Afghanistan."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1.name == "Unidentified Armed Group (Afghanistan)"
    assert e.actor2.name == "Civilians (Afghanistan)"


@pytest.mark.parametrize("text, author", [
    ("On 5 March 2024, in Culiacan, Sinaloa, Mexico, a man was shot and killed by armed men in a drive-by "
     "shooting.", "Unidentified Gang (Mexico)"),
    ("On 5 March 2024, in Culiacan, Sinaloa, Mexico, a man was shot and killed by armed men.",
     "Unidentified Armed Group (Mexico)"),
])
def test_armed_men_nobody_names_are_a_gang_when_the_act_bears_the_marks_of_organised_crime(pipeline, text, author):
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Attack"
    assert e.actor1.name == author


def test_us_forces_in_syria_are_coded_as_the_global_coalition_with_the_us_associated(pipeline):
    text = "On 7 March 2024, US forces raided a house in Raqqa, Syria, and arrested two men."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor1.name == "Global Coalition Against Daesh"
    assert [a.name for a in e.assoc_actor_1] == ["Military Forces of the United States (2021-2025)"]


@pytest.mark.parametrize("published, name", [
    (date(2022, 2, 10), "Islamic State (West Africa) - Greater Sahara Faction"),
    (date(2022, 5, 10), "Islamic State (Sahel)"),
])
def test_a_group_acled_renamed_keeps_the_name_it_had_on_the_event_day(pipeline, published, name):
    text = "On Tuesday, Islamic State in the Greater Sahara militants killed three civilians in Menaka, Mali."
    [e] = _dated(_code(pipeline, text, "en", published))
    assert e.actor1.name == name


def test_refugees_from_a_country_keep_its_name_where_they_arrive(pipeline):
    text = "Displacement: On 4 March 2024, about 3,000 refugees from Ukraine arrived in Warsaw, Poland."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor1.name == "Civilians (Ukraine)"
    assert e.place.country == "PL"


def test_an_arrest_told_after_a_protest_is_the_protests_intervention_not_another_event(pipeline):
    text = "On 3 March 2024, people demonstrated in Leipzig, Germany, against new taxes. One person was arrested."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor1.name == "Protesters (Germany)"
    assert e.actor2.name.startswith("Police Forces of Germany")


def test_a_group_inside_the_subject_of_a_passive_killing_is_its_victim(pipeline):
    text = "On 4 March 2024, scores of Al Shabaab members were killed in Jilib, Somalia."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor2 is not None and e.actor2.name == "Al Shabaab"
    assert e.actor1 is None or e.actor1.name != "Al Shabaab"


def test_a_toll_told_after_a_dated_strike_is_the_strikes_not_an_event_of_the_bracketed_day(pipeline):
    text = ("Around 4 March 2024 (between 1 - 6 March), Nigerian air forces struck Boko Haram camps in Marte, "
            "Borno. Scores of Boko Haram members were killed.")
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Air/drone strike"
    assert e.event_date == date(2024, 3, 4)


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 5 March 2024, at least ten people were injured in a clash between two rival groups over a land "
     "dispute in Jessore, Bangladesh.", "Mob violence"),
    ("On 5 March 2024, two groups of gunmen clashed with rifles over a land dispute in Jessore, Bangladesh.",
     "Armed clash"),
])
def test_a_clash_of_people_no_one_arms_is_mob_violence(pipeline, text, sub_event_type):
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == sub_event_type
    if sub_event_type == "Mob violence":
        assert e.actor1.name == e.actor2.name == "Rioters (Bangladesh)"


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 10 March 2024, gunmen destroyed a truck with a bomb near Bosaso, Somalia.", "Remote explosive/landmine/IED"),
    ("On 10 March 2024, rebels destroyed a telecommunication tower with mines near Loikaw, Myanmar.",
     "Remote explosive/landmine/IED"),
    ("On 10 March 2024, police destroyed a bomb found near the market in Bosaso, Somalia.", "Disrupted weapons use"),
])
def test_a_weapon_named_as_the_means_is_used_not_disrupted(pipeline, text, sub_event_type):
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 5 March 2024, a shootout between soldiers and militants left two dead in Kidal, Mali.", "Armed clash"),
    ("On 5 March 2024, monitors observed 14 bursts of fire near Horlivka, Ukraine.", "Armed clash"),
])
def test_words_of_fighting(pipeline, text, sub_event_type):
    assert sub_event_type in [e.sub_event_type for e in _dated(_code(pipeline, text, "en"))]


def test_a_protest_on_an_anniversary_is_news_and_the_event_it_remembers_is_background(pipeline):
    text = ("On 12 March 2024, hundreds of people demonstrated in Manama, Bahrain, in commemoration of the "
            "anniversary of the 2011 uprising.")
    events = _code(pipeline, text, "en")
    [protest] = _dated(events)
    assert protest.event_type == "Protests" and protest.event_date == date(2024, 3, 12)


def test_a_security_measure_no_one_is_named_for_is_the_governments(pipeline):
    text = "Security measures: On 5 March 2024, the city of Xi'an, China, was placed under a strict lockdown."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Change to group/activity"
    assert e.actor1.name.startswith("Government of China")


def test_property_destroyed_is_of_the_civilians_whose_nationality_owns_it(pipeline):
    text = "Property destruction: On 5 March 2024, Israeli police demolished a Palestinian-owned shop in Jerusalem."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Looting/property destruction"
    assert e.actor2.name == "Civilians (Palestine)"


def test_the_armed_men_an_explosion_hits_are_its_target(pipeline):
    text = ("On 5 March 2024, a roadside bomb planted by unknown men targeted a Malian army vehicle near Kidal, "
            "killing two soldiers.")
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Mali")


def test_a_blast_told_again_is_the_bomb_already_told(pipeline):
    text = ("On 5 March 2024, Islamic State militants detonated a roadside bomb targeting a Peshmerga vehicle "
            "near Kirkuk, Iraq. The blast injured one.")
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.actor1.name == "Islamic State (Iraq)"


@pytest.mark.parametrize("text", [
    "On 4 March 2024, rioters beat a suspected pickpocket in Ndola, Zambia.",
    "On 4 March 2024, a mob set fire to a bank in Kisumu, Kenya.",
])
def test_mob_violence_names_civilians_as_its_target(pipeline, text):
    """ACLED codes the people a mob beat, or whose property it wrecked, as "Civilians (country)"."""
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.event_type == "Riots"
    assert e.actor1.name.startswith("Rioters (") and e.actor2.name == e.actor1.name.replace("Rioters", "Civilians")


@pytest.mark.parametrize("text, unit, place", [
    ("On 5 March 2024, the Monywa PDF attacked a military convoy with mines in Myanmar.",
     "People's Defense Force - Monywa", "Monywa"),
    ("On 5 March 2024, fighting broke out between the Myanmar military and the People's Defense Force Falam.",
     "People's Defense Force - Falam", None),
])
def test_a_local_pdf_is_named_after_its_township_which_stays_a_place(pipeline, text, unit, place):
    """ACLED names a township's People's Defense Force after the township; the township is still where it fought."""
    [e] = _dated(_code(pipeline, text, "en"))
    assert unit in {e.actor1.name, e.actor2.name}
    if place:
        assert e.place is not None and e.place.name == place


@pytest.mark.parametrize("text", [
    "On 4 March 2024, the Myanmar military carried out airstrikes on Kyaukkyi. The airstrikes wounded two "
    "civilians and burned homes.",
    "On 4 March 2024, Russian forces shelled Bakhmut, Ukraine. Several people were trapped under destroyed houses.",
])
def test_the_civilians_a_strike_hit_told_in_the_next_sentence_are_its_target(pipeline, text):
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.event_type == "Explosions/Remote violence"
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians (")


@pytest.mark.parametrize("text", [
    "On 4 March 2024, the Myanmar military arrested two family members of a KNU commander in Hpa-an.",
    "On 4 March 2024, police arrested three men in Mandalay, Myanmar, for alleged links with the Arakan Army.",
])
def test_people_arrested_as_suspects_or_kin_of_a_group_are_civilians(pipeline, text):
    """ACLED codes the people arrested, not the group they are suspected of helping or related to."""
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Arrests"
    assert e.actor2.name == "Civilians (Myanmar)"


def test_an_acronym_in_brackets_after_a_name_is_the_same_mention(pipeline):
    text = ("On 4 March 2024, the Mindat PDF and the Chin National Front (CNF) clashed with military troops "
            "near Mindat, Myanmar.")
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor1.name == "People's Defense Force - Mindat"
    assert "CNF/CNA: Chin National Front/Chin National Army" in [a.name for a in e.assoc_actor_1]


def test_the_csp_keeps_its_2022_name(pipeline):
    text = "On Tuesday, CSP fighters clashed with JNIM militants near Kidal, Mali."
    [e] = _dated(_code(pipeline, text, "en", date(2022, 5, 10)))
    assert "CSP: Permanent Strategic Framework" in {e.actor1.name, e.actor2.name}


def test_a_mob_clash_between_crowds_has_rioters_on_both_sides(pipeline):
    text = "On 4 March 2024, at least 8 people were injured in a clash between supporters of two candidates in Khulna, Bangladesh."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Mob violence"
    assert e.actor1.name == e.actor2.name == "Rioters (Bangladesh)"


def test_a_foreign_army_taking_a_town_fights_the_host_army(pipeline):
    """With no opponent named, a foreign army took the town from the host country's military."""
    text = "On 4 March 2024, Russian forces took control of Krasnohorivka in Donetsk oblast, Ukraine."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.event_type == "Battles"
    assert e.actor1.name == "Military Forces of Russia (2000-)"
    assert e.actor2.name == "Military Forces of Ukraine (2019-)"


def test_unknown_persons_who_damage_property_are_an_unidentified_armed_group(pipeline):
    text = "Property destruction: On 4 March 2024, unknown persons set fire to a police car in Lyon, France."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor1.name == "Unidentified Armed Group (France)"


def test_unknown_persons_who_beat_someone_with_no_weapon_told_are_rioters(pipeline):
    text = "On 4 March 2024, a shopkeeper was beaten by unknown persons in Leipzig, Germany."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Mob violence"
    assert e.actor1.name == "Rioters (Germany)"


def test_a_toll_told_after_a_bomb_on_soldiers_joins_it_and_keeps_its_target(pipeline):
    text = ("On 4 March 2024, unknown militants detonated a roadside IED targeting a Syrian army vehicle near "
            "Hama, Syria. The explosion resulted in two fatalities.")
    events = _dated(_code(pipeline, text, "en"))
    assert len(events) == 1
    assert events[0].actor2.name == "Military Forces of Syria (2000-)"


def test_a_beating_by_party_cadres_is_mob_violence_on_civilians(pipeline):
    text = "On 4 March 2024, party cadres assaulted a rival candidate in Birgunj, Nepal. He sustained minor injuries."
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.sub_event_type == "Mob violence"
    assert (e.actor1.name, e.actor2.name) == ("Rioters (Nepal)", "Civilians (Nepal)")


def test_police_station_limits_name_a_place_not_the_police(pipeline):
    text = ("Property destruction: On 4 March 2024, CPI-Maoist cadres set ablaze two trucks at Sanpur village "
            "under Koraput police station limits (Koraput district, Odisha).")
    [e] = _dated(_code(pipeline, text, "en"))
    assert e.actor2.name == "Civilians (India)"


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 4 March 2024, dozens of rioters blocked the main highway with burning tyres near Kirkuk, Iraq.",
     "Violent demonstration"),
    ("On 4 March 2024, residents of a poor neighbourhood put up barricades of rocks on a road in Oran, "
     "Algeria. [size=no report]", "Violent demonstration"),
    ("On 4 March 2024, a mob beat a suspected thief to death in Kisumu, Kenya.", "Mob violence"),
])
def test_barricades_and_burning_tyres_are_a_demonstrations_means(pipeline, text, sub_event_type):
    """ACLED: rioters who barricade a road or burn tyres demonstrate violently; a mob's lynching is mob violence."""
    events = _dated(_code(pipeline, text, "en"))
    assert sub_event_type in {e.sub_event_type for e in events}
    assert "Mob violence" not in {e.sub_event_type for e in events} or sub_event_type == "Mob violence"


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 4 March 2024, rioters threw stones at soldiers during a raid in Jenin, West Bank. Soldiers fired "
     "tear gas canisters and rubber bullets at the rioters.", "Mob violence"),
    ("On 4 March 2024, locals pelted stones at police outside a vote-counting centre in Pokhara, Nepal. "
     "Police charged with batons.", "Mob violence"),
    ("On 4 March 2024, hundreds of students demonstrated in Dhaka, Bangladesh, and threw stones at police. "
     "Police fired tear gas to disperse them. [size=hundreds]", "Violent demonstration"),
])
def test_tear_gas_on_a_crowd_tells_of_no_demonstration(pipeline, text, sub_event_type):
    """ACLED: a riot is a violent demonstration only when a demonstration is told; forces fire tear gas
    and rubber bullets at rioters too, so those means alone leave it mob violence."""
    events = _dated(_code(pipeline, text, "en"))
    assert [e.sub_event_type for e in events] == [sub_event_type]


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 4 March 2024, villagers clashed with police during a demonstration against a dam project in Sylhet, "
     "Bangladesh. Five officers were injured.", "Violent demonstration"),
    ("On 4 March 2024, villagers clashed with police over a land dispute in Sylhet, Bangladesh. Five officers "
     "were injured.", "Mob violence"),
])
def test_a_crowds_clash_during_a_demonstration_is_a_violent_demonstration(pipeline, text, sub_event_type):
    """ACLED: a crowd that clashes with police while demonstrating demonstrates violently, though the
    words name it as villagers, not protesters; with no demonstration told it is mob violence."""
    events = _dated(_code(pipeline, text, "en"))
    assert [e.sub_event_type for e in events] == [sub_event_type]
