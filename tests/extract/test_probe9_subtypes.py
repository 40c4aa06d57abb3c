"""Invented ACLED-style notes for the sub-event types of Violence against civilians and Strategic
developments (wt-probe9, issue 13), written from the codebook's definitions, not from any dev-set note:
each row is a note, the one sub-event type it tells and, where the row names them, the start of
actor1's ACLED name and actor2's full name. The rows guard the rules the probe added: a remnant of a
past war that goes off is "Other" with "Unidentified Military Forces" as its layer, not an explosion;
"seized" people are abducted; "sexually abused" is sexual violence; "an armed man" is an unidentified
armed group, not a civilian; people killed "accused of spying for the government" are civilians,
not the state (an attack, not a battle); a headquarters "installed", a town "occupied" after its holders
"abandoned" their positions, a landmine "found" are coded as the codebook says."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from tests.extract.reports import news_of

AT, AB, SV = "Attack", "Abduction/forced disappearance", "Sexual violence"
AG, AR, CG, DW, HQ, LP, NT, OT = ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                                  "Headquarters or base established", "Looting/property destruction",
                                  "Non-violent transfer of territory", "Other")

NOTES = [
    # Attack
    ('On 12 March 2022, unidentified gunmen shot dead a trader in Kaya (Kaya, Sanmatenga). 1 fatality.',
     AT, 'Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)'),
    ('On 4 May 2021, suspected Fulani militia killed 7 villagers in Bokkos (Bokkos, Plateau). Houses were '
     'also burned.',
     AT, 'Fulani', 'Civilians (Nigeria)'),
    ('On 2 February 2020, a civilian was killed by ADF rebels with machetes in Oicha (Beni, North Kivu).',
     AT, 'ADF', 'Civilians (Democratic Republic of Congo)'),
    ('On 27 August 2022, police officers beat a motorcycle taxi driver in Kisumu (Kisumu Central, Kisumu),'
     ' injuring him seriously.',
     AT, 'Police Forces of Kenya', 'Civilians (Kenya)'),
    ('On 8 October 2021, in Gao (Gao, Gao), an armed man stabbed a shopkeeper to death. The motive is '
     'unknown.',
     AT, 'Unidentified Armed Group (Mali)', 'Civilians (Mali)'),
    ('On 15 January 2023, Russian soldiers opened fire on a civilian car near Bakhmut (Bakhmut, Donetsk), '
     'killing a woman and her son.',
     AT, 'Military Forces of Russia', 'Civilians (Ukraine)'),
    ('On 30 November 2022, bandits invaded Gusau (Gusau, Zamfara) and shot 4 farmers working on their '
     'farms. 4 fatalities.',
     AT, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 11 July 2021, the body of a herder was found in Djibo (Djibo, Soum). He had been killed by JNIM '
     'militants the previous day.',
     AT, 'JNIM', None),
    ('On 5 September 2022, armed men attacked a bus on the road near Mopti (Mopti, Mopti) and killed the '
     'driver. Passengers were robbed.',
     AT, 'Unidentified Armed Group (Mali)', 'Civilians (Mali)'),
    ('On 21 March 2023, gunmen assaulted a journalist in Port-au-Prince (Port-au-Prince, Ouest). No '
     'fatalities were reported.',
     AT, 'Unidentified Armed Group (Haiti)', 'Civilians (Haiti)'),
    # people killed "accused of spying for the government": the state they serve is no side
    ('On 19 June 2023, Al Shabaab militants executed two men accused of spying for the government in Jilib '
     '(Jilib, Middle Juba).',
     AT, 'Al Shabaab', 'Civilians (Somalia)'),
    ('On 2 May 2022, JNIM militants killed a trader accused of collaborating with the army near Djibo (Djibo,'
     ' Soum).',
     AT, 'JNIM', 'Civilians (Burkina Faso)'),
    ('On 8 October 2021, ISWAP fighters beheaded 3 farmers suspected of helping the military in Monguno '
     '(Monguno, Borno).',
     AT, 'Islamic State (West Africa)', 'Civilians (Nigeria)'),
    ('On 14 January 2023, soldiers shot dead 2 men accused of supporting Al Shabaab in Jilib (Jilib, Middle '
     'Juba).',
     AT, 'Military Forces of Somalia', 'Civilians (Somalia)'),
    # Abduction/forced disappearance
    ('On 12 March 2022, unidentified gunmen abducted a trader in Kaura Namoda (Kaura Namoda, Zamfara).',
     AB, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 3 April 2021, JNIM militants kidnapped 5 civilians, including a village chief, near Dori (Dori, '
     'Seno).',
     AB, 'JNIM', 'Civilians (Burkina Faso)'),
    ('On 14 June 2022, three aid workers were kidnapped by armed men in Mogadishu (Banadir, Banadir).',
     AB, 'Unidentified Armed Group (Somalia)', 'Civilians (Somalia)'),
    ('On 9 February 2023, bandits abducted 20 passengers travelling on the Kaduna-Abuja road near Kaduna '
     '(Kaduna North, Kaduna). They demanded a ransom.',
     AB, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 22 August 2021, ISWAP militants seized 6 farmers in their fields near Monguno (Monguno, Borno).',
     AB, None, 'Civilians (Nigeria)'),
    ('On 28 May 2020, in Kalehe (Kalehe, South Kivu), Mai-Mai militiamen took 3 women hostage.',
     AB, None, 'Civilians (Democratic Republic of Congo)'),
    ('On 6 December 2021, gang members kidnapped a pastor and his wife in Croix-des-Bouquets (Croix-des-'
     'Bouquets, Ouest). The couple was released two days later.',
     AB, None, 'Civilians (Haiti)'),
    ('On 19 September 2022, armed men abducted a student in Maiduguri (Maiduguri, Borno).',
     AB, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 7 July 2022, armed men took away 4 miners from a gold site near Gusau (Gusau, Zamfara). Their '
     'whereabouts remain unknown.',
     AB, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    # Sexual violence
    ('On 12 March 2022, gunmen raped a woman in Kalehe (Kalehe, South Kivu).',
     SV, 'Unidentified Armed Group (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)'),
    ('On 4 June 2021, RSF soldiers raped 3 girls in Nyala (Nyala, South Darfur).',
     SV, None, 'Civilians (Sudan)'),
    ('On 20 January 2023, a woman was raped by two soldiers near Bunia (Djugu, Ituri).',
     SV, None, 'Civilians (Democratic Republic of Congo)'),
    ('On 8 August 2022, armed men sexually assaulted a teenage girl in Goma (Goma, North Kivu).',
     SV, 'Unidentified Armed Group (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)'),
    ('On 16 April 2021, Eritrean soldiers gang-raped a woman in Adigrat (Adigrat, Eastern Tigray).',
     SV, 'Military Forces of Eritrea', 'Civilians (Ethiopia)'),
    ('On 2 November 2020, in Maiduguri (Maiduguri, Borno), a police officer raped a 15-year-old girl in '
     'custody.',
     SV, 'Police Forces of Nigeria', 'Civilians (Nigeria)'),
    ('On 11 September 2022, militiamen subjected several women to sexual violence in Djugu (Djugu, Ituri).',
     SV, None, 'Civilians (Democratic Republic of Congo)'),
    ('On 23 February 2023, bandits raped 4 women in Gusau (Gusau, Zamfara) and killed one of them.',
     SV, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 5 July 2021, a gang member sexually abused a girl in Port-au-Prince (Port-au-Prince, Ouest).',
     SV, None, 'Civilians (Haiti)'),
    ('On 13 May 2023, a soldier sexually abused a displaced woman in a camp in Bunia (Djugu, Ituri).',
     SV, None, 'Civilians (Democratic Republic of Congo)'),
    # Agreement
    ('On 12 March 2022, the Malian government and the CMA signed a ceasefire agreement in Kidal (Kidal, '
     'Kidal).',
     AG, 'Government of Mali', None),
    ('On 2 November 2022, the Ethiopian government and the TPLF agreed to a permanent cessation of '
     'hostilities in Pretoria (Pretoria, Gauteng).',
     AG, 'Government of Ethiopia', None),
    ('On 7 June 2021, Fulani and Dogon community leaders signed a peace accord in Mopti (Mopti, Mopti).',
     AG, None, None),
    ('On 16 October 2022, the Russian and Ukrainian forces exchanged 50 prisoners of war near Zaporizhzhia'
     ' (Zaporizhzhia, Zaporizhzhia).',
     AG, None, None),
    ('On 25 August 2023, a truce was reached between two rival clans in Galkayo (Galkayo, Mudug) after '
     'mediation by elders.',
     AG, None, None),
    ('On 3 April 2020, M23 rebels and the government of the DRC reached an agreement in Goma (Goma, North '
     'Kivu) on the withdrawal of the rebels.',
     AG, 'M23', None),
    ('On 19 January 2023, the army released 12 detained militants in exchange for 5 soldiers held by JNIM '
     'near Djibo (Djibo, Soum).',
     AG, 'Military Forces of Burkina Faso', None),
    ('On 8 May 2021, the Sudanese government signed a peace deal with SPLM-N rebels in Juba (Juba, Central'
     ' Equatoria).',
     AG, 'Government of Sudan', None),
    ('On 30 September 2022, local authorities and bandits agreed on a peace deal in Tsafe (Tsafe, '
     'Zamfara).',
     AG, None, None),
    # Arrests
    ('On 12 March 2022, police arrested 5 opposition supporters in Harare (Harare, Harare).',
     AR, 'Police Forces of Zimbabwe', None),
    ('On 4 June 2021, a journalist was arrested by soldiers in Bamako (Bamako, Bamako).',
     AR, 'Military Forces of Mali', 'Civilians (Mali)'),
    ('On 22 September 2022, the Ugandan army detained 10 suspected ADF collaborators in Kasese (Kasese, '
     'Kasese).',
     AR, 'Military Forces of Uganda', None),
    ('On 15 February 2023, security forces apprehended an alleged Al Shabaab commander in Kismayo '
     '(Kismayo, Lower Juba).',
     AR, None, 'Al Shabaab'),
    ('On 9 July 2021, Pakistani police took into custody three suspected militants in Peshawar (Peshawar, '
     'Khyber Pakhtunkhwa).',
     AR, 'Police Forces of Pakistan', None),
    ('On 18 April 2023, the NIA arrested a Maoist leader in Ranchi (Ranchi, Jharkhand).',
     AR, None, None),
    ('On 2 August 2020, the gendarmerie arrested 2 men suspected of kidnapping in Kaya (Kaya, Sanmatenga).',
     AR, None, None),
    ('On 6 January 2022, military personnel detained the former mayor of Kidal (Kidal, Kidal) at his home.',
     AR, None, None),
    ("On 11 May 2023, Taliban forces arrested a women's rights activist in Kabul (Kabul, Kabul).",
     AR, None, 'Civilians (Afghanistan)'),
    # Change to group/activity
    ('On 12 March 2022, Wagner Group personnel arrived in Menaka (Menaka, Menaka) to reinforce the Malian '
     'army.',
     CG, 'Wagner Group', None),
    ('On 1 June 2021, two factions of the Mai-Mai militia merged in Uvira (Uvira, South Kivu).',
     CG, None, None),
    ('On 14 February 2023, a new armed group announced its formation in Bamenda (Mezam, North-West).',
     CG, None, None),
    ('On 20 October 2021, the government deployed 500 soldiers to Palma (Palma, Cabo Delgado) to secure '
     'the town.',
     CG, None, None),
    # Agreement
    ('On 3 July 2023, 150 Boko Haram fighters surrendered to the army in Bama (Bama, Borno) with their '
     'families.',
     AG, 'Boko Haram', None),
    # Change to group/activity
    ('On 5 December 2022, Al Shabaab recruited dozens of young men in Jilib (Jilib, Middle Juba), '
     'according to local sources.',
     CG, 'Al Shabaab', None),
    ('On 18 August 2021, the Taliban imposed a curfew in Kandahar (Kandahar, Kandahar).',
     CG, None, None),
    ('On 29 January 2023, a commander of the ELN defected to the army with 12 of his men in Tame (Tame, '
     'Arauca).',
     CG, 'ELN', None),
    ('On 11 March 2023, the Malian army launched a recruitment drive for 2,000 new soldiers in Bamako '
     '(Bamako, Bamako).',
     CG, 'Military Forces of Mali', None),
    ('On 25 November 2022, the government declared a state of emergency in Dori (Dori, Seno) and the '
     'surrounding province.',
     CG, 'Government of Burkina Faso', None),
    # Disrupted weapons use
    ('On 12 March 2022, the army defused an IED planted on the road near Gao (Gao, Gao).',
     DW, 'Military Forces of Mali', None),
    ('On 7 May 2021, police seized a cache of weapons and ammunition in Maiduguri (Maiduguri, Borno).',
     DW, 'Police Forces of Nigeria', None),
    ('On 15 August 2022, Ukrainian air defence intercepted 3 Russian missiles over Kyiv (Kyiv, Kyiv).',
     DW, 'Military Forces of Ukraine', None),
    ('On 2 February 2023, a bomb disposal unit safely detonated an explosive device found in a market in '
     'Mogadishu (Banadir, Banadir).',
     DW, None, None),
    ('On 24 October 2021, Israeli forces shot down a drone launched from Gaza near Sderot (Sderot, '
     'Southern).',
     DW, 'Military Forces of Israel', None),
    ('On 19 June 2022, soldiers discovered and dismantled a bomb-making factory in Jilib (Jilib, Middle '
     'Juba).',
     DW, None, None),
    ('On 10 April 2023, a landmine was found and removed by deminers near Kharkiv (Kharkiv, Kharkiv).',
     DW, None, None),
    ('On 28 December 2020, security forces foiled a suicide attack in Kabul (Kabul, Kabul), arresting the '
     'bomber before he detonated his vest.',
     DW, None, None),
    ('On 3 September 2022, troops recovered rifles and grenades abandoned by militants near Monguno '
     '(Monguno, Borno).',
     DW, None, None),
    # Headquarters or base established
    ('On 12 March 2022, JNIM militants established a base in the forest near Djibo (Djibo, Soum).',
     HQ, 'JNIM', None),
    ('On 6 June 2021, the army set up a military camp in Palma (Palma, Cabo Delgado).',
     HQ, None, None),
    ('On 19 October 2022, M23 rebels installed their headquarters in Rutshuru (Rutshuru, North Kivu).',
     HQ, 'M23', None),
    ('On 3 February 2023, ISWAP fighters set up a new camp on an island of Lake Chad near Monguno '
     '(Monguno, Borno).',
     HQ, None, None),
    ('On 22 August 2021, Al Shabaab opened a new base in Jilib (Jilib, Middle Juba), local sources said.',
     HQ, 'Al Shabaab', None),
    ('On 14 April 2023, the Wagner Group established a base at the airport of Menaka (Menaka, Menaka).',
     HQ, 'Wagner Group', None),
    ('On 9 November 2020, in Tame (Tame, Arauca), ELN guerrillas established a camp in a rural area.',
     HQ, 'ELN', None),
    ('On 30 May 2022, bandits set up a camp in the Rugu forest near Katsina (Katsina, Katsina).',
     HQ, None, None),
    # Looting/property destruction
    ('On 12 March 2022, RSF fighters looted shops in the market of Nyala (Nyala, South Darfur).',
     LP, None, 'Civilians (Sudan)'),
    ('On 4 June 2021, unidentified armed men burned down 20 houses in Bokkos (Bokkos, Plateau).',
     LP, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 18 September 2022, JNIM militants destroyed a telecommunications antenna near Dori (Dori, Seno).',
     LP, 'JNIM', None),
    ('On 2 January 2023, Al Shabaab set fire to a school in Baidoa (Baidoa, Bay). No casualties were '
     'reported.',
     LP, 'Al Shabaab', 'Civilians (Somalia)'),
    ('On 11 November 2021, bandits rustled 200 cattle from herders in Maru (Maru, Zamfara).',
     LP, 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)'),
    ('On 26 July 2020, in Kalehe (Kalehe, South Kivu), Mai-Mai militiamen pillaged a health centre.',
     LP, None, 'Civilians (Democratic Republic of Congo)'),
    ('On 8 March 2023, a bridge was destroyed by ISWAP militants near Monguno (Monguno, Borno) to block '
     'army movements.',
     LP, None, None),
    ('On 15 May 2022, the Israeli army demolished a Palestinian house in Hebron (Hebron, Hebron).',
     LP, 'Military Forces of Israel', 'Civilians (Palestine)'),
    ('On 29 October 2021, armed men stole livestock and vandalised a church in Djugu (Djugu, Ituri).',
     LP, None, 'Civilians (Democratic Republic of Congo)'),
    ('On 21 April 2023, gang members torched several vehicles in Port-au-Prince (Port-au-Prince, Ouest).',
     LP, None, 'Civilians (Haiti)'),
    # Non-violent transfer of territory
    ('On 12 March 2022, the Malian army withdrew from its base in Tessit (Ansongo, Gao), and JNIM '
     'militants took control of the town without fighting.',
     NT, None, None),
    ('On 15 August 2021, the Taliban entered Kabul (Kabul, Kabul) and took control of the city without '
     'resistance after government forces left.',
     NT, None, None),
    ('On 9 November 2022, Russian forces withdrew from Kherson (Kherson, Kherson) and Ukrainian forces '
     'took control of the city.',
     NT, None, None),
    ('On 29 October 2022, M23 rebels occupied Kiwanja (Rutshuru, North Kivu) after FARDC soldiers '
     'abandoned their positions.',
     NT, None, None),
    ('On 3 May 2023, Al Shabaab fighters retook the village of Bulo Burte (Bulo Burto, Hiraan) unopposed '
     'after the army pulled out.',
     NT, None, None),
    ('On 20 January 2021, the army handed over control of Tessalit (Tessalit, Kidal) to the CMA.',
     NT, None, None),
    ('On 7 December 2022, Fano militia took over Lalibela (Lasta, North Wollo) without a fight after the '
     'federal forces left.',
     NT, 'Fano', None),
    ('On 25 June 2020, the Syrian army entered Kafr Nabuda (Al-Suqaylabiyah, Hama) after HTS withdrew from'
     ' the town.',
     NT, None, None),
    # Other
    ('On 12 March 2022, an unexploded mortar shell left from the 2012 war exploded in a field in Gao (Gao,'
     ' Gao), killing a child.',
     OT, None, 'Civilians (Mali)'),
    ('On 7 February 2023, a landmine left from the war detonated when a shepherd stepped on it near '
     'Kharkiv (Kharkiv, Kharkiv). 1 fatality.',
     OT, None, 'Civilians (Ukraine)'),
    ('On 24 August 2021, residents discovered a mass grave with 15 bodies in Djugu (Djugu, Ituri).',
     OT, None, None),
    ('On 3 May 2022, about 2,000 residents fled their homes in Djibo (Djibo, Soum) following repeated '
     'attacks by armed groups.',
     OT, 'Civilians (Burkina Faso)', None),
    ('On 14 April 2022, 350 civilians were evacuated from Kharkiv (Kharkiv, Kharkiv) by train.',
     OT, None, None),
    ('On 9 September 2021, an old artillery shell left over from the war exploded in a scrapyard in Mosul '
     '(Mosul, Ninewa), injuring 2 workers.',
     OT, 'Unidentified Military Forces', 'Civilians (Iraq)'),
    ('On 27 January 2023, a school in Nairobi (Nairobi, Nairobi) was evacuated after it received a bomb '
     'threat.',
     OT, None, None),
]


@pytest.mark.parametrize("text,sub_event_type,actor1,actor2", NOTES, ids=[f"{n:03d}" for n in range(len(NOTES))])
def test_probe9_subtype(pipeline, text, sub_event_type, actor1, actor2):
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    events = news_of(pipeline, text, lang="en", published=day)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    if actor1 is not None:
        assert events[0].actor1 is not None and events[0].actor1.name.startswith(actor1)
    if actor2 is not None:
        assert events[0].actor2 is not None and events[0].actor2.name == actor2
