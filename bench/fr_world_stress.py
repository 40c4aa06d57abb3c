"""French world-conflict stress set: invented wire reports on Ukraine, Gaza, Lebanon, Yemen, Sudan, the Sahel, Haiti, the Kivus, Somalia and Syria.

    PYTHONPATH=. .venv/bin/python bench/fr_world_stress.py [--show-failures] [--only ID]

Issue 13: fr_dev2 and its held-out twin are French political news plus world pages, and the false events of the
check half are dated events where a careful coder codes none, or true events placed or dated wrong. These articles
were written for this set in the manner of AFP, France 24, Le Monde and RFI world pages (headline, dateline,
several paragraphs), not from any dev text: the day's act beside what must give no dated event (totals "depuis
le début de la guerre", a ministry's cumulative toll, talks, UN statements, threats, funerals, anniversaries,
leaders' quotes, older events as background, forecasts), with French exonyms and French names of the actors.
Each article lists the events an ACLED coder would code: (sub-event type, actors as words of ACLED's names,
(lat, lon), day, fatalities or None when not scored); "optional" events are neither missed nor false.
Each article is coded by the real pipeline; a gold event is found by a dated event of its ACLED event type
(the best of them on day, place and actors), then its sub-event type, actors, place (within 50 km), day and
toll are scored; every dated event left over is false. Nothing is written.
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from datetime import date, timedelta

from sitrep.normalise.taxonomy import event_type_of
from sitrep.pipeline import Pipeline
from sitrep.text import fold
from sitrep.types import Article

AC, GRT, NSO = "Armed clash", "Government regains territory", "Non-state actor overtakes territory"
AIR, SH, IED, SB = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb"
ATT, ABD = "Attack", "Abduction/forced disappearance"
PP = "Peaceful protest"
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# places (general knowledge)
KHARKIV, ODESSA, POKROVSK, BELGOROD, KHERSON, KOURSK = ((49.99, 36.23), (46.48, 30.72), (48.28, 37.18),
                                                        (50.60, 36.59), (46.64, 32.61), (51.73, 36.19))
KHAN_YOUNES, RAFAH, GAZA, JENINE = (31.35, 34.30), (31.29, 34.25), (31.50, 34.47), (32.46, 35.30)
NABATIYE, KIRYAT_SHMONA = (33.38, 35.48), (33.21, 35.57)
HODEIDA, MARIB = (14.80, 42.95), (15.46, 45.32)
EL_FACHER, NYALA, WAD_MADANI = (13.63, 25.35), (12.05, 24.88), (14.40, 33.52)
BER, DJIBO, TILLABERI, KIDAL, BAMAKO = ((16.63, -2.33), (14.10, -1.63), (14.21, 1.45), (18.44, 1.41),
                                               (12.64, -8.00))
PORT_AU_PRINCE, MIREBALAIS = (18.54, -72.34), (18.83, -72.10)
GOMA, SAKE, BENI = (1.68, 29.22), (-1.57, 29.04), (0.49, 29.47)
MOGADISCIO, KISMAYO = (2.04, 45.34), (-0.36, 42.55)
MANBIJ, DAMAS = (36.53, 37.95), (33.51, 36.29)
MAIDUGURI, PARIS = (11.85, 13.16), (48.86, 2.35)


def ev(sub, actors, place, day, fatalities=None, optional=False, assoc=None):
    """A gold event; ``assoc`` lists words of the associates' names a set checks (the caller of a march)."""
    gold = {"sub": sub, "actors": actors, "place": place, "day": day, "fatalities": fatalities, "optional": optional}
    return gold if assoc is None else {**gold, "assoc": assoc}


