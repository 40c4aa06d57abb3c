"""Merge stress set: invented wire reports of one event from several outlets and languages, and distractors.

    PYTHONPATH=. .venv/bin/python bench/merge_stress.py [--cache /tmp/merge_stress.jsonl] [--show-failures]

The project's merge cluster (eval/merge_cluster) is one siege told by nine articles: it cannot show whether
the matching rules hold elsewhere. These reports, all written for this bench (never taken from a dev text), tell
some thirty events across many conflicts, two to four outlets each, English and French, with what really
differs between outlets: tolls given and revised, days given relative to other publication days ("on
Tuesday", "hier", "dans la nuit de samedi à dimanche"), places spelt differently or given as a village, its
district or "40 km from X", actors named differently ("jihadists", "JNIM"). Distractors must stay apart: the
same place on another day, the same day in a nearby town, a follow-up protest, a recap naming the event as
background. Each report is coded by the real pipeline, the events merged by ``sitrep.merge.merge_events``,
and the grouping scored by ../shared/eval/score_merge.py against the gold below (one cluster label per real
event). ``--cache`` keeps the coded events, so a change to merging alone is measured without coding again.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from sitrep.evaluation.paths import shared_dir
from sitrep.types import Article, Event

VAC, BAT, ERV, PRO = "Violence against civilians", "Battles", "Explosions/Remote violence", "Protests"
# cluster -> (event types accepted, date, place, country, latitude, longitude, radius km, status)
CLUSTERS = {
    "ml-boni": ((BAT, VAC), "2024-03-12", "Boni", "ML", 15.05, -1.96, 25, "reported"),
    "ml-boni-later": ((VAC, BAT), "2024-03-20", "Boni", "ML", 15.05, -1.96, 25, "reported"),
    "ml-douentza": ((BAT, VAC), "2024-04-01", "Douentza", "ML", 15.00, -2.95, 15, "reported"),
    "ml-boni-bg": ((BAT, VAC), None, "Boni", "ML", 15.05, -1.96, 25, "historical"),
    "bf-djibo": ((BAT,), "2024-05-26", "Djibo", "BF", 14.10, -1.63, 15, "reported"),
    "ng-mafa": ((VAC,), "2024-06-10", "Mafa", "NG", 11.92, 13.60, 25, "reported"),
    "ng-konduga": ((VAC,), "2024-06-10", "Konduga", "NG", 11.65, 13.42, 15, "reported"),
    "cd-mamove": ((VAC,), "2024-07-07", "Mamove", "CD", 0.80, 29.50, 40, "reported"),
    "cd-sake": ((BAT,), "2024-02-13", "Sake", "CD", -1.57, 29.05, 15, "reported"),
    "cd-sake-later": ((BAT,), "2024-02-17", "Sake", "CD", -1.57, 29.05, 15, "reported"),
    "sd-fasher": ((ERV,), "2024-06-01", "El Fasher", "SD", 13.63, 25.35, 15, "reported"),
    "sd-fasher-protest": ((PRO,), "2024-06-02", "El Fasher", "SD", 13.63, 25.35, 15, "reported"),
    "sd-fasher-hospital": ((ERV,), "2024-06-12", "El Fasher", "SD", 13.63, 25.35, 15, "reported"),
    "sd-fasher-bg": ((ERV,), None, "El Fasher", "SD", 13.63, 25.35, 15, "historical"),
    "sd-madani": ((ERV,), "2024-09-09", "Wad Madani", "SD", 14.40, 33.52, 15, "reported"),
    "so-lido": ((VAC, ERV, BAT), "2024-08-02", "Mogadishu", "SO", 2.04, 45.34, 15, "reported"),
    "so-jilib": ((ERV,), "2024-04-18", "Jilib", "SO", 0.49, 42.77, 25, "reported"),
    "mm-kani": ((ERV,), "2024-04-10", "Kani", "MM", 22.43, 94.85, 40, "reported"),
    "mm-myawaddy": ((BAT,), "2024-04-05", "Myawaddy", "MM", 16.69, 98.51, 25, "reported"),
    "ua-kharkiv": ((ERV,), "2024-10-17", "Kharkiv", "UA", 49.99, 36.23, 15, "reported"),
    "ua-kharkiv-next": ((ERV,), "2024-10-18", "Kharkiv", "UA", 49.99, 36.23, 15, "reported"),
    "ua-chuhuiv": ((ERV,), "2024-10-17", "Chuhuiv", "UA", 49.84, 36.69, 15, "reported"),
    "ua-odesa": ((ERV,), "2024-11-25", "Odesa", "UA", 46.48, 30.73, 15, "reported"),
    "ps-jenin": ((BAT, VAC), "2024-08-28", "Jenin", "PS", 32.46, 35.30, 10, "reported"),
    "ps-jenin-march": ((PRO,), "2024-08-29", "Jenin", "PS", 32.46, 35.30, 10, "reported"),
    "ps-khanyounis": ((ERV,), "2024-07-13", "Khan Yunis", "PS", 31.34, 34.30, 10, "reported"),
    "ps-khanyounis-later": ((ERV,), "2024-07-15", "Khan Yunis", "PS", 31.34, 34.30, 10, "reported"),
    "sy-jisr": ((ERV,), "2024-06-18", "Jisr al-Shughur", "SY", 35.81, 36.32, 15, "reported"),
    "sy-palmyra": ((BAT, ERV), "2024-01-11", "Palmyra", "SY", 34.56, 38.27, 40, "reported"),
    "ye-taiz": ((ERV,), "2024-03-02", "Taiz", "YE", 13.58, 44.02, 15, "reported"),
    "ye-hodeidah": ((ERV,), "2024-02-24", "Hodeidah", "YE", 14.80, 42.95, 25, "reported"),
    "ht-solino": ((VAC,), "2024-10-23", "Port-au-Prince", "HT", 18.54, -72.34, 10, "reported"),
    "ht-petionville": ((BAT,), "2024-10-23", "Petion-Ville", "HT", 18.51, -72.29, 10, "reported"),
    "mx-culiacan": ((BAT,), "2024-09-16", "Culiacan", "MX", 24.80, -107.39, 15, "reported"),
    "mx-culiacan-later": ((VAC,), "2024-09-19", "Culiacan", "MX", 24.80, -107.39, 15, "reported"),
    "mx-chilpancingo": ((BAT, VAC), "2024-05-10", "Chilpancingo", "MX", 17.55, -99.50, 25, "reported"),
    "ne-tillaberi": ((BAT,), "2024-03-20", "Tillaberi", "NE", 14.21, 1.45, 100, "reported"),
    "cm-mozogo": ((VAC,), "2024-01-19", "Mozogo", "CM", 11.13, 13.98, 15, "reported"),
    "et-gondar": ((BAT,), "2024-04-29", "Gondar", "ET", 12.60, 37.47, 15, "reported"),
    "pk-bannu": ((BAT,), "2024-08-15", "Bannu", "PK", 32.99, 70.60, 15, "reported"),
    "mz-macomia": ((BAT,), "2024-05-10", "Macomia", "MZ", -12.25, 40.12, 15, "reported"),
    "lb-nabatieh": ((ERV,), "2024-03-17", "Nabatieh", "LB", 33.38, 35.48, 15, "reported"),
}
# (article id, outlet, language, published, text, clusters it tells)
REPORTS = [
    ("ml-boni-sw", "Sahel Wire", "en", "2024-03-12",
     "Suspected jihadists attacked an army post in Boni, in central Mali's Mopti region, on Tuesday, killing at "
     "least seven soldiers, security sources said.", ["ml-boni"]),
    ("ml-boni-asi", "Agence Sahel Info", "fr", "2024-03-13",
     "Des éléments du JNIM ont attaqué mardi un poste de l'armée malienne à Boni, dans le cercle de Douentza. "
     "Le bilan s'établit à neuf soldats tués, selon une source militaire.", ["ml-boni"]),
    ("ml-boni-bp", "Bamako Post", "en", "2024-03-14",
     "Mali's army said 11 soldiers died in Tuesday's attack by al-Qaeda-linked militants on its base in Boni, "
     "revising an earlier toll.", ["ml-boni"]),
    ("ml-boni-later-sw", "Sahel Wire", "en", "2024-03-21",
     "Gunmen ambushed a convoy of trucks near Boni on Wednesday, killing three civilian drivers, a local "
     "transport union said.", ["ml-boni-later"]),
    ("ml-recap-asi", "Agence Sahel Info", "en", "2024-04-02",
     "Jihadists attacked a gendarmerie checkpoint in Douentza on Monday, killing two gendarmes, a security "
     "source said. The attack came three weeks after an assault on an army post in Boni that killed 11 "
     "soldiers.", ["ml-douentza", "ml-boni-bg"]),
    ("bf-djibo-oe", "Ouaga Express", "fr", "2024-05-27",
     "Dans la nuit de samedi à dimanche, des hommes armés ont attaqué un détachement militaire à Djibo, dans la "
     "province du Soum. Une source sécuritaire fait état d'une vingtaine de morts parmi les assaillants.",
     ["bf-djibo"]),
    ("bf-djibo-sw", "Sahel Wire", "en", "2024-05-26",
     "Armed men stormed a military detachment in the northern Burkina Faso town of Djibo early on Sunday, "
     "security sources said, with dozens of attackers reported killed.", ["bf-djibo"]),
    ("bf-djibo-rs", "Radio Sahel", "fr", "2024-05-28",
     "L'attaque de dimanche contre le camp militaire de Djibo, revendiquée par le JNIM, a fait 23 morts parmi les "
     "assaillants et quatre parmi les soldats, selon l'état-major.", ["bf-djibo"]),
    ("ng-mafa-ll", "Lagos Ledger", "en", "2024-06-11",
     "Boko Haram insurgents killed 12 farmers working on their fields in Mafa, Borno State, on Monday, "
     "residents said.", ["ng-mafa"]),
    ("ng-mafa-kc", "Kano Courier", "en", "2024-06-12",
     "Jihadists killed at least 15 farmers near a village about 10 km from Mafa in Borno State on Monday, a "
     "local militia leader said.", ["ng-mafa"]),
    ("ng-mafa-ad", "Afrique Dépêches", "fr", "2024-06-11",
     "Au moins douze agriculteurs ont été tués lundi par des insurgés de Boko Haram près de Mafa, dans l'État "
     "de Borno, au nord-est du Nigeria.", ["ng-mafa"]),
    ("ng-konduga-ll", "Lagos Ledger", "en", "2024-06-11",
     "Gunmen killed four herders and stole their cattle in Konduga, Borno State, on Monday, police said.",
     ["ng-konduga"]),
    ("cd-mamove-km", "Kivu Matin", "fr", "2024-07-08",
     "Au moins 18 civils ont été tués dans la nuit de samedi à dimanche par des rebelles ADF dans le village de "
     "Mamove, en territoire de Beni, selon la société civile locale.", ["cd-mamove"]),
    ("cd-mamove-glw", "Great Lakes Wire", "en", "2024-07-07",
     "Islamist ADF rebels killed at least 14 people in an overnight raid on a village in North Kivu's Beni "
     "territory, local officials said on Sunday.", ["cd-mamove"]),
    ("cd-mamove-cm", "Congo Monitor", "en", "2024-07-09",
     "The death toll from Sunday's attack by Allied Democratic Forces militants on Mamove, about 40 km north of "
     "Beni, has risen to 22, the territory administrator said.", ["cd-mamove"]),
    ("cd-sake-glw", "Great Lakes Wire", "en", "2024-02-14",
     "Fighting between M23 rebels and the Congolese army around Sake, 25 km west of Goma, killed at least five "
     "soldiers on Tuesday, military sources said.", ["cd-sake"]),
    ("cd-sake-km", "Kivu Matin", "fr", "2024-02-13",
     "De violents combats ont opposé ce mardi les FARDC aux rebelles du M23 aux abords de Sake, dans le "
     "territoire de Masisi, selon des habitants.", ["cd-sake"]),
    ("cd-sake-rk", "Radio Kivu", "fr", "2024-02-14",
     "Les combats de mardi entre l'armée congolaise et le Mouvement du 23 mars près de Sake ont fait sept morts "
     "du côté des militaires, selon une source hospitalière.", ["cd-sake"]),
    ("cd-sake-later-glw", "Great Lakes Wire", "en", "2024-02-18",
     "Fresh fighting broke out between M23 rebels and Congolese troops near Sake on Saturday, residents said, "
     "forcing hundreds of families to flee towards Goma.", ["cd-sake-later"]),
    ("sd-fasher-nw", "Nile Wire", "en", "2024-06-02",
     "Artillery shelling by the Rapid Support Forces on a market in El Fasher killed nine civilians on Saturday, "
     "medics said.", ["sd-fasher"]),
    ("sd-fasher-ak", "Agence Khartoum", "fr", "2024-06-01",
     "Des tirs d'artillerie des Forces de soutien rapide (FSR) ont frappé samedi un marché d'El-Facher, capitale "
     "du Darfour-Nord, tuant au moins six civils, selon des médecins.", ["sd-fasher"]),
    ("sd-fasher-dt", "Darfur Today", "en", "2024-06-03",
     "Local doctors said 12 civilians died when RSF paramilitaries shelled the main market of al-Fashir on "
     "Saturday.", ["sd-fasher"]),
    ("sd-fasher-protest-nw", "Nile Wire", "en", "2024-06-03",
     "Hundreds of residents marched through El Fasher on Sunday to protest against the shelling of the city's "
     "market, witnesses said.", ["sd-fasher-protest"]),
    ("sd-recap-dt", "Darfur Today", "en", "2024-06-13",
     "Drone strikes on a hospital in El Fasher killed four patients on Wednesday, doctors said. Earlier this "
     "month, RSF shelling of a city market killed a dozen civilians.", ["sd-fasher-hospital", "sd-fasher-bg"]),
    ("sd-madani-nw", "Nile Wire", "en", "2024-09-10",
     "Sudanese army warplanes struck RSF positions in Wad Madani on Monday, killing at least 20 people, "
     "activists said.", ["sd-madani"]),
    ("sd-madani-ak", "Agence Khartoum", "fr", "2024-09-10",
     "L'aviation de l'armée soudanaise a bombardé lundi des positions des FSR à Wad Madani, dans l'État "
     "d'Al-Jazira. Le bilan serait d'une vingtaine de morts.", ["sd-madani"]),
    ("so-lido-hw", "Horn Wire", "en", "2024-08-03",
     "At least 32 people were killed when al-Shabaab gunmen and a suicide bomber attacked a beach restaurant in "
     "Mogadishu on Friday evening, police said.", ["so-lido"]),
    ("so-lido-ac", "Afrique Corne", "fr", "2024-08-03",
     "Au moins 37 personnes ont été tuées vendredi soir dans l'attaque d'un restaurant de la plage du Lido à "
     "Mogadiscio, revendiquée par les shebab.", ["so-lido"]),
    ("so-lido-ss", "Somali Star", "en", "2024-08-02",
     "Explosions and gunfire were heard at a beach in the Somali capital on Friday night after Islamist "
     "militants stormed a restaurant, witnesses said.", ["so-lido"]),
    ("so-jilib-hw", "Horn Wire", "en", "2024-04-19",
     "The US military said it conducted an airstrike near Jilib in southern Somalia on Thursday, killing three "
     "al-Shabaab militants.", ["so-jilib"]),
    ("so-jilib-ac", "Afrique Corne", "fr", "2024-04-20",
     "Le commandement américain pour l'Afrique a annoncé avoir mené jeudi une frappe aérienne près de Jilib, "
     "dans la région du Moyen-Djouba, tuant trois combattants shebab.", ["so-jilib"]),
    ("mm-kani-ir", "Irrawaddy Review", "en", "2024-04-12",
     "A military airstrike on a village in Sagaing Region's Kani township killed 11 civilians on Wednesday, "
     "local resistance groups said.", ["mm-kani"]),
    ("mm-kani-mn", "Myanmar Now Wire", "en", "2024-04-11",
     "Junta jets bombed a monastery in Kani township on Wednesday afternoon, killing at least nine villagers "
     "sheltering there, residents said.", ["mm-kani"]),
    ("mm-kani-ai", "Asie Info", "fr", "2024-04-11",
     "Une frappe aérienne de l'armée birmane a tué mercredi au moins neuf civils dans un monastère du canton de "
     "Kani, dans la région de Sagaing.", ["mm-kani"]),
    ("mm-myawaddy-ir", "Irrawaddy Review", "en", "2024-04-06",
     "Karen rebels and their allies attacked a military battalion base near Myawaddy on Friday, residents of the "
     "border town said.", ["mm-myawaddy"]),
    ("mm-myawaddy-ai", "Asie Info", "fr", "2024-04-06",
     "Des rebelles karens ont attaqué vendredi une base militaire près de Myawaddy, à la frontière thaïlandaise, "
     "selon des habitants.", ["mm-myawaddy"]),
    ("ua-kharkiv-kp", "Kyiv Post Wire", "en", "2024-10-17",
     "Russian missiles hit an industrial area of Kharkiv on Thursday, killing four workers, the regional "
     "governor said.", ["ua-kharkiv"]),
    ("ua-kharkiv-ei", "Europe Info", "fr", "2024-10-18",
     "Des missiles russes ont frappé jeudi une zone industrielle de Kharkiv, dans le nord-est de l'Ukraine, "
     "faisant quatre morts selon le gouverneur régional.", ["ua-kharkiv"]),
    ("ua-kharkiv-ew", "East Wire", "en", "2024-10-18",
     "The toll from Thursday's Russian missile attack on Kharkiv rose to six overnight, officials said.",
     ["ua-kharkiv"]),
    ("ua-kharkiv-next-kp", "Kyiv Post Wire", "en", "2024-10-18",
     "Russian glide bombs struck a residential district of Kharkiv on Friday afternoon, wounding 12 people, "
     "the mayor said.", ["ua-kharkiv-next"]),
    ("ua-chuhuiv-ew", "East Wire", "en", "2024-10-17",
     "Russian drones struck the town of Chuhuiv on Thursday, wounding two residents, local officials said.",
     ["ua-chuhuiv"]),
    ("ua-odesa-kp", "Kyiv Post Wire", "en", "2024-11-25",
     "Russian drones struck port infrastructure in Odesa overnight, injuring 10 people, Ukraine's navy said on "
     "Monday.", ["ua-odesa"]),
    ("ua-odesa-ei", "Europe Info", "fr", "2024-11-25",
     "Dans la nuit de dimanche à lundi, des drones russes ont frappé les infrastructures portuaires d'Odessa, "
     "blessant dix personnes.", ["ua-odesa"]),
    ("ps-jenin-lw", "Levant Daily", "en", "2024-08-29",
     "Israeli forces killed five Palestinian militants in a raid on the Jenin refugee camp on Wednesday, the "
     "Palestinian health ministry said.", ["ps-jenin"]),
    ("ps-jenin-pm", "Proche-Orient Matin", "fr", "2024-08-28",
     "Cinq Palestiniens ont été tués mercredi lors d'un raid de l'armée israélienne dans le camp de réfugiés de "
     "Jénine, en Cisjordanie occupée.", ["ps-jenin"]),
    ("ps-jenin-march-lw", "Levant Daily", "en", "2024-08-30",
     "Hundreds of mourners marched through Jenin on Thursday to protest against the killing of five men in an "
     "Israeli raid the day before.", ["ps-jenin-march"]),
    ("ps-khanyounis-lw", "Levant Daily", "en", "2024-07-14",
     "An Israeli airstrike on a school housing displaced families in Khan Younis killed at least 17 people on "
     "Saturday, Gaza's civil defence said.", ["ps-khanyounis"]),
    ("ps-khanyounis-pm", "Proche-Orient Matin", "fr", "2024-07-13",
     "Une frappe israélienne a touché samedi une école abritant des déplacés à Khan Younès, dans le sud de la "
     "bande de Gaza, faisant au moins 15 morts, selon la défense civile.", ["ps-khanyounis"]),
    ("ps-khanyounis-later-lw", "Levant Daily", "en", "2024-07-16",
     "Israeli strikes on a house in Khan Younis killed eight members of one family on Monday, hospital officials "
     "said.", ["ps-khanyounis-later"]),
    ("sy-jisr-lw", "Levant Daily", "en", "2024-06-19",
     "Russian warplanes struck the outskirts of Jisr al-Shughur in Idlib province on Tuesday, killing a family "
     "of five, a war monitor said.", ["sy-jisr"]),
    ("sy-jisr-pm", "Proche-Orient Matin", "fr", "2024-06-18",
     "Des avions russes ont bombardé mardi la périphérie de Jisr al-Choughour, dans la province d'Idleb, tuant "
     "cinq membres d'une même famille, selon une ONG syrienne.", ["sy-jisr"]),
    ("sy-palmyra-lw", "Levant Daily", "en", "2024-01-12",
     "Islamic State militants ambushed a bus carrying Syrian soldiers in the desert near Palmyra on Thursday, "
     "killing nine of them, state media said.", ["sy-palmyra"]),
    ("sy-palmyra-pm", "Proche-Orient Matin", "fr", "2024-01-11",
     "Des jihadistes ont tendu jeudi une embuscade à un bus militaire dans le désert près de Palmyre, tuant neuf "
     "soldats syriens, selon les médias officiels.", ["sy-palmyra"]),
    ("ye-taiz-aw", "Arabia Wire", "en", "2024-03-03",
     "Houthi shelling of a residential district in Taiz killed two children on Saturday, local officials said.",
     ["ye-taiz"]),
    ("ye-taiz-pm", "Proche-Orient Matin", "fr", "2024-03-03",
     "Deux enfants ont été tués samedi par des tirs d'obus des rebelles houthis sur un quartier résidentiel de "
     "Taëz, dans le sud-ouest du Yémen.", ["ye-taiz"]),
    ("ye-hodeidah-aw", "Arabia Wire", "en", "2024-02-25",
     "US warplanes struck a Houthi radar site near the Red Sea port of Hodeidah late on Saturday, the US "
     "military said.", ["ye-hodeidah"]),
    ("ye-hodeidah-pm", "Proche-Orient Matin", "fr", "2024-02-25",
     "Des avions américains ont frappé samedi soir un site radar des Houthis près du port de Hodeïda, sur la mer "
     "Rouge.", ["ye-hodeidah"]),
    ("ht-solino-cw", "Caribbean Wire", "en", "2024-10-24",
     "Members of the Viv Ansanm gang coalition attacked the Solino neighbourhood of Port-au-Prince on Wednesday, "
     "killing at least eight residents, a rights group said.", ["ht-solino"]),
    ("ht-solino-hi", "Haïti Info", "fr", "2024-10-23",
     "Des membres de la coalition de gangs Viv Ansanm ont attaqué mercredi le quartier de Solino, à "
     "Port-au-Prince, tuant au moins huit habitants, selon une organisation de défense des droits humains.",
     ["ht-solino"]),
    ("ht-solino-mh", "Miami Herald Wire", "en", "2024-10-25",
     "The toll of Wednesday's gang attack on the Port-au-Prince district of Solino rose to 11, police said.",
     ["ht-solino"]),
    ("ht-petionville-cw", "Caribbean Wire", "en", "2024-10-24",
     "Police clashed with gang members in Petion-Ville on Wednesday, killing three suspected gangsters, a police "
     "spokesman said.", ["ht-petionville"]),
    ("mx-culiacan-nw", "Norte Wire", "en", "2024-09-17",
     "Rival factions of the Sinaloa Cartel clashed in Culiacan on Monday, leaving six dead, state authorities "
     "said.", ["mx-culiacan"]),
    ("mx-culiacan-am", "Amériques Matin", "fr", "2024-09-17",
     "Des affrontements entre factions rivales du cartel de Sinaloa ont fait six morts lundi à Culiacán, selon "
     "les autorités de l'État.", ["mx-culiacan"]),
    ("mx-culiacan-ms", "Mexico Sun", "en", "2024-09-18",
     "Sinaloa's security chief said the death toll from Monday's gunfights between cartel cells in Culiacan had "
     "risen to nine.", ["mx-culiacan"]),
    ("mx-culiacan-later-nw", "Norte Wire", "en", "2024-09-20",
     "Gunmen killed a family of four in their home in Culiacan on Thursday, prosecutors said.",
     ["mx-culiacan-later"]),
    ("mx-chilpancingo-ms", "Mexico Sun", "en", "2024-05-11",
     "Gunmen ambushed a police patrol near Chilpancingo on Friday, killing four officers, state prosecutors "
     "said.", ["mx-chilpancingo"]),
    ("mx-chilpancingo-am", "Amériques Matin", "fr", "2024-05-11",
     "Quatre policiers ont été tués vendredi dans une embuscade d'hommes armés aux abords de "
     "Chilpancingo, capitale de l'État de Guerrero.", ["mx-chilpancingo"]),
    ("ne-tillaberi-asi", "Agence Sahel Info", "fr", "2024-03-22",
     "Au moins 23 soldats nigériens ont été tués mercredi dans une embuscade tendue par des jihadistes près de "
     "Teguey, dans la région de Tillabéri, a annoncé le ministère de la Défense.", ["ne-tillaberi"]),
    ("ne-tillaberi-sw", "Sahel Wire", "en", "2024-03-21",
     "Niger's defence ministry said 23 soldiers were killed on Wednesday in an ambush by Islamic State militants "
     "in the Tillaberi region, near the border with Burkina Faso.", ["ne-tillaberi"]),
    ("cm-mozogo-ad", "Afrique Dépêches", "fr", "2024-01-20",
     "Des combattants de Boko Haram ont attaqué dans la nuit de jeudi à vendredi le village de Mozogo, dans "
     "l'Extrême-Nord du Cameroun, tuant quatre civils.", ["cm-mozogo"]),
    ("cm-mozogo-ll", "Lagos Ledger", "en", "2024-01-19",
     "Boko Haram militants killed four villagers in an overnight raid on Mozogo, in the Far North region of "
     "Cameroon, a local official said on Friday.", ["cm-mozogo"]),
    ("et-gondar-hw", "Horn Wire", "en", "2024-04-30",
     "Fano militiamen and federal troops fought on the outskirts of Gondar on Monday, residents said, with at "
     "least ten combatants killed.", ["et-gondar"]),
    ("et-gondar-ac", "Afrique Corne", "fr", "2024-04-30",
     "Des combats ont opposé lundi les milices Fano aux forces fédérales éthiopiennes en périphérie de Gondar, "
     "dans la région Amhara.", ["et-gondar"]),
    ("pk-bannu-sa", "South Asia Wire", "en", "2024-08-16",
     "Pakistani Taliban militants attacked a police checkpoint in Bannu on Thursday night, killing three "
     "policemen, officials said.", ["pk-bannu"]),
    ("pk-bannu-ai", "Asie Info", "fr", "2024-08-16",
     "Trois policiers ont été tués jeudi soir dans l'attaque d'un poste de contrôle à Bannu, dans le nord-ouest "
     "du Pakistan, revendiquée par les talibans pakistanais.", ["pk-bannu"]),
    ("mz-macomia-aw", "Austral Wire", "en", "2024-05-11",
     "Islamic State-linked insurgents stormed the town of Macomia in Cabo Delgado province on Friday and clashed "
     "with Mozambican troops, local sources said.", ["mz-macomia"]),
    ("mz-macomia-ad", "Afrique Dépêches", "fr", "2024-05-12",
     "Des insurgés liés à l'État islamique ont attaqué vendredi la ville de Macomia, dans la province du Cabo "
     "Delgado, au nord du Mozambique, où ils ont affronté l'armée.", ["mz-macomia"]),
    ("lb-nabatieh-lw", "Levant Daily", "en", "2024-03-18",
     "An Israeli drone strike on a car near Nabatieh killed two Hezbollah members on Sunday, a security source "
     "said.", ["lb-nabatieh"]),
    ("lb-nabatieh-pm", "Proche-Orient Matin", "fr", "2024-03-17",
     "Une frappe de drone israélienne sur une voiture près de Nabatiyé, dans le sud du Liban, a tué dimanche "
     "deux membres du Hezbollah.", ["lb-nabatieh"]),
]


def gold_rows() -> list[dict]:
    """One gold event per (report, cluster), as score_merge.py reads them."""
    rows = []
    for aid, _, _, _, _, clusters in REPORTS:
        for n, c in enumerate(clusters, 1):
            types, day, name, cc, lat, lon, radius, status = CLUSTERS[c]
            rows.append({"article_id": aid, "gold_id": f"E{n}", "required": True, "status": status,
                         "event_type": list(types), "sub_event_type": [], "event_date": day,
                         "date_tolerance_days": 1,
                         "location": {"name": name, "country": cc, "latitude": lat, "longitude": lon,
                                      "radius_km": radius}, "cluster": c})
    return rows


def coded_records(cache: Path | None) -> list[Event]:
    """Every report coded by the real pipeline, with what merging reads of its article."""
    if cache and cache.exists():
        return [Event.from_dict(json.loads(line)) for line in cache.read_text(encoding="utf-8").splitlines()]
    from sitrep.evaluation.merge_corpus import merge_records
    from sitrep.pipeline import Pipeline

    pipeline = Pipeline()
    records = []
    for aid, outlet, lang, published, text, _ in REPORTS:
        art = Article(aid, text, lang, date.fromisoformat(published), outlet)
        records += merge_records(art, pipeline.code(art))
    if cache:
        cache.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records),
                         encoding="utf-8")
    return records


def _labels(merged: list[dict], gold: list[dict]) -> dict[tuple[str, str], str | None]:
    """(merged id, article) -> its gold cluster, paired as score_merge.py pairs them."""
    sys.path.insert(0, str(shared_dir() / "eval"))
    from score_events import pair_score

    by_article = defaultdict(list)
    for g in gold:
        by_article[g["article_id"]].append(g)
    in_article = defaultdict(list)
    for m in merged:
        for s in m["sources"]:
            in_article[s["article_id"]].append(m)
    labels = {}
    for a, ms in in_article.items():
        cands = sorted(((s, i, j) for i, m in enumerate(ms) for j, g in enumerate(by_article[a])
                        if (s := pair_score(dict(m, article_id=a), g)) is not None), reverse=True)
        label, used = {}, set()
        for _, i, j in cands:
            if i not in label and j not in used:
                label[i] = by_article[a][j]["cluster"]
                used.add(j)
        for i, m in enumerate(ms):
            labels[(m["event_id"], a)] = label.get(i)
    return labels


def failures(merged: list[dict], gold: list[dict], records: list[Event]) -> list[str]:
    """Clusters split or mixed, and the reports' coded facts, for reading."""
    labels = _labels(merged, gold)
    by_cluster, by_merged = defaultdict(set), defaultdict(set)
    for (mid, a), c in labels.items():
        by_merged[mid].add((a, c))
        if c:
            by_cluster[c].add(mid)
    coded = defaultdict(list)
    for r in records:
        place = r.place
        coded[r.article_id].append(
            f"{r.event_type or r.plover_type} {r.status.value if r.status else None} {r.event_date} "
            f"p{r.time_precision} {place.name if place else None} "
            f"({place.geo_precision if place else None}, {place.uncertainty_km if place else None} km) "
            f"{r.actor1.name if r.actor1 else None} / {r.actor2.name if r.actor2 else None} fat={r.fatalities}")
    lines = []
    wanted = defaultdict(set)
    for g in gold:
        wanted[g["cluster"]].add(g["article_id"])
    for c, arts in sorted(wanted.items()):
        mids = by_cluster.get(c, set())
        found = {a for mid in mids for a, lc in by_merged[mid] if lc == c}
        if len(arts) > 1 and (len(mids) != 1 or found != arts):
            lines.append(f"SPLIT {c}: {len(arts)} reports -> {len(mids)} merged events, unlabelled in "
                         f"{sorted(arts - found)}")
            lines += [f"    {a}: {e}" for a in sorted(arts) for e in coded[a]]
    for mid, pairs in sorted(by_merged.items()):
        if len({c for _, c in pairs}) > 1:
            lines.append(f"MIXED {mid}: {sorted(pairs, key=str)}")
            lines += [f"    {a}: {e}" for a, _ in sorted(pairs, key=str) for e in coded[a]]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, help="coded events: read if present, else written")
    ap.add_argument("--show-failures", action="store_true")
    args = ap.parse_args(argv)
    from sitrep.merge import merge_events

    records = coded_records(args.cache)
    merged = [m.record for m in merge_events(records)]
    gold = gold_rows()
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
        pred_path.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in merged), encoding="utf-8")
        out = subprocess.run([sys.executable, str(shared_dir() / "eval" / "score_merge.py"), "--gold",
                              str(gold_path), "--pred", str(pred_path)], capture_output=True, text=True, check=True)
    print(f"{len(REPORTS)} reports, {len(CLUSTERS)} real events, {len(records)} coded events")
    print(out.stdout.strip())
    if args.show_failures:
        print("\n".join(failures(merged, gold, records)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
