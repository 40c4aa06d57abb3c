"""Classes of ACLED notes (issue 13), on invented notes written for these tests."""
from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from sitrep.types import Article
from tests.extract.reports import news_of

PUBLISHED = date(2024, 5, 8)


_dated = partial(news_of, lang="en", published=PUBLISHED)


def _names(e):
    return {a.name.split(" (")[0] if a.name.startswith(("Police", "Military")) else a.name
            for a in (e.actor1, e.actor2) if a is not None}


@pytest.mark.parametrize("text", [
    "On 6 May 2024, residents of a market town in Puebla, Mexico, caught a man who had robbed a shop. "
    "Police officers arrived and arrested him. [size=no report]",
    "On 6 May 2024, villagers captured a man accused of theft in Kisumu, Kenya. Police arrived and arrested the man. "
    "[size=no report]",
])
def test_a_crowd_that_seizes_someone_riots(pipeline, text):
    """In a note tagged as a demonstration, people the crowd itself caught are no arrest by the state:
    the crowd's act is a riot (mob violence with no demonstration told)."""
    [e] = _dated(pipeline, text)
    assert e.event_type == "Riots"


def test_arrests_after_a_crowd_set_fire_are_no_intervention(pipeline):
    text = ("On 6 May 2024, two residents set fire to the yard of a house in Haifa, Israel. "
            "The two culprits were arrested a few hours later. [size=no report]")
    [e] = _dated(pipeline, text)
    assert e.event_type == "Riots"


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, activists occupied a construction site near Uppsala, Sweden. Police removed the activists "
     "and detained two people. [size=no report]", "Protest with intervention"),
    ("On 6 May 2024, police shot at a group of people who staged a demonstration in Kandy, Sri Lanka. "
     "[size=no report]", "Excessive force against protesters"),
])
def test_the_people_of_a_protest_are_its_protesters(pipeline, text, sub_event_type):
    """The person a protest's intervention detained, the people force hit, are ACLED's protesters."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == sub_event_type
    assert any(a is not None and a.name.startswith("Protesters (") for a in (e.actor1, e.actor2))
    assert not any(a is not None and a.name.startswith("Civilians") for a in (e.actor1, e.actor2))


@pytest.mark.parametrize("text", [
    "On 6 May 2024, three former soldiers were abducted by the Taliban in Kandahar, Afghanistan.",
    "On 6 May 2024, unidentified militants shot dead an off-duty police officer in Bannu, Pakistan.",
    "On 6 May 2024, gunmen killed an ex-policeman in Kaduna, Nigeria.",
])
def test_former_and_off_duty_forces_are_civilians(pipeline, text):
    """ACLED codes people who serve no force when they are attacked as civilians."""
    [e] = _dated(pipeline, text)
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians (")


def test_a_former_base_is_still_the_forces_post(pipeline):
    text = "On 6 May 2024, JNIM militants attacked a former army base near Gao, Mali."
    [e] = _dated(pipeline, text)
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Mali")


def test_turkish_forces_fighting_the_sdf_in_syria_are_operation_peace_spring(pipeline):
    """ACLED codes Turkey's forces and the factions it backs against the SDF in Syria as "Operation Peace
    Spring", Turkey kept beside it; elsewhere, and against others, Turkey's forces are themselves."""
    [e] = _dated(pipeline, "On 6 May 2024, Turkish forces shelled QSD positions near Tal Tamr, Al Hasakah, Syria.")
    assert (e.actor1.name, e.actor2.name) == ("Operation Peace Spring", "QSD: Syrian Democratic Forces")
    assert any(a.name.startswith("Military Forces of Turkey") for a in e.assoc_actor_1)
    [e] = _dated(pipeline, "On 6 May 2024, Turkish forces shelled Syrian army positions near Saraqib, Idlib, Syria.")
    assert e.actor1.name.startswith("Military Forces of Turkey")


