"""Figurative-violence stress set: invented French and English news where the words of violence are figurative or
tell no political violence, and some where one real event sits among them.

    PYTHONPATH=. .venv/bin/python bench/fr_figurative_stress.py [--show-failures] [--only ID]

Issue 13: the held-out French set and users' feeds hold ordinary news (sport, economy, health, culture, justice,
accidents, politics) whose words of violence are sport ("l'attaquant a frappé", "tirs au but", "the striker fired"),
economy ("la guerre des prix", "l'explosion des prix", "a price war"), politics ("attaque verbale", "killed the
bill", "shot down the proposal"), culture (a horror film, "bombed at the box office") or acts that are not political
violence (a road crash, a fire, a mine collapse, an epidemic's victims, a wild animal, a trial for a past murder).
The first articles report no event an ACLED coder would code; the last report one real event (a riot after a match,
an attack told in an economy story) among such words. These articles were written for this set, not from any dev
text. Scoring is fr_world_stress's (a gold event takes the best dated event of its ACLED type; place within 50 km);
every dated event left over is false. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import _show, ev, print_failures, score, tally  # noqa: E402

from sitrep.pipeline import Pipeline  # noqa: E402
from sitrep.types import Article  # noqa: E402

ATT, IED, AIR, ABD = "Attack", "Remote explosive/landmine/IED", "Air/drone strike", "Abduction/forced disappearance"
PP, PI, MOB = "Peaceful protest", "Protest with intervention", "Mob violence"

# places (general knowledge)
KINSHASA, LUBUMBASHI, KOMANDA, BENI = (-4.32, 15.31), (-11.66, 27.48), (1.37, 29.77), (0.49, 29.47)
DJIBO, EL_OBEID, BAMENDA, KOLWEZI = (14.10, -1.63), (13.18, 30.22), (5.96, 10.15), (-10.72, 25.47)
NAIROBI, BELEDWEYNE, KADUNA, MANDERA = (-1.29, 36.82), (4.74, 45.20), (10.52, 7.44), (3.94, 41.86)

# (id, publication date, text, events), as in fr_world_stress; an English article's day is an int (days before)
FR_NOEVENT = [
    ("foot_frappe_tirs_au_but", date(2025, 4, 14), """Linafoot : Mazembe élimine Lupopo aux tirs au but

LUBUMBASHI (Agence) - Le TP Mazembe s'est qualifié dimanche pour les demi-finales de la coupe du Congo en éliminant son voisin Saint-Éloi Lupopo aux tirs au but (4-3), après un match nul sans but.

L'attaquant des Corbeaux a frappé deux fois la transversale en première période, et une frappe du pied gauche de son coéquipier a été repoussée sur la ligne par un défenseur. Les Cheminots ont tiré à bout portant à la 80e minute, mais le gardien s'est interposé.

