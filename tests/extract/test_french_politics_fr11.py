"""Invented French political and security dispatches (DR Congo, Sahel, Sudan, Haiti, Ukraine, Gaza,
Lebanon) that report no new dated violent event, or exactly one: party suspensions, visits, talks,
trials, statements, appeals, recaps, sanctions, elections, announced operations, releases, refugees."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated, still_wrong_marked

PUBLISHED = date(2025, 11, 5)  # a Wednesday

NO_EVENT = {
    "party_suspension": (
        "Kinshasa, le 4 novembre 2025 – Le secrétariat général de l'Union pour la démocratie et le progrès "
        "social (UDPS) a suspendu mardi pour une durée de six mois le député national Patrice Mbuyamba, élu "
        "de la circonscription de Tshilenge.\n\n"
        "Dans une décision signée par le secrétaire général du parti, il est reproché à l'élu des propos "
        "jugés « contraires à la ligne du parti » tenus lors d'une émission de télévision la semaine dernière. "
        "Le député avait notamment critiqué la gestion de la crise sécuritaire dans l'Est du pays, où les "
        "combats entre les FARDC et les rebelles de l'AFC/M23 ont fait des milliers de morts depuis 2022.\n\n"
        "Joint par téléphone, Patrice Mbuyamba a dénoncé une « sanction injuste » et annoncé qu'il allait "
        "saisir la commission de discipline du parti. « Je n'ai fait que dire ce que pensent les populations "
        "qui subissent les attaques des groupes armés », a-t-il déclaré.\n\n"
        "Ce n'est pas la première fois que le parti présidentiel sanctionne l'un de ses cadres. En juillet "
        "dernier, deux autres députés avaient été exclus pour indiscipline."
    ),
    "minister_visit": (
        "Le ministre de la Défense nationale, Jean-Pierre Kasongo, est arrivé mardi 4 novembre à Beni, dans "
        "la province du Nord-Kivu, pour une visite de travail de trois jours.\n\n"
        "Accueilli à l'aéroport de Mavivi par les autorités militaires et civiles, le ministre s'est rendu "
        "au quartier général du secteur opérationnel Sokola 1. Il a échangé avec les officiers sur "
        "l'évolution des opérations contre les rebelles ADF, accusés d'avoir tué des centaines de civils ces "
        "derniers mois dans les territoires de Beni et de Lubero.\n\n"
        "« Je suis venu apporter le message du commandant suprême : l'ennemi sera traqué jusque dans ses "
        "derniers retranchements », a déclaré Jean-Pierre Kasongo devant les militaires. Il a promis "
        "l'arrivée prochaine de renforts et de matériel.\n\n"
        "La société civile de Beni, reçue par le ministre, a plaidé pour la sécurisation de la route "
        "Beni-Kasindi, régulièrement le théâtre d'embuscades. Le ministre doit se rendre mercredi à Butembo."
    ),
    "doha_talks": (
        "Les délégations du gouvernement congolais et de l'AFC/M23 ont repris lundi à Doha les discussions "
        "sous la médiation du Qatar, après une suspension de deux semaines.\n\n"
        "Selon une source diplomatique, les échanges portent sur le mécanisme de surveillance du "
        "cessez-le-feu et sur l'échange de prisonniers. Kinshasa exige le retrait des rebelles des localités "
        "qu'ils occupent dans le Nord-Kivu et le Sud-Kivu, tandis que le mouvement réclame la reconnaissance "
        "de son administration à Goma et à Bukavu.\n\n"
        "Sur le terrain, la situation reste tendue. Les deux camps s'accusent mutuellement de violer la "
        "trêve, notamment dans les territoires de Masisi et de Walikale où des affrontements ont été "
        "signalés ces dernières semaines.\n\n"
        "Le porte-parole du gouvernement a affirmé que Kinshasa restait « attaché à la voie pacifique », "
        "tout en se réservant le droit de défendre l'intégrité du territoire."
    ),
    "military_trial": (
        "Le procès de douze militaires des FARDC accusés de meurtres et de pillages s'est ouvert lundi devant "
        "la cour militaire opérationnelle du Nord-Kivu, siégeant en audience foraine à Butembo.\n\n"
        "Les prévenus sont poursuivis pour avoir tué trois civils et pillé des boutiques lors de leur fuite "
        "devant l'avancée des rebelles en février dernier. Le ministère public a requis la peine de mort "
        "contre huit d'entre eux pour désertion en temps de guerre et meurtre.\n\n"
        "Les avocats de la défense ont plaidé non coupable, estimant que leurs clients avaient été "
        "abandonnés par leur hiérarchie. L'audience a été suspendue et reprendra jeudi.\n\n"
        "Plusieurs organisations de défense des droits humains suivent le procès, qui intervient quelques "
        "semaines après la condamnation de trente autres soldats pour des faits similaires à Uvira."
    ),
    "rwanda_accused": (
        "Le gouvernement congolais a une nouvelle fois accusé mardi le Rwanda de soutenir militairement les "
        "rebelles de l'AFC/M23, lors d'une conférence de presse tenue à Kinshasa par le porte-parole du "
        "gouvernement.\n\n"
        "Citant un récent rapport du groupe d'experts des Nations unies, il a affirmé que des milliers de "
        "soldats rwandais se trouvent sur le sol congolais et participent aux combats aux côtés des rebelles. "
        "« Le Rwanda agresse la RDC et pille ses ressources minières », a-t-il martelé.\n\n"
        "Kigali rejette ces accusations et reproche à Kinshasa sa collaboration avec les FDLR, un groupe armé "
        "fondé par d'anciens responsables du génocide de 1994.\n\n"
        "Le porte-parole a appelé la communauté internationale à prendre des sanctions contre le Rwanda et a "
        "salué les mesures déjà annoncées par plusieurs pays européens."
    ),
    "ocha_appeal": (
        "Le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA) a lancé mardi un appel "
        "de fonds de 250 millions de dollars pour venir en aide aux déplacés de la province de l'Ituri.\n\n"
        "Selon l'agence onusienne, plus de 1,5 million de personnes ont fui leurs villages en raison des "
        "violences des groupes armés, notamment la CODECO et les ADF. Les sites de déplacés de Djugu et "
        "d'Irumu manquent d'eau potable, de nourriture et de soins de santé.\n\n"
        "« Les besoins dépassent largement les moyens disponibles », a déclaré la coordonnatrice humanitaire "
        "lors d'une conférence de presse à Bunia. Seuls 18 % du plan de réponse humanitaire de cette année "
        "ont été financés.\n\n"
        "OCHA rappelle que les attaques contre les camps de déplacés ont causé la mort de dizaines de civils "
        "depuis le début de l'année et appelle toutes les parties à respecter le droit international "
        "humanitaire."
    ),
    "goma_anniversary": (
        "Il y a un an, le 27 janvier, les rebelles du M23 appuyés par l'armée rwandaise prenaient le contrôle "
        "de Goma, chef-lieu du Nord-Kivu, après plusieurs jours de violents combats qui avaient fait près de "
        "trois mille morts selon les Nations unies.\n\n"
        "Depuis, la ville vit sous l'administration de l'AFC/M23. Les banques restent fermées, l'aéroport est "
        "hors service et de nombreux habitants disent vivre dans la peur. Les rebelles ont nommé leurs propres "
        "gouverneur et maires et prélèvent des taxes sur les commerçants.\n\n"
        "Pour les analystes, la chute de Goma a profondément changé le rapport de forces dans la région. "
        "« Kinshasa a perdu le contrôle de deux capitales provinciales en moins d'un mois », rappelle un "
        "chercheur du Groupe d'étude sur le Congo.\n\n"
        "Les habitants interrogés espèrent que les pourparlers en cours permettront un retour de la paix."
    ),
    "us_sanctions": (
        "Le département américain du Trésor a annoncé mardi des sanctions contre un général rwandais et deux "
        "responsables de l'AFC/M23, accusés d'alimenter le conflit dans l'est de la République démocratique "
        "du Congo.\n\n"
        "Ces mesures gèlent les avoirs des personnes visées aux Etats-Unis et interdisent toute transaction "
        "avec elles. Washington leur reproche d'avoir commandé des opérations ayant conduit à la prise de "
        "plusieurs localités du Sud-Kivu et d'avoir profité du commerce illégal de minerais.\n\n"
        "Kinshasa a salué une décision « courageuse », tandis que Kigali a dénoncé des sanctions « injustes et "
        "contre-productives ».\n\n"
        "L'Union européenne avait déjà pris des mesures similaires au début de l'année contre plusieurs "
        "commandants rebelles et officiers rwandais."
    ),
    "mali_elections": (
        "Bamako, 4 novembre (AFP) – Les autorités de transition maliennes ont annoncé mardi un nouveau report "
        "de l'élection présidentielle, initialement prévue pour l'an prochain, invoquant la persistance de "
        "l'insécurité dans le centre et le nord du pays.\n\n"
        "Dans un communiqué lu à la télévision nationale, le gouvernement explique que « les conditions "
        "sécuritaires ne permettent pas la tenue d'un scrutin apaisé sur l'ensemble du territoire ». Les "
        "activités des partis politiques restent suspendues.\n\n"
        "Le Mali est confronté depuis 2012 aux attaques de groupes jihadistes affiliés à Al-Qaïda et à "
        "l'organisation Etat islamique, ainsi qu'à des violences communautaires. Le blocus imposé par le "
        "JNIM sur les importations de carburant pèse lourdement sur l'économie.\n\n"
        "Plusieurs partis d'opposition ont dénoncé une « confiscation du pouvoir » par les militaires."
    ),
    "operation_announced": (
        "Les armées congolaise et ougandaise vont lancer dans les prochains jours une nouvelle phase de "
        "l'opération conjointe Shujaa contre les rebelles ADF dans le territoire d'Irumu, a annoncé mardi le "
        "porte-parole des opérations.\n\n"
        "Au cours d'un point de presse à Beni, l'officier a indiqué que des troupes supplémentaires étaient "
        "déjà arrivées dans la zone. « Nous allons neutraliser les terroristes et libérer les otages qu'ils "
        "détiennent », a-t-il affirmé.\n\n"
        "Il a demandé aux populations de collaborer avec les forces de défense et de signaler tout mouvement "
        "suspect. Depuis son lancement fin 2021, l'opération Shujaa a permis de démanteler plusieurs bastions "
        "des ADF, selon l'armée.\n\n"
        "La société civile locale reste sceptique et rappelle que les massacres de civils se poursuivent."
    ),
    "prisoners_released": (
        "Plus de 800 détenus de la prison centrale de Makala ont été libérés lundi à la suite d'une mesure de "
        "grâce présidentielle visant à désengorger les établissements pénitentiaires, a annoncé le ministre "
        "de la Justice.\n\n"
        "La mesure concerne les condamnés à des peines de moins de cinq ans ainsi que les détenus malades ou "
        "âgés. Les personnes condamnées pour crimes de guerre, viol ou détournement de fonds publics en sont "
        "exclues.\n\n"
        "Prévue pour 1 500 détenus, la prison de Makala en comptait plus de 14 000 le mois dernier. En "
        "septembre 2024, une tentative d'évasion y avait fait plus de cent morts selon le gouvernement.\n\n"
        "Les organisations de défense des droits des détenus ont salué la mesure mais réclament une réforme "
        "en profondeur du système judiciaire."
    ),
    "chad_refugees": (
        "Plus de 30 000 nouveaux réfugiés soudanais sont arrivés au Tchad depuis le début du mois d'octobre, "
        "a indiqué mardi le Haut-Commissariat des Nations unies pour les réfugiés (HCR).\n\n"
        "Ces civils fuient les violences au Darfour, où les Forces de soutien rapide (FSR) et l'armée "
        "soudanaise s'affrontent depuis avril 2023. La plupart sont des femmes et des enfants, arrivés à "
        "Adré dans un état d'épuisement avancé.\n\n"
        "« Beaucoup racontent avoir vu des membres de leur famille tués sur la route », a déclaré une "
        "porte-parole du HCR à Genève. L'agence appelle à un accès humanitaire sans entrave et à un "
        "financement accru.\n\n"
        "Le Tchad accueille déjà plus d'un million de réfugiés soudanais."
    ),
    "ukraine_diplomacy": (
        "Kiev, 4 novembre (AFP) – Le président ukrainien Volodymyr Zelensky a rencontré mardi à Kiev les "
        "ministres des Affaires étrangères de plusieurs pays européens pour discuter de nouvelles livraisons "
        "d'armes et de systèmes de défense antiaérienne.\n\n"
        "« La Russie a intensifié ses frappes contre nos infrastructures énergétiques ces dernières semaines. "
        "Nous avons besoin de davantage de Patriot », a-t-il déclaré lors d'une conférence de presse "
        "commune.\n\n"
        "Les ministres européens ont réaffirmé leur soutien à l'Ukraine et évoqué un nouveau paquet de "
        "sanctions contre Moscou. Les discussions ont également porté sur l'utilisation des avoirs russes "
        "gelés pour financer la reconstruction.\n\n"
        "Le Kremlin a dénoncé une « escalade » et accusé les Occidentaux de prolonger la guerre."
    ),
    "gaza_talks": (
        "Le Caire, 4 novembre (AFP) – Des négociateurs israéliens et des médiateurs égyptiens et qataris se "
        "sont retrouvés mardi au Caire pour discuter de la deuxième phase de l'accord de cessez-le-feu à "
        "Gaza.\n\n"
        "Les discussions portent sur le désarmement du Hamas, le retrait des troupes israéliennes et le "
        "déploiement d'une force internationale de stabilisation dans le territoire palestinien, dévasté par "
        "deux ans de guerre.\n\n"
        "Le Hamas a affirmé qu'il ne déposerait pas les armes tant qu'un Etat palestinien ne serait pas créé. "
        "Israël accuse le mouvement islamiste de violer la trêve et de retarder la restitution des corps "
        "d'otages.\n\n"
        "Selon le ministère de la Santé de Gaza, plus de 68 000 Palestiniens ont été tués depuis le début de "
        "la guerre en octobre 2023."
    ),
    "haiti_plan": (
        "Port-au-Prince, 4 novembre – Le Premier ministre haïtien a présenté mardi un nouveau plan de "
        "sécurité destiné à reprendre le contrôle des quartiers de la capitale tombés aux mains des gangs.\n\n"
        "Le plan prévoit le recrutement de 3 000 policiers supplémentaires et le renforcement de la force "
        "internationale de répression des gangs autorisée par le Conseil de sécurité des Nations unies. "
        "« Nous allons reprendre chaque rue, chaque quartier », a promis le chef du gouvernement.\n\n"
        "Les gangs de la coalition Viv Ansanm contrôlent environ 90 % de Port-au-Prince. Selon l'ONU, plus de "
        "4 000 personnes ont été tuées dans les violences des gangs au cours du premier semestre.\n\n"
        "Des organisations de la société civile ont accueilli le plan avec prudence, rappelant que les "
        "précédents n'avaient pas été suivis d'effets."
    ),
    "sudan_report": (
        "L'organisation Human Rights Watch a publié mardi un rapport accusant les Forces de soutien rapide "
        "(FSR) d'avoir commis des crimes contre l'humanité lors de la prise d'El-Facher, au Darfour.\n\n"
        "Le document, fondé sur plus de cent témoignages de survivants, décrit des exécutions sommaires, des "
        "violences sexuelles et des pillages à grande échelle. Les chercheurs estiment que des centaines de "
        "civils ont été tués dans les jours qui ont suivi l'entrée des paramilitaires dans la ville.\n\n"
        "Les FSR ont rejeté ces accusations, affirmant que leurs combattants avaient protégé les civils et "
        "que les responsables d'abus seraient jugés.\n\n"
        "HRW appelle le Conseil de sécurité à étendre l'embargo sur les armes à tout le Soudan et à imposer "
        "des sanctions ciblées contre les commandants des FSR."
    ),
    "state_of_siege_debate": (
        "L'Assemblée nationale a adopté mardi, après un débat houleux, la loi prorogeant l'état de siège dans "
        "les provinces de l'Ituri et du Nord-Kivu pour une nouvelle période de quinze jours.\n\n"
        "Plusieurs députés de l'opposition et même de la majorité ont dénoncé l'échec de cette mesure "
        "exceptionnelle, instaurée en mai 2021. « Depuis l'état de siège, les massacres n'ont pas cessé et les "
        "rebelles ont pris de nouvelles localités », a déclaré un élu de Beni.\n\n"
        "Le vice-Premier ministre chargé de l'Intérieur a défendu le bilan du gouvernement, affirmant que les "
        "forces armées avaient repris l'initiative sur plusieurs fronts.\n\n"
        "Le texte a été adopté par 312 voix pour et 41 contre."
    ),
    "governor_installed": (
        "Le nouveau gouverneur militaire de l'Ituri, le général-major Paul Mutombo, a été installé mardi à "
        "Bunia au cours d'une cérémonie présidée par le vice-ministre de la Défense.\n\n"
        "Dans son discours, il a promis de faire de la sécurité sa priorité absolue. « Les miliciens de la "
        "CODECO et de Zaïre, ainsi que les ADF, doivent déposer les armes ou ils seront combattus », a-t-il "
        "averti.\n\n"
        "Le général Mutombo succède à un officier rappelé à Kinshasa le mois dernier. Il hérite d'une "
        "province meurtrie par les violences armées, où plusieurs villages ont été attaqués ces derniers "
        "mois dans les territoires de Djugu et d'Irumu.\n\n"
        "Les notables de Bunia ont salué sa nomination et lui ont remis un cahier des charges."
    ),
    "press_review": (
        "Revue de presse du mardi 4 novembre 2025.\n\n"
        "La presse kinoise de ce mardi revient largement sur les pourparlers de Doha et sur la situation "
        "sécuritaire dans l'Est. Le quotidien Le Potentiel titre sur « l'impasse des négociations » et "
        "rappelle que les combats se poursuivent dans le Masisi.\n\n"
        "Forum des As s'intéresse à la suspension d'un député de la majorité et parle d'un « malaise » au sein "
        "du parti présidentiel. L'Avenir consacre sa une au budget 2026, en débat à l'Assemblée nationale.\n\n"
        "Enfin, La Prospérité évoque les attaques des ADF dans le territoire de Lubero et l'appel des "
        "notables locaux à une présence accrue de l'armée."
    ),
    "monusco_mandate": (
        "New York, 4 novembre – Le Conseil de sécurité des Nations unies a prorogé mardi d'un an le mandat de "
        "la Mission de l'ONU pour la stabilisation en RDC (Monusco), par un vote unanime.\n\n"
        "La résolution demande à la mission de concentrer ses efforts sur la protection des civils en Ituri "
        "et au Nord-Kivu, et de soutenir la mise en œuvre du cessez-le-feu entre le gouvernement et l'AFC/M23. "
        "Elle condamne les attaques des groupes armés contre les civils et les casques bleus.\n\n"
        "Le représentant congolais a salué le vote tout en réclamant un calendrier de retrait « réaliste ». "
        "La Monusco a déjà quitté la province du Sud-Kivu en juin 2024.\n\n"
        "La mission compte environ 11 000 soldats et policiers."
    ),
    "ddr_ex_combatants": (
        "Plus de 300 ex-combattants de divers groupes armés ont été accueillis lundi au centre de "
        "regroupement de Rumangabo dans le cadre du Programme de désarmement, démobilisation, relèvement "
        "communautaire et stabilisation (P-DDRCS).\n\n"
        "Parmi eux figurent d'anciens miliciens Maï-Maï et des combattants Nyatura, qui ont remis une "
        "centaine d'armes. Le coordonnateur provincial du programme a salué « un geste de paix » et promis "
        "un accompagnement pour leur réinsertion.\n\n"
        "Certains ex-combattants disent avoir quitté la brousse à cause des conditions de vie difficiles. "
        "« Nous avons combattu pendant des années sans rien gagner », témoigne l'un d'eux.\n\n"
        "Le programme vise à démobiliser plusieurs milliers de combattants d'ici la fin de l'année."
    ),
    "opposition_summoned": (
        "L'opposant Martin Kabeya a été entendu lundi pendant plus de six heures par le parquet général près "
        "la cour de cassation à Kinshasa, avant d'être autorisé à rentrer chez lui.\n\n"
        "Il lui est reproché des propos tenus lors d'un meeting à Mbuji-Mayi, dans lesquels il avait accusé le "
        "pouvoir d'avoir « abandonné l'Est aux rebelles ». Ses partisans, massés devant le palais de justice, "
        "ont dénoncé un acharnement politique.\n\n"
        "Son avocat a indiqué que son client reste à la disposition de la justice et qu'aucune charge n'a "
        "encore été retenue contre lui.\n\n"
        "Plusieurs partis de l'opposition ont appelé à la libération de tous les prisonniers politiques."
    ),
    "camp_visit_aid": (
        "La ministre des Affaires sociales a visité lundi le site de déplacés de Bulengo, près de Kalemie, où "
        "elle a remis des vivres et des kits d'hygiène à plus de 2 000 ménages.\n\n"
        "Ces familles ont fui les affrontements entre miliciens dans le territoire de Nyunzu l'année dernière. "
        "Elles vivent depuis dans des abris de fortune. « Nous manquons de tout, surtout de médicaments », a "
        "confié une mère de cinq enfants.\n\n"
        "La ministre a promis la construction d'un centre de santé et d'une école sur le site. Elle a "
        "également appelé les déplacés à regagner leurs villages, où la sécurité serait revenue selon les "
        "autorités provinciales.\n\n"
        "Les responsables du site estiment que les conditions ne sont pas encore réunies pour un retour."
    ),
    "africa_corps": (
        "Bamako – Le groupe paramilitaire russe Wagner a annoncé son départ du Mali, où il sera remplacé par "
        "l'Africa Corps, une structure placée sous le contrôle direct du ministère russe de la Défense.\n\n"
        "Déployés depuis fin 2021, les mercenaires de Wagner ont combattu aux côtés de l'armée malienne contre "
        "les groupes jihadistes et les rebelles séparatistes du nord. Ils ont été accusés par des ONG et par "
        "l'ONU d'exactions contre des civils, notamment à Moura en mars 2022.\n\n"
        "« Mission accomplie », a écrit le groupe sur sa chaîne Telegram. Les autorités maliennes n'ont pas "
        "commenté.\n\n"
        "Selon des sources sécuritaires, une partie des combattants restera au Mali sous la bannière de "
        "l'Africa Corps."
    ),
    "burkina_soldiers_trial": (
        "Ouagadougou – Le procès de cinq militaires poursuivis pour l'exécution sommaire de civils s'est ouvert "
        "lundi devant le tribunal militaire de Ouagadougou.\n\n"
        "Les accusés sont soupçonnés d'avoir tué sept hommes arrêtés lors d'une opération de ratissage dans la "
        "région du Nord en 2023. Ils plaident non coupables et affirment avoir agi dans le cadre de la lutte "
        "contre le terrorisme.\n\n"
        "Les familles des victimes, présentes à l'audience, réclament justice. Les organisations de défense "
        "des droits humains dénoncent régulièrement les abus commis par les forces de défense et de sécurité "
        "et leurs supplétifs, les Volontaires pour la défense de la patrie (VDP).\n\n"
        "Le procès doit reprendre la semaine prochaine."
    ),
    "niger_ministers_freed": (
        "Niamey – Les autorités nigériennes ont remis en liberté lundi plusieurs anciens ministres du "
        "gouvernement du président déchu Mohamed Bazoum, détenus depuis le coup d'Etat de juillet 2023.\n\n"
        "Selon un communiqué du ministère de la Justice, ces libérations s'inscrivent dans le cadre des "
        "recommandations des assises nationales. Mohamed Bazoum reste pour sa part détenu au palais "
        "présidentiel avec son épouse.\n\n"
        "Le Niger fait face à de fréquentes attaques jihadistes dans les régions de Tillabéri et de Diffa, "
        "qui ont coûté la vie à des centaines de soldats depuis le coup d'Etat.\n\n"
        "L'opposition en exil a salué un geste « insuffisant »."
    ),
    "homage_soldiers": (
        "Une cérémonie d'hommage aux militaires tombés au front a été organisée mardi au camp Kokolo, à "
        "Kinshasa, en présence du chef d'état-major général des FARDC.\n\n"
        "Les noms de 48 soldats tués lors des combats contre les rebelles du M23 dans le Nord-Kivu au cours des "
        "derniers mois ont été lus devant leurs familles. Des médailles ont été remises à titre posthume.\n\n"
        "« Ils ont donné leur vie pour la patrie », a déclaré le chef d'état-major, qui a promis une prise en "
        "charge des veuves et des orphelins.\n\n"
        "Les familles ont cependant réclamé le paiement des arriérés de soldes et des indemnités promises."
    ),
    "m23_administration": (
        "Dans les territoires qu'elle contrôle au Nord-Kivu, l'AFC/M23 a mis en place une administration "
        "parallèle qui collecte des taxes, nomme des chefs locaux et organise des séances d'« "
        "endoctrinement » pour les fonctionnaires.\n\n"
        "A Rutshuru et à Masisi, les commerçants interrogés disent payer des taxes aux rebelles sur chaque sac "
        "de marchandises. Les routes sont jalonnées de barrières. « Nous vivons sous leur loi », résume un "
        "enseignant.\n\n"
        "Pour les experts, ce dispositif vise à s'installer durablement. Le mouvement recrute aussi de jeunes "
        "hommes, parfois de force, selon plusieurs témoignages recueillis par des ONG.\n\n"
        "Kinshasa qualifie cette administration d'illégale et promet de restaurer l'autorité de l'Etat."
    ),
    "lebanon_diplomacy": (
        "Beyrouth, 4 novembre (AFP) – L'émissaire américain pour le Liban a rencontré mardi le président "
        "libanais pour discuter du désarmement du Hezbollah et de l'application du cessez-le-feu conclu en "
        "novembre 2024.\n\n"
        "Malgré la trêve, Israël continue de mener des frappes régulières dans le sud du pays, affirmant viser "
        "des positions du mouvement chiite. Beyrouth dénonce des violations quotidiennes de sa "
        "souveraineté.\n\n"
        "L'armée libanaise a présenté un plan de déploiement au sud du fleuve Litani. Le Hezbollah a fait "
        "savoir qu'il refusait de remettre ses armes tant qu'Israël occupe cinq positions en territoire "
        "libanais.\n\n"
        "La guerre de 2024 entre Israël et le Hezbollah a fait plus de 4 000 morts au Liban."
    ),
    "sahel_analysis": (
        "Analyse – Trois ans après la rupture avec la France, les régimes militaires du Mali, du Burkina Faso "
        "et du Niger, réunis au sein de l'Alliance des Etats du Sahel (AES), peinent à contenir la progression "
        "jihadiste.\n\n"
        "Le JNIM, affilié à Al-Qaïda, multiplie les attaques contre les camps militaires et impose des "
        "blocus à des villes entières. L'Etat islamique au Sahel reste actif dans la zone des trois "
        "frontières. Les armées répliquent par des frappes de drones, qui tuent parfois des civils.\n\n"
        "« La stratégie du tout-militaire a montré ses limites », estime un chercheur basé à Dakar. La "
        "création d'une force unifiée de l'AES, annoncée l'an dernier, tarde à se concrétiser.\n\n"
        "Les populations paient le prix fort : plus de deux millions de déplacés au Burkina Faso seulement."
    ),
    "cenco_statement": (
        "Les évêques catholiques de la Conférence épiscopale nationale du Congo (CENCO) ont publié mardi à "
        "Kinshasa un message dans lequel ils dénoncent « la souffrance insupportable » des populations de l'Est.\n\n"
        "Les prélats évoquent les villages incendiés, les viols et les déplacements massifs provoqués par la "
        "guerre dans les provinces du Nord-Kivu, du Sud-Kivu et de l'Ituri. Ils appellent les belligérants à "
        "déposer les armes et le gouvernement à privilégier le dialogue.\n\n"
        "« Aucun intérêt ne justifie que l'on tue des innocents », écrivent-ils. Le message sera lu dimanche "
        "dans toutes les paroisses du pays.\n\n"
        "La CENCO et l'Eglise du Christ au Congo (ECC) portent depuis plusieurs mois une initiative de pacte "
        "social pour la paix, qui a reçu un accueil mitigé à Kinshasa."
    ),
    "sit_in_announced": (
        "Les enseignants des écoles publiques de la ville de Bukavu ont annoncé mardi un sit-in devant le "
        "gouvernorat pour le lundi prochain, afin de réclamer le paiement de trois mois d'arriérés de "
        "salaire.\n\n"
        "Dans un communiqué, leur syndicat explique que les enseignants n'ont plus été payés depuis la prise de "
        "la ville par les rebelles en février. Les banques restent fermées et les salaires versés par Kinshasa "
        "ne parviennent plus aux agents.\n\n"
        "« Nous allons manifester pacifiquement jusqu'à ce que nos revendications soient entendues », a "
        "déclaré le président du syndicat.\n\n"
        "Les parents d'élèves craignent une nouvelle perturbation de l'année scolaire."
    ),
    "election_results": (
        "La Commission électorale nationale indépendante (CENI) a publié mardi les résultats provisoires des "
        "élections partielles organisées dans les circonscriptions de Masisi et de Rutshuru, où le vote "
        "n'avait pas pu se tenir en 2023 en raison de l'insécurité.\n\n"
        "Selon la CENI, le taux de participation s'établit à 31 %. Plusieurs candidats de l'opposition "
        "dénoncent des irrégularités et annoncent des recours devant la Cour constitutionnelle.\n\n"
        "Le président de la CENI a salué « un scrutin apaisé » malgré les difficultés logistiques. Aucun "
        "incident majeur n'a été signalé dans les bureaux de vote, selon la commission.\n\n"
        "Les élus siégeront à l'Assemblée nationale dès la prochaine session."
    ),
    "hostages_freed": (
        "Quinze otages enlevés par des hommes armés sur la route Kisangani-Bunia le mois dernier ont été "
        "libérés, a annoncé mardi l'administrateur du territoire de Mambasa.\n\n"
        "Les ex-otages, parmi lesquels des commerçants et des chauffeurs, ont été accueillis au centre de "
        "santé de Mambasa où ils reçoivent des soins. Les circonstances de leur libération n'ont pas été "
        "précisées.\n\n"
        "L'administrateur a remercié les forces de sécurité et appelé les transporteurs à circuler en convoi. "
        "Les enlèvements contre rançon se sont multipliés ces derniers mois sur cet axe.\n\n"
        "La société civile demande le déploiement d'unités supplémentaires le long de la route."
    ),
    "mining_suspension": (
        "Le ministre des Mines a suspendu mardi les activités de trois coopératives minières dans le "
        "territoire de Walikale, accusées de financer des groupes armés.\n\n"
        "Selon un rapport des services de renseignement, une partie de l'étain et du coltan extraits dans la "
        "zone serait vendue par l'intermédiaire des rebelles. Les coopératives rejettent ces accusations.\n\n"
        "Le ministre a rappelé que la RDC entend assainir le secteur et garantir la traçabilité des "
        "minerais. Des missions d'inspection seront dépêchées dans les prochains jours.\n\n"
        "Walikale abrite le gisement d'étain de Bisie, l'un des plus importants au monde."
    ),
    "icc_warrant": (
        "La Cour pénale internationale a annoncé mardi avoir délivré un mandat d'arrêt contre un ancien chef "
        "de milice de l'Ituri, soupçonné de crimes de guerre et de crimes contre l'humanité.\n\n"
        "Il lui est reproché d'avoir ordonné des attaques contre des civils, des meurtres et des pillages "
        "dans le territoire de Djugu entre 2019 et 2021. Le suspect serait toujours en liberté.\n\n"
        "Le procureur a salué la coopération des autorités congolaises et appelé à son arrestation. Kinshasa "
        "s'est engagé à exécuter le mandat.\n\n"
        "La CPI a déjà jugé plusieurs chefs de guerre de l'Ituri, dont Thomas Lubanga et Bosco Ntaganda."
    ),
    "burundi_troops": (
        "Le Burundi a démenti mardi avoir retiré ses troupes déployées au Sud-Kivu aux côtés de l'armée "
        "congolaise, contrairement à des informations publiées sur les réseaux sociaux.\n\n"
        "Le porte-parole de l'armée burundaise a affirmé que les soldats restaient engagés dans la lutte "
        "contre les groupes armés. Des médias avaient rapporté le départ de plusieurs bataillons vers la "
        "frontière.\n\n"
        "Plusieurs milliers de militaires burundais combattent aux côtés des FARDC depuis 2023, en vertu "
        "d'un accord bilatéral. Gitega accuse Kigali de soutenir des rebelles burundais.\n\n"
        "La présence burundaise est régulièrement critiquée par l'AFC/M23."
    ),
    "cholera_outbreak": (
        "Une épidémie de choléra frappe depuis deux semaines les sites de déplacés autour de Goma, où au moins "
        "23 décès ont été enregistrés, selon l'Organisation mondiale de la santé.\n\n"
        "Les conditions d'hygiène sont déplorables dans les camps, où s'entassent des dizaines de milliers de "
        "personnes ayant fui les combats. L'accès à l'eau potable reste limité.\n\n"
        "Médecins sans frontières a ouvert un centre de traitement et appelle à une mobilisation urgente. "
        "« Sans action rapide, l'épidémie pourrait tuer des centaines de personnes », prévient l'ONG.\n\n"
        "Le ministère de la Santé a lancé une campagne de vaccination."
    ),
    "haiti_kenya_police": (
        "Port-au-Prince – Un nouveau contingent de 200 policiers kényans est arrivé mardi en Haïti pour "
        "renforcer la mission multinationale d'appui à la sécurité, a annoncé l'ambassade du Kenya.\n\n"
        "Les policiers étrangers appuient la Police nationale d'Haïti dans ses opérations contre les gangs, "
        "qui contrôlent la majeure partie de la capitale et des routes nationales. Plusieurs policiers "
        "kényans ont été blessés depuis le début de la mission en juin 2024.\n\n"
        "Le Conseil présidentiel de transition a salué cette arrivée et réclamé davantage de moyens.\n\n"
        "Selon l'ONU, plus d'un million d'Haïtiens ont été déplacés par la violence."
    ),
    "ukraine_energy_talks": (
        "Le ministre ukrainien de l'Energie a annoncé mardi la signature d'un accord avec la Banque européenne "
        "pour la reconstruction et le développement pour réparer les centrales endommagées par les frappes "
        "russes.\n\n"
        "Depuis le début de l'invasion en février 2022, la Russie a visé à plusieurs reprises le réseau "
        "électrique ukrainien. Des coupures de courant programmées sont en vigueur dans plusieurs régions.\n\n"
        "« Nous devons être prêts pour l'hiver », a déclaré le ministre, qui a appelé les partenaires "
        "occidentaux à livrer davantage de générateurs.\n\n"
        "Le montant de l'accord n'a pas été rendu public."
    ),
}

ONE_EVENT = {
    "lebanon_strike": (
        "Beyrouth, 4 novembre (AFP) – Israël a frappé mardi le sud du Liban, tuant deux personnes, a annoncé "
        "le ministère libanais de la Santé.\n\n"
        "La frappe a visé une voiture près de la localité de Bint Jbeil. L'armée israélienne a affirmé avoir "
        "ciblé un membre du Hezbollah impliqué dans la reconstruction d'infrastructures du mouvement.\n\n"
        "Le président libanais a condamné « une nouvelle violation du cessez-le-feu » et appelé la communauté "
        "internationale à faire pression sur Israël.\n\n"
        "Le Hezbollah n'a pas réagi dans l'immédiat."
    ),
    "burkina_neutralised": (
        "Ouagadougou, 4 novembre – Selon l'état-major général des armées, 30 terroristes ont été neutralisés "
        "lundi lors d'une opération près de Djibo, dans le nord du Burkina Faso.\n\n"
        "Dans un communiqué lu à la télévision nationale, l'armée précise que des motos, des armes et des "
        "munitions ont été récupérées. Aucune perte n'est signalée dans les rangs des forces "
        "burkinabè.\n\n"
        "Ces informations n'ont pas pu être vérifiées de source indépendante. Le Burkina Faso est confronté "
        "depuis 2015 aux violences des groupes jihadistes, qui contrôlent une grande partie du territoire.\n\n"
        "Le capitaine Ibrahim Traoré a salué « la bravoure » des soldats."
    ),
    "soldiers_killed_militants": (
        "Mogadiscio, 4 novembre – Des soldats ont tué 3 militants lundi près de Jowhar, dans le centre de la "
        "Somalie, a annoncé le ministère de la Défense.\n\n"
        "Selon le communiqué, les militants préparaient une embuscade contre un convoi. Les autorités "
        "somaliennes mènent depuis 2022 une offensive contre les shebab, affiliés à Al-Qaïda.\n\n"
        "Le gouvernement a appelé la population à dénoncer les membres du groupe."
    ),
    "beni_attack_reactions": (
        "Des présumés rebelles ADF ont attaqué lundi soir le village de Mangodomu, dans le territoire de Beni, "
        "tuant sept civils, selon la société civile locale.\n\n"
        "Les assaillants ont fait irruption vers 19 heures et ont tué les victimes à l'arme blanche avant "
        "d'incendier plusieurs maisons. Les FARDC sont arrivées sur les lieux après le départ des "
        "assaillants.\n\n"
        "Le président de la société civile a dénoncé « l'inaction » des forces de sécurité et appelé le "
        "gouvernement à renforcer les effectifs dans la zone. Le maire de Beni a présenté ses condoléances aux "
        "familles des victimes.\n\n"
        "Les ADF sont accusés d'avoir tué des milliers de civils dans la région depuis 2014."
    ),
    "kharkiv_strike": (
        "Kiev, 4 novembre (AFP) – Une frappe de missile russe a tué trois personnes mardi à Kharkiv, dans le "
        "nord-est de l'Ukraine, a annoncé le gouverneur régional.\n\n"
        "Le missile a touché un immeuble résidentiel dans le centre de la ville. Une dizaine de personnes ont "
        "été blessées, dont deux enfants.\n\n"
        "Le président Volodymyr Zelensky a appelé ses alliés à accélérer les livraisons de systèmes de défense "
        "antiaérienne. Le Kremlin n'a pas commenté.\n\n"
        "Des négociations de paix, sous l'égide de Washington, sont au point mort depuis plusieurs mois."
    ),
    "sit_in_kindu": (
        "Des dizaines d'enseignants ont organisé mardi 4 novembre un sit-in devant le bureau de la division "
        "provinciale de l'enseignement à Kindu, dans la province du Maniema, pour réclamer le paiement de "
        "leurs primes.\n\nMunis de pancartes, les manifestants ont scandé des chansons hostiles au chef de "
        "division, qu'ils accusent de détournement. « Nous ne quitterons pas les lieux tant que nous ne "
        "serons pas payés », a lancé un enseignant.\n\nLa police a été déployée autour du bâtiment, mais aucun "
        "incident n'a été signalé. Le chef de division a promis de recevoir une délégation des grévistes "
        "mercredi.\n\nLes enseignants du Maniema sont en grève depuis trois semaines."
    ),
    "clash_toll_later": (
        "De violents affrontements ont opposé lundi les FARDC aux rebelles de l'AFC/M23 dans le groupement "
        "de Bashali, en territoire de Masisi, selon des sources locales.\n\nLes combats ont éclaté tôt le "
        "matin près du village de Kitchanga et se sont poursuivis jusqu'en début d'après-midi. Des tirs "
        "d'armes lourdes ont été entendus jusqu'à Mweso.\n\nLe bilan fait état de six morts parmi les "
        "combattants, selon un notable. Des centaines de familles ont fui vers Pinga.\n\nLes deux camps "
        "s'accusent mutuellement d'avoir violé le cessez-le-feu signé à Doha."
    ),
    "kidnap_rutshuru": (
        "Trois agriculteurs ont été enlevés dimanche par des hommes armés dans leurs champs à Kisharo, en "
        "territoire de Rutshuru, rapporte la société civile locale.\n\nSelon son président, les ravisseurs "
        "exigent une rançon de 5 000 dollars pour chacun des otages. Les familles disent ne pas disposer "
        "d'une telle somme.\n\nCes derniers mois, les enlèvements contre rançon se sont multipliés dans la "
        "zone, poussant de nombreux agriculteurs à abandonner leurs champs.\n\nLa société civile demande aux "
        "autorités de tout mettre en œuvre pour obtenir leur libération."
    ),
    "protest_dispersed": (
        "La police a dispersé mardi à Lubumbashi une marche de militants de l'opposition qui protestaient "
        "contre le projet de révision de la Constitution.\n\nLes forces de l'ordre ont fait usage de gaz "
        "lacrymogène lorsque les manifestants ont tenté de rejoindre le centre-ville. Plusieurs militants "
        "ont été interpellés, selon les organisateurs.\n\nLe maire de Lubumbashi affirme que la marche n'avait "
        "pas été autorisée. L'opposition dénonce une atteinte aux libertés publiques et annonce de nouvelles "
        "manifestations.\n\nLe débat sur la révision de la Constitution divise la classe politique depuis "
        "plusieurs mois."
    ),
    "adf_attack_followup": (
        "Au moins douze civils ont été tués dans la nuit de samedi à dimanche lors d'une attaque attribuée "
        "aux rebelles ADF dans le village de Mayimoya, en territoire de Beni.\n\nLes assaillants sont entrés "
        "dans le village vers 22 heures. Ils ont tué leurs victimes à la machette et ont incendié une "
        "dizaine de maisons, selon le chef de localité. Plusieurs personnes sont portées disparues.\n\nL'armée "
        "affirme avoir lancé une traque des assaillants. Le porte-parole des opérations a présenté ses "
        "condoléances aux familles endeuillées.\n\nLe territoire de Beni a connu plusieurs massacres "
        "similaires ces derniers mois."
    ),
}


# Articles this branch could not yet rid of their false event (the cause in the reason).
STILL_WRONG = {
    "rwanda_accused": "\"pille ses ressources\" inside a quotation whose opening mark the parser leaves on the "
                      "sentence before, so the present-tense claim is not read as quoted",
}


@pytest.mark.parametrize("name", still_wrong_marked(NO_EVENT, STILL_WRONG))
def test_political_and_security_news_reports_no_dated_event(pipeline, name):
    assert not _dated(_code(pipeline, NO_EVENT[name], published=PUBLISHED))


@pytest.mark.parametrize("name, event_type, sub_event_type, actor1, fatalities", [
    ("lebanon_strike", "Explosions/Remote violence", None, None, 2),
    ("burkina_neutralised", "Battles", "Armed clash", "Military Forces of Burkina Faso (2022-)", 30),
    ("soldiers_killed_militants", "Battles", "Armed clash", "Military Forces of Somalia (2022-)", 3),
    ("beni_attack_reactions", "Violence against civilians", "Attack", "ADF: Allied Democratic Forces", 7),
    ("kharkiv_strike", "Explosions/Remote violence", None, "Military Forces of Russia (2000-)", 3),
    ("sit_in_kindu", "Protests", "Peaceful protest", None, None),
    ("clash_toll_later", "Battles", "Armed clash", None, 6),
    ("kidnap_rutshuru", "Violence against civilians", "Abduction/forced disappearance", None, None),
    ("protest_dispersed", "Protests", "Protest with intervention", None, None),
    ("adf_attack_followup", "Violence against civilians", "Attack", "ADF: Allied Democratic Forces", 12),
])
def test_a_dispatch_with_one_event_codes_only_that_event(pipeline, name, event_type, sub_event_type, actor1,
                                                         fatalities):
    [e] = _dated(_code(pipeline, ONE_EVENT[name], published=PUBLISHED))
    assert e.event_type == event_type and (fatalities is None or e.fatalities == fatalities)
    assert sub_event_type is None or e.sub_event_type == sub_event_type
    assert actor1 is None or (e.actor1 is not None and e.actor1.name == actor1)


def test_armed_men_neutralised_are_neutralised_by_state_forces_not_by_the_source(pipeline):
    text = "Selon l'état-major, 30 terroristes ont été neutralisés lundi près de Djibo."
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.event_type == "Battles" and e.fatalities == 30
    assert e.actor1.name == "Military Forces of Burkina Faso (2022-)"
    assert e.actor2.name == "Unidentified Armed Group (Burkina Faso)"


def test_those_killed_with_no_state_word_get_no_state_agent(pipeline):
    [e] = _dated(_code(pipeline, "Deux bandits ont été tués lundi à Kananga.", published=PUBLISHED))
    assert e.actor1 is None


@pytest.mark.parametrize("text", [
    "« Nous allons neutraliser les terroristes et libérer les otages », a déclaré mardi le porte-parole.",
    "Le Premier ministre a présenté mardi un plan destiné à reprendre le contrôle des quartiers tenus par les gangs.",
    "Les délégations ont discuté mardi de l'échange de prisonniers.",
    "Les discussions portent notamment sur le retrait des troupes rwandaises.",
    "Les accusés sont soupçonnés d'avoir tué sept hommes lors d'une opération.",
    "« Nous avons combattu pendant des années sans rien gagner », témoigne un ancien milicien.",
    "Plus de 4 000 personnes ont été tuées dans les violences des gangs au cours du premier semestre.",
    "Depuis fin 2021, les mercenaires ont combattu aux côtés de l'armée malienne.",
    "Il a parlé au nom des populations qui subissent les attaques des groupes armés.",
])
def test_plans_topics_suspicions_and_long_spans_are_no_dated_event(pipeline, text):
    assert not _dated(_code(pipeline, text, published=PUBLISHED))


def test_a_state_that_strikes_a_region_makes_a_strike(pipeline):
    [e] = _dated(_code(pipeline, "Israël a frappé mardi le sud du Liban.", published=PUBLISHED))
    assert e.event_type == "Explosions/Remote violence" and e.actor1.name.startswith("Military Forces of Israel")


@pytest.mark.parametrize("text", [
    "Le choléra a frappé mardi le nord du pays.",
    "Un policier a frappé mardi un manifestant à Kindu.",
])
def test_striking_in_another_sense_is_no_strike(pipeline, text):
    assert not [e for e in _dated(_code(pipeline, text, published=PUBLISHED))
                if e.event_type == "Explosions/Remote violence"]


def test_soldiers_who_kill_militants_fight_a_battle(pipeline):
    [e] = _dated(_code(pipeline, "Des soldats ont tué trois militants lundi près de Maiduguri.", published=PUBLISHED))
    assert e.event_type == "Battles" and e.actor2.name == "Unidentified Armed Group (Nigeria)"


def test_party_militants_killed_by_police_stay_civilians(pipeline):
    text = "Des policiers ont tué deux militants de l'opposition lundi à Kinshasa."
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.event_type == "Violence against civilians"


def test_a_toll_named_as_such_a_paragraph_later_is_the_clashs(pipeline):
    text = ("De violents affrontements ont opposé lundi l'armée aux miliciens à Kitchanga. Des tirs d'armes "
            "lourdes ont été entendus jusqu'à Mweso.\n\n"
            "Le bilan fait état de six morts parmi les combattants, selon un notable.")
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.event_type == "Battles" and e.fatalities == 6


def test_a_figure_a_paragraph_later_not_named_a_toll_stays_apart(pipeline):
    text = ("De violents affrontements ont opposé lundi l'armée aux miliciens à Kitchanga.\n\n"
            "Six familles ont fui vers Pinga, selon un notable.")
    [e] = _dated(_code(pipeline, text, published=PUBLISHED))
    assert e.fatalities is None