def test_unidentified_militants_in_kashmir_are_kashmir_rebels(pipeline):
    """ACLED names the militants nobody identifies in Jammu and Kashmir "Kashmir Rebels (India)";
    elsewhere in India they stay an unidentified armed group."""
    kashmir = "On 6 May 2024, unidentified militants lobbed a grenade at policemen in Sopore, Jammu and Kashmir, India."
    [e] = _dated(pipeline, kashmir)
    assert e.actor1.name == "Kashmir Rebels (India)"
    manipur = "On 6 May 2024, unidentified gunmen shot dead a trader in Imphal, Manipur, India."
    [e] = _dated(pipeline, manipur)
    assert e.actor1.name == "Unidentified Armed Group (India)"


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, workers protested in Dalian, China. Police beat the protesters and dispersed them with "
     "tear gas. [size=no report]", "Protest with intervention"),
    ("On 6 May 2024, traders protested in Kano, Nigeria. Police fired rubber bullets at the protesters. "
     "[size=no report]", "Protest with intervention"),
    ("On 6 May 2024, traders protested in Kano, Nigeria. Police opened fire on the protesters, killing two. "
     "[size=no report]", "Excessive force against protesters"),
])
def test_excessive_force_is_lethal_force(pipeline, text, sub_event_type):
    """ACLED's excessive force against protesters is live fire, a death or a maiming; tear gas, rubber
    bullets and batons on a protest are an intervention."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == sub_event_type


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 6 May 2024, soldiers raided a village in Kani township, Sagaing region, Myanmar, and set fire to 30 houses.",
     "Looting/property destruction"),
    ("On 6 May 2024, militiamen abducted eight women from Dukawa, Katsina, Nigeria, after a house to house raid.",
     "Abduction/forced disappearance"),
    ("On 6 May 2024, gunmen raided Dukawa, Katsina, Nigeria, killing three villagers and abducting eight women.",
     "Attack"),
])
def test_what_raiders_did_names_the_event(pipeline, text, sub_event_type):
    """A raid only tells that armed men came: the destruction or abduction they came for names the event,
    unless they attacked people."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == sub_event_type