Lors de la séance de tirs au but, le portier de Mazembe a arrêté deux tentatives. « Mes joueurs ont tout donné, on a assiégé leur surface pendant une heure », a commenté l'entraîneur.""", []),

    ("basket_leopards_battu", date(2025, 8, 18), """Afrobasket : les Léopards battent le Sénégal et filent en quart

DAKAR (Agence) - L'équipe nationale de basket de la RDC a battu dimanche le Sénégal (78-71) à Dakar et s'est qualifiée pour les quarts de finale de l'Afrobasket.

Menés de dix points à la pause, les Léopards ont massacré la défense adverse au troisième quart-temps grâce à une rafale de paniers à trois points. Leur meneur a fusillé le panier sénégalais de loin à six reprises.

Les Lions ont tenté une dernière offensive, mais l'ailier congolais a achevé leurs espoirs avec un contre spectaculaire dans les dernières secondes.""", []),

    ("athle_record_abattu", date(2025, 7, 7), """Athlétisme : une sprinteuse ivoirienne abat le record d'Afrique du 100 mètres

ABIDJAN (Agence) - La sprinteuse ivoirienne a abattu samedi soir le record d'Afrique du 100 mètres lors du meeting international d'Abidjan, devant un stade Félix-Houphouët-Boigny en fusion.

Partie comme une balle, elle a explosé le chrono en 10,79 secondes, pulvérisant l'ancienne marque vieille de onze ans. Ses adversaires ont été exécutées dès les cinquante premiers mètres, a résumé un commentateur.

La fédération prépare désormais les championnats du monde, où l'athlète sera l'une des cibles à abattre.""", []),

    ("eco_guerre_des_prix", date(2025, 3, 19), """Télécoms : la guerre des prix fait rage entre opérateurs à Kinshasa

KINSHASA (Agence) - Les trois principaux opérateurs de téléphonie mobile se livrent depuis janvier une guerre des prix sans merci, au bénéfice des abonnés de la capitale.

Le premier a tiré le premier en divisant par deux le prix de ses forfaits Internet, aussitôt riposté par ses concurrents. « C'est une bataille pour chaque client, nos marges sont attaquées de toutes parts », reconnaît le directeur commercial d'un opérateur.

Les économistes mettent en garde contre une explosion des dettes du secteur. Le régulateur a promis de surveiller ce marché que l'un des acteurs aurait, selon ses rivaux, capturé grâce à des pratiques déloyales.""", []),

    ("eco_explosion_prix", date(2025, 6, 11), """Ouagadougou : l'explosion des prix du riz inquiète les ménages

OUAGADOUGOU (Agence) - Le sac de riz de 50 kilos a atteint mardi 32 000 francs CFA sur les marchés de la capitale burkinabè, une flambée qui frappe durement les familles modestes.

Les commerçants accusent les transporteurs, eux-mêmes pris en otage par la hausse du prix du gasoil. « Les prix ont explosé en trois semaines, nos clients sont à bout », témoigne une vendeuse du grand marché.

Le ministre du Commerce a annoncé une série de mesures pour casser la spéculation et promis de traquer les stocks cachés. Les associations de consommateurs jugent ces annonces insuffisantes.""", []),

    ("sante_bombe_sanitaire", date(2025, 2, 5), """Choléra : la maladie a fait 23 victimes en deux semaines à Mbandaka

MBANDAKA (Agence) - L'épidémie de choléra qui frappe la ville de Mbandaka a déjà tué 23 personnes depuis la mi-janvier, selon un bilan rendu public mardi par les services provinciaux de santé.

Les médecins parlent d'une véritable bombe sanitaire dans les quartiers privés d'eau potable, où plus de 600 cas suspects ont été recensés. Les centres de traitement sont pris d'assaut par les malades.

L'Organisation mondiale de la santé a dépêché une équipe d'épidémiologistes et promis des kits de traitement. Le gouverneur a lancé une campagne de chloration des puits.""", []),

    ("politique_attaque_verbale", date(2025, 5, 21), """Assemblée nationale : vive attaque verbale de l'opposition contre le ministre des Finances

KINSHASA (Agence) - Le ministre des Finances a été la cible mardi d'une attaque verbale en règle de la part des députés de l'opposition, lors de l'examen du collectif budgétaire.

Fusillé par la critique, le ministre a dû répondre pendant plus de trois heures aux questions sur l'exécution du budget. Un élu l'a accusé de « prendre en otage le débat » en refusant de communiquer les chiffres de la dette intérieure.

La majorité a dénoncé une tentative de torpiller le texte, qui sera finalement soumis au vote vendredi.""", []),

    ("culture_film_horreur", date(2025, 10, 30), """Cinéma : une nuit de l'horreur au festival de Kinshasa

KINSHASA (Agence) - Le festival international de cinéma de Kinshasa a proposé mercredi une nuit consacrée au film d'horreur, avec la projection du classique « Massacre à la tronçonneuse ».

Plusieurs centaines de spectateurs ont assisté à la séance, qui s'est prolongée jusqu'à l'aube avec deux films de zombies tournés à Lagos. Le réalisateur d'un court métrage congolais, où un tueur masqué sème la terreur dans un internat, a été longuement applaudi.

Les organisateurs promettent de renouveler l'expérience l'an prochain.""", []),

    ("accident_collision_morts", date(2025, 9, 9), """Kongo-Central : une collision entre un bus et un camion fait 12 morts

MATADI (Agence) - Douze personnes ont été tuées et une vingtaine blessées lundi dans une collision entre un bus de transport en commun et un camion-remorque sur la route nationale numéro 1, près de Kisantu.

Selon la police de circulation routière, le chauffeur du camion aurait perdu le contrôle de son véhicule dans une descente. Les blessés ont été évacués vers l'hôpital général de la ville.

Le ministre provincial des Transports a annoncé un contrôle renforcé des poids lourds sur cet axe, où les accidents se multiplient.""", []),

    ("incendie_marche", date(2025, 1, 22), """Kisangani : un incendie ravage le marché central, trois morts

KISANGANI (Agence) - Un violent incendie a ravagé dans la nuit de lundi à mardi une grande partie du marché central de Kisangani, faisant trois morts parmi les gardiens.

Le feu serait parti d'un court-circuit dans une boutique de pagnes, selon les sapeurs-pompiers, arrivés plus d'une heure après le début du sinistre faute de carburant. Des centaines d'étals ont été détruits.

Les commerçants sinistrés réclament l'aide des autorités pour reprendre leurs activités.""", []),

    ("mine_eboulement", date(2025, 11, 26), """Lualaba : au moins 20 creuseurs tués dans l'effondrement d'un puits

KOLWEZI (Agence) - Au moins vingt creuseurs artisanaux ont péri mardi dans l'effondrement d'un puits de cobalt sur un site minier situé à une quinzaine de kilomètres de Kolwezi.

Les pluies abondantes des derniers jours auraient fragilisé les galeries, creusées sans étayage. Les secouristes, aidés par des creuseurs, ont extrait plusieurs corps des décombres.

Le ministre provincial des Mines a ordonné la suspension des activités sur le site et l'ouverture d'une enquête.""", []),

    ("proces_meurtre_commercant", date(2025, 3, 6), """Procès du meurtre d'un commerçant à Goma : le principal accusé nie les faits

GOMA (Agence) - Le tribunal de grande instance de Goma a poursuivi mercredi le procès de trois hommes accusés du meurtre d'un commerçant, abattu devant son domicile en août 2023.

Le principal prévenu, un ancien employé de la victime, a nié toute implication et affirmé avoir été torturé pendant sa garde à vue. Le ministère public a requis la peine de mort contre les trois accusés.

La famille du défunt, qui s'est constituée partie civile, attend le verdict prévu dans deux semaines.""", []),

    ("naufrage_lac", date(2025, 10, 8), """Lac Kivu : le naufrage d'une embarcation fait au moins 30 morts

BUKAVU (Agence) - Au moins trente passagers ont péri mardi dans le naufrage d'une embarcation motorisée qui reliait l'île d'Idjwi à Bukavu, selon un bilan provisoire des autorités.

Le bateau, surchargé de passagers et de sacs de ciment, a chaviré à quelques centaines de mètres du port sous l'effet de vagues violentes. Une quarantaine de personnes ont pu être secourues par des pêcheurs.

Le gouvernement provincial a décrété trois jours de deuil et rappelé l'obligation du port du gilet de sauvetage.""", []),

    ("supporters_guichets", date(2025, 9, 3), """Éliminatoires du Mondial : les supporters prennent d'assaut les guichets du stade des Martyrs

KINSHASA (Agence) - Des milliers de supporters ont pris d'assaut mardi les guichets du stade des Martyrs, à la veille de la vente des billets pour le match décisif des Léopards face au Nigeria.

Certains ont assiégé les points de vente dès l'aube, dans une ambiance festive. « On veut voir nos joueurs écraser les Super Eagles », lance un jeune venu de Masina.

La fédération a annoncé l'ouverture de guichets supplémentaires pour éviter les bousculades.""", []),

    ("senat_torpille_loi", date(2025, 6, 25), """Le Sénat enterre la réforme du code minier

KINSHASA (Agence) - Les sénateurs ont rejeté mardi en seconde lecture le projet de réforme du code minier, tuant dans l'œuf un texte que le gouvernement présentait comme prioritaire.

Les opposants au projet ont tiré à boulets rouges sur une réforme qu'ils jugent favorable aux multinationales. Le rapporteur de la commission a parlé d'un texte « exécuté sans procès ».

Le Premier ministre a promis de revenir à la charge lors de la prochaine session, avec un projet réécrit en concertation avec les provinces minières.""", []),

    ("explosion_citerne", date(2025, 8, 13), """Un camion-citerne explose près de Kasumbalesa : 15 morts

LUBUMBASHI (Agence) - L'explosion d'un camion-citerne chargé d'essence a fait au moins quinze morts mardi sur la route reliant Lubumbashi à Kasumbalesa, selon la protection civile.

Le véhicule s'était renversé dans un virage, et des habitants tentaient de recueillir le carburant qui s'écoulait lorsque la citerne a pris feu. Une dizaine de blessés graves ont été transférés vers l'hôpital Sendwe.

Le gouverneur a appelé la population à ne plus s'approcher des véhicules accidentés.""", []),

    ("foudre_ecole", date(2025, 11, 19), """Sud-Kivu : la foudre tue quatre élèves dans une école de Walungu

BUKAVU (Agence) - Quatre élèves ont été tués et sept autres blessés mardi lorsque la foudre a frappé une salle de classe d'une école primaire du territoire de Walungu, au cours d'un violent orage.

Les enfants suivaient un cours de calcul lorsque l'éclair s'est abattu sur le toit en tôle du bâtiment, qui n'était pas équipé de paratonnerre, a précisé le directeur de l'école.

L'administrateur du territoire a présenté ses condoléances aux familles et promis l'installation de paratonnerres dans les écoles.""", []),

    ("musique_concert_explosif", date(2025, 12, 15), """Musique : un concert explosif pour le retour du rappeur à Kinshasa

KINSHASA (Agence) - Le rappeur congolais a enflammé samedi soir le stade Tata Raphaël, devant plus de 40 000 spectateurs venus fêter son retour après trois ans d'absence.

Pendant deux heures, l'artiste a bombardé le public de ses tubes, tuant la scène avec un final pyrotechnique. « Il a tout détruit ce soir », s'enthousiasme un fan à la sortie.

Ses prochains concerts sont prévus à Lubumbashi et à Brazzaville en janvier.""", []),

    ("elephant_champs", date(2025, 4, 2), """Virunga : un éléphant tue deux cultivateurs près de Rutshuru

GOMA (Agence) - Deux cultivateurs ont été tués lundi par un éléphant sorti du parc national des Virunga, dans un village du territoire de Rutshuru, selon la société civile locale.

L'animal a chargé les deux hommes qui tentaient de le chasser de leurs champs de manioc à l'aide de tambours et de torches. Les gardes du parc ont repoussé le troupeau vers la forêt dans la soirée.

Les habitants réclament une clôture électrique et l'indemnisation des familles, comme le prévoit la loi sur la conservation de la nature.""", []),

    ("gouvernement_marche_plan", date(2025, 7, 23), """Carburant : le gouvernement veut reprendre la main sur les importations

KINSHASA (Agence) - Le gouvernement a présenté mardi un plan pour briser le monopole des importateurs de carburant, accusés d'avoir capturé le marché depuis une décennie.

Le ministre de l'Économie a promis d'exécuter ce plan « sans trembler » et de frapper au portefeuille les sociétés qui refuseraient les nouvelles règles. Les pétroliers dénoncent une offensive « brutale » contre le secteur privé.

Le Fonds monétaire international, qui suit de près le dossier des subventions, a salué une initiative qui doit alléger la facture de l'État.""", []),
    ("cyberattaque_banque", date(2025, 10, 1), """Une banque de Kinshasa victime d'une cyberattaque

KINSHASA (Agence) - Une banque commerciale de la capitale a été la cible lundi d'une cyberattaque qui a paralysé ses distributeurs et son application mobile pendant près de douze heures.

Les pirates ont exigé une rançon en cryptomonnaie pour rendre l'accès aux serveurs, selon un cadre de l'établissement, qui assure qu'aucun compte de client n'a été vidé. La Banque centrale a appelé les établissements financiers à renforcer leur sécurité informatique.""", []),

    ("exercice_tirs_reels", date(2025, 5, 28), """Kitona : les forces armées achèvent un exercice de tirs à balles réelles

MOANDA (Agence) - Les forces armées ont clôturé mardi à la base de Kitona un exercice de deux semaines, marqué par des tirs d'artillerie et des assauts simulés contre des positions fictives.

Quelque 800 militaires ont pris part aux manœuvres, qui visaient à entraîner les unités de réaction rapide à reprendre une localité tenue par un ennemi imaginaire. Les hélicoptères ont bombardé des cibles en carton dressées sur la plage.

Le chef d'état-major a salué « le professionnalisme » des troupes.""", []),
]

