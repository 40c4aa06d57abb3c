"""English wire-story stress set: whole invented news articles (headline, dateline, lead, quotes, toll updates, background, reactions) from 25 countries.

    PYTHONPATH=.:bench .venv/bin/python bench/en_wire_stress.py [--show-failures] [--only ID]

Issue 13: every English bench before this one was built from ACLED-style one-paragraph notes, and CASE 2021 is
snippets; a reader's first use is a whole wire story from Reuters, AP, AFP, Al Jazeera, the BBC or a local outlet
(Premium Times, Dawn, Kyiv Independent, Daily Monitor, Addis Standard, Myanmar Now). These articles were written
for this set, not taken from any dev text: ``ONE`` tell one event several ways (headline, lead, an official's
words, a toll update, a recap of earlier attacks that must not be coded again), ``TWO`` two or three distinct
events (another day or place: ACLED codes each), ``NONE`` no dated event at all (talks, a trial, an anniversary,
a report on past violence, a warning). Hard shapes on purpose: a dateline city that is not the event's place,
"on Tuesday" beside "last week" and "in 2019", "according to the army", "claimed by", quotes, tolls revised.
Gold events are (sub-event type, words of the ACLED actor names, (lat, lon) of a real town, day, toll or None
when not scored); a day is an English weekday (the last one on or before publication), an int (days before
publication) or a tuple of either (a night across two days). Scoring is fr_world_stress's: a gold event is found
by a dated event of its ACLED event type (so found is type right), then sub-event type, actor pair, place
within 50 km, day and toll are checked; every dated event left over is false. Nothing is written. The set had no held group; ``--only fresh`` runs
the thirty-eighth session's held-out group (12 articles, four of them with no dated event, written before any rule
of that session), studied from the forty-first session; ``--only fresh2`` runs the forty-first session's held-out
group (11 articles from India, Pakistan, Nigeria, Syria, Iraq, South Africa, Argentina, Afghanistan and the
Philippines, four with no dated event), studied from the forty-third session; ``--only fresh3`` runs the forty-third
session's held-out group (8 articles from Mali, Somalia, Colombia, Ethiopia, Bangladesh, Turkey, Nigeria and Myanmar,
three with no dated event: found 4 of 6, 6 false on main), studied from the forty-fourth session; ``--only fresh4``
runs the forty-fourth session's held-out group (8 articles from Pakistan, DR Congo, Niger, Haiti, Lebanon, Sudan,
the Philippines and Mexico, three with no dated event: found 5 of 6, 4 false, 2 of 8 right in full on main), studied
from the forty-fifth session; ``--only fresh5`` runs the forty-fifth session's held-out group (8 articles from
Mozambique, Myanmar, Yemen, Colombia, Nigeria, India and Ukraine, three with no dated event: found 6 of 6, 3 false, 3 of 8
right in full on main), studied from the forty-sixth session; ``--only fresh6`` runs the forty-sixth session's held-out
group (8 articles from Sudan, Burkina Faso, Somalia, Pakistan, Haiti, Iraq, DR Congo and Ethiopia, three with no dated
event: found 6 of 6, 6 false, 2 of 8 right in full on main), studied from the forty-seventh session; ``--only fresh7``
runs the forty-seventh session's held-out group (8 articles from Nigeria, Myanmar, Colombia, Ukraine, Mozambique,
Yemen, Mali and Cameroon, three with no dated event: found 5 of 6, 5 false, 1 of 8 right in full on main), studied
from the forty-eighth session; ``--only fresh8`` runs the forty-eighth session's held-out group (8 articles from
Pakistan, DR Congo, Haiti, India, Syria, Ethiopia, Kenya and Niger, three with no dated event: found 6 of 7, 5 false,
1 of 8 right in full on main), studied from the forty-ninth session; ``--only fresh9`` runs the forty-ninth
session's held-out group (8 articles from Somalia, Burkina Faso, Bangladesh, Cameroon, Sudan, Mozambique, Myanmar and
Colombia, three with no dated event: found 4 of 7, 7 false, 2 of 8 right in full on bc4d69f4); the default run
leaves all nine out.
"""
from __future__ import annotations

import sys
from datetime import date

from fr_world_stress import ABD, AC, AIR, ATT, IED, JOURS, NSO, PP, SB, SH, run
from fr_world_stress import ev as _ev

DAYS = dict(zip(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), JOURS))
PWI, ARR = "Protest with intervention", "Arrests"

# places (general knowledge, town centres)
ZAPORIZHZHIA, KHARKIV, KHERSON = (47.84, 35.14), (49.99, 36.23), (46.64, 32.61)
MONGUNO, GUSAU, FUNTUA = (12.67, 13.61), (12.16, 6.66), (11.52, 7.31)
EL_FASHER, HASAHEISA, NYALA = (13.63, 25.35), (14.75, 33.30), (12.05, 24.88)
MOGADISHU, JILIB = (2.04, 45.34), (0.49, 42.77)
SHWEBO, KYAUKPHYU, SITTWE = (22.57, 95.70), (19.43, 93.55), (20.15, 92.90)
BANNU, MIRANSHAH, LAKKI_MARWAT = (32.99, 70.60), (33.00, 70.07), (32.61, 70.91)
JAMUNDI, PORT_AU_PRINCE, CULIACAN = (3.26, -76.54), (18.54, -72.34), (24.80, -107.39)
JIRIBAM, BAMENDA, MOCIMBOA = (24.80, 93.12), (5.96, 10.15), (-11.35, 40.35)
GONDAR, MANDERA, JABLEH, TYRE = (12.60, 37.47), (3.94, 41.86), (35.36, 35.93), (33.27, 35.20)
JENIN, KHAN_YOUNIS, GAZA = (32.46, 35.30), (31.35, 34.30), (31.50, 34.47)
BOR, OICHA, WALIKALE, BUNIA = (6.21, 31.56), (0.70, 29.52), (-1.42, 28.05), (1.56, 30.25)
DJIBO, GAO, TIMBUKTU, KIRKUK = (14.10, -1.63), (16.27, -0.04), (16.77, -3.00), (35.47, 44.39)
NAIROBI, MOMBASA = (-1.29, 36.82), (-4.04, 39.67)
MACOMIA, MONYWA, TAIZ = (-11.98, 40.13), (22.11, 95.14), (13.58, 44.02)
APARTADO, BIRNIN_KEBBI = (7.88, -76.63), (12.45, 4.20)
WAD_MADANI, DORI, BELEDWEYNE = (14.40, 33.52), (14.03, -0.03), (4.74, 45.20)
DERA_ISMAIL_KHAN, TANK, KENSCOFF = (31.83, 70.90), (32.22, 70.38), (18.45, -72.28)
KAURA_NAMODA, KANBALU, ARGELIA_CAUCA = (12.59, 6.59), (23.20, 95.52), (2.26, -77.25)
MASTUNG, KOMANDA, PETIT_GOAVE = (29.80, 66.85), (1.37, 29.77), (18.43, -72.87)
BIJAPUR_CG, LATAKIA = (18.80, 80.82), (35.52, 35.79)
BULO_BURDE, TITAO, GAZIPUR = (3.85, 45.57), (13.77, -2.07), (24.00, 90.42)
BAMENDA, EL_OBEID = (5.96, 10.15), (13.18, 30.22)
VD = "Violent demonstration"


def ev(sub, actors, place, day, fatalities=None, optional=False):
    """fr_world_stress's gold event, its English weekdays read as the French ones that bench counts from."""
    days = tuple(DAYS.get(d, d) for d in (day if isinstance(day, tuple) else (day,)))
    return _ev(sub, actors, place, days if len(days) > 1 else days[0], fatalities, optional)


