"""Actor period stress set: invented one-to-three-sentence notes in ACLED's style on the names the earlier actor
sets barely test: a state's forces and government named by the government in office on the event's day (either side of
the coups and changes of 2019-2025), ACLED's generic names (communal, ethnic and clan militias, private security,
prisons, sole perpetrators, unidentified military forces, a state region's forces), and roles (the victim of an arrest
or abduction, the side of an interception, the force that met a crowd, the crowd's associates). Gold from general
knowledge of ACLED's actor list and codebook, never from a dev text.

    PYTHONPATH=. .venv/bin/python bench/actor_period_stress.py [--show-failures] [--only CC,CC]

Each note is coded by the real pipeline; its first dated event's actor1/actor2 are compared as the scorer does
(order-free, ACLED's period suffix aside, a state body's unit optional; a slot of several names takes any of them, an
empty slot anything). Two more figures, not scored by ``sitrep eval``: the period (each predicted state body whose
country the gold names with a period carries that period) and the associates. A name marked ``# unsure`` is ACLED's
form as far as its conventions tell. Nothing is written.
"""
from __future__ import annotations

import re
import sys
from collections import Counter

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from actor_world_stress import _base, associates_found, coded_note, failure, note_options, report  # noqa: E402
from actor_stress import norm  # noqa: E402


def mil(c, p, unit=""):
    return f"Military Forces of {c} ({p}){(' ' + unit) if unit else ''}"


def pol(c, p, unit=""):
    return f"Police Forces of {c} ({p}){(' ' + unit) if unit else ''}"


def gov(c, p):
    return f"Government of {c} ({p})"


UAG, UCM = "Unidentified Armed Group", "Unidentified Communal Militia"

