"""Actor generic held set: invented one-to-two-sentence notes in ACLED's style on the generic and sub-national names of
issue 13 (communal, ethnic, clan and tribal militias named after their people or place, or unidentified; vigilantes
and self-defence volunteers; a state's regional, state and auxiliary forces; prisons, their guards and inmates; private
security guards; unidentified military forces such as war remnants and unclaimed air strikes), written after the
studied sets (``actor_forces_stress.py``, ``actor_period_stress.py``) and before any rule was fitted to them, in other
countries and other wordings. Its ``held`` group was written in the thirty-fourth session, which wrote the bench, and
is studied from the thirty-eighth; ``fresh`` (``--only fresh``), the thirty-eighth session's held-out group, 51
notes in yet other countries and wordings, with two more shapes (the victim of an arrest or an abduction, the force
that met a crowd), is studied from the fortieth, whose held-out group, ``fresh2`` of bench/actor_groups_held.py, is studied from the
forty-first; the forty-first session's held-out group is ``fresh3`` there. Its shapes are printed apart (``fresh communal`` ...). Gold from general
knowledge of ACLED's actor list and codebook, never from a dev text; a name marked ``# unsure`` is ACLED's form as
far as its conventions tell, and its slot accepts the readings the conventions allow.

    PYTHONPATH=. .venv/bin/python bench/actor_generic_held.py [--show-failures] [--only CC,CC|held|fresh]

Each note is coded by the real pipeline and scored as ``actor_forces_stress.py`` scores its notes: the first dated
event's actor pair (order-free, ACLED's period suffix aside, a state body's unit optional, an empty slot anything)
and the associates apart. Nothing is written.
"""
from __future__ import annotations

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from actor_forces_stress import civ, score_notes, uag, ucm  # noqa: E402
from actor_period_stress import mil, pol  # noqa: E402

UMF, GANG = "Unidentified Military Forces", "Unidentified Gang"
BH, ISWAP = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State (West Africa) - Lake Chad Faction"
SHABAAB, JNIM = "Al Shabaab", "JNIM: Group for Support of Islam and Muslims"
HELD, FRESH = "held", "fresh"