ONE = [
    ("ukr_zaporizhzhia_missile", date(2025, 3, 4), """Russian missile strike on Zaporizhzhia apartment block kills five

KYIV, March 4 (Reuters) - A Russian missile slammed into a nine-storey apartment block in the southern city of Zaporizhzhia on Monday evening, killing at least four people and wounding 19, the regional governor said.

Rescuers pulled another body from the rubble overnight, raising the death toll to five, Governor Ivan Fedorov wrote on Telegram on Tuesday morning.

"There was a flash and then the whole stairwell just fell away," said Olena, a 62-year-old pensioner who lived on the fourth floor.

Russia, which denies deliberately targeting civilians, did not comment on the strike. Zaporizhzhia lies some 35 km from the front line and has come under regular fire since Moscow launched its full-scale invasion in February 2022.""",
     [ev(SH, ["Russia", "Civilians"], ZAPORIZHZHIA, "monday", 5)]),

    ("nga_monguno_base", date(2025, 4, 15), """Nigerian army says it repelled jihadist raid on Monguno base

MAIDUGURI, Nigeria (AP) — Fighters linked to the Islamic State group stormed a military base in the northeastern town of Monguno before dawn on Saturday, killing four soldiers, the Nigerian army said.

Troops beat back the assault after a gunfight lasting nearly two hours and killed 12 of the attackers, an army spokesman said in a statement released on Monday.

The Islamic State West Africa Province, known as ISWAP, claimed the raid on Sunday, saying its men had killed more than 20 soldiers. The claim could not be independently verified.

"We lay flat on the floor from 3 a.m. until the sun came up," said Bukar Modu, a grain trader who lives near the barracks.

ISWAP broke away from Boko Haram in 2016 and has since become the dominant jihadist force around Lake Chad. The insurgency has killed more than 40,000 people in the northeast since 2009, according to the United Nations.""",
     [ev(AC, ["Nigeria", "Islamic State"], MONGUNO, "saturday", 16)]),

    ("sdn_el_fasher_camp", date(2025, 6, 10), """Sudan: RSF shelling of displacement camp near El Fasher kills 11

PORT SUDAN, June 10 (AFP) - Artillery fire by the paramilitary Rapid Support Forces hit a camp for displaced families on the northern edge of El Fasher on Sunday, killing nine people, a local aid group said.

Two of the wounded died in the camp's only clinic on Monday, bringing the toll to 11, the group added in an update.

"Most of the dead were women queueing for water," one volunteer said by satellite phone. RSF officials did not answer calls.

El Fasher, the last big city in Darfur still held by the army, has been under siege since May 2024. The war between the army and the RSF broke out in April 2023 and has driven more than 12 million people from their homes.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FASHER, "sunday", 11)]),

    ("som_mogadishu_recruits", date(2025, 5, 6), """Suicide bomber kills seven at Mogadishu police recruitment centre

MOGADISHU (Reuters) - A suicide bomber blew himself up among young men queueing outside a police recruitment centre in the Somali capital on Monday, killing at least seven people, police and witnesses said.

Al Shabaab claimed responsibility for the blast in a statement on a website linked to the group. "Our fighter targeted apostate recruits," it said.

Police spokesman Abdifatah Aden said 15 others were taken to hospital, two of them in critical condition.

It was the second attack on recruits in the capital this year. The al Qaeda-linked group has been fighting for more than 15 years to topple the federal government.""",
     [ev(SB, ["Shabaab"], MOGADISHU, "monday", 7)]),

    ("mmr_shwebo_monastery", date(2025, 7, 22), """Junta air strike on monastery kills 13 in Sagaing

A military jet bombed a monastery sheltering displaced villagers in Shwebo Township, Sagaing Region, on Friday afternoon, killing 11 people, residents told Myanmar Now.

Two more victims died of their wounds over the weekend, a local rescue team said on Monday, bringing the toll to 13. Four of the dead were children.

"We had no warning. The plane came low and dropped two bombs," said a monk who survived the attack.

The junta has increasingly relied on air power against resistance forces in Sagaing since the 2021 coup. The regime did not comment on the strike.""",
     [ev(AIR, ["Myanmar", "Civilians"], SHWEBO, "friday", 13)]),

    ("pak_bannu_checkpost", date(2025, 9, 9), """Three policemen martyred in Bannu checkpost attack

BANNU: Three policemen were martyred and two others injured when militants attacked a police checkpost in Bannu district late on Sunday, officials said.

According to the police, the attackers opened fire with heavy weapons from several directions, and the personnel on duty returned fire. The exchange lasted for over an hour before the militants fled.

No group has claimed responsibility, but a senior police officer blamed the banned Tehreek-i-Taliban Pakistan.

Khyber Pakhtunkhwa has witnessed a surge in militant violence since the TTP ended a ceasefire with the government in November 2022.""",
     [ev(AC, ["Pakistan"], BANNU, "sunday", 3)]),

    ("col_jamundi_car_bomb", date(2025, 4, 15), """Car bomb near Colombian police station kills two

BOGOTA, April 15 (Reuters) - A car bomb exploded outside a police station in the town of Jamundi in southwestern Colombia on Sunday, killing two civilians and wounding eight, the defence ministry said.

Police blamed a faction of FARC dissidents that rejected the 2016 peace deal and operates in the nearby mountains of Cauca province.

"This cowardly attack will not go unpunished," Defence Minister Pedro Sanchez wrote on social media.

The group has carried out a string of bombings in the region this year as peace talks with the government stalled.""",
     [ev(IED, ["FARC"], JAMUNDI, "sunday", 2)]),

    ("hti_port_au_prince_gang", date(2025, 10, 7), """Gang gunmen kill eight in Haitian capital

PORT-AU-PRINCE, Haiti (AP) — Members of the Viv Ansanm gang coalition opened fire on residents of a hillside neighbourhood of Port-au-Prince on Saturday, killing at least eight people and setting homes ablaze, local officials said.

"They went from house to house," said a woman who fled with her three children. "We hid in a ravine until morning."

The United Nations estimates gangs control about 90% of the capital. More than 5,600 people were killed in gang violence across Haiti last year, according to UN figures.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], PORT_AU_PRINCE, "saturday", 8)]),

    ("ind_jiribam_gunfight", date(2024, 11, 12), """Ten suspected militants killed in Manipur gunfight

IMPHAL: Ten suspected militants were killed in a gunfight with security forces in Manipur's Jiribam district on Monday, police said.

The armed men, dressed in camouflage uniforms, attacked a police station and a camp for displaced people before the Central Reserve Police Force retaliated, a senior officer said.

One CRPF jawan was injured in the exchange of fire and was airlifted to Silchar.

Manipur has been gripped by ethnic violence between the Meitei and Kuki-Zo communities since May 2023, in which more than 250 people have died.""",
     [ev(AC, ["India"], JIRIBAM, "monday", 10)]),

    ("cmr_bamenda_students", date(2025, 2, 18), """Separatists kidnap nine students in Cameroon's Bamenda

YAOUNDE, Feb 18 (AFP) - Armed men believed to be Anglophone separatists abducted nine students from a secondary school in Bamenda, the capital of Cameroon's North-West region, on Friday, the regional governor said.

The gunmen stormed the school during morning lessons and forced the students into the bush, a teacher told AFP on condition of anonymity.

Separatists have enforced a boycott of schools in the region since the conflict erupted in 2017, accusing the French-speaking government of marginalising the English-speaking minority.""",
     [ev(ABD, ["Ambazonian", "Civilians"], BAMENDA, "friday", 0)]),

    ("moz_mocimboa_fishermen", date(2025, 8, 19), """Islamic State-linked insurgents behead four fishermen in northern Mozambique

MAPUTO, Aug 19 (Reuters) - Insurgents linked to Islamic State beheaded four fishermen near the coastal town of Mocimboa da Praia in Cabo Delgado province on Thursday, local sources said.

The victims had gone out to check their nets at dawn and were found on the beach a few hours later, a community leader said.

Islamic State Mozambique Province claimed the killings on its Telegram channels on Saturday.

The insurgency in Cabo Delgado began in 2017 and has displaced more than a million people.""",
     [ev(ATT, ["Islamic State", "Civilians"], MOCIMBOA, "thursday", 4)]),

    ("eth_gondar_drone", date(2025, 1, 14), """Drone strike on market near Gondar kills 15, residents say

BAHIR DAR (Addis Standard) – A drone strike hit a crowded market outside Gondar in the Amhara region on Friday, killing at least 15 civilians, residents and a health worker told Addis Standard.

Residents blamed the federal army, which has used drones against Fano militiamen in the region since fighting broke out in August 2023. The Ethiopian National Defense Force did not answer questions.

"Bodies were lying between the stalls," said a trader who was selling grain at the market.

A report by the Ethiopian Human Rights Commission last year documented dozens of civilian deaths in drone strikes across Amhara.""",
     [ev(AIR, ["Ethiopia", "Civilians"], GONDAR, "friday", 15)]),

    ("ken_mandera_ied", date(2024, 10, 15), """Five police officers killed by roadside bomb in Mandera

NAIROBI, Kenya (AP) — Five Kenyan police officers were killed when their vehicle struck an improvised explosive device on the road between Mandera town and the border village of Arabia on Sunday, police said.

The officers were escorting a water truck when the explosion ripped through their armoured vehicle, according to a police report seen by The Associated Press.

Police blamed al-Shabaab, which often plants roadside bombs in Kenya's northeastern counties bordering Somalia.

It was the third such blast in Mandera county this month.""",
     [ev(IED, ["Shabaab"], MANDERA, "sunday", 5)]),

    ("syr_jableh_clashes", date(2025, 3, 12), """Syria: 14 killed in clashes near Jableh

DAMASCUS (AFP) - Clashes between Syrian security forces and gunmen loyal to the former government killed 14 people near the coastal town of Jableh on Monday, a Britain-based war monitor said.

Among the dead were nine members of the security forces and five gunmen, the monitor said. The fighting erupted when the gunmen ambushed a patrol at a checkpoint.

The coastal region has seen sporadic violence since the fall of Bashar al-Assad in December 2024.""",
     [ev(AC, ["Syria"], JABLEH, "monday", 14)]),

    ("lbn_tyre_car_strike", date(2025, 5, 6), """Israeli strike on car kills two in south Lebanon

BEIRUT, May 6 (Reuters) - An Israeli drone strike hit a car on the coastal road near Tyre in southern Lebanon on Monday, killing two people, Lebanon's health ministry said.

The Israeli military said it had struck a Hezbollah operative who was involved in rebuilding the group's infrastructure in the area.

Israel has kept up near-daily strikes in Lebanon despite a ceasefire that took effect in November 2024 after fourteen months of cross-border fire.""",
     [ev(AIR, ["Israel"], TYRE, "monday", 2)]),

    ("pse_jenin_raid", date(2025, 9, 9), """Israeli troops kill three Palestinians in Jenin raid

RAMALLAH (Al Jazeera) - Israeli forces killed three Palestinians during a raid on Jenin in the occupied West Bank on Monday, the Palestinian health ministry said.

The Israeli army said its troops came under fire from armed men in the city and fired back, killing three militants.

Witnesses said army bulldozers also tore up several streets during the operation, which lasted about five hours.""",
     [ev(AC, ["Israel"], JENIN, "monday", 3)]),

    ("ssd_bor_cattle_camp", date(2024, 12, 3), """Raid on cattle camp near Bor kills 23

JUBA (The East African) - Armed youths attacked a cattle camp near Bor, the capital of South Sudan's Jonglei state, on Saturday, killing 23 people including women and children, a state official said.

The attackers also made off with several thousand head of cattle, the official said, adding that the death toll could rise as some people were still missing.

Cattle raids between rival communities in Jonglei and the Greater Pibor Administrative Area kill hundreds of people every year.""",
     [ev(ATT, ["Civilians"], BOR, "saturday", 23)]),

    ("cod_oicha_adf", date(2025, 6, 10), """Suspected ADF rebels kill 18 in eastern Congo

KAMPALA (Daily Monitor) - Suspected Allied Democratic Forces rebels killed 18 people in an overnight raid on a village near Oicha in eastern Congo's North Kivu province on Thursday, local officials said.

An initial toll of 12 was raised on Saturday after more bodies were found in nearby fields, a civil society leader said.

"They used machetes so that the soldiers would not hear gunshots," the leader said.

The ADF, which originated in Uganda, pledged allegiance to Islamic State in 2019. Uganda and Congo launched joint military operations against the group in November 2021.""",
     [ev(ATT, ["ADF", "Civilians"], OICHA, "thursday", 18)]),

    ("bfa_djibo_base", date(2025, 5, 6), """Jihadists attack army base in northern Burkina Faso

ABIDJAN, May 6 (Reuters) - Hundreds of jihadist fighters attacked an army base in the northern town of Djibo on Sunday, according to security sources and residents.

JNIM, al Qaeda's affiliate in the Sahel, claimed the attack, saying it had taken control of the base for several hours.

In a statement, the army claimed the assault had been repelled and that dozens of terrorists had been neutralised, without giving a toll for its own troops.

Djibo has been under a blockade by the group for more than two years.""",
     [ev(AC, ["Burkina Faso", "JNIM"], DJIBO, "sunday")]),

    ("mex_culiacan_car_wash", date(2025, 1, 14), """Gunmen kill five at car wash in Mexico's Culiacan

CULIACAN, Mexico (AP) — Gunmen killed five men at a car wash in the northern Mexican city of Culiacan on Sunday, state prosecutors said, as a war between rival factions of the Sinaloa cartel drags on.

The attackers arrived in two pickup trucks and fired at the workers before fleeing, prosecutors said in a statement.

More than 600 people have been killed in Sinaloa state since the feud erupted in September 2024.""",
     [ev(ATT, ["Civilians"], CULIACAN, "sunday", 5)]),

    ("irq_kirkuk_patrol", date(2025, 11, 4), """Roadside bomb kills two Iraqi soldiers near Kirkuk

BAGHDAD, Nov 4 (Reuters) - A roadside bomb struck an Iraqi army patrol south of Kirkuk on Sunday, killing two soldiers and wounding three, security sources said.

No group claimed the attack, but security officials said Islamic State cells remain active in the rugged area between Kirkuk and Salahuddin provinces.

Islamic State was declared defeated in Iraq in 2017, but its remnants still carry out sporadic attacks.""",
     [ev(IED, ["Iraq"], KIRKUK, "sunday", 2)]),
]

