"""French protest, riot and strike stress set: marches, sit-ins, villes mortes, dispersals, shootings on crowds, riots and lynchings in political news, beside protests that are only announced, banned, threatened, judged or remembered.

    PYTHONPATH=. .venv/bin/python bench/fr_protest_stress.py [--show-failures] [--only ID]

Issue 13: fr_dev2's held-out twin is mostly French political news (DR Congo, the Sahel, Guinea, Cameroon, Togo,
Senegal, Madagascar, Haiti), and its demonstrations are where protest and riot codes are won or lost. The first
fourteen articles speak of protest with no protest held on a day: a march announced or called for, a strike notice,
a march banned and not held, a ban on demonstrations, an opposition's threat to take to the streets, a trial of
protesters, a release of jailed demonstrators, a toll of past protests, a commemoration of the victims of
repression. The next twenty report one demonstration told several ways, and the last six report two (a march and
its repression the next day, one protest in two towns, a protest beside a separate clash). The coding follows
ACLED's codebook (2023): a peaceful protest has no violence by the demonstrators and no force used on them; force
short of lethal or grave (tear gas, dispersal, arrests) makes a protest with intervention, with the police as
actor2; lethal or grave force on a crowd that was not violent is excessive force against protesters, the force as
actor1 and the protesters as actor2; violence by the demonstrators themselves (stones, burning, looting, barricades
set alight) makes a violent demonstration with rioters as actor1; a crowd's violence against a person, with no
demonstration (a lynching), is mob violence. A strike with no march is optional, as the project codes a strike as a
peaceful protest. Each gold event gives the sub-event type, words of the actors' names, the associates named in
"à l'appel de" where the article names the caller, the town (a city's commune or quarter is the city), the day and
the toll. Every article was written for this set, not taken from a dev text. Scoring is fr_world_stress's (a gold
event takes the best dated event of its ACLED type) with the place within 25 km; every dated event left over is
false. Nothing is written.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, km, run  # noqa: E402

PP, PI, EXC = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MOB, AC, ATT = "Violent demonstration", "Mob violence", "Armed clash", "Attack"

# places (general knowledge)
KINSHASA, LUBUMBASHI, GOMA, BUKAVU = (-4.32, 15.31), (-11.66, 27.48), (-1.68, 29.22), (-2.51, 28.86)
BUTEMBO, MBUJIMAYI, KISANGANI = (0.14, 29.29), (-6.14, 23.59), (0.52, 25.19)
CONAKRY, KANKAN, LABE = (9.54, -13.68), (10.39, -9.31), (11.32, -12.28)
DAKAR, ZIGUINCHOR, THIES = (14.69, -17.44), (12.58, -16.27), (14.79, -16.93)
DOUALA, YAOUNDE, BAMENDA = (4.05, 9.70), (3.87, 11.52), (5.96, 10.15)
LOME, SOKODE = (6.13, 1.22), (8.98, 1.13)
TANA, TOAMASINA = (-18.91, 47.54), (-18.15, 49.40)
PORT_AU_PRINCE, CAP_HAITIEN, MIREBALAIS = (18.54, -72.34), (19.76, -72.20), (18.83, -72.10)
NIAMEY, NDJAMENA = (13.51, 2.11), (12.13, 15.06)


def within_25_km(gold, e) -> bool:
    """The brief's radius for a town: a protest is coded at its town, not at its province."""
    return e.place is not None and e.place.lat is not None and km((e.place.lat, e.place.lon), gold["place"]) <= 25