FR_EVENT = [
    ("ev_emeute_apres_match", date(2025, 10, 20), """Linafoot : la défaite de Vita Club tourne à l'émeute au stade des Martyrs

KINSHASA (Agence) - L'AS Vita Club s'est inclinée dimanche face à Mazembe (0-2), battue par deux frappes lointaines de l'attaquant zambien des Corbeaux, qui a tué tout suspense en fin de match.

Au coup de sifflet final, des supporters de Vita Club ont envahi la pelouse, arraché des sièges et incendié un véhicule stationné devant la tribune officielle, avant d'affronter les policiers à coups de pierres. Une vingtaine de personnes ont été blessées, selon la police.

La Ligue nationale a annoncé des sanctions contre le club, qui devra jouer ses trois prochains matchs à huis clos.""",
     [ev(MOB, ["Rioters"], KINSHASA, "dimanche")]),

    ("ev_eco_convoi_carburant", date(2025, 5, 7), """Ituri : la pénurie de carburant fait flamber les prix, un convoi attaqué près de Komanda

BUNIA (Agence) - Le litre d'essence se vend désormais à 5 000 francs congolais à Bunia, une hausse de près de 40 % en un mois, qui frappe les taxis-motos et les petits commerçants.

Les importateurs invoquent l'insécurité sur la route nationale 4. Lundi, des hommes armés ont attaqué un convoi de camions-citernes à une dizaine de kilomètres de Komanda, tuant deux chauffeurs et incendiant un camion, selon la société civile.

La fédération des entreprises demande une escorte militaire permanente pour les convois de marchandises.""",
     [ev(ATT, ["Unidentified", "Civilians"], KOMANDA, "lundi", 2)]),

    ("ev_sante_centre_attaque", date(2025, 9, 17), """Ebola : les soignants redoutent une bombe sanitaire après l'attaque d'un centre de santé

BENI (Agence) - Les équipes de riposte contre la maladie à virus Ebola ont suspendu mardi leurs activités dans une partie du territoire de Beni, où trois nouveaux cas ont été confirmés depuis la semaine dernière.

La veille, des rebelles des ADF ont attaqué le centre de santé du village de Mavivi, au nord de Beni, tuant quatre patients et un infirmier avant d'incendier la pharmacie, selon l'administrateur du territoire.

« Sans vaccination, cette épidémie est une bombe à retardement », a averti un responsable de la riposte.""",
     [ev(ATT, ["ADF", "Civilians"], BENI, "lundi", 5)]),

    ("ev_marche_ied_djibo", date(2025, 2, 20), """Burkina : l'explosion des prix étrangle Djibo, un engin explosif tue trois commerçants

OUAGADOUGOU (Agence) - Sous blocus depuis des mois, la ville de Djibo subit une explosion des prix des denrées de base : le sac de maïs y coûte trois fois plus cher qu'à Ouagadougou.

Mercredi, un minibus transportant des commerçants a sauté sur un engin explosif improvisé sur la route de Djibo, à une vingtaine de kilomètres de la ville, tuant trois passagers, selon des sources locales.

Le gouvernement a promis de nouveaux convois de ravitaillement escortés par l'armée.""",
     [ev(IED, ["Civilians"], DJIBO, "mercredi", 3)]),

    ("ev_gomme_arabique_drone", date(2025, 3, 14), """Soudan : la guerre fait exploser le prix de la gomme arabique, un drone frappe El Obeid

KHARTOUM (Agence) - Le prix de la gomme arabique a doublé depuis le début de l'année sur les marchés internationaux, la guerre ayant coupé les routes qui relient les zones de production du Kordofan aux ports.

Jeudi, un drone a frappé le marché aux bestiaux d'El Obeid, tuant dix civils, selon les autorités locales, qui attribuent l'attaque aux Forces de soutien rapide. Les marchands de gomme ont fermé leurs entrepôts.

Les acheteurs européens cherchent des fournisseurs au Tchad et au Nigeria.""",
     [ev(AIR, ["Rapid Support Forces", "Civilians"], EL_OBEID, "jeudi", 10)]),

    ("ev_greve_taxis_lubumbashi", date(2025, 4, 30), """Lubumbashi : les taxis en grève contre la guerre des prix du carburant, la police disperse un rassemblement

LUBUMBASHI (Agence) - Les chauffeurs de taxi et de taxis-motos de Lubumbashi ont observé mardi une journée de grève pour protester contre la hausse du prix du carburant, qui étrangle leur activité.

Plusieurs centaines d'entre eux se sont rassemblés devant le gouvernorat pour remettre un mémorandum. La police a dispersé la foule à coups de gaz lacrymogène et interpellé une dizaine de chauffeurs, selon leur syndicat.

Le gouverneur a promis d'engager des discussions avec les distributeurs de carburant.""",
     [ev(PI, ["Protesters", "Police"], LUBUMBASHI, "mardi")]),

    ("ev_accident_enlevement_bamenda", date(2025, 6, 5), """Cameroun : accident et enlèvements endeuillent les routes du Nord-Ouest

YAOUNDÉ (Agence) - Un accident de la circulation a fait sept morts mercredi près de Bafoussam, lorsqu'un car de voyageurs a percuté un camion grumier, selon la gendarmerie.

Le même jour, des séparatistes armés ont enlevé une dizaine de passagers d'un autre car à un barrage près de Bamenda, dans la région du Nord-Ouest, et réclament une rançon pour leur libération, ont indiqué des sources sécuritaires.

Les transporteurs menacent de suspendre la desserte de la région.""",
     [ev(ABD, ["Ambazonian", "Civilians"], BAMENDA, "mercredi")]),

    ("ev_mine_manifestation_kolwezi", date(2025, 12, 3), """Kolwezi : les creuseurs manifestent après l'effondrement d'un puits

KOLWEZI (Agence) - Une semaine après l'effondrement d'un puits qui a tué onze creuseurs, plusieurs centaines de mineurs artisanaux ont marché mardi dans le calme jusqu'à la mairie de Kolwezi.

Les manifestants réclamaient l'indemnisation des familles des victimes et l'accès à de nouveaux sites d'exploitation. Ils se sont dispersés après avoir été reçus par le maire, qui a promis de transmettre leurs revendications.

Le ministre provincial des Mines a annoncé l'attribution prochaine d'une zone d'exploitation artisanale.""",
     [ev(PP, ["Protesters"], KOLWEZI, "mardi")]),
]

