"""French press of francophone Africa beyond the DR Congo: invented articles from the Sahel, the coast, Cameroon, Chad, the Central African Republic, Burundi, Gabon, Congo and Madagascar.

    PYTHONPATH=. .venv/bin/python bench/fr_africa_stress.py [--show-failures] [--only ID|studied|held|fresh]

Issue 13: outside the DR Congo, fr_dev2's held-out twin is the press of francophone Africa (Lefaso.net, Studio
Tamani, ActuNiger, Jeune Afrique, RFI Afrique, Guinee News, Seneweb, Cameroon Tribune, Tchadinfos, Corbeau News,
Iwacu, Madagascar Tribune), mostly politics with no battle; a dated event drawn from a junta's communique, a
trial, a curfew or a toll "depuis le debut de l'annee" is a false event. A third of the articles report nothing
a coder would code: a transition extended, a national dialogue, a referendum, ECOWAS sanctions, a minister's tour,
recruitment of soldiers or VDP, an opponent's trial, a budget, a curfew or a state of emergency extended, a
school year opening in a hit zone, a yearly toll, a commemoration of an old massacre, OCHA's count of displaced
people, a flood or a road accident, a party congress, a strike notice. The rest report one or two dated acts
among such paragraphs: an attack on a post or a convoy by "hommes armes non identifies", an IED on a road, an
ambush, a massacre of villagers, a kidnapping, an army drone strike, a march dispersed with tear gas, a riot after
a death, an arrest of an opponent or a journalist, a lynching, placed in the countries' own forms ("commune rurale
de X, province du Y", "cercle de", "departement de", "sous-prefecture de", "region de l'Extreme-Nord") and naming
actors in French (FDS, VDP, FAMa, gendarmerie, JNIM, EI Sahel, Boko Haram, separatistes ambazoniens,
Imbonerakure, anti-balaka, Wagner / Africa Corps, coupeurs de route, dozos).
Coding follows ACLED's codebook (2023): an attack on armed soldiers or gendarmes is an Armed clash; a march the
police break up with tear gas is a Protest with intervention; the arrest of an opponent or a journalist by state
forces is a strategic development, Arrests; a lynching is Mob violence.
Three classes (``--only studied``, ``--only held`` or ``--only fresh``): ``studied``, read while writing rules;
``held``, other countries and wordings of the same kinds, written in the session that wrote the set and studied
from the thirty-eighth; ``fresh``, the thirty-eighth session's held-out group (DR Congo politics, the Sahel juntas
and world diplomacy, a third with one dated act), written before its rules, run and studied from the fortieth
session. Each class prints its own figures. Every article was written for this set, not taken from a dev text; places and actors are of general
knowledge. Scoring is fr_world_stress's (a gold event takes the best dated event of its ACLED type; place within
50 km); every dated event left over is false. Nothing is written.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, run  # noqa: E402

AC, ATT, ABD, IED = "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"
AIR, PI, VD, MOB, ARR = ("Air/drone strike", "Protest with intervention", "Violent demonstration", "Mob violence",
                         "Arrests")

# places (general knowledge)
ARBINDA, BONI, TERA, BANIKOARA = (14.23, -0.87), (15.05, -1.97), (14.01, 0.75), (11.30, 2.44)
BOSSANGOA, KOLOFATA, NIONO, DJIBO = (6.49, 17.45), (11.17, 14.02), (14.25, -5.99), (14.10, -1.63)
CONAKRY, DAKAR, CIBITOKE, MOUNDOU = (9.54, -13.68), (14.69, -17.45), (-2.89, 29.12), (8.57, 16.08)
BOUAKE, MANDOURI, KUMBO, BRIA = (7.69, -5.03), (10.85, 0.80), (6.20, 10.68), (6.54, 21.99)
TESSALIT, BARSALOGHO, TANGUIETA, BETROKA = (20.20, 1.01), (13.42, -1.06), (10.62, 1.27), (-23.27, 46.10)
NDJAMENA, BAMENDA, GAYA = (12.13, 15.06), (5.96, 10.15), (11.88, 3.45)
BOL, ZIGUINCHOR, OUALLAM = (13.46, 14.71), (12.58, -16.27), (14.32, 2.09)

# (id, publication date, text, events), as in fr_world_stress
STUDIED_NONE = [
    ("bf_transition_prorogee", date(2024, 5, 27), """Burkina : les assises nationales prolongent la transition de cinq ans

OUAGADOUGOU (Lefaso.net) - Réunies samedi et dimanche dans la salle des banquets de Ouaga 2000, les forces vives de la nation ont adopté une charte révisée qui prolonge de soixante mois la transition ouverte après le coup d'Etat de septembre 2022.

Le capitaine Ibrahim Traoré pourra se présenter aux futures élections présidentielle, législatives et municipales, précise le texte, que les partis d'opposition ont boycotté. « La priorité reste la reconquête du territoire », a justifié le ministre de l'Administration territoriale lors de la cérémonie de clôture.

Selon un décompte d'ONG, les violences jihadistes ont fait plus de deux mille morts depuis le début de l'année dans le pays, où des pans entiers du Nord et de l'Est échappent au contrôle de l'Etat. La charte doit être promulguée dans les prochains jours par décret.""",
     []),
    ("ml_tournee_ministre", date(2024, 2, 15), """Ségou : le ministre de la Sécurité en tournée auprès des populations

SEGOU (Studio Tamani) - Le ministre de la Sécurité et de la Protection civile a entamé mardi une tournée de trois jours dans la région de Ségou, où il doit rencontrer les chefs de village, les associations de femmes et les responsables des postes de sécurité.

« L'Etat ne vous a pas abandonnés », a lancé le ministre devant les notables réunis à la préfecture. Les habitants ont surtout évoqué la fermeture des foires hebdomadaires et les taxes imposées par les groupes armés sur les récoltes.

Après le retrait du Mali de la CEDEAO, annoncé fin janvier par les autorités de la transition avec le Burkina Faso et le Niger, les commerçants de la région redoutent aussi une hausse des prix des produits venus des ports de la côte.""",
     []),
    ("ne_recrutement_budget", date(2024, 12, 18), """Niger : le gouvernement lance le recrutement de 3 000 jeunes soldats et vote un budget de guerre

NIAMEY (ActuNiger) - Le conseil des ministres a adopté mardi le projet de loi de finances pour 2025, dont plus du quart est consacré à la défense et à la sécurité, a annoncé le porte-parole du gouvernement à l'issue de la réunion.

Le ministère de la Défense ouvre dans le même temps une campagne de recrutement de trois mille jeunes soldats, âgés de 18 à 25 ans, dans les huit régions du pays. Les dossiers seront reçus dans les gouvernorats jusqu'au 31 janvier.