TWO = [
    ("ukr_kharkiv_kherson", date(2025, 10, 7), """Russian drones hit Kharkiv, shelling kills man in Kherson

KYIV (Kyiv Independent) - Russian drones struck a residential district of Kharkiv overnight on Oct. 6, killing two people and injuring 11, Mayor Ihor Terekhov said.

In the south, Russian shelling of Kherson on Monday afternoon killed a 58-year-old man near his home, the regional military administration reported.

Ukraine's air force said it had downed 68 of the 87 drones launched by Russia overnight.""",
     [ev(AIR, ["Russia", "Civilians"], KHARKIV, ("sunday", "monday"), 2),
      ev(SH, ["Russia", "Civilians"], KHERSON, "monday", 1),
      ev("Disrupted weapons use", ["Ukraine"], KHARKIV, ("sunday", "monday"), optional=True)]),

    ("sdn_gezira_nyala", date(2024, 11, 12), """Sudan: 40 killed in RSF attack on Gezira village; air strike hits Nyala market

KHARTOUM (Al Jazeera) - Fighters of the Rapid Support Forces killed at least 40 people in an attack on a village near Hasaheisa in Gezira state on Friday, activists said.

On Sunday, an army air strike on a busy market in Nyala, South Darfur's state capital, killed nine civilians, according to a local emergency response room.

The army and the RSF have traded accusations over attacks on civilians since the start of the war.""",
     [ev(ATT, ["Rapid Support Forces", "Civilians"], HASAHEISA, "friday", 40),
      ev(AIR, ["Sudan", "Civilians"], NYALA, "sunday", 9)]),

    ("nga_zamfara_katsina", date(2025, 7, 22), """Bandits kill 12 in Zamfara, abduct 30 in Katsina

GUSAU (Premium Times) - Armed bandits killed 12 villagers in a community near Gusau, the Zamfara State capital, on Saturday, residents said.

A day later, gunmen abducted 30 people, mostly women, from a village near Funtua in neighbouring Katsina State, the police confirmed.

"They came on motorcycles around midnight," a resident of the Zamfara community said. The police spokesperson said a rescue operation was under way.""",
     [ev(ATT, ["Civilians"], GUSAU, "saturday", 12), ev(ABD, ["Civilians"], FUNTUA, "sunday", 0)]),

    ("mli_gao_timbuktu", date(2025, 9, 9), """Mali: convoy ambushed near Gao, drone strike kills eight near Timbuktu

BAMAKO (AFP) - JNIM fighters ambushed an army supply convoy near Gao on Thursday, killing several soldiers, security sources said.

The next day, a drone strike by the Malian army hit a gathering near Timbuktu, killing eight civilians, local officials said.

The army said it had targeted terrorists.""",
     [ev(AC, ["Mali", "JNIM"], GAO, "thursday"), ev(AIR, ["Mali"], TIMBUKTU, "friday", 8)]),

    ("som_jilib_mogadishu", date(2025, 3, 12), """US strike targets al Shabaab near Jilib; mortars fall near Mogadishu airport

MOGADISHU (Reuters) - The U.S. military carried out an air strike against al Shabaab fighters near Jilib in southern Somalia on Monday, U.S. Africa Command said.

On Tuesday, mortar shells fired by the militants landed near the airport in Mogadishu, police said, causing no casualties.""",
     [ev(AIR, ["United States", "Shabaab"], JILIB, "monday"), ev(SH, ["Shabaab"], MOGADISHU, "tuesday", 0)]),

    ("ken_nairobi_mombasa", date(2025, 6, 10), """Police fire tear gas at Nairobi protesters

NAIROBI, June 10 (Reuters) - Kenyan police fired tear gas and arrested dozens of protesters in central Nairobi on Monday as demonstrators marched against the death of a blogger in police custody.

On Saturday, hundreds of people marched peacefully through Mombasa to demand justice for the blogger, local media reported.""",
     [ev(PWI, ["Protesters", "Kenya"], NAIROBI, "monday", 0), ev(PP, ["Protesters"], MOMBASA, "saturday", 0)]),

    ("mmr_kyaukphyu_sittwe", date(2025, 11, 4), """Arakan Army seizes junta base near Kyaukphyu

The Arakan Army said on Monday it had captured a military base near Kyaukphyu in Rakhine State on Saturday after three weeks of fighting.

On Monday, junta aircraft bombed a village in Ponnagyun Township, about 30 km north of Sittwe, killing six civilians, residents said.""",
     [ev(NSO, ["Arakan Army", "Myanmar"], KYAUKPHYU, "saturday"), ev(AIR, ["Myanmar", "Civilians"], SITTWE, "monday", 6)]),

    ("cod_walikale_bunia", date(2025, 2, 18), """Congo: fighting in Walikale, militia attack near Bunia

KINSHASA (Reuters) - M23 rebels clashed with the Congolese army near Walikale in North Kivu province on Sunday, local officials said.

Separately, CODECO militiamen attacked a camp for displaced people near Bunia on Saturday night, killing seven people, the camp's president said.""",
     [ev(AC, ["M23"], WALIKALE, "sunday"), ev(ATT, ["CODECO", "Civilians"], BUNIA, "saturday", 7)]),

    ("pak_waziristan_lakki", date(2024, 12, 3), """Eight militants killed in North Waziristan operation; two soldiers martyred in Lakki Marwat

RAWALPINDI (Dawn) - Security forces killed eight militants in an intelligence-based operation near Miranshah in North Waziristan on Sunday, the military's media wing said.

In a separate incident on Monday, militants attacked a security forces checkpoint in Lakki Marwat, killing two soldiers, the ISPR said, adding that troops returned fire.""",
     [ev(AC, ["Pakistan"], MIRANSHAH, "sunday", 8), ev(AC, ["Pakistan"], LAKKI_MARWAT, "monday", 2)]),

    ("gaz_khan_younis_gaza", date(2025, 4, 15), """Israeli strikes kill 21 across Gaza

CAIRO (Reuters) - Israeli air strikes killed 12 people in Khan Younis in southern Gaza on Monday, health officials said.

A day earlier, a strike on a school sheltering displaced families in Gaza City killed nine people, the civil defence agency said.""",
     [ev(AIR, ["Israel"], KHAN_YOUNIS, "monday", 12), ev(AIR, ["Israel"], GAZA, "sunday", 9)]),
]

NONE = [
    ("sdn_jeddah_talks", date(2025, 8, 19), """Sudan's warring parties to resume talks in Jeddah

RIYADH, Aug 19 (Reuters) - Delegations of Sudan's army and the Rapid Support Forces will return to Jeddah next week for talks on a humanitarian truce, Saudi and U.S. mediators said on Tuesday.

Previous rounds collapsed in 2023 without a lasting ceasefire. The war, which erupted in April 2023, has killed tens of thousands of people and caused the world's largest displacement crisis.

"We hope both sides come ready to protect civilians," a U.S. official said.""",
     []),

    ("caf_hague_trial", date(2025, 9, 9), """Former Central African militia leader goes on trial in The Hague

THE HAGUE (AFP) - A former commander of the anti-balaka militia went on trial at the International Criminal Court on Monday, accused of murder and persecution of Muslim civilians in Bangui in 2013 and 2014.

Prosecutors said his fighters killed dozens of people during attacks on Muslim districts of the capital. He has pleaded not guilty.

The trial is expected to last more than a year.""",
     []),

    ("ken_garissa_anniversary", date(2025, 4, 2), """Kenya marks ten years since Garissa university attack

GARISSA, Kenya (AP) — Families and students gathered on Wednesday to remember the 148 people killed when al-Shabaab gunmen stormed Garissa University College ten years ago.

Survivors laid wreaths at a memorial on the campus, where the attackers singled out Christian students in April 2015.

"We still wake up at night hearing the gunshots," said a former student who hid in a wardrobe during the siege.""",
     []),

    ("eth_amhara_report", date(2024, 9, 17), """Rights group accuses Ethiopian troops of killing civilians in Amhara

NAIROBI (Reuters) - Ethiopian soldiers killed dozens of civilians in the Amhara region last year, Human Rights Watch said in a report published on Tuesday.

The report documents killings in several towns in 2023, when troops searched homes for Fano militiamen after fighting broke out in August.

Ethiopia's government rejected the findings as "biased" and said its forces were upholding the rule of law.""",
     []),

    ("hti_un_warning", date(2025, 1, 14), """UN envoy warns Haitian gangs are expanding beyond the capital

UNITED NATIONS (AP) — Gangs in Haiti are expanding their control into the country's agricultural heartland and could soon threaten the border with the Dominican Republic, the U.N. envoy for Haiti warned on Monday.

She told the Security Council that attacks in the Artibonite region last year forced tens of thousands of people to flee and that a new offensive could come at any time.

The Kenyan-led security mission has struggled to contain the gangs since it deployed in 2024.""",
     []),
]