# (country, ISO day, note after "On <day>, ", slots (each a list of accepted names; [] anything), associates,
# shape)
NOTES = (
    # --- the period of a state's forces, on either side of a change of government ---
    ("BF", "2021-11-14", "JNIM militants attacked a gendarmerie post in Inata (Soum, Sahel), killing 53 gendarmes.",
     [["JNIM: Group for Support of Islam and Muslims"], [mil("Burkina Faso", "2015-2022"), pol("Burkina Faso", "2015-2022")]],
     [], "period_mil"),  # unsure: ACLED codes the gendarmerie under either body
    ("BF", "2022-06-11", "suspected JNIM militants killed dozens of civilians in Seytenga (Seno, Sahel).",
     [["JNIM: Group for Support of Islam and Muslims"], ["Civilians (Burkina Faso)"]], [], "named_kills_civ"),
    ("BF", "2023-04-20", "Burkinabe soldiers and VDP fighters killed at least 60 civilians in Karma (Yatenga, Nord).",
     [[mil("Burkina Faso", "2022-")], ["Civilians (Burkina Faso)"]], ["VDP: Volunteer for Defense of Homeland"],
     "period_mil"),
    ("BF", "2021-12-23", "militants ambushed a convoy of VDP volunteers near Titao (Loroum, Nord), killing 41 of them.",
     [[UAG + " (Burkina Faso)", "JNIM: Group for Support of Islam and Muslims"], ["VDP: Volunteer for Defense of Homeland"]],
     [], "named_victim"),
    ("ML", "2020-03-19", "JNIM militants attacked a Malian army camp in Tarkint (Bourem, Gao), killing 29 soldiers.",
     [["JNIM: Group for Support of Islam and Muslims"], [mil("Mali", "2013-2020")]], [], "period_mil"),
    ("ML", "2021-02-15", "suspected jihadist militants attacked a FAMa post in Boni (Douentza, Mopti).",
     [[UAG + " (Mali)", "JNIM: Group for Support of Islam and Muslims"], [mil("Mali", "2020-2021")]], [], "period_mil"),
    ("ML", "2022-03-27", "Malian soldiers and foreign fighters killed hundreds of men in Moura (Djenne, Mopti).",
     [[mil("Mali", "2021-"), "Wagner Group"], ["Civilians (Mali)"]], ["Wagner Group"], "period_mil"),
    ("TD", "2021-04-11", "FACT rebels clashed with the Chadian army in Zouarke (Tibesti).",
     [["FACT: Front for Change and Concord in Chad"], [mil("Chad", "1990-2021")]], [], "period_mil"),
    ("TD", "2022-10-20", "police fired live rounds on protesters opposed to the extension of the transition in "
     "N'Djamena, killing dozens.", [["Protesters (Chad)"], [pol("Chad", "2021-")]], [], "period_police"),
    ("TD", "2023-03-02", "Chadian soldiers clashed with Boko Haram militants on an island of Lake Chad near Ngouboua.",
     [[mil("Chad", "2021-")], ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]], [], "period_mil"),
    ("GN", "2021-08-01", "security forces dispersed supporters of the opposition UFDG who had gathered in Conakry.",
     [["Protesters (Guinea)"], [pol("Guinea", "2010-2021")]], [], "period_police"),  # unsure: UFDG associate
    ("GN", "2022-07-28", "gendarmes fired tear gas at FNDC protesters in Conakry; one protester was shot dead.",
     [["Protesters (Guinea)"], [pol("Guinea", "2021-"), mil("Guinea", "2021-")]],
     ["FNDC: National Front for the Defense of the Constitution"], "period_police"),
    ("GN", "2023-05-11", "youths clashed with police in Hamdallaye (Conakry) during a protest called by the Forces "
     "Vives of Guinea.", [["Rioters (Guinea)", "Protesters (Guinea)"], [pol("Guinea", "2021-")]], [], "period_police"),
    ("NE", "2021-03-15", "unidentified gunmen killed 58 civilians returning from a market near Banibangou "
     "(Tillaberi).", [[UAG + " (Niger)", "Islamic State (Sahel)"], ["Civilians (Niger)"]], [], "named_kills_civ"),
    ("NE", "2023-08-15", "militants ambushed a Nigerien army unit near Koutougou (Tillaberi), killing 17 soldiers.",
     [[UAG + " (Niger)", "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)"],
      [mil("Niger", "2023-")]], [], "period_mil"),
    ("NE", "2022-11-20", "Islamic State Sahel Province fighters attacked a Nigerien army post in Tillia (Tahoua).",
     [["Islamic State (Sahel)"], [mil("Niger", "2021-2023")]], [], "period_mil"),
    ("GA", "2023-09-02", "soldiers of the Gabonese Republican Guard patrolled Libreville after the coup; no clashes "
     "were reported. Soldiers arrested a former minister at his home in Libreville.",
     [[mil("Gabon", "2023-")], ["Civilians (Gabon)"]], [], "arrest_victim"),
    ("SD", "2019-06-03", "RSF fighters and security forces violently dispersed the sit-in outside the army "
     "headquarters in Khartoum, killing dozens of protesters.",
     [["RSF: Rapid Support Forces", mil("Sudan", "2019-")], ["Protesters (Sudan)"]], [], "period_mil"),
    ("SD", "2021-11-17", "security forces fired live ammunition at protesters rejecting the coup in Khartoum North, "
     "killing 15.", [["Protesters (Sudan)"], [pol("Sudan", "2019-"), mil("Sudan", "2019-")]], [], "period_police"),
    ("MM", "2020-09-14", "the Arakan Army clashed with the Myanmar military in Kyauktaw township (Rakhine).",
     [["AA: Arakan Army"], [mil("Myanmar", "2016-2021")]], [], "period_mil"),
    ("MM", "2021-03-27", "soldiers and police opened fire on anti-coup protesters in Dala township (Yangon), killing "
     "several.", [["Protesters (Myanmar)"], [mil("Myanmar", "2021-"), pol("Myanmar", "2021-")]], [], "period_mil"),
    ("AF", "2021-06-20", "Taliban fighters attacked Afghan army checkpoints in Kunduz city, killing 8 soldiers.",
     [["Taliban"], [mil("Afghanistan", "2014-2021")]], [], "period_mil"),
    ("AF", "2022-04-19", "two explosions struck a boys' school in Dasht-e-Barchi (Kabul), killing six students.",
     [[UAG + " (Afghanistan)", "Islamic State (Afghanistan)"], ["Civilians (Afghanistan)"]],
     ["Students (Afghanistan)"], "victim_identity"),
    ("AF", "2023-01-12", "Taliban forces clashed with National Resistance Front fighters in Andarab district (Baghlan).",
     [[mil("Afghanistan", "2021-")], ["National Resistance Front"]], [], "period_mil"),
    ("PE", "2022-12-12", "police clashed with protesters demanding the release of former President Castillo in "
     "Andahuaylas (Apurimac); two protesters were shot dead.",
     [["Protesters (Peru)", "Rioters (Peru)"], [pol("Peru", "2022-2025")]], [], "period_police"),
    ("PE", "2021-03-04", "Shining Path militants ambushed a military patrol in the VRAEM near Vizcatan del Ene "
     "(Junin).", [["Shining Path", "Militarized Communist Party of Peru"], [mil("Peru", "2020-2021")]], [],
     "period_mil"),  # unsure: ACLED's name of the Shining Path remnant
    ("LK", "2022-07-09", "protesters stormed the presidential residence in Colombo; police fired tear gas.",
     [["Protesters (Sri Lanka)", "Rioters (Sri Lanka)"], [pol("Sri Lanka", "2019-2022")]], [], "period_police"),
    ("LK", "2022-07-22", "soldiers and police raided the protest camp at Galle Face (Colombo), assaulting protesters.",
     [["Protesters (Sri Lanka)"], [mil("Sri Lanka", "2022-2024"), pol("Sri Lanka", "2022-2024")]], [],
     "period_mil"),
    ("TN", "2021-07-25", "protesters clashed with police in Tunis, Sousse and Sfax and set fire to offices of "
     "Ennahda.", [["Rioters (Tunisia)", "Protesters (Tunisia)"], [pol("Tunisia", "2019-")]], [], "period_police"),
    ("TN", "2023-02-14", "police arrested an opposition politician at his home in Tunis.",
     [[pol("Tunisia", "2019-")], ["Civilians (Tunisia)"]], [], "arrest_victim"),
    ("BD", "2024-07-18", "police and BCL activists clashed with students demanding an end to job quotas in Dhaka; "
     "dozens were killed.", [["Protesters (Bangladesh)", "Rioters (Bangladesh)"], [pol("Bangladesh", "2009-2024")]],
     ["Students (Bangladesh)"], "period_police"),
    ("BD", "2024-11-10", "police fired tear gas at Awami League supporters gathered at Zero Point in Dhaka.",
     [["Protesters (Bangladesh)"], [pol("Bangladesh", "2024-")]], ["AL: Bangladesh Awami League"], "period_police"),
    ("PK", "2023-05-09", "PTI supporters stormed the Corps Commander's house in Lahore after the arrest of Imran Khan; "
     "police fired tear gas.", [["Rioters (Pakistan)", "Protesters (Pakistan)"], [pol("Pakistan", "2022-2024")]],
     ["PTI: Pakistan Tehreek-i-Insaf"], "period_police"),
    ("PK", "2021-11-01", "TLP protesters clashed with police in Gujranwala; two policemen were killed.",
     [["Rioters (Pakistan)", "Protesters (Pakistan)"], [pol("Pakistan", "2018-2022")]],
     ["TLP: Tehreek-e-Labbaik Pakistan"], "period_police"),
    ("IL", "2022-05-11", "Israeli forces shot dead a journalist covering a raid in Jenin camp.",
     [[mil("Israel", "2021-2022")], ["Civilians (Palestine)"]], ["Journalists (Palestine)"], "period_mil"),
    ("UA", "2018-11-25", "Russian coast guard vessels fired on and seized three Ukrainian navy boats near the Kerch "
     "Strait.", [[mil("Russia", "2000-")], [mil("Ukraine", "2014-2019")]], [], "period_mil"),
    ("SY", "2025-03-07", "fighters of the new government's General Security clashed with gunmen loyal to the former "
     "regime in Jableh (Latakia).", [[mil("Syria", "2024-"), pol("Syria", "2024-")],
                                    [UAG + " (Syria)", "Former Regime Loyalists (Syria)"]], [], "period_mil"),  # unsure
    ("SY", "2023-06-12", "Syrian regime forces shelled villages in Jabal al-Zawiya (Idlib), killing two civilians.",
     [[mil("Syria", "2000-2024")], ["Civilians (Syria)"]], [], "period_mil"),
    ("HT", "2020-10-16", "police fired tear gas at protesters demanding the resignation of President Moise in "
     "Port-au-Prince.", [["Protesters (Haiti)"], [pol("Haiti", "2017-2021")]], [], "period_police"),
    ("SO", "2021-04-25", "government forces clashed with opposition-aligned soldiers in Mogadishu after the extension "
     "of the president's mandate.", [[mil("Somalia", "2017-2022")], [mil("Somalia", "2017-2022"), "Mutiny of Military Forces of Somalia (2017-2022)"]],
     [], "period_mil"),  # unsure
    ("KE", "2023-07-19", "police fired tear gas at opposition supporters protesting against the cost of living in "
     "Kisumu.", [["Protesters (Kenya)", "Rioters (Kenya)"], [pol("Kenya", "2022-")]], ["ODM: Orange Democratic Movement"],
     "period_police"),
    ("KE", "2024-06-25", "police shot dead several protesters who stormed Parliament in Nairobi during protests "
     "against the Finance Bill.", [["Rioters (Kenya)", "Protesters (Kenya)"], [pol("Kenya", "2022-")]], [],
     "period_police"),
    ("EC", "2022-06-21", "Indigenous protesters clashed with police near the Casa de la Cultura in Quito.",
     [["Protesters (Ecuador)", "Rioters (Ecuador)"], [pol("Ecuador", "2021-2023")]], ["Indigenous Group (Ecuador)"],
     "period_police"),
    ("BO", "2019-11-15", "soldiers and police opened fire on coca growers marching in Sacaba (Cochabamba), killing "
     "nine.", [["Protesters (Bolivia)"], [mil("Bolivia", "2019-2020"), pol("Bolivia", "2019-2020")]],
     ["Farmers (Bolivia)"], "period_mil"),
    ("PH", "2021-03-07", "police killed nine activists in simultaneous raids in Calabarzon.",
     [[pol("the Philippines", "2016-2022")], ["Civilians (Philippines)"]], [], "period_police"),
    ("MX", "2024-12-02", "National Guard troops clashed with gunmen of the Sinaloa Cartel in Culiacan (Sinaloa).",
     [[mil("Mexico", "2024-"), pol("Mexico", "2024-")], ["Sinaloa Cartel"]], [], "period_mil"),
    ("CO", "2021-05-28", "police clashed with protesters of the national strike at Puerto Resistencia in Cali "
     "(Valle del Cauca).", [["Protesters (Colombia)", "Rioters (Colombia)"], [pol("Colombia", "2018-2022")]], [],
     "period_police"),
    # --- the government as a side ---
    ("ET", "2022-11-02", "the Government of Ethiopia and the TPLF signed a cessation of hostilities agreement in "
     "Pretoria.", [[gov("Ethiopia", "2018-")], ["TPLF: Tigray People's Liberation Front"]], [], "government"),
    ("CF", "2024-04-19", "the government signed a peace agreement with the UPC armed group in N'Djamena.",
     [[gov("the Central African Republic", "2016-")], ["UPC: Union for Peace in the Central African Republic"]], [],
     "government"),
    ("ML", "2024-01-25", "the transitional government announced the end of the Algiers peace agreement with the "
     "armed groups of the north.", [[gov("Mali", "2021-")], []], [], "government"),  # unsure: ACLED's second side
    ("SO", "2023-05-14", "the federal government handed over the Halgan military base to the Somali army after "
     "ATMIS troops withdrew.", [["ATMIS: African Union Transition Mission in Somalia (2022-2024)"],
                                 [mil("Somalia", "2022-")]], [], "government"),  # unsure
    # --- generic militias: communal, ethnic, clan; private security ---
    ("NG", "2023-05-16", "gunmen attacked Mangu (Plateau) and killed 17 villagers; residents blamed Fulani militias.",
     [["Fulani Ethnic Militia (Nigeria)", UAG + " (Nigeria)"], ["Civilians (Nigeria)"]], [], "ethnic_militia"),
    ("NG", "2022-02-08", "vigilantes killed seven suspected kidnappers in Dutsin-Ma (Katsina).",
     [["Katsina Communal Militia (Nigeria)", UCM + " (Nigeria)"], [UAG + " (Nigeria)"]], [], "communal_militia"),
    ("GH", "2022-11-12", "youths of two communities clashed over a chieftaincy dispute in Bawku (Upper East), "
     "leaving three dead.", [[UCM + " (Ghana)", "Kusasi Ethnic Militia (Ghana)"],
                              [UCM + " (Ghana)", "Mamprusi Ethnic Militia (Ghana)"]], [], "communal_militia"),
    ("GH", "2023-06-20", "Kusasi militiamen shot dead two Mamprusi men on the outskirts of Bawku (Upper East).",
     [["Kusasi Ethnic Militia (Ghana)"], ["Civilians (Ghana)"]], ["Mamprusi Ethnic Group (Ghana)"], "ethnic_militia"),
    ("SO", "2022-09-18", "Abgaal and Habar Gidir clan militias clashed over grazing land near Galinsoor "
     "(Galgaduud), killing six.", [["Abgaal Clan Militia (Somalia)", "Hawiye-Abgaal Clan Militia (Somalia)"],
                                   ["Habar Gidir Clan Militia (Somalia)", "Hawiye-Habar Gidir Clan Militia (Somalia)"]],
     [], "clan_militia"),  # unsure: ACLED's clan names
    ("SO", "2023-02-04", "clan militiamen killed two men in a revenge attack in Afgooye (Lower Shabelle).",
     [[UCM + " (Somalia)", "Unidentified Clan Militia (Somalia)"], ["Civilians (Somalia)"]], [], "clan_militia"),
    ("SS", "2022-08-03", "armed youths from Jonglei raided cattle camps in Pibor county, killing 12 people.",
     [["Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)", UCM + " (South Sudan)",
       "Jonglei Communal Militia (South Sudan)"], ["Civilians (South Sudan)", "Murle Ethnic Militia (South Sudan)"]],
     [], "communal_militia"),  # unsure
    ("SS", "2023-04-26", "Murle armed youths abducted four children in Duk county (Jonglei).",
     [["Murle Ethnic Militia (South Sudan)"], ["Civilians (South Sudan)"]], [], "abduction_victim"),
    ("ET", "2022-05-11", "Gumuz militants killed 20 Amhara civilians in Metekel zone (Benishangul-Gumuz).",
     [["Gumuz Ethnic Militia (Ethiopia)"], ["Civilians (Ethiopia)"]], ["Amhara Ethnic Group (Ethiopia)"],
     "ethnic_militia"),
    ("ET", "2022-02-27", "Afar and Issa militias clashed near Gedamaytu (Afar), leaving 9 dead.",
     [["Afar Ethnic Militia (Ethiopia)"], ["Issa Clan Militia (Ethiopia)", "Somali Ethnic Militia (Ethiopia)",
                                           "Issa Ethnic Militia (Ethiopia)"]], [], "ethnic_militia"),  # unsure
    ("KE", "2022-09-30", "Pokot raiders attacked herders in Tiaty (Baringo) and stole livestock, killing two.",
     [["Pokot Ethnic Militia (Kenya)"], ["Civilians (Kenya)"]], [], "ethnic_militia"),
    ("KE", "2023-02-14", "Turkana and Pokot herders clashed over pasture in Kapedo (Turkana), killing three.",
     [["Turkana Ethnic Militia (Kenya)"], ["Pokot Ethnic Militia (Kenya)"]], [], "ethnic_militia"),
    ("CD", "2023-07-06", "Teke and Yaka communal militiamen clashed in Kwamouth (Mai-Ndombe), killing five.",
     [["Teke Ethnic Militia (Democratic Republic of Congo)", "Mobondo Militia"],
      ["Yaka Ethnic Militia (Democratic Republic of Congo)", "Mobondo Militia"]], [], "ethnic_militia"),  # unsure
    ("CM", "2021-08-10", "Arab Choa and Mousgoum herders and fishermen clashed in Ouloumsa (Far North), leaving ten "
     "dead.", [["Arab Ethnic Militia (Cameroon)", "Choa Arab Ethnic Militia (Cameroon)"],
               ["Mousgoum Ethnic Militia (Cameroon)", "Musgum Ethnic Militia (Cameroon)"]], [], "ethnic_militia"),
    ("PG", "2023-02-20", "tribal fighters clashed in Wapenamanda (Enga), leaving 15 men dead.",
     [[UCM + " (Papua New Guinea)"], [UCM + " (Papua New Guinea)"]], [], "communal_militia"),
    ("PG", "2024-02-18", "Sikin tribesmen ambushed Kaekin fighters near Akom (Enga), killing dozens.",
     [["Sikin Clan Militia (Papua New Guinea)", "Sikin Communal Militia (Papua New Guinea)", UCM + " (Papua New Guinea)"],
      ["Kaekin Clan Militia (Papua New Guinea)", "Kaekin Communal Militia (Papua New Guinea)", UCM + " (Papua New Guinea)"]],
     [], "clan_militia"),  # unsure
    ("IN", "2023-05-03", "Kuki and Meitei mobs clashed in Churachandpur (Manipur) after a tribal solidarity march.",
     [["Kuki Ethnic Militia (India)", "Rioters (India)"], ["Meitei Ethnic Militia (India)", "Rioters (India)"]], [],
     "ethnic_militia"),
    ("ZA", "2023-03-19", "private security guards shot dead two suspected robbers at a mine in Rustenburg (North "
     "West).", [["Private Security Forces (South Africa)"], [UAG + " (South Africa)", "Civilians (South Africa)"]],
     [], "private_security"),
    ("ZA", "2022-08-01", "security guards of a mining company clashed with illegal miners near Krugersdorp (Gauteng).",
     [["Private Security Forces (South Africa)"], ["Zama Zamas", "Civilians (South Africa)", UAG + " (South Africa)"]],
     [], "private_security"),  # unsure: ACLED's name of illegal miners
    ("PE", "2023-08-15", "security guards of a mining company fired on informal miners near Pataz (La Libertad), "
     "wounding five.", [["Private Security Forces (Peru)"], ["Civilians (Peru)"]], [], "private_security"),
    ("KE", "2022-12-07", "guards of a tea estate shot dead a villager accused of trespassing in Kericho.",
     [["Private Security Forces (Kenya)"], ["Civilians (Kenya)"]], [], "private_security"),
    ("CD", "2022-04-14", "guards of a mining company shot dead two artisanal miners at a copper mine near Kolwezi "
     "(Lualaba).", [["Private Security Forces (Democratic Republic of Congo)"],
                     ["Civilians (Democratic Republic of Congo)"]], [], "private_security"),
    # --- prisons ---
    ("EC", "2021-09-28", "rival gangs fought inside the Litoral Penitentiary in Guayaquil, killing 119 inmates.",
     [["Los Choneros", "Los Lobos", "Unidentified Gang (Ecuador)"], ["Los Lobos", "Los Choneros", "Unidentified Gang (Ecuador)"]],
     [], "prison"),  # unsure
    ("GN", "2023-11-04", "armed commandos attacked the central prison of Conakry and freed former junta leader Dadis "
     "Camara; clashes with prison guards followed.", [[UAG + " (Guinea)"], [mil("Guinea", "2021-"), pol("Guinea", "2021-"), "Prison Guards (Guinea)"]],
     [], "prison"),  # unsure
    ("NG", "2022-07-05", "ISWAP militants attacked the Kuje custodial centre (FCT) and freed hundreds of inmates.",
     [["Islamic State (West Africa) - Lake Chad Faction", "Islamic State (West Africa)"], [pol("Nigeria", "2015-2023"), "Prison Guards (Nigeria)"]],
     [], "prison"),  # unsure: the correctional service
    ("HN", "2024-03-01", "prison guards fired tear gas at inmates who rioted at the National Penitentiary in Tamara.",
     [["Rioters (Honduras)", "Prisoners (Honduras)"], [pol("Honduras", "2022-"), "Prison Guards (Honduras)"]], [],
     "prison"),  # unsure
    # --- labour, students, women, lawyers, journalists ---
    ("ZA", "2022-08-24", "workers of the public sector marched to Parliament in Cape Town to demand wage increases.",
     [["Protesters (South Africa)"], []], ["Labour Group (South Africa)"], "crowd_identity"),
    ("NG", "2023-06-05", "members of the Nigeria Labour Congress protested fuel subsidy removal in Abuja.",
     [["Protesters (Nigeria)"], []], ["NLC: Nigeria Labour Congress", "Labour Group (Nigeria)"], "crowd_identity"),  # unsure
    ("AR", "2024-01-24", "workers of the CGT held a general strike and marched to Congress in Buenos Aires.",
     [["Protesters (Argentina)"], []], ["Labour Group (Argentina)", "CGT: General Confederation of Labour"],
     "crowd_identity"),  # unsure
    ("AR", "2024-06-12", "police fired rubber bullets and water cannon at protesters outside Congress in Buenos Aires.",
     [["Protesters (Argentina)", "Rioters (Argentina)"], [pol("Argentina", "2023-")]], [], "intervention"),
    ("BO", "2023-03-22", "truckers blocked the highway between La Paz and Oruro to protest fuel shortages.",
     [["Protesters (Bolivia)"], []], ["Labour Group (Bolivia)"], "crowd_identity"),
    ("KR", "2023-05-31", "police detained union members who had climbed a steel tower during a sit-in in Gwangyang.",
     [["Protesters (South Korea)"], [pol("South Korea", "2022-2025")]], ["Labour Group (South Korea)"], "intervention"),
    ("UG", "2024-07-23", "police arrested dozens of young protesters marching to Parliament against corruption in "
     "Kampala.", [["Protesters (Uganda)"], [pol("Uganda", "1986-")]], [], "intervention"),
    ("UG", "2021-01-14", "security forces fired tear gas at NUP supporters in Kampala after the election.",
     [["Protesters (Uganda)"], [pol("Uganda", "1986-"), mil("Uganda", "1986-")]], ["NUP: National Unity Platform"],
     "intervention"),
    ("ZW", "2022-01-20", "teachers demonstrated outside the education ministry in Harare demanding US dollar salaries.",
     [["Protesters (Zimbabwe)"], []], ["Teachers (Zimbabwe)"], "crowd_identity"),
    ("ZW", "2023-08-05", "ZANU-PF supporters attacked CCC supporters at a rally in Gokwe (Midlands).",
     [["ZANU-PF: Zimbabwe African National Union-Patriotic Front"], ["CCC: Citizens Coalition for Change"]], [],
     "party_violence"),
    ("SN", "2023-06-01", "supporters of Ousmane Sonko clashed with police in Dakar and Ziguinchor after his "
     "sentencing.", [["Rioters (Senegal)", "Protesters (Senegal)"], [pol("Senegal", "2012-2024")]], [],
     "period_police"),
    ("SN", "2021-03-05", "students clashed with gendarmes at Cheikh Anta Diop University in Dakar.",
     [["Rioters (Senegal)", "Protesters (Senegal)"], [pol("Senegal", "2012-2024"), mil("Senegal", "2012-2024")]],
     ["Students (Senegal)"], "intervention"),
    ("CI", "2020-08-13", "opposition supporters protesting a third term clashed with police in Daoukro.",
     [["Rioters (Ivory Coast)", "Protesters (Ivory Coast)"], [pol("Ivory Coast", "2011-")]], [], "intervention"),
    ("TG", "2024-06-26", "police arrested journalists covering a protest of the opposition in Lome.",
     [[pol("Togo", "2005-")], ["Civilians (Togo)", "Protesters (Togo)"]], ["Journalists (Togo)"], "arrest_victim"),
    ("MG", "2025-09-25", "police fired tear gas at young protesters angered by power and water cuts in Antananarivo.",
     [["Protesters (Madagascar)", "Rioters (Madagascar)"], [pol("Madagascar", "2019-2025")]], [], "intervention"),
    ("MW", "2022-08-10", "police fired tear gas at protesters demonstrating against the cost of living in Lilongwe.",
     [["Protesters (Malawi)"], [pol("Malawi", "2020-2025")]], [], "intervention"),
    ("ZM", "2021-08-20", "UPND cadres attacked PF supporters at a market in Lusaka after the elections.",
     [["UPND: United Party for National Development"], ["PF: Patriotic Front", "Civilians (Zambia)"]], [],
     "party_violence"),  # unsure
    ("TZ", "2025-10-29", "police shot dead protesters who had taken to the streets of Dar es Salaam on election day.",
     [["Protesters (Tanzania)", "Rioters (Tanzania)"], [pol("Tanzania", "2021-")]], [], "intervention"),
    ("EG", "2020-09-20", "police arrested dozens of people who protested against building demolitions in Giza.",
     [["Protesters (Egypt)"], [pol("Egypt", "2014-")]], [], "intervention"),
    ("DZ", "2021-05-14", "police arrested protesters of the Hirak movement in Algiers.",
     [["Protesters (Algeria)"], [pol("Algeria", "2019-")]], [], "intervention"),
    ("MA", "2025-09-30", "youths of the GenZ 212 movement clashed with police in Inezgane; two were shot dead.",
     [["Rioters (Morocco)", "Protesters (Morocco)"], [pol("Morocco", "1999-")]], [], "intervention"),
    ("JO", "2022-12-16", "truck drivers blocked roads in Maan to protest fuel prices; a police officer was shot dead.",
     [["Rioters (Jordan)", "Protesters (Jordan)"], [pol("Jordan", "1999-")]], ["Labour Group (Jordan)"],
     "intervention"),
    ("GE", "2024-12-01", "riot police used water cannon against protesters outside Parliament in Tbilisi.",
     [["Protesters (Georgia)", "Rioters (Georgia)"], [pol("Georgia", "2012-")]], [], "intervention"),
    ("RS", "2025-03-15", "students protested against corruption in Belgrade; no incidents were reported.",
     [["Protesters (Serbia)"], []], ["Students (Serbia)"], "crowd_identity"),
    ("KZ", "2022-01-05", "rioters stormed the city administration building in Almaty; police fired stun grenades.",
     [["Rioters (Kazakhstan)"], [pol("Kazakhstan", "2019-")]], [], "intervention"),
    ("BY", "2020-08-10", "riot police beat protesters disputing the election result in Minsk.",
     [["Protesters (Belarus)"], [pol("Belarus", "1994-")]], [], "intervention"),
    ("PY", "2021-03-05", "protesters demanding the resignation of President Abdo Benitez clashed with police in "
     "Asuncion.", [["Rioters (Paraguay)", "Protesters (Paraguay)"], [pol("Paraguay", "2018-2023")]], [],
     "period_police"),
    ("NI", "2018-05-30", "pro-government armed men fired on a Mothers' Day march in Managua, killing several.",
     [["Pro-Government Militia (Nicaragua)", UAG + " (Nicaragua)"], ["Protesters (Nicaragua)"]], ["Women (Nicaragua)"],
     "force_on_crowd"),  # unsure
    ("VE", "2024-07-29", "colectivos attacked protesters rejecting the election result in Caracas.",
     [["Colectivos", "Pro-Government Militia (Venezuela)"], ["Protesters (Venezuela)"]], [], "force_on_crowd"),  # unsure
    ("CU", "2021-07-11", "police detained protesters in San Antonio de los Banos during anti-government "
     "demonstrations.", [["Protesters (Cuba)"], [pol("Cuba", "2019-")]], [], "intervention"),  # unsure: the period
    ("PK", "2024-03-08", "women held an Aurat March in Islamabad; police stopped them at the press club.",
     [["Protesters (Pakistan)"], [pol("Pakistan", "2024-")]], ["Women (Pakistan)"], "intervention"),
    ("PK", "2023-11-02", "lawyers protested outside the Lahore High Court against the arrest of a colleague; police "
     "baton-charged them.", [["Protesters (Pakistan)"], [pol("Pakistan", "2022-2024")]], ["Lawyers (Pakistan)"],
     "intervention"),
    ("TR", "2025-03-20", "police fired pepper spray at students protesting the detention of Istanbul's mayor.",
     [["Protesters (Turkey)"], [pol("Turkey", "2016-")]], ["Students (Turkey)"], "intervention"),
    ("LK", "2023-01-23", "police fired tear gas and water cannon at university students marching in Colombo.",
     [["Protesters (Sri Lanka)"], [pol("Sri Lanka", "2022-2024")]], ["Students (Sri Lanka)"], "intervention"),
    ("NP", "2025-09-08", "police opened fire on youths protesting a social media ban near Parliament in Kathmandu, "
     "killing 19.", [["Protesters (Nepal)", "Rioters (Nepal)"], [pol("Nepal", "2015-2025")]], [], "period_police"),
    ("ID", "2025-08-28", "a police armoured vehicle ran over a delivery driver during protests in Jakarta.",
     [["Protesters (Indonesia)", "Rioters (Indonesia)"], [pol("Indonesia", "2024-")]], [], "intervention"),
    ("KH", "2021-11-18", "security guards and police beat striking casino workers in Phnom Penh.",
     [["Protesters (Cambodia)"], [pol("Cambodia", "1985-2023"), "Private Security Forces (Cambodia)"]],
     ["Labour Group (Cambodia)"], "intervention"),
    ("IQ", "2019-10-05", "security forces fired live rounds at protesters in Baghdad, killing dozens.",
     [["Protesters (Iraq)"], [pol("Iraq", "2018-2020"), mil("Iraq", "2018-2020")]], [], "period_police"),  # unsure
    ("LB", "2021-10-14", "snipers fired on Hezbollah and Amal supporters marching against the Beirut port judge in "
     "Tayouneh.", [[UAG + " (Lebanon)", "LF: Lebanese Forces"], ["Protesters (Lebanon)"]],
     ["Hezbollah", "Amal Movement"], "force_on_crowd"),
    # --- arrests, abductions and their victims ---
    ("ML", "2023-03-14", "JNIM militants abducted five traders travelling between Niono and Dogofry (Segou).",
     [["JNIM: Group for Support of Islam and Muslims"], ["Civilians (Mali)"]], [], "abduction_victim"),
    ("NE", "2024-04-10", "suspected Islamic State Sahel Province militants abducted a village chief in Anzourou "
     "(Tillaberi).", [["Islamic State (Sahel)"], ["Civilians (Niger)"]], [], "abduction_victim"),
    ("NG", "2023-08-17", "bandits abducted 23 worshippers from a mosque in Maru (Zamfara).",
     [[UAG + " (Nigeria)"], ["Civilians (Nigeria)"]], ["Muslim Group (Nigeria)"], "abduction_victim"),
    ("CM", "2022-05-18", "Ambazonian separatists abducted a councillor in Bamenda (Northwest).",
     [["Ambazonian Separatists (Cameroon)"], ["Civilians (Cameroon)"]], [], "abduction_victim"),
    ("HT", "2022-10-14", "gang members of 400 Mawozo kidnapped a bus driver and his passengers in Croix-des-Bouquets "
     "(Ouest).", [["400 Mawozo"], ["Civilians (Haiti)"]], [], "abduction_victim"),
    ("MZ", "2022-06-08", "insurgents abducted seven women in Ancuabe (Cabo Delgado).",
     [["Islamic State Mozambique Province", UAG + " (Mozambique)"], ["Civilians (Mozambique)"]], ["Women (Mozambique)"],
     "abduction_victim"),
    ("CO", "2023-10-28", "ELN guerrillas kidnapped the father of a football player in Barrancas (La Guajira).",
     [["ELN: National Liberation Army"], ["Civilians (Colombia)"]], [], "abduction_victim"),
    ("PH", "2022-11-15", "Abu Sayyaf militants kidnapped two fishermen off Sulu.",
     [["Abu Sayyaf Group"], ["Civilians (Philippines)"]], ["Fishers (Philippines)"], "abduction_victim"),  # unsure: assoc
    ("RU", "2022-09-22", "police detained protesters rallying against mobilisation in Moscow.",
     [["Protesters (Russia)"], [pol("Russia", "2000-")]], [], "intervention"),
    ("IR", "2022-09-21", "security forces arrested women who burnt their headscarves at a protest in Sari.",
     [["Protesters (Iran)"], [pol("Iran", "1989-")]], ["Women (Iran)"], "intervention"),
    ("EG", "2022-11-08", "police arrested a journalist in Cairo after an article criticising the government.",
     [[pol("Egypt", "2014-")], ["Civilians (Egypt)"]], ["Journalists (Egypt)"], "arrest_victim"),
    ("RW", "2023-03-10", "police arrested an opposition politician in Kigali.",
     [[pol("Rwanda", "2000-")], ["Civilians (Rwanda)"]], [], "arrest_victim"),
    ("BI", "2022-04-12", "Imbonerakure members beat and arrested a CNL supporter in Kirundo.",
     [["Imbonerakure"], ["Civilians (Burundi)"]], ["CNL: National Congress for Liberty"], "arrest_victim"),  # unsure
    ("ET", "2023-08-10", "security forces arrested journalists in Addis Ababa during the state of emergency.",
     [[pol("Ethiopia", "2018-"), mil("Ethiopia", "2018-")], ["Civilians (Ethiopia)"]], ["Journalists (Ethiopia)"],
     "arrest_victim"),
    ("AZ", "2023-11-20", "police arrested three journalists of an independent outlet in Baku.",
     [[pol("Azerbaijan", "2003-")], ["Civilians (Azerbaijan)"]], ["Journalists (Azerbaijan)"], "arrest_victim"),
    ("TJ", "2022-05-18", "security forces shot dead protesters in Rushan (Gorno-Badakhshan).",
     [[pol("Tajikistan", "1994-"), mil("Tajikistan", "1994-")], ["Protesters (Tajikistan)"]], [], "force_on_crowd"),
    ("SS", "2023-01-12", "NSS officers arrested six journalists in Juba over a video of the president.",
     [[pol("South Sudan", "2011-"), mil("South Sudan", "2011-")], ["Civilians (South Sudan)"]],
     ["Journalists (South Sudan)"], "arrest_victim"),
    ("AF", "2023-03-27", "Taliban intelligence agents detained a girls' education activist in Kabul.",
     [[pol("Afghanistan", "2021-", "General Directorate of Intelligence"), mil("Afghanistan", "2021-")],
      ["Civilians (Afghanistan)"]], [], "arrest_victim"),
    ("VE", "2024-08-02", "SEBIN agents arrested an opposition leader in Caracas.",
     [[pol("Venezuela", "2013-")], ["Civilians (Venezuela)"]], [], "arrest_victim"),
    ("NI", "2021-06-02", "police arrested opposition presidential hopeful Cristiana Chamorro at her home in Managua.",
     [[pol("Nicaragua", "2007-")], ["Civilians (Nicaragua)"]], [], "arrest_victim"),
    # --- interceptions ---
    ("SA", "2022-03-20", "Saudi air defences intercepted a Houthi drone over Jizan.",
     [["Military Forces of Yemen (2016-) Supreme Political Council"], [mil("Saudi Arabia", "2015-")]], [],
     "interception"),
    ("IL", "2024-04-14", "Israeli air defences intercepted Iranian drones and missiles over the Negev.",
     [[mil("Iran", "1989-")], [mil("Israel", "2022-")]], [], "interception"),
    ("UA", "2023-05-16", "Ukrainian air defences intercepted Russian missiles over Kyiv.",
     [[mil("Russia", "2000-")], [mil("Ukraine", "2019-")]], [], "interception"),
    ("AE", "2022-01-24", "Emirati air defences intercepted two Houthi ballistic missiles over Abu Dhabi.",
     [["Military Forces of Yemen (2016-) Supreme Political Council"], [mil("the United Arab Emirates", "2022-")]], [],
     "interception"),
    ("IQ", "2023-10-18", "US forces intercepted drones launched at Ain al-Asad airbase (Al Anbar).",
     [[UAG + " (Iraq)", "Islamic Resistance in Iraq"], [mil("the United States", "2021-2025")]], [], "interception"),
    ("PK", "2024-05-02", "security forces intercepted a group of militants crossing from Afghanistan in North "
     "Waziristan and killed seven.", [[mil("Pakistan", "2024-")], [UAG + " (Pakistan)", "TTP: Tehreek-i-Taliban Pakistan"]],
     [], "interception"),
    ("MA", "2023-06-16", "the Royal Navy intercepted migrants trying to reach the Canary Islands off Tarfaya.",
     [[mil("Morocco", "1999-")], ["Civilians (Morocco)", "Migrants (Morocco)"]], [], "interception"),  # unsure
    ("LY", "2024-07-03", "the coast guard intercepted a boat of migrants off Zuwara and fired on it.",
     [[mil("Libya", "2021-"), "Military Forces of Libya (2021-) Government of National Unity"], ["Civilians (Libya)"]],
     [], "interception"),  # unsure
    # --- lone attackers (ACLED's Sole Perpetrator is the United States' name; elsewhere rioters or an unidentified
    # armed group, as the project codes them), unidentified forces ---
    ("DE", "2024-05-31", "a man stabbed five people at an anti-Islam rally in Mannheim (Baden-Wurttemberg).",
     [["Rioters (Germany)", UAG + " (Germany)"], ["Civilians (Germany)", "Protesters (Germany)"]], [], "lone_attacker"),
    ("NO", "2022-06-25", "a gunman opened fire outside a gay bar in Oslo, killing two people.",
     [[UAG + " (Norway)", "Rioters (Norway)"], ["Civilians (Norway)"]], ["LGBT (Norway)"], "lone_attacker"),
    ("SK", "2022-10-12", "a lone gunman shot dead two men outside a gay bar in Bratislava.",
     [[UAG + " (Slovakia)", "Rioters (Slovakia)"], ["Civilians (Slovakia)"]], ["LGBT (Slovakia)"], "lone_attacker"),
    ("JP", "2022-07-08", "a man shot dead former Prime Minister Abe during a campaign speech in Nara.",
     [[UAG + " (Japan)", "Rioters (Japan)"], ["Civilians (Japan)"]], [], "lone_attacker"),
    ("AU", "2024-04-15", "a teenager stabbed a bishop during a church service in Sydney (New South Wales).",
     [["Rioters (Australia)", UAG + " (Australia)"], ["Civilians (Australia)"]], [], "lone_attacker"),
    ("US", "2023-05-06", "a gunman opened fire at an outlet mall in Allen (Texas), killing eight people.",
     [["Sole Perpetrator (United States)"], ["Civilians (United States)"]], [], "lone_attacker"),
    ("LA", "2023-04-11", "an unexploded bomb dropped decades ago exploded in a rice field in Xiangkhouang, killing a "
     "farmer.", [["Unidentified Military Forces"], ["Civilians (Laos)"]], [], "unidentified_military"),
    ("KH", "2022-01-04", "a landmine left from the civil war exploded under a tractor in Preah Vihear, killing three "
     "men.", [["Unidentified Military Forces"], ["Civilians (Cambodia)"]], [], "unidentified_military"),
    ("LY", "2023-02-09", "unidentified aircraft struck positions near Al Kufrah airport.",
     [["Unidentified Military Forces", "Unidentified Air Force"], []], [], "unidentified_military"),  # unsure
    # --- a state region's police, army or militia ---
    ("SO", "2023-02-06", "Puntland forces clashed with SSC-Khatumo fighters in Laascaanood (Sool).",
     [["Military Forces of Puntland (1998-)", "Military Forces of Somaliland (1991-)"], ["SSC-Khatumo", UCM + " (Somalia)",
                                                                                        "Dhulbahante Clan Militia (Somalia)"]],
     [], "state_region"),  # unsure: the pair at Laascaanood was Somaliland's
    ("SO", "2024-01-17", "Puntland police arrested a journalist in Garowe (Nugaal).",
     [["Police Forces of Puntland (1998-)"], ["Civilians (Somalia)"]], ["Journalists (Somalia)"], "state_region"),
    ("SO", "2022-11-13", "Somaliland police fired on protesters in Laascaanood (Sool), killing two.",
     [["Police Forces of Somaliland (1991-)"], ["Protesters (Somalia)"]], [], "state_region"),
    ("SO", "2024-12-11", "Jubaland forces clashed with federal troops in Ras Kamboni (Lower Juba).",
     [["Military Forces of Jubaland", "Jubaland Security Forces"], [mil("Somalia", "2022-")]], [],
     "state_region"),  # unsure: ACLED's form of Jubaland's forces
    ("ET", "2023-04-09", "Amhara regional special forces clashed with federal troops in Kobo (Amhara) over the "
     "dissolution of regional forces.", [["Amhara Regional Special Forces", "Military Forces of Ethiopia (2018-) Amhara Regional Special Forces",
                                            "Fano Militia"], [mil("Ethiopia", "2018-")]], [], "state_region"),  # unsure
    ("IQ", "2023-09-02", "Kurdish and Arab protesters clashed in Kirkuk; security forces fired on them, killing four.",
     [["Rioters (Iraq)", "Protesters (Iraq)"], [pol("Iraq", "2022-"), mil("Iraq", "2022-")]],
     ["Kurdish Ethnic Group (Iraq)", "Arab Ethnic Group (Iraq)"], "intervention"),
    ("IQ", "2022-12-04", "Peshmerga forces clashed with PKK militants in Sidakan (Erbil).",
     [["Military Forces of Iraq (2022-) Peshmerga"], ["PKK: Kurdistan Workers Party"]], [], "state_region"),
    ("NG", "2021-06-15", "Amotekun operatives clashed with herders near Igangan (Oyo), killing two.",
     [["Amotekun Corps", "Western Nigeria Security Network", "Oyo Communal Militia (Nigeria)"],
      ["Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)"]], [], "state_region"),  # unsure
    ("IN", "2022-06-17", "protesters against the Agnipath scheme set trains on fire in Secunderabad (Telangana); "
     "railway police opened fire, killing one.", [["Rioters (India)"], [pol("India", "2014-")]], [],
     "intervention"),
    ("MX", "2023-01-05", "state police clashed with members of the Sinaloa Cartel in Culiacan after the arrest of "
     "Ovidio Guzman.", [[pol("Mexico", "2018-2024")], ["Sinaloa Cartel"]], [], "state_region"),
    ("BR", "2022-05-24", "military police killed 23 suspected gang members in a raid in Vila Cruzeiro (Rio de "
     "Janeiro).", [[pol("Brazil", "2019-2022", "Military Police")], ["CV: Red Command", "Unidentified Gang (Brazil)"]],
     [], "state_region"),
    ("US", "2020-06-01", "National Guard troops and police fired tear gas on protesters in Washington, DC.",
     [["Protesters (United States)"], [pol("the United States", "2017-2021"), mil("the United States", "2017-2021")]],
     [], "intervention"),
    ("GB", "2024-08-04", "rioters attacked a hotel housing asylum seekers in Rotherham; police were injured.",
     [["Rioters (United Kingdom)"], [pol("the United Kingdom", "2024-"), "Civilians (United Kingdom)"]], [],
     "intervention"),
    ("FR", "2023-06-29", "rioters set fire to a town hall and clashed with police in Nanterre.",
     [["Rioters (France)"], [pol("France", "2017-")]], [], "intervention"),
    # --- more victims and their identity ---
    ("BJ", "2022-02-08", "militants attacked a patrol of park rangers in W National Park (Alibori), killing five "
     "rangers.", [[UAG + " (Benin)", "JNIM: Group for Support of Islam and Muslims"], ["Civilians (Benin)",
                                                                                      mil("Benin", "2016-")]],
     [], "named_victim"),  # unsure: rangers of African Parks
    ("TG", "2022-05-11", "militants attacked an army post in Kpinkankandi (Savanes), killing eight soldiers.",
     [[UAG + " (Togo)", "JNIM: Group for Support of Islam and Muslims"], [mil("Togo", "2005-")]], [], "named_victim"),
    ("CI", "2021-03-29", "militants attacked an army post in Kafolo (Savanes) near the Burkinabe border, killing "
     "three soldiers.", [[UAG + " (Ivory Coast)", "JNIM: Group for Support of Islam and Muslims"],
                         [mil("Ivory Coast", "2011-")]], [], "named_victim"),
    ("MZ", "2023-10-24", "police shot dead protesters disputing the municipal election results in Nampula.",
     [[pol("Mozambique", "1990-2025")], ["Protesters (Mozambique)"]], [], "force_on_crowd"),
    ("AO", "2023-06-05", "police shot dead taxi drivers protesting fuel price rises in Huambo.",
     [[pol("Angola", "2017-")], ["Protesters (Angola)"]], ["Labour Group (Angola)"], "force_on_crowd"),
    ("SZ", "2021-06-29", "soldiers fired on pro-democracy protesters in Mbabane, killing several.",
     [[mil("Eswatini", "1986-")], ["Protesters (Eswatini)"]], [], "force_on_crowd"),
    ("LS", "2022-08-02", "police shot dead a taxi operator during a strike in Maseru.",
     [[pol("Lesotho", "2020-2022")], ["Civilians (Lesotho)", "Protesters (Lesotho)"]], ["Labour Group (Lesotho)"],
     "force_on_crowd"),
    ("MR", "2023-05-31", "police fired tear gas at protesters after the death in custody of a young man in Boghe.",
     [["Protesters (Mauritania)", "Rioters (Mauritania)"], [pol("Mauritania", "2019-")]], [], "intervention"),
    ("GW", "2022-02-01", "armed men attacked the government palace in Bissau; the presidential guard repelled them.",
     [[UAG + " (Guinea-Bissau)", "Mutiny of Military Forces of Guinea-Bissau (2020-)"], [mil("Guinea-Bissau", "2020-")]],
     [], "named_victim"),  # unsure
    ("KG", "2022-09-16", "Tajik forces shelled the border village of Ak-Sai (Batken), killing civilians.",
     [[mil("Tajikistan", "1994-")], ["Civilians (Kyrgyzstan)"]], [], "forces_abroad"),
    ("AM", "2022-09-13", "Azerbaijani forces shelled Jermuk (Vayots Dzor).",
     [[mil("Azerbaijan", "2003-")], ["Civilians (Armenia)", mil("Armenia", "2018-")]], [], "forces_abroad"),
    ("MY", "2023-09-20", "police raided a Rohingya settlement and detained migrants in Kedah.",
     [[pol("Malaysia", "2022-")], ["Civilians (Myanmar)", "Civilians (Malaysia)"]], ["Rohingya Ethnic Group (Malaysia)"],
     "arrest_victim"),  # unsure
    ("TH", "2023-03-14", "insurgents detonated a bomb against a ranger patrol in Rueso (Narathiwat), wounding three "
     "rangers.", [[UAG + " (Thailand)", "BRN: National Revolutionary Front"], [mil("Thailand", "2014-2023")]], [],
     "period_mil"),
    ("DO", "2024-10-10", "soldiers detained Haitian migrants in Dajabon.",
     [[mil("the Dominican Republic", "2020-")], ["Civilians (Haiti)"]], [], "arrest_victim"),
    ("JM", "2023-07-12", "police shot dead two men during an operation in Spanish Town (Saint Catherine).",
     [[pol("Jamaica", "2016-")], ["Civilians (Jamaica)", "Unidentified Gang (Jamaica)"]], [], "named_victim"),
    ("TT", "2024-01-03", "gunmen shot dead three men in Laventille.",
     [[UAG + " (Trinidad and Tobago)", "Unidentified Gang (Trinidad and Tobago)"], ["Civilians (Trinidad and Tobago)"]],
     [], "named_victim"),
)