# (id, publication date, text, events); a day is a weekday word (the last one on or before publication), an
# int (days before publication) or a tuple of either (any of them right: a night across two days)
ARTICLES = [
    ("ukr_kharkiv_missiles", date(2024, 5, 22), """Ukraine : sept morts dans une frappe de missiles russes sur Kharkiv

KIEV (AFP) - Au moins sept personnes ont été tuées mardi lorsque des missiles russes ont frappé une imprimerie et un quartier résidentiel de Kharkiv, la deuxième ville d'Ukraine, ont annoncé les autorités régionales.

« Les occupants ont visé délibérément des civils », a dénoncé sur Telegram le gouverneur de la région, qui fait état d'une vingtaine de blessés. Les secouristes fouillaient encore les décombres dans la soirée.

A une trentaine de kilomètres de la frontière, la ville est régulièrement visée depuis le début de l'invasion russe, en février 2022. Selon la mairie, plus de deux cents habitants y ont péri depuis le début de l'année.

Le président Volodymyr Zelensky a une nouvelle fois appelé les alliés occidentaux à livrer davantage de systèmes de défense antiaérienne. « Chaque jour de retard se paie en vies humaines », a-t-il écrit.""",
     [ev(SH, ["Russia", "Civilians"], KHARKIV, "mardi", 7)]),

    ("ukr_odessa_drones", date(2024, 3, 4), """Des drones russes frappent Odessa, deux morts

KIEV (AFP) - Deux personnes ont été tuées dans la nuit de dimanche à lundi par une attaque de drones russes contre Odessa, grand port du sud de l'Ukraine, selon l'administration militaire régionale.

Un immeuble de cinq étages a été partiellement détruit et plusieurs entrepôts du port ont pris feu, a précisé le chef de l'administration. Les pompiers ont mis plusieurs heures à maîtriser l'incendie.

Les forces aériennes de Kiev ont indiqué avoir abattu 31 des 38 drones de type Shahed lancés par la Russie au cours de la nuit sur l'ensemble du pays.

Moscou, qui dément viser les civils, affirme frapper des infrastructures militaires et énergétiques. Depuis l'été, la région d'Odessa subit des bombardements répétés visant les exportations de céréales.""",
     [ev(AIR, ["Russia"], ODESSA, ("dimanche", "lundi"), 2),
      ev("Disrupted weapons use", ["Ukraine"], ODESSA, ("dimanche", "lundi"), optional=True)]),

    ("ukr_pokrovsk_front", date(2024, 9, 12), """Dans l'est de l'Ukraine, l'armée repousse des assauts russes près de Pokrovsk

KIEV (AFP) - Les forces ukrainiennes ont repoussé mercredi une quinzaine d'assauts de l'armée russe aux abords de Pokrovsk, dans la région de Donetsk, a affirmé l'état-major ukrainien, sans donner de bilan.

Les troupes russes avancent depuis plusieurs semaines vers ce nœud logistique, dont la chute compliquerait l'approvisionnement du front. Une grande partie des habitants a été évacuée.

Selon Kiev, l'armée russe a perdu plus de 600 000 hommes, tués ou blessés, depuis le début de la guerre. Ces chiffres ne peuvent être vérifiés de manière indépendante et Moscou ne publie pas ses pertes.

Des analystes de l'Institut pour l'étude de la guerre estiment que l'offensive russe pourrait ralentir à l'approche de l'automne, lorsque la pluie rendra les routes impraticables.""",
     [ev(AC, ["Russia", "Ukraine"], POKROVSK, "mercredi")]),

    ("ukr_belgorod_drone", date(2024, 6, 8), """Russie : un mort dans une attaque de drone ukrainien dans la région de Belgorod

MOSCOU (AFP) - Un homme a été tué vendredi par un drone ukrainien qui a frappé sa voiture dans un village de la région russe de Belgorod, frontalière de l'Ukraine, a annoncé le gouverneur régional Viatcheslav Gladkov.

Deux autres personnes ont été blessées, a-t-il ajouté sur Telegram. L'armée russe a par ailleurs affirmé avoir intercepté une vingtaine de drones au-dessus de plusieurs régions du pays.

La région de Belgorod est régulièrement visée par des tirs depuis le territoire ukrainien. Les autorités y ont fermé des écoles et évacué des enfants vers d'autres régions.

Kiev ne commente généralement pas ces attaques, qu'elle présente comme une riposte aux bombardements russes sur ses villes.""",
     [ev(AIR, ["Ukraine"], BELGOROD, "vendredi", 1),
      ev("Disrupted weapons use", ["Russia"], BELGOROD, "vendredi", optional=True)]),

    ("ukr_pourparlers", date(2025, 5, 16), """Ukraine : à Istanbul, des pourparlers sans avancée sur un cessez-le-feu

ISTANBUL (AFP) - Les délégations russe et ukrainienne se sont retrouvées vendredi à Istanbul pour leurs premiers pourparlers directs depuis le printemps 2022, sans parvenir à s'entendre sur un cessez-le-feu.

« Nous sommes venus avec des propositions concrètes, la Russie est venue avec des ultimatums », a déclaré le ministre ukrainien de la Défense à l'issue de la rencontre. Le chef de la délégation russe a pour sa part jugé les discussions « utiles ».

Les deux parties ont seulement convenu de poursuivre le dialogue et d'étudier un éventuel échange de prisonniers. Le président américain avait plus tôt dans la semaine menacé Moscou de nouvelles sanctions en cas d'échec.

Sur le terrain, les combats se poursuivent le long d'un front de plus de 1 000 kilomètres. Selon les Nations unies, plus de 12 000 civils ont été tués en Ukraine depuis février 2022.""",
     []),

    ("ukr_boutcha_anniversaire", date(2025, 3, 31), """Ukraine : Boutcha commémore le troisième anniversaire de sa libération

KIEV (AFP) - Des centaines de personnes se sont recueillies lundi à Boutcha, près de Kiev, trois ans après le retrait des troupes russes de cette ville devenue le symbole des exactions commises pendant l'occupation.

Les habitants ont déposé des fleurs devant le mémorial où sont inscrits les noms des victimes. Plus de 400 corps de civils, dont certains portaient des traces de torture, avaient été découverts après le départ des soldats russes fin mars 2022.

« Nous n'oublierons jamais », a déclaré le maire de la ville lors de la cérémonie, en présence de plusieurs ambassadeurs européens. Le procureur général a rappelé que des enquêtes visaient des dizaines de militaires russes.

La Russie nie toute responsabilité et dénonce une mise en scène.""",
     []),

    ("ukr_kherson_obus", date(2024, 11, 20), """Ukraine : deux civils tués par des tirs d'artillerie russes à Kherson

KIEV (AFP) - Deux personnes ont été tuées mercredi matin par des tirs d'obus russes sur un quartier du centre de Kherson, dans le sud de l'Ukraine, a indiqué le chef de l'administration militaire régionale.

Un arrêt de bus et un magasin ont été touchés, a-t-il précisé, ajoutant que trois autres habitants avaient été hospitalisés.

Reprise par l'armée ukrainienne en novembre 2022 après huit mois d'occupation, la ville est bombardée presque chaque jour depuis la rive gauche du Dniepr, toujours tenue par les forces russes. La plupart de ses habitants l'ont quittée.

Les autorités locales ont annoncé la prolongation du couvre-feu et appelé les habitants à rester à proximité des abris.""",
     [ev(SH, ["Russia", "Civilians"], KHERSON, "mercredi", 2)]),

    ("ukr_funerailles", date(2024, 10, 5), """A Lviv, les funérailles de soldats tombés au front

LVIV (AFP) - Des centaines d'habitants de Lviv ont accompagné samedi les cercueils de quatre soldats morts sur le front de l'Est, lors d'une cérémonie à l'église de la garnison.

Les quatre hommes, âgés de 24 à 51 ans, étaient tombés en août dans la région de Donetsk, a indiqué la mairie. Le cortège a traversé la place du Marché avant de rejoindre le cimetière militaire, où plusieurs centaines de tombes ont été creusées depuis 2022.

« Ils ont donné leur vie pour que nous puissions vivre ici », a déclaré le maire de la ville. Une minute de silence a été observée dans les écoles.

Kiev ne publie pas de bilan officiel de ses pertes militaires.""",
     []),

    ("ukr_koursk", date(2024, 8, 14), """Russie : Moscou affirme contenir l'incursion ukrainienne dans la région de Koursk

MOSCOU (AFP) - L'armée russe a affirmé mardi avoir repoussé plusieurs tentatives des forces ukrainiennes d'avancer plus profondément dans la région de Koursk, une semaine après le début d'une incursion surprise.

« Les unités ont empêché des groupes mobiles ennemis de pénétrer en profondeur sur le territoire russe », a indiqué le ministère de la Défense dans un communiqué, sans préciser de lieu ni de bilan vérifiable.

Le président Vladimir Poutine a qualifié l'opération de « provocation de grande ampleur » et promis une « riposte digne ». Plus de 120 000 habitants de la région ont été évacués, selon les autorités locales.

Kiev n'a pas confirmé ces affirmations, le commandant en chef ukrainien assurant que ses troupes continuaient de progresser.""",
     [ev(AC, ["Russia", "Ukraine"], KOURSK, "mardi")]),

    ("gaza_mawasi", date(2024, 7, 17), """Gaza : douze morts dans une frappe israélienne sur des tentes près de Khan Younès

GAZA (AFP) - Douze Palestiniens, dont cinq enfants, ont été tués mardi dans une frappe israélienne visant des tentes de déplacés dans la zone d'al-Mawasi, près de Khan Younès, dans le sud de la bande de Gaza, a annoncé la Défense civile.

L'armée israélienne a déclaré avoir visé « un terroriste du Hamas » et dit examiner les informations faisant état de victimes civiles.

Des centaines de milliers de déplacés s'entassent dans cette zone côtière, décrétée « humanitaire » par Israël. Selon le ministère de la Santé du gouvernement dirigé par le Hamas, plus de 38 000 personnes ont été tuées dans le territoire depuis le début de la guerre, déclenchée par l'attaque du mouvement islamiste contre Israël le 7 octobre 2023.

Antonio Guterres, à la tête des Nations unies, s'est dit « profondément choqué » et a réclamé une nouvelle fois un cessez-le-feu immédiat.""",
     [ev(AIR, ["Israel", "Civilians"], KHAN_YOUNES, "mardi", 12)]),

    ("gaza_rafah_combats", date(2024, 6, 12), """Gaza : deux soldats israéliens tués dans des combats à Rafah

JÉRUSALEM (AFP) - Deux soldats israéliens ont été tués mardi lors de combats contre des combattants du Hamas à Rafah, dans le sud de la bande de Gaza, a annoncé l'armée israélienne.

La branche armée du mouvement islamiste, les Brigades Ezzedine al-Qassam, a affirmé avoir fait exploser une maison piégée au passage d'une unité israélienne dans un secteur occidental de Rafah.

L'armée israélienne a lancé début mai une offensive terrestre sur Rafah, à la frontière avec l'Egypte, malgré les mises en garde de la communauté internationale. Plus d'un million de personnes qui s'y étaient réfugiées ont fui depuis vers d'autres secteurs du territoire.

Selon un décompte de l'AFP fondé sur des chiffres officiels, plus de 300 soldats israéliens ont été tués depuis le début de l'offensive terrestre.""",
     [ev(AC, ["Israel", "Hamas"], RAFAH, "mardi", 2)]),

    ("gaza_treve_negociations", date(2024, 8, 16), """Gaza : les médiateurs espèrent un accord de trêve « dans les prochains jours »

DOHA (AFP) - Les médiateurs qatari, égyptien et américain ont affirmé vendredi avoir présenté aux deux parties une proposition « réduisant les écarts », à l'issue de deux jours de discussions à Doha sur une trêve dans la bande de Gaza.

« Nous sommes plus près que jamais d'un accord », a déclaré le président américain, tout en reconnaissant que « rien n'est encore fait ». Le Premier ministre israélien Benjamin Netanyahu a réaffirmé que la guerre ne s'arrêterait qu'avec « l'élimination » du Hamas.

Le mouvement islamiste, qui n'a pas participé directement aux discussions, a accusé Israël de multiplier les conditions. Il a menacé de cesser toute négociation en cas de nouvelle offensive sur le centre du territoire.

Les discussions doivent reprendre la semaine prochaine au Caire. Selon l'ONU, la quasi-totalité des 2,4 millions d'habitants de Gaza ont été déplacés au moins une fois depuis octobre.""",
     []),

    ("cisjordanie_jenine", date(2024, 8, 29), """Cisjordanie : trois Palestiniens tués par une frappe de drone israélienne à Djénine

RAMALLAH (AFP) - Trois Palestiniens ont été tués jeudi par une frappe de drone israélienne dans le camp de réfugiés de Djénine, dans le nord de la Cisjordanie occupée, a annoncé le ministère palestinien de la Santé.

L'armée israélienne a affirmé avoir visé « une cellule terroriste » qui s'apprêtait à poser des explosifs. Le Jihad islamique a revendiqué les trois hommes comme membres de sa branche armée.

Israël mène depuis mercredi une vaste opération dans plusieurs villes du nord de la Cisjordanie, la plus importante depuis des mois. Les routes d'accès au camp ont été labourées par des bulldozers et l'électricité y est coupée.

Depuis le début de la guerre à Gaza, plus de 650 Palestiniens ont été tués en Cisjordanie par des soldats ou des colons israéliens, selon les autorités palestiniennes.""",
     [ev(AIR, ["Israel"], JENINE, "jeudi", 3)]),

    ("liban_nabatiye", date(2024, 7, 9), """Liban : un membre du Hezbollah tué dans une frappe israélienne, roquettes sur le nord d'Israël

BEYROUTH (AFP) - Un membre du Hezbollah a été tué lundi dans une frappe de drone israélienne contre une voiture près de Nabatiyé, dans le sud du Liban, a indiqué une source proche du mouvement.

En riposte, le Hezbollah a affirmé avoir tiré une salve de roquettes sur des positions militaires à Kiryat Shmona, dans le nord d'Israël. L'armée israélienne a fait état de tirs « tombés dans des zones ouvertes », sans faire de blessé.

Le mouvement chiite, allié du Hamas, échange des tirs quasi quotidiens avec l'armée israélienne depuis octobre. Plus de 500 personnes, en majorité des combattants, ont été tuées au Liban depuis, selon un décompte de l'AFP.

L'émissaire américain Amos Hochstein est attendu cette semaine à Beyrouth pour tenter d'éviter une guerre ouverte.""",
     [ev(AIR, ["Israel", "Hezbollah"], NABATIYE, "lundi", 1), ev(SH, ["Hezbollah"], KIRYAT_SHMONA, "lundi", 0)]),

    ("liban_bilan_treve", date(2024, 12, 4), """Liban : le bilan de plus d'un an de conflit dépasse 4 000 morts

BEYROUTH (AFP) - Plus de 4 000 personnes ont été tuées au Liban depuis le début des hostilités entre Israël et le Hezbollah en octobre 2023, a annoncé mercredi le ministère libanais de la Santé, une semaine après l'entrée en vigueur d'un cessez-le-feu.

Parmi les victimes figurent plus de 300 enfants, a précisé le ministre devant des journalistes. Plus de 16 000 personnes ont été blessées.

Le cessez-le-feu, négocié sous l'égide de Washington et de Paris, prévoit le retrait progressif des troupes israéliennes du sud du pays en soixante jours et le déploiement de l'armée libanaise. Les deux camps s'accusent mutuellement de l'avoir violé.

Des dizaines de milliers de déplacés sont rentrés dans leurs villages, dont beaucoup ont été réduits en ruines.""",
     []),

    ("yemen_hodeida_frappes", date(2024, 2, 25), """Yémen : nouvelles frappes américaines et britanniques sur Hodeïda

SANAA (AFP) - Les Etats-Unis et le Royaume-Uni ont mené samedi une série de frappes contre des positions des houthis à Hodeïda, dans l'ouest du Yémen, faisant trois morts, selon la chaîne Al-Massira des rebelles.

Le Pentagone a indiqué avoir visé des dépôts d'armes souterrains, des lanceurs de missiles et des radars utilisés pour attaquer les navires en mer Rouge.

Les houthis ont promis de poursuivre leurs attaques « tant que l'agression contre Gaza continuera ». « Ces frappes ne resteront pas sans réponse », a averti un porte-parole militaire du mouvement.

Les rebelles, soutenus par l'Iran, affirment avoir visé plusieurs dizaines de navires depuis novembre, forçant de nombreux armateurs à contourner l'Afrique.""",
     [ev(AIR, ["United States", "Supreme Political Council"], HODEIDA, "samedi", 3)]),

    ("yemen_marib", date(2023, 10, 11), """Yémen : huit combattants tués dans des affrontements au sud de Marib

SANAA (AFP) - Huit combattants ont été tués mardi dans des affrontements entre les forces gouvernementales et les rebelles houthis au sud de Marib, dans le centre du Yémen, ont indiqué des sources militaires des deux camps.

Les combats ont éclaté lorsque les rebelles ont tenté de s'emparer d'une colline surplombant une route d'approvisionnement, selon un officier des forces loyalistes. Cinq soldats et trois rebelles figurent parmi les morts.

Malgré une trêve négociée sous l'égide de l'ONU en avril 2022 et officiellement expirée six mois plus tard, les lignes de front sont restées relativement calmes, ponctuées d'accrochages sporadiques.

La guerre au Yémen a fait des centaines de milliers de morts, directement ou indirectement, selon les Nations unies.""",
     [ev(AC, ["Yemen (2022", "Supreme Political Council"], MARIB, "mardi", 8)]),

    ("soudan_el_facher", date(2024, 12, 16), """Soudan : quinze morts dans des bombardements des FSR sur El-Facher

PORT-SOUDAN (AFP) - Au moins quinze civils ont été tués dimanche dans des bombardements des Forces de soutien rapide (FSR) sur El-Facher, capitale assiégée du Darfour-Nord, ont annoncé les comités de résistance locaux.

Les obus ont notamment touché le camp de déplacés d'Abou Chouk, en lisière de la ville, selon un groupe de bénévoles. L'hôpital saoudien, l'un des derniers encore en activité, a reçu des dizaines de blessés.

Les paramilitaires dirigés par le général Mohamed Hamdane Daglo assiègent depuis mai la ville, dernière grande localité du Darfour qui échappe à leur contrôle.

L'ONU a de nouveau mis en garde contre « un massacre » si l'assaut se poursuit. La guerre, qui oppose depuis avril 2023 l'armée aux FSR, a fait des dizaines de milliers de morts et plus de onze millions de déplacés.""",
     [ev(SH, ["Rapid Support Forces", "Civilians"], EL_FACHER, "dimanche", 15)]),

    ("soudan_nyala_drone", date(2025, 2, 7), """Soudan : une frappe de drone de l'armée sur un marché de Nyala fait vingt morts

NAIROBI (AFP) - Une frappe de drone attribuée à l'armée soudanaise a tué au moins vingt personnes jeudi sur un marché de Nyala, la capitale du Darfour-Sud contrôlée par les Forces de soutien rapide, selon une organisation de médecins.

« Les victimes sont des commerçants et des acheteurs », a dénoncé le réseau des médecins du Soudan dans un communiqué, accusant l'armée de « crime de guerre ». L'armée n'a pas réagi.

Nyala, deuxième ville du pays, est tombée aux mains des paramilitaires en octobre 2023. Elle est depuis la cible régulière de frappes aériennes de l'armée, qui conserve la maîtrise du ciel.

Le chef de l'armée, le général Abdel Fattah al-Burhane, a répété cette semaine qu'il n'y aurait « ni trêve ni négociation » avec les FSR.""",
     [ev(AIR, ["Sudan"], NYALA, "jeudi", 20)]),

    ("soudan_wad_madani", date(2025, 1, 12), """Soudan : l'armée annonce avoir repris Wad Madani aux paramilitaires

PORT-SOUDAN (AFP) - L'armée soudanaise a annoncé samedi avoir repris le contrôle de Wad Madani, chef-lieu de l'Etat d'Al-Jazira, tombé aux mains des Forces de soutien rapide il y a plus d'un an.

« Nos forces sont entrées dans la ville ce matin et la ratissent », a indiqué un porte-parole militaire. Des images diffusées sur les réseaux sociaux montraient des soldats en liesse devant le siège du gouvernement local.

Les FSR n'ont pas commenté dans l'immédiat. La perte de cette ville, carrefour situé à 180 kilomètres au sud-est de Khartoum, constituerait un revers majeur pour les paramilitaires.

Des habitants de la capitale ont célébré l'annonce dans les rues. Des organisations de défense des droits humains s'inquiètent toutefois de possibles représailles contre des civils accusés de collaboration.""",
     [ev(GRT, ["Sudan", "Rapid Support Forces"], WAD_MADANI, "samedi")]),

    ("soudan_onu_bilan", date(2025, 4, 15), """Soudan : deux ans de guerre, « la pire crise humanitaire au monde » selon l'ONU

GENÈVE (AFP) - Deux ans après le début de la guerre entre l'armée et les Forces de soutien rapide, le Soudan connaît « la pire crise humanitaire au monde », a averti mardi le Haut-Commissaire de l'ONU aux réfugiés.

Plus de douze millions de personnes ont été chassées de chez elles, dont près de quatre millions ont fui vers les pays voisins, a-t-il rappelé. La famine a été déclarée dans plusieurs zones du Darfour et du Kordofan.

Le conflit a fait des dizaines de milliers de morts. Certaines estimations évoquent jusqu'à 150 000 victimes, un chiffre impossible à vérifier.

Une conférence internationale réunie à Londres a promis de nouveaux financements, mais n'a pas permis de relancer les négociations. Les analystes redoutent une partition de fait du pays, l'armée tenant l'est et le centre, les paramilitaires la majeure partie du Darfour.""",
     []),

    ("sahel_tombouctou", date(2023, 9, 9), """Mali : l'armée dit avoir repoussé une attaque jihadiste près de Tombouctou

BAMAKO (AFP) - L'armée malienne a affirmé avoir repoussé vendredi une attaque de jihadistes contre son camp de Ber, à une cinquantaine de kilomètres de Tombouctou, tuant une dizaine d'assaillants.

« Les terroristes ont été mis en déroute », a indiqué l'état-major dans un communiqué, faisant état de deux soldats blessés. L'attaque a été revendiquée par le JNIM (ou GSIM), la coalition jihadiste liée à Al-Qaïda.

Tombouctou est soumise depuis août à un blocus des jihadistes, qui empêchent l'approvisionnement de la ville par la route et le fleuve. Les prix des denrées y ont flambé.

Le nord du Mali est le théâtre d'une escalade depuis le départ de la mission de l'ONU, la Minusma, dont les camps sont convoités par les jihadistes et les groupes armés touareg.""",
     [ev(AC, ["JNIM", "Mali"], BER, "vendredi", 10)]),

    ("sahel_djibo", date(2024, 6, 14), """Burkina Faso : des dizaines de civils tués dans une attaque près de Djibo

OUAGADOUGOU (AFP) - Au moins 25 civils ont été tués mardi par des jihadistes présumés dans un village situé à une vingtaine de kilomètres de Djibo, dans le nord burkinabè, ont indiqué jeudi des sources locales et sécuritaires.

« Les assaillants sont arrivés à moto en fin d'après-midi et ont tiré sur les hommes rassemblés au marché », a raconté un habitant réfugié à Djibo. Des greniers et des boutiques ont été incendiés.

Aucune revendication n'avait été publiée jeudi. La zone est l'un des bastions du JNIM, qui impose un blocus à Djibo depuis plus de deux ans.

Le Burkina Faso, dirigé par une junte depuis 2022, est pris dans une spirale de violences jihadistes qui ont fait plus de 20 000 morts en une décennie et plus de deux millions de déplacés.""",
     [ev(ATT, ["Civilians"], DJIBO, "mardi", 25)]),

    ("sahel_tillaberi", date(2024, 3, 22), """Niger : douze soldats tués dans une embuscade dans la région de Tillabéri

NIAMEY (AFP) - Douze soldats nigériens ont été tués mercredi dans une embuscade tendue par des combattants de l'Etat islamique au Sahel près de Tillabéri, dans l'ouest du Niger, a annoncé jeudi le ministère de la Défense.

« Au cours de la riposte, plus d'une trentaine de terroristes ont été neutralisés », affirme le communiqué, lu à la télévision publique. Le gouvernement a décrété trois jours de deuil national.

La région de Tillabéri, dans la zone dite des « trois frontières » entre le Niger, le Mali et le Burkina Faso, est le théâtre d'attaques récurrentes des groupes liés à l'Etat islamique et à Al-Qaïda.

Le général Abdourahamane Tiani, arrivé au pouvoir par un coup d'Etat en juillet, avait justifié le putsch par la dégradation de la situation sécuritaire.""",
     [ev(AC, ["Islamic State", "Niger"], TILLABERI, "mercredi", 12)]),

    ("sahel_kidal_drone", date(2024, 3, 18), """Mali : huit civils tués par une frappe de drone de l'armée près de Kidal, selon les rebelles

BAMAKO (AFP) - Huit civils, dont trois enfants, ont été tués dimanche par une frappe de drone de l'armée malienne près de Kidal, dans le nord du Mali, ont affirmé les rebelles à dominante touareg du Cadre stratégique permanent (CSP).

Un responsable local joint par téléphone a confirmé le bilan, précisant que la frappe avait visé un groupe de personnes réunies près d'un puits. L'armée a indiqué de son côté avoir « neutralisé des terroristes » dans la zone.

Kidal, ancien fief de la rébellion, a été reprise par l'armée et ses alliés russes de Wagner en novembre. Les rebelles se sont repliés vers la frontière algérienne.

Les organisations de défense des droits humains accusent régulièrement l'armée et ses partenaires russes d'exactions contre des civils, ce que Bamako dément.""",
     [ev(AIR, ["Mali", "Civilians"], KIDAL, "dimanche", 8)]),

    ("sahel_aes_sommet", date(2024, 7, 7), """Sahel : à Niamey, les juntes scellent leur confédération

NIAMEY (AFP) - Les chefs des juntes du Mali, du Burkina Faso et du Niger ont signé samedi à Niamey le traité créant une confédération de l'Alliance des Etats du Sahel (AES), tournant un peu plus le dos à la Communauté économique des Etats de l'Afrique de l'Ouest.

« Nos peuples ont irrévocablement tourné le dos à la Cédéao », a lancé le général Abdourahamane Tiani en ouvrant le sommet. Les trois dirigeants ont annoncé la création d'une force unifiée pour lutter contre les groupes jihadistes.

Le capitaine Ibrahim Traoré a dénoncé « les ingérences étrangères » et promis de « reconquérir chaque centimètre » du territoire burkinabè.

Les trois pays, confrontés à des violences jihadistes meurtrières depuis 2012, ont rompu avec la France et se sont rapprochés de la Russie.""",
     []),

    ("sahel_bamako_attaque", date(2024, 9, 18), """Mali : une attaque jihadiste vise une école de gendarmerie à Bamako

BAMAKO (AFP) - Des jihadistes ont attaqué mardi à l'aube une école de gendarmerie et l'aéroport militaire de Bamako, une attaque revendiquée par le JNIM, affilié à Al-Qaïda, a-t-on appris de sources sécuritaires.

Des tirs nourris et des explosions ont été entendus pendant plusieurs heures dans le quartier de Faladié. Un responsable sécuritaire a fait état mercredi de plus de 70 morts, sans préciser s'il s'agissait d'élèves gendarmes ou d'assaillants.

Le gouvernement a affirmé que la situation était « sous contrôle » et annoncé l'arrestation de plusieurs suspects. C'est la première attaque de cette ampleur dans la capitale depuis des années.

Les jihadistes étendent leurs opérations depuis le départ des forces françaises en 2022, malgré le soutien des paramilitaires russes à l'armée malienne.""",
     [ev(AC, ["JNIM", "Mali"], BAMAKO, "mardi", 70), ev("Arrests", ["Mali"], BAMAKO, 0, optional=True)]),

    ("haiti_solino", date(2024, 10, 30), """Haïti : six morts dans une attaque de gangs dans un quartier de Port-au-Prince

PORT-AU-PRINCE (AFP) - Au moins six personnes ont été tuées mardi lors d'une attaque de gangs armés contre le quartier de Solino, à Port-au-Prince, ont indiqué des habitants et une organisation de défense des droits humains.

Les assaillants ont incendié plusieurs maisons et contraint des centaines de familles à fuir vers des quartiers voisins, selon ces sources. Des corps gisaient encore dans les rues mercredi matin.

La capitale haïtienne est contrôlée à plus de 80 % par des gangs, regroupés pour la plupart dans la coalition Viv Ansanm. La police, épaulée par une mission multinationale menée par le Kenya, peine à reprendre le terrain.

Selon l'ONU, plus de 4 500 personnes ont été tuées en Haïti depuis le début de l'année.""",
     [ev(ATT, ["Civilians"], PORT_AU_PRINCE, "mardi", 6)]),

    ("haiti_delmas", date(2024, 11, 22), """Haïti : la police affirme avoir tué quatre membres de gangs à Delmas

PORT-AU-PRINCE (AFP) - Quatre membres présumés de gangs ont été tués jeudi lors d'affrontements avec la police nationale à Delmas, dans la zone métropolitaine de Port-au-Prince, a annoncé le porte-parole de la police.

Des agents appuyés par un blindé ont riposté à des tirs provenant d'un groupe armé qui tentait d'avancer vers un commissariat, a-t-il précisé. Aucun policier n'a été blessé.

Les gangs, qui ont multiplié les attaques ces derniers mois dans des quartiers jusque-là épargnés, avaient menacé la veille de « brûler » plusieurs commissariats.

Le Conseil présidentiel de transition a promis des élections d'ici à 2026, un calendrier jugé irréaliste par de nombreux observateurs.""",
     [ev(AC, ["Police", "Haiti"], (18.55, -72.30), "jeudi", 4)]),

    ("haiti_mirebalais", date(2025, 4, 1), """Haïti : des gangs prennent Mirebalais et libèrent des centaines de détenus

PORT-AU-PRINCE (AFP) - Des membres de la coalition de gangs Viv Ansanm se sont emparés lundi de la ville de Mirebalais, dans le centre d'Haïti, où ils ont attaqué la prison civile et libéré plus de 500 détenus, selon les autorités.

Les assaillants ont incendié le commissariat et plusieurs bâtiments publics, a indiqué un élu local, faisant état de plusieurs morts parmi les habitants sans donner de chiffre. Des milliers de personnes ont fui vers les localités voisines.

Mirebalais, située sur la route du Plateau central, était jusqu'ici épargnée par les violences qui ravagent la capitale.

Le gouvernement a condamné « une attaque contre la nation » et promis une riposte. Le Premier ministre s'est rendu dans la soirée au siège de la police.""",
     [ev(NSO, ["Viv Ansanm"], MIREBALAIS, "lundi")]),

    ("haiti_conseil_securite", date(2024, 9, 30), """Haïti : le Conseil de sécurité prolonge la mission multinationale

NEW YORK (AFP) - Le Conseil de sécurité de l'ONU a prolongé lundi d'un an le mandat de la mission multinationale d'appui à la sécurité en Haïti, dirigée par le Kenya, sans la transformer en opération de maintien de la paix comme le souhaitait Port-au-Prince.

« Nous avons besoin de plus de moyens, de plus d'hommes, de plus d'équipements », a plaidé le Premier ministre haïtien à la tribune. Seuls quelque 400 policiers kényans sont déployés sur les 2 500 promis.

La Chine et la Russie ont exprimé des réserves sur une mission onusienne. Les Etats-Unis ont annoncé une contribution supplémentaire de 160 millions de dollars.

Selon l'ONU, la violence des gangs a fait plus de 3 600 morts au premier semestre et plus de 700 000 déplacés dans le pays.""",
     []),

    ("rdc_sake", date(2024, 2, 20), """RDC : combats entre l'armée et le M23 près de Sake, un obus tombe sur un camp de déplacés

GOMA (AFP) - De violents combats ont opposé lundi l'armée congolaise aux rebelles du M23 sur les collines entourant Sake, à une vingtaine de kilomètres à l'ouest de Goma, dans l'est congolais, selon des sources sécuritaires.

Dans la soirée, un obus est tombé sur le camp de déplacés de Mugunga, en périphérie de Goma, tuant cinq personnes, a indiqué un responsable du camp. L'origine du tir n'a pas pu être établie.

Le M23, soutenu selon l'ONU par le Rwanda, a conquis de vastes pans du Nord-Kivu depuis sa résurgence fin 2021. Kigali dément tout soutien.

Félix Tshisekedi a pour sa part accusé le Rwanda de vouloir « balkaniser » le pays et exclu tout dialogue avec les rebelles.""",
     [ev(AC, ["M23", "Congo"], SAKE, "lundi"), ev(SH, ["Civilians"], GOMA, "lundi", 5)]),

    ("rdc_beni_adf", date(2023, 6, 14), """RDC : dix-huit civils tués par des rebelles ADF près de Beni

BENI (AFP) - Dix-huit civils ont été tués dans la nuit de lundi à mardi par des rebelles des Forces démocratiques alliées (ADF) dans un village proche de Beni, dans la province du Nord-Kivu, a-t-on appris auprès de la société civile.

Les victimes, pour la plupart des agriculteurs, ont été tuées à la machette et par balles, selon un responsable local. Plusieurs personnes ont été enlevées et des maisons incendiées.

Les ADF, qui ont prêté allégeance au groupe Etat islamique, sont accusées d'avoir tué des milliers de civils dans la région depuis 2014. Les armées congolaise et ougandaise mènent contre eux des opérations conjointes depuis fin 2021.

La société civile a appelé à une journée ville morte mercredi pour dénoncer l'insécurité.""",
     [ev(ATT, ["ADF", "Civilians"], BENI, ("lundi", "mardi"), 18)]),

    ("rdc_processus_paix", date(2025, 6, 28), """RDC-Rwanda : un accord de paix signé à Washington

WASHINGTON (AFP) - Les chefs de la diplomatie congolaise et rwandaise ont signé vendredi à Washington un accord de paix censé mettre fin à des décennies de conflit dans l'est congolais.

Le texte prévoit le retrait des troupes rwandaises dans un délai de 90 jours et la création d'un mécanisme conjoint de sécurité. « C'est un moment historique », a salué le secrétaire d'Etat américain.

Le M23, qui contrôle Goma et Bukavu depuis le début de l'année, n'est pas partie à l'accord. Des discussions parallèles se tiennent à Doha sous médiation qatarie.

Des organisations de la société civile congolaise ont exprimé leur scepticisme, rappelant que plusieurs accords signés depuis 2013 sont restés lettre morte.""",
     [ev("Agreement", ["Congo", "Rwanda"], (38.90, -77.04), "vendredi", optional=True)]),

    ("somalie_mogadiscio", date(2024, 8, 3), """Somalie : neuf morts dans un attentat suicide contre un café de Mogadiscio

MOGADISCIO (AFP) - Au moins neuf personnes ont été tuées vendredi soir dans un attentat suicide contre un café de la plage du Lido, à Mogadiscio, revendiqué par les shebab, a annoncé la police somalienne.

Un kamikaze s'est fait exploser à l'entrée de l'établissement, fréquenté par des familles, avant que des hommes armés n'ouvrent le feu, a précisé un porte-parole. Une vingtaine de blessés ont été hospitalisés.

Les shebab, liés à Al-Qaïda, combattent depuis plus de quinze ans le gouvernement fédéral soutenu par la communauté internationale. En 2022, le président Hassan Cheikh Mohamoud avait déclaré une « guerre totale » contre les islamistes.

La plage du Lido avait déjà été visée par une attaque similaire il y a un an.""",
     [ev(SB, ["Al Shabaab", "Civilians"], MOGADISCIO, "vendredi", 9)]),

    ("somalie_africom", date(2023, 12, 8), """Somalie : l'armée américaine dit avoir tué trois shebab dans une frappe

NAIROBI (AFP) - Le commandement militaire américain pour l'Afrique (Africom) a annoncé jeudi avoir tué trois combattants shebab dans une frappe aérienne menée la veille à une quarantaine de kilomètres au nord-est de Kismayo, dans le sud de la Somalie.

La frappe a été effectuée à la demande du gouvernement somalien, a précisé Africom, qui affirme qu'aucun civil n'a été blessé.

Washington a multiplié ces derniers mois les frappes en soutien à l'offensive de l'armée somalienne contre les islamistes. Quelque 450 militaires américains sont déployés dans le pays.""",
     [ev(AIR, ["United States", "Al Shabaab"], KISMAYO, "mercredi", 3)]),

    ("syrie_manbij", date(2024, 12, 12), """Syrie : onze morts dans des combats entre forces kurdes et factions proturques près de Manbij

BEYROUTH (AFP) - Onze combattants ont été tués mercredi dans des affrontements entre les Forces démocratiques syriennes (FDS), dominées par les Kurdes, et des factions syriennes soutenues par la Turquie près de Manbij, dans le nord de la Syrie, a indiqué l'OSDH, une ONG basée au Royaume-Uni.

Les factions de l'Armée nationale syrienne ont pris le contrôle de la ville lundi, selon l'ONG. Les FDS ont annoncé avoir lancé une contre-offensive.

La Turquie considère les Unités de protection du peuple (YPG), colonne vertébrale des FDS, comme une organisation « terroriste ». Washington, allié des FDS dans la lutte contre l'Etat islamique, a appelé à la retenue.

Le président déchu Bachar al-Assad a fui en Russie dimanche après l'offensive éclair d'une coalition rebelle.""",
     [ev(AC, ["SDF", "Syrian National Army"], MANBIJ, "mercredi", 11),
      ev(NSO, ["Syrian National Army"], MANBIJ, "lundi", optional=True)]),

    ("syrie_damas_frappe", date(2023, 10, 22), """Syrie : deux soldats tués dans des frappes israéliennes près de Damas

DAMAS (AFP) - Deux soldats syriens ont été tués dimanche à l'aube dans des frappes israéliennes visant l'aéroport de Damas et des positions militaires dans la banlieue de la capitale, a rapporté l'agence officielle Sana, citant une source militaire.

Les frappes ont mis l'aéroport hors service pour la deuxième fois en deux semaines, selon la même source. L'armée israélienne n'a pas commenté, comme à son habitude.

Israël a mené des centaines de frappes en Syrie depuis le début de la guerre civile en 2011, visant principalement des positions des forces iraniennes et du Hezbollah.""",
     [ev(AIR, ["Israel", "Syria"], DAMAS, "dimanche", 2)]),

    ("syrie_anniversaire", date(2024, 3, 15), """Syrie : treize ans après le soulèvement, un pays exsangue

BEYROUTH (AFP) - Treize ans après le début du soulèvement contre le régime de Bachar al-Assad, la Syrie reste un pays morcelé où plus de 90 % de la population vit sous le seuil de pauvreté, selon les Nations unies.

Le conflit, déclenché par la répression de manifestations prodémocratie en mars 2011, a fait plus d'un demi-million de morts, selon l'OSDH, une ONG qui dispose d'un vaste réseau de sources. Des millions de Syriens vivent toujours en exil.

A Idleb, dernier grand bastion rebelle, des milliers de personnes se sont rassemblées vendredi pour marquer l'anniversaire. Le régime, réintégré l'an dernier dans la Ligue arabe, contrôle environ les deux tiers du territoire.

« Nous ne rentrerons pas tant que le régime sera là », a déclaré un réfugié installé en Turquie.""",
     [ev(PP, ["Protesters"], (35.93, 36.63), "vendredi", optional=True)]),

    ("nigeria_maiduguri", date(2024, 1, 18), """Nigeria : sept agriculteurs tués par des jihadistes près de Maiduguri

KANO (AFP) - Sept agriculteurs ont été tués mardi par des combattants de Boko Haram dans des champs situés à une quinzaine de kilomètres de Maiduguri, la capitale de l'Etat du Borno, dans le nord-est du Nigeria, a indiqué mercredi un responsable d'une milice locale.

Les victimes ramassaient du bois lorsque des hommes armés à moto les ont encerclées, a-t-il raconté. Deux autres agriculteurs sont portés disparus.

Les jihadistes accusent régulièrement les paysans de renseigner l'armée et les milices. Le conflit dans le nord-est du Nigeria a fait plus de 40 000 morts et deux millions de déplacés depuis 2009, selon l'ONU.""",
     [ev(ATT, ["Boko Haram", "Civilians"], MAIDUGURI, "mardi", 7)]),

    ("paris_manif_gaza", date(2023, 10, 29), """A Paris, des milliers de manifestants pour un cessez-le-feu à Gaza

PARIS (AFP) - Plusieurs milliers de personnes ont manifesté samedi à Paris pour réclamer un cessez-le-feu dans la bande de Gaza, dans le calme, après l'autorisation du rassemblement par la préfecture de police.

Le cortège, parti de la place de la République, a rejoint la place de la Nation en fin d'après-midi, aux cris de « Palestine libre ». Les organisateurs ont revendiqué 15 000 participants, la police 8 000.

Le ministre de l'Intérieur avait demandé en octobre aux préfets d'interdire les manifestations propalestiniennes, une décision ensuite nuancée par le Conseil d'Etat.

Le président Emmanuel Macron doit se rendre la semaine prochaine au Caire pour des entretiens sur la situation humanitaire.""",
     [ev(PP, ["Protesters"], PARIS, "samedi", 0)]),

    ("gaza_aide_pam", date(2024, 3, 20), """Gaza : l'ONU avertit d'une famine « imminente » dans le nord

ROME (AFP) - La famine est « imminente » dans le nord de la bande de Gaza, où 300 000 personnes vivent toujours, a averti mardi le Programme alimentaire mondial (PAM), appelant Israël à ouvrir davantage de points de passage.

« Chaque jour de retard coûte des vies », a déclaré la directrice de l'agence. Selon un rapport d'experts soutenu par l'ONU, la moitié de la population du territoire souffre d'une insécurité alimentaire catastrophique.

Israël rejette ces accusations et affirme que l'aide entre sans restrictions, accusant le Hamas de la détourner. Les Etats-Unis et la Jordanie ont largué ces dernières semaines des colis de vivres par avion.

Le ministère de la Santé du Hamas a fait état de 27 enfants morts de malnutrition depuis le début de la guerre.""",
     []),

    ("soudan_el_obeid_menace", date(2025, 7, 3), """Soudan : les paramilitaires menacent El-Obeid, la population craint un siège

PORT-SOUDAN (AFP) - Les Forces de soutien rapide (FSR) ont promis mercredi de « libérer » El-Obeid, capitale du Kordofan-Nord, faisant craindre aux habitants un siège semblable à celui d'El-Facher.

« Nos forces encerclent la ville et l'assaut n'est qu'une question de temps », a affirmé un commandant paramilitaire dans une vidéo. L'armée assure avoir renforcé ses défenses et appelé les habitants à ne pas céder à la panique.

Selon des analystes, une offensive sur El-Obeid, verrou sur la route de Khartoum, pourrait marquer un tournant dans la guerre. Les prix ont doublé sur les marchés de la ville en quelques semaines, a indiqué un commerçant.

L'envoyé de l'ONU a appelé les deux camps à épargner les civils.""",
     []),

    ("ukr_zelensky_discours", date(2024, 2, 24), """Ukraine : deux ans de guerre, Zelensky promet que son pays « vaincra »

KIEV (AFP) - Le président ukrainien Volodymyr Zelensky a promis samedi que son pays « vaincra », lors d'une cérémonie marquant le deuxième anniversaire de l'invasion russe, en présence de plusieurs dirigeants occidentaux venus à Kiev.

« Tout individu normal veut que la guerre se termine. Mais aucun de nous ne laissera l'Ukraine prendre fin », a-t-il déclaré à l'aéroport de Hostomel, théâtre de violents combats aux premiers jours de l'invasion en février 2022.

Le président a pour la première fois donné un bilan des pertes militaires ukrainiennes, affirmant que 31 000 soldats avaient été tués depuis le début de la guerre.

Plusieurs dirigeants européens ont annoncé de nouveaux accords de sécurité. Moscou a de son côté dénoncé « l'entêtement » des Occidentaux.""",
     []),

    ("gaza_nuseirat_ecole", date(2024, 6, 7), """Gaza : une frappe israélienne sur une école de l'ONU fait au moins trente morts

GAZA (AFP) - Une frappe israélienne a touché jeudi une école de l'ONU abritant des déplacés à Nousseirat, dans le centre de la bande de Gaza, tuant au moins trente personnes, selon un responsable de l'hôpital voisin.

L'armée israélienne a affirmé avoir visé des combattants du Hamas et du Jihad islamique « opérant à l'intérieur » de l'établissement. Le directeur de l'agence onusienne pour les réfugiés palestiniens a dénoncé une attaque « horrible ».

L'offensive dans le centre du territoire s'est intensifiée ces derniers jours. Israël a mené sa riposte militaire après l'attaque sans précédent du Hamas sur son sol le 7 octobre, qui a fait 1 200 morts, selon un décompte de l'AFP.""",
     [ev(AIR, ["Israel"], (31.45, 34.39), "jeudi", 30)]),

    ("rdc_goma_tombee", date(2025, 1, 28), """RDC : le M23 affirme contrôler Goma, combats autour de l'aéroport

GOMA (AFP) - Les rebelles du M23 et des soldats rwandais ont affirmé lundi contrôler Goma, la capitale du Nord-Kivu, après une offensive éclair, tandis que des tirs étaient encore entendus mardi aux abords de l'aéroport, selon des habitants.

Des corps gisaient dans plusieurs rues du centre, a constaté un journaliste. Des centaines de détenus se sont évadés de la prison centrale pendant la nuit. La mission de l'ONU, la Monusco, a indiqué que plusieurs de leurs soldats avaient été tués ces derniers jours.

Le Conseil de sécurité de l'ONU s'est réuni en urgence et a appelé au retrait des « forces extérieures ». Kinshasa a rompu ses relations diplomatiques avec Kigali.

A Kinshasa, des manifestants ont attaqué mardi plusieurs ambassades, dont celles de France et du Rwanda.""",
     [ev(NSO, ["M23"], GOMA, "lundi", optional=True), ev(AC, ["M23"], GOMA, ("lundi", "mardi"), optional=True),
      ev("Violent demonstration", ["Rioters"], (-4.32, 15.31), "mardi")]),

    ("yemen_menaces_mer_rouge", date(2024, 1, 5), """Mer Rouge : les houthis menacent les Etats-Unis après la mort de dix combattants

SANAA (AFP) - Les rebelles houthis du Yémen ont averti vendredi que Washington « paiera le prix » de la mort de dix de leurs combattants, tués dimanche lorsque des hélicoptères américains ont coulé leurs embarcations en mer Rouge.

Le chef du mouvement, Abdel Malek al-Houthi, a affirmé dans un discours télévisé que toute attaque contre le Yémen entraînerait une « riposte plus forte » que les opérations menées jusqu'ici contre les navires.

Une coalition de douze pays menée par les Etats-Unis a adressé mercredi aux rebelles un « dernier avertissement ». Plusieurs grands armateurs ont suspendu leurs passages par le détroit de Bab el-Mandeb.""",
     [ev(AC, ["United States", "Supreme Political Council"], (14.5, 42.5), "dimanche", 10, optional=True)]),

    ("france_politique", date(2024, 10, 2), """Budget : le Premier ministre promet un effort « sans précédent »

PARIS (AFP) - Le Premier ministre a défendu mardi devant l'Assemblée nationale un effort budgétaire « sans précédent » de 60 milliards d'euros, lors de sa déclaration de politique générale, accueillie par des huées sur les bancs de la gauche.

« La véritable épée de Damoclès, c'est notre dette », a-t-il lancé, annonçant une contribution exceptionnelle des plus grandes entreprises. Le Rassemblement national a prévenu qu'il ne voterait pas un budget « punitif ».

La gauche a annoncé le dépôt d'une motion de censure, qui n'a guère de chances d'aboutir sans le soutien de l'extrême droite. Le ministre de l'Intérieur a de son côté promis de « rétablir l'ordre » face à la hausse des violences liées au trafic de drogue.

Les syndicats appellent à une journée de mobilisation le 1er octobre.""",
     []),
]