# (country, ISO day, note after "On <day>, ", slots (each a list of accepted names; [] anything), associates, shape,
# group)
NOTES = (
    # --- communal: a people, a clan, a tribe, a place, or none named ---
    ("NG", "2022-03-14", "Bachama and Fulani youths clashed in Numan (Adamawa), killing four.",
     [["Bachama Ethnic Militia (Nigeria)"], ["Fulani Ethnic Militia (Nigeria)"]], [], "communal", HELD),
    ("KE", "2021-09-27", "Samburu and Turkana herders fought over pasture near Baragoi (Samburu), leaving three dead.",
     [["Samburu Ethnic Militia (Kenya)"], ["Turkana Ethnic Militia (Kenya)"]], [], "communal", HELD),
    ("SS", "2022-04-09", "armed Toposa youths raided a cattle camp near Kapoeta (Eastern Equatoria), killing five "
     "herders.", [["Toposa Ethnic Militia (South Sudan)"], [civ("South Sudan")]], [], "communal", HELD),
    ("GH", "2022-06-23", "Gonja and Nawuri youths exchanged gunfire near Kpandai (Northern), killing four.",
     [["Gonja Ethnic Militia (Ghana)"], ["Nawuri Ethnic Militia (Ghana)"]], [], "communal", HELD),
    ("CD", "2021-11-22", "Hema and Lendu militiamen clashed near Djugu (Ituri), leaving six dead.",
     [["Hema Ethnic Militia (Democratic Republic of Congo)"],
      ["Lendu Ethnic Militia (Democratic Republic of Congo)", "CODECO: Cooperative for Development of Congo"]], [],
     "communal", HELD),  # unsure: the Lendu side as CODECO
    ("ML", "2022-01-19", "Dogon militiamen attacked a Fulani hamlet near Koro (Mopti), killing five civilians.",
     [["Dogon Ethnic Militia (Mali)", "Dan Na Ambassagou"], [civ("Mali")]], ["Fulani Ethnic Group (Mali)"],
     "communal", HELD),
    ("SD", "2022-10-13", "Nuba and Hawazma tribesmen clashed in Kadugli (South Kordofan), killing seven.",
     [["Nuba Ethnic Militia (Sudan)", "Nuba Tribal Militia (Sudan)"],
      ["Hawazma Ethnic Militia (Sudan)", "Hawazma Tribal Militia (Sudan)", "Arab Ethnic Militia (Sudan)"]], [],
     "communal", HELD),  # unsure: ethnic or tribal
    ("SO", "2021-12-02", "Saleban and Ayr clan militias fought over a grazing area near Galhareeri (Galgaduud), "
     "killing three.", [["Saleban Clan Militia (Somalia)", "Habar Gidir-Saleban Clan Militia (Somalia)"],
                        ["Ayr Clan Militia (Somalia)", "Habar Gidir-Ayr Clan Militia (Somalia)"]], [], "communal",
     HELD),  # unsure: ACLED's subclan names
    ("SO", "2023-06-05", "clan gunmen shot dead two farmers in a land dispute near Wanlaweyn (Lower Shabelle).",
     [[ucm("Somalia"), "Unidentified Clan Militia (Somalia)"], [civ("Somalia")]], [], "communal", HELD),
    ("YE", "2022-07-17", "Al Awaliq tribesmen clashed with members of the Bal Harith tribe near Ataq (Shabwah).",
     [["Al Awaliq Tribal Militia (Yemen)", "Awaliq Tribal Militia (Yemen)"],
      ["Bal Harith Tribal Militia (Yemen)"]], [], "communal", HELD),
    ("IQ", "2023-01-30", "members of the Al Bu Mohammed and Al Sawaad tribes fought with rifles in Al-Kahla (Maysan).",
     [["Al Bu Mohammed Tribal Militia (Iraq)"], ["Al Sawaad Tribal Militia (Iraq)"]], [], "communal", HELD),
    ("PG", "2022-10-03", "tribal fighters from two clans clashed near Tari (Hela), killing eight.",
     [[ucm("Papua New Guinea")], [ucm("Papua New Guinea")]], [], "communal", HELD),
    ("UG", "2021-08-11", "residents of two villages clashed over a land boundary in Nebbi (West Nile), killing one.",
     [[ucm("Uganda"), "Rioters (Uganda)"], [ucm("Uganda"), "Rioters (Uganda)"]], [], "communal", HELD),
    ("CI", "2022-05-04", "villagers of two communities fought over a plot of farmland near Bouna (Bounkani), killing "
     "two.", [[ucm("Ivory Coast"), "Rioters (Ivory Coast)"], [ucm("Ivory Coast"), "Rioters (Ivory Coast)"]], [],
     "communal", HELD),
    ("NG", "2021-06-08", "youths from the Ikot Offiong and Oku Iboku communities clashed over a boundary in Odukpani "
     "(Cross River), killing two.", [["Ikot Offiong Communal Militia (Nigeria)", ucm("Nigeria")],
                                     ["Oku Iboku Communal Militia (Nigeria)", ucm("Nigeria")]], [], "communal",
     HELD),  # unsure
    ("ET", "2022-03-29", "Guji and Gedeo militias clashed near Bule Hora (West Guji, Oromia), killing five.",
     [["Guji Ethnic Militia (Ethiopia)", "Oromo Ethnic Militia (Ethiopia)"], ["Gedeo Ethnic Militia (Ethiopia)"]], [],
     "communal", HELD),  # unsure: the Guji as Oromo
    ("TZ", "2023-02-14", "herders and farmers clashed over cattle straying into maize fields in Mvomero (Morogoro), "
     "killing two.", [[ucm("Tanzania"), "Pastoralists (Tanzania)"], [ucm("Tanzania"), "Farmers (Tanzania)",
                                                                    civ("Tanzania")]], [], "communal", HELD),
    # --- auxiliaries: vigilantes, self-defence volunteers ---
    ("NG", "2022-05-19", "members of a local vigilante outfit killed four suspected bandits in Bakura (Zamfara).",
     [["Vigilante Group (Nigeria)", "Zamfara Communal Militia (Nigeria)", ucm("Nigeria")], [uag("Nigeria")]], [],
     "auxiliary", HELD),  # unsure
    ("NG", "2021-03-25", "bandits ambushed and killed nine vigilantes near Kankara (Katsina).",
     [[uag("Nigeria")], ["Vigilante Group (Nigeria)", "Katsina Communal Militia (Nigeria)", ucm("Nigeria")]], [],
     "auxiliary", HELD),  # unsure
    ("NG", "2023-08-29", "Civilian JTF members arrested two suspected ISWAP informants in Monguno (Borno).",
     [["CJTF: Civilian Joint Task Force"], [civ("Nigeria")]], [], "auxiliary", HELD),
    ("BF", "2023-09-03", "Volunteers for the Defence of the Homeland repelled a militant attack on their post near "
     "Ouahigouya (Yatenga, Nord).", [["VDP: Volunteer for Defense of Homeland"], [uag("Burkina Faso"), JNIM]], [],
     "auxiliary", HELD),
    ("CM", "2022-12-12", "members of a self-defence group repelled Boko Haram fighters who raided Tourou "
     "(Mayo-Tsanaga, Far North).", [["Vigilante Group (Cameroon)", ucm("Cameroon")], [BH, ISWAP]], [], "auxiliary",
     HELD),  # unsure
    ("TD", "2022-09-05", "Boko Haram fighters killed three members of a village self-defence committee near Baga Sola "
     "(Lac).", [[BH, ISWAP], ["Vigilante Group (Chad)", ucm("Chad")]], [], "auxiliary", HELD),  # unsure
    ("ZA", "2023-04-17", "community vigilantes beat to death a man suspected of housebreaking in Khayelitsha "
     "(Western Cape).", [["Vigilante Group (South Africa)", "Rioters (South Africa)"], [civ("South Africa")]], [],
     "auxiliary", HELD),
    ("TZ", "2022-11-21", "a mob lynched a suspected motorcycle thief in Mwanza.",
     [["Rioters (Tanzania)"], [civ("Tanzania")]], [], "mob", HELD),
    # --- a state's regional, state and auxiliary forces ---
    ("ET", "2021-07-22", "Somali regional special forces clashed with Afar militiamen near Adaitu (Afar), killing "
     "ten.", [[pol("Ethiopia", "2018-", "Somali Regional Special Forces")], ["Afar Ethnic Militia (Ethiopia)"]], [],
     "region_force", HELD),
    ("SO", "2022-12-06", "Hirshabelle forces clashed with Al Shabaab militants near Jalalaqsi (Hiraan).",
     [["Military Forces of Hirshabelle (2016-)", mil("Somalia", "2022-")], [SHABAAB]], [], "region_force",
     HELD),  # unsure
    ("SO", "2023-10-18", "Puntland police arrested five traders accused of smuggling in Bosaso (Bari).",
     [["Police Forces of Puntland (1998-)"], [civ("Somalia")]], [], "region_force", HELD),
    ("PK", "2022-10-12", "Khyber Pakhtunkhwa police repulsed a TTP attack on a police station in Bannu.",
     [[pol("Pakistan", "2022-2024")], ["TTP: Tehreek-i-Taliban Pakistan"]], [], "region_force", HELD),
    ("IN", "2022-08-19", "Assam Rifles personnel exchanged fire with suspected militants in Tirap (Arunachal "
     "Pradesh).", [[mil("India", "2014-"), pol("India", "2014-")], [uag("India")]], [], "region_force", HELD),
    ("MX", "2022-05-11", "National Guard troops clashed with gunmen in Fresnillo (Zacatecas), killing four.",
     [[mil("Mexico", "2018-2024"), pol("Mexico", "2018-2024")], [uag("Mexico"), GANG + " (Mexico)"]], [],
     "region_force", HELD),
    ("BR", "2023-08-02", "civil police officers shot dead three suspects during a raid in Salvador (Bahia).",
     [[pol("Brazil", "2023-", "Civil Police")], [civ("Brazil"), GANG + " (Brazil)"]], [], "region_force", HELD),
    ("NG", "2023-02-27", "Lagos State police fired tear gas at protesters in Ikeja (Lagos).",
     [["Protesters (Nigeria)"], [pol("Nigeria", "2015-2023")]], [], "region_force", HELD),
    # --- prisons: guards, inmates ---
    ("CD", "2024-09-02", "inmates rioted at Makala prison in Kinshasa; guards opened fire, killing 129.",
     [["Prisoners (Democratic Republic of Congo)", "Rioters (Democratic Republic of Congo)"],
      [pol("the Democratic Republic of Congo", "2019-"), mil("the Democratic Republic of Congo", "2019-")]], [], "prison",
     HELD),  # unsure
    ("CO", "2020-03-21", "inmates rioted at La Modelo prison in Bogota; guards fired on them, killing 23.",
     [["Prisoners (Colombia)", "Rioters (Colombia)"], [pol("Colombia", "2018-2022")]], [], "prison", HELD),  # unsure
    ("EC", "2022-11-07", "inmates took several guards hostage during a riot at the Turi prison in Cuenca (Azuay).",
     [["Prisoners (Ecuador)", "Rioters (Ecuador)"], [pol("Ecuador", "2021-2023"), civ("Ecuador")]], [], "prison",
     HELD),  # unsure
    ("NG", "2021-04-05", "gunmen attacked the Owerri custodial centre (Imo) and freed more than 1,800 inmates.",
     [[uag("Nigeria"), "IPOB: Indigenous Peoples of Biafra"], [pol("Nigeria", "2015-2023")]], [], "prison",
     HELD),  # unsure
    ("HT", "2024-03-03", "armed gangs stormed the national penitentiary in Port-au-Prince and freed thousands of "
     "prisoners.", [[GANG + " (Haiti)", "Viv Ansanm"], [pol("Haiti", "2021-")]], [], "prison", HELD),  # unsure
    ("GT", "2023-06-09", "inmates of rival gangs fought inside a prison in Escuintla, killing three.",
     [["Barrio 18", GANG + " (Guatemala)", "Prisoners (Guatemala)", "MS-13: Mara Salvatrucha"],
      ["Barrio 18", GANG + " (Guatemala)", "Prisoners (Guatemala)", "MS-13: Mara Salvatrucha"]], [], "prison",
     HELD),  # unsure
    # --- private security ---
    ("GH", "2022-03-08", "security guards of a gold mining company shot dead two illegal miners near Obuasi "
     "(Ashanti).", [["Private Security Forces (Ghana)"], [civ("Ghana")]], [], "private_security", HELD),
    ("TZ", "2021-05-18", "guards at a gold mine shot dead a man accused of trespassing in Tarime (Mara).",
     [["Private Security Forces (Tanzania)", pol("Tanzania", "2021-")], [civ("Tanzania")]], [], "private_security",
     HELD),  # unsure
    ("GT", "2021-10-23", "private security guards of a nickel mine fired on protesting residents in El Estor (Izabal).",
     [["Private Security Forces (Guatemala)"], ["Protesters (Guatemala)", civ("Guatemala")]], [], "private_security",
     HELD),
    ("PH", "2022-02-15", "a security guard of a banana plantation shot dead a striking worker in Davao del Norte.",
     [["Private Security Forces (Philippines)"], [civ("Philippines"), "Protesters (Philippines)"]], [],
     "private_security", HELD),
    ("UG", "2023-01-26", "guards of a sugar estate beat a villager to death in Kiryandongo (Bunyoro).",
     [["Private Security Forces (Uganda)"], [civ("Uganda")]], [], "private_security", HELD),
    # --- unidentified military forces ---
    ("VN", "2022-04-26", "an unexploded bomb left from the war exploded in Cam Lo (Quang Tri), killing two boys.",
     [[UMF], [civ("Vietnam")]], [], "unidentified_military", HELD),
    ("AO", "2021-09-14", "a landmine left from the civil war exploded near Cuito Cuanavale (Cuando Cubango), killing a "
     "farmer.", [[UMF], [civ("Angola")]], [], "unidentified_military", HELD),
    ("SY", "2023-10-07", "unidentified drones struck a truck near Al Bukamal (Deir ez-Zor).",
     [[UMF, "Unidentified Air Force"], []], [], "unidentified_military", HELD),  # unsure
    ("IQ", "2021-06-28", "unidentified aircraft struck a PMF convoy near Al Qaim (Anbar).",
     [[UMF, "Unidentified Air Force"], [mil("Iraq", "2020-", "Popular Mobilization Forces")]], [],
     "unidentified_military", HELD),  # unsure
    ("LY", "2021-05-30", "unidentified warplanes bombed positions near Al Watiya airbase (Al Jabal al Gharbi).",
     [[UMF, "Unidentified Air Force"], []], [], "unidentified_military", HELD),  # unsure
    # === fresh: the thirty-eighth session's held-out group, written before any rule of that session ===
    # --- communal: a people, a clan, a tribe, a place, or none named ---
    ("NG", "2023-04-11", "Chamba and Kuteb youths fought with machetes and guns near Takum (Taraba), leaving five dead.",
     [["Chamba Ethnic Militia (Nigeria)"], ["Kuteb Ethnic Militia (Nigeria)"]], [], "communal", FRESH),
    ("SS", "2022-08-21", "Mundari and Dinka cattle keepers clashed near Terekeka (Central Equatoria), killing nine.",
     [["Mundari Ethnic Militia (South Sudan)"], ["Dinka Ethnic Militia (South Sudan)"]], [], "communal", FRESH),
    ("ET", "2022-02-16", "Qemant militiamen fought Amhara militiamen around Chilga (Central Gondar, Amhara), leaving "
     "six dead.", [["Qemant Ethnic Militia (Ethiopia)"], ["Amhara Ethnic Militia (Ethiopia)", "Fano Militia"]], [],
     "communal", FRESH),  # unsure: the Amhara side as Fano
    ("KE", "2023-03-08", "Kipsigis and Maasai herders clashed over grazing land near Olposimoru (Narok), killing two.",
     [["Kipsigis Ethnic Militia (Kenya)", "Kalenjin Ethnic Militia (Kenya)"], ["Maasai Ethnic Militia (Kenya)"]], [],
     "communal", FRESH),  # unsure: the Kipsigis as Kalenjin
    ("SO", "2022-06-14", "Dir and Hawiye clan gunmen traded fire over a disputed farm near Afgoye (Lower Shabelle), "
     "killing four.", [["Dir Clan Militia (Somalia)"], ["Hawiye Clan Militia (Somalia)"]], [], "communal",
     FRESH),  # unsure: ACLED's clan names
    ("YE", "2021-10-26", "Murad tribesmen clashed with gunmen of the Abidah tribe in Al Wadi (Marib), killing three.",
     [["Murad Tribal Militia (Yemen)"], ["Abidah Tribal Militia (Yemen)"]], [], "communal", FRESH),  # unsure
    ("IQ", "2022-09-19", "gunmen of two rival clans exchanged fire in Al Rumaitha (Muthanna), wounding four.",
     [[ucm("Iraq"), "Unidentified Tribal Militia (Iraq)"], [ucm("Iraq"), "Unidentified Tribal Militia (Iraq)"]], [],
     "communal", FRESH),  # unsure: tribal or communal
    ("LY", "2023-05-02", "Tebu and Zuwaya fighters clashed in Kufra, leaving three dead.",
     [["Tebu Ethnic Militia (Libya)", "Toubou Ethnic Militia (Libya)"],
      ["Zuwaya Tribal Militia (Libya)", "Zuwayya Tribal Militia (Libya)"]], [], "communal", FRESH),  # unsure
    ("PH", "2022-11-29", "two feuding Maranao clans exchanged gunfire in Masiu (Lanao del Sur), killing three.",
     [[ucm("Philippines"), "Unidentified Clan Militia (Philippines)"],
      [ucm("Philippines"), "Unidentified Clan Militia (Philippines)"]], [], "communal", FRESH),  # unsure
    ("MX", "2021-07-13", "residents of Santiago Amoltepec and Santa Maria Zaniza clashed over a land boundary in "
     "Oaxaca, killing two.", [["Santiago Amoltepec Communal Militia (Mexico)", ucm("Mexico")],
                              ["Santa Maria Zaniza Communal Militia (Mexico)", ucm("Mexico")]], [], "communal",
     FRESH),  # unsure
    ("PG", "2023-07-24", "tribal fighters set fire to houses of a rival clan near Mendi (Southern Highlands).",
     [[ucm("Papua New Guinea")], [civ("Papua New Guinea"), ucm("Papua New Guinea")]], [], "communal", FRESH),
    ("CF", "2022-04-18", "armed Fulani herders killed two farmers in their fields near Baboua (Nana-Mambere).",
     [["Fulani Ethnic Militia (Central African Republic)", "Peuhl Ethnic Militia (Central African Republic)"],
      [civ("Central African Republic")]], [], "communal", FRESH),  # unsure: Fulani or Peuhl
    ("TD", "2022-02-09", "herders and farmers clashed over crop damage near Mangalme (Guera), killing eleven.",
     [[ucm("Chad"), "Arab Ethnic Militia (Chad)"], [ucm("Chad")]], [], "communal", FRESH),  # unsure
    ("GN", "2023-01-17", "youths of two neighbouring villages fought over a sacred forest near Nzerekore, wounding "
     "twelve.", [[ucm("Guinea"), "Rioters (Guinea)"], [ucm("Guinea"), "Rioters (Guinea)"]], [], "communal", FRESH),
    # --- auxiliaries: vigilantes, self-defence volunteers, mobs ---
    ("NE", "2022-10-04", "Boko Haram fighters killed four members of a local self-defence militia near Bosso (Diffa).",
     [[BH, ISWAP], ["Vigilante Group (Niger)", ucm("Niger")]], [], "auxiliary", FRESH),  # unsure
    ("MX", "2022-01-27", "members of a community self-defence group clashed with cartel gunmen in Chilapa "
     "(Guerrero), killing three.", [["Vigilante Group (Mexico)", ucm("Mexico")], [uag("Mexico"), GANG + " (Mexico)"]],
     [], "auxiliary", FRESH),  # unsure
    ("SO", "2023-01-05", "Macawisley militiamen and government troops recaptured Hawadley (Hiraan) from Al Shabaab.",
     [["Macawisley Militia", ucm("Somalia"), mil("Somalia", "2022-")], [SHABAAB]], [], "auxiliary",
     FRESH),  # unsure
    ("PH", "2023-03-15", "CAFGU militiamen clashed with NPA rebels in Las Navas (Northern Samar).",
     [["CAFGU: Citizen Armed Forces Geographical Unit", mil("the Philippines", "2022-")], ["NPA: New People's Army"]],
     [], "auxiliary", FRESH),  # unsure
    ("KE", "2022-07-12", "a crowd of villagers stoned to death a man accused of stealing a goat in Kakamega.",
     [["Rioters (Kenya)"], [civ("Kenya")]], [], "mob", FRESH),
    ("BO", "2021-12-01", "residents beat a suspected burglar and tied him to a post in Quillacollo (Cochabamba).",
     [["Rioters (Bolivia)"], [civ("Bolivia")]], [], "mob", FRESH),
    # --- a state's regional, state and auxiliary forces ---
    ("SO", "2023-02-21", "Galmudug forces repelled an Al Shabaab attack on their base near Dhusamareb (Galgaduud).",
     [["Military Forces of Galmudug (2006-)", mil("Somalia", "2022-")], [SHABAAB]], [], "region_force",
     FRESH),  # unsure
    ("IN", "2021-04-03", "Jharkhand Jaguar commandos of the state police killed three Maoists in a gunfight near "
     "Latehar.", [[pol("India", "2014-")], ["CPI (Maoist): Communist Party of India (Maoist)"]], [],
     "region_force", FRESH),
    ("PK", "2023-06-18", "Balochistan Levies personnel came under fire from BLA militants near Turbat (Kech).",
     [[pol("Pakistan", "2022-2024"), mil("Pakistan", "2018-2022")], ["BLA: Balochistan Liberation Army"]], [],
     "region_force", FRESH),  # unsure
    ("BR", "2023-08-01", "Sao Paulo state military police officers shot dead two suspects during an operation in "
     "Guaruja.", [[mil("Brazil", "2023-", "Military Police")], [civ("Brazil"), GANG + " (Brazil)"]], [],
     "region_force", FRESH),
    ("IQ", "2022-04-13", "Peshmerga forces clashed with Islamic State militants near Makhmur (Erbil).",
     [[mil("Iraq", "2020-2022"), "Military Forces of Kurdistan Regional Government (1992-)"],
      ["Islamic State (Iraq)"]], [], "region_force", FRESH),  # unsure
    ("ET", "2022-06-27", "Oromia regional police arrested dozens of traders in Adama (East Shewa, Oromia).",
     [[pol("Ethiopia", "2018-")], [civ("Ethiopia")]], [], "region_force", FRESH),
    ("NG", "2022-09-13", "Ebonyi State Ebube Agu operatives killed two suspected kidnappers in Ikwo (Ebonyi).",
     [["Ebube Agu", ucm("Nigeria")], [uag("Nigeria"), civ("Nigeria")]], [], "region_force", FRESH),  # unsure
    # --- prisons: guards, inmates ---
    ("HN", "2023-06-20", "rival gangs of inmates fought with guns and machetes in a prison in Santa Barbara, "
     "killing nine.", [[GANG + " (Honduras)", "Barrio 18", "MS-13: Mara Salvatrucha",
                                          "Prisoners (Honduras)"],
                                         [GANG + " (Honduras)", "Barrio 18", "MS-13: Mara Salvatrucha",
                                          "Prisoners (Honduras)"]], [], "prison", FRESH),  # unsure
    ("ZA", "2022-08-30", "warders fired rubber bullets at rioting inmates at a correctional centre in Kokstad "
     "(KwaZulu-Natal).", [["Prisoners (South Africa)", "Rioters (South Africa)"], [pol("South Africa", "2018-")]],
     [], "prison", FRESH),  # unsure
    ("UG", "2021-11-02", "prison warders shot dead two inmates who tried to escape from a prison in Gulu.",
     [[pol("Uganda", "1986-")], ["Prisoners (Uganda)", civ("Uganda")]], [], "prison", FRESH),  # unsure
    ("PH", "2022-09-07", "gunmen stormed a provincial jail in Kidapawan (Cotabato) and freed a dozen inmates.",
     [[uag("Philippines")], [pol("the Philippines", "2022-")]], [], "prison", FRESH),
    ("VE", "2023-03-14", "inmates took six guards hostage at a prison in Tocuyito (Carabobo).",
     [["Prisoners (Venezuela)", "Rioters (Venezuela)"], [pol("Venezuela", "2013-"), civ("Venezuela")]], [],
     "prison", FRESH),  # unsure
    ("FR", "2024-02-08", "prison officers blocked the entrance of a jail in Fresnes to protest over staff shortages.",
     [["Protesters (France)"], []], [], "prison", FRESH),
    # --- private security ---
    ("PE", "2022-06-03", "security guards of a copper mine fired on farmers protesting near Chumbivilcas (Cusco), "
     "wounding four.", [["Private Security Forces (Peru)"], ["Protesters (Peru)", civ("Peru")]], [],
     "private_security", FRESH),
    ("ID", "2023-09-12", "plantation guards beat a villager accused of stealing palm fruit in Kotawaringin Timur "
     "(Central Kalimantan).", [["Private Security Forces (Indonesia)"], [civ("Indonesia")]], [], "private_security",
     FRESH),
    ("KE", "2021-09-22", "guards of a private ranch shot dead a herder who drove his cattle onto the ranch near "
     "Rumuruti (Laikipia).", [["Private Security Forces (Kenya)"], [civ("Kenya")]], [], "private_security", FRESH),
    ("HN", "2022-04-06", "security guards of a palm oil company fired on peasants occupying an estate near Trujillo "
     "(Colon), killing one.", [["Private Security Forces (Honduras)"], [civ("Honduras"), "Protesters (Honduras)"]],
     [], "private_security", FRESH),
    # --- unidentified military forces ---
    ("LA", "2022-03-22", "a cluster bomblet left from the Indochina war exploded in Phonsavan (Xiangkhouang), killing "
     "a boy.", [[UMF], [civ("Laos")]], [], "unidentified_military", FRESH),
    ("KH", "2023-01-11", "an old anti-tank mine exploded under a tractor in Rattanak Mondul (Battambang), killing two "
     "farmers.", [[UMF], [civ("Cambodia")]], [], "unidentified_military", FRESH),
    ("BA", "2021-05-06", "a landmine left from the 1990s war exploded near Tesanj, wounding two foresters.",
     [[UMF], [civ("Bosnia and Herzegovina")]], [], "unidentified_military", FRESH),
    ("SO", "2022-03-29", "an unidentified drone struck a vehicle near Jilib (Middle Juba).",
     [[UMF, "Unidentified Air Force"], []], [], "unidentified_military", FRESH),  # unsure
    # --- the victim of an arrest or an abduction ---
    ("CO", "2022-10-18", "ELN guerrillas abducted two soldiers on leave in Saravena (Arauca).",
     [["ELN: National Liberation Army"], [mil("Colombia", "2022-"), civ("Colombia")]], [], "victim",
     FRESH),  # unsure: soldiers on leave
    ("NG", "2023-05-30", "gunmen abducted a Catholic priest from his parish house in Kauru (Kaduna).",
     [[uag("Nigeria")], [civ("Nigeria")]], [], "victim", FRESH),
    ("BD", "2023-10-30", "police arrested 40 BNP activists during raids in Dhaka.",
     [[pol("Bangladesh", "2009-2024")], ["BNP: Bangladesh Nationalist Party"]], [], "victim", FRESH),
    ("ZW", "2022-06-19", "police arrested 20 CCC supporters at a rally venue in Chitungwiza (Harare).",
     [[pol("Zimbabwe", "2017-")], ["CCC: Citizens Coalition for Change", "Protesters (Zimbabwe)"]], [], "victim",
     FRESH),
    ("MM", "2023-02-02", "junta troops arrested three villagers near Kani (Sagaing).",
     [[mil("Myanmar", "2021-")], [civ("Myanmar")]], [], "victim", FRESH),
    # --- the force that met a crowd ---
    ("KE", "2023-03-20", "police fired tear gas at traders protesting against new market fees in Nakuru.",
     [["Protesters (Kenya)"], [pol("Kenya", "2022-")]], [], "crowd", FRESH),
    ("PE", "2023-01-09", "police clashed with demonstrators who blocked the Pan-American highway near Ica, killing "
     "one.", [["Protesters (Peru)", "Rioters (Peru)"], [pol("Peru", "2022-")]], [], "crowd", FRESH),
    ("SN", "2022-09-14", "gendarmes dispersed fishermen burning tyres over a licence dispute in Cayar (Thies).",
     [["Rioters (Senegal)"], [pol("Senegal", "2012-2024"), mil("Senegal", "2012-2024")]], [], "crowd", FRESH),
    ("GE", "2024-04-30", "police pushed back students who tried to block the main road in Batumi (Adjara).",
     [["Protesters (Georgia)"], [pol("Georgia", "2012-")]], [], "crowd", FRESH),
    ("BO", "2022-11-08", "soldiers fired tear gas on miners who blocked a road near Oruro.",
     [["Protesters (Bolivia)"], [mil("Bolivia", "2020-")]], [], "crowd", FRESH),
)


def main() -> int:
    """The fresh notes' shapes are counted apart from the held ones' (``fresh communal`` ...)."""
    notes = [(*row[:5], f"{FRESH} {row[5]}" if row[6] == FRESH else row[5], row[6]) for row in NOTES]
    return score_notes(__doc__, notes, "generic", lambda row: (row[6], "all"))


if __name__ == "__main__":
    sys.exit(main())