STATE = re.compile(r"^((?:Military|Police) Forces of |Government of )(.+?) \((\d{4}-(?:\d{4})?)\)")


def pair_ok(got: tuple, slots: list) -> bool:
    """The scorer's test: each slot is filled by a distinct predicted actor, order-free, a state's unit optional."""
    names = [norm(x, False) for x in got]
    accepted = [{n for x in slot for n in (norm(x, False), norm(_base(x), False))} if slot else None for slot in slots]
    return any(all(a is None or names[i] in a for a, i in zip(accepted, order)) for order in ((0, 1), (1, 0)))


def period_ok(got: tuple, slots: list) -> bool | None:
    """Each predicted state body whose country a gold name gives a period carries that period; None: nothing to test."""
    want = {}
    for slot in slots:
        for x in slot:
            m = STATE.match(x)
            if m:
                want[m.group(2)] = m.group(3)
    tested = [(m.group(2), m.group(3)) for m in (STATE.match(x or "") for x in got) if m and m.group(2) in want]
    return all(want[c] == p for c, p in tested) if tested else None


def main() -> int:
    args, only, pipe = note_options(__doc__)
    ok, total, per_ok, per_total, assoc_ok, assoc_total = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    failures = []
    for cc, day, note, slots, assoc, shape in NOTES:
        if only and cc not in only:
            continue
        text, event, got = coded_note(pipe, day, note, "period")
        right = event is not None and pair_ok(got, slots)
        period = period_ok(got, slots) if right else None
        found = associates_found(event, assoc)
        for key in (shape, "all"):
            total[key] += 1
            ok[key] += right
            per_total[key] += period is not None
            per_ok[key] += bool(period)
            assoc_total[key] += len(assoc)
            assoc_ok[key] += len(found)
        if not right or period is False or len(found) < len(assoc):
            failures.append(failure(cc, shape, got, slots, assoc, found, text))
    report(NOTES, only, total, "| shape | notes | pair right | period right | associates found |",
           lambda key: (f"{ok[key] / total[key]:.3f}", f"{per_ok[key]}/{per_total[key]}" if per_total[key] else "-",
                        f"{assoc_ok[key]}/{assoc_total[key]}" if assoc_total[key] else "-"),
           failures, args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