def _day(spec, published: date) -> set[date]:
    specs = spec if isinstance(spec, tuple) else (spec,)
    out = set()
    for s in specs:
        if isinstance(s, int):
            out.add(published - timedelta(days=s))
        else:
            out.add(published - timedelta(days=(published.weekday() - JOURS.index(s)) % 7))
    return out


def km(a, b) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def dated(events) -> list:
    return [e for e in events if e.status in ("reported", "ongoing") and e.event_type and e.event_date]


def _checks(gold, e, published) -> dict:
    names = " / ".join(fold(a.name) for a in (e.actor1, e.actor2) if a is not None)
    place = (e.place.lat, e.place.lon) if e.place is not None and e.place.lat is not None else None
    checks = {
        "sub": e.sub_event_type == gold["sub"],
        "actors": all(fold(w) in names for w in gold["actors"]),
        "place": place is not None and km(place, gold["place"]) <= 50,
        "date": e.event_date in _day(gold["day"], published),
        "toll": gold["fatalities"] is None or (e.fatalities or 0) == gold["fatalities"],
    }
    if "assoc" in gold:
        assoc = " / ".join(fold(a.name) for a in (*e.assoc_actor_1, *e.assoc_actor_2))
        checks["assoc"] = all(fold(w) in assoc for w in gold["assoc"])
    return checks