# fresh: the thirty-eighth session's held-out group (``--only fresh``), written before any rule of that session:
# eight articles with dated events (two of them with two events) and four with none
COAHUAYANA, RIO, SANTANDER_QUILICHAO = (18.70, -103.66), (-22.91, -43.17), (3.01, -76.48)
PATIA, SAUT_DEAU, MACHALA = (2.11, -76.98), (18.82, -72.20), (-3.26, -79.96)
NIONO, DIABALY, PORT_SUDAN, DERA_ISMAIL_KHAN = (14.25, -5.99), (14.69, -6.02), (19.62, 37.22), (31.83, 70.90)
FRESH = [
    ("mex_coahuayana_drones", date(2025, 2, 5), """Cartel drones bomb Mexican farming town, killing two

MEXICO CITY (AP) — Drones loaded with explosives struck homes in the lime-growing town of Coahuayana in the western state of Michoacan on Tuesday afternoon, killing a farmworker and his teenage son, state officials said.

The state prosecutor's office blamed the Jalisco New Generation Cartel, which has been fighting local armed groups for control of the valley's extortion rackets for years.

"We heard the buzzing and then the roof came down," a neighbour told local radio. Dozens of families left the area on Wednesday morning, loading mattresses onto pickup trucks.

Michoacan authorities say drone attacks have become a weekly occurrence in the region since 2021.""",
     [ev(AIR, ["Jalisco", "Civilians"], COAHUAYANA, "tuesday", 2)]),

    ("bra_penha_raid", date(2025, 5, 16), """Six killed as Brazilian police raid Rio favela complex

RIO DE JANEIRO (Reuters) - Six suspected drug traffickers were killed in shootouts with police during a dawn raid on the Penha complex of favelas in northern Rio de Janeiro on Thursday, the state's Military Police said.

Officers backed by armoured vehicles entered the area to arrest leaders of the Comando Vermelho gang and came under fire as soon as they arrived, police spokesman Claudio Rangel told reporters. A woman waiting at a bus stop was hit by a stray bullet and taken to hospital.

Police seized nine rifles and more than a tonne of marijuana, he said.

Rights groups criticised the operation, recalling that a raid in the same area in 2022 left more than 20 people dead. Schools in the district stayed closed on Friday.""",
     [ev(AC, ["Brazil", "Red Command"], RIO, "thursday", 6)]),

    ("col_cauca_twin_attacks", date(2025, 7, 10), """Car bomb wounds seven in Colombia's Cauca as drone kills soldier

BOGOTA (AFP) - A car bomb exploded outside a police station in the town of Santander de Quilichao in southwestern Colombia on Wednesday morning, wounding seven people, including two police officers, authorities said.

Hours later, a soldier was killed when an explosives-laden drone struck an army position in the municipality of Patia, about 120 km to the south, the army said.

Defence Minister Pedro Sanchez blamed both attacks on dissident factions of the former FARC guerrilla that rejected the 2016 peace deal. "These are desperate acts by groups that live off cocaine," he wrote on X.

Cauca, a key cocaine-producing region, has seen a surge in attacks on security forces since peace talks with the largest dissident faction stalled last year.""",
     [ev(IED, ["FARC"], SANTANDER_QUILICHAO, "wednesday", 0),
      ev(AIR, ["FARC", "Colombia"], PATIA, "wednesday", 1)]),

    ("hti_saut_deau_attack", date(2025, 3, 3), """Gang attack on Haitian town kills 11, residents flee

PORT-AU-PRINCE (AP) — Gunmen from the Viv Ansanm gang coalition stormed the town of Saut-d'Eau in central Haiti on Sunday, shooting residents in the street and setting dozens of homes on fire, local officials said.

The mayor said nine people were killed in the initial assault. Two more bodies were found in a burned house on Monday, bringing the toll to 11.

"They came from the hills at dawn. We ran with nothing," said a market vendor who reached the nearby city of Mirebalais on foot.

The coalition has pushed beyond the capital into the Centre department in recent months, and the U.N. says more than a million Haitians are now displaced.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], SAUT_DEAU, "sunday", 11)]),

    ("ecu_machala_prison", date(2025, 4, 9), """Fifteen inmates killed in gang clash at Ecuador prison

QUITO (Reuters) - Fifteen inmates were killed when members of the rival Los Lobos and Los Choneros gangs fought with guns and knives inside a prison in the southern city of Machala on Tuesday, Ecuador's prison authority said.

Soldiers regained control of the facility after several hours, the authority said in a statement on Wednesday, adding that four guards had been briefly held hostage.

President Daniel Noboa declared an "internal armed conflict" against the gangs in January 2024 and put the military in charge of the prisons, where more than 450 inmates have died in massacres since 2021.""",
     [ev(AC, ["Los Lobos", "Los Choneros"], MACHALA, "tuesday", 15)]),

    ("mli_niono_ambush", date(2025, 6, 14), """Mali says it struck militants after deadly convoy ambush

BAMAKO (Reuters) - Islamist militants ambushed an army supply convoy near the central town of Niono on Thursday, killing eight soldiers, Mali's armed forces said.

The al Qaeda-linked JNIM group claimed the ambush on Friday and said it had seized trucks and weapons.

The army said its aircraft then struck a militant base near Diabaly on Friday evening, killing "dozens of terrorists". The toll could not be independently confirmed.

Mali's military government, which took power in coups in 2020 and 2021, has turned to Russia for security support after expelling French troops.""",
     [ev(AC, ["JNIM", "Mali"], NIONO, "thursday", 8),
      ev(AIR, ["Mali", "JNIM"], DIABALY, "friday")]),

    ("sdn_port_sudan_drones", date(2025, 1, 20), """Drones strike fuel depot in Sudan's Port Sudan

CAIRO (Reuters) - Drones struck a fuel depot near the port of Port Sudan on Sunday, starting a fire that burned for hours, Sudan's army said, blaming the paramilitary Rapid Support Forces.

No casualties were reported. The RSF did not comment.

Port Sudan, on the Red Sea, has served as the seat of the army-aligned government since fighting broke out in the capital Khartoum in April 2023.""",
     [ev(AIR, ["Rapid Support Forces"], PORT_SUDAN, "sunday", 0)]),

    ("pak_dik_police_post", date(2025, 8, 12), """Three policemen killed in militant attack in northwest Pakistan

PESHAWAR, Pakistan (AP) — Militants armed with rifles and grenades attacked a police post in the Dera Ismail Khan district of Pakistan's Khyber Pakhtunkhwa province late Monday, killing three officers, police said on Tuesday.

Officers returned fire and the attackers fled after a gunbattle of about an hour, district police chief Asif Khan said. The Pakistani Taliban, known as the TTP, claimed responsibility.

Attacks on security forces in the province have risen sharply since the Taliban returned to power in neighbouring Afghanistan in 2021.""",
     [ev(AC, ["TTP"], DERA_ISMAIL_KHAN, "monday", 3)]),

    ("col_eln_talks_suspended", date(2025, 9, 3), """Colombia suspends peace talks with ELN rebels

BOGOTA (Reuters) - Colombia's government said on Tuesday it had suspended peace talks with the National Liberation Army (ELN) indefinitely, accusing the rebel group of failing to keep its promises.

The ELN, which has about 6,000 fighters, said in a statement that the government had "chosen war" and that its delegation would remain in Caracas.

The talks began in 2022 and produced a ceasefire that expired last year. Analysts said a return to the negotiating table before next year's presidential election was unlikely.""",
     []),

    ("mex_mothers_search", date(2025, 10, 22), """Mexican mothers searching for missing children demand federal help

MEXICO CITY (AP) — Hundreds of women who search for missing relatives in Mexico met Interior Ministry officials on Tuesday to demand forensic experts and funding for their work.

More than 120,000 people are listed as missing in Mexico, most of them since the government launched its war on drug cartels in 2006. Search collectives have found thousands of clandestine graves in states such as Jalisco, Sonora and Veracruz.

"We are doing the job of the state with shovels," said Maria Lopez, whose son vanished in 2019. The ministry promised to review a national search plan before the year is out.""",
     []),

    ("bra_police_trial", date(2025, 11, 6), """Brazilian court convicts police officers over 2019 killings

SAO PAULO (Reuters) - A court in Sao Paulo on Wednesday convicted four Military Police officers of murder over the killing of two teenagers during a patrol in the city's east zone in 2019, handing them sentences of up to 24 years.

Prosecutors said the officers shot the boys as they fled and then planted a gun beside their bodies. Defence lawyers said they would appeal.

Rights groups say police in Sao Paulo state killed more than 800 people last year, and that few cases ever reach a courtroom.""",
     []),

    ("ven_election_anniversary", date(2025, 11, 27), """Venezuela's opposition marks a year since disputed vote with calls for pressure

CARACAS (AFP) - Venezuela's opposition urged foreign governments on Wednesday to step up pressure on President Nicolas Maduro, more than a year after an election it says it won.

Opposition leader Maria Corina Machado, who remains in hiding, said in a video message that the movement would "not give up". Hundreds of people were detained in protests after the July 2024 vote, according to rights groups.

The government, which says Maduro won a third term, accuses the opposition of plotting with foreign powers.""",
     []),
]

# The forty-first session's held-out group: written and run on main before any rule of that session; seven
# articles with dated events (one of them with two) and four with none
CHANDEL, NOSHKI, RIYOM, ARIHA = (24.32, 93.99), (29.55, 66.02), (9.63, 8.77), (35.81, 36.61)
JISR_AL_SHUGHUR, AL_QAIM, GQEBERHA, LA_PLATA = (35.81, 36.32), (34.37, 41.09), (-33.96, 25.60), (-34.92, -57.95)
FRESH2 = [
    ("ind_chandel_ambush", date(2025, 4, 16), """Two Assam Rifles soldiers killed in Manipur ambush

IMPHAL, India (Reuters) - Suspected insurgents ambushed a patrol of the Assam Rifles paramilitary force near the Myanmar border in Manipur's Chandel district on Tuesday, killing two soldiers and wounding three, the force said on Wednesday.

The patrol returned fire and the attackers escaped into the forest across the frontier, an Assam Rifles officer said, asking not to be named. A search operation was under way.

No group claimed the attack. Several insurgent outfits from the Indian northeast keep camps in Myanmar's Sagaing region, according to Indian officials.

More than 250 people have been killed in Manipur since ethnic violence broke out between the Meitei and Kuki-Zo communities in May 2023.""",
     [ev(AC, ["India"], CHANDEL, "tuesday", 2)]),

    ("pak_noshki_convoy_bomber", date(2025, 6, 8), """Suicide car bomber hits paramilitary convoy in Pakistan's Balochistan

QUETTA, Pakistan (AP) — A suicide bomber rammed an explosives-laden car into a convoy of the Frontier Corps on the highway outside Noshki in southwestern Pakistan on Saturday, killing five soldiers, officials said.

The banned Baloch Liberation Army said in a statement on Sunday that one of its fighters had carried out the bombing.

Provincial spokesman Shahid Rind said 11 people were wounded, two of them passers-by, and had been taken to hospital in Quetta.

The separatist group has stepped up attacks on security forces and on Chinese-funded projects in the province over the past two years, including the hijacking of a passenger train in March.""",
     [ev(SB, ["Balochistan Liberation Army", "Pakistan"], NOSHKI, "saturday", 5)]),

    ("nga_riyom_village_attack", date(2025, 9, 23), """Gunmen kill 13 in attack on central Nigeria village

ABUJA (Reuters) - Gunmen attacked a farming village in the Riyom area of Nigeria's Plateau state late on Sunday, killing at least 10 people and setting houses ablaze, police said.

Three wounded villagers died in hospital on Monday, raising the toll to 13, a local council chairman said on Tuesday.

"They came around 10 p.m. and shot at anyone who ran," a resident said by telephone.

Plateau has seen repeated cycles of killings between mostly Muslim herders and mostly Christian farmers, and more than 100 people died in attacks on villages in the state over the Christmas period in 2023.""",
     [ev(ATT, ["Civilians"], RIYOM, "sunday", 13)]),

    ("syr_idlib_shelling_drone", date(2025, 2, 12), """Shelling and drone strike kill five in Syria's northwest

BEIRUT (Reuters) - Artillery shells fired by Syrian government forces hit a residential area of the town of Ariha in Idlib province on Monday, killing three civilians, including a child, rescue workers said.

On Tuesday, a drone struck a car on the edge of Jisr al-Shughur, killing two members of a rebel faction, a Britain-based war monitor reported.

The government did not comment. Northwest Syria has been largely spared major offensives since a ceasefire brokered by Russia and Turkey in March 2020, but shelling along the front lines has never stopped.""",
     [ev(SH, ["Syria", "Civilians"], ARIHA, "monday", 3),
      ev(AIR, ["Syria"], JISR_AL_SHUGHUR, "tuesday", 2)]),

    ("irq_qaim_army_post", date(2025, 3, 27), """Islamic State attack kills three Iraqi soldiers near Syrian border

BAGHDAD (AFP) - Islamic State militants attacked an army post in the desert near the western town of Al-Qaim on Wednesday night, killing three soldiers in an hour-long gunfight, Iraq's Joint Operations Command said on Thursday.

Reinforcements arrived and the attackers withdrew towards the Syrian border, the command said. One militant was killed.

Iraq declared victory over the group in 2017, but its cells still mount hit-and-run attacks in remote areas of Anbar, Salahuddin and Diyala provinces.""",
     [ev(AC, ["Islamic State", "Iraq"], AL_QAIM, "wednesday", 4)]),

    ("zaf_gqeberha_taxi_shooting", date(2025, 8, 19), """Gunmen kill six at South African taxi rank

JOHANNESBURG (Reuters) - Gunmen opened fire on commuters and drivers at a minibus taxi rank in the township of Motherwell in Gqeberha on Monday morning, killing six people, police said.

Police spokeswoman Priscilla Naidu said the shooting appeared to be linked to a dispute between rival taxi associations over routes. No arrests had been made by Monday evening.

Taxi violence claims hundreds of lives in South Africa every year, and the Eastern Cape has seen a series of shootings at ranks since January.""",
     [ev(ATT, ["Civilians"], GQEBERHA, "monday", 6)]),

    ("arg_la_plata_teachers", date(2025, 5, 22), """Argentine police fire tear gas at teachers protesting wage freeze

BUENOS AIRES (AP) — Police fired tear gas and rubber bullets at teachers who marched on the provincial legislature in La Plata on Wednesday to protest against a wage freeze, injuring at least eight, union leaders said.

Police said 15 people were detained after demonstrators tried to push through a fence outside the building.

The teachers' union called a 48-hour strike for next week. Provincial officials said the budget left no room for raises this year.""",
     [ev(PWI, ["Police", "Protesters"], LA_PLATA, "wednesday")]),

    ("afg_unama_ordnance_report", date(2025, 7, 2), """UN says leftover explosives killed hundreds of Afghan children last year

KABUL (AP) — Unexploded shells, grenades and mines left over from decades of war killed or maimed more than 600 Afghan children last year, the United Nations mission in Afghanistan said in a report released on Tuesday.

Most of the victims were boys collecting scrap metal or herding animals, the report said, and the southern provinces of Helmand and Kandahar were the worst affected.

Clearance teams have lost much of their foreign funding since the Taliban took power in August 2021, the mission said, urging donors to restore support.""",
     []),

    ("ind_kashmir_polls", date(2025, 10, 9), """Kashmir votes in final phase of local elections under tight security

SRINAGAR, India (Reuters) - Voters in Indian Kashmir cast ballots on Wednesday in the last phase of elections to village councils, with thousands of police and paramilitary troops deployed around polling stations.

Officials said turnout reached 58% by the close of voting, the highest in three decades, and no violence was reported.

Separatist groups had called for a boycott. The region has been under direct rule from New Delhi since the government revoked its special status in 2019, a move that was followed by months of curfews and arrests.""",
     []),

    ("nga_service_chiefs", date(2025, 11, 4), """Nigeria's president names new military chiefs, vows to end kidnappings

ABUJA (AFP) - Nigerian President Bola Tinubu swore in new heads of the army, navy and air force on Monday and ordered them to end a wave of kidnappings for ransom in the northwest within six months.

"Nigerians must be able to travel and farm without fear," Tinubu said at the ceremony in the capital.

Bandits abducted more than 300 pupils from a school in Kebbi state last year, and gangs in Zamfara and Katsina hold hundreds of villagers for ransom, according to local officials and rights groups.""",
     []),

    ("phl_bangsamoro_vote_delay", date(2025, 9, 16), """Philippines delays first Bangsamoro parliamentary election again

MANILA (Reuters) - The Philippine Congress voted on Monday to postpone the first election for the parliament of the autonomous Bangsamoro region in the south by another year, citing disputes over district boundaries.

The region was created in 2019 under a peace deal with the Moro Islamic Liberation Front, which ended a rebellion that killed tens of thousands of people over four decades.

MILF leaders said the delay risked eroding trust in the peace process but urged their former fighters to stay calm.""",
     []),
]