Le général Abdourahamane Tiani avait promis lors de son discours à la nation de porter les effectifs des FDS à cinquante mille hommes d'ici trois ans, en réponse aux attaques répétées dans la zone des trois frontières.""",
     []),
    ("sn_proces_opposant", date(2024, 1, 5), """Affaire de diffamation : le procès de l'opposant renvoyé au 18 janvier

DAKAR (Seneweb) - La cour d'appel de Dakar a renvoyé jeudi au 18 janvier l'examen du dossier de l'opposant poursuivi pour diffamation par un ancien ministre, à la demande de ses avocats qui dénoncent « un acharnement judiciaire ».

Devant le palais de justice, un important dispositif de police avait été déployé dès l'aube, et les accès au quartier du Plateau ont été filtrés toute la matinée. Quelques dizaines de sympathisants ont attendu dans le calme la fin de l'audience.

En juin dernier, la condamnation du leader de l'opposition dans une autre affaire avait provoqué des violences qui avaient fait seize morts selon les autorités. Sa candidature à la présidentielle de février reste suspendue à cette décision.""",
     []),
    ("td_couvre_feu_prolonge", date(2024, 4, 3), """Mandoul : le gouverneur prolonge le couvre-feu d'un mois

KOUMRA (Tchadinfos) - Le gouverneur de la province du Mandoul a prolongé mardi d'un mois le couvre-feu instauré après les affrontements intercommunautaires du mois de février, qui avaient fait une vingtaine de morts selon les autorités locales.

La circulation des personnes et des motos reste interdite de 19 heures à 6 heures du matin dans les départements concernés. Le port d'armes blanches est également proscrit sur les marchés.

Un comité mixte composé d'éleveurs et d'agriculteurs a été mis en place pour régler les litiges liés au passage des troupeaux, a indiqué le gouverneur, qui appelle les chefs de canton à « plus de vigilance ».""",
     []),
    ("cm_rentree_nord_ouest", date(2023, 9, 5), """Rentrée scolaire : les classes rouvrent timidement dans le Nord-Ouest

BAMENDA (Cameroon Tribune) - Les élèves ont repris lundi le chemin de l'école dans la région du Nord-Ouest, malgré l'appel des séparatistes ambazoniens à un confinement de deux semaines dans les villes anglophones.

Dans plusieurs établissements publics de Bamenda, moins d'un élève sur trois était présent, selon le délégué régional de l'éducation de base. Des militaires étaient postés aux abords des écoles du centre-ville et les taxis ont circulé normalement.

Depuis le début de la crise anglophone en 2016, des centaines d'établissements scolaires ont dû fermer ou ont été incendiés dans les régions du Nord-Ouest et du Sud-Ouest. Le gouverneur a promis de sanctionner les enseignants absents.""",
     []),
    ("bi_congres_greve", date(2024, 8, 19), """CNDD-FDD : un congrès extraordinaire à Gitega, les enseignants menacent de faire grève

GITEGA (Iwacu) - Le parti au pouvoir a tenu dimanche à Gitega un congrès extraordinaire au cours duquel il a désigné un nouveau secrétaire général, en présence du chef de l'Etat et de plusieurs milliers de militants vêtus de rouge et blanc.

Le nouveau responsable a appelé les militants à se préparer aux législatives de 2025 et salué le travail des jeunes Imbonerakure « dans le développement communautaire ».

De leur côté, les syndicats d'enseignants ont déposé un préavis de grève de sept jours à compter du 2 septembre, pour réclamer l'application des nouvelles grilles salariales. Le ministre de l'Education dit rester « ouvert au dialogue ».""",
     []),
    ("ne_sanctions_frontiere", date(2023, 9, 6), """Sanctions de la CEDEAO : à Gaya, les camions bloqués depuis un mois

GAYA (ActuNiger) - Plusieurs centaines de camions de marchandises restent immobilisés de part et d'autre du pont de Malanville, un mois après la fermeture de la frontière entre le Bénin et le Niger décidée dans le cadre des sanctions de la CEDEAO.

Les chauffeurs, dont certains dorment dans leurs cabines depuis des semaines, disent manquer d'eau et de nourriture. Les prix du riz et de l'huile ont augmenté de près d'un tiers sur les marchés de Niamey, selon une association de consommateurs.

Le Conseil national pour la sauvegarde de la patrie a dénoncé mardi des sanctions « illégales et inhumaines » et réaffirmé son refus de tout calendrier imposé de l'extérieur.""",
     []),
    ("bf_vdp_enrolement", date(2024, 4, 12), """Défense de la patrie : 5 000 nouveaux VDP attendus dans l'Est

FADA N'GOURMA (Lefaso.net) - La campagne d'enrôlement de volontaires pour la défense de la patrie a été lancée mercredi dans la région de l'Est, où les autorités espèrent recruter cinq mille jeunes d'ici la fin du mois de mai.

Les candidats, âgés de 18 à 45 ans, suivront une formation militaire de quatorze jours avant d'être déployés dans leurs communes d'origine. « Chaque village doit pouvoir compter sur ses fils », a déclaré le gouverneur lors du lancement.

Depuis la mobilisation générale décrétée en avril 2023, plusieurs dizaines de milliers de VDP ont été recrutés dans le pays. Des organisations de défense des droits humains s'inquiètent des exactions imputées à certains d'entre eux.""",
     []),
    ("td_dialogue_national", date(2022, 10, 10), """Tchad : le dialogue national prolonge la transition de deux ans

N'DJAMENA (Tchadinfos) - Les participants au dialogue national inclusif et souverain ont adopté samedi une résolution prolongeant de vingt-quatre mois la transition et autorisant le président du Conseil militaire de transition à se présenter à la future présidentielle.

Plusieurs partis d'opposition et des associations avaient quitté les travaux en septembre, dénonçant un dialogue « verrouillé ». Les groupes rebelles signataires de l'accord de Doha étaient représentés.

La plateforme Wakit Tama a appelé à une journée « ville morte » jeudi pour protester contre cette décision. Le ministre de la Sécurité publique a rappelé que toute manifestation non autorisée serait interdite.""",
     []),
    ("sn_pluies_kaffrine", date(2024, 8, 27), """Fortes pluies : des centaines de maisons effondrées à Kaffrine

KAFFRINE (Seneweb) - Les fortes pluies tombées dans la nuit de dimanche à lundi ont provoqué l'effondrement de plusieurs centaines de maisons en banco dans la commune de Kaffrine et ses environs, a indiqué le préfet du département.

Un enfant de neuf ans a perdu la vie sous les décombres d'un mur, selon les sapeurs-pompiers. Des familles sinistrées ont été relogées provisoirement dans des écoles.

Le ministre de l'Hydraulique s'est rendu mardi sur les lieux et a promis une enveloppe d'urgence pour les sinistrés.""",
     []),
    ("cf_souvenir_massacre", date(2024, 12, 6), """Bangui : dix ans après, les familles des victimes du 5 décembre réclament justice

BANGUI (Corbeau News) - Des centaines de personnes se sont rassemblées jeudi dans le 3e arrondissement de Bangui pour commémorer les tueries du 5 décembre 2013, au cours desquelles des centaines d'habitants avaient péri dans les violences entre Séléka et anti-balaka.

Les participants ont déposé des gerbes de fleurs et observé une minute de silence. « Dix ans après, aucun des responsables n'a été jugé », a regretté le président d'une association de victimes.

La Cour pénale spéciale affirme avoir ouvert plusieurs enquêtes sur ces événements, sans préciser de calendrier.""",
     []),
    ("ml_deplaces_menaka", date(2024, 6, 21), """Ménaka : plus de 30 000 déplacés recensés, selon l'OCHA

BAMAKO (Studio Tamani) - Plus de trente mille personnes ont trouvé refuge dans la ville de Ménaka et ses environs depuis le début de l'année, fuyant les violences dans les zones rurales de la région, selon une note du Bureau de la coordination des affaires humanitaires publiée jeudi.

La plupart vivent sur des sites spontanés sans latrines ni points d'eau, relève la note, qui signale une hausse des cas de malnutrition chez les enfants de moins de cinq ans.

Les humanitaires estiment à 40 millions de dollars les besoins de la région pour les six prochains mois.""",
     []),
    ("gn_referendum_vote", date(2025, 9, 22), """Guinée : forte affluence annoncée pour le référendum constitutionnel

CONAKRY (Guinée News) - Les Guinéens ont voté dimanche pour ou contre le projet de nouvelle Constitution, dans un climat calme selon les observateurs de la société civile déployés dans les bureaux de vote de Conakry et de l'intérieur du pays.

L'opposition, qui dénonce un texte taillé pour permettre au chef de la junte de se présenter à la présidentielle, avait appelé au boycott. Policiers et gendarmes étaient déployés aux principaux carrefours de la capitale.

Les premiers résultats provisoires sont attendus dans la semaine, a indiqué la Direction générale des élections.""",
     []),
    ("ml_verdict_assises", date(2024, 11, 28), """Bamako : la cour d'assises condamne trois jihadistes à mort pour l'attaque d'un hôtel

BAMAKO (Studio Tamani) - La cour d'assises spéciale de Bamako a condamné mercredi à la peine de mort trois hommes reconnus coupables d'avoir participé à l'attaque d'un hôtel de la capitale en 2015, qui avait fait vingt morts dont plusieurs étrangers.

Les accusés, qui comparaissaient détenus, ont nié toute participation aux faits. Leurs avocats ont annoncé leur intention de se pourvoir en cassation.

Le Mali observe un moratoire sur les exécutions depuis 1980. Les associations de victimes ont salué « un verdict attendu depuis neuf ans ».""",
     []),
    ("bf_drones_livres", date(2024, 7, 9), """Burkina : l'armée réceptionne de nouveaux drones de combat

OUAGADOUGOU (AIB) - Le capitaine Traoré a présidé lundi à la base aérienne de Ouagadougou la cérémonie de réception de plusieurs drones de combat de fabrication turque, destinés à « renforcer la capacité de frappe » des forces armées nationales.

« Ces vecteurs permettront de traquer les terroristes jusque dans leurs derniers retranchements », a déclaré le ministre de la Défense. Des pilotes burkinabè ont été formés pendant plusieurs mois à l'étranger.

Selon l'état-major, les frappes aériennes ont permis de neutraliser plusieurs centaines de terroristes depuis le début de l'année.""",
     []),
    ("ne_medias_suspendus", date(2024, 12, 13), """Niger : les autorités suspendent une radio internationale pour trois mois

NIAMEY (ActuNiger) - Le ministère de la Communication a annoncé jeudi la suspension pour trois mois de la diffusion d'une radio internationale sur l'ensemble du territoire, l'accusant de « propager de fausses informations » sur la situation sécuritaire.

La radio avait diffusé mardi un reportage évoquant la mort de plusieurs dizaines de soldats dans la région de Tillabéri, un bilan démenti par le gouvernement.

L'organisation Reporters sans frontières a dénoncé une décision « qui prive les Nigériens d'une information indépendante ».""",
     []),
    ("td_visite_lac", date(2024, 11, 15), """Lac : le chef d'état-major des armées au chevet des troupes

BOL (Tchadinfos) - Le chef d'état-major général des armées a effectué jeudi une visite de travail dans la province du Lac, où il a rencontré les unités engagées dans l'opération lancée après l'attaque meurtrière du mois dernier contre une base de l'armée.

Devant les officiers, le général a salué « le sacrifice des camarades tombés » et appelé à « maintenir la pression » sur les combattants de Boko Haram réfugiés sur les îles du lac.

Le gouverneur de la province a profité de la visite pour plaider en faveur de la réouverture des marchés hebdomadaires, fermés depuis deux semaines.""",
     []),
]