EN_NOEVENT = [
    ("en_football_striker_fired", date(2025, 3, 17), """Harambee Stars edge Uganda as striker fires late winner

NAIROBI (Wire) - Kenya beat Uganda 2-1 in a friendly at Nyayo stadium on Sunday, with the captain's late strike settling a lively derby.

The striker fired home from the edge of the box in the 88th minute after Uganda had bombarded the Kenyan goal for most of the second half. Their goalkeeper had earlier shot down two penalty appeals with a string of saves.

"We killed the game when it mattered," the coach said. Kenya face Tanzania next month in a qualifier.""", []),

    ("en_price_war_bill", date(2025, 5, 14), """Lawmakers kill fuel levy bill as price war hits pump margins

NAIROBI (Wire) - Kenyan lawmakers on Tuesday killed a bill that would have raised the levy on petrol, a day after the energy regulator warned of a price war among oil marketers.

Opposition members shot down the proposal in committee, arguing it would hit poor commuters hardest. The Treasury had hoped the levy would raise two billion shillings a year.

Marketers say the price war has wiped out their margins, and some smaller firms could be forced out of the market.""", []),

    ("en_film_bombed", date(2025, 8, 4), """Nollywood horror sequel bombs at the box office

LAGOS (Wire) - The sequel to last year's hit horror film bombed at the box office over the weekend, taking less than a quarter of what the original earned in its first three days.

Critics had savaged the film, whose masked killer stalks students at a boarding school. Its lead actress, praised for a killer performance in the first instalment, was absent from the promotion.

The distributor said it would still release the film on streaming platforms next month.""", []),

    ("en_bus_crash", date(2025, 9, 22), """Nine dead in highway crash near Nakuru

NAKURU (Wire) - Nine people were killed on Sunday when a matatu collided with a lorry on the Nairobi-Nakuru highway, police said.

The lorry's driver lost control on a steep descent and crossed into oncoming traffic, according to a police report. Six injured passengers were taken to the county hospital.

Road safety officials said the stretch has seen a string of deadly crashes this year.""", []),

    ("en_cholera_outbreak", date(2025, 2, 12), """Cholera outbreak kills 30 in Zambia's capital

LUSAKA (Wire) - A cholera outbreak has killed 30 people in Lusaka since the start of the month, the health ministry said on Tuesday, as hospitals struggled with hundreds of new cases.

Doctors described the crowded townships without clean water as a ticking time bomb. The government has closed markets in the worst-hit areas and deployed soldiers to distribute water.

The World Health Organization said it was sending vaccines for half a million people.""", []),

    ("en_murder_trial", date(2025, 6, 18), """Trial opens in 2023 killing of tour guide

MOMBASA (Wire) - Two men went on trial on Tuesday in Mombasa for the murder of a tour guide who was stabbed to death outside a nightclub in November 2023.

Prosecutors told the court the killing followed a dispute over money. Both defendants pleaded not guilty, and their lawyers said the police had no witnesses to the attack.

The hearing was adjourned until next week.""", []),

    ("en_warehouse_fire", date(2025, 11, 5), """Five killed as fire guts Lagos warehouse

LAGOS (Wire) - Five workers were killed when a fire gutted a plastics warehouse in the Ikeja area of Lagos on Tuesday, the state fire service said.

The blaze started in a generator room and spread quickly through stacks of goods, trapping workers on the upper floor. Firefighters battled the flames for six hours.

The state government has ordered an inspection of warehouses in the area.""", []),

    ("en_crocodile", date(2025, 1, 15), """Crocodile kills fisherman on Lake Victoria shore

KISUMU (Wire) - A crocodile attacked and killed a fisherman on the shore of Lake Victoria on Monday, local officials said, the third such death in the area this year.

The man was checking his nets at dawn when the animal dragged him into the water. Wildlife rangers later shot the crocodile.

Residents have asked the wildlife service to fence the landing beach.""", []),

    ("en_war_of_words", date(2025, 10, 15), """Opposition fires broadside at budget in war of words with Treasury

ABUJA (Wire) - Nigeria's main opposition party launched a blistering attack on the government's budget on Tuesday, accusing the finance minister of hiding the true size of the deficit.

The party's spokesman fired a broadside at what he called a "fantasy budget" and said the ministry had hijacked the debate on subsidies. The minister hit back, saying the figures had been audited.

The war of words comes as the Senate prepares to vote on the spending plan.""", []),

    ("en_cyber_attack", date(2025, 7, 9), """Hackers attack electoral commission website ahead of vote

KAMPALA (Wire) - Hackers attacked the electoral commission's website on Monday, taking it offline for several hours, the commission said.

Officials said no voter data had been stolen in the cyber attack, which flooded the servers with traffic. The police cybercrime unit has opened an investigation.

The commission said results would still be published online after the vote.""", []),
]

