"""French political-news stress set: invented articles where a coder must find no dated event, and ten where one sits inside the politics.

    PYTHONPATH=. .venv/bin/python bench/fr_politics_stress.py [--show-failures] [--only ID]

Issue 13: fr_dev2's held-out twin is mostly French political news with no battle (DR Congo politics, Sahel juntas,
diplomacy) beside world pages, and an event invented in such an article is a false event. The first articles carry
the words that tempt a coder but report no act an ACLED coder would code: a trial for old massacres, a
commemoration, a minister's recap of an earlier attack, sanctions for violations, peace talks with no deal, yearly
UN and NGO tolls, a campaign, a party suspension, a motion of censure, strikes with no march, a visit to the front,
a parade, recruitment, troop rotation, arms purchases, a defence budget, a humanitarian appeal, an anniversary, a
general's warning, a months-long operation's totals, a denied rumour, football and film. A strike of teachers or
doctors with no march may be coded a peaceful protest (the project codes a strike as one) and is optional, as is the
ceasefire a mediation announced. The last ten report one dated event in their second paragraph, after the day's
politics. These articles were written for this set in the manner of Radio Okapi, Actualite.cd, RFI, Jeune Afrique
and AFP, not from any dev text. Scoring is fr_world_stress's (a gold event takes the best dated event of its ACLED
type; place within 50 km); every dated event left over is false. Nothing is written.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, run  # noqa: E402

AC, ATT, AIR, IED = "Armed clash", "Attack", "Air/drone strike", "Remote explosive/landmine/IED"
PP, PI, EXC = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"

# places (general knowledge)
KINSHASA, DJIBO, BUTEMBO, ABALA = (-4.32, 15.31), (14.10, -1.63), (0.14, 29.29), (14.93, 3.43)
GAO, MASISI, NDJAMENA, CONAKRY = (16.27, -0.04), (-1.40, 28.82), (12.13, 15.06), (9.54, -13.68)
BOCARANGA, FATAKI = (6.98, 15.64), (1.81, 30.38)

# (id, publication date, text, events), as in fr_world_stress
NOEVENT = [
    ("proces_anciens_rebelles", date(2025, 3, 12), """Bunia : ouverture du procès de quatre anciens chefs miliciens pour des tueries de 2003

BUNIA (Agence) - La cour militaire opérationnelle de l'Ituri a ouvert mardi, dans une salle comble du palais de justice, le procès de quatre anciens commandants d'une milice dissoute, poursuivis pour crimes contre l'humanité.

L'accusation leur reproche d'avoir dirigé, il y a plus de vingt ans, des expéditions punitives qui auraient coûté la vie à plusieurs centaines de villageois dans le territoire de Djugu. Les prévenus, qui ont rejoint l'armée après un programme d'intégration, plaident non coupable.

Une trentaine de parties civiles se sont constituées, appuyées par des avocats d'une organisation de défense des droits humains. « Nos familles attendent cette journée depuis une génération », a confié une rescapée venue de Fataki.

L'audience a été renvoyée à la semaine prochaine pour permettre l'audition des premiers témoins, a indiqué le président de la cour.""", []),

    ("commemoration_massacre", date(2024, 8, 14), """Beni : recueillement et fleurs pour les victimes, huit ans après

BENI (Agence) - Autorités locales, religieux et familles endeuillées se sont recueillis mardi au cimetière de la commune de Rwangoma, huit ans jour pour jour après la tuerie qui avait endeuilli ce quartier de la ville.

Une messe a été célébrée par l'évêque du diocèse, suivie d'un dépôt de gerbes devant le monument érigé à la mémoire des disparus. Les noms de dizaines de victimes ont été lus à haute voix par des élèves.