# (id, publication date, text, events), as in fr_world_stress
NOEVENT = [
    ("marche_annoncee", date(2025, 3, 11), """Kinshasa : l'opposition annonce une marche samedi contre la révision de la Constitution

Les partis de l'opposition réunis au sein d'une plateforme commune ont annoncé lundi l'organisation d'une marche samedi prochain à Kinshasa, pour s'opposer à tout projet de changement de la loi fondamentale.

Le cortège doit partir de la place Sainte-Thérèse, à Ndjili, et rejoindre le Palais du peuple, selon le programme lu devant la presse par un cadre de la plateforme. « Nous marcherons pacifiquement, mains nues », a-t-il promis.

Les organisateurs disent avoir déposé une lettre d'information à l'hôtel de ville. Le gouvernorat n'avait pas encore répondu mardi.""", []),
    ("preavis_greve", date(2025, 4, 2), """Guinée : les enseignants déposent un préavis de grève illimitée

Le principal syndicat des enseignants du pré-universitaire a déposé mardi auprès du ministère du Travail un préavis de grève générale et illimitée, qui prendra effet le 14 avril si ses revendications ne sont pas satisfaites.

Les enseignants réclament le paiement des arriérés de primes et une revalorisation de leur salaire de base. « Le gouvernement a eu tout le temps de nous écouter », estime le secrétaire général du syndicat.

Le ministre de l'Éducation se dit ouvert au dialogue et appelle les enseignants à « ne pas prendre les élèves en otage ».""", []),
    ("marche_interdite", date(2025, 5, 14), """Conakry : le gouvernorat interdit la marche prévue jeudi par les Forces vives

Le gouverneur de la ville de Conakry a interdit mardi la marche que les Forces vives de Guinée comptaient organiser jeudi sur l'axe Le Prince, invoquant des « risques sérieux de troubles à l'ordre public ».

Dans un communiqué, le gouvernorat rappelle que toute manifestation sur la voie publique reste soumise à autorisation et prévient que les contrevenants s'exposent à des poursuites.

Les organisateurs dénoncent une mesure « liberticide » et disent étudier la suite à donner à leur mouvement.""", []),
    ("interdiction_generale", date(2025, 6, 4), """Togo : le gouvernement suspend les manifestations publiques pour trois mois

Le gouvernement togolais a annoncé mardi la suspension de toutes les manifestations publiques sur l'ensemble du territoire pour une durée de trois mois, au lendemain de l'adoption d'une nouvelle loi sur les réunions.

Le ministre de l'Administration territoriale justifie cette décision par la nécessité de « préserver la paix sociale ». Seuls les rassemblements religieux et les activités culturelles restent autorisés.

L'opposition parlementaire qualifie la mesure de « recul démocratique » et annonce un recours devant la Cour constitutionnelle.""", []),
    ("menace_rue", date(2025, 7, 9), """Cameroun : l'opposition menace de descendre dans la rue si le fichier électoral n'est pas révisé

Plusieurs partis de l'opposition camerounaise ont menacé mardi, devant des journalistes réunis à Yaoundé, de « descendre dans la rue » si le fichier électoral n'est pas entièrement révisé avant le scrutin.

« Nous ne laisserons pas voler cette élection », a lancé le président d'un des partis signataires, qui accuse l'organe électoral de partialité.

Le ministre de la Communication a répondu que toute tentative de trouble serait « traitée avec la rigueur de la loi ».""", []),
    ("proces_manifestants", date(2025, 2, 19), """Sénégal : le procès de vingt manifestants renvoyé au mois prochain

Le tribunal de grande instance de Dakar a renvoyé mardi au 18 mars le procès de vingt jeunes poursuivis pour participation à une manifestation non autorisée et destruction de biens publics lors des troubles de l'an dernier.

Leurs avocats ont plaidé pour une liberté provisoire, soulignant que certains d'entre eux sont en détention depuis plus de dix mois. Le parquet s'y est opposé.

Des proches des prévenus s'étaient réunis devant le palais de justice dans la matinée, sous le regard des policiers.""", []),
    ("liberation_detenus", date(2025, 8, 20), """Tchad : une centaine de manifestants détenus libérés à la faveur d'une grâce

Cent douze personnes arrêtées lors des manifestations d'octobre 2022 ont été libérées mardi de la prison de Klessoum, à la suite d'une grâce présidentielle, a annoncé le ministère de la Justice.

Leurs familles les attendaient à la sortie de l'établissement, à la périphérie de N'Djamena. Plusieurs anciens détenus ont raconté des conditions de détention très dures.

Les organisations de défense des droits humains saluent la mesure mais demandent que les responsables de la répression de 2022 soient jugés.""", []),
    ("bilan_repression", date(2025, 9, 24), """Guinée : une ONG recense plus de quarante manifestants tués en trois ans

Une organisation guinéenne de défense des droits humains affirme, dans un rapport publié mardi, qu'au moins quarante-sept personnes ont été tuées lors de manifestations politiques à Conakry et dans les villes de l'intérieur depuis septembre 2022.

La plupart des victimes sont des jeunes atteints par balle sur les axes de la banlieue de la capitale, selon le document, qui cite des témoins et des certificats médicaux.

Le gouvernement conteste ces chiffres et assure que des enquêtes sont ouvertes pour chaque décès.""", []),
    ("commemoration", date(2025, 9, 29), """Conakry : recueillement et prières pour les victimes du 28 septembre

Des familles de victimes et des militants des droits humains se sont recueillis dimanche à Conakry en mémoire des personnes tuées le 28 septembre 2009 au stade de la capitale, seize ans après le massacre.

Une messe et des prières ont été dites dans plusieurs lieux de culte. Les associations de victimes réclament l'exécution des peines prononcées par le tribunal et l'indemnisation des familles.

« Nous n'oublierons jamais », a déclaré la présidente d'une association de victimes, la voix brisée.""", []),
    ("ville_morte_appel", date(2025, 10, 15), """Butembo : la société civile appelle à deux journées ville morte la semaine prochaine

La coordination urbaine de la société civile de Butembo appelle la population à observer deux journées ville morte lundi et mardi prochains, pour protester contre la multiplication des tueries dans les villages voisins.

Dans un communiqué signé mardi, elle demande aux commerçants de garder leurs boutiques fermées et aux parents de ne pas envoyer leurs enfants à l'école pendant ces deux jours.

Le maire de la ville invite les habitants à vaquer librement à leurs occupations et promet des mesures de sécurité supplémentaires.""", []),
    ("greve_generale_annoncee", date(2025, 11, 5), """Madagascar : les syndicats appellent à une grève générale à partir de lundi

Les principales centrales syndicales malgaches ont appelé mardi à une grève générale à partir de lundi prochain pour exiger une hausse du salaire minimum et dénoncer les coupures d'eau et d'électricité à répétition.

Lors d'une assemblée tenue à Antananarivo, leurs responsables ont menacé de paralyser les administrations et les ports si le gouvernement ne les reçoit pas avant la fin de la semaine.

Le Premier ministre a convié les syndicats à une rencontre jeudi.""", []),
    ("appel_mobilisation", date(2025, 12, 3), """Haïti : des organisations populaires appellent à la mobilisation contre le Conseil présidentiel

Plusieurs organisations populaires de Port-au-Prince ont appelé mardi la population à se mobiliser dans les prochains jours pour réclamer le départ des membres du Conseil présidentiel de transition.

« Le peuple doit reprendre la rue », a déclaré l'un de leurs porte-parole sur une radio de la capitale, sans préciser de date ni d'itinéraire.

Le Conseil n'a pas réagi. La police nationale dit suivre la situation de près.""", []),
    ("partis_suspendus", date(2025, 5, 21), """Mali : les activités des partis politiques suspendues, l'opposition dénonce

Les autorités de transition maliennes ont suspendu mardi, par décret, les activités des partis politiques et des associations à caractère politique « jusqu'à nouvel ordre ».

Plusieurs responsables de partis dénoncent une décision qui « enterre le pluralisme » et disent réfléchir à des recours. Aucun rassemblement n'a été signalé à Bamako dans la journée.

Le gouvernement assure que la mesure vise à préserver l'ordre public pendant la consultation nationale.""", []),
    ("rapport_amnesty", date(2025, 6, 25), """Niger : Amnesty dénonce l'usage de la force contre les manifestants depuis 2023

Amnesty International accuse les forces de sécurité nigériennes d'avoir fait un usage excessif de la force lors de plusieurs rassemblements depuis deux ans, dans un rapport publié mardi.

L'organisation cite des cas de manifestants frappés et détenus sans jugement, et réclame l'ouverture d'enquêtes indépendantes. Elle appelle aussi à la libération des journalistes emprisonnés.

Les autorités de Niamey n'ont pas répondu aux sollicitations de l'ONG.""", []),
]

