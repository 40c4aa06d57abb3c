"""French DR Congo security and humanitarian stress set: alerts, displacement, tolls, trials and reopenings that report no new incident, and sixteen where one sits among them.

    PYTHONPATH=. .venv/bin/python bench/fr_drc_security_stress.py [--show-failures] [--only ID]

Issue 13: the held-out French set is mostly DR Congo news (Radio Okapi, Actualite.cd, 7sur7.cd) and its false
events come from articles that speak of violence without reporting a new dated incident. The first articles are of
that kind: a civil society's denunciation or alarm, displaced people arriving, an OCHA or UNHCR count, cholera in a
camp, aid held up, an operation's balance sheet, a toll since January, a military trial for an old massacre, a
verdict, a return to calm, schools or a road reopening, a state of siege extended, the integration of Wazalendo,
talks in Doha or Washington, a disarmament programme, a commemoration, a planned march. The last sixteen report one
dated, placed incident among such paragraphs. The coding follows ACLED's codebook (2023): a toll "since January"
or an operation's totals are not an event (an event is one day, one place, one pair of actors); an arrest of a
significant person by state forces is a strategic development, Arrests; a surrender of combatants is an Agreement
(its list of agreements names surrenders), optional here; an attack on a police post that the police answer is an
Armed clash; a week's gains in a communiqué, with no day, may be coded at the week's precision (optional), the
dated fight beside them must be.
Every article was written for this set, not taken from a dev text. Scoring is fr_world_stress's (a gold event
takes the best dated event of its ACLED type; place within 50 km); every dated event left over is false.
Nothing is written.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fr_world_stress import ev, run  # noqa: E402

AC, ATT, ABD, IED = "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"
AIR, PP, ARR, AGR = "Air/drone strike", "Peaceful protest", "Arrests", "Agreement"

# places (general knowledge)
KOMANDA, MWESO, LUBERO, WALIKALE = (1.37, 29.77), (-1.15, 28.95), (-0.16, 29.24), (-1.42, 28.05)
ERINGETI, DJUGU, OICHA, RUTSHURU = (0.88, 29.67), (1.92, 30.50), (0.70, 29.52), (-1.19, 29.45)
BUNIA, SAKE, MAMBASA, BENI = (1.56, 30.25), (-1.57, 29.04), (1.36, 29.05), (0.49, 29.47)
GOMA, UVIRA, MINEMBWE, FIZI = (-1.68, 29.22), (-3.39, 29.14), (-3.58, 28.82), (-4.30, 28.94)

# (id, publication date, text, events), as in fr_world_stress
NOEVENT = [
    ("societe_civile_denonce", date(2025, 3, 12), """Djugu : la société civile dénonce la recrudescence des attaques dans les chefferies du nord

La coordination de la société civile du territoire de Djugu, en Ituri, a dénoncé mardi la montée de l'insécurité dans plusieurs groupements du nord du territoire, qu'elle attribue aux miliciens de la CODECO.

Dans une déclaration lue devant la presse à Bunia, son président estime que les populations vivent « dans la peur permanente » et que des villages entiers se sont vidés de leurs habitants depuis le début de l'année.

La structure demande au gouvernement provincial de renforcer le dispositif militaire sur les collines et de relancer le dialogue entre les communautés. Elle invite aussi les jeunes à ne pas céder aux discours de vengeance.