def test_territory_a_group_takes_from_no_one_named_is_taken_from_the_state(pipeline):
    text = "On 6 May 2024, M23 rebels took control of Bunagana, Nord-Kivu, Democratic Republic of Congo, without a fight."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Non-violent transfer of territory"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("text,actor1", [
    ("Explosive remnants of war: On 6 May 2024, a landmine left over from the war exploded near Zakho, Iraq, "
     "injuring two shepherds.", "Unidentified Military Forces"),
    ("Explosive remnants of war: On 6 May 2024, a boy was killed by an unexploded shell left by Russian forces "
     "near Izium, Ukraine.", "Military Forces of Russia (2000-)"),
])
def test_remnants_of_war_were_laid_by_unidentified_military_forces(pipeline, text, actor1):
    """ACLED's explosive remnants of war are laid by "Unidentified Military Forces" unless a state's forces
    are named; the people hurt are civilians."""
    [e] = _dated(pipeline, text)
    assert (e.sub_event_type, e.actor1.name) == ("Other", actor1)
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians (")


@pytest.mark.parametrize("text", [
    "On 6 May 2024, villagers beat a man in Kalahandi, Odisha, India, after he filed a police complaint against "
    "them. [size=no report]",
    "On 6 May 2024, a mob lynched a suspected thief in Kano, Nigeria, police sources said. [size=no report]",
])
def test_a_police_complaint_or_source_is_no_police_side(pipeline, text):
    [e] = _dated(pipeline, text)
    assert not any(a is not None and a.name.startswith("Police") for a in (e.actor1, e.actor2))


@pytest.mark.parametrize("text", [
    "On 6 May 2024, JNIM militants killed a VDP member's wife in Djibo, Burkina Faso.",
    "On 6 May 2024, armed men attacked a police officer's home in Owerri, Nigeria, killing his wife.",
    "On 6 May 2024, suspected Al Shabaab militants shot dead a government official in Mogadishu, Somalia.",
])
def test_kin_of_a_force_and_people_of_the_state_are_civilians(pipeline, text):
    """ACLED codes a fighter's wife, a policeman's home, a state's officials hit by violence as civilians:
    the act is an attack, not a clash."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert e.actor2 is not None and e.actor2.name.startswith("Civilians (")


def test_shot_dead_is_an_attack_however_the_parse_tags_it(pipeline):
    """ "gunmen on a motorcycle shot dead": the small parser reads "motorcycle shot" as a noun."""
    text = "On 6 May 2024, gunmen on a motorcycle shot dead a trader in Quetta, Pakistan."
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"


@pytest.mark.parametrize("text,actor2", [
    ("On 6 May 2024, unknown missiles targeted a post of the PMF in Sinjar, Ninewa, Iraq.",
     "Military Forces of Iraq"),
    ("On 6 May 2024, three rockets of unknown origin hit Ain al-Asad airbase in Anbar, Iraq.", None),
])
def test_a_weapon_of_unknown_origin_was_fired_by_an_unidentified_group(pipeline, text, actor2):
    """Nobody knows who fired: ACLED's unidentified armed group; an armed actor named is the one hit."""
    [e] = _dated(pipeline, text)
    assert e.actor1.name == "Unidentified Armed Group (Iraq)"
    assert actor2 is None or e.actor2 is not None and e.actor2.name.startswith(actor2)


@pytest.mark.parametrize("text,sub_event_type", [
    ("Training: On 6 May 2024, in Myaing township, Magway region, Myanmar, the graduation ceremony of a combat "
     "course of a local resistance force was held.", "Other"),
    ("Prisoner exchange: On 6 May 2024, Russia and Ukraine exchanged 144 prisoners of war near Zaporizhzhia, "
     "Ukraine.", "Agreement"),
])
def test_acled_labels_of_training_and_exchanges_type_the_note(pipeline, text, sub_event_type):
    """ACLED's own labels: training is another strategic development; ceasefires, peace agreements and
    prisoner exchanges are agreements (the codebook's examples)."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == sub_event_type


def test_a_crowd_told_in_passing_is_no_side_of_a_security_measure(pipeline):
    text = ("Security measures: On 6 May 2024, in Orellana province, Ecuador, the President declared a state of "
            "emergency for 30 days. The measure was taken amidst nationwide demonstrations.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Change to group/activity"
    assert e.actor1 is not None and e.actor1.name.startswith("Government of Ecuador")



def test_a_labels_sides_are_read_from_the_verb_after_it():
    """When the parse roots the sentence on the label ("Security measures: ..."), the label's trigger
    reads its sides from the first main verb after it, not from the label's own noun."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.extract.label import _main_verb_after

    words = ["Security", "measures", ":", "regime", "forces", "conducted", "operations", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 5, 1, 5, 1],
              deps=["compound", "ROOT", "punct", "compound", "nsubj", "appos", "dobj", "punct"],
              pos=["NOUN", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB", "NOUN", "PUNCT"])
    assert _main_verb_after(doc, 3).text == "conducted"


@pytest.mark.parametrize("text", [
    "On 6 May 2024, protesters smashed the windows of a bank during a march against austerity in Lyon, France. "
    "[size=several hundred]",
    "On 6 May 2024, lorry drivers on strike gathered in Seville, Spain, over fuel prices. The tyres of trucks that "
    "did not join the strike were slashed. [size=no report]",
])
def test_windows_smashed_and_tyres_slashed_in_a_protest_are_a_riot(pipeline, text):
    """ACLED: a demonstration whose crowd vandalises property is a violent demonstration."""
    [e] = _dated(pipeline, text)
    assert e.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "On 6 May 2024, a farmer was killed when a landmine planted during previous clashes exploded near Idlib, Syria. "
    "1 fatality.",
    "On 6 May 2024, soldiers clashed with militants near Maiduguri, Nigeria. Earlier attacks by the group had killed "
    "dozens of villagers.",
])
def test_an_event_told_as_earlier_is_no_event_of_the_day(pipeline, text):
    """ "during previous clashes", "earlier attacks ... had killed": background, not a second event."""
    assert len(_dated(pipeline, text)) == 1