ONE = [
    ("marche_opposition_calme", date(2025, 3, 17), """Kinshasa : la marche de l'opposition s'est déroulée sans incident

Des milliers de militants de l'opposition ont marché samedi dans les rues de Kinshasa, à l'appel du parti Ensemble pour la République, pour dénoncer le projet de révision de la Constitution.

Partis de la commune de Limete, les marcheurs ont parcouru le boulevard Lumumba au son des fanfares, calicots levés. Le cortège s'est dispersé en fin d'après-midi sans incident.

La police, déployée le long de l'itinéraire, n'est pas intervenue.""",
     [ev(PP, ["Protesters"], KINSHASA, "samedi", 0, assoc=["Together for the Republic"])]),
    ("sitin_sante", date(2025, 4, 9), """Dakar : les agents de santé en grève tiennent un sit-in devant le ministère

Des centaines d'agents de santé en grève ont observé mardi un sit-in devant le ministère de la Santé, à Dakar, pour réclamer le paiement de leurs indemnités de logement.

Vêtus de blouses blanches, les grévistes ont scandé des slogans hostiles au ministre pendant plus de deux heures, avant de se séparer dans le calme.

Leur syndicat annonce de nouvelles actions si rien ne bouge d'ici la fin du mois.""",
     [ev(PP, ["Protesters"], DAKAR, "mardi", 0)]),
    ("ville_morte_goma", date(2025, 5, 6), """Goma : la ville morte largement suivie à l'appel de la Lucha

La ville de Goma a tourné au ralenti lundi. Les boutiques, les marchés et la plupart des écoles sont restés fermés à l'appel du mouvement citoyen Lutte pour le changement (Lucha), qui protestait contre la hausse des taxes sur les motos.

Les grandes artères du centre-ville étaient presque vides, a constaté notre correspondant. Aucun incident n'a été signalé.

Les militants de la Lucha se disent satisfaits et demandent au gouverneur de suspendre la mesure.""",
     [ev(PP, ["Protesters"], GOMA, "lundi", 0, assoc=["Lucha"])]),
    ("etudiants_ankatso", date(2025, 6, 12), """Antananarivo : les étudiants d'Ankatso manifestent pour le paiement de leurs bourses

Plusieurs centaines d'étudiants de l'université d'Antananarivo ont manifesté mercredi sur le campus d'Ankatso pour réclamer le versement de leurs bourses, en retard de quatre mois.

Les étudiants ont défilé derrière des banderoles jusqu'au bâtiment de la présidence de l'université, où une délégation a été reçue. La manifestation s'est terminée dans le calme.

Le ministère de l'Enseignement supérieur promet un paiement « dans les meilleurs délais ».""",
     [ev(PP, ["Protesters"], TANA, "mercredi", 0)]),
    ("rassemblement_soutien", date(2025, 7, 28), """Niamey : des milliers de personnes rassemblées en soutien aux autorités de transition

Des milliers de personnes se sont rassemblées dimanche sur la place de la Concertation, à Niamey, pour exprimer leur soutien au chef de l'État et dénoncer les sanctions régionales.

Drapeaux nigériens à la main, les participants ont écouté pendant plusieurs heures les discours des responsables d'associations proches du pouvoir.

Le rassemblement s'est achevé en début de soirée.""",
     [ev(PP, ["Protesters"], NIAMEY, "dimanche", 0)]),
    ("fndc_gaz", date(2025, 8, 8), """Conakry : la manifestation des Forces vives dispersée à coups de gaz lacrymogène

Les forces de l'ordre ont dispersé jeudi à Conakry une manifestation organisée à l'appel du Front national pour la défense de la Constitution (FNDC) pour exiger le retour à l'ordre constitutionnel.

Dès le début de la matinée, les policiers ont fait usage de gaz lacrymogène contre les jeunes rassemblés au rond-point de Hamdallaye. Une dizaine de manifestants ont été interpellés, selon le FNDC.

Les activités commerciales ont repris dans l'après-midi le long de l'axe.""",
     [ev(PI, ["Protesters", "Police"], CONAKRY, "jeudi", 0, assoc=["FNDC"])]),
    ("etudiants_lubumbashi", date(2025, 9, 17), """Lubumbashi : des étudiants arrêtés lors d'une manifestation contre la hausse des frais

La police a interpellé mardi une vingtaine d'étudiants de l'université de Lubumbashi qui manifestaient contre la hausse des frais académiques, selon leur comité.

Les étudiants s'étaient rassemblés devant le rectorat avant d'être dispersés par des policiers venus en nombre. Les personnes arrêtées ont été conduites au commissariat de la commune de Lubumbashi.

Le recteur a appelé au calme et promis de recevoir les délégués des étudiants.""",
     [ev(PI, ["Protesters", "Police"], LUBUMBASHI, "mardi", 0)]),
    ("sitin_yaounde", date(2025, 10, 23), """Cameroun : un sit-in de l'opposition dispersé à Yaoundé, douze interpellations

Un sit-in de militants d'un parti de l'opposition devant le siège de l'organe électoral, à Yaoundé, a été dispersé mercredi par la police, qui a interpellé douze personnes.

Les militants, assis sur la chaussée, réclamaient la publication des résultats bureau par bureau. Des éléments des forces de l'ordre les ont repoussés à coups de matraque avant de les embarquer dans des fourgons.

Le parti exige la libération « sans condition » de ses membres.""",
     [ev(PI, ["Protesters", "Police"], YAOUNDE, "mercredi", 0)]),
    ("haiti_insecurite_gaz", date(2025, 11, 14), """Port-au-Prince : une manifestation contre l'insécurité dispersée par la police

Des centaines d'habitants des quartiers de Delmas ont manifesté jeudi à Port-au-Prince pour dénoncer l'inaction des autorités face aux gangs, avant d'être dispersés par la police à l'aide de gaz lacrymogène.

Les manifestants, qui se dirigeaient vers la primature, ont été bloqués par un cordon d'agents de la Police nationale d'Haïti. Aucun blessé n'a été signalé.

Les organisateurs promettent de revenir dans la rue la semaine prochaine.""",
     [ev(PI, ["Protesters", "Police"], PORT_AU_PRINCE, "jeudi", 0)]),
    ("ziguinchor_courant", date(2025, 12, 10), """Ziguinchor : des jeunes protestent contre les coupures d'électricité, la police intervient

Des dizaines de jeunes du quartier de Boucotte, à Ziguinchor, ont protesté mardi soir contre les coupures d'électricité à répétition, en se rassemblant devant l'agence locale de la société d'électricité.

Les policiers les ont dispersés en tirant des grenades lacrymogènes. Trois jeunes ont été conduits au commissariat central, avant d'être relâchés dans la nuit.

La société d'électricité explique les délestages par une panne à la centrale.""",
     [ev(PI, ["Protesters", "Police"], ZIGUINCHOR, "mardi", 0)]),
    ("conakry_jeune_tue", date(2025, 2, 27), """Conakry : un jeune tué par balle lors d'une manifestation sur l'axe Le Prince

Un jeune homme de dix-neuf ans a été tué par balle mercredi à Conakry lors d'une manifestation pour réclamer la libération de deux responsables de la société civile, selon sa famille et des témoins.

Les manifestants, qui marchaient les mains levées, ont essuyé des tirs des forces de l'ordre à hauteur du quartier Cosa, a raconté un témoin. La victime a succombé à ses blessures à l'hôpital.

Le ministère de la Sécurité annonce l'ouverture d'une enquête.""",
     [ev(EXC, ["Police", "Protesters"], CONAKRY, "mercredi", 1)]),
    ("ndjamena_tirs", date(2025, 3, 26), """Tchad : trois morts à N'Djamena lors d'une manifestation réprimée

Trois personnes ont été tuées mardi à N'Djamena lorsque les forces de sécurité ont ouvert le feu sur des manifestants qui protestaient pacifiquement contre le report des élections locales, selon un collectif d'associations.

Le cortège venait de quitter le quartier de Chagoua quand les tirs ont éclaté, selon plusieurs témoins. Des dizaines de blessés ont été admis à l'hôpital de la Renaissance.

Le gouvernement affirme que les forces de l'ordre ont agi en état de légitime défense.""",
     [ev(EXC, ["Police", "Protesters"], NDJAMENA, "mardi", 3)]),
    ("tana_eau_tirs", date(2025, 4, 24), """Antananarivo : deux manifestants tués par les gendarmes lors d'une protestation contre les coupures d'eau

Deux manifestants ont été tués mercredi à Antananarivo lorsque des gendarmes ont tiré à balles réelles sur une foule qui protestait contre les coupures d'eau dans le quartier d'Anosibe.

Selon des habitants, les manifestants bloquaient pacifiquement la route avec des bidons vides lorsque les gendarmes sont arrivés. Plusieurs blessés ont été évacués vers l'hôpital.

La gendarmerie nationale indique qu'une enquête administrative a été ouverte.""",
     [ev(EXC, ["Gendarmerie", "Protesters"], TANA, "mercredi", 2)]),
    ("butembo_poste_brule", date(2025, 5, 27), """Butembo : des jeunes en colère incendient un sous-commissariat après une tuerie

Des jeunes en colère ont incendié lundi un sous-commissariat de police à Butembo, au lendemain de l'assassinat de trois habitants par des hommes armés dans un village voisin.

Sur les principales artères de la ville, les manifestants ont dressé des barricades et mis le feu à des pneus, avant de s'en prendre au bâtiment. La police a dispersé la foule en tirant en l'air.

Le maire de Butembo condamne ces actes de vandalisme et appelle au calme.""",
     [ev(VD, ["Rioters"], BUTEMBO, "lundi", 0)]),
    ("cap_haitien_pillage", date(2025, 6, 18), """Cap-Haïtien : des manifestants pillent des commerces lors d'une journée de colère contre la vie chère

Des manifestants ont pillé plusieurs commerces et incendié des pneus mardi au Cap-Haïtien, lors d'une journée de protestation contre la hausse du prix du carburant.

Des groupes de jeunes ont dressé des barricades enflammées à l'entrée de la ville et lancé des pierres sur des véhicules. La police a tiré des gaz lacrymogènes pour rouvrir la route.

La chambre de commerce du Nord estime les pertes à plusieurs millions de gourdes.""",
     [ev(VD, ["Rioters"], CAP_HAITIEN, "mardi", 0)]),
    ("sokode_pierres", date(2025, 7, 17), """Togo : heurts entre manifestants et forces de l'ordre à Sokodé

Des heurts ont opposé mercredi à Sokodé des manifestants à des forces de l'ordre, lors d'une marche de l'opposition qui réclamait la libération de militants détenus.

Les manifestants ont lancé des pierres sur les gendarmes et incendié deux véhicules de l'administration. Les forces de l'ordre ont répliqué par des tirs de gaz lacrymogène. Plusieurs blessés ont été signalés de part et d'autre.

Le préfet de Tchaoudjo a instauré un couvre-feu nocturne.""",
     [ev(VD, ["Rioters"], SOKODE, "mercredi", 0)]),
    ("bukavu_motards", date(2025, 8, 12), """Bukavu : des conducteurs de taxi-motos saccagent un poste de police après la mort d'un collègue

Des conducteurs de taxi-motos en colère ont saccagé lundi un poste de police dans la commune d'Ibanda, à Bukavu, après la mort d'un des leurs, renversé par un véhicule de la police.

Ils ont brûlé une jeep, cassé les vitres du poste et bloqué la circulation sur l'avenue principale pendant plusieurs heures. Des renforts de police ont été dépêchés pour ramener le calme.

Le commandant de la police urbaine promet des sanctions contre le chauffeur impliqué.""",
     [ev(VD, ["Rioters"], BUKAVU, "lundi", 0)]),
    ("lynchage_masina", date(2025, 9, 9), """Kinshasa : un présumé voleur lynché par la foule à Masina

Un homme soupçonné de vol a été lynché lundi par une foule en colère dans la commune de Masina, à Kinshasa, selon des témoins.

Surpris dans une parcelle du quartier Sans-Fil, il a été roué de coups puis brûlé avec un pneu avant l'arrivée de la police. Son corps a été conduit à la morgue.

Le bourgmestre de Masina condamne la justice populaire et appelle les habitants à remettre les suspects à la police.""",
     [ev(MOB, ["Rioters"], KINSHASA, "lundi", 1)]),
    ("kankan_ravisseur", date(2025, 10, 8), """Kankan : un présumé ravisseur d'enfant tué par des habitants

Un homme accusé d'avoir tenté d'enlever un enfant a été battu à mort mardi par des habitants du quartier Salamani, à Kankan, a appris notre correspondant.

Selon des témoins, l'homme a été poursuivi par une foule après les cris de la mère de l'enfant. Les agents de la police sont arrivés trop tard pour le sauver.

Le commissaire central met en garde contre la justice populaire et annonce des poursuites.""",
     [ev(MOB, ["Rioters"], KANKAN, "mardi", 1)]),
    ("mbujimayi_sorcier", date(2025, 11, 19), """Mbuji-Mayi : deux personnes accusées de sorcellerie tuées par la population

Deux hommes accusés de sorcellerie ont été tués mardi par une foule dans la commune de Bipemba, à Mbuji-Mayi, après le décès de trois enfants dans le quartier.

La foule les a traînés hors de leur maison avant de les frapper à mort, selon la police. Un troisième homme a pu s'échapper.

Les autorités provinciales appellent les habitants à ne pas se rendre justice eux-mêmes.""",
     [ev(MOB, ["Rioters"], MBUJIMAYI, "mardi", 2)]),
]