def score(article, events) -> tuple[list, list]:
    """Each gold event takes the best unused dated event of its ACLED type; the rest are false."""
    _, published, _, golds = article
    left = dated(events)
    rows = []
    for gold in sorted(golds, key=lambda g: g["optional"]):
        same = [e for e in left if e.event_type == event_type_of(gold["sub"])]
        best = max(same, key=lambda e: sum(_checks(gold, e, published).values()), default=None)
        if best is not None:
            left.remove(best)
        rows.append((gold, best, _checks(gold, best, published) if best is not None else None))
    return rows, left


def _show(e) -> str:
    place = e.place.name if e.place is not None else None
    actors = " / ".join(a.name for a in (e.actor1, e.actor2) if a is not None)
    return (f"{e.sub_event_type} | {actors} | {place} | {e.event_date} | {e.fatalities} | "
            f"{e.trigger.text if e.trigger else ''}")


def tally(total: Counter, e, checks: dict | None, want: str, show) -> str | None:
    """Count a gold event, found (``e``) or missed, and its fields right (``checks``); the failure's lines, if any
    (``show(e)``: how the bench prints what sitrep coded)."""
    total["gold"] += 1
    total["found"] += e is not None
    for key, ok in (checks or {}).items():
        total[key] += ok
    total["assoc_gold"] += checks is not None and "assoc" in checks
    if e is not None and all(checks.values()):
        return None
    bad = "missed" if e is None else ", ".join(k for k, ok in checks.items() if not ok)
    return f"  want {want}: {bad}" + ("" if e is None else f"\n    got {show(e)}")