STUDIED_EVENT = [
    ("bf_poste_gendarmerie", date(2024, 3, 19), """Soum : le poste de gendarmerie d'Arbinda attaqué, deux gendarmes tués

DORI (Lefaso.net) - Des hommes armés non identifiés ont attaqué dimanche en fin d'après-midi le poste de gendarmerie d'Arbinda, dans la province du Soum, région du Sahel, a-t-on appris de sources sécuritaires.

Les gendarmes ont riposté et repoussé les assaillants après plus d'une heure d'échanges de tirs. Deux gendarmes ont perdu la vie et trois autres ont été blessés, selon les mêmes sources. Les assaillants ont abandonné plusieurs motos dans leur fuite.

La commune d'Arbinda vit sous blocus depuis plus de deux ans et n'est ravitaillée que par des convois escortés. Le gouvernement a annoncé en janvier un plan de soutien aux communes enclavées.""",
     [ev(AC, ["Burkina Faso"], ARBINDA, "dimanche", 2)]),
    ("ml_engin_boni", date(2024, 6, 12), """Douentza : cinq passagers tués par l'explosion d'un engin sur l'axe Boni-Hombori

MOPTI (Studio Tamani) - Cinq passagers ont été tués et une dizaine blessés lundi lorsqu'un car de transport a sauté sur un engin explosif improvisé à une quinzaine de kilomètres de Boni, dans le cercle de Douentza, a-t-on appris auprès d'élus locaux.

Le véhicule, qui reliait Gao à Bamako, transportait une quarantaine de personnes. Les blessés ont été évacués vers le centre de santé de Hombori par les FAMa.

Les transporteurs de la zone demandent depuis des mois une escorte permanente sur cette route, où les engins explosifs se multiplient depuis le début de l'année.""",
     [ev(IED, ["Civilians"], BONI, "lundi", 5)]),
    ("ne_embuscade_tera", date(2024, 10, 9), """Tillabéri : six militaires tués dans une embuscade près de Téra

NIAMEY (ActuNiger) - Six militaires nigériens ont été tués lundi dans une embuscade tendue à un convoi d'approvisionnement entre Téra et Gothèye, dans la région de Tillabéri, a annoncé le ministère de la Défense dans un communiqué lu mardi soir à la télévision publique.

« Les terroristes, venus en grand nombre à moto, ont été repoussés et plusieurs d'entre eux ont été neutralisés », précise le communiqué, qui attribue l'attaque à l'EI Sahel. Quatre soldats blessés ont été évacués vers Niamey.

Le ministre de la Défense a présidé mercredi une cérémonie d'hommage aux militaires tombés, dont les corps ont été inhumés au cimetière de Yantala.""",
     [ev(AC, ["Niger", "Islamic State"], TERA, "lundi", 6)]),
    ("bj_parc_w", date(2025, 1, 10), """Bénin : attaque contre une position de l'armée dans le parc W, le JNIM revendique

COTONOU (La Nouvelle Tribune) - Une position des forces armées béninoises a été attaquée mercredi à l'aube dans la zone du parc W, dans la commune de Banikoara, département de l'Alibori, selon des sources sécuritaires.

Les militaires ont riposté pendant plusieurs heures avant l'arrivée de renforts venus de Kandi. Le JNIM, lié à Al-Qaïda, a revendiqué l'attaque jeudi sur ses canaux de propagande. Le gouvernement n'a pas communiqué de bilan.

Le nord du Bénin connaît depuis 2021 une hausse des incursions de groupes armés venus du Burkina Faso et du Niger voisins.""",
     [ev(AC, ["Benin", "JNIM"], BANIKOARA, "mercredi")]),
    ("cf_villageois_tues", date(2024, 7, 24), """Ouham : six civils tués par des anti-balaka dans un village de la sous-préfecture de Bossangoa

BANGUI (Corbeau News) - Des éléments anti-balaka ont fait irruption samedi dans un village situé à une trentaine de kilomètres de Bossangoa, dans la préfecture de l'Ouham, et ont tué six civils, dont deux femmes, ont rapporté des habitants.

Les assaillants reprochaient aux habitants d'avoir informé les forces armées centrafricaines de leurs mouvements, a expliqué un notable joint par téléphone. Plusieurs maisons ont été incendiées et les habitants ont fui vers la ville.

Le préfet de l'Ouham a dépêché une délégation sur place lundi. La MINUSCA dit suivre la situation « avec préoccupation ».""",
     [ev(ATT, ["Anti-Balaka", "Civilians"], BOSSANGOA, "samedi", 6)]),
    ("cm_kolofata_raid", date(2024, 11, 6), """Extrême-Nord : trois morts dans une incursion de Boko Haram près de Kolofata

MAROUA (Cameroon Tribune) - Trois personnes ont été tuées dans la nuit de lundi à mardi lors d'une incursion de combattants de Boko Haram dans un village de l'arrondissement de Kolofata, département du Mayo-Sava, région de l'Extrême-Nord.

Les assaillants ont emporté des vivres et une trentaine de têtes de bétail avant de se replier vers la frontière nigériane, a indiqué le sous-préfet. Les comités de vigilance ont donné l'alerte, mais les militaires du secteur sont arrivés après le départ des assaillants.

Le gouverneur de l'Extrême-Nord a annoncé le renforcement des patrouilles dans les localités frontalières.""",
     [ev(ATT, ["Boko Haram", "Civilians"], KOLOFATA, ("lundi", "mardi"), 3)]),
    ("ml_chef_enleve", date(2025, 2, 4), """Niono : un chef de village enlevé par des hommes armés

SEGOU (Studio Tamani) - Le chef d'un village de la commune de Sirifila-Boundy, dans le cercle de Niono, région de Ségou, a été enlevé samedi soir à son domicile par des hommes armés non identifiés, selon des proches.

Les ravisseurs, arrivés à moto, ont emmené le notable vers une destination inconnue. Ses proches disent n'avoir reçu aucune demande de rançon.

Les enlèvements de notables et de commerçants se sont multipliés ces derniers mois dans la zone de l'Office du Niger, où les paysans peinent à accéder à leurs champs.""",
     [ev(ABD, ["Civilians"], NIONO, "samedi")]),
    ("bf_frappes_aeriennes", date(2024, 8, 30), """Soum : les vecteurs aériens neutralisent des terroristes près de Djibo

OUAGADOUGOU (AIB) - Les vecteurs aériens de l'armée ont frappé mercredi un regroupement de terroristes à une vingtaine de kilomètres de Djibo, ville principale du Soum, a annoncé l'état-major général des armées.

« Plusieurs dizaines de terroristes ont été neutralisés et une importante quantité de motos et d'armements détruite », précise le communiqué, accompagné d'images de l'opération.

L'état-major appelle les populations à continuer de signaler tout mouvement suspect aux FDS.""",
     [ev(AIR, ["Burkina Faso"], DJIBO, "mercredi")]),
    ("gn_manif_gaz", date(2024, 7, 12), """Conakry : une manifestation des Forces vives dispersée à coups de gaz lacrymogène

CONAKRY (Guinée News) - Les forces de l'ordre ont dispersé jeudi à coups de gaz lacrymogène des dizaines de jeunes qui manifestaient à l'appel des Forces vives de Guinée sur l'axe Hamdallaye-Bambeto, dans la commune de Ratoma.

Les manifestants réclamaient la libération de deux militants de la société civile et un calendrier pour le retour à l'ordre constitutionnel. Plusieurs d'entre eux ont été interpellés, selon les organisateurs.

Le ministre de la Sécurité avait rappelé mercredi que les manifestations sur la voie publique restaient interdites.""",
     [ev(PI, ["Protesters"], CONAKRY, "jeudi")]),
    ("sn_journaliste_arrete", date(2024, 10, 30), """Dakar : un journaliste arrêté par la Sûreté urbaine

DAKAR (Seneweb) - Le directeur de publication d'un quotidien dakarois a été arrêté mardi à son bureau par des agents de la Sûreté urbaine, a annoncé son avocat, qui dénonce une atteinte à la liberté de la presse.

Il lui est reproché la publication d'un article sur une enquête judiciaire en cours, selon la même source. Le journaliste a été placé en garde à vue.

Le syndicat des professionnels de l'information et de la communication a appelé à sa libération immédiate et annoncé une journée sans presse.""",
     [ev(ARR, ["Senegal"], DAKAR, "mardi")]),
    ("bi_imbonerakure_tue", date(2024, 4, 16), """Cibitoke : un militant du CNL battu à mort par des Imbonerakure

BUJUMBURA (Iwacu) - Un militant du Congrès national pour la liberté (CNL) a été battu à mort dimanche soir par des jeunes Imbonerakure dans la commune de Mugina, province de Cibitoke, selon des témoins et des responsables locaux du parti.

La victime rentrait d'une fête de famille lorsqu'elle a été interceptée près d'une buvette, selon ses proches. L'administrateur communal affirme qu'une enquête est ouverte et que deux suspects ont été entendus.

Le CNL dénonce depuis plusieurs mois des intimidations contre ses membres à l'approche des élections.""",
     [ev(ATT, ["Imbonerakure", "Civilians"], CIBITOKE, "dimanche", 1)]),
    ("td_lynchage_moundou", date(2024, 9, 24), """Moundou : un présumé voleur lynché par une foule

MOUNDOU (Tchadinfos) - Un homme soupçonné d'avoir volé une moto a été lynché lundi par une foule en colère au marché central de Moundou, dans la province du Logone occidental, selon la police.

Les agents du commissariat central sont arrivés sur les lieux alors que la victime avait déjà succombé à ses blessures. Une enquête a été ouverte pour identifier les auteurs.

Le délégué provincial de la police rappelle que « nul n'a le droit de se rendre justice » et invite la population à conduire les suspects au commissariat.""",
     [ev(MOB, ["Civilians"], MOUNDOU, "lundi", 1)]),
    ("ci_emeute_bouake", date(2025, 3, 11), """Bouaké : des jeunes saccagent un commissariat après la mort d'un conducteur de moto-taxi

BOUAKE (Fraternité Matin) - Des jeunes en colère ont saccagé et incendié dimanche un commissariat de police à Bouaké, après la mort d'un conducteur de moto-taxi percuté par un véhicule de police lors d'un contrôle, a-t-on appris de sources concordantes.

Les émeutiers ont bloqué avec des pneus enflammés le boulevard principal du quartier pendant plusieurs heures, avant l'intervention de renforts de gendarmerie. Plusieurs personnes ont été interpellées.

Le préfet de région a présenté ses condoléances à la famille du défunt et appelé au calme. Les conducteurs de moto-taxi ont observé lundi une journée de deuil.""",
     [ev(VD, ["Rioters"], BOUAKE, "dimanche")]),
    ("td_bol_position", date(2024, 10, 29), """Lac : une position de l'armée attaquée près de Bol, le président promet une riposte

N'DJAMENA (Tchadinfos) - Une quarantaine de militaires tchadiens ont été tués dans la nuit de dimanche à lundi lors d'une attaque de combattants de Boko Haram contre une position de l'armée sur une île du lac Tchad, près de Bol, dans la province du Lac, a annoncé la présidence.

Le chef de l'Etat s'est rendu lundi sur place et a annoncé le lancement d'une opération pour « traquer les assaillants jusque dans leurs derniers retranchements ».

Le gouvernement a décrété trois jours de deuil national. L'armée tchadienne avait déjà perdu près d'une centaine de soldats dans une attaque similaire en mars 2020.""",
     [ev(AC, ["Chad", "Boko Haram"], BOL, ("dimanche", "lundi"), 40)]),
    ("sn_ziguinchor_gaz", date(2023, 6, 2), """Ziguinchor : des jeunes dispersés à coups de gaz lacrymogène

ZIGUINCHOR (Seneweb) - Les forces de l'ordre ont dispersé jeudi à coups de grenades lacrymogènes des dizaines de jeunes qui protestaient contre la condamnation du maire de la ville, dans le quartier de Boucotte, a constaté un correspondant.

Les manifestants avaient bloqué la route nationale avec des branchages avant l'arrivée des policiers. Plusieurs d'entre eux ont été interpellés.

Le gouverneur de la région a appelé au calme et annoncé la fermeture des établissements scolaires jusqu'à lundi.""",
     [ev(PI, ["Protesters"], ZIGUINCHOR, "jeudi")]),
    ("ne_frappes_ouallam", date(2024, 5, 3), """Ouallam : l'armée de l'air frappe un repaire de terroristes

NIAMEY (ActuNiger) - L'armée de l'air nigérienne a mené mercredi une série de frappes contre un repaire de terroristes dans le département de Ouallam, région de Tillabéri, a annoncé jeudi le ministère de la Défense dans son bulletin hebdomadaire.

« Une vingtaine de terroristes ont été neutralisés et plusieurs motos détruites », précise le bulletin, qui fait également état de l'interpellation de trois suspects lors de patrouilles dans la région de Dosso au cours de la semaine.

Le ministère appelle les populations à collaborer avec les FDS.""",
     [ev(AIR, ["Niger"], OUALLAM, "mercredi"),
      ev(ARR, ["Niger"], (13.05, 3.19), 3, optional=True)]),
    ("cm_bamenda_gendarmerie", date(2024, 2, 20), """Mezam : des séparatistes attaquent une brigade de gendarmerie à Bamenda

BAMENDA (Cameroon Tribune) - Des séparatistes armés ont attaqué lundi soir une brigade de gendarmerie dans un quartier périphérique de Bamenda, chef-lieu du département de la Mezam, région du Nord-Ouest, a-t-on appris de sources sécuritaires.

Les gendarmes ont repoussé l'attaque après un échange de tirs d'une trentaine de minutes. Un gendarme a été blessé et deux assaillants ont été tués, selon les mêmes sources.

Les séparatistes ambazoniens multiplient les attaques contre les forces de défense depuis le début de l'année dans la région.""",
     [ev(AC, ["Cameroon", "Ambazonian"], BAMENDA, "lundi", 2)]),
]

