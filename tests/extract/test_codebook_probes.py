"""Codebook conformance (issue 13): invented notes in the register of ACLED's, at least six for each of
the 25 sub-event types, written from the codebook's definitions (not from any dev-set note), with notes
that chain several verbs for one event (ACLED's one-event rule and its type precedence) and notes that
tell two events. Each row: a note and the sub-event types of the events it tells, in any order."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from sitrep.types import Article

TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
EVENT_TYPE = {sub: event_type for event_type, subs in TYPES.items() for sub in subs}
AC, GR, NS = TYPES["Battles"]
CW, AS, SB, SH, IED, GN = TYPES["Explosions/Remote violence"]
SV, AT, AB = TYPES["Violence against civilians"]
PP, PI, EF = TYPES["Protests"]
VD, MV = TYPES["Riots"]
AG, AR, CG, DW, HQ, LP, NT, OT = TYPES["Strategic developments"]

NOTES = [
    ('On 12 March 2022, military forces clashed with JNIM militants near Boni (Douentza, Mopti). 4 '
     'fatalities were reported.',
     [AC]),
    ('On 3 June 2021, Al Shabaab fighters and Somali troops exchanged fire for two hours in Bulo Burte '
     '(Bulo Burto, Hiraan). Casualties unknown.',
     [AC]),
    ('On 20 April 2023, RSF fighters fought against the Sudanese army in Nyala (Nyala, South Darfur), and '
     '12 people were killed.',
     [AC]),
    ('On 8 August 2022, unidentified gunmen ambushed a police patrol near Gao (Gao, Gao). The police '
     'returned fire and the attackers fled. 2 police officers were killed.',
     [AC]),
    ('On 15 May 2020, ELN and FARC dissidents engaged in armed confrontations in the rural area of Tame '
     '(Tame, Arauca).',
     [AC]),
    ('On 2 February 2024, a gun battle broke out between Ambazonian separatists and the military in '
     'Bamenda (Mezam, North-West). 3 separatists were killed.',
     [AC]),
    ('On 9 September 2021, troops repelled an ISWAP attack on their base in Damasak (Mobbar, Borno), '
     'killing 9 insurgents.',
     [AC]),
    ('On 14 October 2022, Ukrainian forces recaptured the village of Davydiv Brid (Beryslav, Kherson) from'
     ' Russian forces after fighting.',
     [GR]),
    ('On 3 March 2021, Mozambican troops retook control of Palma (Palma, Cabo Delgado) from Islamic State '
     'militants after clashes.',
     [GR]),
    ('On 22 July 2023, the Ethiopian army regained control of Lalibela (Lasta, North Wollo) after fighting'
     ' with Fano militia.',
     [GR]),
    ('On 5 January 2022, the Malian army recovered the town of Tessit (Ansongo, Gao) following clashes '
     'with JNIM.',
     [GR]),
    ('On 18 November 2020, Armed Forces of the DRC recaptured Kalunguta (Beni, North Kivu) from ADF rebels'
     ' after heavy fighting.',
     [GR]),
    ('On 30 May 2019, government forces liberated the town of Kafr Nabuda (Al-Suqaylabiyah, Hama) from HTS'
     ' militants following clashes.',
     [GR]),
    ('On 10 August 2021, Taliban militants captured the city of Zaranj (Zaranj, Nimroz) after clashes with'
     ' Afghan security forces.',
     [NS]),
    ('On 24 April 2023, M23 rebels seized the town of Kitshanga (Masisi, North Kivu) after fighting with '
     'the FARDC.',
     [NS]),
    ('On 2 November 2021, TPLF forces took control of Dessie (Dessie, South Wollo) after clashing with the'
     ' Ethiopian army.',
     [NS]),
    ('On 19 March 2022, JNIM militants overran a military camp in Tessit (Ansongo, Gao), clashing with '
     'soldiers. 15 soldiers were killed.',
     [NS]),
    ('On 7 June 2020, Al Shabaab fighters took over the town of Mahaday (Jowhar, Middle Shabelle) after '
     'brief fighting with government troops.',
     [NS]),
    ('On 7 April 2018, regime forces carried out a chemical attack with chlorine gas on Douma (Markaz Rif '
     'Dimashq, Rural Damascus), killing 40 civilians.',
     [CW]),
    ('On 4 April 2017, military forces used sarin in an attack on Khan Shaykhun (Khan Shaykhun, Idleb). 70'
     ' civilians were killed.',
     [CW]),
    ('On 16 September 2016, ISIS militants fired shells containing mustard gas at Iraqi troops near '
     'Qayyarah (Mosul, Ninewa).',
     [CW]),
    ('On 2 March 2015, government forces dropped barrel bombs containing toxic gas on Sarmin (Idleb, '
     'Idleb). 6 people died of suffocation.',
     [CW]),
    ('On 11 June 2017, ISIS used chemical weapons against advancing troops in western Mosul (Mosul, '
     'Ninewa).',
     [CW]),
    ('On 13 August 2019, a poison gas attack by regime forces hit Kabani (Jisr-Ash-Shugur, Idleb). No '
     'fatalities were reported.',
     [CW]),
    ('On 12 March 2022, Russian military aircraft carried out airstrikes on Mariupol (Mariupol, Donetsk), '
     'killing 5 civilians.',
     [AS]),
    ('On 5 May 2023, the Sudanese air force bombed RSF positions in Khartoum (Khartoum, Khartoum). 3 RSF '
     'fighters were killed.',
     [AS]),
    ('On 1 July 2021, a US drone strike targeted Al Shabaab militants near Jilib (Jilib, Middle Juba), '
     'killing 4 militants.',
     [AS]),
    ('On 18 January 2022, Saudi-led coalition warplanes struck a detention centre in Saada (Saada, Saada).'
     ' 80 detainees were killed.',
     [AS]),
    ('On 9 October 2023, a Turkish drone hit a vehicle near Qamishli (Qamishli, Al-Hasakeh), killing 2 SDF'
     ' members.',
     [AS]),
    ('On 26 February 2024, Myanmar military jets bombed a village in Kani (Kani, Sagaing). 7 civilians '
     'were killed.',
     [AS]),
    ('On 14 August 2020, the Nigerian Air Force conducted air raids on ISWAP hideouts in Marte (Marte, '
     'Borno), killing dozens of insurgents.',
     [AS]),
    ('On 12 March 2022, a suicide bomber blew himself up at a mosque in Peshawar (Peshawar, Khyber '
     'Pakhtunkhwa), killing 63 people.',
     [SB]),
    ('On 4 October 2017, an Al Shabaab suicide car bomb exploded at a checkpoint in Mogadishu (Banadir, '
     'Banadir). 5 soldiers were killed.',
     [SB]),
    ('On 23 June 2019, two female suicide bombers detonated their explosives at a market in Konduga '
     '(Konduga, Borno), killing 8 civilians.',
     [SB]),
    ('On 26 August 2021, an IS-K suicide attack struck the airport gates in Kabul (Kabul, Kabul), killing '
     '170 civilians and 13 US soldiers.',
     [SB]),
    ('On 2 December 2020, a suicide bomber targeted a military convoy near Ghazni (Ghazni, Ghazni). 2 '
     'soldiers were killed.',
     [SB]),
    ('On 30 January 2023, a suicide attacker detonated a vest inside a police compound in Peshawar '
     '(Peshawar, Khyber Pakhtunkhwa), killing 84 people.',
     [SB]),
    ('On 12 March 2022, Russian forces shelled residential areas of Kharkiv (Kharkiv, Kharkiv), killing 3 '
     'civilians.',
     [SH]),
    ('On 2 August 2023, Houthi forces fired artillery at government positions in Hays (Hays, Al Hudaydah).'
     ' No fatalities were reported.',
     [SH]),
    ('On 15 June 2022, Ukrainian forces launched rockets at Donetsk city (Donetsk, Donetsk). 4 civilians '
     'were killed.',
     [SH]),
    ('On 20 September 2020, Azerbaijani forces fired mortars at Armenian positions near Martuni (Martuni, '
     'Nagorno-Karabakh).',
     [SH]),
    ('On 8 May 2021, Hamas fighters fired rockets from Gaza into Ashkelon (Ashkelon, Southern). 2 '
     'civilians were killed.',
     [SH]),
    ('On 27 February 2022, a missile strike hit the regional administration building in Kharkiv (Kharkiv, '
     'Kharkiv), killing 10 civilians.',
     [SH]),
    ('On 4 April 2024, RSF fighters carried out artillery shelling on El Fasher (El Fasher, North Darfur).'
     ' 6 civilians were killed.',
     [SH]),
    ('On 12 March 2022, a military vehicle hit a landmine near Boni (Douentza, Mopti), killing 2 soldiers.',
     [IED]),
    ('On 14 July 2020, an IED planted by Al Shabaab exploded near an AMISOM convoy in Afgooye (Afgooye, '
     'Lower Shabelle). No fatalities were reported.',
     [IED]),
    ('On 3 November 2021, a roadside bomb struck a bus in Kandahar (Kandahar, Kandahar), killing 4 '
     'civilians.',
     [IED]),
    ('On 25 September 2022, a civilian stepped on a mine in Kamyshevakha (Popasna, Luhansk) and was '
     'killed.',
     [IED]),
    ('On 9 January 2023, suspected ADF militants detonated a bomb inside a church in Kasindi (Beni, North '
     'Kivu). 14 people were killed.',
     [IED]),
    ("On 17 April 2021, a car bomb went off near a market in Azaz (A'zaz, Aleppo), killing 5 civilians.",
     [IED]),
    ('On 30 May 2019, an explosive device exploded under a police vehicle in Arish (Arish, North Sinai), '
     'wounding 3 policemen.',
     [IED]),
    ('On 12 March 2022, unidentified men threw a grenade at a bar in Gitega (Gitega, Gitega), injuring 6 '
     'civilians.',
     [GN]),
    ('On 1 May 2020, a hand grenade was hurled at a police station in Srinagar (Srinagar, Jammu and '
     'Kashmir). No injuries were reported.',
     [GN]),
    ('On 6 August 2021, suspected militants lobbed a grenade into a crowded bus stand in Pulwama (Pulwama,'
     ' Jammu and Kashmir), wounding 4 people.',
     [GN]),
    ('On 14 February 2023, a grenade attack on a nightclub in Tegucigalpa (Distrito Central, Francisco '
     'Morazan) killed 1 person.',
     [GN]),
    ('On 22 October 2019, assailants on a motorbike threw a grenade into the home of a local official in '
     'Bujumbura (Mukaza, Bujumbura Mairie).',
     [GN]),
    ('On 10 June 2022, a grenade exploded after it was thrown by unknown persons at a shop in Jenin '
     '(Jenin, Jenin), injuring 2 civilians.',
     [GN]),
    ('On 12 March 2022, two FARDC soldiers raped a woman in Kalehe (Kalehe, South Kivu).',
     [SV]),
    ('On 4 May 2021, Fulani militia raped three girls in a village of Guma (Guma, Benue).',
     [SV]),
    ('On 19 September 2023, RSF fighters sexually assaulted several women in Ardamata (El Geneina, West '
     'Darfur).',
     [SV]),
    ('On 28 January 2020, a girl was gang-raped by members of an armed gang in Port-au-Prince (Port-au-'
     'Prince, Ouest).',
     [SV]),
    ('On 11 November 2022, an Imbonerakure member raped a woman in Muyinga (Muyinga, Muyinga).',
     [SV]),
    ('On 6 July 2021, Eritrean soldiers committed sexual violence against women in Adigrat (Ganta Afeshum,'
     ' Eastern Tigray).',
     [SV]),
    ('On 12 March 2022, unidentified gunmen shot dead a local trader in Butembo (Butembo, North Kivu).',
     [AT]),
    ('On 23 May 2021, Fulani militia attacked the village of Tse-Ortese (Guma, Benue), killing 7 '
     'civilians.',
     [AT]),
    ('On 9 February 2023, ISWAP militants killed 5 farmers in their fields near Dikwa (Dikwa, Borno).',
     [AT]),
    ('On 3 September 2020, a man was stabbed to death by unknown assailants in Lae (Lae, Morobe).',
     [AT]),
    ('On 15 April 2022, gang members opened fire on passengers of a bus in Croix-des-Bouquets (Croix-des-'
     'Bouquets, Ouest), killing 2 people.',
     [AT]),
    ('On 27 June 2021, suspected ADF militants attacked the village of Kisima (Beni, North Kivu), killing '
     '11 civilians with machetes.',
     [AT]),
    ('On 5 October 2023, police officers beat a street vendor to death in Lagos (Ikeja, Lagos).',
     [AT]),
    ('On 12 March 2022, armed bandits abducted 15 passengers along the Kaduna-Abuja highway (Chikun, '
     'Kaduna).',
     [AB]),
    ('On 2 July 2021, ADF militants kidnapped 6 civilians in Mamove (Beni, North Kivu).',
     [AB]),
    ('On 18 October 2023, JNIM militants kidnapped a village chief in Djibo (Djibo, Soum).',
     [AB]),
    ('On 7 May 2020, gunmen kidnapped a Catholic priest in Ondo (Ondo West, Ondo).',
     [AB]),
    ('On 25 February 2022, an activist was forcibly disappeared by security forces in Quetta (Quetta, '
     'Balochistan). His whereabouts remain unknown.',
     [AB]),
    ('On 14 December 2021, unidentified armed men abducted 3 aid workers near Bria (Bria, Haute-Kotto).',
     [AB]),
    ('On 12 March 2022, around 200 teachers protested in front of the ministry of education in Accra '
     '(Accra Metropolitan, Greater Accra) to demand unpaid salaries. [size=around 200]',
     [PP]),
    ('On 4 June 2021, residents staged a sit-in outside the governorate building in Tataouine (Tataouine '
     'Nord, Tataouine) demanding jobs. [size=no report]',
     [PP]),
    ('On 22 August 2023, hundreds of supporters of the opposition demonstrated in Dakar (Dakar, Dakar) '
     'against the arrest of their leader. [size=hundreds]',
     [PP]),
    ('On 10 November 2020, workers of a textile factory went on strike in Gazipur (Gazipur, Dhaka) over '
     'unpaid wages. [size=no report]',
     [PP]),
    ('On 1 May 2022, trade unions held a march in Nairobi (Nairobi, Nairobi) to mark Labour Day. '
     '[size=around 1000]',
     [PP]),
    ('On 17 January 2024, farmers gathered in front of the district office in Multan (Multan, Punjab) to '
     'protest against the rise of fertilizer prices. [size=dozens]',
     [PP]),
    ('On 3 March 2021, students held a rally at the university in Yangon (Kamayut, Yangon) against the '
     'military coup. [size=no report]',
     [PP]),
    ('On 12 March 2022, police dispersed protesters with tear gas in Conakry (Conakry, Conakry) during a '
     'demonstration against the junta. [size=no report]',
     [PI]),
    ('On 5 July 2021, students protested in Harare (Harare, Harare) over fee increases. Police arrested 12'
     ' of them. [size=dozens]',
     [PI]),
    ('On 20 October 2020, police fired rubber bullets to break up a rally in Lekki (Eti-Osa, Lagos). '
     '[size=hundreds]',
     [PI]),
    ('On 8 March 2023, security forces prevented women from marching in Islamabad (Islamabad, Islamabad '
     'Capital Territory) and detained several protesters. [size=no report]',
     [PI]),
    ('On 27 May 2021, riot police used water cannon against demonstrators in Minsk (Minsk, Minsk). '
     '[size=around 300]',
     [PI]),
    ('On 12 March 2022, security forces opened fire on protesters in Khartoum (Khartoum, Khartoum), '
     'killing 2 demonstrators. [size=thousands]',
     [EF]),
    ('On 3 March 2021, soldiers shot dead 8 protesters during an anti-coup demonstration in Monywa '
     '(Monywa, Sagaing). [size=no report]',
     [EF]),
    ('On 19 June 2022, police fired live ammunition at protesters in Nouakchott (Nouakchott Ouest, '
     'Nouakchott Ouest), killing one. [size=no report]',
     [EF]),
    ('On 6 January 2023, protesters were killed when soldiers shot into the crowd in Juliaca (San Roman, '
     'Puno). 17 fatalities. [size=hundreds]',
     [EF]),
    ('On 25 October 2021, the military fired at demonstrators against the coup in Omdurman (Omdurman, '
     'Khartoum), killing 3. [size=thousands]',
     [EF]),
    ('On 12 July 2020, police beat a protester to death during a demonstration in Bamako (Bamako, Bamako).'
     ' [size=no report]',
     [EF]),
    ('On 8 July 2021, demonstrators set fire to a police station in Durban (eThekwini, KwaZulu-Natal) '
     'during a protest. [size=hundreds]',
     [VD]),
    ('On 16 January 2023, protesters pelted security forces with stones in Srinagar (Srinagar, Jammu and '
     'Kashmir). Police fired tear gas to disperse them. [size=no report]',
     [VD]),
    ('On 2 October 2020, protesters vandalised shops and clashed with police in Abuja (Municipal Area '
     'Council, Federal Capital Territory). [size=no report]',
     [VD]),
    ('On 3 April 2022, a protest turned violent in Colombo (Colombo, Western) when demonstrators stormed '
     'the parliament grounds. [size=thousands]',
     [VD]),
    ('On 12 March 2022, a mob lynched a suspected thief in Kampala (Kampala, Kampala). 1 fatality.',
     [MV]),
    ('On 4 August 2021, angry villagers beat two suspected cattle rustlers to death in Moroto (Moroto, '
     'Moroto).',
     [MV]),
    ('On 19 May 2023, a mob burned a man accused of witchcraft in Mbeya (Mbeya, Mbeya). The man died. '
     '[size=no report]',
     [MV]),
    ('On 30 October 2020, residents attacked and killed a suspected kidnapper in Kaduna (Kaduna North, '
     'Kaduna).',
     [MV]),
    ('On 25 June 2021, a mob set fire to the house of a man accused of blasphemy in Sialkot (Sialkot, '
     'Punjab). [size=no report]',
     [MV]),
    ('On 12 March 2022, the government and the ELN signed a ceasefire agreement in Bogota (Bogota, '
     'Bogota).',
     [AG]),
    ('On 3 June 2021, the Houthis and the Yemeni government agreed to a prisoner exchange in Sanaa (Sanaa,'
     ' Amanat al Asimah).',
     [AG]),
    ('On 20 September 2023, local leaders brokered a peace deal between two rival clans in Galkayo '
     '(Galkayo, Mudug).',
     [AG]),
    ('On 8 January 2020, the military and armed herders reached a truce in Mopti (Mopti, Mopti).',
     [AG]),
    ('On 27 April 2022, 40 Al Shabaab members surrendered to the Somali army in Baidoa (Baidoa, Bay).',
     [AG]),
    ('On 2 November 2022, the Ethiopian government and the TPLF concluded a peace accord in Pretoria (City'
     ' of Tshwane, Gauteng).',
     [AG]),
    ('On 12 March 2022, police arrested 5 members of the opposition in Kinshasa (Kinshasa, Kinshasa).',
     [AR]),
    ('On 4 May 2021, security forces detained a journalist in Minsk (Minsk, Minsk).',
     [AR]),
    ('On 17 August 2023, the military rounded up 30 suspected militant collaborators in Djibo (Djibo, '
     'Soum).',
     [AR]),
    ('On 9 December 2020, police apprehended a man suspected of belonging to ISIS in Basra (Basra, Basra).',
     [AR]),
    ('On 23 February 2022, two activists were taken into custody by police in Moscow (Moscow, Moscow).',
     [AR]),
    ('On 14 July 2021, the army captured a Boko Haram commander in Bama (Bama, Borno).',
     [AR]),
    ('On 12 March 2022, the army deployed additional troops to Menaka (Menaka, Menaka).',
     [CG]),
    ('On 1 July 2021, the government imposed a curfew in Gondar (Gondar, Central Gondar).',
     [CG]),
    ('On 19 October 2023, a group of militiamen defected from the RSF to the Sudanese army in Sennar '
     '(Sennar, Sennar).',
     [CG]),
    ('On 6 April 2020, two armed groups merged to form a new coalition in Bangui (Bangui, Bangui).',
     [CG]),
    ('On 15 May 2021, Al Shabaab militants announced a ban on mobile internet in Jamaame (Jamaame, Lower '
     'Juba).',
     [CG]),
    ('On 12 March 2022, the army defused an IED planted on the road near Mocimboa da Praia (Mocimboa da '
     'Praia, Cabo Delgado).',
     [DW]),
    ('On 5 August 2021, Ukrainian air defence shot down a Russian drone over Odesa (Odesa, Odesa).',
     [DW]),
    ('On 21 November 2023, police seized a cache of weapons and ammunition in a house in Jos (Jos North, '
     'Plateau).',
     [DW]),
    ('On 13 February 2020, security forces discovered and destroyed an explosive device in Diffa (Diffa, '
     'Diffa).',
     [DW]),
    ('On 28 June 2022, the Saudi-led coalition intercepted a ballistic missile fired by the Houthis over '
     'Jizan (Jizan, Jizan).',
     [DW]),
    ('On 7 September 2021, soldiers found and dismantled a bomb factory in Gao (Gao, Gao).',
     [DW]),
    ('On 12 March 2022, Russian forces established a base in the village of Hostomel (Bucha, Kyiv).',
     [HQ]),
    ('On 3 June 2021, Al Shabaab militants set up a new base in Bula Haji (Afmadow, Lower Juba).',
     [HQ]),
    ('On 20 October 2023, the RSF established its headquarters in the town of Ed Daein (Ed Daein, East '
     'Darfur).',
     [HQ]),
    ('On 9 February 2020, Turkish forces set up a military outpost near Saraqab (Idleb, Idleb).',
     [HQ]),
    ('On 15 August 2022, JNIM militants established a checkpoint on the road to Boni (Douentza, Mopti).',
     [HQ]),
    ('On 27 April 2021, the army built a new military base in Kamituga (Mwenga, South Kivu).',
     [HQ]),
    ('On 12 March 2022, unidentified armed men looted shops in Bunia (Bunia, Ituri).',
     [LP]),
    ('On 3 September 2021, JNIM militants burned a school in Kaya (Kaya, Sanmatenga).',
     [LP]),
    ('On 18 May 2023, Israeli forces demolished a Palestinian house in Hebron (Hebron, Hebron).',
     [LP]),
    ('On 26 January 2020, Fulani militia set fire to houses in a village of Bassa (Bassa, Plateau).',
     [LP]),
    ('On 4 April 2022, gang members ransacked a health centre in Cite Soleil (Port-au-Prince, Ouest).',
     [LP]),
    ('On 8 December 2021, Al Shabaab militants destroyed a telecommunications mast in Bardhere (Bardhere, '
     'Gedo).',
     [LP]),
    ('On 16 July 2022, ADF militants stole livestock and burned homes in Mbau (Beni, North Kivu).',
     [LP]),
    ('On 12 March 2022, French forces withdrew from their base in Menaka (Menaka, Menaka) and handed it '
     'over to the Malian army.',
     [NT]),
    ('On 15 August 2021, Taliban militants entered Kabul (Kabul, Kabul) without resistance after the '
     'government collapsed.',
     [NT]),
    ('On 19 January 2024, M23 rebels took control of Kalembe (Walikale, North Kivu) unopposed after the '
     'militia withdrew.',
     [NT]),
    ('On 5 October 2022, Russian forces pulled out of Lyman (Kramatorsk, Donetsk).',
     [NT]),
    ('On 30 June 2023, MINUSMA handed over its camp in Ber (Timbuktu, Timbuktu) to the Malian army.',
     [NT]),
    ('On 22 December 2020, Ethiopian federal forces entered Humera (Kafta Humera, Western Tigray) '
     'peacefully after TPLF fighters left.',
     [NT]),
    ('On 12 March 2022, a mass grave containing 20 bodies was discovered in Bucha (Bucha, Kyiv).',
     [OT]),
    ('On 4 June 2021, JNIM militants distributed leaflets warning residents not to collaborate with the '
     'army in Djenne (Djenne, Mopti).',
     [OT]),
    ('On 19 August 2023, thousands of residents fled their homes in Kabo (Kabo, Ouham) fearing attacks by '
     'armed groups.',
     [OT]),
    ('On 8 October 2020, a bomb threat forced the evacuation of a school in Lviv (Lviv, Lviv).',
     [OT]),
    ('On 27 November 2021, Al Shabaab militants displaced residents of several villages near Afgooye '
     '(Afgooye, Lower Shabelle).',
     [OT]),
    ('On 12 March 2022, ISWAP militants stormed a village in Gubio (Gubio, Borno), killed 4 civilians, '
     'looted shops and set houses on fire.',
     [AT]),
    ('On 20 August 2023, bandits raided a village in Maru (Maru, Zamfara) and kidnapped 30 people.',
     [AB]),
    ('On 9 May 2022, police arrested 3 suspects after they were found with explosives in Kano (Kano '
     'Municipal, Kano).',
     [AR]),
    ('On 15 June 2021, militants attacked an army post in Tahoua (Tahoua, Tahoua) and seized the town '
     'after clashes. 6 soldiers were killed.',
     [NS]),
    ('On 30 April 2023, Al Shabaab fighters planted an IED that killed 2 soldiers and then fired on the '
     'wounded in Marka (Marka, Lower Shabelle).',
     [IED]),
    ('On 11 November 2022, protesters blocked a highway in Nakuru (Nakuru Town East, Nakuru) and burned '
     'tyres. Police fired tear gas. [size=no report]',
     [VD]),
    ('On 24 January 2024, soldiers beat and raped a woman at a checkpoint in Butembo (Butembo, North '
     'Kivu).',
     [SV]),
    ('On 12 March 2022, Russian forces shelled Chernihiv (Chernihiv, Chernihiv), killing 2 civilians. On '
     'the same day, Ukrainian forces clashed with Russian forces near Sumy (Sumy, Sumy).',
     [SH, AC]),
    ('On 3 June 2021, police arrested 4 opposition members in Kampala (Kampala, Kampala). On 4 June 2021, '
     'gunmen shot dead a trader in Gulu (Gulu, Gulu).',
     [AR, AT]),
    ('On 20 August 2023, a roadside bomb killed 3 soldiers near Diffa (Diffa, Diffa). On 21 August 2023, '
     'the army arrested 6 suspects in Maine-Soroa (Maine-Soroa, Diffa).',
     [IED, AR]),
    ('On 9 May 2022, JNIM militants abducted a village chief near Djibo (Djibo, Soum). On 10 May 2022, the'
     ' Burkinabe air force struck a JNIM camp near Arbinda (Arbinda, Soum).',
     [AB, AS]),
    ('On 15 June 2021, gunmen raped a woman in Rutshuru (Rutshuru, North Kivu). On 16 June 2021, FARDC '
     'soldiers clashed with M23 rebels in Bunagana (Rutshuru, North Kivu).',
     [SV, AC]),
    ('On 30 April 2023, the army recaptured Bakhmut (Bakhmut, Donetsk) after fighting. On 1 May 2023, '
     'Ukrainian forces defused a landmine in Siversk (Bakhmut, Donetsk).',
     [GR, DW]),
    ('On 12 March 2022, soldiers and militiamen traded gunfire near Djibo (Djibo, Soum). 2 soldiers were '
     'killed.',
     [AC]),
    ('On 12 March 2022, rival gangs engaged in a shootout in Cite Soleil (Port-au-Prince, Ouest), leaving '
     '4 people dead.',
     [AC]),
    ('On 12 March 2022, heavy fighting took place between the army and PDF fighters in Kani (Kani, '
     'Sagaing).',
     [AC]),
    ('On 12 March 2022, troops engaged militants in a firefight in Mocimboa da Praia (Mocimboa da Praia, '
     'Cabo Delgado).',
     [AC]),
    ('On 12 March 2022, KNLA fighters attacked a military outpost in Hpapun (Hpapun, Kayin), and fighting '
     'lasted two hours.',
     [AC]),
    ('On 12 March 2022, the army drove Al Shabaab militants out of Bacadweyn (Hobyo, Mudug) after '
     'fighting.',
     [GR]),
    ('On 12 March 2022, ISWAP militants took over a military base in Marte (Marte, Borno) after '
     'overpowering troops.',
     [NS]),
    ('On 12 March 2022, regime forces used chlorine against opposition fighters in Kafr Zita (Muhradah, '
     'Hama).',
     [CW]),
    ('On 12 March 2022, a Russian kamikaze drone struck an energy facility in Kyiv (Kyiv, Kyiv).',
     [AS]),
    ('On 12 March 2022, a military helicopter fired on a village in Ye-U (Shwebo, Sagaing), killing 3 '
     'civilians.',
     [AS]),
    ('On 12 March 2022, fighter jets dropped bombs on a school in Tabayin (Shwebo, Sagaing). 5 fatalities.',
     [AS]),
    ('On 12 March 2022, an unmanned aerial vehicle targeted a car in Qamishli (Qamishli, Al-Hasakeh), '
     'killing 1 person.',
     [AS]),
    ('On 12 March 2022, a female suicide bomber detonated herself at a checkpoint in Maiduguri (Maiduguri,'
     ' Borno).',
     [SB]),
    ('On 12 March 2022, militants carried out a suicide car bombing against an army base in Kismayo '
     '(Kismayo, Lower Juba).',
     [SB]),
    ('On 12 March 2022, a suicide bomber killed 12 worshippers at a mosque in Kunduz (Kunduz, Kunduz).',
     [SB]),
    ('On 12 March 2022, Russian forces shelled Nikopol (Nikopol, Dnipropetrovsk) with Grad rockets.',
     [SH]),
    ('On 12 March 2022, Israeli forces carried out tank shelling on Khan Younis (Khan Younis, Khan '
     'Younis).',
     [SH]),
    ('On 12 March 2022, a ballistic missile hit a residential building in Dnipro (Dnipro, Dnipropetrovsk),'
     ' killing 40 civilians.',
     [SH]),
    ('On 12 March 2022, mortar rounds landed on a market in Mogadishu (Banadir, Banadir), killing 3 '
     'civilians.',
     [SH]),
    ('On 12 March 2022, the military fired heavy artillery into villages in Paletwa (Paletwa, Chin).',
     [SH]),
    ('On 12 March 2022, an IED blast hit a police vehicle in Bannu (Bannu, Khyber Pakhtunkhwa), killing 2 '
     'policemen.',
     [IED]),
    ('On 12 March 2022, a bomb planted on a motorcycle exploded in a market in Quetta (Quetta, '
     'Balochistan). 3 fatalities.',
     [IED]),
    ('On 12 March 2022, a child was killed when unexploded ordnance went off in Idlib (Idleb, Idleb).',
     [IED]),
    ('On 12 March 2022, a sticky bomb attached to a car exploded in Kabul (Kabul, Kabul), killing the '
     'driver.',
     [IED]),
    ('On 12 March 2022, a grenade was thrown into a church in Kasese (Kasese, Kasese), wounding 5 '
     'worshippers.',
     [GN]),
    ('On 12 March 2022, suspected militants hurled a hand grenade at a CRPF camp in Sopore (Baramulla, '
     'Jammu and Kashmir).',
     [GN]),
    ('On 12 March 2022, unknown assailants attacked a police post with grenades in Bujumbura (Ntahangwa, '
     'Bujumbura Mairie).',
     [GN]),
    ('On 12 March 2022, gang members gang raped a woman in Martissant (Port-au-Prince, Ouest).',
     [SV]),
    ('On 12 March 2022, unidentified gunmen killed a teacher in Mandera (Mandera East, Mandera).',
     [AT]),
    ('On 12 March 2022, Al Shabaab militants executed a man accused of spying in Jilib (Jilib, Middle '
     'Juba).',
     [AT]),
    ('On 12 March 2022, soldiers tortured and killed 3 villagers in Myinmu (Myinmu, Sagaing).',
     [AT]),
    ('On 12 March 2022, gunmen hacked a farmer to death in Agatu (Agatu, Benue).',
     [AT]),
    ('On 12 March 2022, assailants shot and injured a local councillor in Tumaco (Tumaco, Narino).',
     [AT]),
    ('On 12 March 2022, gunmen invaded a village in Bokkos (Bokkos, Plateau), killing 12 residents.',
     [AT]),
    ('On 12 March 2022, police shot dead a suspected robber in Nairobi (Nairobi, Nairobi).',
     [AT]),
    ('On 12 March 2022, the military took 5 civilians hostage in Pauk (Pauk, Magway).',
     [AB]),
    ('On 12 March 2022, hundreds of people marched through Khartoum (Khartoum, Khartoum) chanting slogans '
     'against military rule. [size=hundreds]',
     [PP]),
    ('On 12 March 2022, doctors staged a strike at the main hospital in Kano (Kano Municipal, Kano) over '
     'unpaid allowances. [size=no report]',
     [PP]),
    ('On 12 March 2022, relatives of detainees held a vigil in front of the prison in Cairo (Cairo, '
     'Cairo). [size=dozens]',
     [PP]),
    ('On 12 March 2022, residents rallied in support of the army in Bamako (Bamako, Bamako). '
     '[size=thousands]',
     [PP]),
    ('On 12 March 2022, villagers held a demonstration against a mining project in Cajamarca (Cajamarca, '
     'Cajamarca). [size=no report]',
     [PP]),
    ('On 12 March 2022, police used tear gas to disperse a protest by traders in Kampala (Kampala, '
     'Kampala). [size=no report]',
     [PI]),
    ('On 12 March 2022, protesters marched in Tunis (Tunis, Tunis) against the president and police '
     'detained 5 of them. [size=hundreds]',
     [PI]),
    ('On 12 March 2022, soldiers killed 2 protesters with live bullets during a march in Conakry (Conakry,'
     ' Conakry). [size=thousands]',
     [EF]),
    ('On 12 March 2022, police shot and killed a demonstrator at a sit-in in Khartoum (Khartoum, '
     'Khartoum). [size=no report]',
     [EF]),
    ('On 12 March 2022, protesters torched vehicles and looted shops during a demonstration in Kinshasa '
     '(Kinshasa, Kinshasa). [size=no report]',
     [VD]),
    ('On 12 March 2022, demonstrators hurled petrol bombs at riot police in Bogota (Bogota, Bogota). '
     '[size=no report]',
     [VD]),
    ('On 12 March 2022, protesters clashed with police in Dhaka (Dhaka, Dhaka), leaving 20 injured. '
     '[size=thousands]',
     [VD]),
    ('On 12 March 2022, angry residents burned a suspected thief to death in Mwanza (Nyamagana, Mwanza). '
     '[size=no report]',
     [MV]),
    ('On 12 March 2022, a mob attacked a police station in Kisii (Kitutu Chache South, Kisii) after a '
     'suspect died in custody. [size=no report]',
     [MV]),
    ('On 12 March 2022, villagers lynched two men suspected of kidnapping in Puebla (Puebla, Puebla). '
     '[size=no report]',
     [MV]),
    ('On 12 March 2022, the government and armed groups signed a peace agreement in Juba (Juba, Central '
     'Equatoria).',
     [AG]),
    ('On 12 March 2022, Russia and Ukraine exchanged 50 prisoners of war near Zaporizhzhia (Zaporizhzhia, '
     'Zaporizhzhia).',
     [AG]),
    ('On 12 March 2022, 30 ADF fighters surrendered to the army in Beni (Beni, North Kivu).',
     [AG]),
    ('On 12 March 2022, police arrested a suspected gang member in San Salvador (San Salvador, San '
     'Salvador).',
     [AR]),
    ('On 12 March 2022, police detained 40 people during raids in Bamako (Bamako, Bamako).',
     [AR]),
    ('On 12 March 2022, Israeli forces arrested 10 Palestinians in Nablus (Nablus, Nablus).',
     [AR]),
    ('On 12 March 2022, security forces raided a house and arrested an ISIS suspect in Kirkuk (Kirkuk, '
     'Kirkuk).',
     [AR]),
    ('On 12 March 2022, the army mobilised reservists in Lviv (Lviv, Lviv).',
     [CG]),
    ('On 12 March 2022, authorities declared a state of emergency in Bangui (Bangui, Bangui).',
     [CG]),
    ('On 12 March 2022, troops were redeployed to the frontline near Kupiansk (Kupiansk, Kharkiv).',
     [CG]),
    ('On 12 March 2022, police defused a bomb near a school in Bauchi (Bauchi, Bauchi).',
     [DW]),
    ('On 12 March 2022, Israeli air defences intercepted rockets fired from Gaza over Sderot (Sderot, '
     'Southern).',
     [DW]),
    ('On 12 March 2022, troops recovered 20 rifles and ammunition from a militant hideout in Diffa (Diffa,'
     ' Diffa).',
     [DW]),
    ('On 12 March 2022, soldiers destroyed an IED factory in Dikwa (Dikwa, Borno).',
     [DW]),
    ('On 12 March 2022, RSF fighters set up checkpoints across Nyala (Nyala, South Darfur).',
     [HQ]),
    ('On 12 March 2022, armed men burned down 30 houses in Kalehe (Kalehe, South Kivu).',
     [LP]),
    ('On 12 March 2022, bandits rustled 200 cattle in Zurmi (Zurmi, Zamfara).',
     [LP]),
    ('On 12 March 2022, militants torched a health centre in Kaya (Kaya, Sanmatenga).',
     [LP]),
    ('On 12 March 2022, gunmen vandalised a polling station in Enugu (Enugu North, Enugu).',
     [LP]),
    ('On 12 March 2022, soldiers looted property and burned houses in Shwebo (Shwebo, Sagaing).',
     [LP]),
    ('On 12 March 2022, the Russian military withdrew from Kherson (Kherson, Kherson) without a fight.',
     [NT]),
    ('On 12 March 2022, the militia handed control of Mushaki (Masisi, North Kivu) to M23 rebels without '
     'fighting.',
     [NT]),
    ('On 12 March 2022, police found the body of a man with gunshot wounds in a mass grave in Tula (Tula, '
     'Hidalgo).',
     [OT]),
    ('On 12 March 2022, thousands of civilians were displaced from Bunia (Bunia, Ituri) by insecurity.',
     [OT]),
    ('On 12 March 2022, JNIM militants attacked a military post in Djibo (Djibo, Soum), clashed with '
     'soldiers for hours and burned vehicles. 7 soldiers were killed.',
     [AC]),
    ('On 12 March 2022, Al Shabaab militants attacked a police station in Marka (Marka, Lower Shabelle) '
     'with mortars and then stormed it, clashing with police.',
     [AC]),
    ('On 12 March 2022, the army shelled and then captured the town of Kabo (Kabo, Ouham) from rebels '
     'after fighting.',
     [GR]),
    ('On 12 March 2022, ISWAP militants ambushed a convoy near Monguno (Monguno, Borno) with an IED and '
     'then opened fire on the soldiers. 4 soldiers were killed.',
     [IED]),
    ('On 12 March 2022, gunmen abducted and raped a woman in Kalehe (Kalehe, South Kivu).',
     [SV]),
    ('On 12 March 2022, protesters gathered in Lima (Lima, Lima), marched to the congress and chanted '
     'slogans against the president. [size=thousands]',
     [PP]),
    ('On 12 March 2022, demonstrators blocked roads and burned tyres in Port-au-Prince (Port-au-Prince, '
     'Ouest), and police fired tear gas to disperse them. [size=hundreds]',
     [VD]),
    ('On 12 March 2022, a drone dropped explosives on a position of the army near Bakhmut (Bakhmut, '
     'Donetsk), killing 2 soldiers.',
     [AS]),
    ('On 12 March 2022, a suicide bomber detonated his vest at a checkpoint in Mogadishu (Banadir, '
     'Banadir) after soldiers opened fire on him. 3 soldiers were killed.',
     [SB]),
    ('On 12 March 2022, bandits attacked a village in Maru (Maru, Zamfara), killed 5 residents and rustled'
     ' cattle.',
     [AT]),
    ('On 12 March 2022, RSF fighters looted a market and shot dead 3 traders in Nyala (Nyala, South '
     'Darfur).',
     [AT]),
    ('On 12 March 2022, M23 rebels shelled Sake (Masisi, North Kivu), killing 2 civilians. On 13 March '
     '2022, the FARDC recaptured Kitshanga (Masisi, North Kivu) from M23 rebels after fighting.',
     [SH, GR]),
    ('On 12 March 2022, unidentified gunmen killed a village chief in Kaya (Kaya, Sanmatenga). On 14 March'
     ' 2022, JNIM militants abducted 4 traders near Dori (Dori, Seno).',
     [AT, AB]),
    ('On 12 March 2022, police prevented a march of opposition supporters in Lusaka (Lusaka, Lusaka). '
     '[size=no report]',
     [PI]),
    ('On 30 January 2022, Wagner Group personnel arrived in Timbuktu (Timbuktu, Timbuktu) to reinforce the'
     ' Malian army.',
     [CG]),
]


def _told(pipeline, text):
    """The note's dated events, published (as ACLED notes are) on the last day it tells."""
    day = max(datetime.strptime(d, "%d %B %Y").date() for d in re.findall(r"On (\d+ \w+ \d{4})", text))
    events = pipeline.code(Article(article_id="probe", text=text, lang="en", published=day, outlet="ACLED notes"))
    return [e for e in events if e.status in ("reported", "ongoing")]


def test_the_table_covers_every_sub_event_type():
    counts = {sub: sum(w == [sub] for _, w in NOTES) for sub in EVENT_TYPE}
    assert min(counts.values()) >= 6, counts


@pytest.mark.parametrize("text,expected", NOTES, ids=[f"{n:03d}" for n in range(len(NOTES))])
def test_codebook_probe(pipeline, text, expected):
    events = _told(pipeline, text)
    assert sorted(e.sub_event_type for e in events) == sorted(expected)
    assert sorted(e.event_type for e in events) == sorted(EVENT_TYPE[s] for s in expected)