Le maire a promis que la commune « n'oubliera jamais » et réclamé que les auteurs de ces crimes soient enfin jugés. Plusieurs survivants ont déploré l'absence de réparations, près d'une décennie plus tard.""", []),

    ("ministre_condamne_recap", date(2025, 2, 27), """Le ministre de l'Intérieur promet des renforts au Lomami

KINSHASA (Agence) - Le vice-Premier ministre chargé de l'Intérieur a réuni jeudi les gouverneurs de plusieurs provinces du centre du pays pour un conseil de sécurité consacré à la montée de l'insécurité.

Revenant sur « l'attaque de mardi dernier », qu'il a qualifiée de lâche et d'inacceptable, le ministre a renouvelé ses condoléances aux familles et assuré que « les responsables seront traqués sans relâche ».

Il a annoncé l'envoi prochain d'unités de la police d'intervention rapide et la création d'une commission chargée d'évaluer les besoins des territoires concernés. Les gouverneurs ont plaidé pour davantage de moyens logistiques.""", []),

    ("sanctions_violations", date(2024, 12, 17), """L'Union européenne sanctionne trois commandants pour des violations graves

BRUXELLES (Agence) - Les ministres des Affaires étrangères de l'Union européenne ont adopté lundi des sanctions contre trois commandants militaires et deux chefs de groupes armés actifs dans les Kivus et en Ituri.

Les personnes visées sont accusées de « violations graves des droits humains », notamment d'exécutions sommaires, de violences sexuelles et de recrutement d'enfants, commises au cours des deux dernières années. Leurs avoirs dans l'Union sont gelés et elles sont interdites de séjour.

Kinshasa a salué une décision « qui va dans le bon sens », tandis qu'un porte-parole de la rébellion a dénoncé une mesure « partiale ». Les Vingt-Sept n'excluent pas d'élargir la liste dans les prochains mois.""", []),

    ("pourparlers_doha", date(2025, 5, 21), """Doha : Kinshasa et la rébellion poursuivent leurs discussions sans percée

DOHA (Agence) - Les délégations du gouvernement congolais et de l'alliance rebelle AFC/M23 ont repris mardi leurs échanges dans la capitale qatarie, sous la médiation des autorités du Qatar, sans qu'aucun accord ne soit annoncé à l'issue de la journée.

Les discussions portent sur un mécanisme de vérification du cessez-le-feu proclamé au printemps, sur la libération de détenus et sur le retour des déplacés, selon une source proche de la médiation. « Les positions restent éloignées sur le calendrier », a reconnu un diplomate.

Chaque camp accuse l'autre d'avoir multiplié les attaques ces dernières semaines dans les territoires de Masisi et de Walikale. Une nouvelle session est prévue le mois prochain.""", []),

    ("pourparlers_luanda", date(2024, 9, 16), """Processus de Luanda : les ministres des Affaires étrangères se quittent sur un constat de désaccord

LUANDA (Agence) - La réunion ministérielle tripartite entre l'Angola, la RDC et le Rwanda s'est achevée samedi soir dans la capitale angolaise sans la déclaration commune espérée par le médiateur.

Les experts du renseignement des deux pays voisins doivent encore harmoniser leur plan de neutralisation des FDLR, préalable exigé par Kigali à tout retrait de ses forces. Kinshasa, de son côté, réclame d'abord le départ des troupes rwandaises de son sol.

Le chef de la diplomatie angolaise a toutefois estimé que « le dialogue demeure la seule voie ». Aucune date n'a été fixée pour la prochaine rencontre.""", []),

    ("processus_nairobi", date(2024, 4, 9), """Nairobi : consultations avec les groupes armés, les délégués réclament des garanties

NAIROBI (Agence) - Une centaine de délégués de groupes armés congolais, de la société civile et du gouvernement ont entamé lundi à Nairobi une nouvelle phase de consultations sous l'égide de la Communauté d'Afrique de l'Est.

Les représentants des milices présents exigent des garanties d'amnistie et de réinsertion avant tout désarmement. Le facilitateur a appelé les combattants à « saisir la main tendue » et à renoncer aux armes.

Plusieurs mouvements importants ont boycotté la rencontre, estimant que leurs revendications n'étaient pas prises en compte. Les travaux doivent durer cinq jours.""", []),

    ("rapport_onu_annuel", date(2025, 1, 23), """Un rapport de l'ONU recense plus de 2 400 civils tués en Ituri et au Nord-Kivu en 2024

GENEVE (Agence) - Au moins 2 400 civils ont été tués et plus de 1 100 enlevés l'an dernier dans les provinces de l'Ituri et du Nord-Kivu, selon un rapport publié mercredi par le Bureau conjoint des Nations unies aux droits de l'homme.

Le document attribue la majorité de ces violations aux groupes armés, en particulier aux ADF et à certaines factions de la CODECO, mais relève aussi des abus imputables aux militaires et policiers.

Le Haut-Commissaire a appelé les autorités à « mettre fin à l'impunité » et à renforcer la protection des sites de déplacés. Le rapport recommande la création de chambres spécialisées.""", []),

    ("rapport_hrw", date(2024, 7, 11), """Burkina Faso : Human Rights Watch accuse l'armée d'exécutions de civils

NAIROBI (Agence) - L'organisation Human Rights Watch a accusé jeudi des militaires burkinabè et des supplétifs civils d'avoir exécuté au moins 220 villageois au cours du premier semestre, dans un rapport fondé sur des dizaines d'entretiens.

Selon l'ONG, ces abus s'inscrivent dans une série d'opérations de contre-insurrection menées dans les régions du Nord, du Sahel et de l'Est contre les groupes jihadistes. Les autorités de transition n'ont pas réagi à ces accusations.

« Les victimes et leurs proches méritent justice », a déclaré une chercheuse de l'organisation, qui réclame une enquête indépendante. Ouagadougou avait rejeté en mars des conclusions similaires comme « sans fondement ».""", []),

    ("campagne_electorale", date(2023, 12, 6), """Campagne électorale : à Kisangani, les candidats multiplient les attaques contre leurs rivaux

KISANGANI (Agence) - La campagne a pris un tour plus vif mardi à Kisangani, où deux candidats à la présidentielle ont tenu des meetings à quelques heures d'intervalle devant des milliers de partisans.

Le premier a attaqué frontalement le bilan du pouvoir sortant, dénonçant « un pays à genoux », tandis que l'autre a ciblé la « trahison » d'anciens alliés passés dans l'opposition. Les deux camps se sont accusés mutuellement d'acheter des voix.

La commission électorale a rappelé aux partis l'interdiction des propos haineux. Le vote est prévu le 20 décembre dans l'ensemble du pays.""", []),

    ("suspension_partis", date(2024, 4, 12), """Mali : la junte suspend les activités des partis politiques

BAMAKO (Agence) - Les autorités de transition maliennes ont suspendu mercredi « jusqu'à nouvel ordre » les activités des partis et des associations à caractère politique, invoquant des impératifs de maintien de l'ordre public.

Le décret, lu à la télévision publique, a été adopté en conseil des ministres. Il intervient quelques jours après que plusieurs formations ont réclamé la fin de la transition et l'organisation rapide d'une élection présidentielle.

Une coalition de partis a dénoncé « une atteinte grave aux libertés » et annoncé son intention de saisir la Cour suprême. Les médias ont été priés de ne plus couvrir les activités de ces organisations.""", []),

    ("motion_censure", date(2024, 10, 30), """Kinshasa : une motion de censure vise le gouvernement provincial

KINSHASA (Agence) - Vingt-huit députés provinciaux ont déposé mardi une motion de censure contre le gouverneur de la ville de Kinshasa, à qui ils reprochent une gestion opaque des fonds destinés à l'assainissement.

Le texte doit être examiné en plénière la semaine prochaine. Le bureau de l'assemblée provinciale a indiqué que le gouverneur serait invité à présenter ses moyens de défense.

L'entourage du gouverneur dénonce une « manoeuvre politicienne » et affirme que tous les décaissements ont été validés par les services compétents. En cas d'adoption, le gouvernement provincial serait contraint à la démission.""", []),

    ("greve_enseignants", date(2024, 10, 9), """Grève des enseignants : les écoles publiques paralysées dans plusieurs provinces

KINSHASA (Agence) - La plupart des écoles publiques du Kasaï-Central, du Kwilu et de Kinshasa sont restées fermées mardi, au deuxième jour de la grève illimitée décrétée par les syndicats d'enseignants.

Les grévistes réclament l'application du barème salarial négocié l'an dernier et le paiement des arriérés dus aux nouvelles unités. Dans les cours désertes, seuls quelques élèves de terminale sont venus réviser.

Le ministre de l'Éducation a appelé les syndicats à suspendre leur mot d'ordre et promis une réunion de conciliation avant la fin de la semaine.""",
     [ev(PP, ["Protesters"], KINSHASA, "mardi", optional=True)]),

    ("greve_medecins", date(2025, 3, 5), """Niger : les médecins du secteur public entament une grève de soixante-douze heures

NIAMEY (Agence) - Les médecins des hôpitaux publics nigériens ont cessé le travail lundi pour trois jours à l'appel de leur syndicat, qui dénonce des conditions de travail « indignes » et des primes impayées depuis des mois.

Seul un service minimum est assuré aux urgences et dans les maternités, selon le secrétaire général du syndicat. Les consultations ont été renvoyées à la semaine prochaine à l'hôpital national de Niamey.

Le ministère de la Santé publique affirme avoir déjà réglé une partie des arriérés et invite les praticiens à reprendre le dialogue.""",
     [ev(PP, ["Protesters"], (13.51, 2.11), ("lundi", 0), optional=True)]),

    ("visite_front", date(2024, 6, 20), """Le ministre de la Défense au contact des troupes près de Kanyabayonga

GOMA (Agence) - Le ministre congolais de la Défense s'est rendu mercredi auprès des unités déployées sur la ligne de front au nord de la province du Nord-Kivu, où il a passé plusieurs heures avec les officiers.

Casque sur la tête, il a inspecté les positions tenues par les militaires et distribué des rations et des primes. « L'ennemi ne passera pas », a-t-il lancé devant un bataillon, promettant de nouveaux équipements.

Les combats entre l'armée et la rébellion ont ralenti depuis plusieurs jours dans ce secteur, selon des sources locales. Le ministre devait regagner Kinshasa jeudi.""", []),

    ("defile_militaire", date(2024, 12, 12), """Ouagadougou célèbre la fête de l'indépendance par un grand défilé militaire

OUAGADOUGOU (Agence) - Des milliers de soldats, de gendarmes et de volontaires pour la défense de la patrie ont défilé mercredi sur la place de la Nation, en présence du chef de l'État, pour le 64e anniversaire de l'indépendance.

Des blindés, des pick-up armés de mitrailleuses et des drones de fabrication turque ont été présentés au public, tandis que des avions de chasse survolaient la capitale. Le capitaine président a rendu hommage aux « martyrs tombés pour la patrie ».

Dans son discours, il a assuré que l'armée avait « repris l'initiative » face aux groupes terroristes, sans avancer de chiffres.""", []),

    ("recrutement", date(2024, 2, 8), """Les FARDC lancent une vaste campagne de recrutement dans l'ouest du pays

KINSHASA (Agence) - L'état-major général des Forces armées de la RDC a lancé mercredi une campagne de recrutement visant plusieurs milliers de jeunes dans les provinces de l'ouest, où des centres d'enrôlement ont été ouverts.

Les candidats doivent être âgés de 18 à 25 ans et présenter un certificat d'aptitude médicale. Devant le centre du camp Kokolo, une longue file de volontaires s'est formée dès l'aube.

Les recrues suivront une formation de six mois avant d'être déployées, notamment dans l'est du pays où l'armée combat plusieurs groupes armés.""", []),

    ("rotation_troupes", date(2024, 11, 21), """Un nouveau contingent de Casques bleus népalais arrive à Bunia

BUNIA (Agence) - Quelque 850 Casques bleus népalais sont arrivés mercredi à Bunia pour relever le contingent en poste depuis un an en Ituri, a annoncé la Mission des Nations unies au Congo.

La relève s'effectuera par vagues successives jusqu'à la fin du mois. Les soldats sortants, salués lors d'une cérémonie au quartier général de la brigade, ont notamment assuré la protection de sites de déplacés.

Le commandant de la force a souligné que ce mouvement ne modifiait pas le dispositif de la mission, dont le retrait progressif se poursuit dans d'autres provinces.""", []),

    ("achat_armes", date(2024, 10, 3), """Le Mali réceptionne de nouveaux drones et avions de combat

BAMAKO (Agence) - L'armée malienne a réceptionné mardi à la base aérienne de Sénou un nouveau lot de drones armés et deux avions d'attaque légers, lors d'une cérémonie présidée par le chef de la transition.

Ces acquisitions, dont le coût n'a pas été communiqué, doivent permettre selon le ministre de la Défense de « frapper l'ennemi partout où il se trouve ». Le pays a multiplié les achats d'armement auprès de la Turquie et de la Russie depuis 2021.

Des sources diplomatiques s'inquiètent de l'usage de ces appareils, accusés par des ONG d'avoir causé des victimes civiles lors de précédentes opérations.""", []),

    ("budget_armee", date(2024, 11, 28), """Le Parlement adopte un budget de la Défense en forte hausse

KINSHASA (Agence) - L'Assemblée nationale a adopté mercredi la loi de finances pour l'exercice à venir, qui prévoit une hausse de près de 40 % des crédits alloués à la Défense et à la sécurité.

Le ministre des Finances a justifié cet effort par « la guerre d'agression imposée au pays » et par la nécessité d'améliorer la solde des militaires. L'opposition a dénoncé l'opacité de ces dépenses et réclamé un audit.

Le texte doit maintenant être examiné par le Sénat avant sa promulgation.""", []),
    ("appel_humanitaire", date(2025, 2, 19), """L'ONU lance un appel de 2,5 milliards de dollars pour la RDC

KINSHASA (Agence) - Les Nations unies et leurs partenaires ont lancé mardi un appel de 2,5 milliards de dollars pour venir en aide cette année à plus de onze millions de Congolais dans le besoin.

Près de sept millions de Congolais sont déplacés à l'intérieur du pays, dont plus de la moitié dans les provinces du Nord-Kivu, du Sud-Kivu et de l'Ituri, selon le Bureau de coordination des affaires humanitaires. Les camps autour des grandes villes de l'est sont saturés.

La coordonnatrice humanitaire a averti que l'appel de l'an dernier n'avait été financé qu'à 40 %, obligeant les agences à réduire les rations.""", []),

    ("anniversaire_coup", date(2024, 7, 27), """Niamey : le chef de la junte dresse le bilan d'une année de transition

NIAMEY (Agence) - Le général à la tête du régime militaire nigérien s'est adressé vendredi soir à la nation, à la veille du premier anniversaire de la prise du pouvoir par l'armée.

Dans un discours d'une quarantaine de minutes, il a défendu la rupture avec l'ancienne puissance coloniale et le départ des troupes étrangères, qualifiés de « conquêtes de souveraineté ». Il a reconnu que la situation sécuritaire restait « préoccupante » dans la zone des trois frontières.

Aucune date n'a été avancée pour un retour à l'ordre constitutionnel. Des cérémonies officielles sont prévues samedi dans les chefs-lieux de région.""", []),

    ("interview_general", date(2024, 5, 15), """« Nous nous attendons à des attaques d'envergure » : entretien avec le commandant des opérations en Ituri

BUNIA (Agence) - Dans un entretien accordé mardi à notre rédaction, le commandant du secteur opérationnel de l'Ituri a averti que les miliciens pourraient profiter de la saison des pluies pour lancer de nouvelles attaques contre les villages et les sites de déplacés.

« L'ennemi se réorganise dans la forêt et cherche à frapper là où nous sommes moins présents », a-t-il expliqué, appelant les populations à signaler tout mouvement suspect. Il a affirmé que ses troupes avaient été renforcées sur les axes principaux.

Le général a également plaidé pour une meilleure coordination avec les Casques bleus, dont les effectifs diminuent dans la province.""", []),

    ("bilan_operation", date(2025, 4, 3), """Opérations conjointes : l'armée revendique 600 rebelles neutralisés depuis le début de l'offensive

BENI (Agence) - Le porte-parole des opérations conjointes menées par les armées congolaise et ougandaise a présenté mercredi un bilan des actions engagées depuis la fin novembre 2021 contre les ADF dans les territoires de Beni et d'Irumu.

Selon lui, plus de 600 combattants ont été « neutralisés », une centaine de bastions détruits et près de 900 otages libérés en un peu plus de trois ans. Ces chiffres n'ont pas pu être vérifiés de manière indépendante.

Des élus locaux estiment pour leur part que les rebelles, dispersés en petits groupes, continuent de tuer des civils et que les opérations doivent s'étendre à de nouvelles zones.""", []),

    ("rumeur_dementie", date(2025, 1, 8), """L'armée dément la chute de Butembo, « une rumeur destinée à semer la panique »

BUTEMBO (Agence) - Le porte-parole militaire du Nord-Kivu a formellement démenti mardi les messages circulant sur les réseaux sociaux selon lesquels la ville de Butembo serait tombée aux mains de la rébellion.

« Il n'y a eu aucune attaque contre Butembo, la ville est calme et entièrement tenue par les forces loyalistes », a-t-il déclaré devant les journalistes. Des commerçants ont néanmoins fermé boutique par précaution dans la matinée.

Le maire a appelé les habitants à ne pas céder à la panique et à vérifier les informations avant de les partager.""", []),

    ("football_attaques", date(2025, 3, 26), """CAN : les Léopards frappent fort face aux Éléphants

KINSHASA (Agence) - La RDC s'est imposée mardi soir (3-1) face à la Côte d'Ivoire au stade des Martyrs de Kinshasa, en match de qualification, au terme d'une rencontre disputée.

Les Léopards ont multiplié les attaques dès le coup d'envoi et ouvert le score sur une frappe lointaine de leur capitaine, avant que les Ivoiriens ne reviennent grâce à un tir croisé. Deux contre-attaques éclair ont achevé une défense adverse à bout de forces.

« Mes joueurs ont tué le match en deuxième mi-temps », s'est réjoui le sélectionneur, tandis que 80 000 supporteurs célébraient la victoire dans les tribunes.""", []),

    ("culture_documentaire", date(2024, 10, 18), """Un documentaire sur les massacres du Kasaï primé au festival de Ouagadougou

OUAGADOUGOU (Agence) - Le documentaire d'une réalisatrice congolaise consacré aux violences qui ont déchiré le Kasaï entre 2016 et 2017 a reçu jeudi soir le grand prix du festival, devant un public ému.

Le film donne la parole à des survivants qui racontent les tueries, les villages incendiés et les fosses communes, à partir de témoignages recueillis pendant cinq ans. « J'ai voulu que les victimes ne soient pas des chiffres », a expliqué la cinéaste.

La projection sera reprise le mois prochain à Kananga et à Tshikapa, en présence de l'équipe du film.""", []),

    ("tribunal_condamne", date(2024, 6, 6), """Uvira : deux militaires condamnés pour des viols commis en 2022

UVIRA (Agence) - Le tribunal militaire de garnison d'Uvira a condamné mercredi deux soldats à vingt ans de servitude pénale pour des viols commis sur des femmes revenant des champs dans la plaine de la Ruzizi, il y a deux ans.

Au cours d'une audience foraine organisée dans la cité, les juges ont également ordonné le versement de dommages et intérêts aux victimes. Un troisième prévenu a été acquitté faute de preuves.

Les organisations féminines ont salué un verdict « exemplaire » et demandé que ces audiences foraines se multiplient dans les zones reculées.""", []),

    ("sommet_aes", date(2024, 7, 8), """Niamey : les chefs d'État de l'AES officialisent leur confédération

NIAMEY (Agence) - Les dirigeants militaires du Burkina Faso, du Mali et du Niger ont tenu samedi à Niamey leur premier sommet, au cours duquel ils ont adopté le traité instituant la Confédération des États du Sahel.

Les trois régimes, qui ont annoncé leur retrait de la Cédéao, entendent mutualiser leurs moyens militaires contre les groupes jihadistes, créer une banque d'investissement et un passeport commun. « Notre destin est lié », a lancé l'un des chefs d'État.

La Cédéao, réunie dimanche à Abuja, a exprimé sa préoccupation face à ce qu'elle considère comme un risque de désintégration régionale.""", []),

    ("soudan_jeddah", date(2024, 8, 15), """Soudan : les pourparlers de Genève s'ouvrent sans l'armée

GENEVE (Agence) - Les discussions sur le Soudan promues par les États-Unis se sont ouvertes mercredi en Suisse en l'absence de la délégation de l'armée soudanaise, qui a refusé d'y participer, tandis que les Forces de soutien rapide ont envoyé des représentants.

Les médiateurs veulent obtenir un accès humanitaire sans entrave et une cessation des hostilités dans un pays ravagé par plus de seize mois de guerre, qui a fait des dizaines de milliers de morts et plus de dix millions de déplacés.

L'émissaire américain a appelé le chef de l'armée à « reconsidérer sa position ». Les pourparlers devraient durer au moins dix jours.""", []),

    ("gaza_negociations", date(2024, 8, 22), """Gaza : nouvelle tournée diplomatique pour arracher une trêve

LE CAIRE (Agence) - Le secrétaire d'État américain a achevé mercredi sa neuvième tournée au Proche-Orient depuis le début de la guerre à Gaza, sans obtenir l'accord espéré sur un cessez-le-feu et la libération des otages.

Les médiateurs égyptiens et qatariens poursuivent leurs efforts pour rapprocher les positions d'Israël et du Hamas, notamment sur le maintien de troupes israéliennes le long de la frontière égyptienne. Selon le ministère de la Santé du territoire, plus de 40 000 Palestiniens ont été tués depuis octobre.

Une nouvelle réunion au niveau des experts est attendue au Caire dans les prochains jours.""", []),

    ("haiti_conseil_securite", date(2024, 10, 1), """Haïti : le Conseil de sécurité prolonge la mission de soutien à la police

NEW YORK (Agence) - Le Conseil de sécurité de l'ONU a prolongé lundi pour un an le mandat de la mission multinationale d'appui à la sécurité en Haïti, conduite par le Kenya, dont les effectifs restent bien en deçà des prévisions.

Quelque 400 policiers kényans sont déployés à Port-au-Prince, sur les 2 500 hommes attendus. Les gangs contrôlent toujours l'essentiel de la capitale, et les violences ont fait plus de 3 600 morts au premier semestre, selon l'ONU.

Plusieurs membres du Conseil ont évoqué une transformation de la mission en opération de maintien de la paix, une option à laquelle la Chine et la Russie restent réticentes.""", []),
]
EVENT = [
    ("ev_marche_opposition", date(2024, 5, 22), """Révision constitutionnelle : l'opposition durcit le ton, sa marche dispersée à Kinshasa

KINSHASA (Agence) - Les principaux partis de l'opposition ont réaffirmé mardi leur rejet de tout changement de la Constitution, au cours d'une déclaration commune au siège de l'un d'eux.

Plus tôt dans la journée, la police a dispersé à coups de gaz lacrymogène une marche de quelques centaines de militants qui tentaient de rejoindre le Palais du peuple depuis le rond-point Victoire. Plusieurs manifestants ont été blessés, selon les organisateurs.

Le gouvernement affirme que la marche n'avait pas été autorisée par l'hôtel de ville. Les opposants promettent d'autres actions dans les semaines à venir.""",
     [ev(PI, ["Protesters", "Police"], KINSHASA, "mardi")]),

    ("ev_remaniement_djibo", date(2024, 9, 6), """Burkina : nouveau gouvernement, tandis qu'un poste militaire est attaqué près de Djibo

OUAGADOUGOU (Agence) - Le Premier ministre burkinabè a présenté jeudi la composition de son nouveau gouvernement, marqué par l'entrée de trois officiers à des postes régaliens.

Mercredi, des combattants du JNIM ont attaqué un détachement de l'armée à une dizaine de kilomètres de Djibo, dans la province du Soum, ont indiqué des sources sécuritaires. Onze soldats ont été tués lors de l'assaut, qui a duré plusieurs heures avant l'arrivée de renforts aériens.

Le nouveau ministre de la Défense a promis de « poursuivre la reconquête du territoire ».""",
     [ev(AC, ["JNIM", "Burkina Faso"], DJIBO, "mercredi", 11)]),

    ("ev_depute_embuscade", date(2024, 3, 20), """Nord-Kivu : les élus réclament la levée de l'état de siège après l'embuscade contre un des leurs

BUTEMBO (Agence) - Les députés nationaux élus du Nord-Kivu ont de nouveau réclamé mardi la fin de l'état de siège, en vigueur depuis près de trois ans dans la province.

Lundi, le véhicule d'un député provincial a essuyé des tirs d'hommes armés non identifiés sur la route entre Butembo et Musienene. Son chauffeur a été tué sur le coup, tandis que l'élu s'en est sorti avec des blessures légères, selon son cabinet.

Les parlementaires estiment que l'administration militaire n'a pas ramené la paix et réclament le retour des autorités civiles.""",
     [ev(ATT, ["Unidentified"], BUTEMBO, "lundi", 1)]),

    ("ev_niger_frappe", date(2024, 2, 16), """Niger : le régime militaire resserre ses liens avec Moscou

NIAMEY (Agence) - Une délégation du ministère russe de la Défense a été reçue jeudi à Niamey par le chef du régime militaire, pour discuter d'un renforcement de la coopération militaire.

Mercredi, un drone de l'armée nigérienne a frappé un rassemblement de combattants de l'État islamique près d'Abala, dans la région de Tillabéri, tuant une vingtaine d'entre eux, a affirmé l'état-major dans un communiqué.

Ce rapprochement avec la Russie intervient après le départ des derniers soldats français du pays.""",
     [ev(AIR, ["Niger", "Islamic State"], ABALA, "mercredi", 20)]),

    ("ev_mali_ied", date(2024, 6, 14), """Mali : le dialogue inter-Maliens remet ses recommandations, un convoi touché près de Gao

BAMAKO (Agence) - Le comité de pilotage du dialogue inter-Maliens a remis jeudi ses recommandations au chef de la transition, parmi lesquelles la prolongation de la transition de plusieurs années.

La veille, un véhicule de l'armée a sauté sur un engin explosif improvisé sur l'axe reliant Gao à Ansongo, tuant quatre soldats, selon une source militaire. L'attaque n'a pas été revendiquée.

Les partis politiques, dont les activités restent suspendues, ont boycotté les travaux du dialogue.""",
     [ev(IED, ["Mali"], GAO, "mercredi", 4)]),

    ("ev_m23_luanda", date(2024, 8, 1), """Un cessez-le-feu négocié à Luanda, des combats près de Masisi la veille de son entrée en vigueur

LUANDA (Agence) - Les ministres des Affaires étrangères de la RDC et du Rwanda ont discuté mercredi à Luanda des modalités du cessez-le-feu annoncé par la médiation angolaise, qui doit entrer en vigueur dans la nuit de dimanche.

Mardi, l'armée congolaise et les rebelles du M23 se sont affrontés pendant plusieurs heures sur les collines qui surplombent la cité de Masisi, selon des sources locales. Les deux camps s'accusent d'avoir déclenché les hostilités.

Les diplomates espèrent que la trêve permettra le retour des déplacés.""",
     [ev(AC, ["M23", "Democratic Republic of Congo"], MASISI, "mardi"),
      ev("Agreement", [], (-8.84, 13.23), "mercredi", optional=True)]),

    ("ev_tchad_etudiants", date(2024, 11, 14), """Tchad : sit-in pacifique d'étudiants devant le ministère de l'Enseignement supérieur

N'DJAMENA (Agence) - A quelques semaines des élections législatives, le gouvernement tchadien a annoncé mercredi une revalorisation des bourses universitaires.

La veille, plusieurs centaines d'étudiants de l'université de N'Djamena avaient observé un sit-in devant le ministère de l'Enseignement supérieur pour réclamer le paiement de trois mois d'arriérés de bourses. La manifestation s'est déroulée dans le calme et s'est dispersée en fin de journée.

Les syndicats estudiantins jugent la mesure insuffisante.""",
     [ev(PP, ["Protesters"], NDJAMENA, "mardi")]),

    ("ev_guinee_manifestants", date(2024, 7, 19), """Guinée : les Forces vives suspendent le dialogue après la mort de deux manifestants

CONAKRY (Agence) - La coalition des Forces vives de Guinée a annoncé jeudi la suspension de sa participation au dialogue avec la junte, exigeant une enquête indépendante.

Mercredi, deux jeunes manifestants ont été tués par balles par les forces de sécurité dans la banlieue de Conakry, sur l'axe Hamdallaye-Bambeto, lors d'une manifestation contre la vie chère, selon des proches des victimes et un médecin.

Le gouvernement a regretté des pertes en vies humaines et promis que les responsables seraient identifiés.""",
     [ev(EXC, ["Protesters", "Guinea"], CONAKRY, "mercredi", 2)]),

    ("ev_centrafrique_3r", date(2024, 4, 26), """Centrafrique : l'Assemblée adopte la loi électorale, des civils tués dans l'Ouham-Pendé

BANGUI (Agence) - Les députés centrafricains ont adopté jeudi la nouvelle loi électorale, qui doit encadrer les élections locales prévues l'an prochain.

Mardi, des combattants du groupe armé 3R ont attaqué des villageois près de Bocaranga, dans l'Ouham-Pendé, tuant cinq civils et incendiant plusieurs cases, selon des autorités locales.

L'opposition démocratique a dénoncé une loi adoptée « sans consensus ».""",
     [ev(ATT, ["3R", "Civilians"], BOCARANGA, "mardi", 5)]),

    ("ev_ituri_codeco", date(2025, 2, 12), """Ituri : les notables appellent au dialogue après une nuit meurtrière dans un site de déplacés

BUNIA (Agence) - Des chefs coutumiers et des notables de l'Ituri ont lancé mardi un appel au dialogue entre les communautés de Djugu, réunis à Bunia à l'initiative du gouverneur de province.

Dans la nuit de lundi à mardi, des miliciens de la CODECO ont attaqué un site de déplacés proche de la localité de Fataki, tuant huit civils à l'arme blanche, selon des sources humanitaires.

Le gouverneur a annoncé un renforcement de la présence militaire autour des sites de déplacés.""",
     [ev(ATT, ["CODECO", "Civilians"], FATAKI, ("lundi", "mardi"), 8)]),
]

ARTICLES = NOEVENT + EVENT


def main() -> int:
    return run(__doc__, ARTICLES, "Agence")


if __name__ == "__main__":
    sys.exit(main())