Le porte-parole du gouverneur militaire n'a pas souhaité réagir à cette déclaration.""", []),
    ("sonnette_alarme", date(2025, 4, 8), """Beni : les élus locaux tirent la sonnette d'alarme sur l'axe Mbau-Kamango

Les députés provinciaux élus de Beni tirent la sonnette d'alarme sur la situation sécuritaire le long de la route Mbau-Kamango, qu'ils jugent abandonnée par les services de sécurité.

Selon eux, les agriculteurs n'osent plus se rendre dans leurs champs et les transporteurs ont réduit leurs rotations. Ils évoquent des enlèvements répétés ces dernières semaines, attribués aux rebelles ADF, sans en préciser le nombre.

Les élus ont adressé une lettre au ministre de la Défense pour réclamer des patrouilles régulières et la réhabilitation du tronçon. « Nous ne pouvons pas attendre un nouveau drame pour agir », a écrit l'un d'eux.""", []),
    ("depart_adf", date(2025, 5, 20), """Lubero : les jeunes exigent le départ des ADF des forêts du territoire

Le conseil de la jeunesse de Lubero exige que les ADF soient délogés des forêts du sud du territoire, où ils se seraient installés depuis plusieurs mois.

Dans un mémorandum remis lundi à l'administrateur du territoire, les jeunes annoncent une journée ville morte si aucune mesure n'est prise d'ici la fin du mois. Ils reprochent aux autorités leur lenteur face aux tueries de l'an dernier.

L'administrateur assure que des renforts sont attendus et appelle la population à collaborer avec l'armée.""", []),
    ("deplaces_arrivent", date(2025, 6, 17), """Bunia : des milliers de déplacés affluent vers les sites de la ville

Des milliers de personnes fuyant l'insécurité dans le territoire de Djugu continuent d'arriver à Bunia, où les sites de déplacés sont déjà saturés, selon les responsables humanitaires.

Les nouveaux venus, en majorité des femmes et des enfants, racontent avoir marché pendant plusieurs jours. Certains dorment dans des églises ou chez des familles d'accueil.

Le responsable du site de Plaine Savo indique que plus de trois mille ménages y ont été enregistrés depuis un mois. Il plaide pour une distribution urgente de vivres, de bâches et de médicaments.

Les humanitaires redoutent une épidémie si les conditions d'hygiène ne s'améliorent pas rapidement.""", []),
    ("ocha_chiffres", date(2025, 7, 9), """Nord-Kivu : près de trois millions de déplacés selon les Nations unies

Le Bureau de la coordination des affaires humanitaires (OCHA) estime à près de trois millions le nombre de déplacés internes dans la province du Nord-Kivu, dans sa dernière note de situation publiée mercredi.

Le document souligne que le plan de réponse humanitaire n'est financé qu'à hauteur de vingt pour cent, ce qui oblige les agences à réduire les rations.

OCHA rappelle que les violences armées restent la première cause des déplacements dans la province, devant les catastrophes naturelles. L'agence appelle les bailleurs à tenir leurs promesses.""", []),
    ("cholera_camps", date(2025, 2, 14), """Goma : le choléra se propage dans les camps de déplacés

Les autorités sanitaires du Nord-Kivu ont enregistré plus de cent vingt cas de choléra depuis le début du mois dans les camps de déplacés situés en périphérie de Goma.

Selon le médecin chef de zone, le manque de latrines et d'eau potable favorise la propagation de la maladie. Trois centres de traitement ont été ouverts avec l'appui d'une organisation médicale internationale.

Les responsables des camps demandent l'installation de points de chloration et une campagne de vaccination. La plupart des déplacés ont fui les combats qui secouent les territoires voisins depuis l'an dernier.""", []),
    ("aide_bloquee", date(2025, 3, 21), """Rutshuru : l'aide humanitaire bloquée faute d'accès

Les organisations humanitaires déplorent l'impossibilité d'acheminer de l'aide vers plusieurs localités du territoire de Rutshuru, faute de garanties de sécurité.

Le Programme alimentaire mondial a suspendu ses distributions dans la zone depuis deux semaines, a indiqué jeudi un de ses responsables. Des camions chargés de vivres attendent toujours à Goma.

Les ONG appellent toutes les parties à respecter le droit international humanitaire et à permettre le passage des convois. Elles estiment que des dizaines de milliers de personnes sont privées d'assistance.""", []),
    ("bilan_operation", date(2025, 4, 25), """Opérations conjointes : l'armée présente le bilan de l'opération Shujaa

Le porte-parole des opérations conjointes entre les armées congolaise et ougandaise a présenté jeudi à Beni le bilan de l'opération Shujaa depuis son lancement fin 2021.

Selon lui, plus de quatre cents combattants ADF ont été neutralisés, une centaine de bastions détruits et plusieurs centaines d'otages libérés au fil des opérations. Il n'a pas donné le nombre de militaires tombés.

L'officier reconnaît que les rebelles se sont dispersés en petits groupes qui continuent de harceler les civils, et promet de nouvelles phases. Des acteurs de la société civile jugent ce bilan difficile à vérifier.""", []),
    ("tues_depuis_janvier", date(2025, 5, 6), """Irumu : au moins deux cents civils tués depuis janvier selon une ONG

Une organisation de défense des droits humains basée à Bunia affirme qu'au moins deux cents civils ont été tués dans le territoire d'Irumu depuis janvier, dans un rapport rendu public lundi.

Le document attribue la majorité de ces meurtres aux rebelles ADF et fait également état de dizaines d'enlèvements et d'incendies de maisons. Il pointe la faible présence de l'État dans les zones minières.

L'ONG recommande la création d'une commission d'enquête et le renforcement des effectifs de la police. Les autorités provinciales n'ont pas encore commenté ces chiffres.""", []),
    ("mois_de_violences", date(2025, 6, 3), """Masisi : des mois de violences poussent les agriculteurs à abandonner leurs terres

Les habitants de plusieurs groupements du territoire de Masisi affirment avoir abandonné leurs champs après des mois de violences entre groupes armés.

Un chef coutumier explique que les récoltes pourrissent sur pied et que les prix des denrées ont doublé sur les marchés locaux. Des familles entières ont rejoint les camps proches de Goma.

Les organisations paysannes demandent un corridor sécurisé pour permettre la prochaine saison agricole. Elles craignent une crise alimentaire durable dans la région.""", []),
    ("proces_auditorat", date(2025, 3, 26), """Beni : ouverture du procès des présumés auteurs d'un massacre de 2021

L'auditorat militaire de garnison de Beni a ouvert mardi le procès de huit personnes poursuivies pour leur participation présumée à un massacre commis en 2021 dans un village du secteur de Beni-Mbau.

Les prévenus, dont deux anciens militaires, sont accusés de crimes contre l'humanité, de participation à un mouvement insurrectionnel et de détention illégale d'armes de guerre.

Plusieurs dizaines de parents des victimes ont fait le déplacement. La défense a demandé un renvoi pour mieux préparer ses moyens. L'audience reprendra la semaine prochaine.""", []),
    ("condamnes_miliciens", date(2025, 4, 16), """Bunia : douze miliciens condamnés à la peine de mort

Le tribunal militaire de garnison de Bunia a condamné mardi douze miliciens de la CODECO à la peine de mort pour meurtres, viols et incendies commis en 2023 dans le territoire de Djugu.

Trois autres prévenus ont été acquittés faute de preuves. Le tribunal a aussi ordonné le versement de dommages et intérêts aux familles des victimes.

Les avocats de la défense ont annoncé leur intention de faire appel. La peine capitale n'est plus exécutée dans le pays depuis plus de vingt ans, elle est commuée en servitude pénale à perpétuité.""", []),
    ("retour_calme", date(2025, 5, 14), """Kasindi : retour progressif au calme, les commerces rouvrent

Le calme revient progressivement à Kasindi, cité frontalière du territoire de Beni, après plusieurs jours de tension.

Les boutiques et les bureaux de change ont rouvert mardi et le trafic a repris au poste frontalier avec l'Ouganda, a constaté notre correspondant. Les motos-taxis circulent de nouveau jusque tard le soir.

Le bourgmestre a remercié les forces de sécurité pour leur présence et appelé les habitants à dénoncer toute personne suspecte.""", []),
    ("ecoles_rouvrent", date(2025, 9, 2), """Rutshuru : les écoles rouvrent après des mois de fermeture

Les élèves de plusieurs écoles de la cité de Rutshuru ont repris le chemin des classes lundi, après de longs mois de fermeture liés à l'insécurité.

Les directeurs signalent que de nombreux bancs ont disparu et que certaines salles servaient d'abri aux familles déplacées. Les parents disent leur soulagement mais s'inquiètent des frais scolaires.

Une organisation d'aide à l'enfance a distribué des kits scolaires à près de deux mille élèves.""", []),
    ("route_rouverte", date(2025, 6, 25), """La route Beni-Kasindi de nouveau ouverte à la circulation

La route nationale numéro quatre entre Beni et Kasindi est de nouveau ouverte à la circulation, a annoncé mardi le commandant du secteur opérationnel.

Les véhicules circulent désormais en convois escortés par l'armée, à des heures fixes. Le tronçon avait été fermé aux véhicules pendant plusieurs semaines en raison des attaques contre les usagers.

Les transporteurs saluent la mesure, qui devrait faire baisser les prix des produits importés d'Ouganda.""", []),
    ("etat_de_siege_proroge", date(2025, 7, 16), """Assemblée nationale : l'état de siège prorogé de quinze jours en Ituri et au Nord-Kivu

Les députés nationaux ont voté mardi une nouvelle prorogation de l'état de siège dans les provinces de l'Ituri et du Nord-Kivu, pour une durée de quinze jours.

Le ministre de la Défense a défendu le texte en estimant que la mesure avait permis de contenir les groupes armés, malgré des « défis persistants ». Plusieurs élus de l'opposition ont voté contre, jugeant son bilan insuffisant.

Cette mesure exceptionnelle, qui confie l'administration des deux provinces à des officiers, est en vigueur depuis mai 2021.""", []),
    ("wazalendo_integration", date(2025, 8, 5), """Kinshasa : le gouvernement annonce l'intégration des Wazalendo dans une réserve armée

Le gouvernement a adopté lundi en conseil des ministres un décret organisant l'intégration des combattants Wazalendo dans une réserve armée de la défense.

Selon le porte-parole du gouvernement, les volontaires seront recensés, formés et placés sous le commandement de l'armée. Ceux qui refuseront seront considérés comme des groupes armés illégaux.

Des responsables de la société civile du Nord-Kivu saluent la décision mais demandent des garanties contre les abus commis par certains de ces combattants.""", []),
    ("pourparlers_doha", date(2025, 8, 12), """Doha : reprise des pourparlers entre Kinshasa et l'AFC/M23

Les délégations du gouvernement congolais et de l'AFC/M23 se sont retrouvées lundi à Doha pour un nouveau cycle de discussions sous médiation qatarie.

Les discussions portent sur l'échange de prisonniers, le retour des réfugiés et le calendrier d'un éventuel accord global. Aucune date de clôture n'a été communiquée.

À Goma, des habitants disent attendre des résultats concrets après plusieurs rendez-vous manqués. Les combats se sont poursuivis ces dernières semaines sur plusieurs fronts des hauts plateaux.""", []),
    ("accord_washington", date(2025, 7, 2), """Le ministre des Affaires étrangères plaide pour l'application de l'accord de Washington

La ministre des Affaires étrangères a plaidé mardi devant le corps diplomatique pour une application rapide de l'accord de paix conclu à Washington avec Kigali.

Elle a rappelé que des milliers de Congolais ont perdu la vie dans les violences de l'est du pays et que la présence de troupes étrangères restait le principal obstacle à la paix.

La ministre a aussi évoqué le processus de Luanda et la nécessité d'un mécanisme de suivi crédible.""", []),
    ("insecurite_grandissante", date(2025, 9, 10), """Uvira : les notables déplorent l'insécurité grandissante

Les notables de la cité d'Uvira, au Sud-Kivu, déplorent l'insécurité grandissante dans plusieurs quartiers, marquée selon eux par des braquages à répétition et des vols à main armée.

Au cours d'une rencontre avec le maire mardi, ils ont demandé l'éclairage public des grandes artères et le contrôle des armes qui circulent parmi les jeunes désœuvrés.

Le maire a promis un plan de sécurisation élaboré avec la police et les chefs de quartier.""", []),
    ("marche_prevue", date(2025, 10, 7), """Bunia : les femmes annoncent une marche pour la paix jeudi

Les associations féminines de l'Ituri annoncent une marche pacifique jeudi prochain dans les rues de Bunia pour réclamer la fin des violences dans la province.

Selon la présidente du collectif, la marche partira du rond-point principal jusqu'au bureau du gouverneur, où un mémorandum sera déposé. Les organisatrices disent avoir informé la mairie.

Elles dénoncent les souffrances des femmes déplacées et réclament leur participation aux discussions de paix.""", []),
    ("retour_refugies", date(2025, 10, 15), """Le HCR accompagne le retour de réfugiés congolais depuis l'Ouganda

Le Haut-Commissariat des Nations unies pour les réfugiés a indiqué mardi avoir accompagné le retour volontaire de plus de cinq cents réfugiés congolais depuis l'Ouganda au cours du mois écoulé.

Les rapatriés ont regagné leurs villages d'origine dans le territoire de Rutshuru, où ils reçoivent un kit de réinstallation et une aide en espèces.

L'agence rappelle que le retour doit rester volontaire et se faire dans la sécurité et la dignité.""", []),
    ("programme_ddr", date(2025, 11, 4), """Le programme de désarmement accueille de nouveaux ex-combattants à Bunia

Le Programme de désarmement, démobilisation, relèvement communautaire et stabilisation (P-DDRCS) affirme avoir accueilli plus de quatre cents ex-combattants dans son site de transit de Bunia depuis le mois de janvier.

Les anciens miliciens y suivent une formation aux métiers avant leur retour dans leurs communautés. Le coordonnateur provincial souhaite davantage de moyens pour leur réinsertion.

Des leaders communautaires craignent que le manque d'emplois ne pousse certains à reprendre les armes.""", []),
    ("commemoration", date(2025, 11, 19), """Beni : une messe en mémoire des victimes des massacres

Une messe a été célébrée mardi à la cathédrale de Beni en mémoire des milliers de victimes des massacres qui endeuillent la région depuis 2014.

L'évêque a appelé les fidèles à ne pas perdre l'espoir et les autorités à rendre justice aux familles. Des bougies ont été allumées devant une stèle portant les noms de villages touchés.

La journée a été déclarée jour de deuil dans les écoles de la ville.""", []),
    ("tues_en_un_mois", date(2025, 10, 28), """Lubero : trente civils tués en un mois dans le secteur de Bapere, selon la société civile

Les forces vives de Bapere ont dressé lundi un bilan de trente civils tués depuis le début du mois d'octobre dans des attaques attribuées aux ADF.

Selon son président, la plupart des victimes sont des agriculteurs surpris dans leurs champs ou sur les sentiers. Une dizaine de personnes seraient toujours portées disparues.

La structure citoyenne demande aux autorités de rétablir la présence de l'armée dans les villages abandonnés.""", []),
    ("fuient_les_combats", date(2025, 10, 30), """Des familles fuient les combats et se réfugient à Komanda

Des centaines de familles originaires des villages situés le long de la rivière Ituri fuient les combats et se réfugient à Komanda, selon la Croix-Rouge locale.

Les nouveaux arrivants sont hébergés dans des écoles et des églises. Ils manquent de nourriture, d'eau potable et de soins, affirme un volontaire.

La Croix-Rouge lance un appel aux organisations humanitaires pour une assistance d'urgence.""", []),
    ("operations_se_poursuivent", date(2025, 11, 18), """Ituri : les opérations contre les groupes armés se poursuivent, assure l'armée

Le chargé de communication des forces armées en Ituri assure que les opérations militaires contre les ADF et la CODECO se poursuivent dans les territoires d'Irumu, de Mambasa et de Djugu.

Au cours d'un point de presse tenu lundi à Bunia, il a invité la population à ne pas croire aux rumeurs faisant état d'un retrait des troupes.

Il a aussi demandé aux jeunes miliciens de rejoindre le programme de désarmement.""", []),
    ("refus_brassage", date(2025, 11, 25), """Sud-Kivu : des Wazalendo rejettent l'intégration dans l'armée

Plusieurs groupes de Wazalendo actifs dans les territoires de Fizi et d'Uvira rejettent le processus d'intégration dans l'armée annoncé par le gouvernement.

Leurs responsables réclament d'abord la reconnaissance de leurs grades et la prise en charge de leurs blessés. Ils disent rester mobilisés contre les rebelles.

Le gouverneur de province a appelé au dialogue et promis de transmettre leurs revendications à Kinshasa.""", []),
    ("route_coupee", date(2025, 12, 2), """Mambasa : la route vers Niania reste coupée, les prix flambent

La route reliant Mambasa à Niania reste impraticable pour les camions depuis plusieurs semaines à cause de l'insécurité, selon les transporteurs.

Les prix du sel, du savon et du carburant ont doublé sur le marché central de Mambasa. Les commerçants affirment perdre de l'argent chaque jour.

La fédération des entreprises demande l'escorte des convois de marchandises par l'armée.""", []),
    ("bilan_annuel", date(2025, 12, 16), """Ituri : le gouverneur militaire dresse le bilan sécuritaire de l'année

Le gouverneur militaire de l'Ituri a présenté lundi devant l'assemblée provinciale le bilan sécuritaire de l'année qui s'achève.

Il affirme que les forces armées ont repris le contrôle d'une trentaine de villages, démantelé plusieurs camps de miliciens et récupéré des centaines d'armes. Il reconnaît toutefois que les attaques contre les sites de déplacés ont coûté la vie à des dizaines de personnes.

Les députés provinciaux ont réclamé davantage de transparence sur l'usage des fonds alloués aux opérations.""", []),
]