# held: other countries and wordings, written before any rule, run but not studied
HELD_NONE = [
    ("tg_etat_urgence", date(2024, 9, 10), """Togo : les députés prorogent l'état d'urgence dans la région des Savanes

LOME (Togo First) - L'Assemblée nationale a autorisé lundi la prorogation pour six mois supplémentaires du régime d'état d'urgence sécuritaire en vigueur depuis juin 2022 dans la région des Savanes, à l'extrême nord du pays.

Le ministre de la Sécurité a fait valoir devant les élus que la menace des groupes armés restait « élevée » le long de la frontière avec le Burkina Faso. Plusieurs centaines de milliers de personnes vivent dans la zone concernée.

L'opposition a dénoncé l'absence de bilan public des opérations menées dans la région et réclamé une commission d'enquête parlementaire.""",
     []),
    ("mg_cyclone_bilan", date(2024, 3, 30), """Cyclone : le bilan s'alourdit à dix-huit morts dans le sud-est

ANTANANARIVO (Madagascar Tribune) - Le passage du cyclone sur le sud-est de la Grande Île a fait dix-huit morts et plus de vingt mille sinistrés, selon le dernier bilan publié vendredi par le Bureau national de gestion des risques et des catastrophes.

Des routes nationales restent coupées par les crues et plusieurs communes ne sont accessibles que par hélicoptère. Les rizières inondées font craindre une hausse du prix du riz.

Le président de la République s'est rendu jeudi à Farafangana, où il a promis la reconstruction des écoles détruites.""",
     []),
    ("ga_referendum", date(2024, 11, 20), """Gabon : le oui l'emporte largement au référendum constitutionnel

LIBREVILLE (Gabonreview) - Le projet de nouvelle Constitution a été approuvé par plus de 91 % des votants lors du référendum de samedi, a annoncé lundi soir le ministre de l'Intérieur, qui fait état d'une participation supérieure à 53 %.

Le texte instaure un régime présidentiel et supprime le poste de Premier ministre. L'opposition, qui avait appelé à voter non, conteste les chiffres de la participation.

Le président de la transition, arrivé au pouvoir par un coup d'Etat en août 2023, a salué « une victoire du peuple gabonais ». Les résultats définitifs doivent être proclamés par la Cour constitutionnelle.""",
     []),
    ("cg_accident_rn1", date(2024, 6, 4), """Congo : douze morts dans une collision sur la RN1

BRAZZAVILLE (Les Dépêches de Brazzaville) - Douze personnes ont perdu la vie dimanche dans une collision entre un bus de transport en commun et un camion-citerne sur la route nationale 1, à la sortie de Loutété, dans le département de la Bouenza.

Une vingtaine de blessés ont été admis à l'hôpital de Madingou, selon la direction départementale de la santé. L'excès de vitesse serait à l'origine du drame, d'après les premières constatations de la gendarmerie.

Le ministre des Transports a annoncé un renforcement des contrôles routiers sur l'axe reliant Brazzaville à Pointe-Noire.""",
     []),
    ("ml_commemoration", date(2025, 3, 24), """Bandiagara : six ans après, les rescapés se souviennent

MOPTI (Studio Tamani) - Des centaines de personnes se sont rassemblées dimanche dans un village du centre du pays pour commémorer le sixième anniversaire du massacre de mars 2019, qui avait coûté la vie à plus de cent cinquante éleveurs.

Des prières ont été dites sur la fosse commune et les noms des victimes lus par l'imam. « Nous attendons toujours la justice », a déclaré un représentant des familles, dont aucune n'a été indemnisée.

Le procès des auteurs présumés, annoncé à plusieurs reprises, n'a toujours pas eu lieu. Le gouverneur de la région a promis de saisir le ministère de la Justice.""",
     []),
    ("ne_ocha_deplaces", date(2024, 5, 8), """Tillabéri : plus de 400 000 déplacés selon l'OCHA

NIAMEY (ActuNiger) - Le nombre de personnes déplacées internes dans la région de Tillabéri a dépassé 400 000, selon un rapport du Bureau de coordination des affaires humanitaires des Nations unies (OCHA) publié mardi.

La plupart ont fui les violences des groupes armés dans les départements frontaliers du Mali et du Burkina Faso. Le rapport souligne le manque d'abris et la fermeture de plus de huit cents écoles dans la région.

Les organisations humanitaires disent n'avoir reçu que 12 % des fonds demandés pour l'année.""",
     []),
    ("cm_preavis_greve", date(2024, 2, 27), """Enseignants : le mouvement « On a trop supporté » dépose un préavis de grève

YAOUNDE (Le Jour) - Le collectif des enseignants « On a trop supporté » a déposé lundi un préavis de grève illimitée à compter du 11 mars, pour exiger le paiement des arriérés de salaires et des primes de rentrée.

« Le gouvernement a multiplié les promesses depuis deux ans sans les tenir », a déploré un porte-parole. Le ministre des Enseignements secondaires doit recevoir les syndicats jeudi.

En 2022, un précédent mouvement avait paralysé les lycées pendant plusieurs semaines.""",
     []),
]

