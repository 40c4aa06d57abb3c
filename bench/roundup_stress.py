"""Roundup stress set: invented English and French articles that each tell several distinct events, to be coded apart.

    PYTHONPATH=.:bench .venv/bin/python bench/roundup_stress.py [--show-failures] [--only ID]

Issue 13: many articles are roundups, not stories of one event: a morning tally of overnight strikes on four
oblasts and drones over two Russian regions, a Sahel week, "In other violence on Sunday, ...", a Gaza and West
Bank day, "Ituri : trois attaques en 48 heures", bandit attacks in three Nigerian LGAs, a Syria or Yemen day with
shelling in one governorate and an air strike in another, a Pakistan page with a blast in one district and a raid
in another, a live page's bullets, Le Monde's "ce que l'on sait" by city. ACLED codes each incident as its own
event (its own place, day, actors, type and toll). The ways to fail: events merged into one (the first place or
day given to all), a toll summed across events or given to the wrong one, a second event's place or day taken from
the first, a roundup's overall total ("In all, 17 civilians were killed", "Au total, ...") coded as an extra event
or as one event's toll, events lost in a list, a headline summing the roundup coded as one more event, one event
told twice among others (it must stay one). Articles are written for this set in the manner of Reuters, AP, AFP,
the Kyiv Independent, Premium Times, Dawn, Myanmar Now, Radio Okapi, RFI and Le Monde, not taken from any dev text:
``ENGLISH`` and ``FRENCH`` hold 15 each, with 2 to 4 events apiece (some on other days, some in one town on two
days, some in several towns on one day), six with a total line, two with an event told twice.
Gold events are (sub-event type, words of the ACLED actor names, (lat, lon) of the town, day, toll or None when
not scored), the day an English or French weekday (the last one on or before publication), an int (days before
publication) or a tuple (a night across two days); "optional" events (an interception) are neither missed nor
false. Scoring is fr_world_stress's: a gold event takes the best unused dated event of its ACLED type, then its
sub-event type, actors, place (50 km), day and toll are checked; every dated event left over is false. Each set is
coded in its language and scored apart. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_wire_stress import ev  # noqa: E402
from fr_world_stress import ABD, AC, AIR, ATT, IED, SH, run  # noqa: E402

DWU = "Disrupted weapons use"

# places (general knowledge, town centres)
KHARKIV, SUMY, NIKOPOL, KHERSON = (49.99, 36.23), (50.91, 34.80), (47.57, 34.39), (46.64, 32.61)
ODESSA, DNIPRO, ZAPORIZHZHIA, KYIV = (46.48, 30.72), (48.46, 35.05), (47.84, 35.14), (50.45, 30.52)
RYLSK, KLINTSY, SHEBEKINO = (51.57, 34.68), (52.76, 32.24), (50.41, 36.89)
DJIBO, KIDAL, TILLABERI, DORI, DOUENTZA = (14.10, -1.63), (18.44, 1.41), (14.21, 1.45), (14.03, -0.03), (15.00, -2.95)
QUETTA, DERA_ISMAIL_KHAN, BAJAUR = (30.18, 66.99), (31.83, 70.90), (34.73, 71.52)
DEIR_AL_BALAH, KHAN_YOUNIS, NABLUS, TULKAREM = (31.42, 34.35), (31.35, 34.30), (32.22, 35.26), (32.31, 35.03)
NUSEIRAT, RAFAH = (31.45, 34.39), (31.29, 34.25)
TSAFE, KANKARA, BIRNIN_GWARI = (11.96, 6.92), (11.93, 7.41), (10.67, 6.55)
ARIHA, JISR_AL_SHUGHUR, BUSAYRAH, HOMS = (35.81, 36.61), (35.81, 36.32), (35.15, 40.43), (34.73, 36.71)
MANBIJ, KOBANE, TISHRIN = (36.53, 37.95), (36.89, 38.35), (36.38, 38.18)
MARIB, SANAA, TAIZ = (15.46, 45.32), (15.37, 44.19), (13.58, 44.02)
MOGADISHU, JILIB, EL_BUUR = (2.04, 45.34), (0.49, 42.77), (4.69, 46.62)
SAKE, BENI, DJUGU, BUNIA, KOMANDA, FATAKI = ((-1.57, 29.04), (0.49, 29.47), (1.92, 30.50), (1.56, 30.25),
                                              (1.37, 29.77), (1.98, 30.60))
MASISI, BUTEMBO, OICHA, UVIRA, MINEMBWE = (-1.40, 28.81), (0.14, 29.29), (0.70, 29.52), (-3.39, 29.14), (-3.58, 28.82)
EL_FASHER, NYALA, EL_OBEID, WAD_MADANI = (13.63, 25.35), (12.05, 24.88), (13.18, 30.22), (14.40, 33.52)
MONYWA, KYAUKPHYU, LASHIO = (22.11, 95.13), (19.43, 93.55), (22.93, 97.75)
SARAVENA, CALI, JAMUNDI = (6.95, -71.88), (3.45, -76.53), (3.26, -76.54)
TYRE, KIRKUK, NABATIYE, BINT_JBEIL, KIRYAT_SHMONA = ((33.27, 35.20), (35.47, 44.39), (33.38, 35.48),
                                                     (33.12, 35.43), (33.21, 35.57))
MIREBALAIS, PORT_AU_PRINCE = (18.83, -72.10), (18.54, -72.34)
MORA, KOLOFATA, PAOUA, BAMBARI = (11.05, 14.14), (11.17, 14.02), (7.24, 16.44), (5.76, 20.67)
MACOMIA, MOCIMBOA = (-12.25, 40.13), (-11.35, 40.35)

# (id, publication date, text, events), as in fr_world_stress
ENGLISH = [
    ("ukr_oblasts_overnight", date(2025, 3, 5), """Russian attacks kill four, injure 23 across Ukraine over past day

