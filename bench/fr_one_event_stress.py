"""French one-event stress set: one event told several ways in one article must be coded once, dated right.

    PYTHONPATH=. .venv/bin/python bench/fr_one_event_stress.py [--show-failures] [--only CLASS]

Issue 13: the French articles no one tuned on tell one attack in a headline, a lead, an official's words, a
toll update, a recap and a reaction, each with its own words ("incursion", "tuerie", "massacre",
"affrontements"), place ("le territoire de Beni", then the village; "sur l'axe X-Y"), toll ("au moins dix
morts", then "14 corps") and day words ("dans la nuit de samedi à dimanche", "dimanche"). The rules applied,
paraphrased from ACLED's codebook (2023; its event definition and its fatalities section): one event per pair
of actors, location and day, coded at the most specific location the reports name; the fatality count is
revised when later reporting gives a new toll, and where reports of one moment conflict the lowest is kept.
Articles of ``ONE`` tell one event; those of ``TWO`` two distinct events (other day or other place:
ACLED codes two). Every article was written for this set (Democratic Republic of Congo settings, Radio
Okapi or agency style), not taken from a dev text.

Each article is coded by the real pipeline; its dated ACLED events are matched to the gold events (same
event type first, then nearest place); an event left over is a false event. A matched event is scored on
its date (the gold day, or within ``tol`` days for "en début de semaine"), its place (within 50 km of the
gold point), its toll and its actor (a word of the gold actor's ACLED name in actor1 or actor2).
Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from datetime import date

from sitrep.geo.distance import haversine_km
from sitrep.pipeline import Pipeline
from sitrep.text import fold
from sitrep.types import Article

VAC, BAT, EXP, PRO, RIO = ("Violence against civilians", "Battles", "Explosions/Remote violence", "Protests",
                           "Riots")
PLACE_KM = 50.0
# gazetteer points of the places the articles name (GeoNames, as sitrep's gazetteer holds them)
PLACES = {
    "Mbau": (0.63, 29.5), "Fataki": (1.98, 30.6), "Kiwanja": (-1.18, 29.43), "Oicha": (0.7, 29.52),
    "Tchomia": (1.47, 30.5), "Kanyabayonga": (-0.7, 29.17), "Lubero": (-0.16, 29.24), "Minova": (-1.7, 29.02),
    "Rutshuru": (-1.19, 29.45), "Kamango": (0.65, 29.9), "Eringeti": (0.88, 29.67), "Sake": (-1.57, 29.04),
    "Butembo": (0.142, 29.291), "Goma": (-1.674, 29.228), "Biakato": (1.02, 29.1), "Mangina": (0.56, 29.32),
    "Kitshanga": (-1.2, 28.96), "Mweso": (-1.15, 28.95), "Bunagana": (-1.29, 29.6), "Pinga": (-0.98, 28.68),
    "Nizi": (1.73, 30.3), "Mongbwalu": (1.94, 30.04), "Uvira": (-3.39, 29.14), "Sange": (-3.09, 29.12),
    "Baraka": (-4.1, 29.1), "Kalemie": (-5.95, 29.19), "Bunia": (1.559, 30.252), "Kasindi": (0.03, 29.71),
    "Mutwanga": (0.33, 29.75), "Rubaya": (-1.55, 28.87), "Kamanyola": (-2.75, 29.0), "Drodro": (1.82, 30.56),
    "Kinshasa": (-4.328, 15.314), "Kirumba": (-1.091, 29.293), "Lolwa": (1.36, 29.44), "Minembwe": (-3.58, 28.82),
    "Nyabiondo": (-1.36, 28.72), "Kalunguta": (0.42, 29.38), "Mavivi": (0.56, 29.47), "Bukavu": (-2.491, 28.843),
}


def ev(kind, actor, place, day, toll, tol=0):
    return {"type": kind, "actor": actor, "place": place, "date": date.fromisoformat(day), "toll": toll, "tol": tol}


# (class, publication date, text, gold events)
ONE = [
    ("nuit_corps", "2025-03-10",
     "Beni : nouvelle incursion des ADF à Mbau, au moins dix morts\n\n"
     "Des rebelles ADF ont fait irruption dans la nuit de samedi à dimanche dans le village de Mbau, en territoire "
     "de Beni (Nord-Kivu). Au moins dix civils ont été tués à la machette, selon la société civile locale. "
     "Joint au téléphone, le chef de secteur dénonce une tuerie de trop dans cette contrée. Ce lundi matin, la "
     "Croix-Rouge a annoncé avoir ramassé 14 corps dans les champs autour du village. Les habitants de Mbau ont "
     "pris le chemin d'Oicha. Cette incursion survient alors que les opérations conjointes se poursuivent dans "
     "la région.",
     [ev(VAC, "adf", "Mbau", "2025-03-08", 14)]),
    ("samedi_dernier_samedi", "2025-03-08",
     "Ituri : des miliciens CODECO attaquent un site de déplacés près de Fataki\n\n"
     "Des miliciens de la CODECO ont attaqué samedi dernier un site de déplacés situé à la périphérie de Fataki, "
     "dans le territoire de Djugu. Six déplacés ont perdu la vie et plusieurs abris ont été réduits en cendres, "
     "selon un responsable du site. L'administrateur du territoire a confirmé ce massacre et réclame davantage de "
     "militaires dans le coin. Les rescapés se sont réfugiés au centre de Fataki, où ils dorment à la belle étoile.",
     [ev(VAC, "codeco", "Fataki", "2025-03-01", 6)]),
    ("samedi_dernier_lundi", "2025-06-02",
     "Rutshuru : violents combats entre le M23 et les Wazalendo près de Kiwanja\n\n"
     "Les rebelles du M23 et des combattants Wazalendo se sont affrontés samedi dernier aux abords de Kiwanja, "
     "dans le territoire de Rutshuru. Les échanges de tirs ont duré plusieurs heures, a rapporté un habitant. "
     "Selon des sources locales, quatre combattants ont été tués au cours de ces affrontements. Ces combats ont "
     "poussé de nombreuses familles à se diriger vers la cité de Rutshuru. Un calme précaire régnait dimanche "
     "dans la zone.",
     [ev(BAT, "m23", "Kiwanja", "2025-05-31", 4)]),
    ("dateline_hier", "2024-11-19",
     "Oicha : cinq civils tués dans une attaque attribuée aux ADF\n\n"
     "Beni, le 19 novembre 2024 - Cinq civils ont été tués hier dans une attaque attribuée aux rebelles ADF dans un "
     "quartier périphérique d'Oicha, au nord de Beni. Les assaillants ont surgi vers 19 heures et "
     "ont ouvert le feu sur des habitants qui rentraient des champs, a expliqué un notable. La population de ce "
     "quartier a passé la nuit au centre de la cité. Des militaires ont été déployés dans le quartier ce mardi.",
     [ev(VAC, "adf", "Oicha", "2024-11-18", 5)]),
    ("dateline_own_day", "2025-04-04",
     "Ituri : des miliciens CODECO attaquent une position de l'armée à Tchomia\n\n"
     "Bunia, 3 avril 2025 - Des miliciens CODECO ont attaqué ce jeudi une position des FARDC à Tchomia, au bord du "
     "lac Albert. Deux militaires et trois miliciens ont été tués dans les combats, selon une source militaire. "
     "Dans la soirée, un bilan officiel donné par le service de communication militaire en Ituri faisait état de sept morts. "
     "Les commerçants de Tchomia ont fermé leurs boutiques par crainte d'une nouvelle attaque.",
     [ev(BAT, "codeco", "Tchomia", "2025-04-03", 7)]),
    ("depuis_jeudi", "2024-09-14",
     "Nord-Kivu : les FARDC et le M23 s'affrontent à Kanyabayonga\n\n"
     "Des combats opposent depuis jeudi les FARDC aux rebelles du M23 à Kanyabayonga, dans le territoire de "
     "Lubero. Des tirs d'armes lourdes étaient encore entendus samedi matin, selon des témoins. Ces "
     "affrontements ont provoqué la fermeture des écoles et du marché central. Aucun bilan n'était disponible "
     "samedi.",
     [ev(BAT, "m23", "Kanyabayonga", "2024-09-12", 0)]),
    ("vendredi_12", "2025-09-15",
     "Lubero : trois militaires tués dans une embuscade\n\n"
     "Trois militaires des FARDC ont été tués vendredi 12 dans une embuscade tendue par des miliciens Maï-Maï sur "
     "l'axe Lubero-Butembo, a indiqué le porte-parole du secteur opérationnel. Les assaillants ont ouvert le feu "
     "sur un véhicule militaire à quelques kilomètres de la cité de Lubero. Selon lui, les militaires ont riposté "
     "et les miliciens se sont retirés dans la brousse. Cette embuscade a paralysé la circulation sur cette route "
     "pendant toute la journée.",
     [ev(BAT, "mayi mayi", "Lubero", "2025-09-12", 3)]),
    ("le_3_courant", "2025-02-10",
     "Kalehe : un chef de village abattu à Minova\n\n"
     "Un chef de village a été abattu le 3 courant par des hommes armés non identifiés à Minova, dans le territoire "
     "de Kalehe. Les tireurs ont fait irruption à son domicile en pleine nuit, a raconté un membre de sa famille. "
     "La société civile de Kalehe condamne cet assassinat et demande une enquête. Le défunt a été inhumé "
     "samedi en présence des autorités locales.",
     [ev(VAC, "unidentified", "Minova", "2025-02-03", 1)]),
    ("debut_semaine", "2024-05-17",
     "Rutshuru : six cultivateurs enlevés par des hommes armés\n\n"
     "Six cultivateurs ont été enlevés en début de semaine par des hommes armés non identifiés dans leurs champs "
     "près de Rutshuru, selon la société civile. Les ravisseurs exigent une rançon pour leur libération, a déclaré "
     "un proche des victimes. Ces enlèvements se multiplient dans la région, déplorent les habitants. Les familles "
     "demandent aux autorités de tout faire pour obtenir la libération des otages.",
     [ev(VAC, "unidentified", "Rutshuru", "2024-05-13", 0, tol=1)]),
    ("semaine_avant", "2025-01-20",
     "Kamango : les victimes du massacre inhumées une semaine après\n\n"
     "Les neuf victimes du massacre de Kamango ont été inhumées ce lundi dans une ambiance de deuil. Des rebelles "
     "ADF avaient attaqué ce village le lundi 13 janvier, tuant neuf habitants à l'arme blanche. Les familles "
     "endeuillées ont dû attendre une semaine avant de pouvoir récupérer les corps, la zone étant restée "
     "inaccessible. Le député de la circonscription a dénoncé l'inaction des services de sécurité.",
     [ev(VAC, "adf", "Kamango", "2025-01-13", 9)]),
    ("territoire_puis_cite", "2025-05-06",
     "Lubero : attaque meurtrière dans le sud du territoire\n\n"
     "Au moins quatre personnes ont été tuées lundi lors d'une attaque de miliciens Maï-Maï dans le sud du "
     "territoire de Lubero. Les assaillants ont visé la cité de Kirumba en fin d'après-midi, tirant sur des "
     "passants au marché, selon un responsable local. Les victimes de cette attaque de Kirumba sont toutes des "
     "civils, a-t-il précisé. Les activités commerciales sont restées paralysées mardi.",
     [ev(VAC, "mayi mayi", "Kirumba", "2025-05-05", 4)]),
    ("axe_puis_localite", "2024-07-23",
     "Embuscade sur l'axe Oicha-Eringeti : un bus visé\n\n"
     "Des rebelles ADF ont tendu dimanche une embuscade sur l'axe Oicha-Eringeti, ouvrant le feu sur un bus de "
     "transport en commun. Le drame s'est produit à hauteur d'Eringeti, a précisé un officier. Trois passagers "
     "ont trouvé la mort et plusieurs autres ont été blessés, selon un bilan de l'hôpital d'Oicha. Les "
     "transporteurs menacent de suspendre leurs activités sur cette route.",
     [ev(VAC, "adf", "Eringeti", "2024-07-21", 3)]),
    ("mots_differents", "2025-08-12",
     "Ituri : tuerie à Drodro, la colère monte\n\n"
     "Une nouvelle incursion de miliciens CODECO a fait huit morts dimanche soir à Drodro, dans le territoire de "
     "Djugu. Les assaillants armés de fusils et de machettes ont pris pour cible des habitants regroupés autour "
     "d'un feu. Le gouverneur de l'Ituri a qualifié ce massacre d'acte ignoble. Cette tuerie porte à plus d'une "
     "trentaine le nombre de civils tués depuis le début de l'année dans la zone, a rappelé un activiste des "
     "droits humains.",
     [ev(VAC, "codeco", "Drodro", "2025-08-10", 8)]),
    ("bilan_passe", "2024-10-08",
     "Beni : le bilan de l'attaque de Mavivi passe à huit morts\n\n"
     "Le bilan de l'attaque perpétrée samedi par des présumés ADF dans le village de Mavivi s'est alourdi. Un "
     "premier bilan faisait état de trois morts samedi soir. Lundi, la société civile a compté huit personnes "
     "tuées après la découverte d'autres corps dans la brousse. Les rebelles avaient également incendié plusieurs "
     "maisons avant de se replier.",
     [ev(VAC, "adf", "Mavivi", "2024-10-05", 8)]),
    ("rappel_fin", "2025-10-16",
     "Mangina : quatre morts dans une attaque nocturne\n\n"
     "Quatre civils ont été tués par des rebelles ADF dans la nuit de mardi à mercredi à Mangina, dans le "
     "territoire de Beni. Les victimes, parmi lesquelles une femme, ont été surprises dans leur sommeil, a déclaré "
     "le bourgmestre. Les habitants ont regagné leurs maisons jeudi matin, sous la protection des militaires. "
     "Pour rappel, c'est vers 23 heures que les assaillants avaient fait irruption dans le quartier.",
     [ev(VAC, "adf", "Mangina", "2025-10-14", 4)]),
    ("reaction_gouverneur", "2025-02-18",
     "Sud-Kivu : des affrontements entre FARDC et Maï-Maï font six morts à Sange\n\n"
     "Des affrontements ont opposé lundi les FARDC à des miliciens Maï-Maï à Sange, dans la plaine de la Ruzizi. "
     "Six personnes, dont deux militaires, ont été tuées, selon l'administrateur du territoire d'Uvira. Le "
     "gouverneur du Sud-Kivu a condamné ces violences et demandé aux miliciens de déposer les armes. Ces "
     "accrochages ont semé la panique dans la cité, dont plusieurs habitants ont fui vers Uvira.",
     [ev(BAT, "mayi mayi", "Sange", "2025-02-17", 6)]),
    ("accrochage_m23", "2024-02-09",
     "Sake : nouveaux combats aux portes de la ville\n\n"
     "Les FARDC et les rebelles du M23 se sont de nouveau affrontés jeudi à Sake, à une vingtaine de kilomètres "
     "de Goma. Ces combats ont fait au moins cinq morts parmi les civils touchés par des éclats d'obus, selon des "
     "sources hospitalières. L'accrochage a commencé tôt le matin sur les collines qui surplombent la ville. En "
     "fin de journée, la situation restait confuse.",
     [ev(BAT, "m23", "Sake", "2024-02-08", 5)]),
    ("explosion_marche", "2025-11-04",
     "Butembo : une bombe explose au marché central\n\n"
     "Une bombe artisanale a explosé dimanche au marché central de Butembo, tuant deux commerçants. L'explosion "
     "s'est produite vers midi, alors que le marché était bondé, a expliqué un policier. Selon la police, "
     "l'engin avait été dissimulé dans un sac abandonné près d'un étal. Ce nouvel attentat ravive la peur dans la "
     "ville, où les autorités ont renforcé les fouilles.",
     [ev(EXP, "unidentified", "Butembo", "2025-11-02", 2)]),
    ("marche_goma", "2024-04-25",
     "Goma : les étudiants marchent contre l'insécurité\n\n"
     "Des centaines d'étudiants ont manifesté mercredi dans les rues de Goma pour dénoncer l'insécurité "
     "grandissante dans la ville. La marche est partie du campus et a pris la direction du gouvernorat. Les "
     "manifestants scandaient des slogans hostiles aux autorités provinciales. Cette manifestation s'est "
     "déroulée dans le calme, selon un responsable du comité estudiantin.",
     [ev(PRO, "", "Goma", "2024-04-24", 0)]),
    ("enlevement_rappel", "2024-12-03",
     "Biakato : des otages libérés, le village sous le choc\n\n"
     "Des rebelles ADF ont enlevé une douzaine de personnes vendredi à Biakato, dans le territoire de Mambasa. "
     "Trois otages ont pu s'échapper lundi et sont arrivés à Biakato épuisés. Selon eux, les ravisseurs "
     "ont tué deux otages au cours de la marche vers la forêt. Ce rapt massif a poussé plusieurs familles à fuir "
     "vers Mambasa.",
     [ev(VAC, "adf", "Biakato", "2024-11-29", 2)]),
    ("ce_week_end", "2025-07-14",
     "Masisi : des Wazalendo attaquent Rubaya\n\n"
     "Des combattants Wazalendo ont lancé ce week-end une offensive contre les positions du M23 à Rubaya, cité "
     "minière du territoire de Masisi. Les combats ont fait au moins trois morts, selon des sources locales. Les "
     "rebelles affirment avoir repoussé l'attaque. Les activités minières sont suspendues depuis ces "
     "affrontements.",
     [ev(BAT, "m23", "Rubaya", "2025-07-12", 3, tol=1)]),
    ("officier_cite", "2025-03-25",
     "Kasindi : un militaire tué lors d'une attaque contre un poste\n\n"
     "Un militaire a été tué dimanche lors d'une attaque de rebelles ADF contre un poste de l'armée à Kasindi, "
     "à la frontière avec l'Ouganda. « Les ennemis ont attaqué notre position vers 2 heures du matin, nous les avons "
     "repoussés », a déclaré un officier. Selon lui, deux assaillants ont aussi été tués lors de cette attaque. "
     "Le poste de Kasindi avait déjà été visé le mois passé.",
     [ev(BAT, "adf", "Kasindi", "2025-03-23", 3)]),
    ("zone_de", "2024-06-11",
     "Irumu : six morts dans une attaque à Lolwa\n\n"
     "Six personnes ont été tuées samedi dans la zone de Lolwa par des rebelles ADF, a indiqué le chef de "
     "chefferie. Les assaillants ont attaqué des voyageurs qui empruntaient la route nationale numéro 4. Le chef "
     "de chefferie a appelé les usagers de cette route à la prudence. Cette attaque contre des voyageurs "
     "intervient quelques jours après la visite d'une délégation militaire dans la région.",
     [ev(VAC, "adf", "Lolwa", "2024-06-08", 6)]),
    ("tuerie_nuit_dimanche", "2025-12-02",
     "Mutwanga : nuit d'horreur dans le Ruwenzori\n\n"
     "Des rebelles ADF ont massacré cinq civils dans la nuit de dimanche à lundi à Mutwanga, dans le secteur de "
     "Ruwenzori. Les corps de ces victimes ont été découverts lundi matin dans leurs maisons. Cette tuerie "
     "nocturne a été confirmée par l'armée, qui dit traquer les auteurs. Mardi, les écoles de Mutwanga sont "
     "restées fermées.",
     [ev(VAC, "adf", "Mutwanga", "2025-11-30", 5)]),
    ("kalunguta_mardi", "2024-08-29",
     "Beni : trois agriculteurs tués à Kalunguta\n\n"
     "Trois agriculteurs ont été tués mardi dans leurs champs à Kalunguta, au sud de la ville de Beni. Les "
     "présumés ADF les ont surpris en plein travail, selon un notable du village. Ce drame a été confirmé "
     "mercredi par le chef de groupement. Les cultivateurs de la contrée ont abandonné leurs champs.",
     [ev(VAC, "adf", "Kalunguta", "2024-08-27", 3)]),
]

TWO = [
    ("deux_jours_deux_villages", "2025-04-15",
     "Beni : deux attaques ADF en trois jours\n\n"
     "Les rebelles ADF ont mené deux attaques en trois jours dans le territoire de Beni. Vendredi, ils ont tué "
     "quatre civils à Eringeti. Dimanche, six autres personnes ont été tuées à Kamango, selon la société civile. "
     "Ces deux attaques confirment le regain d'activité des rebelles dans la région.",
     [ev(VAC, "adf", "Eringeti", "2025-04-11", 4), ev(VAC, "adf", "Kamango", "2025-04-13", 6)]),
    ("meme_jour_loin", "2024-03-05",
     "Nord-Kivu : journée de violences à Bunagana et Pinga\n\n"
     "Les FARDC ont affronté les rebelles du M23 lundi près de Bunagana, dans le territoire de Rutshuru. Le même "
     "jour, des miliciens Maï-Maï ont tué trois civils à Pinga, dans le territoire de Walikale, selon un "
     "responsable local. Aucun bilan n'a été donné pour les combats de Bunagana.",
     [ev(BAT, "m23", "Bunagana", "2024-03-04", 0), ev(VAC, "mayi mayi", "Pinga", "2024-03-04", 3)]),
    ("attaque_puis_emeute", "2025-06-24",
     "Butembo : colère après le meurtre d'un commerçant\n\n"
     "Un commerçant a été abattu dimanche soir par des hommes armés non identifiés à Butembo. Lundi, des jeunes en "
     "colère ont érigé des barricades et incendié des pneus dans plusieurs quartiers de la ville. Les "
     "manifestants ont lancé des pierres sur la police, qui a tiré des gaz lacrymogènes pour les disperser.",
     [ev(VAC, "unidentified", "Butembo", "2025-06-22", 1), ev(RIO, "", "Butembo", "2025-06-23", 0)]),
    ("nizi_puis_mongbwalu", "2024-10-30",
     "Djugu : la CODECO frappe à Nizi, l'armée riposte à Mongbwalu\n\n"
     "Des miliciens CODECO ont tué cinq civils lundi à Nizi, dans le territoire de Djugu. Le lendemain, les FARDC "
     "ont attaqué une base de ces miliciens près de Mongbwalu, tuant quatre d'entre eux, selon un officier."
     " Les habitants de Nizi ont fui vers Bunia.",
     [ev(VAC, "codeco", "Nizi", "2024-10-28", 5), ev(BAT, "codeco", "Mongbwalu", "2024-10-29", 4)]),
    ("kitshanga_mweso", "2025-01-29",
     "Masisi : les combats se déplacent vers Mweso\n\n"
     "Les FARDC et les rebelles du M23 se sont affrontés lundi à Kitshanga. Mardi, les combats se sont déplacés "
     "vers Mweso, à une dizaine de kilomètres plus au nord, selon des sources locales. Deux civils ont été tués à "
     "Mweso par des balles perdues.",
     [ev(BAT, "m23", "Kitshanga", "2025-01-27", 0), ev(BAT, "m23", "Mweso", "2025-01-28", 2)]),
    ("uvira_baraka", "2024-08-20",
     "Sud-Kivu : violences à Uvira et à Baraka\n\n"
     "Un enseignant a été tué samedi à Uvira par des hommes armés non identifiés. Dimanche, des miliciens Maï-Maï "
     "ont attaqué un poste des FARDC à Baraka, dans le territoire de Fizi. Trois miliciens ont été tués dans ces "
     "combats, selon une source militaire.",
     [ev(VAC, "unidentified", "Uvira", "2024-08-17", 1), ev(BAT, "mayi mayi", "Baraka", "2024-08-18", 3)]),
    ("meme_lieu_semaine", "2025-09-09",
     "Mbau : les ADF frappent encore\n\n"
     "Une semaine après l'attaque du lundi 1er septembre qui avait fait quatre morts à Mbau, les rebelles ADF ont "
     "de nouveau attaqué ce village dimanche, tuant sept personnes. La société civile dénonce l'absence de "
     "militaires dans le village malgré les promesses des autorités.",
     [ev(VAC, "adf", "Mbau", "2025-09-01", 4), ev(VAC, "adf", "Mbau", "2025-09-07", 7)]),
    ("kinshasa_goma", "2024-01-16",
     "RDC : marche de l'opposition à Kinshasa, combats près de Sake\n\n"
     "Des militants de l'opposition ont manifesté samedi à Kinshasa pour contester les résultats de l'élection. "
     "Dans l'est du pays, les FARDC et le M23 se sont affrontés dimanche près de Sake, selon des sources "
     "sécuritaires. Trois militaires ont été tués dans ces combats.",
     [ev(PRO, "", "Kinshasa", "2024-01-13", 0), ev(BAT, "m23", "Sake", "2024-01-14", 3)]),
    ("bunia_drodro", "2025-05-20",
     "Ituri : deux attaques en deux jours\n\n"
     "Des hommes armés ont tué deux motards samedi à la sortie de Bunia. Le lendemain, des miliciens CODECO ont "
     "attaqué Drodro, tuant six habitants, selon la société civile de Djugu. Les deux attaques n'ont pas été "
     "revendiquées.",
     [ev(VAC, "unidentified", "Bunia", "2025-05-17", 2), ev(VAC, "codeco", "Drodro", "2025-05-18", 6)]),
    ("kamanyola_bukavu", "2024-04-09",
     "Sud-Kivu : affrontements à Kamanyola, manifestation à Bukavu\n\n"
     "Des affrontements ont opposé vendredi les FARDC à des rebelles à Kamanyola. Lundi, des habitants de Bukavu "
     "ont manifesté devant le gouvernorat pour réclamer la fin de ces violences. La manifestation s'est déroulée "
     "sans incident.",
     [ev(BAT, "", "Kamanyola", "2024-04-05", 0), ev(PRO, "", "Bukavu", "2024-04-08", 0)]),
]


def dated(events) -> list:
    return [e for e in events if e.status in ("reported", "ongoing") and e.event_type and e.event_date]


def _km(e, name) -> float:
    lat, lon = PLACES[name]
    if e.place is None or e.place.lat is None:
        return 1e9
    return haversine_km(e.place.lat, e.place.lon, lat, lon)


def _actor_ok(e, want) -> bool:
    if not want:
        return True
    names = [fold(a.name) for a in (e.actor1, e.actor2) if a is not None]
    return any(fold(want) in n for n in names)


def match(got, gold) -> list[tuple[dict, object]]:
    """Each gold event takes the unmatched event of its type (else any) nearest its place, then its day."""
    free, pairs = list(got), []
    for g in gold:
        if not free:
            pairs.append((g, None))
            continue
        best = min(free, key=lambda e: (e.event_type != g["type"], _km(e, g["place"]) > PLACE_KM,
                                        abs((e.event_date - g["date"]).days), _km(e, g["place"])))
        free.remove(best)
        pairs.append((g, best))
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated class names")
    args = ap.parse_args()
    drawn = [("one", *c) for c in ONE] + [("two", *c) for c in TWO]
    if args.only:
        drawn = [c for c in drawn if c[1] in args.only.split(",")]
    pipe = Pipeline().load(["fr"])
    stats, failures = {"one": Counter(), "two": Counter()}, []
    t0 = time.perf_counter()
    for n, (group, cls, pub, text, gold) in enumerate(drawn):
        events = pipe.code(Article(article_id=f"oneev{n}", text=text, lang="fr", published=date.fromisoformat(pub),
                                   outlet="Radio des Grands Lacs", title=text.split("\n")[0]))
        got = dated(events)
        pairs = match(got, gold)
        s = stats[group]
        s["articles"] += 1
        s["gold"] += len(gold)
        s["coded"] += len(got)
        s["false"] += max(0, len(got) - len(gold))
        ok_all = len(got) == len(gold)
        for g, e in pairs:
            found = e is not None
            checks = {
                "found": found,
                "type": found and e.event_type == g["type"],
                "date": found and abs((e.event_date - g["date"]).days) <= g["tol"],
                "place": found and _km(e, g["place"]) <= PLACE_KM,
                "toll": found and (e.fatalities or 0) == g["toll"],
                "actor": found and _actor_ok(e, g["actor"]),
            }
            for k, v in checks.items():
                s[k] += v
            ok_all = ok_all and all(checks.values())
        s["all right"] += ok_all
        if not ok_all:
            failures.append((cls, pub, gold, events))
    print(f"{sum(s['articles'] for s in stats.values())} articles, {time.perf_counter() - t0:.0f} s")
    cols = ("articles", "gold", "coded", "false", "found", "type", "date", "place", "toll", "actor", "all right")
    print("| set | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    total = Counter()
    for group, s in stats.items():
        total.update(s)
        print(f"| {group} | " + " | ".join(str(s[c]) for c in cols) + " |")
    print("| all | " + " | ".join(str(total[c]) for c in cols) + " |")
    if args.show_failures:
        for cls, pub, gold, events in failures:
            print(f"\n[{cls}] published {pub} ({date.fromisoformat(pub).strftime('%A')})")
            for g in gold:
                print(f"  want {g['type']} {g['actor']} {g['place']} {g['date']} toll {g['toll']}")
            for e in events:
                where = e.place.name if e.place else None
                km = min((_km(e, g["place"]) for g in gold), default=0)
                print(f"  got  {e.status} {e.event_type} {e.actor1.name if e.actor1 else None} / "
                      f"{e.actor2.name if e.actor2 else None} {where} ({km:.0f} km) {e.event_date} "
                      f"p{int(e.time_precision or 0)} toll {e.fatalities} <{e.trigger.text if e.trigger else ''}> "
                      f"s{e.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