@pytest.mark.parametrize("text,event_type", [
    ("On 6 May 2024, gunmen ambushed a passenger bus near Gao, Mali, and abducted five travellers.",
     "Violence against civilians"),
    ("On 6 May 2024, armed men ambushed a commercial truck near Kaduna, Nigeria, and looted goods. 1 fatality.",
     "Violence against civilians"),
    ("On 6 May 2024, militants ambushed a military convoy near Gao, Mali. 3 soldiers were killed.", "Battles"),
])
def test_an_ambush_of_civilians_is_an_attack(pipeline, text, event_type):
    """ACLED: an ambush is a battle only against armed men; a bus or a truck ambushed is attacked."""
    events = _dated(pipeline, text)
    assert events and events[0].event_type == event_type


@pytest.mark.parametrize("text", [
    "On 6 May 2024, protesters threw firecrackers and flares at the police in Turin, Italy. [size=around 300]",
    "On 6 May 2024, protesters stoned police vehicles during a demonstration in Kisumu, Kenya. [size=no report]",
    "On 6 May 2024, protesters overturned a police car in Kisumu, Kenya. [size=no report]",
    "On 6 May 2024, protesters defaced the office of the electoral commission in Kisumu, Kenya. [size=no report]",
])
def test_thrown_fireworks_stoning_and_vandalism_by_demonstrators_riot(pipeline, text):
    """Projectiles thrown, vehicles stoned or overturned, buildings defaced: the crowd's violence."""
    [e] = _dated(pipeline, text)
    assert e.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "On 6 May 2024, unidentified gunmen shot and killed a shopkeeper in Recife, Brazil. Police believe the attack was "
    "linked to a drug debt. 1 fatality.",
    "On 6 May 2024, militants attacked a police station in Mocimboa da Praia, Mozambique. The Islamic State claimed "
    "responsibility for the attack.",
])
def test_a_view_of_the_event_told_is_no_new_event(pipeline, text):
    """Who believes or claims something of "the attack" tells of the event already told, not of another."""
    assert len(_dated(pipeline, text)) == 1


@pytest.mark.parametrize("text", [
    "On 6 May 2024, armed men exchanged fire with police in Fortaleza, Brazil. Two suspects were killed.",
    "On 6 May 2024, soldiers fought with cattle raiders near Moroto, Uganda. 5 raiders and 2 civilians were killed.",
])
def test_dead_told_after_a_clash_are_its_toll(pipeline, text):
    """ "X clashed with Y. Two suspects were killed": no one is said to kill them, so they are the clash's
    dead, not an attack on civilians of their own."""
    [e] = _dated(pipeline, text)
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text,names", [
    ("On 6 May 2024, armed men (assumed Darfur communal militia) attacked a herder near Kutum, North Darfur, Sudan.",
     {"Darfur Communal Militia (Sudan)", "Civilians (Sudan)"}),
    ("On 6 May 2024, Houthi forces clashed with anti-Houthi forces (coded as National Resistance forces) near "
     "Hays, Al Hudaydah, Yemen.", {"Military Forces of Yemen", "National Resistance Forces"}),
])
def test_a_bracket_saying_who_an_actor_was_names_it(pipeline, text, names):
    """ACLED's notes say in brackets which actor they coded ("(assumed X)", "(coded as X)"): that actor is
    the side, not the generic words before the bracket."""
    [e] = _dated(pipeline, text)
    assert _names(e) == names


def test_armed_men_who_fire_at_a_person_attack_them(pipeline):
    """ "Fired at a shopkeeper" tells of the attack itself: its author is the one who fired, the one fired
    at its civilian target, whatever the next sentence adds."""
    text = ("On 6 May 2024, unidentified gunmen fired at a shopkeeper in Mardan, Khyber Pakhtunkhwa, Pakistan. "
            "He was killed in the attack.")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Attack"
    assert _names(e) == {"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"}