def coded_french(doc: str, articles: list, outlet: str, lang: str = "fr"):
    """The bench's options (``--show-failures``, ``--only``), the articles chosen, and each of them with the events
    sitrep codes from it as if ``outlet`` had sent it in ``lang``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated article ids")
    args = ap.parse_args()
    chosen = [a for a in articles if not args.only or a[0] in args.only.split(",")]
    pipe = Pipeline().load([lang])
    coded = ((article, pipe.code(Article(article_id=article[0], text=article[2], lang=lang, published=article[1],
                                         outlet=outlet, title=article[2].split("\n")[0])))
             for article in chosen)
    return args, chosen, coded


def run(doc: str, articles: list, outlet: str, place_check=None, lang: str = "fr") -> int:
    """Code ``articles`` (French unless ``lang`` says) as if sent by ``outlet``, score them against their gold and
    print the totals (and, asked, the failures); ``place_check(gold, event)`` replaces the place test of a set that
    asks for a closer one."""
    args, articles, coded = coded_french(doc, articles, outlet, lang)
    total, failures = Counter(), []
    t0 = time.perf_counter()
    for article, events in coded:
        aid, published, text, golds = article
        rows, false = score(article, events)
        if place_check is not None:
            rows = [(g, e, c if c is None else {**c, "place": place_check(g, e)}) for g, e, c in rows]
        total["articles"] += 1
        lines = []
        for gold, e, checks in rows:
            if gold["optional"]:
                continue
            line = tally(total, e, checks, f"{gold['sub']} | {gold['actors']} | {gold['day']} | {gold['fatalities']}",
                         _show)
            if line:
                lines.append(line)
        total["false"] += len(false)
        total["clean"] += not false and not lines
        lines += [f"  false {_show(e)}" for e in false]
        if lines:
            failures.append((aid, published, lines))
    n = total["gold"]
    found = total["found"]
    dated_n = found + total["false"]
    print(f"{total['articles']} articles, {n} events to find, {time.perf_counter() - t0:.0f} s")
    print(f"found {found}/{n} ({found / n:.3f}); of those found: sub-type {total['sub']}, actors {total['actors']}, "
          f"place {total['place']}, day {total['date']}, toll {total['toll']}"
          + (f", associates {total['assoc']}/{total['assoc_gold']}" if total["assoc_gold"] else ""))
    print(f"false dated events {total['false']}; precision {found / max(dated_n, 1):.3f}; "
          f"articles right in full {total['clean']}/{total['articles']}")
    if args.show_failures:
        print_failures(failures)
    return 0


def print_failures(failures: list) -> None:
    """Each failed article with its publication day and the lines that say what went wrong."""
    for aid, published, lines in failures:
        print(f"\n[{aid}] published {published} ({JOURS[published.weekday()]})")
        print("\n".join(lines))


def main() -> int:
    return run(__doc__, ARTICLES, "AFP")

if __name__ == "__main__":
    sys.exit(main())
