"""Actor forces stress set: invented one-to-three-sentence notes in ACLED's style on three kinds of actor the earlier
actor sets barely test: sub-national and auxiliary state forces (a region's special forces, a federal member state's
forces, state security outfits, vigilantes and self-defence volunteers, paramilitary units, police of a state or a
municipality), communal violence (two villages, clans, tribes or peoples fighting, herders and farmers, land disputes,
revenge killings, a mob where no organised group is named), and associates (a joint force "supported by", "alongside",
"jointly with"; the victims' identity). Gold from general knowledge of ACLED's actor list and codebook, never from a dev
text; a name marked ``# unsure`` is ACLED's form as far as its conventions tell, and its slot accepts the readings
the conventions allow.

    PYTHONPATH=. .venv/bin/python bench/actor_forces_stress.py [--show-failures] [--only CC,CC]

Each note is coded by the real pipeline; its first dated event's actor1/actor2 are compared as the scorer does
(order-free, ACLED's period suffix aside, a state body's unit optional; a slot of several names takes any of them, an
empty slot anything), and the associates counted apart (not scored by ``sitrep eval``). Nothing is written.
"""
from __future__ import annotations

import sys
from collections import Counter

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from actor_period_stress import gov, mil, pair_ok, pol  # noqa: E402
from actor_world_stress import _stem, coded_note, failure, note_options, report  # noqa: E402


UAG, UCM, GANG = "Unidentified Armed Group", "Unidentified Communal Militia", "Unidentified Gang"
SHABAAB, BH, ISWAP = ("Al Shabaab", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
                      "Islamic State (West Africa) - Lake Chad Faction")
JNIM, ISS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)"


def ucm(c):
    return f"{UCM} ({c})"


def uag(c):
    return f"{UAG} ({c})"


def civ(c):
    return f"Civilians ({c})"