EN_EVENT = [
    ("en_ev_fans_riot", date(2025, 4, 28), """Fans riot after Gor Mahia defeat in Nairobi

NAIROBI (Wire) - Gor Mahia were knocked out of the cup on Sunday after a 1-0 defeat at Kasarani, their rivals' striker firing the winner in stoppage time.

After the final whistle, hundreds of Gor Mahia fans rioted outside the stadium, smashing car windows and burning tyres, and clashed with police who fired tear gas. Police said fifteen people were arrested.

The league said it would open disciplinary proceedings against the club.""",
     [ev(MOB, ["Rioters"], NAIROBI, 1)]),

    ("en_ev_trucks_ambush", date(2025, 8, 20), """Somali hauliers' price war squeezed as militants ambush trucks

MOGADISHU (Wire) - A price war among Somali haulage firms has driven freight rates on the main road north of the capital to record lows, traders say.

On Tuesday, al-Shabaab fighters ambushed a convoy of trucks near Beledweyne, killing three drivers and setting two lorries on fire, local elders said.

Hauliers say the attacks and illegal checkpoints now cost them more than fuel.""",
     [ev(ATT, ["Al Shabaab", "Civilians"], BELEDWEYNE, 1, 3)]),

    ("en_ev_protest_bill", date(2025, 6, 26), """Police tear-gas protesters as MPs kill finance bill amendment

NAIROBI (Wire) - Kenyan MPs on Wednesday killed an amendment that would have scrapped a tax on mobile money, in a vote the opposition called an attack on the poor.

Outside parliament, police fired tear gas to disperse several hundred protesters who had gathered to oppose the bill, witnesses said. Several demonstrators were arrested.

The bill now goes to the president for assent.""",
     [ev(PI, ["Protesters", "Police"], NAIROBI, 1)]),

    ("en_ev_tourism_bomb", date(2025, 11, 12), """Tourism bookings bomb in northern Kenya after roadside blast

NAIROBI (Wire) - Hotel bookings in northern Kenya have bombed this season, tour operators say, with cancellations soaring after a string of attacks near the Somali border.

On Monday, a roadside bomb killed two police officers when their vehicle struck it near Mandera, a police spokesman said, blaming al-Shabaab.

Operators say they need better security guarantees before they can market the region again.""",
     [ev(IED, ["Al Shabaab", "Police"], MANDERA, 2, 2)]),

    ("en_ev_festival_kidnap", date(2025, 3, 26), """Film festival opens in Kaduna as gunmen kidnap villagers nearby

KADUNA (Wire) - A film festival opened in Kaduna on Tuesday with a thriller that critics called a killer debut from a young director.

The same day, gunmen kidnapped twelve villagers in a raid on a community south of the city, residents said, and demanded a ransom for their release.

The festival runs until Saturday.""",
     [ev(ABD, ["Unidentified", "Civilians"], KADUNA, 1)]),
]