# The forty-third session's held-out group: written and run on main before any failure was studied.
HOMBORI, AFGOYE, WANLAWEYN, SUAREZ = (15.28, -1.70), (2.14, 45.12), (2.62, 44.89), (2.95, -76.70)
DEBRE_MARKOS, GAZIPUR = (10.33, 37.72), (24.00, 90.42)

FRESH3 = [
    ("mli_hombori_convoy_mine", date(2025, 10, 4), """Three Malian soldiers killed as convoy hits mine near Hombori

BAMAKO (Reuters) - An explosive device buried in a dirt road blew up under a Malian army supply convoy near the central town of Hombori on Thursday, killing three soldiers and wounding five, two military sources said on Saturday.

The convoy was carrying fuel and food to the army camp at Boulkessi, one of the sources said. The army's general staff confirmed "an incident on the axis" without giving a toll.

No group has claimed responsibility. The al Qaeda-linked JNIM, which has blockaded several towns in the centre of the country since 2023, often mines the roads used by army convoys.

The junta that seized power in 2020 expelled French troops and now relies on Russian paramilitaries to fight the insurgents.""",
     [ev(IED, ["Mali"], HOMBORI, "thursday", 3)]),

    ("som_afgoye_mortars_wanlaweyn", date(2025, 11, 13), """Mortar attack on Somali market kills four; troops clash with al Shabaab

MOGADISHU (Reuters) - Mortar shells fired by al Shabaab militants landed on a crowded market in the town of Afgoye, west of the capital, on Tuesday afternoon, killing four civilians, a local official said.

"Two of the dead were women selling vegetables," district commissioner Abdullahi Nur told Reuters by phone.

On Wednesday, government troops fought al Shabaab fighters for several hours on the outskirts of Wanlaweyn, further north in the Lower Shabelle region, the army said, adding that seven militants were killed. The group said on a website it runs that it had inflicted heavy losses on the soldiers.

Al Shabaab has been fighting for more than 15 years to topple Somalia's central government.""",
     [ev(SH, ["Al Shabaab", "Civilians"], AFGOYE, "tuesday", 4),
      ev(AC, ["Somalia", "Al Shabaab"], WANLAWEYN, "wednesday", 7)]),

    ("col_suarez_police_station", date(2025, 7, 21), """Two police officers killed in attack on Colombian station

BOGOTA (AP) — Dissidents of the former FARC rebel group attacked a police station in the town of Suarez in Colombia's southwestern Cauca province late on Sunday, killing two officers in a gunfight that lasted nearly two hours, the national police said on Monday.

Officers returned fire until army reinforcements arrived, and the attackers retreated towards the mountains, police chief Carlos Fernando Triana said.

The government blamed the Jaime Martinez front, which rejected a peace process with President Gustavo Petro's government last year. Cauca has seen dozens of attacks on police and soldiers since January.""",
     [ev(AC, ["FARC", "Colombia"], SUAREZ, "sunday", 2)]),

    ("eth_debre_markos_drone", date(2025, 9, 6), """Drone strike on minibus kills eight in Ethiopia's Amhara, residents say

NAIROBI (Reuters) - A drone strike hit a minibus carrying passengers on a road outside Debre Markos in Ethiopia's Amhara region on Friday, killing eight people, two residents and a health worker said.

"They were traders going to the Friday market," one of the residents said, asking not to be named for fear of reprisals.

A government spokesperson could not be reached by telephone. The federal army has been fighting the Fano militia in Amhara since August 2023, and rights groups have documented dozens of deadly drone strikes in the region.""",
     [ev(AIR, ["Ethiopia", "Civilians"], DEBRE_MARKOS, "friday", 8)]),

    ("bgd_gazipur_garment_workers", date(2025, 6, 17), """Bangladesh police fire tear gas at garment workers demanding unpaid wages

DHAKA (AFP) - Police in Bangladesh fired tear gas and rubber bullets on Monday to disperse thousands of garment workers who had blocked a highway in the industrial district of Gazipur to demand three months of unpaid wages, police and union leaders said.

At least 20 workers were injured, union leader Kalpona Akter said, and police said they had detained 11 people.

"We have not been paid since March. How are we supposed to feed our children?" said one worker, a 24-year-old machine operator.

The garment industry accounts for more than 80 percent of Bangladesh's exports.""",
     [ev(PWI, ["Protesters", "Bangladesh"], GAZIPUR, "monday")]),

    ("ukr_istanbul_talks", date(2025, 5, 17), """Russia, Ukraine agree prisoner swap at first direct talks in three years

ISTANBUL (Reuters) - Russian and Ukrainian delegations agreed on Friday to exchange 1,000 prisoners of war each, but made no progress towards a ceasefire at their first face-to-face talks since 2022.

The meeting in Istanbul's Dolmabahce palace lasted less than two hours, Turkish officials said. Ukraine's defence minister, who led Kyiv's delegation, said Moscow had made demands that were "unacceptable".

Last month a Russian missile strike on the centre of Sumy killed 35 people, and Kyiv has accused Moscow of stepping up attacks on cities ahead of the talks. Russia says it targets only military sites.""",
     []),

    ("nga_owo_verdict", date(2025, 12, 3), """Nigerian court convicts five men over 2022 Owo church massacre

ABUJA (Reuters) - A federal high court in Abuja on Wednesday convicted five men of terrorism over the 2022 attack on a Catholic church in the southwestern town of Owo, in which gunmen killed more than 40 worshippers during a Pentecost Sunday mass.

Judge Emeka Nwite said prosecutors had proved that the men belonged to a cell of the Islamic State West Africa Province and had helped plan the attack. Sentencing was adjourned to January.

Defence lawyers said they would appeal. The attack shocked Nigerians because Ondo state had largely been spared the violence of the northeast.""",
     []),

    ("mmr_airstrike_report", date(2025, 8, 28), """Myanmar military air strikes killed hundreds of civilians last year, rights group says

BANGKOK (AP) — Myanmar's military carried out more than 1,000 air strikes on villages, schools and clinics in 2024, killing at least 600 civilians, according to a human rights group whose findings were published on Thursday.

The group said it had verified strikes in Sagaing, Magway, Rakhine and Kachin, where armed resistance groups have taken large areas from the army since late 2023.

A spokesman for the military government rejected the report, saying the armed forces only targeted "terrorists". The junta plans to hold elections in December that its opponents say will be neither free nor fair.""",
     []),
]


# The forty-fourth session's held-out group: written and run on main before any failure was studied.
TURBAT, GOMA_SAKE, TILLABERI, MIREBALAIS = (26.00, 63.04), (-1.57, 29.04), (14.21, 1.45), (18.83, -72.10)
NABATIEH, OMDURMAN, COTABATO, CELAYA = (33.38, 35.48), (15.64, 32.48), (7.22, 124.25), (20.52, -100.81)