HELD_EVENT = [
    ("tg_poste_kpendjal", date(2024, 7, 23), """Kpendjal : une position militaire attaquée, plusieurs soldats tués

LOME (Togo Breaking News) - Une position des forces armées togolaises a été attaquée samedi par des individus armés dans la préfecture de Kpendjal, région des Savanes, non loin de Mandouri, a confirmé lundi le gouvernement.

« Plusieurs de nos soldats sont tombés et des assaillants ont été neutralisés », indique un communiqué, sans plus de détails. Des sources locales évoquent au moins sept militaires tués.

Le président Faure Gnassingbé a présenté ses condoléances aux familles et salué « le courage des forces de défense ».""",
     [ev(AC, ["Togo"], MANDOURI, "samedi")]),
    ("cm_enseignants_enleves", date(2024, 10, 2), """Bui : des séparatistes enlèvent trois enseignants

BAMENDA (Mimi Mefo Info) - Trois enseignants d'un collège public de Kumbo, dans le département de Bui, région du Nord-Ouest, ont été enlevés lundi par des séparatistes armés sur le chemin de leur établissement, selon la délégation régionale des enseignements secondaires.

Leurs ravisseurs réclament une rançon de plusieurs millions de francs CFA, d'après des proches. Les séparatistes ambazoniens interdisent l'ouverture des écoles dans de nombreuses localités anglophones.

Le préfet du département a annoncé une opération de recherche menée par l'armée.""",
     [ev(ABD, ["Ambazonian", "Civilians"], KUMBO, "lundi")]),
    ("cf_wagner_bria", date(2024, 5, 14), """Haute-Kotto : des civils tués par des mercenaires russes près de Bria

BANGUI (Corbeau News) - Au moins quatre civils ont été tués vendredi par des éléments de Wagner et des soldats FACA dans un campement d'orpailleurs situé à une quarantaine de kilomètres de Bria, chef-lieu de la préfecture de la Haute-Kotto, selon des témoins.

Les militaires accusent les orpailleurs de ravitailler les rebelles de l'UPC, a expliqué un habitant. Des motos et des stocks d'or auraient été emportés.

Le gouvernement n'a pas réagi. Une organisation de défense des droits humains demande une enquête indépendante.""",
     [ev(ATT, ["Civilians"], BRIA, "vendredi", 4)]),
    ("ml_drone_foire", date(2024, 3, 20), """Région de Kidal : une frappe de drone fait plusieurs victimes près de Tessalit

BAMAKO (RFI Afrique) - Une frappe de drone de l'armée malienne a tué au moins six personnes dimanche près d'un point d'eau, à une dizaine de kilomètres de Tessalit, dans la région de Kidal, selon des sources locales et des rebelles du CSP.

L'état-major général des armées affirme avoir visé « un regroupement de terroristes » et détruit plusieurs véhicules. Les rebelles assurent que les victimes étaient des éleveurs.

L'armée malienne et ses alliés de l'Africa Corps ont repris Kidal en novembre dernier, mais des combats continuent dans le nord de la région.""",
     [ev(AIR, ["Mali"], TESSALIT, "dimanche", 6)]),
    ("bf_tuerie_barsalogho", date(2024, 2, 21), """Centre-Nord : des dizaines de villageois tués dans la commune de Barsalogho

KAYA (Lefaso.net) - Des dizaines de villageois ont été tués lundi dans une attaque de terroristes contre un village de la commune rurale de Barsalogho, province du Sanmatenga, région du Centre-Nord, d'après des habitants.

Les assaillants ont encerclé le village en milieu de matinée et ouvert le feu sur les hommes, a raconté un rescapé arrivé à Kaya. Les greniers et la mosquée ont été incendiés.

Une délégation du gouverneur s'est rendue sur place mercredi. Les autorités n'ont communiqué aucun bilan.""",
     [ev(ATT, ["Civilians"], BARSALOGHO, "lundi")]),
    ("bj_engin_tanguieta", date(2025, 4, 8), """Atacora : deux militaires tués par un engin explosif près de Tanguiéta

NATITINGOU (Banouto) - Deux militaires ont été tués et trois autres blessés dimanche lorsque leur véhicule a sauté sur un engin explosif improvisé sur une piste de la commune de Tanguiéta, département de l'Atacora, selon une source militaire.

La patrouille revenait d'une mission de ravitaillement à un poste avancé proche de la frontière avec le Burkina Faso. Les blessés ont été évacués vers l'hôpital de Tanguiéta.

L'armée béninoise a renforcé son dispositif dans le nord du pays dans le cadre de l'opération Mirador.""",
     [ev(IED, ["Benin"], TANGUIETA, "dimanche", 2)]),
    ("mg_dahalo_betroka", date(2024, 8, 13), """Betroka : des dahalo attaquent un village et volent des centaines de zébus

ANTANANARIVO (Madagascar Tribune) - Une bande de dahalo lourdement armés a attaqué samedi soir un village de la commune rurale d'Ambalasoa, district de Betroka, région Anosy, tuant deux villageois et emportant plus de trois cents zébus.

Les gendarmes de la brigade de Betroka se sont lancés à la poursuite des voleurs de bétail avec l'aide des habitants, selon le commandant de la compagnie.

Les vols de zébus restent fréquents dans le sud de l'île, où les gendarmes manquent de moyens pour couvrir de vastes zones enclavées.""",
     [ev(ATT, ["Civilians"], BETROKA, "samedi", 2)]),
    ("td_etudiants_gaz", date(2024, 11, 28), """N'Djamena : des étudiants dispersés au gaz lacrymogène devant le rectorat

N'DJAMENA (Tchadinfos) - La police a fait usage mercredi de gaz lacrymogène pour disperser plusieurs centaines d'étudiants qui manifestaient devant le rectorat de l'université de N'Djamena pour réclamer le paiement de leurs bourses.

Une dizaine d'étudiants ont été interpellés, selon l'union des étudiants, qui dénonce « une répression disproportionnée ». Les cours ont été suspendus jusqu'à nouvel ordre.

Le ministre de l'Enseignement supérieur a promis que les bourses seraient versées d'ici décembre.""",
     [ev(PI, ["Protesters"], NDJAMENA, "mercredi")]),
    ("gn_opposant_interpelle", date(2024, 5, 22), """Conakry : un responsable de l'opposition interpellé par des gendarmes

CONAKRY (Africaguinee) - Le vice-président d'un parti d'opposition a été interpellé mardi à son domicile de Kaloum par des gendarmes en civil, a annoncé sa formation, qui parle d'un « enlèvement ».

Selon son parti, il a été conduit dans les locaux de l'escadron mobile de Matam sans qu'aucun motif ne lui soit signifié. Il avait critiqué la veille à la radio le projet de nouvelle Constitution.

Le parquet général n'a pas communiqué sur cette arrestation.""",
     [ev(ARR, ["Guinea"], CONAKRY, "mardi")]),
    ("ne_coupeurs_route", date(2024, 1, 17), """Gaya : des coupeurs de route tuent un commerçant

DOSSO (ActuNiger) - Un commerçant a été tué lundi soir par des coupeurs de route qui ont intercepté un minibus sur la route reliant Gaya à Dosso, à une vingtaine de kilomètres de Gaya, a indiqué une source policière.

Les bandits ont dépouillé les passagers de leur argent et de leurs téléphones avant de prendre la fuite en brousse. Le commerçant, qui tentait de résister, a été abattu.

Les attaques de coupeurs de route se sont multipliées dans le département de Gaya, frontalier du Bénin et du Nigeria.""",
     [ev(ATT, ["Civilians"], GAYA, "lundi", 1)]),
]