@pytest.mark.parametrize("lang,text", [
    ("en", "On 6 May 2024, in Nakuru, Kenya, students protesting against fee increases forcibly entered the "
           "administration building of the university. [size=no report]"),
    ("en", "On 6 May 2024, in Dhaka, Bangladesh, garment workers protested over unpaid wages and injured two "
           "police officers. [size=hundreds]"),
    ("en", "On 6 May 2024, in Patna, Bihar, parents protested at a school over exam results and held the principal "
           "hostage for several hours. [size=dozens]"),
    ("en", "On 6 May 2024, in Patna, Bihar, students protested against the university and beat a professor. "
           "[size=dozens]"),
    ("en", "On 6 May 2024, in Lagos, Nigeria, residents protested against power cuts and locked up the staff of "
           "the electricity office. [size=no report]"),
    ("fr", "Le 6 mai 2024, à Bamako, des manifestants se sont battus avec la police lors d'une marche contre le "
           "gouvernement."),
    ("fr", "Le 6 mai 2024, à Bamako, des manifestants ont blessé deux policiers lors d'une marche contre le "
           "gouvernement."),
    ("fr", "Le 6 mai 2024, à Bamako, des parents d'élèves en colère ont manifesté devant une école et ont "
           "séquestré le directeur pendant plusieurs heures."),
])
def test_demonstrators_who_use_violence_riot(pipeline, lang, text):
    """ACLED: a demonstration whose demonstrators use violence against people or property (they fight,
    injure, beat, hold someone hostage, force their way in) is a violent demonstration."""
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang=lang, published=PUBLISHED))
              if e.status in ("reported", "ongoing")]
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 6 May 2024, in Lima, Peru, protesters demonstrated against the government. Police dispersed them "
           "and beat several of them. [size=dozens]"),
    ("en", "On 6 May 2024, in Lima, Peru, protesters demonstrated against the government. Two protesters were "
           "injured by the police. [size=dozens]"),
    ("en", "On 6 May 2024, in Lima, Peru, protesters demonstrated against the government. Police forcibly entered "
           "the building where they gathered. [size=dozens]"),
    ("fr", "Le 6 mai 2024, à Bamako, la police a blessé deux manifestants lors d'une marche contre le "
           "gouvernement."),
])
def test_force_used_on_demonstrators_is_no_riot(pipeline, lang, text):
    """Force used on the demonstrators (they are its object, or the passive's subject) leaves the event
    a protest."""
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang=lang, published=PUBLISHED))
              if e.status in ("reported", "ongoing")]
    assert events and all(e.event_type == "Protests" for e in events)


def test_demonstrators_who_take_a_hostage_riot(pipeline):
    """People the demonstrators take hostage are no abduction by an armed group: the crowd riots."""
    text = "Le 6 mai 2024, à Bamako, des manifestants ont pris en otage le directeur de l'école."
    events = [e for e in pipeline.code(Article(article_id="t", text=text, lang="fr", published=PUBLISHED))
              if e.status in ("reported", "ongoing")]
    assert [e.event_type for e in events] == ["Riots"]


def test_confrontations_between_demonstrators_and_police_are_a_riot(pipeline):
    """ "Confrontations between demonstrators and the police" is the crowd's clash: a violent demonstration."""
    text = ("On 6 May 2024, in Cusco, Peru, there were confrontations between demonstrators and the police during "
            "a march against the mining project. [size=hundreds]")
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 6 May 2024, supporters of an opposition party held a demonstration in Kandy, Sri Lanka. They briefly "
    "clashed with the police during the demonstration. [size=no report]",
    "On 6 May 2024, up to 300 people took to the streets in Lyon, France, against fuel prices. There were isolated "
    "clashes with the police when demonstrators tried to break through a cordon. [size=up to 300]",
])
def test_the_police_a_crowd_clashed_with_later_is_its_actor2(pipeline, text):
    """A demonstration whose crowd a later sentence says clashed with the police: ACLED codes the
    police as actor2 of the violent demonstration, not a riot with no one on the other side."""
    [e] = _dated(pipeline, text)
    assert e.sub_event_type == "Violent demonstration"
    assert e.actor1 is not None and e.actor1.name.startswith("Rioters (")
    assert e.actor2 is not None and e.actor2.name.startswith("Police Forces of ")