FRESH4 = [
    ("pak_turbat_bus_attack", date(2025, 4, 9), """Gunmen kill six bus passengers in Pakistan's Balochistan

QUETTA (Reuters) - Gunmen stopped a passenger bus on a highway near Turbat in southwestern Pakistan late on Monday, checked the identity cards of those on board and shot dead six men from Punjab province, police said on Tuesday.

"The attackers fled into the hills before our teams reached the site," senior police official Zohaib Mohsin said.

The outlawed Baloch Liberation Army said in a statement sent to reporters that its fighters had carried out the killings. Separatists in the province have repeatedly targeted workers and travellers from other parts of Pakistan, including an attack on a train in March in which more than 20 hostages died.""",
     [ev(ATT, ["Baloch Liberation Army", "Civilians"], TURBAT, "monday", 6)]),

    ("cod_sake_shelling", date(2025, 2, 12), """Shells hit displacement camp near Goma as M23 advances

GOMA, Democratic Republic of Congo (Reuters) - Artillery shells landed on a camp for displaced people outside Sake, about 25 km west of Goma, on Tuesday morning, killing three children, a camp official and the local Red Cross said.

Congolese troops and M23 rebels fought for most of the day on the hills above the town, residents said, with heavy weapons fire heard in Goma.

The army accused the rebels of firing the shells; an M23 spokesman denied it and blamed government forces. The rebels, whom U.N. experts say are backed by Rwanda, seized large parts of North Kivu last year.""",
     [ev(SH, ["Civilians"], GOMA_SAKE, "tuesday", 3),
      ev(AC, ["Congo", "M23"], GOMA_SAKE, "tuesday")]),

    ("ner_tillaberi_ambush", date(2025, 6, 23), """Twenty soldiers killed in ambush in western Niger, army says

NIAMEY (AFP) - Twenty Nigerien soldiers were killed on Saturday when hundreds of jihadists on motorbikes ambushed an army patrol near the town of Tillaberi, the defence ministry said in a statement read on state television on Sunday evening.

The ministry said 41 "terrorists" were killed in the fighting and that reinforcements, backed by aircraft, had pursued the attackers towards the Malian border.

The statement did not say which group was behind the attack. Both the Islamic State in the Sahel and the al Qaeda-linked JNIM are active in the region. Niger's military government, which took power in a coup in July 2023, has turned away from France and the United States.""",
     [ev(AC, ["Niger", "Unidentified"], TILLABERI, "saturday", 61)]),

    ("hti_mirebalais_prison", date(2025, 4, 1), """Haitian gangs storm town, free hundreds from prison

PORT-AU-PRINCE (AP) — Gang members overran the central Haitian town of Mirebalais on Monday, setting fire to the police station and freeing more than 500 inmates from its prison, officials said.

Police officers fled after a gunfight of several hours, according to a local official, who said at least two officers were killed. Residents escaped on foot towards the neighbouring towns.

The attack was claimed by the Viv Ansanm coalition of gangs, which controls most of the capital. The U.N. says more than a million Haitians have been forced from their homes by gang violence.""",
     [ev(AC, ["Haiti"], MIREBALAIS, "monday", 2)]),

    ("lbn_nabatieh_strike", date(2025, 10, 16), """Israeli strike kills Hezbollah member in south Lebanon despite truce

BEIRUT (Reuters) - An Israeli drone strike hit a car near the southern Lebanese city of Nabatieh on Wednesday, killing one man, Lebanon's health ministry said. The Israeli military said it had struck a Hezbollah operative who was rebuilding the group's infrastructure.

Israel has kept up near-daily strikes in Lebanon since a ceasefire ended more than a year of fighting with Hezbollah in November 2024. Lebanese officials say the strikes violate the truce.

President Joseph Aoun on Thursday urged the United States and France, which sponsor the truce, to press Israel to halt the attacks.""",
     [ev(AIR, ["Israel", "Hezbollah"], NABATIEH, "wednesday", 1)]),

    ("sdn_jeddah_talks_stalled", date(2025, 3, 20), """Sudan talks stall as army rejects RSF conditions

CAIRO (Reuters) - Efforts to restart peace talks between Sudan's army and the paramilitary Rapid Support Forces stalled on Thursday after the army rejected conditions set by the RSF for a new round in Jeddah, two diplomats said.

The war, which began in April 2023, has killed tens of thousands of people, driven more than 12 million from their homes and caused famine in parts of Darfur and Kordofan.

The army retook much of Omdurman from the RSF last year. A U.S. envoy is due to visit Port Sudan next week.""",
     []),

    ("phl_cotabato_decommissioning", date(2025, 9, 2), """Philippines resumes decommissioning of former Muslim rebels

COTABATO CITY, Philippines (Reuters) - The Philippine government on Tuesday resumed the decommissioning of former Moro Islamic Liberation Front fighters, with about 1,200 combatants handing over their weapons at a ceremony in Cotabato City.

The process, part of a 2014 peace agreement, had been suspended for almost a year over delays in funding for the former fighters' livelihood programmes.

Officials said the remaining 14,000 fighters would be decommissioned before elections in the Bangsamoro region.""",
     []),

    ("mex_celaya_sentencing", date(2025, 11, 20), """Mexican court jails cartel hitman for 2023 killing of Celaya police officers

MEXICO CITY (AP) — A court in Guanajuato state sentenced a member of the Santa Rosa de Lima cartel to 90 years in prison on Wednesday for the killing of four police officers in the city of Celaya in 2023, state prosecutors said.

The officers were ambushed as they left a police station, one of dozens of attacks on police in the state that year. Guanajuato has had more homicides than any other Mexican state for six years in a row.

The governor said on Thursday that the sentence showed "there is no impunity".""",
     []),
]


FRESH5 = [
    ("moz_macomia_raid", date(2025, 7, 8), """Insurgents raid Mozambique town, fight troops for hours

MAPUTO (Reuters) - Islamic State-linked insurgents attacked the town of Macomia in Mozambique's Cabo Delgado province on Sunday, looting shops and fighting government soldiers for several hours before withdrawing into the forest, two local sources said on Monday.

"They came at dawn from three sides and the soldiers fought back until the afternoon," a trader who fled to Pemba told Reuters by phone. He said he had seen the bodies of two soldiers.

The Islamic State's Mozambique branch claimed the attack on its Telegram channel. Insurgents also held Macomia for two days in May last year. Rwandan troops have helped the army retake most of the towns lost since the insurgency began in 2017.""",
     [ev(AC, ["Mozambique", "Islamic State"], MACOMIA, "sunday")]),

    ("mmr_sagaing_school_strike", date(2025, 3, 2), """Myanmar military air strike hits village school, killing children

(Myanmar Now) - A Myanmar military jet bombed a school in a village near Monywa in the Sagaing region on Friday morning, killing nine people, seven of them pupils, a teacher and a local resistance official said.

"The plane dropped two bombs while the children were in class," the teacher said. The junta has not commented; it usually says it targets only "terrorists".

On Saturday, fighters of a local People's Defence Force unit attacked a military outpost near Shwebo, about 100 km to the north, killing five soldiers, the group said in a statement. Sagaing has been a stronghold of armed resistance since the 2021 coup.""",
     [ev(AIR, ["Myanmar", "Civilians"], MONYWA, "friday", 9),
      ev(AC, ["Myanmar"], SHWEBO, "saturday", 5)]),

    ("yem_taiz_shelling", date(2025, 1, 15), """Shelling kills three children in Yemen's Taiz, local officials say

ADEN (AFP) - Three children were killed and two wounded on Tuesday when shells fired by Houthi rebels hit a residential neighbourhood of the besieged city of Taiz, a local health official said.

The governor's office blamed the Houthis, who surround the city on three sides. The rebels did not comment. A U.N.-brokered truce in 2022 largely halted fighting on the main front lines, but Taiz is still regularly shelled.

Aid agencies say the roads into the city, closed by the Houthis in 2015, should be reopened.""",
     [ev(SH, ["Supreme Political Council", "Civilians"], TAIZ, "tuesday", 3)]),

    ("col_antioquia_leader_killed", date(2025, 9, 23), """Gunmen kill community leader in northwest Colombia

BOGOTA (Reuters) - Gunmen shot dead a community leader outside his home in a rural district of Apartado in Colombia's Antioquia province on Sunday night, the human rights ombudsman's office said on Monday.

The victim had campaigned for the return of land to families displaced during the country's conflict, the office said. Police said they were investigating whether the Clan del Golfo, the country's largest drug trafficking group, was responsible.

More than 100 social leaders were killed in Colombia last year, according to the ombudsman.""",
     [ev(ATT, ["Civilians"], APARTADO, "sunday", 1)]),

    ("nga_kebbi_abduction", date(2025, 11, 18), """Gunmen abduct schoolgirls in northwest Nigeria

ABUJA (Reuters) - Armed men abducted 25 schoolgirls from a boarding school in Nigeria's Kebbi state early on Monday, killing a staff member who tried to resist, police said.

The gunmen arrived on motorcycles at about 4 a.m. and took the students from their dormitory, a police spokesman said, adding that security forces were searching the surrounding forests.

Kidnappings for ransom by armed gangs, known locally as bandits, are common in Nigeria's northwest. In 2021, gunmen took more than 100 students from a college in the same state.""",
     [ev(ATT, ["Civilians"], BIRNIN_KEBBI, "monday")]),

    ("col_eln_talks", date(2025, 10, 3), """Colombia and ELN rebels to meet in Caracas to revive peace talks

BOGOTA (Reuters) - Colombia's government and the National Liberation Army (ELN) will meet in Caracas later this month to try to revive peace talks suspended in January, Venezuela's foreign ministry said on Thursday.

President Gustavo Petro broke off the talks after the rebels attacked rival fighters and civilians in the Catatumbo region near the Venezuelan border, violence that forced tens of thousands from their homes.

The government's negotiator said any new round would require the ELN to free all hostages.""",
     []),

    ("ind_manipur_presidents_rule", date(2025, 8, 2), """India extends federal rule in violence-hit Manipur

NEW DELHI (Reuters) - India's parliament on Friday approved a six-month extension of direct federal rule in the northeastern state of Manipur, where ethnic violence between Meitei and Kuki-Zo communities has killed more than 250 people since May 2023.

The state's chief minister resigned in February and federal rule was imposed days later. Opposition lawmakers said the government had failed to restore peace.

Home Minister Amit Shah told parliament that no deaths from the conflict had been recorded in the past four months.""",
     []),

    ("ukr_un_monthly_report", date(2025, 11, 12), """U.N. says civilian casualties in Ukraine rose in October

GENEVA (Reuters) - At least 148 civilians were killed and more than 700 wounded in Ukraine in October, the highest monthly toll since the summer, the U.N. human rights monitoring mission said on Wednesday.

Most of the casualties were caused by Russian drones and glide bombs in front-line areas of the Kharkiv, Donetsk and Zaporizhzhia regions, the mission said.

Russia denies targeting civilians. Ukraine's attacks on Russian regions also killed civilians, Russian officials have said.""",
     []),
]