# the thirty-eighth session's held-out group (``--only fresh``): DR Congo politics above all, the Sahel juntas and
# world diplomacy, written before any rule of that session and run on main, its failures read only at the end
KINSHASA, LUBUMBASHI, OICHA, SAKE = (-4.32, 15.31), (-11.66, 27.48), (0.70, 29.52), (-1.57, 29.04)
DJUGU, TENENKOU, KHAN_YOUNIS, ZAPORIJJIA = (1.92, 30.50), (14.46, -4.92), (31.35, 34.30), (47.84, 35.14)
FRESH_NONE = [
    ("cd_budget_assemblee", date(2024, 11, 28), """Assemblée nationale : le budget 2025 adopté en seconde lecture

KINSHASA (Radio Okapi) - Les députés nationaux ont adopté mercredi en seconde lecture le projet de loi de finances pour l'exercice 2025, arrêté en recettes et en dépenses à un peu plus de cinquante mille milliards de francs congolais.

Le rapporteur de la commission Ecofin a expliqué que les crédits de la défense avaient été relevés « pour tenir compte de la situation sécuritaire dans l'Est », tandis que ceux de l'enseignement primaire gratuit étaient maintenus.

Plusieurs élus de l'opposition ont quitté la salle avant le vote, dénonçant un budget « irréaliste » au regard des recettes encaissées l'année précédente. Le texte est transmis au Sénat, qui dispose de quinze jours pour l'examiner.""",
     []),
    ("cd_parti_exclusion", date(2025, 2, 11), """Ensemble pour la République : le secrétaire général exclu pour « indiscipline »

KINSHASA (Actualite.cd) - Le bureau politique d'Ensemble pour la République a prononcé lundi l'exclusion de son secrétaire général adjoint, accusé d'avoir pris part sans mandat aux consultations organisées par la présidence sur la révision de la Constitution.

Dans un communiqué signé par le porte-parole du parti, la formation de Moïse Katumbi parle d'une « trahison » et invite ses cadres à « se désolidariser de toute démarche individuelle ». L'intéressé a répondu sur les réseaux sociaux qu'il ne reconnaissait pas cette décision, prise selon lui « en violation des statuts ».

Ce n'est pas la première fois que le parti se déchire : deux députés avaient déjà claqué la porte l'an dernier pour rejoindre la majorité présidentielle.""",
     []),
    ("cd_ministre_goma_visite", date(2024, 7, 4), """Le ministre de la Défense à Goma : « l'ennemi ne passera pas »

GOMA (7sur7.cd) - Arrivé mardi dans le chef-lieu du Nord-Kivu, le vice-Premier ministre en charge de la Défense nationale a présidé mercredi une réunion du conseil provincial de sécurité avant de rendre visite aux blessés soignés à l'hôpital militaire.

« Nos forces sont déterminées, l'ennemi ne passera pas », a-t-il déclaré à la presse, appelant les jeunes à rejoindre les rangs de l'armée plutôt que ceux des groupes armés. Il a également promis le paiement des primes dues aux militaires déployés sur la ligne de front.

Depuis la reprise des hostilités fin 2021, les rebelles du M23 se sont emparés de plusieurs localités des territoires de Rutshuru, Nyiragongo et Masisi, poussant des centaines de milliers de civils vers les camps installés en périphérie de Goma.""",
     []),
    ("cd_proces_ministre_renvoi", date(2025, 3, 19), """Détournement des fonds des forages : le procès de l'ex-ministre renvoyé à avril

KINSHASA (Actualite.cd) - La Cour de cassation a renvoyé mardi au 15 avril le procès de l'ancien ministre du Développement rural, poursuivi pour le détournement de plusieurs millions de dollars destinés au programme de forages et de stations de pompage.

A l'ouverture de l'audience, ses avocats ont soulevé une exception d'incompétence, estimant que leur client, désormais député, ne pouvait être jugé sans la levée préalable de ses immunités. Le ministère public a demandé à la cour de rejeter ce moyen « purement dilatoire ».

Le prévenu, qui comparaît libre, rejette toutes les accusations et affirme être victime d'un « règlement de comptes politique ». Il encourt jusqu'à vingt ans de travaux forcés.""",
     []),
    ("cd_rwanda_pourparlers", date(2025, 4, 24), """RDC-Rwanda : les deux délégations se retrouvent à Washington

KINSHASA (RFI) - Les ministres des Affaires étrangères congolais et rwandais sont attendus vendredi à Washington pour signer une déclaration de principes censée ouvrir la voie à un accord de paix, a annoncé le département d'Etat américain.

Kinshasa accuse Kigali d'armer et d'encadrer l'AFC/M23, qui contrôle depuis le début de l'année Goma et Bukavu, les deux principales villes du Kivu. Le Rwanda dément et réclame le démantèlement des FDLR, un groupe armé fondé par d'anciens responsables du génocide des Tutsi.

« Nous n'irons pas à Washington pour céder une partie de notre territoire », a prévenu le porte-parole du gouvernement congolais. A Doha, des discussions distinctes se poursuivent entre les émissaires de Kinshasa et ceux de la rébellion, sous médiation qatarie.""",
     []),
    ("cd_constitution_discours", date(2024, 10, 25), """A Kisangani, Félix Tshisekedi relance le débat sur une nouvelle Constitution

KISANGANI (Jeune Afrique) - Devant une foule rassemblée au stade Lumumba, le président a annoncé mercredi la mise en place, l'an prochain, d'une commission chargée de réfléchir à une nouvelle Constitution, jugeant celle de 2006 « écrite par des étrangers » et inadaptée aux réalités du pays.

L'opposition y voit une manœuvre destinée à permettre au président de briguer un troisième mandat. Plusieurs partis et mouvements citoyens ont annoncé une marche le 4 novembre à Kinshasa et dans les chefs-lieux de province pour « défendre la Constitution ».

Les évêques catholiques de la Cenco ont mis en garde contre « toute initiative susceptible de diviser la nation » à un moment où l'Est du pays reste en guerre.""",
     []),
    ("cd_ocha_deplaces_cholera", date(2025, 6, 12), """Nord-Kivu : plus de sept cent mille nouveaux déplacés depuis janvier, selon OCHA

GOMA (Radio Okapi) - Le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA) estime que plus de sept cent mille personnes ont été contraintes de quitter leur foyer depuis le début de l'année dans la province du Nord-Kivu, en raison des combats et des exactions des groupes armés.

Dans son dernier rapport publié mercredi, l'agence s'inquiète aussi d'une flambée de choléra dans les territoires de Masisi et de Rutshuru, où plus de deux mille cas suspects ont été notifiés en quatre semaines. Les structures de santé manquent d'intrants et les routes restent difficilement praticables.

Le plan de réponse humanitaire pour la RDC n'est financé qu'à hauteur de 15 %, a rappelé la coordinatrice humanitaire, appelant les bailleurs à « ne pas détourner le regard ».""",
     []),
    ("cd_mpox_equateur", date(2024, 9, 10), """Equateur : la vaccination contre le mpox débute à Mbandaka

MBANDAKA (Radio Okapi) - La campagne de vaccination contre le mpox a été lancée samedi à Mbandaka par le ministre provincial de la Santé, en présence des représentants de l'OMS et de l'Unicef.

Les premières doses, arrivées la semaine dernière de Kinshasa, sont destinées en priorité aux agents de santé et aux contacts des malades. La province de l'Equateur reste la plus touchée du pays, avec plusieurs milliers de cas suspects notifiés depuis janvier.

Les autorités sanitaires appellent la population à se rendre dans les centres de santé dès l'apparition de fièvre ou de lésions cutanées.""",
     []),
    ("aes_sommet_niamey", date(2024, 7, 8), """Sahel : à Niamey, les trois juntes scellent leur confédération

NIAMEY (AFP) - Les chefs des juntes du Mali, du Burkina Faso et du Niger ont signé samedi à Niamey le traité instituant la Confédération des Etats du Sahel, au lendemain de la décision de leurs pays de tourner définitivement le dos à la Cédéao.

Le général Abdourahamane Tiani, le colonel Assimi Goïta et le capitaine Ibrahim Traoré ont promis une force unifiée, une banque d'investissement et un passeport commun. « Notre peuple a irrévocablement tourné le dos à la Cédéao », a lancé le chef de la junte nigérienne dans son discours d'ouverture.

Réunis le lendemain à Abuja, les dirigeants ouest-africains ont chargé le président sénégalais de renouer le dialogue avec les trois pays, frappés depuis des années par des violences jihadistes.""",
     []),
    ("ml_or_barrick_tribunal", date(2025, 1, 16), """Mali : le différend minier avec Barrick porté devant le tribunal de commerce

BAMAKO (Jeune Afrique) - Le tribunal de commerce de Bamako examinera le 30 janvier la requête de l'Etat malien visant à placer sous administration provisoire la mine d'or de Loulo-Gounkoto, exploitée par le canadien Barrick Gold.

Les autorités de la transition reprochent au groupe de ne pas appliquer le nouveau code minier adopté en 2023. Barrick, qui a suspendu ses activités après la saisie de plusieurs tonnes d'or par le gouvernement, a saisi un tribunal arbitral international.

Quatre employés maliens de l'entreprise restent détenus depuis novembre à Bamako. Les négociations entre les deux parties se poursuivent, selon une source proche du dossier.""",
     []),
    ("bf_remaniement", date(2024, 12, 10), """Burkina : un nouveau Premier ministre nommé, le gouvernement dissous

OUAGADOUGOU (RFI) - Le chef de la junte, le capitaine Ibrahim Traoré, a dissous vendredi le gouvernement et nommé samedi un nouveau Premier ministre, le journaliste Rimtalba Jean Emmanuel Ouédraogo, jusque-là ministre de la Communication.

Aucune raison officielle n'a été avancée pour le limogeage de son prédécesseur, en poste depuis octobre 2022. La nouvelle équipe, annoncée lundi soir à la télévision nationale, conserve l'essentiel des ministres de souveraineté.

Le pays reste confronté à une insurrection jihadiste qui a tué des milliers de personnes et chassé de chez eux plus de deux millions d'habitants, selon les organisations humanitaires.""",
     []),
    ("gn_referendum_campagne", date(2025, 9, 2), """Guinée : la campagne pour le référendum constitutionnel est ouverte

CONAKRY (Guinee News) - La campagne pour le référendum du 21 septembre sur la nouvelle Constitution s'est ouverte dimanche dans un climat de méfiance, les principaux partis d'opposition, suspendus par les autorités, appelant au boycott.

Le texte, élaboré par le Conseil national de la transition, porte le mandat présidentiel à sept ans renouvelable une fois et ne ferme pas la porte à une candidature du général Mamadi Doumbouya. Des caravanes de soutien ont sillonné lundi les communes de Conakry.

Les Forces vives de Guinée dénoncent une « mascarade » et rappellent que plusieurs de leurs responsables sont portés disparus depuis l'an dernier.""",
     []),
    ("onu_soudan_veto", date(2024, 11, 19), """Soudan : la Russie bloque une résolution du Conseil de sécurité

NEW YORK (AFP) - La Russie a opposé lundi son veto à un projet de résolution présenté par le Royaume-Uni et la Sierra Leone qui réclamait l'arrêt des combats au Soudan et à la protection des civils, un texte soutenu par les quatorze autres membres du Conseil.

« C'est une honte », a réagi le ministre britannique des Affaires étrangères, qui présidait la séance. Le représentant russe a accusé Londres de vouloir « imposer » une solution aux Soudanais.

La guerre entre l'armée du général Abdel Fattah al-Burhane et les Forces de soutien rapide de son ancien adjoint a fait des dizaines de milliers de morts depuis avril 2023 et plus de onze millions de déplacés. Les paramilitaires assiègent depuis des mois la ville d'El-Facher, au Darfour.""",
     []),
    ("ue_ukraine_sommet", date(2024, 12, 20), """Bruxelles : les Vingt-Sept promettent de soutenir Kiev « aussi longtemps qu'il le faudra »

BRUXELLES (Le Monde) - Réunis jeudi à Bruxelles, les dirigeants de l'Union européenne ont réaffirmé leur soutien à l'Ukraine en présence du président Volodymyr Zelensky, qui a plaidé pour des garanties de sécurité avant toute négociation avec Moscou.

Les Vingt-Sept ont confirmé un prêt de plusieurs dizaines de milliards d'euros adossé aux revenus des avoirs russes gelés. La Hongrie a de nouveau fait entendre sa différence, son Premier ministre plaidant pour un cessez-le-feu « pour Noël ».

Depuis le début de l'invasion, en février 2022, l'ONU a recensé plus de douze mille civils tués en Ukraine, un chiffre qu'elle juge largement sous-estimé.""",
     []),
    ("cm_elecam_candidats", date(2025, 7, 28), """Cameroun : Elecam publie la liste des candidats à la présidentielle

YAOUNDE (Cameroon Tribune) - Le conseil électoral d'Elections Cameroon a retenu samedi treize candidatures pour l'élection présidentielle du 12 octobre, dont celle du président sortant Paul Biya, 92 ans, au pouvoir depuis 1982.

La candidature de l'opposant Maurice Kamto a été rejetée, au motif que son parti avait déjà investi un autre candidat. Ses partisans ont annoncé un recours devant le Conseil constitutionnel, qui doit statuer dans les dix jours.

Dans les régions anglophones du Nord-Ouest et du Sud-Ouest, où le conflit entre l'armée et les séparatistes a fait des milliers de morts depuis 2017, les autorités promettent de sécuriser les bureaux de vote.""",
     []),
    ("cd_cour_militaire_m23", date(2024, 8, 9), """Kinshasa : la haute cour militaire condamne à mort par contumace les chefs de l'AFC

KINSHASA (Actualite.cd) - La haute cour militaire a condamné jeudi à la peine de mort par contumace l'ancien président de la Commission électorale, Corneille Nangaa, et plusieurs dirigeants de l'Alliance Fleuve Congo et du M23, reconnus coupables de crimes de guerre, de participation à un mouvement insurrectionnel et de trahison.

Le procès s'était ouvert en juillet en l'absence des accusés, qui se trouvent dans les zones contrôlées par la rébellion dans le Nord-Kivu. La cour a également ordonné la saisie de leurs biens.

Le porte-parole de l'AFC a qualifié le verdict de « non-événement ». La peine de mort, dont le moratoire a été levé en mars, n'a plus été appliquée en RDC depuis 2003.""",
     []),
]