# (country, ISO day, note after "On <day>, ", slots (each a list of accepted names; [] anything), associates, shape)
NOTES = (
    # --- a region's or a federal member state's forces ---
    ("ET", "2021-08-12", "Amhara regional special forces clashed with TPLF forces near Woldiya (North Wollo, Amhara).",
     [[pol("Ethiopia", "2018-", "Amhara Regional Special Forces")], ["TPLF: Tigray People's Liberation Front"]], [],
     "region_force"),
    ("ET", "2022-05-19", "Oromia special forces killed four suspected OLA members in Nekemte (East Wollega, Oromia).",
     [[pol("Ethiopia", "2018-", "Oromia Regional Special Forces")], ["OLA: Oromo Liberation Army"]], [],
     "region_force"),
    ("ET", "2021-11-03", "Afar special forces fought TPLF fighters around Chifra (Awsi Rasu, Afar).",
     [[pol("Ethiopia", "2018-", "Afar Regional Special Forces")], ["TPLF: Tigray People's Liberation Front"]], [],
     "region_force"),
    ("ET", "2020-10-28", "members of the Somali region's special police killed three Oromo pastoralists near Moyale "
     "(Borana, Oromia).", [[pol("Ethiopia", "2018-")], [civ("Ethiopia")]], ["Oromo Ethnic Group (Ethiopia)"],
     "region_force"),
    ("ET", "2022-09-07", "Benishangul-Gumuz regional police clashed with armed Gumuz men in Mandura (Metekel, "
     "Benishangul Gumuz).", [[pol("Ethiopia", "2018-")], ["Gumuz Ethnic Militia (Ethiopia)"]], [], "region_force"),
    ("ET", "2023-08-06", "Fano militiamen clashed with the Ethiopian army in Debre Tabor (South Gondar, Amhara).",
     [["Fano Militia"], [mil("Ethiopia", "2018-")]], [], "region_force"),
    ("ET", "2022-12-14", "Amhara state police arrested twelve journalists in Bahir Dar (Amhara).",
     [[pol("Ethiopia", "2018-", "Amhara State Police")], [civ("Ethiopia")]], ["Journalists (Ethiopia)"], "region_force"),
    ("SO", "2022-08-15", "Jubaland forces clashed with Al Shabaab militants near Afmadow (Lower Juba).",
     [["Military Forces of Jubaland (2013-)", "Jubaland Security Forces", mil("Somalia", "2022-")], [SHABAAB]], [],
     "region_force"),  # unsure: ACLED's name of Jubaland's forces
    ("SO", "2023-01-20", "Puntland security forces raided an Islamic State hideout in the Cal Miskaad mountains (Bari), "
     "killing three militants.", [["Military Forces of Puntland (1998-)", "Police Forces of Puntland (1998-)",
                                   mil("Somalia", "2022-")], ["Islamic State (Somalia)"]], [], "region_force"),  # unsure
    ("SO", "2021-10-25", "Galmudug forces clashed with ASWJ fighters in Guriel (Galgaduud).",
     [["Military Forces of Galmudug (2006-)", mil("Somalia", "2017-2022")], ["ASWJ: Ahlu Sunna Wal Jamaa"]], [],
     "region_force"),  # unsure
    ("SO", "2022-03-02", "South West State special police clashed with Al Shabaab near Baidoa (Bay).",
     [["Police Forces of South West State (2014-)", pol("Somalia", "2017-2022"), mil("Somalia", "2017-2022")],
      [SHABAAB]], [], "region_force"),  # unsure
    ("SO", "2023-02-08", "Somaliland forces shelled positions of Dhulbahante clan militias around Las Anod (Sool).",
     [["Military Forces of Somaliland (1991-)"], ["Dhulbahante Clan Militia (Somalia)", "SSC-Khatumo"]], [],
     "region_force"),  # unsure
    ("NG", "2022-02-09", "Amotekun operatives shot dead two suspected kidnappers in Ogbomoso (Oyo).",
     [["Amotekun Corps", "Western Nigeria Security Network", "Oyo Communal Militia (Nigeria)"], [uag("Nigeria"),
                                                                                           civ("Nigeria")]],
     [], "region_force"),  # unsure
    ("NG", "2022-06-21", "Ebube Agu operatives clashed with suspected IPOB gunmen in Orlu (Imo).",
     [["Ebube Agu Corps", "Ebube Agu", "Imo Communal Militia (Nigeria)"], ["IPOB: Indigenous Peoples of Biafra",
                                                                         uag("Nigeria")]], [], "region_force"),  # unsure
    ("NG", "2021-09-18", "Hisbah officials arrested 15 young men at a wedding party in Kano (Kano).",
     [["Hisbah Corps", "Kano State Hisbah Corps", pol("Nigeria", "2015-2023")], [civ("Nigeria")]], [],
     "region_force"),  # unsure
    ("MX", "2022-10-05", "CJNG gunmen ambushed municipal police officers in Coahuayana (Michoacan), killing five "
     "officers.", [["CJNG: Jalisco New Generation Cartel"], [pol("Mexico", "2018-2024", "Municipal Police")]], [],
     "region_force"),
    ("MX", "2023-03-11", "state police clashed with gunmen of the Gulf Cartel in Reynosa (Tamaulipas).",
     [[pol("Mexico", "2018-2024")], ["Gulf Cartel"]], [], "region_force"),
    ("MX", "2021-06-14", "members of Fuerza Civil, the state police of Nuevo Leon, killed three suspected gunmen in "
     "Anahuac (Nuevo Leon).", [[pol("Mexico", "2018-2024")], [GANG + " (Mexico)", uag("Mexico")]], [],
     "region_force"),
    ("BR", "2022-07-21", "military police killed 18 people in an operation in the Complexo do Alemao (Rio de Janeiro).",
     [[pol("Brazil", "2019-2022", "Military Police"), mil("Brazil", "2019-2022", "Military Police")],
      [civ("Brazil"), "CV: Red Command", GANG + " (Brazil)"]], [], "region_force"),
    ("IN", "2022-04-16", "CRPF personnel and district reserve guards killed two Maoists in an encounter in Bijapur "
     "(Chhattisgarh).", [[pol("India", "2014-"), pol("India", "2014-", "Central Reserve Police Force")],
      ["CPI (Maoist): Communist Party of India (Maoist)"]], [], "region_force"),
    ("IN", "2023-09-12", "Punjab police arrested four Khalistan supporters in Amritsar (Punjab).",
     [[pol("India", "2014-")], [civ("India")]], [], "region_force"),
    ("IN", "2021-03-22", "BSF troops shot dead a suspected cattle smuggler on the border in Cooch Behar (West "
     "Bengal).", [[pol("India", "2014-", "Border Security Force")], [civ("India"), civ("Bangladesh")]], [],
     "region_force"),
    ("PK", "2022-11-08", "CTD officials killed four TTP militants in an operation near Dera Ismail Khan "
     "(Khyber Pakhtunkhwa).", [[pol("Pakistan", "2018-2022")], ["TTP: Tehreek-i-Taliban Pakistan"]], [],
     "region_force"),
    ("PK", "2023-05-28", "Levies personnel repulsed an attack by BLA militants on their post in Kech (Balochistan).",
     [[pol("Pakistan", "2022-2024")], ["BLA: Balochistan Liberation Army"]], [], "region_force"),
    ("PK", "2021-08-30", "Frontier Corps troops exchanged fire with BLF militants in Panjgur (Balochistan).",
     [[mil("Pakistan", "2018-2022", "Frontier Corps")], ["BLF: Baloch Liberation Front"]], [], "region_force"),
    ("IQ", "2022-04-03", "federal police clashed with Islamic State militants in the Hamrin mountains (Diyala).",
     [[pol("Iraq", "2020-")], ["Islamic State (Iraq)"]], [], "region_force"),
    ("IQ", "2021-07-14", "Popular Mobilization Forces repelled an Islamic State attack on their post near Tarmiyah "
     "(Baghdad).", [[mil("Iraq", "2020-", "Popular Mobilization Forces")], ["Islamic State (Iraq)"]], [],
     "region_force"),
    ("SY", "2020-12-30", "Islamic State militants attacked a bus carrying NDF members near Kobajep (Deir ez-Zor), "
     "killing 25.", [["Islamic State (Syria)"], ["QDW: National Defence Forces", mil("Syria", "2000-")]], [],
     "region_force"),
    ("SY", "2022-08-19", "SDF fighters clashed with SNA factions near Manbij (Aleppo).",
     [["QSD: Syrian Democratic Forces"], ["JWS: Syrian National Army"]], [], "region_force"),
    ("YE", "2022-08-10", "Security Belt Forces clashed with Islah-affiliated forces in Ataq (Shabwah).",
     [["STC: Southern Transitional Council (Security Belt Forces)", "STC: Southern Transitional Council"], []], [],
     "region_force"),
    ("RU", "2023-02-17", "Rosgvardia officers detained six anti-war protesters in Moscow.",
     [[mil("Russia", "2000-", "National Guard"), pol("Russia", "2000-")], ["Protesters (Russia)"]], [],
     "region_force"),
    ("KE", "2023-02-13", "GSU officers clashed with bandits in Kapedo (Turkana East, Turkana), killing two bandits.",
     [[pol("Kenya", "2022-")], [uag("Kenya"), "Pokot Ethnic Militia (Kenya)"]], [], "region_force"),
    ("KE", "2022-01-23", "police reservists repulsed Pokot raiders who attacked a village in Baringo South (Baringo).",
     [[pol("Kenya", "2013-2022")], ["Pokot Ethnic Militia (Kenya)"]], [], "region_force"),
    ("UG", "2021-05-16", "Local Defence Unit personnel shot dead two Karamojong cattle raiders in Kotido (Karamoja).",
     [[mil("Uganda", "1986-")], ["Karamojong Ethnic Militia (Uganda)", "Karamajong Ethnic Militia (Uganda)"]], [],
     "region_force"),  # unsure: ACLED spells Karamojong either way
    ("TD", "2022-09-22", "members of the Mobile Intervention Unit fired on protesters in Moundou (Logone Occidental).",
     [[pol("Chad", "2021-", "Mobile Intervention Unit")], ["Protesters (Chad)"]], [], "region_force"),
    ("VE", "2019-02-23", "National Guard troops fired tear gas on people trying to bring aid across the border in "
     "Urena (Tachira).", [[mil("Venezuela", "2013-"), pol("Venezuela", "2013-")], [civ("Venezuela"),
                                                                                 "Protesters (Venezuela)"]], [],
     "region_force"),  # unsure: the GNB's branch
    ("PH", "2022-03-07", "CAFGU militiamen clashed with NPA rebels in Las Navas (Northern Samar).",
     [[mil("the Philippines", "2016-2022"), "CAFGU: Citizen Armed Force Geographical Unit"], ["NPA: New People's Army"]],
     [], "region_force"),  # unsure
    ("TR", "2019-08-04", "PKK militants attacked village guards in Cukurca (Hakkari), killing two guards.",
     [["PKK: Kurdistan Workers Party"], [mil("Turkey", "2016-", "Village Guards")]], [], "region_force"),
    ("LY", "2022-08-27", "Radaa forces clashed with fighters of the Nawasi Brigade in Tripoli.",
     [["Radaa Special Deterrence Forces", "Rada Special Deterrence Forces", mil("Libya", "2016-")],
      ["Nawasi Brigade", "Al Nawasi Brigade", mil("Libya", "2016-")]], [], "region_force"),  # unsure
    ("EC", "2023-08-18", "prison guards clashed with inmates during a riot at the Litoral penitentiary in Guayaquil "
     "(Guayas).", [[pol("Ecuador", "2021-2023"), pol("Ecuador", "2021-2023", "Prison Guards")],
                   ["Rioters (Ecuador)", "Prisoners (Ecuador)"]], [], "region_force"),  # unsure
    ("SV", "2022-04-02", "soldiers and police arrested 40 suspected MS-13 members in Soyapango (San Salvador).",
     [[mil("El Salvador", "2019-"), pol("El Salvador", "2019-")], [civ("El Salvador"), "MS-13: Mara Salvatrucha"]],
     [], "region_force"),
    ("LB", "2021-10-14", "gunmen fired on Hezbollah and Amal supporters protesting in Tayouneh (Beirut), killing six.",
     [[uag("Lebanon"), "Lebanese Forces"], ["Protesters (Lebanon)", civ("Lebanon")]],
     ["Hezbollah", "Amal Movement"], "assoc_victim"),  # unsure: ACLED's pair here
    ("SD", "2023-06-14", "RSF fighters and allied Arab militias killed the governor of West Darfur in El Geneina.",
     [["RSF: Rapid Support Forces"], [gov("Sudan", "2019-"), civ("Sudan")]], ["Arab Ethnic Militia (Sudan)"],
     "assoc_joint"),  # unsure: the governor's side
    ("MZ", "2022-09-06", "insurgents killed an Italian nun at a mission in Chipene (Memba, Nampula).",
     [[uag("Mozambique"), "Islamic State Mozambique Province", "Islamist Militia (Mozambique)"], [civ("Italy"),
                                                                                                  civ("Mozambique")]],
     ["Christian Group (Mozambique)"], "assoc_victim"),  # unsure
    ("CF", "2022-05-13", "Wagner Group fighters supported by FACA soldiers killed civilians in Bakouma (Mbomou).",
     [["Wagner Group", mil("the Central African Republic", "2016-")], [civ("the Central African Republic"),
                                                                      civ("Central African Republic")]],
     [mil("the Central African Republic", "2016-") + "|Wagner Group"], "assoc_joint"),
    ("GT", "2022-06-22", "residents of two communities clashed over a land boundary in Nahuala (Solola); one person "
     "was killed.", [[ucm("Guatemala"), "Rioters (Guatemala)"], [ucm("Guatemala"), "Rioters (Guatemala)"]], [],
     "communal"),
    ("SS", "2023-07-03", "Twic Dinka youths and Ngok Dinka youths clashed in Aneet (Abyei), killing 12.",
     [["Twic Clan Militia (South Sudan)"], ["Ngok Clan Militia (South Sudan)", "Ngok Dinka Clan Militia (South Sudan)"]],
     [], "communal"),
    ("NG", "2022-10-29", "Amotekun operatives, jointly with police, rescued two kidnapped farmers in Akure (Ondo).",
     [[pol("Nigeria", "2015-2023"), "Amotekun Corps", "Western Nigeria Security Network"], []], [], "region_force"),
    ("BJ", "2023-06-10", "suspected JNIM militants killed two park rangers in Pendjari (Atacora).",
     [[uag("Benin"), JNIM], [civ("Benin"), mil("Benin", "2016-")]], [], "assoc_victim"),
    ("NG", "2023-05-16", "armed herders killed 17 villagers in Mangu (Plateau), including a pastor.",
     [["Fulani Ethnic Militia (Nigeria)", uag("Nigeria")], [civ("Nigeria")]], [], "communal"),
    ("KE", "2023-01-25", "police reservists and KDF soldiers clashed with bandits in Kerio Valley (Baringo).",
     [[pol("Kenya", "2022-"), mil("Kenya", "2022-")], [uag("Kenya"), "Pokot Ethnic Militia (Kenya)"]], [],
     "region_force"),
    ("ET", "2023-04-11", "members of the Amhara special forces protesting the dissolution of regional forces clashed with "
     "the ENDF in Kobo (North Wollo, Amhara).", [[pol("Ethiopia", "2018-"), "Fano Militia"], [mil("Ethiopia", "2018-")]],
     [], "region_force"),  # unsure: a mutiny of the regional forces
    ("IN", "2023-05-04", "Kuki militants attacked a Meitei village in Torbung (Churachandpur, Manipur), burning houses.",
     [["Kuki Ethnic Militia (India)", "KNA: Kuki National Army"], [civ("India")]], ["Meitei Ethnic Group (India)"],
     "communal"),
    ("PK", "2023-07-24", "two families feuding over farmland fought a gun battle in Kohat (Khyber Pakhtunkhwa), "
     "killing five.", [[ucm("Pakistan"), uag("Pakistan")], [ucm("Pakistan"), uag("Pakistan")]], [], "communal"),
    # --- auxiliaries: vigilantes, volunteers, hunters, self-defence ---
    ("NG", "2021-12-04", "CJTF members repelled an attack by Boko Haram militants on Konduga (Borno), killing three "
     "militants.", [["CJTF: Civilian Joint Task Force"], [BH, ISWAP, ISWAP + " and/or " + BH]], [], "auxiliary"),
    ("NG", "2022-01-17", "vigilantes killed seven bandits in a clash in Maru (Zamfara).",
     [["Vigilante Group (Nigeria)", "Zamfara Communal Militia (Nigeria)", ucm("Nigeria")], [uag("Nigeria")]], [],
     "auxiliary"),  # unsure
    ("NG", "2023-04-02", "bandits killed 11 members of a local vigilante group in Birnin Gwari (Kaduna).",
     [[uag("Nigeria")], ["Vigilante Group (Nigeria)", "Kaduna Communal Militia (Nigeria)", ucm("Nigeria")]], [],
     "auxiliary"),  # unsure
    ("NG", "2022-07-09", "hunters clashed with bandits in the forest near Kagarko (Kaduna).",
     [["Vigilante Group (Nigeria)", "Kaduna Communal Militia (Nigeria)", ucm("Nigeria")], [uag("Nigeria")]], [],
     "auxiliary"),  # unsure
    ("BF", "2022-10-24", "VDP members killed five suspected militants in Sebba (Yagha, Sahel).",
     [["VDP: Volunteer for Defense of Homeland"], [uag("Burkina Faso"), JNIM, ISS]], [], "auxiliary"),
    ("BF", "2023-02-17", "JNIM militants ambushed a group of VDP near Dori (Seno, Sahel), killing 12 volunteers.",
     [[JNIM], ["VDP: Volunteer for Defense of Homeland"]], [], "auxiliary"),
    ("ML", "2021-07-05", "Dozo hunters attacked the Fulani village of Gueourou (Bankass, Mopti), killing seven "
     "civilians.", [["Dozo Communal Militia (Mali)", "Dan Na Ambassagou"], [civ("Mali")]],
     ["Fulani Ethnic Group (Mali)"], "auxiliary"),
    ("ML", "2022-09-30", "Dan Na Ambassagou militiamen clashed with JNIM militants near Bandiagara (Mopti).",
     [["Dan Na Ambassagou"], [JNIM]], [], "auxiliary"),
    ("CM", "2021-08-02", "Boko Haram militants killed two members of a vigilance committee in Mozogo (Mayo-Tsanaga, "
     "Far North).", [[BH, ISWAP], ["Vigilante Group (Cameroon)", ucm("Cameroon")]], [], "auxiliary"),  # unsure
    ("CM", "2022-04-26", "a vigilance committee repelled Boko Haram militants who raided Kolofata (Mayo-Sava, Far "
     "North).", [["Vigilante Group (Cameroon)", ucm("Cameroon")], [BH, ISWAP]], [], "auxiliary"),  # unsure
    ("BF", "2022-03-13", "Koglweogo members killed three suspected cattle thieves in Kaya (Sanmatenga, Centre-Nord).",
     [["Koglweogo Militia"], [civ("Burkina Faso"), uag("Burkina Faso")]], [], "auxiliary"),
    ("MX", "2021-04-19", "an autodefensa group clashed with CJNG gunmen in Tepalcatepec (Michoacan).",
     [["Vigilante Group (Mexico)", ucm("Mexico")], ["CJNG: Jalisco New Generation Cartel"]], [], "auxiliary"),  # unsure
    ("ZA", "2022-06-06", "vigilantes assaulted and killed two suspected burglars in Soshanguve (Gauteng).",
     [["Vigilante Group (South Africa)", "Rioters (South Africa)"], [civ("South Africa")]], [], "auxiliary"),
    ("KE", "2021-10-11", "a vigilante group lynched a suspected thief in Kisii town (Kisii).",
     [["Vigilante Group (Kenya)", "Rioters (Kenya)"], [civ("Kenya")]], [], "auxiliary"),
    ("CD", "2023-05-08", "Wazalendo fighters clashed with M23 rebels near Kitshanga (Masisi, Nord-Kivu).",
     [["Wazalendo"], ["M23: March 23 Movement"]], [], "auxiliary"),
    ("BI", "2020-05-21", "Imbonerakure members beat a CNL member to death in Muramvya (Muramvya).",
     [["Imbonerakure"], [civ("Burundi")]], ["CNL: National Congress for Liberty"], "auxiliary"),
    ("MZ", "2022-06-07", "Naparama militiamen clashed with insurgents near Ancuabe (Cabo Delgado).",
     [["Naparama Militia", "Naparama"], ["Islamic State Mozambique Province", "Islamist Militia (Mozambique)"]], [],
     "auxiliary"),  # unsure
    # --- communal violence: villages, clans, tribes, peoples ---
    ("NG", "2021-04-15", "deadly communal clashes broke out between the Tiv and Jukun in Wukari (Taraba); five people "
     "were killed.", [["Tiv Ethnic Militia (Nigeria)"], ["Jukun Ethnic Militia (Nigeria)"]], [], "communal"),
    ("NG", "2022-02-23", "youths of the Ezza and Effium communities clashed over a land dispute in Ohaukwu (Ebonyi), "
     "killing three.", [["Ezza Communal Militia (Nigeria)"], ["Effium Communal Militia (Nigeria)"]], [],
     "communal"),
    ("NG", "2023-03-07", "Fulani militiamen attacked the village of Ngban (Guma, Benue), killing 14 Tiv farmers.",
     [["Fulani Ethnic Militia (Nigeria)"], [civ("Nigeria")]], ["Tiv Ethnic Group (Nigeria)", "Farmers (Nigeria)"],
     "communal"),
    ("NG", "2021-11-19", "in a revenge attack, Irigwe youths killed three Fulani herders in Bassa (Plateau).",
     [["Irigwe Ethnic Militia (Nigeria)"], [civ("Nigeria")]], ["Fulani Ethnic Group (Nigeria)"], "communal"),
    ("SO", "2022-06-03", "Habar Gidir and Abgal clan militias clashed over grazing land near Adado (Galgaduud), "
     "killing six.", [["Habar Gidir Clan Militia (Somalia)"], ["Abgal Clan Militia (Somalia)"]], [], "communal"),
    ("SO", "2021-09-09", "Marehan and Ogaden clan militias fought over a water point near Dolow (Gedo).",
     [["Marehan Clan Militia (Somalia)"], ["Ogaden Clan Militia (Somalia)"]], [], "communal"),
    ("SO", "2023-04-28", "a Dir clan militia killed two Hawadle clan elders in a revenge attack in Beledweyne "
     "(Hiraan).", [["Dir Clan Militia (Somalia)"], [civ("Somalia")]], [], "communal"),
    ("SS", "2022-12-27", "armed Murle youths attacked a cattle camp in Pibor (Greater Pibor), killing nine Dinka "
     "herders.", [["Murle Ethnic Militia (South Sudan)"], [civ("South Sudan")]],
     ["Dinka Ethnic Group (South Sudan)"], "communal"),
    ("SS", "2021-06-24", "Lou Nuer and Gawaar Nuer youths clashed over cattle near Ayod (Jonglei).",
     [["Lou Nuer Clan Militia (South Sudan)", "Lou Clan Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)"],
      ["Gawaar Nuer Clan Militia (South Sudan)", "Gawaar Clan Militia (South Sudan)",
       "Nuer Ethnic Militia (South Sudan)"]], [], "communal"),  # unsure
    ("KE", "2022-09-16", "Pokot raiders attacked Turkana herders at Kainuk (Turkana South, Turkana), killing four.",
     [["Pokot Ethnic Militia (Kenya)"], [civ("Kenya"), "Turkana Ethnic Militia (Kenya)"]],
     ["Turkana Ethnic Group (Kenya)"], "communal"),
    ("KE", "2021-03-02", "Borana and Gabra militias clashed in Turbi (North Horr, Marsabit), killing three.",
     [["Borana Ethnic Militia (Kenya)"], ["Gabra Ethnic Militia (Kenya)"]], [], "communal"),
    ("ET", "2022-11-20", "clashes between Konso and Ale militias in Gato (Konso, SNNP) killed five.",
     [["Konso Ethnic Militia (Ethiopia)"], ["Ale Ethnic Militia (Ethiopia)"]], [], "communal"),
    ("ET", "2021-04-18", "Oromo militias attacked Amhara civilians in Ataye (North Shewa, Amhara), killing dozens.",
     [["Oromo Ethnic Militia (Ethiopia)"], [civ("Ethiopia")]], ["Amhara Ethnic Group (Ethiopia)"], "communal"),
    ("SD", "2021-04-04", "Masalit and Arab militias clashed in El Geneina (West Darfur), killing over 40.",
     [["Masalit Ethnic Militia (Sudan)"], ["Arab Ethnic Militia (Sudan)"]], [], "communal"),
    ("SD", "2022-07-15", "Hausa and Funj tribesmen clashed in Roseires (Blue Nile), killing 31.",
     [["Hausa Ethnic Militia (Sudan)", "Hausa Tribal Militia (Sudan)"], ["Funj Ethnic Militia (Sudan)",
                                                                        "Funj Tribal Militia (Sudan)"]], [],
     "communal"),  # unsure: ethnic or tribal
    ("TD", "2022-02-09", "herders and farmers clashed over crop damage in Sandana (Moyen-Chari), killing ten.",
     [[ucm("Chad"), "Arab Ethnic Militia (Chad)", "Pastoralists (Chad)"], [ucm("Chad"), "Farmers (Chad)"]], [],
     "communal"),  # unsure
    ("GH", "2022-11-15", "Kusasi and Mamprusi youths exchanged gunfire in Bawku (Upper East), killing two.",
     [["Kusasi Ethnic Militia (Ghana)"], ["Mamprusi Ethnic Militia (Ghana)"]], [], "communal"),
    ("CM", "2021-12-06", "Arab Choa and Musgum herders and fishermen clashed over water in Ouloumsa (Logone-et-Chari, "
     "Far North), killing 22.", [["Arab Choa Ethnic Militia (Cameroon)", "Arab Ethnic Militia (Cameroon)"],
                                 ["Musgum Ethnic Militia (Cameroon)"]], [], "communal"),  # unsure
    ("PG", "2024-02-18", "tribal fighting between the Sikin and Kaekin tribes near Wabag (Enga) left dozens dead.",
     [["Sikin Tribal Militia (Papua New Guinea)"], ["Kaekin Tribal Militia (Papua New Guinea)"]], [], "communal"),
    ("PK", "2023-07-08", "Turi and Bangash tribesmen clashed over a land dispute in Boshehra (Kurram, Khyber "
     "Pakhtunkhwa), killing 11.", [["Turi Tribal Militia (Pakistan)"], ["Bangash Tribal Militia (Pakistan)"]], [],
     "communal"),
    ("IQ", "2022-01-11", "members of the Bani Malik and Garamsha tribes clashed with medium weapons in Al-Qurnah "
     "(Basrah).", [["Bani Malik Tribal Militia (Iraq)"], ["Garamsha Tribal Militia (Iraq)"]], [], "communal"),
    ("YE", "2021-05-21", "Al Hajuri and Al Shami tribesmen clashed over a land dispute in Bayt al Faqih (Al Hudaydah).",
     [["Al Hajuri Tribal Militia (Yemen)"], ["Al Shami Tribal Militia (Yemen)"]], [], "communal"),
    ("IN", "2023-05-28", "Meitei militants and Kuki militants exchanged fire in Serou (Kakching, Manipur).",
     [["Meitei Ethnic Militia (India)"], ["Kuki Ethnic Militia (India)"]], [], "communal"),
    ("AF", "2022-06-14", "Kuchi nomads clashed with Hazara villagers in Khas Uruzgan (Uruzgan), killing two.",
     [["Kuchi Ethnic Militia (Afghanistan)"], ["Hazara Ethnic Militia (Afghanistan)", civ("Afghanistan")]], [],
     "communal"),  # unsure
    ("UG", "2022-08-04", "Karamojong raiders killed three herders and stole cattle in Katakwi (Teso).",
     [["Karamojong Ethnic Militia (Uganda)", "Karamajong Ethnic Militia (Uganda)"], [civ("Uganda")]],
     ["Pastoralists (Uganda)"], "communal"),
    ("CD", "2022-10-18", "Teke and Yaka militiamen clashed in Kwamouth (Mai-Ndombe), killing 14.",
     [["Teke Ethnic Militia (Democratic Republic of Congo)"], ["Yaka Ethnic Militia (Democratic Republic of Congo)"]],
     [], "communal"),
    ("CF", "2021-03-20", "Fulani herders and Gbaya farmers clashed in Bocaranga (Ouham-Pende), killing four.",
     [["Fulani Ethnic Militia (Central African Republic)", "Peuhl Ethnic Militia (Central African Republic)"],
      ["Gbaya Ethnic Militia (Central African Republic)"]], [], "communal"),  # unsure
    ("BJ", "2023-01-29", "Fulani herders and farmers clashed over cattle grazing on crops in Kalale (Borgou), killing "
     "one farmer.", [["Fulani Ethnic Militia (Benin)", ucm("Benin")], [civ("Benin"), ucm("Benin")]], [],
     "communal"),  # unsure
    ("NE", "2022-05-25", "armed men from the village of Kalla attacked the neighbouring village of Gadabeji over a "
     "land dispute (Dakoro, Maradi), killing three.", [[ucm("Niger"), "Kalla Communal Militia (Niger)"],
                                                       [civ("Niger"), "Gadabeji Communal Militia (Niger)"]], [],
     "communal"),
    ("GN", "2021-09-04", "residents of two villages clashed over a land dispute in Kouroussa (Kankan), killing two.",
     [[ucm("Guinea")], [ucm("Guinea")]], [], "communal"),
    ("LR", "2022-04-12", "residents of two towns in Nimba clashed over a land boundary dispute; one person was killed.",
     [[ucm("Liberia"), "Rioters (Liberia)"], [ucm("Liberia"), "Rioters (Liberia)"]], [], "communal"),
    ("ER", "2021-01-14", "clan militias clashed over pasture near Haykota (Gash-Barka).",
     [[ucm("Eritrea")], [ucm("Eritrea")]], [], "communal"),
    ("TZ", "2022-08-22", "farmers and Maasai herders clashed over grazing land in Kilosa (Morogoro), killing one.",
     [["Maasai Ethnic Militia (Tanzania)", ucm("Tanzania")], [ucm("Tanzania"), civ("Tanzania")]], [],
     "communal"),  # unsure
    ("MW", "2023-03-18", "villagers of two chiefdoms clashed over a chieftaincy dispute in Mangochi.",
     [[ucm("Malawi"), "Rioters (Malawi)"], [ucm("Malawi"), "Rioters (Malawi)"]], [], "communal"),
    ("EG", "2021-07-26", "a family feud between two clans in Dar al Salam (Sohag) left four dead.",
     [[ucm("Egypt"), "Rioters (Egypt)"], [ucm("Egypt"), "Rioters (Egypt)"]], [], "communal"),  # unsure
    ("JO", "2022-10-04", "members of two tribes clashed with firearms in Ramtha (Irbid), wounding five.",
     [[ucm("Jordan"), "Rioters (Jordan)"], [ucm("Jordan"), "Rioters (Jordan)"]], [], "communal"),  # unsure
    ("IN", "2021-07-26", "Assam police and Mizoram police exchanged fire on the disputed border near Vairengte "
     "(Kolasib, Mizoram), killing six policemen.", [[pol("India", "2014-")], [pol("India", "2014-")]], [], "communal"),
    ("KG", "2021-04-29", "Kyrgyz and Tajik villagers threw stones at each other over a water intake near Kok-Tash "
     "(Batken).", [["Rioters (Kyrgyzstan)"], ["Rioters (Tajikistan)", "Rioters (Kyrgyzstan)"]], [], "communal"),
    ("NG", "2021-08-14", "a mob lynched a man accused of blasphemy in Sokoto (Sokoto).",
     [["Rioters (Nigeria)"], [civ("Nigeria")]], [], "mob"),
    ("KE", "2023-06-20", "residents lynched two suspected witches in Marani (Kisii).",
     [["Rioters (Kenya)"], [civ("Kenya")]], [], "mob"),
    ("PG", "2023-08-01", "a mob killed a woman accused of sorcery in Mount Hagen (Western Highlands).",
     [["Rioters (Papua New Guinea)"], [civ("Papua New Guinea")]], ["Women (Papua New Guinea)"], "mob"),
    ("MG", "2022-08-29", "villagers stormed a police station and lynched a suspected child abductor in Ikongo "
     "(Vatovavy).", [["Rioters (Madagascar)"], [civ("Madagascar"), pol("Madagascar", "2019-")]], [], "mob"),
    ("BO", "2021-11-05", "a mob burned down a suspected thief's home in El Alto (La Paz).",
     [["Rioters (Bolivia)"], [civ("Bolivia")]], [], "mob"),
    ("HN", "2022-03-09", "villagers beat two suspected gang members to death in Olancho.",
     [["Rioters (Honduras)", "Vigilante Group (Honduras)"], [civ("Honduras"), GANG + " (Honduras)"]], [], "mob"),
    # --- associates: a joint force, a victim's identity ---
    ("BF", "2022-12-28", "Burkinabe soldiers supported by VDP clashed with JNIM militants near Djibo (Soum, Sahel).",
     [[mil("Burkina Faso", "2022-")], [JNIM]], ["VDP: Volunteer for Defense of Homeland"], "assoc_joint"),
    ("ML", "2022-04-22", "Malian soldiers alongside Wagner Group fighters clashed with JNIM militants in Hombori "
     "(Douentza, Mopti).", [[mil("Mali", "2021-")], [JNIM]], ["Wagner Group"], "assoc_joint"),
    ("NG", "2021-10-13", "Nigerian troops, jointly with CJTF members, repelled an ISWAP attack on Dikwa (Borno).",
     [[mil("Nigeria", "2015-2023")], [ISWAP, BH]], ["CJTF: Civilian Joint Task Force"], "assoc_joint"),
    ("SO", "2022-09-18", "Somali soldiers backed by Ma'awisley militiamen captured villages from Al Shabaab near "
     "Mahas (Hiraan).", [[mil("Somalia", "2022-")], [SHABAAB]], ["Macawisley Militia|Ma'awisley Militia"],
     "assoc_joint"),  # unsure: the militia's spelling
    ("IQ", "2021-02-07", "Iraqi soldiers supported by PMF fighters clashed with Islamic State militants near Tuz "
     "Khurmatu (Salah al-Din).", [[mil("Iraq", "2020-")], ["Islamic State (Iraq)"]],
     [mil("Iraq", "2020-", "Popular Mobilization Forces")], "assoc_joint"),
    ("SY", "2021-10-10", "Turkish forces and SNA factions shelled SDF positions near Tell Rifaat (Aleppo).",
     [[mil("Turkey", "2016-"), "Operation Peace Spring"], ["QSD: Syrian Democratic Forces"]], ["JWS: Syrian National Army"], "assoc_joint"),
    ("CD", "2023-11-02", "FARDC soldiers, supported by Wazalendo fighters, clashed with M23 near Kilolirwe (Masisi, "
     "Nord-Kivu).", [[mil("the Democratic Republic of Congo", "2019-")], ["M23: March 23 Movement"]], ["Wazalendo"],
     "assoc_joint"),
    ("MZ", "2021-08-08", "Rwandan troops jointly with Mozambican soldiers retook Mocimboa da Praia (Cabo Delgado) from "
     "insurgents.", [[mil("Rwanda", "1994-"), mil("Mozambique", "1975-")],
                     ["Islamic State Mozambique Province", "Islamist Militia (Mozambique)"]],
     [mil("Mozambique", "1975-") + "|" + mil("Rwanda", "1994-")], "assoc_joint"),
    ("CM", "2022-02-26", "soldiers alongside vigilance committee members clashed with Boko Haram militants near Amchide "
     "(Mayo-Sava, Far North).", [[mil("Cameroon", "1982-")], [BH, ISWAP]],
     ["Vigilante Group (Cameroon)"], "assoc_joint"),  # unsure
    ("ET", "2021-12-01", "the Ethiopian army supported by Amhara special forces and Fano militia retook Lalibela "
     "(North Wollo, Amhara) from TPLF forces.", [[mil("Ethiopia", "2018-")], ["TPLF: Tigray People's Liberation Front"]],
     ["Fano Militia", pol("Ethiopia", "2018-", "Amhara Regional Special Forces")], "assoc_joint"),
    ("AF", "2023-05-12", "Taliban forces alongside local militia clashed with NRF fighters in Panjshir.",
     [[mil("Afghanistan", "2021-")], ["National Resistance Front"]], [], "assoc_joint"),
    ("YE", "2022-02-02", "Giants Brigade fighters, backed by coalition air support, fought Houthi forces in "
     "Harib (Marib).", [["Giants Brigade"], [mil("Yemen", "2016-", "Supreme Political Council")]],
     [], "assoc_joint"),
    ("CO", "2022-01-03", "ELN militants clashed with FARC dissidents in Tame (Arauca), leaving 23 dead.",
     [["ELN: National Liberation Army"], ["FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"]],
     [], "assoc_joint"),
    ("NG", "2022-06-05", "gunmen attacked St Francis Catholic Church in Owo (Ondo), killing 40 worshippers.",
     [[uag("Nigeria")], [civ("Nigeria")]], ["Christian Group (Nigeria)"], "assoc_victim"),
    ("BF", "2022-05-15", "militants killed four Christian worshippers in a church in Kompienbiga (Kompienga, Est).",
     [[uag("Burkina Faso"), JNIM], [civ("Burkina Faso")]], ["Christian Group (Burkina Faso)"], "assoc_victim"),
    ("PK", "2023-02-01", "gunmen shot dead two Ahmadi men in Mirpur Khas (Sindh).",
     [[uag("Pakistan")], [civ("Pakistan")]], ["Ahmadi Muslim Group (Pakistan)|Ahmadi Group (Pakistan)"],
     "assoc_victim"),  # unsure
    ("PK", "2022-09-05", "gunmen shot dead a PTI worker in Peshawar (Khyber Pakhtunkhwa).",
     [[uag("Pakistan")], [civ("Pakistan")]], ["PTI: Pakistan Tehreek-i-Insaf"], "assoc_victim"),
    ("MX", "2022-01-17", "unidentified gunmen shot dead a journalist in Tijuana (Baja California).",
     [[uag("Mexico"), GANG + " (Mexico)"], [civ("Mexico")]], ["Journalists (Mexico)"], "assoc_victim"),
    ("HN", "2021-12-20", "unidentified gunmen shot dead an environmental activist in Tocoa (Colon).",
     [[uag("Honduras"), GANG + " (Honduras)"], [civ("Honduras")]], [], "assoc_victim"),
    ("IN", "2023-04-02", "suspected Maoists killed a BJP leader in Kanker (Chhattisgarh).",
     [["CPI (Maoist): Communist Party of India (Maoist)"], [civ("India")]], ["BJP: Bharatiya Janata Party"],
     "assoc_victim"),
    ("BD", "2022-12-08", "Awami League activists attacked BNP members in Sylhet, injuring eight.",
     [["Rioters (Bangladesh)"], ["Rioters (Bangladesh)", civ("Bangladesh")]],
     ["AL: Bangladesh Awami League", "BNP: Bangladesh Nationalist Party"], "assoc_victim"),
    ("NG", "2023-01-28", "bandits killed five Fulani herders and rustled their cattle in Giwa (Kaduna).",
     [[uag("Nigeria")], [civ("Nigeria")]], ["Fulani Ethnic Group (Nigeria)"], "assoc_victim"),
    ("IQ", "2022-03-14", "gunmen killed three Yazidi shepherds near Sinjar (Ninewa).",
     [[uag("Iraq"), "Islamic State (Iraq)"], [civ("Iraq")]], ["Yazidi Group (Iraq)|Yazidi Ethnic Group (Iraq)"],
     "assoc_victim"),  # unsure
    ("CD", "2022-06-05", "ADF militants killed 12 Christian villagers in Beni territory (Nord-Kivu).",
     [["ADF: Allied Democratic Forces", "Islamic State Central Africa Province"], [civ("Democratic Republic of Congo")]],
     ["Christian Group (Democratic Republic of Congo)"], "assoc_victim"),
    ("EG", "2022-04-07", "unidentified gunmen shot dead a Coptic priest in Alexandria.",
     [[uag("Egypt")], [civ("Egypt")]], ["Christian Group (Egypt)|Coptic Christian Group (Egypt)"],
     "assoc_victim"),  # unsure
    ("AF", "2022-04-21", "a bomb exploded in a Shia mosque in Mazar-i-Sharif (Balkh), killing 31 worshippers.",
     [[uag("Afghanistan"), "Islamic State (Afghanistan)"], [civ("Afghanistan")]],
     ["Shia Muslim Group (Afghanistan)|Hazara Ethnic Group (Afghanistan)"], "assoc_victim"),  # unsure
    ("IN", "2021-10-07", "militants shot dead two teachers at a school in Srinagar (Jammu and Kashmir).",
     [[uag("India"), "Kashmir Rebels (India)"], [civ("India")]], ["Teachers (India)"], "assoc_victim"),
    ("CO", "2022-05-02", "Gulf Clan gunmen killed a social leader in Tierralta (Cordoba).",
     [["Gulf Clan"], [civ("Colombia")]], [], "assoc_victim"),
    ("PH", "2022-08-20", "NPA rebels killed a village chief in Catarman (Northern Samar).",
     [["NPA: New People's Army"], [civ("Philippines")]], [], "assoc_victim"),
    ("KE", "2022-05-26", "bandits killed two police reservists and a herder in Kerio Valley (Elgeyo Marakwet).",
     [[uag("Kenya")], [pol("Kenya", "2013-2022"), civ("Kenya")]], [], "assoc_victim"),
    ("SS", "2023-03-18", "unidentified gunmen killed two aid workers near Torit (Eastern Equatoria).",
     [[uag("South Sudan")], [civ("South Sudan")]], ["Aid Workers (South Sudan)"], "assoc_victim"),
    ("ML", "2023-02-11", "suspected militants abducted four farmers in Diafarabe (Tenenkou, Mopti).",
     [[uag("Mali"), JNIM], [civ("Mali")]], ["Farmers (Mali)"], "assoc_victim"),
    ("NE", "2022-08-05", "gunmen abducted three women collecting firewood near Diffa.",
     [[uag("Niger"), BH, ISWAP], [civ("Niger")]], ["Women (Niger)"], "assoc_victim"),
    ("CM", "2022-11-08", "separatists abducted nine Catholic clergy from a church in Nchang (Manyu, Southwest).",
     [["Ambazonian Separatists (Cameroon)"], [civ("Cameroon")]], ["Christian Group (Cameroon)"], "assoc_victim"),
    ("NG", "2022-04-11", "gunmen killed two Christian farmers in Kajuru (Kaduna).",
     [[uag("Nigeria")], [civ("Nigeria")]], ["Christian Group (Nigeria)", "Farmers (Nigeria)"], "assoc_victim"),
)