KYIV (Kyiv Independent) - Russian attacks killed four people and injured 23 others across Ukraine over the past day, regional authorities reported on the morning of March 5.

Kharkiv Oblast: Russian drones hit a residential street in Kharkiv overnight, killing two people and injuring nine, Governor Oleh Syniehubov said.

Sumy Oblast: A guided aerial bomb struck a warehouse on the outskirts of Sumy on Tuesday evening, killing one worker.

Dnipropetrovsk Oblast: Russian artillery shelled Nikopol throughout the day on Tuesday, injuring three residents and damaging a school, Governor Serhii Lysak said.

Kherson Oblast: One person was killed and 11 were injured in Russian shelling of Kherson on Tuesday, the regional administration said.

Ukraine's Air Force said it shot down 71 of the 112 drones Russia launched overnight.""",
     [ev(AIR, ["Russia"], KHARKIV, ("tuesday", "wednesday"), 2),
      ev(AIR, ["Russia"], SUMY, "tuesday", 1),
      ev(SH, ["Russia"], NIKOPOL, "tuesday", 0),
      ev(SH, ["Russia"], KHERSON, "tuesday", 1),
      ev(DWU, ["Ukraine"], KHARKIV, ("tuesday", "wednesday"), optional=True)]),

    ("rus_border_regions", date(2025, 6, 2), """Ukrainian drone attacks kill three in Russia's border regions, governors say

MOSCOW, June 2 (Reuters) - Ukrainian drone attacks killed three people in Russia's Kursk and Bryansk regions on Sunday, the regional governors said, as Moscow reported shooting down dozens of drones overnight.

In the Kursk region, a drone dropped explosives on a car near the town of Rylsk, killing two men, the acting governor said on Telegram.

Separately, a drone struck a bus stop in the town of Klintsy in the Bryansk region, killing a woman, Governor Alexander Bogomaz said.

In the Belgorod region, Ukrainian shelling damaged houses in Shebekino on Monday morning, but no one was hurt, the regional governor said.

Reuters could not independently verify the reports. Kyiv says its strikes target infrastructure that supports Russia's war effort.""",
     [ev(AIR, ["Ukraine"], RYLSK, "sunday", 2),
      ev(AIR, ["Ukraine"], KLINTSY, "sunday", 1),
      ev(SH, ["Ukraine"], SHEBEKINO, "monday", 0),
      ev(DWU, ["Russia"], RYLSK, ("sunday", "monday"), optional=True)]),

    ("sahel_week", date(2024, 11, 22), """Sahel: at least 40 killed in a week of attacks in Burkina Faso, Mali and Niger

DAKAR (Reuters) - Jihadist attacks and army operations killed at least 40 people across Burkina Faso, Mali and Niger this week, according to security sources, local officials and residents.

In northern Burkina Faso, fighters of the al Qaeda-linked JNIM attacked an army detachment in Djibo on Monday. Soldiers fought back for several hours and 11 soldiers were killed, two security sources said.

On Wednesday, a Malian army drone struck a wedding gathering near Kidal, killing eight civilians, a local elected official said. The army said it had hit a meeting of terrorists.

In Niger, gunmen believed to belong to Islamic State's Sahel branch attacked a weekly market near Tillaberi on Thursday, killing 14 civilians, a local official said.

The three juntas that seized power between 2020 and 2023 have vowed to defeat the insurgents, but attacks have spread.""",
     [ev(AC, ["Burkina Faso", "JNIM"], DJIBO, "monday", 11),
      ev(AIR, ["Mali", "Civilians"], KIDAL, "wednesday", 8),
      ev(ATT, ["Islamic State", "Civilians"], TILLABERI, "thursday", 14)]),

    ("pak_other_violence", date(2024, 12, 16), """Blast kills three in Quetta; two policemen martyred in DI Khan

QUETTA (Dawn) - Three people were killed and seven injured when a bomb planted on a motorcycle went off near a vegetable market on Quetta's Sariab Road on Sunday, police said.

The explosive device was detonated by remote control, a bomb disposal squad official said. No group claimed responsibility.

Separately, militants attacked a police station in Dera Ismail Khan district late on Sunday night, martyring two policemen. Police said the attackers fled after an hour-long exchange of fire.

In other violence on Sunday, unidentified gunmen shot dead a tribal elder outside his home in Bajaur district, police said.""",
     [ev(IED, [], QUETTA, "sunday", 3),
      ev(AC, ["Pakistan"], DERA_ISMAIL_KHAN, ("sunday", "monday"), 2),
      ev(ATT, ["Civilians"], BAJAUR, "sunday", 1)]),

    ("gaza_west_bank_day", date(2024, 8, 14), """Israeli strikes kill eight in Gaza; Palestinian killed in West Bank raid

CAIRO/RAMALLAH (Reuters) - Israeli air strikes killed at least eight Palestinians in the central and southern Gaza Strip on Tuesday, health officials said.

A strike on a house in Deir al-Balah killed six members of one family, medics said. Hours later, a drone strike on a motorbike in Khan Younis killed two men.

In the occupied West Bank, Israeli troops killed a 19-year-old Palestinian in an exchange of fire during a raid on the Balata camp in Nablus on Tuesday, the Palestinian health ministry said. The Israeli military said its forces had come under fire.

On Monday night, an Israeli drone strike on a group of men in Tulkarem killed three, the ministry said.

The Gaza health ministry says more than 39,900 Palestinians have been killed in the Gaza Strip since October 2023.""",
     [ev(AIR, ["Israel"], DEIR_AL_BALAH, "tuesday", 6),
      ev(AIR, ["Israel"], KHAN_YOUNIS, "tuesday", 2),
      ev(AC, ["Israel"], NABLUS, "tuesday", 1),
      ev(AIR, ["Israel"], TULKAREM, "monday", 3)]),

    ("nga_three_lgas", date(2025, 5, 20), """Bandits kill nine in Zamfara, abduct 17 in Katsina as troops neutralise five in Kaduna

GUSAU (Premium Times) - Armed bandits on Saturday killed nine people in an attack on a farming community in Tsafe Local Government Area of Zamfara State, residents said.

In Katsina State, gunmen abducted 17 people, including a village head, in Kankara LGA on Sunday night, the police spokesperson confirmed.

Meanwhile, troops of Operation Fansan Yamma killed five bandits in a gun duel in Birnin Gwari LGA of Kaduna State on Monday, an army spokesman said.

Banditry has killed thousands of people across the North-west in the past decade.""",
     [ev(ATT, ["Civilians"], TSAFE, "saturday", 9),
      ev(ABD, ["Civilians"], KANKARA, ("sunday", "monday"), 0),
      ev(AC, ["Nigeria"], BIRNIN_GWARI, "monday", 5)]),

    ("syr_idlib_deir_ezzor", date(2023, 10, 10), """Syria: government shelling kills three in Idlib, Russian jets strike near Jisr al-Shughur

BEIRUT (AFP) - Syrian government forces shelled the town of Ariha in the rebel-held northwest on Monday, killing three civilians including a child, the White Helmets rescue group said.

Russian warplanes on the same day carried out air strikes on the outskirts of Jisr al-Shughur, in the west of Idlib province, a Britain-based war monitor said, without giving a toll.

Further east, Islamic State fighters attacked a checkpoint of the Kurdish-led Syrian Democratic Forces in the town of Busayrah in Deir ez-Zor province on Sunday, killing four SDF fighters, the monitor said. The SDF said its fighters repelled the attack.""",
     [ev(SH, ["Syria", "Civilians"], ARIHA, "monday", 3),
      ev(AIR, ["Russia"], JISR_AL_SHUGHUR, "monday"),
      ev(AC, ["Islamic State", "Syrian Democratic Forces"], BUSAYRAH, "sunday", 4)]),

    ("yem_marib_sanaa_taiz", date(2021, 9, 8), """Yemen: Houthi missile kills four in Marib, coalition jets pound Sanaa

ADEN, Sept 8 (Reuters) - A ballistic missile fired by the Houthi movement hit a residential area of Marib city on Tuesday, killing four civilians including two children, local officials said.

Warplanes of the Saudi-led coalition carried out several air strikes on Houthi military positions in and around Sanaa on Tuesday night, residents and the Houthi-run Al Masirah TV said.

In Taiz, a sniper killed a woman in the government-held east of the city on Monday, a rights group said.

Fighting has intensified around Marib, the government's last stronghold in the north, since February.""",
     [ev(SH, ["Civilians"], MARIB, "tuesday", 4),
      ev(AIR, [], SANAA, ("tuesday", "wednesday")),
      ev(ATT, ["Civilians"], TAIZ, "monday", 1)]),

    ("som_three_fronts", date(2025, 7, 14), """Somalia: mortars hit Mogadishu, U.S. strike near Jilib, clashes in central region

MOGADISHU (Reuters) - Mortar shells fired by al Shabaab militants landed in a residential area near the presidential palace in Mogadishu on Saturday evening, killing two civilians, police said.

On Sunday, U.S. Africa Command said it had conducted an air strike against al Shabaab fighters about 20 km northeast of Jilib, in the Middle Juba region, killing three militants.

Also on Sunday, government forces and allied clan militia fought al Shabaab for several hours near El Buur in Galmudug state, a local commander said, saying 11 militants and two soldiers died.""",
     [ev(SH, ["Shabaab", "Civilians"], MOGADISHU, "saturday", 2),
      ev(AIR, ["United States", "Shabaab"], JILIB, "sunday", 3),
      ev(AC, ["Somalia", "Shabaab"], EL_BUUR, "sunday", 13)]),

    ("cod_sake_beni_djugu", date(2025, 4, 23), """Congo: fighting near Sake, rebel raids in Beni and Djugu leave 17 dead

KINSHASA (Reuters) - M23 rebels and Congolese soldiers clashed on the hills west of Sake in North Kivu province on Monday, local officials said, in fighting that sent thousands of people fleeing towards Goma.

On Tuesday, suspected Allied Democratic Forces fighters killed nine people in a night raid on a village north of Beni, the civil society said.

In neighbouring Ituri province, CODECO militiamen attacked a displacement camp in Djugu territory on Tuesday, killing eight people, a camp leader said.

In all, at least 17 civilians were killed in the two raids, according to the civil society.""",
     [ev(AC, ["M23"], SAKE, "monday"),
      ev(ATT, ["ADF", "Civilians"], BENI, "tuesday", 9),
      ev(ATT, ["CODECO", "Civilians"], DJUGU, "tuesday", 8)]),

    ("sdn_fasher_nyala_obeid", date(2025, 1, 29), """Sudan: shelling of El Fasher, air strike on Nyala, RSF raid near El Obeid

PORT SUDAN (AFP) - The Rapid Support Forces shelled the Abu Shouk displacement camp in El Fasher on Sunday, killing five displaced people, the camp's coordinator said.

A day later, an army air strike on a livestock market in Nyala killed four civilians, a local resistance committee said.

RSF fighters also raided a village west of El Obeid in North Kordofan on Monday, killing 10 people, the Sudan Doctors Network said. It was the second attack on the village in a week.

The war has killed tens of thousands of people since April 2023.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FASHER, "sunday", 5),
      ev(AIR, ["Sudan", "Civilians"], NYALA, "monday", 4),
      ev(ATT, ["Rapid Support Forces", "Civilians"], EL_OBEID, "monday", 10)]),

    ("mmr_strike_told_twice", date(2024, 10, 30), """Myanmar junta air strike kills 11 in Sagaing; fighting in Rakhine, mine blast in Shan

A junta air strike on a village in Monywa Township, Sagaing Region, killed 11 people on Sunday, a local resistance group told Myanmar Now.

In Rakhine State, the Arakan Army clashed with junta troops near Kyaukphyu on Monday, a spokesman for the ethnic armed group said, without giving casualty figures.

A landmine exploded under a car on a road near Lashio in northern Shan State on Tuesday, killing two passengers, residents said.

The air strike in Monywa Township hit a school building where villagers had taken shelter, a resident said. Most of the 11 dead were women and children.""",
     [ev(AIR, ["Myanmar", "Civilians"], MONYWA, "sunday", 11),
      ev(AC, ["Arakan Army", "Myanmar"], KYAUKPHYU, "monday"),
      ev(IED, ["Civilians"], LASHIO, "tuesday", 2)]),

    ("col_saravena_cali_jamundi", date(2025, 8, 5), """Colombia: ELN attacks army base in Arauca; car bomb wounds six in Cali

BOGOTA (AP) — Fighters of the National Liberation Army attacked a military base in the town of Saravena in Arauca province with explosives and rifles early Sunday, killing two soldiers, the army said.

On Monday, a car bomb went off outside a police station in Cali, wounding six people, police said. Authorities blamed FARC dissidents.

Separately, an army patrol clashed with dissidents in the mountains near Jamundi on Monday afternoon, killing one rebel, the defence ministry said.""",
     [ev(AC, ["Colombia", "ELN"], SARAVENA, "sunday", 2),
      ev(IED, ["FARC"], CALI, "monday", 0),
      ev(AC, ["Colombia", "FARC"], JAMUNDI, "monday", 1)]),

    ("ukr_kherson_two_days", date(2025, 9, 17), """Russian shelling kills three in Kherson over two days

KYIV (Kyiv Independent) - Russian artillery fire hit the Dniprovskyi district of Kherson on Monday morning, killing a 67-year-old man near a bus stop, the regional military administration said.

Russian forces shelled the city again on Tuesday afternoon, killing two women in a courtyard and injuring four other residents, the administration reported.

Russian troops hit Kherson Oblast 412 times over the past week, Governor Oleksandr Prokudin said on Sept. 16.""",
     [ev(SH, ["Russia", "Civilians"], KHERSON, "monday", 1),
      ev(SH, ["Russia", "Civilians"], KHERSON, "tuesday", 2)]),

    ("mideast_live_bullets", date(2025, 5, 16), """The latest: strikes and attacks across the Middle East

Here's the latest:

- An Israeli strike on a car near the southern Lebanese city of Tyre killed two people on Thursday, Lebanon's health ministry said.
- In Iraq, a roadside bomb hit an army patrol near Kirkuk on Thursday, wounding three soldiers, security sources said.
- Houthi rebels fired a missile at Israel on Friday morning; the Israeli military said it was intercepted.
- In Syria, gunmen killed four members of the security forces at a checkpoint near Homs on Thursday night, a war monitor said.""",
     [ev(AIR, ["Israel"], TYRE, "thursday", 2),
      ev(IED, ["Iraq"], KIRKUK, "thursday", 0),
      ev(AC, ["Syria"], HOMS, ("thursday", "friday"), 4),
      ev(DWU, ["Israel"], (31.5, 34.9), "friday", optional=True)]),
]

FRENCH = [
    ("ituri_trois_attaques", date(2025, 6, 2), """Ituri : trois attaques en 48 heures dans les territoires de Djugu et d'Irumu

Au moins quinze personnes ont été tuées dans trois attaques distinctes menées depuis samedi dans les territoires de Djugu et d'Irumu, en Ituri, selon des sources locales.

Dans la nuit de vendredi à samedi, des miliciens CODECO ont fait irruption dans un village proche de Fataki, tuant quatre civils à coups de machette.

Samedi après-midi, des rebelles ADF ont attaqué des agriculteurs dans leurs champs près de Komanda, dans le territoire d'Irumu. Six corps ont été retrouvés, indique le chef de secteur.

Dimanche, l'armée a repoussé une incursion de miliciens Zaïre aux abords de Bunia, tuant cinq assaillants, selon le porte-parole des FARDC en Ituri.

La société civile demande le renforcement des effectifs militaires dans la province.""",
     [ev(ATT, ["CODECO", "Civilians"], FATAKI, ("vendredi", "samedi"), 4),
      ev(ATT, ["ADF", "Civilians"], KOMANDA, "samedi", 6),
      ev(AC, ["Democratic Republic of Congo"], BUNIA, "dimanche", 5)]),

    ("nord_kivu_liste", date(2025, 5, 20), """Nord-Kivu : les principaux incidents sécuritaires de la semaine

Voici les principaux incidents enregistrés ces derniers jours dans la province du Nord-Kivu :

- Mercredi, des affrontements ont opposé les rebelles du M23 aux combattants Wazalendo près de Masisi-centre. Le bilan n'est pas connu.
- Jeudi, deux motocyclistes ont été enlevés par des hommes armés sur la route de Kyondo, près de Butembo.
- Samedi, les ADF ont tué trois civils dans un champ près d'Oicha, dans le territoire de Beni.
- Lundi, une bombe artisanale a explosé près d'un marché de Beni, blessant quatre personnes.

Au total, au moins une dizaine de personnes ont perdu la vie dans la province en une semaine, selon la société civile.""",
     [ev(AC, ["M23", "Wazalendo"], MASISI, "mercredi"),
      ev(ABD, ["Civilians"], BUTEMBO, "jeudi", 0),
      ev(ATT, ["ADF", "Civilians"], OICHA, "samedi", 3),
      ev(IED, [], BENI, "lundi", 0)]),

    ("sahel_hebdo", date(2024, 11, 22), """Sahel : une semaine d'attaques au Mali, au Burkina Faso et au Niger

BAMAKO (RFI) - Les jihadistes du JNIM, liés à Al-Qaïda, ont attaqué lundi le camp militaire de Douentza, dans le centre du Mali. Selon l'état-major malien, l'assaut a été repoussé et une vingtaine d'assaillants « neutralisés ».

Au Burkina Faso, une embuscade tendue mercredi à des Volontaires pour la défense de la patrie (VDP) près de Dori a fait dix morts parmi les supplétifs, selon des sources sécuritaires.

Au Niger voisin, des hommes armés présumés de l'Etat islamique au Sahel ont tué jeudi douze civils dans un village proche de Tillabéri, ont indiqué des élus locaux.

Depuis le début de l'année, les violences ont fait plusieurs milliers de morts dans les trois pays, selon les organisations de défense des droits humains.""",
     [ev(AC, ["Mali", "JNIM"], DOUENTZA, "lundi"),
      ev(AC, [], DORI, "mercredi", 10),
      ev(ATT, ["Islamic State", "Civilians"], TILLABERI, "jeudi", 12)]),

    ("ukr_vingt_quatre_heures", date(2025, 2, 12), """Guerre en Ukraine : au moins six morts en vingt-quatre heures, ce que l'on sait

Des attaques de drones et de missiles russes ont fait au moins cinq morts en Ukraine entre mardi et mercredi, selon les autorités locales, tandis qu'un drone ukrainien a tué une personne dans la région russe de Belgorod.

A Odessa, deux personnes ont été tuées dans la nuit de mardi à mercredi par une attaque de drones russes qui a touché un immeuble du centre-ville, a annoncé le chef de l'administration militaire régionale.

A Dnipro, un missile balistique russe a frappé mardi matin une entreprise industrielle, tuant trois employés.

En Russie, le gouverneur de la région de Belgorod a indiqué qu'un homme avait été tué mardi soir par un drone ukrainien qui a visé sa voiture près de Chebekino.

Selon l'aviation ukrainienne, 57 des 83 drones lancés par la Russie pendant la nuit ont été abattus.""",
     [ev(AIR, ["Russia"], ODESSA, ("mardi", "mercredi"), 2),
      ev(SH, ["Russia"], DNIPRO, "mardi", 3),
      ev(AIR, ["Ukraine"], SHEBEKINO, "mardi", 1),
      ev(DWU, ["Ukraine"], ODESSA, ("mardi", "mercredi"), optional=True)]),

    ("gaza_cisjordanie", date(2024, 7, 10), """Gaza : une frappe israélienne tue sept personnes à Nousseirat, deux morts à Rafah

GAZA (AFP) - Sept personnes, dont trois enfants, ont été tuées lundi dans une frappe aérienne israélienne contre une maison du camp de réfugiés de Nousseirat, dans le centre de la bande de Gaza, a indiqué la Défense civile.

Plus au sud, deux hommes ont été tués mardi matin par des tirs de drone israélien près de Rafah, selon des sources médicales.

En Cisjordanie occupée, deux Palestiniens ont été tués mardi lors d'échanges de tirs avec les forces israéliennes qui menaient un raid dans le camp de Tulkarem, a annoncé le ministère palestinien de la Santé.

Selon le ministère de la Santé du Hamas, plus de 38 000 personnes ont été tuées dans la bande de Gaza depuis le début de la guerre.""",
     [ev(AIR, ["Israel"], NUSEIRAT, "lundi", 7),
      ev(AIR, ["Israel"], RAFAH, "mardi", 2),
      ev(AC, ["Israel"], TULKAREM, "mardi", 2)]),

    ("liban_sud_galilee", date(2025, 4, 23), """Liban : deux frappes israéliennes dans le sud, des roquettes tirées vers la Galilée

BEYROUTH (AFP) - Un homme a été tué lundi dans une frappe de drone israélien contre sa voiture près de Nabatiyé, dans le sud du Liban, a annoncé le ministère libanais de la Santé.

Mardi, une autre frappe a visé une maison à Bint Jbeil, tuant deux personnes, selon la même source. L'armée israélienne a affirmé avoir éliminé un commandant local du Hezbollah.

Quelques heures plus tard, deux roquettes tirées depuis le Liban sont tombées dans une zone inhabitée près de Kiryat Shmona, dans le nord d'Israël, sans faire de victimes, selon l'armée israélienne.""",
     [ev(AIR, ["Israel"], NABATIYE, "lundi", 1),
      ev(AIR, ["Israel"], BINT_JBEIL, "mardi", 2),
      ev(SH, [], KIRYAT_SHMONA, "mardi", 0)]),

    ("haiti_mirebalais_delmas", date(2025, 4, 2), """Haïti : les gangs attaquent Mirebalais, la police affronte Viv Ansanm à Port-au-Prince

PORT-AU-PRINCE (AFP) - Des membres de la coalition de gangs Viv Ansanm ont attaqué lundi la ville de Mirebalais, dans le centre d'Haïti, tuant au moins six habitants et incendiant le commissariat, selon des élus locaux.

Le lendemain, des policiers appuyés par la mission multinationale ont affronté pendant plusieurs heures des membres de la coalition dans le quartier de Delmas, à Port-au-Prince. Quatre membres de gangs ont été tués, selon la police.

Plus de 5 600 personnes ont été tuées l'an dernier en Haïti dans les violences des gangs, selon l'ONU.""",
     [ev(ATT, ["Viv Ansanm", "Civilians"], MIREBALAIS, "lundi", 6),
      ev(AC, ["Haiti", "Viv Ansanm"], PORT_AU_PRINCE, "mardi", 4)]),

    ("djibo_deux_assauts", date(2025, 7, 14), """Burkina Faso : Djibo de nouveau attaquée, deux jours après un premier assaut

OUAGADOUGOU (AFP) - Des jihadistes ont de nouveau attaqué Djibo lundi à l'aube, deux jours après un premier assaut contre cette ville du nord du Burkina Faso, ont rapporté des sources sécuritaires.

Samedi, des centaines de combattants du JNIM avaient pris d'assaut le camp militaire de la ville. Les combats avaient duré plusieurs heures, selon une source sécuritaire, qui n'a pas donné de bilan.

L'attaque de lundi visait un poste de VDP à l'entrée ouest de la ville. Elle a été repoussée, selon les mêmes sources, qui font état de cinq supplétifs tués.""",
     [ev(AC, [], DJIBO, "lundi", 5),
      ev(AC, ["Burkina Faso", "JNIM"], DJIBO, "samedi")]),

    ("cameroun_mora_kolofata", date(2025, 8, 5), """Extrême-Nord : trois civils tués près de Mora, sept otages enlevés à Kolofata

MAROUA (AFP) - Trois civils ont été tués dimanche soir lors d'une attaque de combattants de Boko Haram contre un village proche de Mora, dans le département du Mayo-Sava, ont indiqué les autorités locales.

Lundi, des hommes armés ont enlevé sept personnes, dont quatre femmes, dans un quartier de Kolofata, près de la frontière nigériane, selon un élu local.

Dans la même journée, l'armée camerounaise a affirmé avoir « neutralisé » quatre terroristes lors d'un accrochage près de Mora.

Le groupe jihadiste mène des attaques régulières dans la région depuis 2014.""",
     [ev(ATT, ["Boko Haram", "Civilians"], MORA, "dimanche", 3),
      ev(ABD, ["Civilians"], KOLOFATA, "lundi", 0),
      ev(AC, ["Cameroon"], MORA, "lundi", 4)]),

    ("centrafrique_paoua_bambari", date(2024, 10, 30), """Centrafrique : attaque des 3R près de Paoua, embuscade contre les FACA vers Bambari

BANGUI (RFI) - Des combattants du groupe armé 3R ont attaqué dimanche des éleveurs près de Paoua, dans le Nord-Ouest centrafricain, tuant cinq personnes, selon des sources locales.

Lundi, une patrouille des Forces armées centrafricaines (FACA) est tombée dans une embuscade tendue par des rebelles de la Coalition des patriotes pour le changement (CPC) à une trentaine de kilomètres de Bambari. Deux soldats ont été tués.

Le gouvernement accuse les groupes armés de chercher à perturber la préparation des élections.""",
     [ev(ATT, ["3R", "Civilians"], PAOUA, "dimanche", 5),
      ev(AC, ["Central African Republic"], BAMBARI, "lundi", 2)]),

    ("syrie_manbij_kobane", date(2025, 1, 8), """Syrie : une voiture piégée tue cinq personnes à Manbij, frappes turques près de Kobané

BEYROUTH (AFP) - L'explosion d'une voiture piégée a tué cinq civils mardi dans un marché de Manbij, dans le nord de la Syrie, a rapporté l'OSDH, une ONG qui dispose d'un vaste réseau de sources dans le pays.

La veille, des drones turcs ont frappé des positions des Forces démocratiques syriennes (FDS) dans des villages proches de Kobané, tuant trois combattants kurdes, selon l'ONG.

Mardi soir, des combats ont opposé les FDS à des factions proturques près du barrage de Tichrine, au sud-est de Manbij. L'OSDH fait état de onze morts dans les deux camps.""",
     [ev(IED, [], MANBIJ, "mardi", 5),
      ev(AIR, ["Turkey", "Syrian Democratic Forces"], KOBANE, "lundi", 3),
      ev(AC, ["Syrian Democratic Forces"], TISHRIN, "mardi", 11)]),

    ("soudan_facher_madani", date(2025, 6, 10), """Soudan : les FSR bombardent El-Facher, une frappe de drone fait dix morts à Wad Madani

PORT-SOUDAN (AFP) - Des tirs d'artillerie des Forces de soutien rapide (FSR) ont tué quatre civils samedi dans un quartier d'El-Facher, la capitale du Darfour-Nord assiégée par les paramilitaires, selon un comité de résistance local.

Dimanche, une frappe de drone attribuée aux FSR a touché une station électrique de Wad Madani, tuant dix personnes, a indiqué le gouvernement de l'Etat d'Al-Jazira.

Depuis le début de la guerre en avril 2023, des dizaines de milliers de personnes ont été tuées et plus de 12 millions déplacées.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FASHER, "samedi", 4),
      ev(AIR, ["Rapid Support Forces"], WAD_MADANI, "dimanche", 10)]),

    ("sud_kivu_uvira_deux_fois", date(2025, 9, 17), """Sud-Kivu : cinq morts dans une attaque à Uvira, combats à Minembwe

Des hommes armés ont attaqué lundi soir un quartier de la cité d'Uvira, tuant trois personnes, selon la société civile locale.

Mardi, des affrontements ont opposé les FARDC à des combattants Twirwaneho aux abords de Minembwe, sur les hauts plateaux. Aucun bilan n'a été communiqué.

L'attaque d'Uvira a fait en réalité cinq morts, deux blessés ayant succombé mardi à l'hôpital général, a précisé mercredi le bourgmestre de la cité.

La société civile demande le renforcement de la sécurité dans les quartiers périphériques.""",
     [ev(ATT, ["Civilians"], UVIRA, "lundi", 5),
      ev(AC, ["Twirwaneho"], MINEMBWE, "mardi")]),

    ("mozambique_cabo_delgado", date(2025, 5, 13), """Mozambique : nouvelles attaques jihadistes à Macomia et Mocímboa da Praia

MAPUTO (AFP) - Des insurgés affiliés au groupe Etat islamique ont décapité deux villageois jeudi près de Macomia, dans la province du Cabo Delgado, a-t-on appris de sources locales.

Vendredi, les mêmes insurgés ont attaqué une position de l'armée mozambicaine près de Mocímboa da Praia, déclenchant des combats de plusieurs heures. Le bilan n'est pas connu.

Le lendemain, des jihadistes ont incendié une dizaine de maisons dans un village proche de Macomia, sans faire de victimes, selon un habitant.""",
     [ev(ATT, ["Islamic State", "Civilians"], MACOMIA, "jeudi", 2),
      ev(AC, ["Mozambique", "Islamic State"], MOCIMBOA, "vendredi"),
      ev("Looting/property destruction", [], MACOMIA, "samedi", optional=True)]),

    ("ukr_nuit_trois_villes", date(2025, 6, 2), """Ukraine : nuit de frappes sur Kiev, Kharkiv et Zaporijia, ce que l'on sait

Kiev. Au moins quatre personnes ont été tuées dans la nuit de dimanche à lundi lorsqu'un missile de croisière russe a touché un immeuble d'habitation de l'ouest de la capitale, selon le maire de la ville.

Kharkiv. Des drones russes ont frappé un dépôt de tramways et plusieurs maisons pendant la nuit, blessant sept personnes, a indiqué le gouverneur régional.

Zaporijia. Lundi matin, une bombe aérienne guidée a frappé une usine de la ville, tuant un ouvrier, selon l'administration militaire régionale.

Au total, la Russie a lancé six missiles et plus de cent drones contre l'Ukraine au cours de la nuit, selon l'aviation ukrainienne, qui dit en avoir abattu la plupart.""",
     [ev(SH, ["Russia"], KYIV, ("dimanche", "lundi"), 4),
      ev(AIR, ["Russia"], KHARKIV, ("dimanche", "lundi"), 0),
      ev(AIR, ["Russia"], ZAPORIZHZHIA, "lundi", 1),
      ev(DWU, ["Ukraine"], KYIV, ("dimanche", "lundi"), optional=True)]),
]

SETS = (("English", ENGLISH, "Reuters", "en"), ("French", FRENCH, "AFP", "fr"))


def main() -> int:
    """Each language's articles coded and scored apart, as fr_world_stress's ``run`` codes one language; a set that
    ``--only`` leaves empty is skipped."""
    only = argparse.ArgumentParser(add_help=False)
    only.add_argument("--only")
    wanted = only.parse_known_args()[0].only
    for name, articles, outlet, lang in SETS:
        if wanted and not any(a[0] in wanted.split(",") for a in articles):
            continue
        print(f"== {name}")
        run(__doc__, articles, outlet, lang=lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