FRESH_EVENT = [
    ("cd_adf_oicha_senat", date(2025, 3, 12), """Beni : cinq civils tués par les ADF près d'Oicha, le Sénat interpelle le gouvernement

BENI (Radio Okapi) - Cinq civils ont été tués lundi soir par des rebelles ADF dans le village de Mayi-Moya, à une quinzaine de kilomètres d'Oicha, dans le territoire de Beni, selon la société civile locale.

Les assaillants, armés de machettes et de fusils, ont surpris les habitants qui rentraient des champs. Plusieurs maisons ont été incendiées et un nombre indéterminé de personnes sont portées disparues, a indiqué un responsable de la société civile de la chefferie.

A Kinshasa, des sénateurs élus du Nord-Kivu ont déposé mardi une question orale avec débat adressée au ministre de la Défense sur « la persistance des massacres » dans la région, malgré les opérations conjointes de l'armée congolaise et de l'armée ougandaise lancées fin 2021.""",
     [ev(ATT, ["ADF", "Civilians"], OICHA, "lundi", 5)]),
    ("cd_m23_sake_diplomatie", date(2024, 2, 21), """Combats entre FARDC et M23 près de Saké, l'Angola relance sa médiation

GOMA (Actualite.cd) - De violents combats ont opposé mardi les Forces armées de la RDC (FARDC), appuyées par les volontaires wazalendo, aux rebelles du M23 sur les collines qui surplombent Saké, à une vingtaine de kilomètres de Goma, selon des sources locales.

Les détonations d'armes lourdes ont été entendues dès l'aube jusque dans la ville, poussant de nombreux habitants ainsi que des déplacés à fuir vers Goma. L'armée affirme avoir repoussé les assaillants, ce que le M23 conteste dans un communiqué.

Sur le plan diplomatique, le président angolais João Lourenço a reçu mardi à Luanda un émissaire congolais et doit s'entretenir dans les prochains jours avec son homologue rwandais, dans l'espoir d'obtenir une désescalade.""",
     [ev(AC, ["M23", "Democratic Republic of Congo"], SAKE, "mardi")]),
    ("cd_marche_kinshasa_dispersee", date(2024, 11, 6), """Kinshasa : la marche contre la révision constitutionnelle dispersée

KINSHASA (7sur7.cd) - La police a dispersé lundi à coups de gaz lacrymogène la marche organisée par plusieurs partis d'opposition contre le projet de changement de Constitution, peu après le départ du cortège sur le boulevard Lumumba, dans la commune de Limete.

Selon les organisateurs, une vingtaine de manifestants ont été interpellés et deux militants blessés. Le gouverneur de la ville avait jugé la veille que la marche n'avait pas été « régulièrement notifiée ».

Le porte-parole du gouvernement a défendu l'action des forces de l'ordre, estimant que « la liberté de manifester ne permet pas de troubler l'ordre public ». Les organisateurs promettent de nouvelles actions dans les prochaines semaines.""",
     [ev(PI, ["Protesters", "Police"], KINSHASA, "lundi")]),
    ("cd_opposant_lubumbashi", date(2025, 2, 19), """Lubumbashi : un cadre de l'opposition arrêté par l'ANR

LUBUMBASHI (Actualite.cd) - Le président fédéral d'un parti d'opposition dans le Haut-Katanga a été arrêté mardi soir à son domicile du quartier Golf par des agents de l'Agence nationale de renseignements (ANR), a annoncé sa famille.

Il avait dénoncé devant la presse samedi « la mauvaise gestion » des recettes minières de la province et appelé à une journée ville morte. Ses proches disent ignorer le lieu où il est détenu.

L'ANR n'a pas réagi. Plusieurs organisations de défense des droits humains ont réclamé sa libération immédiate, rappelant que la liberté d'expression est garantie par la Constitution.""",
     [ev(ARR, ["Democratic Republic of Congo"], LUBUMBASHI, "mardi")]),
    ("ml_poste_tenenkou_transition", date(2024, 10, 15), """Mali : une attaque contre un poste de l'armée près de Ténenkou, la transition prolongée

BAMAKO (RFI) - Des combattants du JNIM, la branche sahélienne d'Al-Qaïda, ont attaqué dimanche un poste des Forces armées maliennes près de Ténenkou, dans la région de Mopti, selon des sources locales et sécuritaires.

Les échanges de tirs ont duré plusieurs heures. L'armée affirme dans un communiqué avoir « neutralisé » plusieurs assaillants, sans faire état de pertes dans ses rangs ; des habitants évoquent au moins trois soldats tués.

Dans la capitale, le conseil des ministres a adopté mercredi dernier un projet de texte prolongeant la transition, ouverte après le putsch d'août 2020, sans fixer de date pour l'élection présidentielle.""",
     [ev(AC, ["JNIM", "Mali"], TENENKOU, "dimanche")]),
    ("gaza_frappe_treve", date(2025, 6, 25), """Gaza : une frappe israélienne tue dix personnes à Khan Younès, les négociations piétinent

JERUSALEM (AFP) - Au moins dix Palestiniens, dont quatre enfants, ont été tués mardi dans une frappe aérienne israélienne contre une tente abritant des déplacés à Khan Younès, dans le sud de la bande de Gaza, selon la Défense civile locale.

L'armée israélienne a indiqué avoir visé « un terroriste du Hamas » et dit examiner les informations faisant état de victimes civiles.

Au Caire, les médiateurs égyptiens et qataris poursuivent leurs efforts pour arracher une nouvelle trêve. Le Premier ministre israélien a réaffirmé lundi que la guerre ne prendrait fin qu'avec la « destruction » du mouvement islamiste, dont l'attaque du 7 octobre 2023 avait déclenché le conflit.""",
     [ev(AIR, ["Israel"], KHAN_YOUNIS, "mardi", 10)]),
    ("ukr_zaporijjia_drones_pourparlers", date(2025, 1, 29), """Ukraine : des drones russes frappent Zaporijjia avant les pourparlers

KIEV (AFP) - Deux personnes ont été tuées et onze blessées mardi soir lors d'une attaque de drones russes contre Zaporijjia, dans le sud-est de l'Ukraine, a annoncé le gouverneur de la région.

Un bâtiment administratif et plusieurs maisons ont été touchés, selon les services de secours, qui ont publié des images de façades éventrées.

Cette attaque survient alors que Washington presse Kiev et Moscou d'accepter des discussions directes. Le président ukrainien a répété qu'aucun accord ne pourrait être conclu « sans l'Ukraine ni sur le dos de l'Europe ».""",
     [ev(AIR, ["Russia"], ZAPORIJJIA, "mardi", 2)]),
    ("cd_codeco_djugu_gouverneur", date(2024, 9, 18), """Djugu : six déplacés tués par la Codeco, le gouverneur annonce des renforts

BUNIA (Radio Okapi) - Six personnes ont été tuées dimanche par des miliciens de la Codeco lors d'une incursion dans un site de déplacés près de Fataki, dans le territoire de Djugu, en Ituri, ont indiqué des responsables du site.

Les assaillants ont tiré sur des déplacés qui puisaient de l'eau avant d'être repoussés par des Casques bleus de la Monusco déployés à proximité.

En visite mardi à Djugu, le gouverneur militaire de l'Ituri a annoncé l'envoi de renforts et appelé les communautés à « ne pas céder à la vengeance ». Il a aussi promis la réouverture des écoles fermées depuis la rentrée.""",
     [ev(ATT, ["CODECO", "Civilians"], DJUGU, "dimanche", 6)]),
]
FRESH = FRESH_NONE + FRESH_EVENT

STUDIED = STUDIED_NONE + STUDIED_EVENT
HELD = HELD_NONE + HELD_EVENT
CLASSES = {"studied": STUDIED, "held": HELD, "fresh": FRESH}


def main() -> int:
    """Each class on its own (``--only studied``, ``--only held``, ``--only fresh``), or the articles ``--only`` names."""
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else ""
    argv = [a for a in sys.argv if a != "--only" and a != only]
    for name, articles in CLASSES.items():
        chosen = articles if not only or only == name else [a for a in articles if a[0] in only.split(",")]
        if not chosen or (only in CLASSES and only != name):
            continue
        print(f"[{name}]")
        sys.argv = argv + ["--only", ",".join(a[0] for a in chosen)]
        run(__doc__, chosen, "RFI Afrique")
    return 0


if __name__ == "__main__":
    sys.exit(main())