ARTICLES = [(a, "fr") for a in FR_NOEVENT + FR_EVENT] + [(a, "en") for a in EN_NOEVENT + EN_EVENT]


def code_and_score(pipe, chosen: list) -> tuple[Counter, list, float]:
    """Code each (article, language) of ``chosen`` with ``pipe`` and score it: the totals, the failed articles and
    the seconds taken."""
    total, failures = Counter(), []
    t0 = time.perf_counter()
    for article, lang in chosen:
        aid, published, text, golds = article
        events = pipe.code(Article(article_id=aid, text=text, lang=lang, published=published,
                                   outlet="Agence" if lang == "fr" else "Wire", title=text.split("\n")[0]))
        rows, false = score(article, events)
        total["articles"] += 1
        lines = [line for gold, e, checks in rows if not gold["optional"]
                 for line in [tally(total, e, checks, f"{gold['sub']} | {gold['actors']} | {gold['day']}", _show)]
                 if line]
        total["false"] += len(false)
        total[f"false_{lang}"] += len(false)
        total["clean"] += not false and not lines
        lines += [f"  false {_show(e)}" for e in false]
        if lines:
            failures.append((aid, published, lines))
    return total, failures, time.perf_counter() - t0


def report(total: Counter, failures: list, seconds: float, show_failures: bool) -> None:
    """Print the totals of ``code_and_score`` (and, asked, the failures)."""
    n, found = total["gold"], total["found"]
    print(f"{total['articles']} articles, {n} events to find, {seconds:.0f} s")
    print(f"found {found}/{n} ({found / max(n, 1):.3f}); of those found: sub-type {total['sub']}, actors "
          f"{total['actors']}, place {total['place']}, day {total['date']}, toll {total['toll']}")
    print(f"false dated events {total['false']} (French {total['false_fr']}, English {total['false_en']}); "
          f"precision {found / max(found + total['false'], 1):.3f}; articles right in full "
          f"{total['clean']}/{total['articles']}")
    if show_failures:
        print_failures(failures)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated article ids")
    args = ap.parse_args()
    chosen = [(a, lang) for a, lang in ARTICLES if not args.only or a[0] in args.only.split(",")]
    pipe = Pipeline().load(sorted({lang for _, lang in chosen}))
    report(*code_and_score(pipe, chosen), args.show_failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