EVENT = [
    ("alerte_et_attaque", date(2025, 3, 11), """Irumu : la société civile alerte après une nouvelle incursion près de Komanda

La société civile du territoire d'Irumu a lancé un cri d'alarme lundi sur la dégradation de la sécurité dans la chefferie des Basili, qu'elle dit livrée aux rebelles.

Dans la nuit de dimanche à lundi, des rebelles ADF ont tué quatre civils dans un village situé à une dizaine de kilomètres de Komanda, selon l'administrateur adjoint du territoire. Plusieurs maisons ont été incendiées.

La société civile réclame le déploiement d'une unité de l'armée dans la zone et appelle les habitants à la vigilance.""",
     [ev(ATT, ["ADF", "Civilians"], KOMANDA, ("dimanche", "lundi"), 4)]),
    ("deplaces_et_combats", date(2025, 4, 17), """Kitshanga : afflux de déplacés après des combats à Mweso

Des centaines de familles ont afflué mercredi à Kitshanga, dans le territoire de Masisi, pour fuir les combats.

Des combats ont éclaté mardi matin à Mweso entre les rebelles du M23 et des combattants Wazalendo, selon des sources locales. Les tirs ont duré jusqu'en milieu de journée.

Les déplacés se sont installés dans des écoles et autour de l'hôpital. Les humanitaires présents sur place disent manquer de vivres pour les accueillir.""",
     [ev(AC, ["M23", "Wazalendo"], MWESO, "mardi", None)]),
    ("arrestation_chef", date(2025, 5, 12), """Lubero : un chef milicien arrêté par l'armée

Les forces armées ont arrêté dimanche à Lubero un chef d'une faction Maï-Maï recherché pour plusieurs exactions contre des civils, a annoncé le porte-parole du secteur opérationnel.

L'homme a été appréhendé dans une maison du centre de la cité, où il se cachait depuis quelques jours. Il a été transféré à Beni pour être entendu par l'auditorat militaire.

La société civile locale salue cette arrestation et demande qu'il soit jugé rapidement.""",
     [ev(ARR, ["Democratic Republic of Congo"], LUBERO, "dimanche", None)]),
    ("reddition_maimai", date(2025, 6, 6), """Walikale : une quarantaine de combattants Maï-Maï se rendent à l'armée

Quarante-cinq combattants d'un groupe Maï-Maï se sont rendus jeudi aux forces armées à Walikale-centre avec une vingtaine d'armes, selon l'administrateur du territoire.

Ils ont été pris en charge par le programme de désarmement et doivent rejoindre un site de transit dans les prochains jours. Leur chef affirme être fatigué de la vie dans la brousse.

Les autorités invitent les autres groupes armés de la région à suivre cet exemple.""",
     [ev(AGR, [], WALIKALE, "jeudi", None, optional=True)]),
    ("communique_et_combat", date(2025, 7, 7), """Beni : l'armée annonce avoir neutralisé quinze rebelles en une semaine

Les forces armées affirment avoir neutralisé quinze terroristes ADF au cours des opérations de la semaine écoulée dans le territoire de Beni, selon un communiqué lu dimanche par le porte-parole du secteur.

Vendredi, les militaires ont repoussé une attaque des rebelles contre leur position d'Eringeti, tuant trois assaillants, précise le communiqué. Deux fusils et des munitions ont été récupérés.

Le porte-parole appelle les jeunes enrôlés à déposer les armes et à se rendre.""",
     [ev(AC, ["ADF", "Democratic Republic of Congo"], ERINGETI, "vendredi", 3),
      ev(AC, ["ADF"], BENI, "dimanche", None, optional=True)]),
    ("proces_et_attaque", date(2025, 8, 14), """Bunia : le procès des miliciens de la CODECO renvoyé, nouvelle attaque à Djugu

Le procès de sept miliciens de la CODECO poursuivis pour des tueries commises en 2022 a été renvoyé mercredi par la cour militaire de l'Ituri, faute de témoins.

Pendant ce temps, des miliciens ont attaqué mercredi matin un village proche de Djugu-centre, tuant deux agriculteurs dans leurs champs, selon le chef de secteur.

Les familles des victimes réclament une présence militaire permanente dans la zone.""",
     [ev(ATT, ["Civilians"], DJUGU, "mercredi", 2)]),
    ("ecoles_et_enlevement", date(2025, 9, 10), """Beni : rentrée timide dans les écoles, cinq agriculteurs enlevés près d'Oicha

La rentrée scolaire s'est déroulée lundi dans une ambiance timide dans la ville de Beni, de nombreux parents ayant gardé leurs enfants à la maison.

Lundi, des hommes armés présentés comme des ADF ont enlevé cinq agriculteurs dans leurs champs aux environs d'Oicha, a indiqué un responsable de la société civile. Leurs familles sont sans nouvelles.

Les enseignants demandent la sécurisation des écoles situées à la périphérie de la ville.""",
     [ev(ABD, ["ADF", "Civilians"], OICHA, "lundi", None)]),
    ("ocha_et_convoi", date(2025, 3, 18), """Nord-Kivu : OCHA s'inquiète des attaques contre les humanitaires

OCHA s'inquiète de la multiplication des attaques contre les travailleurs humanitaires au Nord-Kivu, où plusieurs organisations ont dû réduire leurs activités cette année.

Le 15 mars, des hommes armés non identifiés ont tendu une embuscade à un véhicule d'une ONG sur la route de Rutshuru, tuant le chauffeur, selon l'agence onusienne.

OCHA appelle les autorités à enquêter et à traduire les auteurs en justice.""",
     [ev(ATT, ["Civilians"], RUTSHURU, 3, 1)]),
    ("deplaces_manifestent", date(2025, 10, 22), """Bunia : des déplacés manifestent devant la base de la MONUSCO

Des dizaines de déplacés du site de Plaine Savo ont manifesté mardi devant la base de la MONUSCO à Bunia pour réclamer une assistance alimentaire, interrompue depuis trois mois.

Les manifestants brandissaient des pancartes et scandaient des chants hostiles aux humanitaires. La manifestation s'est dispersée dans le calme en fin de matinée.

Un responsable humanitaire explique la suspension par le manque de financement.""",
     [ev(PP, ["Protesters"], BUNIA, "mardi", None)]),
    ("calme_et_drone", date(2025, 2, 21), """Sake : un calme relatif, mais une frappe de drone signalée jeudi

Un calme relatif règne dans la cité de Sake et ses environs, où les commerçants ont rouvert une partie de leurs échoppes, selon des habitants.

Jeudi, un drone de l'armée a frappé une position des rebelles du M23 sur une colline proche de Sake, selon des sources sécuritaires. Le bilan de cette frappe n'est pas connu.

Les déplacés des camps voisins hésitent toujours à regagner leurs villages.""",
     [ev(AIR, ["M23"], SAKE, "jeudi", None)]),
    ("etat_de_siege_et_police", date(2025, 11, 11), """Mambasa : des miliciens attaquent un poste de police, un agent tué

Alors que les députés débattent de la prorogation de l'état de siège, des miliciens Maï-Maï ont attaqué samedi un poste de police à Mambasa, en Ituri.

Un policier a été tué lors de l'échange de tirs qui a suivi, selon le commandant de la police du territoire. Les assaillants se sont retirés vers la forêt.

L'administrateur du territoire appelle la population au calme.""",
     [ev(AC, ["Police"], MAMBASA, "samedi", 1)]),
    ("bilan_et_engin", date(2025, 12, 4), """Beni : un engin explosif blesse deux militaires

La ville de Beni a connu une semaine plutôt calme selon le maire, qui a fait jeudi le point sur la sécurité devant le conseil urbain.

Mercredi, un engin explosif a sauté au passage d'une jeep de l'armée à la sortie nord de Beni, blessant deux militaires, selon une source sécuritaire.

Le maire a appelé les habitants à signaler tout objet suspect aux services de sécurité.""",
     [ev(IED, ["Democratic Republic of Congo"], BENI, "mercredi", 0)]),
    ("cholera_et_irruption", date(2025, 1, 27), """Goma : le choléra et l'insécurité frappent les sites de déplacés

Les cas de choléra se multiplient dans les sites de déplacés de l'ouest de Goma, où l'accès à l'eau potable reste très limité, selon une organisation médicale.

Dans la nuit de vendredi à samedi, des hommes armés ont fait irruption dans un site de déplacés à la sortie ouest de Goma et tué deux déplacés, selon le président du site.

Les déplacés réclament la présence de policiers dans les sites.""",
     [ev(ATT, ["Civilians"], GOMA, ("vendredi", "samedi"), 2)]),
    ("reddition_et_combat", date(2025, 12, 9), """Fizi : des miliciens se rendent, des combats signalés à Minembwe

Une trentaine de miliciens ont déposé les armes lundi devant les autorités du territoire de Fizi, a annoncé l'administrateur, qui y voit le signe d'une accalmie.

Dimanche, des combats ont pourtant opposé des militaires à des combattants Twirwaneho aux abords de Minembwe, selon des sources locales. Le bilan n'est pas connu.

Les humanitaires signalent des mouvements de population vers les hauts plateaux.""",
     [ev(AC, ["Twirwaneho"], MINEMBWE, "dimanche", None),
      ev(AGR, [], FIZI, "lundi", None, optional=True)]),
    ("monusco_base_et_manif", date(2025, 12, 11), """La MONUSCO quitte sa base de Bunia-est, la population manifeste

La mission des Nations unies a remis mardi sa base de l'est de Bunia aux autorités congolaises, dans le cadre de son désengagement progressif de l'Ituri.

Mercredi, des centaines de jeunes ont manifesté devant l'ancienne base pour protester contre ce départ, qu'ils jugent prématuré, avant de se disperser dans le calme.

Le gouverneur a salué le travail de la mission et promis de sécuriser les sites de déplacés.""",
     [ev(PP, ["Protesters"], BUNIA, "mercredi", None),
      ev("Change to group/activity", [], BUNIA, "mardi", None, optional=True)]),
    ("alerte_et_affrontement", date(2025, 9, 16), """Uvira : affrontements entre militaires et Wazalendo, les notables inquiets

Les notables de la cité d'Uvira se disent inquiets après des affrontements dimanche entre des militaires et des combattants Wazalendo dans le quartier Kasenga.

Trois personnes ont été tuées lors de ces affrontements, selon la société civile. Les boutiques sont restées fermées toute la journée de lundi.

Les notables demandent au gouvernement de clarifier le statut des Wazalendo dans la ville.""",
     [ev(AC, ["Wazalendo", "Democratic Republic of Congo"], UVIRA, "dimanche", 3)]),
]

ARTICLES = NOEVENT + EVENT


def main() -> int:
    return run(__doc__, ARTICLES, "Radio des Grands Lacs")


if __name__ == "__main__":
    sys.exit(main())