TWO = [
    ("conakry_deux_jours", date(2025, 3, 6), """Conakry : après une marche pacifique mardi, un mort mercredi lors de la reprise du mouvement

Des milliers de personnes ont marché mardi à Conakry, à l'appel des Forces vives de Guinée, pour réclamer un calendrier électoral. Le cortège a parcouru l'autoroute Fidel Castro sans incident.

Mercredi, la reprise du mouvement a tourné au drame : les forces de l'ordre ont tiré à balles réelles sur des jeunes rassemblés à Bambeto, tuant un adolescent, selon les organisateurs. Les manifestants n'étaient pas armés, selon plusieurs témoins.

Le gouvernement a exprimé ses regrets et promis une enquête.""",
     [ev(PP, ["Protesters"], CONAKRY, "mardi", 0, assoc=["Forces vives"]),
      ev(EXC, ["Protesters"], CONAKRY, "mercredi", 1)]),
    ("enseignants_deux_villes", date(2025, 4, 15), """RDC : les enseignants manifestent à Kinshasa et à Lubumbashi

Les enseignants des écoles publiques ont manifesté lundi à Kinshasa et à Lubumbashi pour réclamer l'application du barème salarial promis l'an dernier.

À Kinshasa, plusieurs centaines d'entre eux se sont rassemblés devant le ministère de l'Éducation, sur le boulevard du 30 juin. À Lubumbashi, le sit-in s'est tenu devant le gouvernorat du Haut-Katanga.

Dans les deux villes, les rassemblements se sont déroulés dans le calme.""",
     [ev(PP, ["Protesters"], KINSHASA, "lundi", 0),
      ev(PP, ["Protesters"], LUBUMBASHI, "lundi", 0)]),
    ("bamenda_douala", date(2025, 5, 13), """Cameroun : des avocats marchent à Douala, combats à Bamenda

Plusieurs dizaines d'avocats en robe ont marché lundi à Douala pour dénoncer les conditions de détention de leurs clients, avant de remettre un mémorandum au procureur général.

Le même jour, des combats ont opposé des militaires à des séparatistes armés dans un quartier de Bamenda, dans le Nord-Ouest, selon des sources sécuritaires. Deux séparatistes ont été tués.

Les avocats envisagent un boycott des audiences.""",
     [ev(PP, ["Protesters"], DOUALA, "lundi", 0),
      ev(AC, ["Military Forces of Cameroon"], BAMENDA, "lundi", 2)]),
    ("haiti_manif_et_gang", date(2025, 6, 20), """Haïti : une manifestation dispersée à Port-au-Prince, des gangs attaquent Mirebalais

Une manifestation d'habitants déplacés par les violences a été dispersée jeudi par la police devant le bureau du Premier ministre, à Port-au-Prince, à coups de gaz lacrymogène.

Le même jour, des membres armés de la coalition de gangs Viv Ansanm ont attaqué la commune de Mirebalais, tuant quatre civils, selon la mairie.

Les autorités annoncent l'envoi de renforts dans le Centre.""",
     [ev(PI, ["Protesters", "Police"], PORT_AU_PRINCE, "jeudi", 0),
      ev(ATT, ["Civilians"], MIREBALAIS, "jeudi", 4)]),
    ("madagascar_tana_toamasina", date(2025, 7, 23), """Madagascar : marche étudiante à Antananarivo, émeute à Toamasina

Des étudiants ont marché lundi dans le calme à Antananarivo pour réclamer le paiement de leurs bourses, à l'appel de leur fédération.

Mardi, la situation a dégénéré à Toamasina, où des jeunes en colère contre les délestages ont incendié une agence de la société d'électricité et pillé des magasins. Les forces de l'ordre ont fait usage de gaz lacrymogène pour les disperser.

Le gouvernement appelle au calme et promet une amélioration de la fourniture d'électricité.""",
     [ev(PP, ["Protesters"], TANA, "lundi", 0),
      ev(VD, ["Rioters"], TOAMASINA, "mardi", 0)]),
    ("guinee_labe_kankan", date(2025, 8, 28), """Guinée : violences à Labé, rassemblement pacifique à Kankan

Des manifestants ont saccagé mercredi le siège de la préfecture de Labé et incendié deux véhicules, pour protester contre l'arrestation d'un responsable local de l'opposition.

Le même jour, à Kankan, plusieurs centaines de femmes se sont rassemblées pacifiquement devant le gouvernorat pour réclamer la réouverture du marché central, fermé depuis deux semaines.

Le ministre de l'Administration du territoire condamne les violences de Labé.""",
     [ev(VD, ["Rioters"], LABE, "mercredi", 0),
      ev(PP, ["Protesters"], KANKAN, "mercredi", 0)]),
]

ARTICLES = NOEVENT + ONE + TWO


def main() -> int:
    return run(__doc__, ARTICLES, "Agence", place_check=within_25_km)


if __name__ == "__main__":
    sys.exit(main())
