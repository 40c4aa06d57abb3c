"""Invented French dispatches whose subject is not violence (fr25): DR Congo politics, a party congress, a
censure motion, sport, epidemics, trials, aid, prices, exams, church messages, a press review, a civil society
memorandum, a ceremony for soldiers back from the front; French-language African news of juntas, elections,
dams and famines. A war stands in their background ("depuis que les rebelles contrôlent l'aéroport", "les
attaques des ADF", "les combats ont repris ces dernières semaines") and a careful coder dates no event in any
of them. What they caught: activities, classes and aid distributions that "ont repris" in a town read as the
army retaking it; soldiers "tombés sur le champ de bataille" read as a battle on the day of their medals;
brothers who "vivent sous les bombes", in a captain's quote, read as a bombing on the day of the match.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news, still_wrong_marked

# name, publication date, text: none tells a dated event
DISPATCHES = [
    ('congres_udps', date(2025, 11, 10),
     "## Kinshasa : l'UDPS réunit son congrès extraordinaire sous haute tension politique\n\nlun 10/11/2025 - 09:15\n\nLe parti présidentiel a ouvert samedi à Kinshasa un congrès extraordinaire consacré à la révision de ses statuts. Plus de deux mille délégués venus des vingt-six provinces ont pris part aux travaux, à l'exception de ceux du Nord-Kivu, empêchés de voyager depuis que les combattants de l'AFC/M23 contrôlent l'aéroport de Goma.\n\nLe secrétaire général a défendu devant les militants le bilan du gouvernement, estimant que « la guerre imposée par le Rwanda » ne doit pas servir de prétexte pour retarder les réformes. Il a appelé les cadres à mobiliser la base en vue des élections locales.\n\nPlusieurs intervenants ont réclamé l'exclusion des membres accusés de double appartenance. Le congrès doit se clôturer mardi par l'adoption d'une nouvelle charte."),
    ('motion_censure', date(2025, 11, 12),
     "## Assemblée nationale : une motion de censure contre le ministre de la Défense jugée irrecevable\n\nmer 12/11/2025 - 16:40\n\nLe bureau de l'Assemblée nationale a déclaré mardi irrecevable la motion de censure déposée par un groupe de députés de l'opposition contre le vice-Premier ministre en charge de la Défense. Les signataires lui reprochaient la perte de plusieurs localités du Sud-Kivu au profit des rebelles et la mauvaise prise en charge des militaires blessés au front.\n\nSelon le rapporteur, seize signatures ont été invalidées faute de conformité. Les initiateurs dénoncent « une manœuvre » et promettent de redéposer le texte à la prochaine session. Le ministre, lui, n'a pas réagi."),
    ('leopards_supporters', date(2025, 11, 17),
     "## Football : les Léopards dédient leur qualification aux victimes de la guerre dans l'Est\n\nlun 17/11/2025 - 08:05\n\nLes Léopards de la RDC se sont qualifiés dimanche pour les barrages de la Coupe du monde après leur victoire 3-0 face à la Mauritanie au stade des Martyrs. À la fin du match, les joueurs ont posé avec une banderole rendant hommage aux victimes des massacres de l'Est.\n\n« Nous jouons pour nos frères de Beni, de Goma et de Bunia qui vivent sous les bombes », a déclaré le capitaine en conférence de presse. Le sélectionneur a salué la discipline de son équipe et promis un match encore plus engagé contre le Nigeria.\n\nDes milliers de supporters ont ensuite défilé dans la bonne humeur sur le boulevard Lumumba pour célébrer la qualification."),
    ('ebola_bulape', date(2025, 10, 20),
     "## Ebola : fin de l'épidémie déclarée dans le Kasaï\n\nlun 20/10/2025 - 11:20\n\nLe ministre de la Santé a déclaré lundi la fin de l'épidémie de maladie à virus Ebola dans la zone de santé de Bulape, au Kasaï, après quarante-deux jours sans nouveau cas. L'épidémie a fait 45 morts depuis son apparition début septembre.\n\nLe ministre a salué la mobilisation des équipes de riposte, qui ont vacciné plus de trente mille personnes, malgré les difficultés d'accès. Il a toutefois mis en garde contre le risque de résurgence dans l'Est, où les déplacements massifs de population provoqués par le conflit compliquent la surveillance sanitaire.\n\nL'Organisation mondiale de la santé a félicité les autorités congolaises."),
    ('mpox_camps', date(2025, 11, 4),
     "## Mpox : hausse des cas dans les sites de déplacés autour de Bunia\n\nmar 04/11/2025 - 13:10\n\nLe nombre de cas de mpox a doublé en un mois dans les sites de déplacés situés en périphérie de Bunia, en Ituri, selon les autorités sanitaires provinciales. Sur 312 cas suspects notifiés depuis septembre, onze décès ont été enregistrés.\n\nLes déplacés, qui ont fui les attaques des miliciens CODECO dans le territoire de Djugu, vivent dans des abris de fortune, sans eau potable. Les organisations humanitaires demandent le déploiement urgent de vaccins et de moustiquaires.\n\nLe médecin-chef de zone a annoncé l'ouverture d'un centre d'isolement la semaine prochaine."),
    ('proces_generaux', date(2025, 11, 6),
     "## Haute cour militaire : ouverture du procès de deux généraux poursuivis pour lâcheté\n\njeu 06/11/2025 - 10:00\n\nLe procès de deux officiers généraux des FARDC poursuivis pour lâcheté, abandon de poste et violation de consignes s'est ouvert mercredi devant la Haute cour militaire à Kinshasa. Ils sont accusés d'avoir quitté leurs positions lors de l'avancée des rebelles vers Bukavu en février dernier.\n\nLes prévenus ont plaidé non coupables. Leur avocat a soutenu qu'ils avaient reçu l'ordre de se replier. L'audience a été renvoyée à jeudi prochain pour l'audition des premiers témoins.\n\nDepuis le début de l'année, une vingtaine de militaires ont été condamnés pour des faits similaires."),
    ('pam_distribution', date(2025, 11, 8),
     "## Nord-Kivu : le PAM reprend ses distributions de vivres à Rutshuru\n\nsam 08/11/2025 - 07:45\n\nLe Programme alimentaire mondial a repris vendredi la distribution de vivres à plus de quarante mille personnes dans le territoire de Rutshuru, après trois mois de suspension. Les activités avaient été interrompues en raison de l'insécurité le long de la route reliant Goma à Rutshuru.\n\nChaque ménage a reçu des sacs de farine de maïs, des haricots et de l'huile. Les bénéficiaires, pour la plupart des déplacés, ont salué la reprise, tout en jugeant les rations insuffisantes.\n\nLe PAM affirme avoir besoin de 300 millions de dollars pour couvrir les besoins jusqu'en juin."),
    ('prix_carburant_bukavu', date(2025, 11, 3),
     "## Bukavu : le prix du carburant flambe, les taxis-motos en colère\n\nlun 03/11/2025 - 12:30\n\nLe litre d'essence se vend désormais à 4 500 francs congolais à Bukavu, contre 3 000 il y a deux mois. Les commerçants expliquent la hausse par la fermeture de la frontière avec le Burundi et par les taxes prélevées par l'administration mise en place par les rebelles.\n\nLes conducteurs de taxis-motos disent ne plus s'en sortir. « Nous travaillons à perte », confie l'un d'eux au rond-point Nyawera. Leur association menace d'augmenter le prix de la course si rien n'est fait.\n\nLes ménages, eux, réduisent leurs déplacements et leurs achats."),
    ('exetat_zones_occupees', date(2025, 6, 20),
     "## Examen d'État : les élèves des zones occupées composeront à Uvira\n\nven 20/06/2025 - 18:00\n\nLe ministre de l'Éducation nationale a annoncé jeudi que les finalistes des territoires sous contrôle de l'AFC/M23 pourront passer l'examen d'État dans des centres aménagés à Uvira et à Kalemie. Près de douze mille élèves sont concernés.\n\nLe gouvernement prendra en charge leur transport et leur hébergement pendant la session. Le ministre a assuré qu'aucun diplôme délivré par « l'administration illégale » des rebelles ne sera reconnu.\n\nLes syndicats d'enseignants saluent la mesure mais s'inquiètent des conditions de sécurité sur les routes."),
    ('cenco_message', date(2025, 11, 24),
     "## La CENCO appelle à un dialogue inclusif pour mettre fin à la guerre\n\nlun 24/11/2025 - 09:50\n\nLes évêques catholiques de la RDC ont publié dimanche un message dans lequel ils appellent le pouvoir, l'opposition et la société civile à un dialogue national pour « sauver la nation ». Réunis en assemblée plénière à Kinshasa, les prélats estiment que la guerre dans l'Est, qui a fait des milliers de morts depuis le début de l'année, ne trouvera pas de solution uniquement militaire.\n\nIls dénoncent également la corruption, les arrestations arbitraires d'opposants et la suspension de partis politiques. Le porte-parole du gouvernement a répondu que le dialogue était déjà engagé à Doha et à Washington."),
    ('mali_dissolution', date(2025, 5, 14),
     "## Mali : la junte dissout les partis politiques\n\nLes autorités de transition au Mali ont dissous mardi l'ensemble des partis politiques et des organisations à caractère politique, par un décret lu à la télévision nationale. La mesure intervient quelques jours après une rencontre de plusieurs centaines de militants à Bamako, qui réclamaient un calendrier électoral.\n\nLe gouvernement justifie la décision par la nécessité de « rationaliser » la vie politique, alors que le pays fait face depuis plus de dix ans aux attaques de groupes jihadistes au nord comme au centre du pays.\n\nPlusieurs responsables politiques ont dénoncé une « dérive autoritaire » et annoncé des recours devant la Cour suprême."),
    ('cameroun_election', date(2025, 10, 28),
     "## Cameroun : Paul Biya proclamé vainqueur de la présidentielle\n\nLe Conseil constitutionnel du Cameroun a proclamé lundi Paul Biya vainqueur de l'élection présidentielle du 12 octobre avec 53,7 % des voix. Son principal rival conteste les résultats et revendique la victoire.\n\nLe scrutin s'est tenu dans un climat tendu, en particulier dans les régions anglophones du Nord-Ouest et du Sud-Ouest, où le conflit entre l'armée et les séparatistes a fait des milliers de morts depuis 2017 et où la participation a été très faible.\n\nLa communauté internationale appelle au calme et au dialogue."),
    ('soudan_humanitaire', date(2025, 11, 5),
     "## Soudan : l'ONU alerte sur la famine au Darfour\n\nLe Bureau de la coordination des affaires humanitaires des Nations unies a alerté mardi sur une situation de famine dans plusieurs localités du Darfour, où des centaines de milliers de personnes sont privées d'aide depuis des mois.\n\nLa guerre qui oppose depuis avril 2023 l'armée soudanaise aux Forces de soutien rapide a fait des dizaines de milliers de morts et plus de douze millions de déplacés, selon l'organisation. Les routes d'approvisionnement restent coupées.\n\nL'ONU réclame un accès sans entrave et un financement d'urgence de deux milliards de dollars."),
    ('tchad_ministre', date(2025, 9, 2),
     "## Tchad : remaniement ministériel, un nouveau ministre de la Sécurité\n\nLe président tchadien a procédé lundi soir à un remaniement partiel du gouvernement. Le ministre de la Sécurité publique est remplacé par un ancien général, qui avait dirigé les opérations contre Boko Haram dans la région du lac Tchad.\n\nLe décret, lu à la télévision nationale, nomme également un nouveau ministre des Finances. Aucune explication officielle n'a été donnée sur ces changements.\n\nDes observateurs y voient une réponse aux critiques sur la gestion de l'insécurité dans l'est du pays, frontalier du Soudan en guerre."),
    ('niger_uranium', date(2025, 6, 19),
     "## Niger : la junte nationalise la mine d'uranium de la Somaïr\n\nLes autorités militaires du Niger ont annoncé jeudi la nationalisation de la Société des mines de l'Aïr, jusqu'ici détenue majoritairement par le groupe français Orano. Le gouvernement accuse l'entreprise d'avoir eu « un comportement irresponsable ».\n\nOrano dénonce une décision illégale et a engagé une procédure d'arbitrage international. Depuis le coup d'État de juillet 2023, les relations entre Niamey et Paris se sont fortement dégradées, et les soldats français ont quitté le pays.\n\nLa mine emploie près de huit cents personnes à Arlit."),
    ('burkina_vdp_recrutement', date(2025, 4, 2),
     "## Burkina Faso : le gouvernement lance une nouvelle campagne de recrutement de VDP\n\nLe gouvernement burkinabè a lancé mardi une campagne de recrutement de quinze mille volontaires pour la défense de la patrie. Les candidats, âgés de 18 à 35 ans, seront formés pendant quatorze jours avant d'être déployés dans leurs communes d'origine.\n\nLe ministre de la Défense a rappelé que les VDP jouent un rôle essentiel dans la lutte contre les groupes armés terroristes qui sévissent dans le pays depuis 2015. Des organisations de défense des droits humains accusent toutefois certains volontaires d'exactions contre des civils."),
    ('monusco_retrait', date(2025, 11, 19),
     "## La MONUSCO prolonge son mandat d'un an\n\nLe Conseil de sécurité des Nations unies a prolongé mercredi d'un an le mandat de la MONUSCO en RDC. La résolution, adoptée à l'unanimité, demande aux Casques bleus d'appuyer la mise en œuvre du cessez-le-feu dans le Nord-Kivu et de protéger les civils en Ituri, où les attaques des groupes armés se poursuivent.\n\nLe texte exige aussi le retrait des troupes rwandaises du territoire congolais. Kinshasa, qui avait demandé un retrait progressif de la mission, a pris acte de la décision."),
    ('reprise_activites_oicha', date(2025, 11, 5),
     "## Reprise des activités à Oicha après deux jours de ville morte\n\nmer 05/11/2025 - 14:10\n\nLes activités socioéconomiques ont repris mercredi à Oicha, la principale cité du territoire, après deux journées de ville morte décrétées par la société civile pour dénoncer l'insécurité. Les boutiques ont rouvert et les taxis-motos ont repris le travail dans toute la ville.\n\nLa société civile dit avoir suspendu le mouvement après une rencontre avec l'administrateur du territoire, qui a promis de renforcer les patrouilles. Elle rappelle que plus de trente civils ont été tués dans des attaques attribuées aux ADF dans la région depuis septembre."),
    ('reprise_cours_goma', date(2025, 9, 9),
     "## Rentrée scolaire : timide reprise des cours à Goma\n\nmar 09/09/2025 - 10:45\n\nLa reprise des cours a été timide lundi dans plusieurs écoles de la ville de Goma, sous contrôle de l'AFC/M23 depuis janvier. De nombreux parents disent ne pas avoir les moyens de payer les frais scolaires, faute de salaires et avec des banques toujours fermées.\n\nDans certains établissements, moins d'un tiers des élèves étaient présents. Les enseignants, qui n'ont pas été payés depuis des mois, ont menacé de cesser le travail. Le mouvement des parents d'élèves demande une intervention des partenaires humanitaires."),
    ('pourparlers_reprennent', date(2025, 11, 3),
     "## Les pourparlers de Doha reprennent cette semaine\n\nlun 03/11/2025 - 08:30\n\nLes discussions entre le gouvernement et l'AFC/M23 reprennent cette semaine dans la capitale qatarie. Les deux parties avaient suspendu les échanges en octobre, chacune accusant l'autre de violer le cessez-le-feu dans le territoire de Masisi.\n\nSelon une source proche de la médiation, les négociateurs devraient aborder la question de la libération des prisonniers et celle du retour de l'autorité de l'État dans les zones occupées."),
    ('hopital_ndosho', date(2025, 10, 14),
     "## Goma : l'hôpital de Ndosho débordé par les blessés par balles\n\nmar 14/10/2025 - 17:05\n\nL'hôpital CBCA de Ndosho accueille depuis le début du mois une soixantaine de blessés par balles, selon son directeur. La plupart proviennent des territoires de Masisi et de Rutshuru, où les combats entre les rebelles et les groupes wazalendo ont repris ces dernières semaines.\n\n« Nous manquons de poches de sang et d'antibiotiques », alerte le médecin, qui appelle le Comité international de la Croix-Rouge à renforcer son appui. Le CICR indique avoir livré la semaine dernière du matériel chirurgical pour cent cinquante patients."),
    ('bbc_analyse_sahel', date(2025, 3, 1),
     "## Analyse : pourquoi les juntes du Sahel se tournent vers la Russie\n\nDepuis les coups d'État successifs au Mali, au Burkina Faso et au Niger, les régimes militaires de la région ont rompu avec la France et se sont rapprochés de Moscou. Des instructeurs russes, d'abord liés au groupe Wagner puis à l'Africa Corps, sont désormais présents dans les trois pays.\n\nPour les dirigeants militaires, il s'agit de diversifier les partenariats face à l'insurrection jihadiste, qui a fait des milliers de morts ces dernières années. Les attaques contre les bases de l'armée se sont multipliées, et de vastes portions du territoire échappent au contrôle de l'État.\n\n« Les populations attendaient des résultats rapides, mais la situation sécuritaire ne s'est pas améliorée », estime un chercheur basé à Dakar. Les autorités, elles, affirment avoir repris l'initiative sur le terrain.\n\nLes critiques dénoncent aussi la restriction des libertés : partis suspendus, journalistes expulsés, opposants enrôlés de force dans l'armée."),
    ('bbc_portrait_capitaine', date(2025, 2, 10),
     "## Ibrahim Traoré : le plus jeune chef d'État du monde\n\nIl avait 34 ans lorsqu'il a pris le pouvoir au Burkina Faso en septembre 2022, en renversant le lieutenant-colonel Paul-Henri Sandaogo Damiba, lui-même arrivé au pouvoir par un putsch huit mois plus tôt. Depuis, le capitaine Ibrahim Traoré est devenu une figure populaire sur les réseaux sociaux, bien au-delà de son pays.\n\nSes partisans saluent son discours souverainiste et sa rupture avec l'ancienne puissance coloniale. Ses détracteurs lui reprochent d'avoir repoussé les élections et de réprimer toute critique.\n\nSur le terrain, les groupes armés continuent de frapper. L'attaque de Barsalogho, en août 2024, avait fait des centaines de morts parmi des civils qui creusaient des tranchées."),
    ('bbc_afcon', date(2025, 1, 20),
     "## CAN 2025 : le Mali en quarts de finale malgré la crise\n\nLes Aigles du Mali se sont qualifiés dimanche pour les quarts de finale de la Coupe d'Afrique des nations en battant la Côte d'Ivoire aux tirs au but. À Bamako, des milliers de supporters sont descendus dans les rues pour fêter la victoire jusque tard dans la nuit.\n\nPour beaucoup, cette qualification apporte un peu de joie dans un pays éprouvé par plus d'une décennie de violences et par le blocus imposé par les jihadistes sur le carburant. « Le football nous rassemble quand tout le reste nous divise », confie un étudiant.\n\nLe sélectionneur a dédié la victoire « aux soldats qui défendent la patrie »."),
    ('sante_mentale_ituri', date(2025, 10, 10),
     "## Journée de la santé mentale : les traumatismes de guerre au cœur des préoccupations à Bunia\n\nven 10/10/2025 - 12:00\n\nÀ l'occasion de la Journée mondiale de la santé mentale, les acteurs de santé de l'Ituri ont alerté jeudi sur l'ampleur des traumatismes chez les déplacés. Selon une ONG locale, près d'un enfant sur trois présente des signes de stress post-traumatique après avoir assisté à des tueries ou à l'incendie de son village.\n\nLes psychologues réclament davantage de moyens. Un seul psychiatre exerce dans toute la province, qui compte plus d'un million de déplacés."),
    ('ecoles_detruites_rapport', date(2025, 11, 13),
     "## Rapport : plus de 400 écoles détruites ou occupées dans l'est congolais\n\njeu 13/11/2025 - 09:20\n\nPlus de quatre cents écoles ont été détruites, pillées ou occupées par des groupes armés ou des déplacés dans les provinces du Nord-Kivu, du Sud-Kivu et de l'Ituri depuis janvier, selon un rapport publié mercredi par l'UNICEF. Environ 750 000 enfants sont privés d'école.\n\nL'agence onusienne appelle toutes les parties au conflit à respecter le caractère civil des établissements scolaires et à libérer ceux qui sont utilisés à des fins militaires."),
    ('assassinat_anniversaire', date(2025, 1, 17),
     "## RDC : hommage à Laurent-Désiré Kabila, 24 ans après son assassinat\n\nven 17/01/2025 - 10:30\n\nLe pays a rendu hommage jeudi à Laurent-Désiré Kabila, assassiné le 16 janvier 2001 dans son bureau du Palais de marbre à Kinshasa. Une cérémonie s'est tenue au mausolée en présence du Premier ministre et de plusieurs membres du gouvernement.\n\nDes gerbes de fleurs ont été déposées et une minute de silence observée. Les circonstances exactes de l'assassinat n'ont jamais été totalement élucidées."),
    ('ouganda_ponts', date(2025, 8, 4),
     "## Ituri : l'Ouganda achève la réhabilitation de la route Bunia-Komanda\n\nlun 04/08/2025 - 13:15\n\nLes travaux de réhabilitation de la route Bunia-Komanda, financés par l'Ouganda, ont pris fin la semaine dernière, a annoncé le gouverneur militaire de l'Ituri. Longue de 75 kilomètres, la route était devenue impraticable et servait de théâtre aux embuscades des rebelles ADF.\n\nLes militaires ougandais, déployés dans la province depuis 2021 dans le cadre d'opérations conjointes avec les FARDC, assurent la sécurité du chantier. Le gouverneur a salué « un geste de fraternité »."),
    ('tribunal_viol_minova', date(2025, 7, 22),
     "## Sud-Kivu : une audience foraine pour juger des violences sexuelles à Uvira\n\nmar 22/07/2025 - 16:00\n\nUne audience foraine du tribunal militaire de garnison s'est ouverte lundi à Uvira pour juger une dizaine de militaires et de miliciens accusés de viols commis pendant la fuite des troupes après la chute de Bukavu. Les victimes sont soutenues par des organisations de défense des droits des femmes.\n\nLe président du tribunal a promis des procès équitables. Les audiences dureront trois semaines."),
    ('revue_presse', date(2025, 11, 12),
     "## Revue de presse du mercredi 12 novembre 2025\n\nmer 12/11/2025 - 07:30\n\nLes journaux parus ce mercredi à Kinshasa reviennent largement sur le discours du chef de l'État devant le Congrès.\n\nLe Potentiel titre « Tshisekedi tend la main à l'opposition ». Le quotidien note que le président a promis un gouvernement d'union nationale, sans toutefois préciser de calendrier.\n\nForum des As s'intéresse à la situation dans l'Est, où, écrit le journal, « les rebelles poursuivent leur offensive diplomatique pour obtenir la levée des sanctions ». Le confrère rappelle que les pourparlers de Doha piétinent.\n\nLa Prospérité consacre sa une à la grève des médecins, entrée dans sa troisième semaine, et à la pénurie de médicaments dans les hôpitaux publics de la capitale.\n\nEnfin, L'Avenir revient sur la victoire des Léopards, qualifiée d'« exploit » par le journal."),
    ('societe_civile_denonce', date(2025, 11, 10),
     "## Lubero : la société civile dénonce l'insécurité et réclame le départ de l'administrateur\n\nlun 10/11/2025 - 15:00\n\nLa société civile du territoire de Lubero a adressé lundi un mémorandum au gouverneur du Nord-Kivu pour dénoncer la persistance de l'insécurité dans la région. Elle affirme que les attaques contre les civils, les enlèvements et les tracasseries aux barrières se sont multipliés ces derniers mois.\n\nLe président de la structure accuse l'administrateur du territoire de passivité et demande sa mutation. « Les habitants de plusieurs villages vivent désormais dans la brousse », a-t-il déploré.\n\nL'administrateur n'a pas souhaité réagir. Le gouverneur a promis d'examiner le mémorandum."),
    ('calme_retour_kalemie', date(2025, 11, 2),
     "## Kalemie : le calme est revenu, les commerçants rouvrent leurs boutiques\n\ndim 02/11/2025 - 10:15\n\nLe calme est revenu samedi à Kalemie, où les activités commerciales ont timidement redémarré. Les boutiques du grand marché, fermées depuis plusieurs jours, ont rouvert leurs portes sous le regard des policiers déployés aux carrefours.\n\nLe maire de la ville a salué « le sens de responsabilité » des habitants et appelé les jeunes à ne plus se laisser manipuler. Il a annoncé l'organisation d'une réunion de sécurité avec les chefs de quartier la semaine prochaine."),
    ('fardc_ceremonie', date(2025, 11, 14),
     "## Kinshasa : le chef d'état-major décore des soldats revenus du front\n\nven 14/11/2025 - 16:20\n\nLe chef d'état-major général des FARDC a décoré jeudi au camp Kokolo une centaine de soldats revenus du front de l'Est. Les militaires ont reçu la médaille de la bravoure militaire pour leur participation aux opérations contre les rebelles dans le Sud-Kivu.\n\nDans son allocution, le général a rendu hommage aux « frères d'armes tombés sur le champ de bataille » et promis une meilleure prise en charge des blessés. Les familles des militaires ont assisté à la cérémonie."),
    ('bbc_niger_anniversaire', date(2025, 7, 27),
     "## Niger : deux ans après le coup d'État, la junte célèbre son anniversaire\n\nDes milliers de Nigériens ont rempli samedi le stade Seyni Kountché de Niamey pour célébrer le deuxième anniversaire de la prise du pouvoir par l'armée. Le général Abdourahamane Tiani, qui a renversé le président Mohamed Bazoum le 26 juillet 2023, a prononcé un discours appelant à la « résistance » face aux ennemis du pays.\n\nDepuis le putsch, le Niger a rompu avec la France et les États-Unis et s'est rapproché de la Russie. Mais les attaques jihadistes n'ont pas cessé, en particulier dans la région de Tillabéri, près des frontières avec le Mali et le Burkina Faso.\n\nMohamed Bazoum est toujours détenu dans sa résidence présidentielle avec son épouse."),
    ('bbc_ethiopie_barrage', date(2025, 9, 10),
     "## Éthiopie : inauguration du grand barrage de la Renaissance\n\nLe Premier ministre éthiopien Abiy Ahmed a inauguré mardi le grand barrage de la Renaissance sur le Nil bleu, le plus grand ouvrage hydroélectrique d'Afrique. La cérémonie s'est tenue en présence de plusieurs chefs d'État de la région.\n\nLe projet, lancé en 2011, a longtemps été au cœur de tensions avec l'Égypte et le Soudan, qui redoutent une baisse du débit du fleuve. Le Caire a dénoncé une « violation du droit international ».\n\nL'Éthiopie, qui sort d'une guerre dévastatrice au Tigré entre 2020 et 2022, compte sur le barrage pour électrifier le pays."),
    ('bbc_soudan_sud_paix', date(2025, 3, 20),
     "## Soudan du Sud : Riek Machar placé en résidence surveillée\n\nLe premier vice-président du Soudan du Sud, Riek Machar, a été placé en résidence surveillée à Juba, a annoncé son parti jeudi. Des véhicules militaires ont encerclé sa résidence mercredi soir, selon un porte-parole.\n\nCette mesure intervient après des semaines de tensions entre ses partisans et ceux du président Salva Kiir, qui ont fait craindre un retour à la guerre civile. Le conflit de 2013 à 2018 avait fait près de 400 000 morts.\n\nLes Nations unies ont appelé les deux dirigeants à respecter l'accord de paix signé en 2018."),
    ('union_africaine_sommet', date(2025, 2, 17),
     "## Addis-Abeba : l'Union africaine appelle à un cessez-le-feu immédiat dans l'est congolais\n\nLes chefs d'État de l'Union africaine, réunis en sommet ce week-end à Addis-Abeba, ont appelé à un cessez-le-feu immédiat et inconditionnel dans les Kivus, où les rebelles du M23 se sont emparés de Goma fin janvier.\n\nLe président de la Commission a dénoncé « une tragédie humanitaire » et appelé au retrait des forces étrangères. Le Rwanda, accusé de soutenir la rébellion, rejette ces accusations.\n\nLe sommet a aussi élu un nouveau président de la Commission."),
]

STILL_WRONG = {
    "ouganda_ponts": "a road that 'servait de théâtre aux embuscades' (a habit, in the imperfect) read as an ambush",
}


@pytest.mark.parametrize("name", still_wrong_marked([d[0] for d in DISPATCHES], STILL_WRONG))
def test_a_dispatch_with_the_war_in_its_background_dates_no_event(pipeline, name):
    [(published, text)] = [(p, t) for n, p, t in DISPATCHES if n == name]
    told = [(e.sub_event_type, str(e.event_date), e.evidence[0].text if e.evidence else None)
            for e in news(code(pipeline, text, published=published))]
    assert told == []


RESUMED = [
    "Les activités commerciales ont repris lundi à Kindu, la grande cité du Maniema.",
    "L'ONG a repris mardi la distribution de semences dans le territoire de Kabalo.",
    "Les cours ont repris jeudi dans les écoles primaires de la ville de Kamina.",
    "Les miliciens ont repris leur marche vers la ville de Pinga après une pause de deux jours.",
]


@pytest.mark.parametrize("text", RESUMED)
def test_what_resumed_in_a_town_is_no_town_retaken(pipeline, text):
    assert not [e for e in news(code(pipeline, text)) if e.event_type == "Strategic developments"
                or e.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")]


RETAKEN = [
    "Les FARDC ont repris jeudi la localité de Mabenga aux miliciens.",
    "L'armée a repris le contrôle de la cité de Pinga dimanche après de violents combats.",
    "La localité de Mabenga a été reprise mardi par les forces armées.",
    "Les militaires ont repris possession de la ville de Pinga samedi.",
]


@pytest.mark.parametrize("text", RETAKEN)
def test_a_town_retaken_stays_a_town_retaken(pipeline, text):
    assert "Government regains territory" in [e.sub_event_type for e in news(code(pipeline, text))]


def test_soldiers_fallen_on_the_battlefield_are_no_battle(pipeline):
    text = "Le ministre a salué mardi la mémoire des soldats morts sur le champ de bataille lors d'une cérémonie à Kindu."
    assert not [e for e in news(code(pipeline, text)) if e.sub_event_type == "Armed clash"]


def test_a_named_battle_with_its_day_stays_a_battle(pipeline):
    text = "La bataille de Pinga a fait douze morts jeudi entre les FARDC et les miliciens."
    assert [e.sub_event_type for e in news(code(pipeline, text))] == ["Armed clash"]


LIVED_UNDER = [
    ("fr", "Les habitants de Kidal vivent sous les bombardements depuis des semaines, a rappelé lundi le maire."),
    ("fr", "« Nos cousins de Walikale vivent sous les obus », a lancé mardi l'entraîneur après la victoire."),
    ("en", "Children in Kidal are growing up under shelling, the agency said on Monday."),
    ("en", "Families in Kidal have lived under air strikes for months, a doctor said on Tuesday."),
]


@pytest.mark.parametrize("lang, text", LIVED_UNDER)
def test_bombs_people_live_under_are_their_condition_not_an_event(pipeline, lang, text):
    assert not news(code(pipeline, text, lang=lang))


STRUCK = [
    ("fr", "Des obus sont tombés lundi sur un marché de Walikale, tuant trois personnes."),
    ("en", "Residents hid under a bridge during shelling in Kidal on Monday."),
]


@pytest.mark.parametrize("lang, text", STRUCK)
def test_shells_that_fall_on_a_day_stay_an_event(pipeline, lang, text):
    assert [e.event_type for e in news(code(pipeline, text, lang=lang))] == ["Explosions/Remote violence"]