def associates_found(event, assoc: list[str]) -> list[str]:
    """The gold associates the event names on either side; "A|B" is found by either name."""
    had = {_stem(a.name) for a in (event.assoc_actor_1 + event.assoc_actor_2 if event else [])}
    return [a for a in assoc if any(_stem(x) in had for x in a.split("|"))]


def score_notes(doc: str, notes, tag: str, keys_of=lambda row: ("all",)) -> int:
    """Code each note and print its pair and associates by shape and by the keys ``keys_of`` gives its row (a
    note is ``(cc, day, text, slots, associates, shape, ...)``); the generic held set scores its notes so too, and
    ``--only`` takes those keys (its groups) as well as countries."""
    args, only, pipe = note_options(doc)
    ok, total, assoc_ok, assoc_total = Counter(), Counter(), Counter(), Counter()
    failures = []
    chosen = [row for row in notes if not only or row[0] in only or only & set(keys_of(row))]
    for row in chosen:
        cc, day, note, slots, assoc, shape = row[:6]
        text, event, got = coded_note(pipe, day, note, tag)
        right = event is not None and pair_ok(got, slots)
        found = associates_found(event, assoc)
        for key in (shape, *keys_of(row)):
            total[key] += 1
            ok[key] += right
            assoc_total[key] += len(assoc)
            assoc_ok[key] += len(found)
        if not right or len(found) < len(assoc):
            failures.append(failure(cc, shape, got, slots, assoc, found, text))
    report(chosen, None, total, "| shape | notes | pair right | associates found |",
           lambda key: (f"{ok[key] / total[key]:.3f}",
                        f"{assoc_ok[key]}/{assoc_total[key]}" if assoc_total[key] else "-"), failures,
           args.show_failures)
    return 0


def main() -> int:
    return score_notes(__doc__, NOTES, "forces")


if __name__ == "__main__":
    sys.exit(main())