FRESH6 = [
    ("sdn_gezira_village_raid", date(2025, 2, 11), """Sudan's RSF kills dozens in raid on Gezira village, activists say

PORT SUDAN (Reuters) - Fighters of Sudan's paramilitary Rapid Support Forces killed at least 40 villagers in a raid on a village south of Wad Madani on Sunday, a local resistance committee said on Monday.

The fighters arrived in pickup trucks, went from house to house and shot men who refused to hand over money and phones, the committee said in a statement. Several women were reported missing.

The RSF, at war with the army since April 2023, could not be reached. It has previously denied targeting civilians and blamed such killings on rogue elements. The army recaptured Wad Madani last month.""",
     [ev(ATT, ["Rapid Support Forces", "Civilians"], WAD_MADANI, "sunday", 40)]),

    ("bfa_dori_army_post", date(2025, 6, 17), """Jihadists attack army post in northern Burkina Faso

OUAGADOUGOU (AFP) - Hundreds of jihadist fighters attacked an army post near the northern town of Dori on Saturday, sparking a gunfight that lasted several hours, security sources said on Monday.

"The attackers came on motorbikes and in pickups; the soldiers held the position with air support," one source said, adding that dozens of assailants and at least ten soldiers were killed. Al-Qaeda's Sahel affiliate JNIM claimed the attack.

Burkina Faso's junta, which seized power in 2022, rarely comments on attacks. Violence by jihadist groups has killed thousands of people in the country since 2015.""",
     [ev(AC, ["Burkina Faso", "JNIM"], DORI, "saturday")]),

    ("som_beledweyne_bombing", date(2025, 4, 9), """Suicide bomber kills six at Somalia military base

MOGADISHU (Reuters) - A suicide bomber blew himself up at the entrance of a military base in the central Somali town of Beledweyne on Tuesday, killing six soldiers, a military officer said.

The bomber, dressed in a soldier's uniform, detonated his explosive vest as troops lined up for the morning roll call, Captain Abdullahi Hassan told Reuters. Al Shabaab claimed the attack in a statement.

The group, which is fighting to topple Somalia's central government, has carried out many suicide bombings in the capital and elsewhere.""",
     [ev(SB, ["Al Shabaab", "Somalia"], BELEDWEYNE, "tuesday", 6)]),

    ("pak_kp_police_attacks", date(2025, 10, 16), """Bomb kills four police in northwest Pakistan; gunmen kill two more

PESHAWAR (Reuters) - A roadside bomb struck a police van in Dera Ismail Khan in Pakistan's Khyber Pakhtunkhwa province on Tuesday, killing four officers, police said.

On Wednesday, gunmen opened fire on two policemen guarding a polio vaccination team in the nearby district of Tank, killing both before escaping, a police official said. The vaccinators were unhurt.

No group claimed either attack. The Pakistani Taliban have stepped up attacks on security forces in the province since their truce with the government ended in 2022.""",
     [ev(IED, ["Police Forces of Pakistan"], DERA_ISMAIL_KHAN, "tuesday", 4),
      ev(AC, ["Police Forces of Pakistan"], TANK, "wednesday", 2)]),

    ("hti_kenscoff_gang_attack", date(2025, 3, 5), """Gangs kill residents in attack on hills above Haiti's capital

PORT-AU-PRINCE (AP) - Armed gangs attacked neighbourhoods of Kenscoff in the hills above Port-au-Prince on Monday, killing at least seven residents and setting homes on fire, the town's mayor said on Tuesday.

Hundreds of residents fled on foot towards the capital, he said. Police reinforcements arrived in the afternoon.

The gang coalition that controls most of the capital has been pushing into areas it did not hold. The U.N. says more than 5,000 people were killed in gang violence in Haiti last year.""",
     [ev(ATT, ["Civilians"], KENSCOFF, "monday", 7)]),

    ("irq_election_results", date(2025, 11, 20), """Iraq's electoral commission announces final results of parliamentary vote

BAGHDAD (Reuters) - Iraq's electoral commission announced on Wednesday the final results of this month's parliamentary election, confirming the prime minister's coalition as the largest bloc.

Rival Shi'ite parties are expected to begin talks to form a new government, a process that took nearly a year after the 2021 vote, when armed supporters of losing factions clashed with security forces in Baghdad's Green Zone.

Turnout was about 56 percent, the commission said.""",
     []),

    ("cod_doha_talks", date(2025, 8, 21), """Congo and M23 rebels to resume talks in Doha next week

KINSHASA (Reuters) - Representatives of Congo's government and the M23 rebel group will return to Doha next week to resume negotiations on a peace deal, Qatar's foreign ministry said on Wednesday.

The two sides signed a declaration of principles in July but missed a deadline to reach a final agreement. Each accuses the other of violating a ceasefire in the eastern provinces of North and South Kivu, where the rebels seized the cities of Goma and Bukavu early this year.

A government spokesman said Kinshasa remained committed to the talks.""",
     []),

    ("eth_un_displacement", date(2025, 5, 28), """More than a million displaced by fighting in Ethiopia's Amhara, U.N. says

ADDIS ABABA (Reuters) - More than one million people have been displaced by fighting between Ethiopia's army and Fano militiamen in the Amhara region, the U.N. humanitarian office said in a report on Tuesday.

Clashes and drone strikes have damaged schools and health centres, and aid convoys have been attacked on roads, the report said. It did not give a death toll.

The government says it is restoring order in the region, where the conflict began in 2023.""",
     []),
]


FRESH7 = [
    ("nga_zamfara_school_abduction", date(2025, 9, 19), """Gunmen abduct students from school in Nigeria's Zamfara state

ABUJA (Reuters) - Gunmen abducted at least 30 students from a secondary school in Kaura Namoda in Nigeria's northwestern Zamfara state late on Thursday, police said on Friday.

The attackers arrived on motorcycles shortly before midnight, shot into the air and forced the students into the bush, a police spokesman said in a statement. A security guard was wounded.

Armed gangs known locally as bandits have carried out many mass kidnappings of students for ransom in the region. In 2021, gunmen seized nearly 300 schoolgirls from a school in the same state; they were released days later.""",
     [ev(ABD, ["Civilians"], KAURA_NAMODA, ("thursday", "friday"))]),

    ("mmr_kanbalu_air_strike", date(2025, 4, 24), """Myanmar military air strike kills 12 in Sagaing village, residents say

BANGKOK (Reuters) - A Myanmar military jet bombed a village in Kanbalu township in the central Sagaing region on Wednesday, killing 12 people including four children, two residents and a local resistance group said on Thursday.

The jet dropped two bombs near a monastery where displaced families were sheltering, one of the residents said by telephone, asking not to be named for fear of reprisals.

A spokesman for the junta could not be reached. The military, which seized power in a coup in February 2021, has increasingly relied on air power against armed groups opposed to its rule, and denies targeting civilians.""",
     [ev(AIR, ["Myanmar", "Civilians"], KANBALU, "wednesday", 12)]),

    ("col_cauca_clash_and_bomb", date(2025, 7, 15), """Colombian troops clash with rebels in Cauca; motorcycle bomb hits police post

BOGOTA (Reuters) - Colombian soldiers clashed with fighters of a FARC dissident group near the town of Argelia in the southwestern Cauca province on Saturday, killing three rebels, the army said on Monday.

On Sunday, a motorcycle packed with explosives blew up near a police station in Jamundi, south of Cali, wounding two police officers, local authorities said. They blamed the same group.

The dissidents, who rejected a 2016 peace deal, have stepped up attacks on security forces in the region this year, as talks with President Gustavo Petro's government stalled.""",
     [ev(AC, ["Colombia", "FARC"], ARGELIA_CAUCA, "saturday", 3),
      ev(IED, ["Police Forces of Colombia"], JAMUNDI, "sunday", 0)]),

    ("ukr_kharkiv_drone_attack", date(2025, 6, 11), """Russian drones hit Kharkiv overnight, killing three

KYIV (Reuters) - Russia attacked Ukraine's second-largest city Kharkiv with drones overnight, killing two people and injuring more than 40, the regional governor said on Wednesday.

The toll later rose to three after a woman died in hospital, Mayor Ihor Terekhov said. The drones hit apartment blocks and a kindergarten in two districts, he said.

Ukraine's air force said Russia launched 85 drones and two missiles at the country overnight, of which 65 were shot down or jammed. Russia denies targeting civilians.""",
     [ev(AIR, ["Russia", "Civilians"], KHARKIV, ("tuesday", "wednesday"), 3)]),

    ("moz_cabo_delgado_village_attack", date(2025, 10, 8), """Insurgents kill four in attack on Mozambique village

MAPUTO (Lusa) - Islamic State-linked insurgents attacked a village about 20 km south of Mocimboa da Praia in Mozambique's northern Cabo Delgado province on Monday, killing four civilians and burning dozens of houses, local sources said on Tuesday.

Residents fled into the bush and towards the district headquarters, one community leader said. Rwandan and Mozambican troops were sent to the area on Tuesday.

The insurgency, which began in 2017, has killed thousands of people and displaced more than a million.""",
     [ev(ATT, ["Islamic State", "Civilians"], MOCIMBOA, "monday", 4)]),

    ("yem_envoy_briefing", date(2025, 2, 13), """U.N. envoy tells Security Council Yemen talks must resume

NEW YORK (Reuters) - The United Nations envoy for Yemen urged the warring parties on Wednesday to return to talks on a roadmap to end the war, warning the Security Council that the economy was near collapse.

Hans Grundberg said the Houthis and the internationally recognised government had both told him they remained committed to a nationwide truce agreed in 2022, which has largely held despite sporadic fighting on several fronts.

The Houthis' attacks on shipping in the Red Sea last year led to U.S. and British air strikes on Houthi-held areas. Grundberg called for the release of U.N. staff detained by the group.""",
     []),

    ("mli_parties_dissolved", date(2025, 5, 14), """Mali's junta dissolves political parties, opposition vows protests

BAMAKO (AFP) - Mali's military government dissolved all political parties by decree on Tuesday, weeks after a national consultation recommended making junta leader Assimi Goita president without an election.

Opposition figures, many of them in exile, called the decree illegal and said they would hold demonstrations in the capital later this month. A rally planned by the parties earlier this month was called off after security forces deployed around the venue.

The junta, which took power in coups in 2020 and 2021, has postponed a return to civilian rule several times.""",
     []),

    ("cmr_rights_report", date(2025, 11, 5), """Rights group accuses Cameroon troops and separatists of abuses

DAKAR (Reuters) - Cameroonian soldiers and separatist fighters have killed dozens of civilians in the country's English-speaking regions this year, Human Rights Watch said in a report on Tuesday.

Between January and August, soldiers killed at least 23 civilians during search operations in villages of the Northwest region, while separatists abducted and killed teachers and local officials, the group said, citing interviews with witnesses.

The army said it would investigate the allegations. The conflict, which began in 2017, has killed more than 6,000 people.""",
     []),
]


