"""Armed groups, militias, gangs and state units of the countries ACLED codes most that the dictionary lacked
(issue 13, session act35), each with ACLED's name: movements ACLED names "X Militia" rather than after a place,
aliases of groups the dictionary held, and state units ACLED codes as police where the press calls them forces.
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from sitrep.normalise.actors import find_actors


def _names(text: str, country: str, lang: str = "en") -> list[str]:
    return [a.name for a in find_actors(text, lang, country)]


@pytest.mark.parametrize("text, country, name", [
    ("Niger Delta Avengers militants blew up a pipeline in a creek before dawn.", "NG", "NDA: Niger Delta Avengers"),
    ("MEND fighters seized a supply boat on the river.", "NG", "MEND: Movement for the Emancipation of the Niger Delta"),
    ("CCMSR rebels claimed to have downed a helicopter in the north.", "TD",
     "CCMSR: Military Command Council for the Salvation of the Republic"),
    ("CNRD fighters raided a cattle enclosure in the hills.", "CD", "CNRD: National Council for Renewal and Democracy"),
    ("MLCJ rebels took control of a mining site.", "CF", "MLCJ: Movement of Central African Liberators for Justice"),
    ("ONLF fighters ambushed a truck on the road to the east.", "ET", "ONLF: Ogaden National Liberation Front"),
    ("Members of the Mombasa Republican Council stormed a chief's office.", "KE", "MRC: Mombasa Republican Council"),
    ("Renamo Military Junta fighters set fire to a bus on the national road.", "MZ", "RENAMO Military Junta"),
    ("The Islamic Resistance in Iraq claimed a drone launched at a base.", "IQ", "Islamic Resistance in Iraq"),
    ("Harakat al-Nujaba fighters deployed along the border crossing.", "IQ", "Harakat Hezbollah al Nujaba"),
    ("YBS fighters exchanged fire with soldiers at a checkpoint.", "IQ", "YBS: Sinjar Resistance Units"),
    ("Lashkar-e-Islam militants blew up a girls' school.", "PK", "LeI: Lashkar-e-Islam"),
    ("The Hafiz Gul Bahadur group claimed the attack on a convoy.", "PK", "Hafiz Gul Bahadur Group"),
    ("Arambai Tenggol volunteers fired at a relief camp in the foothills.", "IN", "Arambai Tenggol"),
    ("UNLF militants abducted a contractor from a highway.", "IN", "UNLF: United National Liberation Front"),
    ("GNLA militants extorted money from coal traders.", "IN", "GNLA: Garo National Liberation Army"),
    ("Rohingya Solidarity Organisation militants shot a camp leader.", "BD", "RSO: Rohingya Solidarity Organization"),
    ("PNLA fighters clashed with a militia near a monastery.", "MM",
     "PNLO/PNLA: Pa-O National Liberation Organization/Pa-O National Liberation Army"),
    ("MNLF fighters guarded a polling station.", "PH", "MNLF: Moro National Liberation Front"),
    ("Gunmen of Los Rastrojos killed a boatman on the river.", "CO", "Los Rastrojos"),
    ("Gunmen of Los Ardillos blocked a mountain road.", "MX", "Los Ardillos"),
    ("Members of the Terceiro Comando Puro fired at a police patrol.", "BR", "TCP: Pure Third Command"),
    ("Members of Kraze Baryè set fire to several houses.", "HT", "Kraze Barye"),
    ("Militants of the Popular Resistance Committees fired rockets at a kibbutz.", "PS",
     "PRC: Popular Resistance Committees"),
])
def test_an_armed_group_the_dictionary_lacked_is_named_as_acled_names_it(text, country, name):
    assert name in _names(text, country)


@pytest.mark.parametrize("text, country, name", [
    ("Kamuina Nsapu militiamen attacked a police station with machetes.", "CD", "Kamuina Nsapu Militia"),
    ("Bana Mura militiamen burned a clinic in a village.", "CD", "Bana Mura Militia"),
    ("Naparama militiamen armed with spears patrolled the village.", "MZ", "Naparama Militia"),
    ("White Army fighters looted cattle from a camp.", "SS", "Nuer Ethnic Militia (South Sudan)"),
])
def test_a_movement_is_named_as_the_movement_not_as_a_places_communal_militia(text, country, name):
    """ "Kamuina Nsapu militiamen" would otherwise be read as the communal militia of a place called Kamuina
    Nsapu; ACLED names the movement."""
    names = _names(text, country)
    assert name in names and not any("Communal Militia" in n for n in names), names


@pytest.mark.parametrize("text, country, name", [
    ("Katiba Massina burned granaries in a village.", "ML", "JNIM: Group for Support of Islam and Muslims"),
    ("The Bui Warriors abducted a teacher on the road.", "CM", "Ambazonian Separatists (Cameroon)"),
    ("Red Dragons enforced a lockdown on the town.", "CM", "Ambazonian Separatists (Cameroon)"),
    ("Zaire militiamen attacked a displaced persons' site.", "CD", "CRP: Convention for the Popular Revolution"),
    ("NAS fighters ambushed a river barge.", "SS", "NAS: National Salvation Front"),
    ("Haqqani Network militants detonated a truck bomb.", "AF", "Taliban"),
    ("Fitna al-Khawarij terrorists attacked a checkpost.", "PK", "TTP: Tehreek-i-Taliban Pakistan"),
    ("The Majeed Brigade claimed the attack on a camp.", "PK", "BLA: Balochistan Liberation Army"),
    ("Gunmen of Los Chapitos fired on a rival convoy.", "MX", "Sinaloa Cartel"),
    ("Amal fighters exchanged fire with a rival clan.", "LB", "Amal Movement"),
])
def test_an_alias_names_the_group_the_dictionary_held(text, country, name):
    assert name in _names(text, country)


@pytest.mark.parametrize("text, country, name", [
    ("Amhara special forces fired on a crowd at a market.", "ET", "Police Forces of Ethiopia"),
    ("The Liyu Hayl raided a village near the regional border.", "ET", "Police Forces of Ethiopia"),
    ("Special Operations Group personnel cordoned off an orchard.", "IN", "Police Forces of India"),
    ("Greyhounds commandos engaged a Maoist squad in the forest.", "IN", "Police Forces of India"),
    ("DSS operatives detained a journalist at his home.", "NG", "Police Forces of Nigeria"),
    ("The SBU detained a man suspected of spotting for artillery.", "UA", "Police Forces of Ukraine"),
    ("The FSB detained a man accused of sabotage on a railway.", "RU", "Police Forces of Russia"),
    ("Basij members beat students at a university gate.", "IR", "Military Forces of Iran"),
    ("BOPE officers raided a favela at dawn.", "BR", "Military Forces of Brazil"),
    ("The Presidential Guard fired shots around the palace.", "TD", "Military Forces of Chad"),
])
def test_a_state_unit_is_the_state_body_acled_codes_it_as(text, country, name):
    names = _names(text, country)
    assert any(n.startswith(name) for n in names), names


def test_the_afghan_intelligence_service_is_police():
    names = _names("GDI agents detained two former soldiers at a checkpoint.", "AF")
    assert "Police Forces of Afghanistan (2021-) General Directorate of Intelligence" in names, names


def test_special_forces_elsewhere_stay_the_military():
    names = _names("Special forces stormed a hideout at night.", "NG")
    assert any(n.startswith("Military Forces of Nigeria") for n in names), names