FRESH8 = [
    ("pak_mastung_bus_attack", date(2025, 8, 22), """Gunmen kill nine bus passengers in Pakistan's Balochistan

QUETTA, Pakistan (Reuters) - Gunmen stopped a passenger bus on a highway near Mastung in Pakistan's southwestern Balochistan province late on Thursday, pulled nine men off after checking their identity cards and shot them dead, a local administration official said on Friday.

The victims were labourers from Punjab province travelling home, the official said. The outlawed Balochistan Liberation Army claimed responsibility in a statement sent to journalists.

Separatists in the province have repeatedly targeted people from other provinces. In August last year, coordinated attacks across Balochistan killed more than 50 people.""",
     [ev(ATT, ["Balochistan Liberation Army", "Civilians"], MASTUNG, ("thursday", "friday"), 9)]),

    ("cod_ituri_adf_raid", date(2025, 3, 11), """Rebels kill 18 villagers in eastern Congo, army says

KINSHASA (Reuters) - Fighters of the Allied Democratic Forces killed at least 18 civilians in an overnight raid on a village near Komanda in Congo's Ituri province on Sunday, an army spokesman said on Tuesday.

The attackers used machetes and guns and set fire to several houses before fleeing into the forest, Lieutenant Jules Ngongo said. An earlier toll from local civil society groups put the dead at 14; more bodies were found on Monday.

The ADF, which has pledged allegiance to Islamic State, has killed thousands of civilians in eastern Congo over the past decade despite joint operations by the Congolese and Ugandan armies.""",
     [ev(ATT, ["ADF", "Civilians"], KOMANDA, "sunday", 18)]),

    ("hti_police_station_and_march", date(2025, 5, 17), """Haiti police repel gang attack on station; protesters tear-gassed in capital

PORT-AU-PRINCE (Reuters) - Haitian police repelled an attack by armed gang members on the police station in Petit-Goave on Wednesday, killing four of the attackers in a gunfight that lasted several hours, the national police said.

In the capital on Friday, police fired tear gas to disperse several hundred people who were marching towards the prime minister's office to demand action against the gangs. No injuries were reported.

Gangs control most of Port-au-Prince and have expanded into nearby regions over the past year, forcing more than a million people from their homes.""",
     [ev(AC, ["Police Forces of Haiti"], PETIT_GOAVE, "wednesday", 4),
      ev(PWI, ["Protesters", "Haiti"], PORT_AU_PRINCE, "friday", 0)]),

    ("ind_bijapur_ied", date(2025, 1, 7), """Nine killed as Maoist landmine hits security convoy in India's Chhattisgarh

RAIPUR, India (Reuters) - Eight police commandos and their civilian driver were killed on Monday when Maoist rebels blew up a landmine under their vehicle in Bijapur district of India's central Chhattisgarh state, police said.

The men were returning from an anti-insurgent operation in the forests, Inspector General P. Sundarraj told reporters. The blast left a deep crater in the road.

Security forces said last year they had killed more than 200 suspected rebels in the state, and the federal government has set a deadline to end the insurgency.""",
     [ev(IED, ["Maoist", "Police Forces of India"], BIJAPUR_CG, "monday", 9)]),

    ("syr_latakia_clash_and_arrests", date(2025, 4, 2), """Syrian security forces clash with gunmen near Latakia, detain dozens

DAMASCUS (Reuters) - Syrian government security forces fought gunmen loyal to the ousted government of Bashar al-Assad in villages east of Latakia on Monday, killing six of them, the interior ministry said.

On Tuesday the security forces detained 35 people suspected of taking part in the fighting in a sweep of the area, the ministry added.

Hundreds of people were killed in coastal Syria in March in violence that followed an insurgent ambush of security forces.""",
     [ev(AC, ["Syria"], LATAKIA, "monday", 6),
      ev(ARR, ["Syria"], LATAKIA, "tuesday", 0)]),

    ("eth_budget_vote", date(2025, 7, 9), """Ethiopia's parliament approves record budget with higher defence spending

ADDIS ABABA (Reuters) - Ethiopia's parliament approved a record budget on Tuesday that raises defence spending by almost a third, as the government battles insurgencies in its two most populous regions.

Finance Minister Ahmed Shide told lawmakers the extra money would pay for security operations in Amhara and Oromiya, where federal troops have fought Fano militias and the Oromo Liberation Army for more than two years.

Opposition lawmakers said the money should go to reconstruction in Tigray, where a two-year war ended with a peace deal in 2022.""",
     []),

    ("ken_protest_anniversary", date(2025, 6, 24), """Kenya activists plan march to mark anniversary of deadly tax protests

NAIROBI (Reuters) - Kenyan activists said on Monday they would march through Nairobi on Wednesday to remember the dozens of people killed when police fired on crowds protesting against tax increases a year ago.

Organisers urged the police not to use force. "We are coming in peace, to honour our dead," said one of them, a 26-year-old student.

Police chief Douglas Kanja said officers would protect peaceful demonstrators but would not allow anyone to approach parliament, which protesters stormed and partly set on fire last June.""",
     []),

    ("ner_coup_anniversary_speech", date(2025, 7, 27), """Niger's junta leader vows to press on against jihadists two years after coup

NIAMEY (AFP) - Niger's military leader General Abdourahamane Tiani said on Saturday the army would keep up its fight against jihadist groups in the west of the country, in a speech marking two years since he seized power.

Tiani praised soldiers killed in attacks near the borders with Mali and Burkina Faso this year and announced new recruitment for the army.

Niger, Mali and Burkina Faso, all ruled by juntas, have left the West African bloc ECOWAS and formed their own alliance.""",
     []),
]



FRESH9 = [
    ("som_bulo_burde_base", date(2025, 9, 12), """Al Shabaab assault on Somali army base repulsed, 19 dead

MOGADISHU (Reuters) - Al Shabaab fighters stormed a Somali army base on the edge of Bulo Burde in the central Hiraan region before dawn on Thursday, setting off a battle that lasted until mid-morning, a military commander said.

Seven soldiers and at least twelve of the insurgents died in the fighting, Colonel Abdi Hassan told Reuters by phone on Friday. The attackers had used a truck packed with explosives to breach the outer wall, he said, but troops drove them back.

The al Qaeda-linked group has carried out a string of raids on bases in Hiraan since government forces and clan militias pushed it out of much of the region in 2022 and 2023.""",
     [ev(AC, ["Al Shabaab", "Somalia"], BULO_BURDE, "thursday", 19)]),

    ("bfa_titao_volunteers_and_strikes", date(2025, 10, 16), """Burkina jihadists kill 12 army auxiliaries; military says drones hit attackers

OUAGADOUGOU (Reuters) - Jihadist fighters killed twelve members of a civilian defence militia that backs the army in an ambush near Titao in northern Burkina Faso on Tuesday, two local sources said.

The volunteers were escorting traders to a market when they came under fire, one of the sources said. The al Qaeda affiliate JNIM said in a statement on Wednesday that its men had carried out the ambush.

On Wednesday the army said its drones had struck a column of the attackers on motorbikes as they withdrew north of Titao, killing "dozens of terrorists". The figure could not be verified.

Burkina Faso's junta, which seized power in 2022, has armed tens of thousands of volunteers to fight the insurgents.""",
     [ev(AC, ["JNIM"], TITAO, "tuesday", 12),
      ev(AIR, ["Burkina Faso"], TITAO, "wednesday")]),

    ("bgd_gazipur_garment_unrest", date(2025, 3, 19), """Bangladesh police tear-gas garment workers; factory torched next day

DHAKA (Reuters) - Police in Bangladesh fired tear gas and rubber bullets on Monday to scatter thousands of garment workers who had blocked a highway in the industrial town of Gazipur to demand three months of unpaid wages, police said.

On Tuesday, workers angry at the dispersal set fire to a factory warehouse and threw bricks at police, injuring several officers, a police official in Gazipur said.

The garment sector, which supplies global retailers, accounts for more than 80 percent of Bangladesh's exports.""",
     [ev(PWI, ["Protesters", "Bangladesh"], GAZIPUR, "monday", 0),
      ev(VD, ["Rioters", "Bangladesh"], GAZIPUR, "tuesday", 0)]),

    ("cmr_bamenda_kidnap", date(2025, 2, 4), """Gunmen seize 10 people from bus in Cameroon's restive northwest

YAOUNDE (Reuters) - Armed separatist fighters stopped a passenger bus on the outskirts of Bamenda in Cameroon's English-speaking North-West region on Monday and took away ten travellers, among them two teachers, the regional governor's office said.

The kidnappers have demanded a ransom for their release, a relative of one of the passengers said on Tuesday.

Separatists have been fighting since 2017 to create an independent state they call Ambazonia, a conflict that has killed more than 6,000 people.""",
     [ev(ABD, ["Civilians"], BAMENDA, "monday", 0)]),

    ("sdn_el_obeid_drones", date(2025, 11, 3), """Drone strikes on Sudan's El Obeid kill five, army blames RSF

PORT SUDAN (Reuters) - Drones struck a market and a water station in the city of El Obeid in Sudan's North Kordofan state on Sunday, killing five civilians, a medical source said on Monday.

The army, which holds the city, said the paramilitary Rapid Support Forces had launched the drones. An RSF spokesman could not be reached.

The RSF took El Fasher, the army's last stronghold in Darfur, last month, and fighting has since moved east into Kordofan.""",
     [ev(AIR, ["Rapid Support Forces", "Civilians"], EL_OBEID, "sunday", 5)]),

    ("moz_election_confirmed", date(2025, 12, 24), """Mozambique's top court confirms ruling party win a year after deadly unrest

MAPUTO (Reuters) - Mozambique's constitutional council on Tuesday confirmed the ruling Frelimo party's victory in local elections held in October, rejecting appeals by two opposition parties.

Opposition leader Venancio Mondlane said the ruling was expected and called on his supporters to stay calm. His challenge to last year's presidential election led to months of protests in which police killed more than 300 people, according to rights groups.

Frelimo has governed Mozambique since independence from Portugal in 1975.""",
     []),

    ("mmr_un_airstrike_report", date(2025, 6, 17), """UN report says Myanmar military air strikes killed hundreds of civilians in a year

GENEVA (Reuters) - Air strikes by Myanmar's military killed at least 500 civilians in the twelve months to March, many of them in schools, monasteries and camps for displaced people, the U.N. human rights office said in a report released on Monday.

The report said the military had stepped up bombing of areas held by resistance groups after losing ground in the north and west of the country.

A spokesman for the junta rejected the findings as one-sided. The military seized power in a coup in February 2021.""",
     []),

    ("col_eln_talks_suspended", date(2025, 1, 28), """Colombia suspends peace talks with ELN rebels after deadly attacks

BOGOTA (Reuters) - Colombia's government said on Monday it had suspended peace talks with the National Liberation Army (ELN) guerrilla group, citing attacks in the northeastern Catatumbo region that the rebels launched this month.

Fighting between the ELN and dissidents of the former FARC rebel group in Catatumbo has killed dozens of people and forced tens of thousands to flee since the middle of January, according to local authorities.

"There can be no talks while the ELN attacks the civilian population," the government's chief negotiator said.""",
     []),
]

def main() -> int:
    """The studied articles' table, or with ``--only fresh``, ``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8`` or ``fresh9`` a held group's (its ids may be named too)."""
    if "--only" in sys.argv:
        at = sys.argv.index("--only") + 1
        for name, held in (("fresh", FRESH), ("fresh2", FRESH2), ("fresh3", FRESH3), ("fresh4", FRESH4), ("fresh5", FRESH5),
                           ("fresh6", FRESH6), ("fresh7", FRESH7), ("fresh8", FRESH8),
                           ("fresh9", FRESH9)):
            if at < len(sys.argv) and name in sys.argv[at].split(","):
                sys.argv[at] = ",".join(a[0] for a in held)
                return run(__doc__, held, "Reuters", lang="en")
    return run(__doc__, ONE + TWO + NONE + FRESH + FRESH2 + FRESH3 + FRESH4 + FRESH5 + FRESH6 + FRESH7 + FRESH8 + FRESH9 if "--only" in sys.argv else ONE + TWO + NONE, "Reuters",
               lang="en")


if __name__ == "__main__":
    sys.exit(main())
