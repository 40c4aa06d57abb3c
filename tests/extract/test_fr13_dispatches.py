"""Invented French dispatches (DR Congo, Sahel, Sudan, Middle East, Ukraine) of kinds earlier sessions did
not write: verdicts and trials of militia leaders, sanctions, election disputes, humanitarian situation
reports, UN mission statements, commemorations, interviews and op-eds, recaps with totals, parliamentary
questions, appointments, ceasefire talks and press reviews. They report no new dated violent event, or
exactly one."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code as _code, news as _dated, still_wrong_marked

PUBLISHED = date(2025, 11, 5)  # a Wednesday

NO_EVENT = {
    "militia_leader_verdict": (
        "Bunia, 4 novembre 2025 (ACP) – La cour militaire de l'Ituri a condamné mardi à la prison à perpétuité "
        "un ancien chef de la milice CODECO, reconnu coupable de crimes contre l'humanité.\n\n"
        "Selon le jugement, l'accusé a ordonné entre 2019 et 2021 des attaques contre des sites de déplacés "
        "du territoire de Djugu, au cours desquelles des dizaines de civils ont été tués. La cour a également "
        "retenu les charges de meurtre, de viol et de pillage.\n\n"
        "Les avocats des parties civiles ont salué « une décision historique » pour les victimes. La défense "
        "a annoncé son intention de faire appel."
    ),
    "trial_adjourned": (
        "Goma, le 4 novembre – Le procès de l'ancien commandant d'une milice Maï-Maï accusé d'avoir recruté "
        "des enfants soldats a été renvoyé à la semaine prochaine, faute de témoins.\n\n"
        "Le prévenu, arrêté en mars dernier à Sake, est poursuivi pour enrôlement d'enfants, meurtres et "
        "incendies de villages dans le territoire de Masisi. Il plaide non coupable.\n\n"
        "Le président du tribunal a ordonné la comparution forcée de trois témoins à charge. Les organisations "
        "de défense des droits de l'enfant dénoncent la lenteur de la procédure."
    ),
    "icc_hearing": (
        "La Haye, 4 novembre (AFP) – La Cour pénale internationale a ouvert mardi l'audience de confirmation "
        "des charges contre un ancien chef rebelle centrafricain, poursuivi pour crimes de guerre.\n\n"
        "Le procureur lui reproche d'avoir dirigé en 2014 des attaques contre des civils musulmans à Bangui, "
        "au cours desquelles des centaines de personnes auraient été tuées et des mosquées incendiées.\n\n"
        "L'accusé, en détention à La Haye depuis deux ans, rejette ces accusations. Les juges ont soixante "
        "jours pour rendre leur décision."
    ),
    "eu_sanctions": (
        "Bruxelles, 4 novembre 2025 – L'Union européenne a adopté mardi des sanctions contre cinq responsables "
        "de l'AFC/M23 et deux officiers de l'armée rwandaise, accusés d'alimenter le conflit dans l'est de la "
        "RDC.\n\n"
        "Les mesures comprennent le gel des avoirs et l'interdiction de voyager sur le territoire de l'Union. "
        "Selon le Conseil, les personnes visées sont responsables de graves violations des droits humains, "
        "notamment des exécutions sommaires et des déplacements forcés de population.\n\n"
        "Kigali a dénoncé une décision « injuste et contre-productive ». Kinshasa a salué un signal fort de la "
        "communauté internationale."
    ),
    "us_treasury_sanctions_sudan": (
        "Washington, 4 novembre (AFP) – Le Trésor américain a imposé mardi des sanctions à trois entreprises "
        "accusées de fournir des armes et du carburant aux Forces de soutien rapide (FSR) au Soudan.\n\n"
        "Ces sociétés, basées dans la région, auraient facilité l'acheminement de drones et de munitions "
        "utilisés lors des offensives des paramilitaires au Darfour et au Kordofan.\n\n"
        "La guerre entre l'armée soudanaise et les FSR a fait des dizaines de milliers de morts et près de "
        "douze millions de déplacés depuis avril 2023, selon l'ONU."
    ),
    "election_dispute_court": (
        "Kinshasa, 4 novembre 2025 – La Cour constitutionnelle a rejeté mardi les recours introduits par trois "
        "candidats de l'opposition contestant les résultats des élections législatives partielles.\n\n"
        "Les requérants dénonçaient des bourrages d'urnes et des intimidations de témoins dans plusieurs "
        "bureaux de vote. La Cour a estimé que les preuves présentées n'étaient pas suffisantes.\n\n"
        "L'opposition parle d'un « déni de justice » et appelle ses militants à rester mobilisés. La majorité "
        "au pouvoir salue une décision conforme au droit."
    ),
    "cameroon_results_tension": (
        "Yaoundé, 4 novembre (AFP) – Le Conseil constitutionnel a proclamé mardi les résultats définitifs de "
        "l'élection présidentielle, confirmant la réélection du président sortant avec 53 % des voix.\n\n"
        "Le principal candidat de l'opposition, qui revendique la victoire, rejette ces résultats et appelle "
        "à la « résistance pacifique ». Son entourage affirme que plusieurs de ses partisans sont "
        "surveillés par les services de renseignement.\n\n"
        "Les autorités ont renforcé la présence des forces de sécurité dans les principales villes du pays."
    ),
    "ocha_displaced_ituri": (
        "Le nombre de personnes déplacées dans la province de l'Ituri a atteint 1,2 million, selon le dernier "
        "rapport de situation du Bureau de la coordination des affaires humanitaires (OCHA), publié mardi.\n\n"
        "Le rapport fait état de plus de 45 000 nouveaux déplacés en octobre, principalement dans les "
        "territoires de Djugu et d'Irumu, à la suite d'attaques de groupes armés contre des villages et des "
        "sites de déplacés.\n\n"
        "Les humanitaires signalent des besoins urgents en abris, en eau potable et en soins de santé. Le plan "
        "de réponse humanitaire n'est financé qu'à 18 %."
    ),
    "cholera_goma": (
        "Goma, 4 novembre – Au moins 37 personnes sont mortes du choléra depuis le début du mois d'octobre "
        "dans les camps de déplacés autour de Goma, a indiqué mardi l'organisation Médecins sans frontières.\n\n"
        "Plus de 1 400 cas suspects ont été enregistrés, selon l'ONG, qui a ouvert deux centres de traitement "
        "supplémentaires. La promiscuité et le manque d'eau potable favorisent la propagation de la maladie.\n\n"
        "MSF appelle les autorités et les bailleurs à renforcer d'urgence l'approvisionnement en eau et "
        "l'assainissement dans les sites."
    ),
    "monusco_statement": (
        "Kinshasa, 4 novembre 2025 – La Mission de l'ONU en RDC (MONUSCO) s'est dite mardi « profondément "
        "préoccupée » par la détérioration de la situation sécuritaire dans le territoire de Lubero.\n\n"
        "Dans un communiqué, la mission condamne les attaques répétées contre les civils et appelle tous les "
        "groupes armés à déposer les armes sans condition. Elle rappelle que les casques bleus continuent "
        "d'appuyer les FARDC dans la protection des populations.\n\n"
        "La MONUSCO dit avoir accueilli dans ses bases plusieurs centaines de civils fuyant les violences au "
        "cours des derniers mois."
    ),
    "monusco_mandate_vote": (
        "New York, 4 novembre (AFP) – Le Conseil de sécurité de l'ONU a prorogé mardi d'un an le mandat de la "
        "MONUSCO, en demandant à la mission d'adapter son dispositif à la situation dans l'est de la RDC.\n\n"
        "La résolution, adoptée à l'unanimité, charge les casques bleus de soutenir la mise en œuvre du "
        "cessez-le-feu entre Kinshasa et l'AFC/M23 et de protéger les civils dans l'Ituri et le Nord-Kivu.\n\n"
        "Le représentant congolais a salué le vote tout en réaffirmant le souhait de son gouvernement de voir "
        "la mission se retirer progressivement du pays."
    ),
    "massacre_commemoration": (
        "Beni, 4 novembre – Des centaines de personnes se sont rassemblées mardi à Beni pour commémorer le "
        "massacre de Ngadi, où des dizaines de civils avaient été tués à la machette il y a dix ans.\n\n"
        "Les participants ont déposé des gerbes de fleurs devant le monument érigé à la mémoire des victimes. "
        "Des survivants ont témoigné de l'horreur de cette nuit. « Ils sont venus au milieu de la nuit et ont "
        "tué tous ceux qu'ils trouvaient », a raconté une femme.\n\n"
        "Le maire de Beni a appelé les autorités nationales à rendre justice aux familles des victimes."
    ),
    "kasika_memorial": (
        "Bukavu, 4 novembre 2025 – La société civile du Sud-Kivu a organisé mardi une journée de recueillement "
        "en souvenir des victimes du massacre de Kasika, perpétré en août 1998 au début de la deuxième guerre "
        "du Congo.\n\n"
        "Plus d'un millier de civils, dont un chef coutumier et des religieux, y avaient été tués par des "
        "rebelles. Aucun responsable n'a jamais été jugé.\n\n"
        "Les organisateurs réclament la création d'un tribunal spécial pour juger les crimes commis en RDC "
        "depuis les années 1990."
    ),
    "interview_governor": (
        "Dans un entretien accordé à notre rédaction, le gouverneur militaire de l'Ituri revient sur la "
        "situation sécuritaire de la province et sur la lutte contre les groupes armés.\n\n"
        "« Les miliciens de la CODECO attaquent les sites de déplacés parce qu'ils savent que l'armée ne peut "
        "pas être partout. Nous renforçons nos positions autour des camps », explique le général.\n\n"
        "Il reconnaît que l'état de siège n'a pas mis fin aux violences, mais assure que la situation s'est "
        "améliorée dans plusieurs zones. « Les gens rentrent chez eux à Djugu, les marchés rouvrent »."
    ),
    "oped_sahel": (
        "Tribune – Depuis le départ des forces françaises, les régimes militaires du Sahel ont fait de la "
        "souveraineté leur mot d'ordre. Mais sur le terrain, les groupes jihadistes n'ont jamais été aussi "
        "puissants.\n\n"
        "Le JNIM impose désormais des blocus à des villes entières, incendie les camions de carburant et "
        "enlève les voyageurs sur les grands axes. Les armées répondent par des frappes de drones dont les "
        "civils paient souvent le prix.\n\n"
        "Sans une solution politique, qui passe par le dialogue avec une partie des combattants, la région "
        "risque de s'enfoncer durablement dans la guerre."
    ),
    "monthly_recap_kivu": (
        "Goma, 4 novembre – Au moins 312 civils ont été tués en octobre dans les provinces du Nord-Kivu et de "
        "l'Ituri, selon le baromètre sécuritaire du Kivu publié mardi.\n\n"
        "Le rapport recense 146 incidents impliquant des groupes armés, dont 58 attaques attribuées aux ADF et "
        "41 à la CODECO. Les enlèvements ont également augmenté, avec 97 personnes kidnappées au cours du "
        "mois.\n\n"
        "Les auteurs notent que les violences se concentrent désormais dans le territoire de Lubero, où les "
        "rebelles ADF se sont repliés après les opérations conjointes des armées congolaise et ougandaise."
    ),
    "hrw_six_months": (
        "Human Rights Watch a publié mardi un rapport documentant six mois d'exactions commises par les "
        "belligérants dans l'est de la RDC.\n\n"
        "Selon l'organisation, au moins 600 civils ont été tués entre avril et septembre, dont plus de la moitié "
        "lors d'attaques contre des villages du Masisi et du Rutshuru. Les chercheurs ont également recensé "
        "des dizaines de cas de violences sexuelles et de travail forcé.\n\n"
        "HRW demande aux autorités congolaises et rwandaises de mener des enquêtes crédibles et de traduire "
        "les responsables en justice."
    ),
    "parliament_question": (
        "Kinshasa, 4 novembre 2025 – Le ministre de la Défense a répondu mardi à une question orale d'un député "
        "de l'Ituri sur la recrudescence des attaques contre les sites de déplacés dans le territoire de "
        "Djugu.\n\n"
        "L'élu a demandé au gouvernement pourquoi les militaires déployés autour des sites n'interviennent pas "
        "lors des incursions des miliciens. « Nos populations sont massacrées sous les yeux de l'armée », "
        "a-t-il lancé.\n\n"
        "Le ministre a assuré que des renforts avaient été envoyés et que des enquêtes étaient en cours. Le "
        "député s'est dit insatisfait et envisage une motion de défiance."
    ),
    "senate_debate_insecurity": (
        "Le Sénat a consacré sa plénière de mardi à l'insécurité persistante dans le Tanganyika, où des "
        "affrontements entre miliciens twa et bantous ont fait de nombreuses victimes ces dernières années.\n\n"
        "Plusieurs sénateurs ont dénoncé l'absence de l'État dans les zones rurales et la prolifération des "
        "armes. Un élu de Kalemie a évoqué des villages incendiés et des champs abandonnés.\n\n"
        "Le vice-ministre de l'Intérieur a promis un plan de stabilisation et le déploiement de policiers "
        "supplémentaires d'ici la fin de l'année."
    ),
    "military_governor_appointed": (
        "Kinshasa, 4 novembre (ACP) – Le président de la République a nommé mardi un nouveau gouverneur "
        "militaire de la province du Nord-Kivu, en remplacement du général muté à l'état-major.\n\n"
        "Le nouveau gouverneur, un général de division ayant commandé les opérations contre les ADF, prend ses "
        "fonctions dans un contexte sécuritaire difficile, la ville de Goma étant toujours contrôlée par "
        "l'AFC/M23.\n\n"
        "Depuis la chute de Goma en janvier, l'administration provinciale siège à Beni."
    ),
    "burkina_governors": (
        "Ouagadougou, 4 novembre 2025 (AIB) – Le conseil des ministres a procédé mardi à la nomination de "
        "nouveaux gouverneurs dans sept régions, dont quatre officiers de l'armée.\n\n"
        "Selon le communiqué, ces nominations visent à renforcer la coordination entre l'administration et "
        "les forces engagées dans la lutte contre le terrorisme. Les régions du Sahel et de l'Est, les plus "
        "touchées par les attaques des groupes armés, sont désormais dirigées par des militaires.\n\n"
        "Le gouvernement a également adopté un décret sur la mobilisation générale."
    ),
    "luanda_talks": (
        "Luanda, 4 novembre (AFP) – Les ministres des Affaires étrangères de la RDC et du Rwanda se sont "
        "retrouvés mardi à Luanda pour une nouvelle session de discussions sous l'égide de la médiation "
        "angolaise.\n\n"
        "Les échanges ont porté sur la neutralisation des FDLR et le désengagement des troupes rwandaises du "
        "sol congolais. Aucun accord n'a été annoncé à l'issue de la réunion.\n\n"
        "Le médiateur angolais a appelé les deux parties à respecter le cessez-le-feu, régulièrement violé "
        "dans le Nord-Kivu."
    ),
    "nairobi_process": (
        "Nairobi, 4 novembre 2025 – Une cinquantaine de représentants de groupes armés congolais participent "
        "depuis lundi à Nairobi à une nouvelle session du processus de paix facilité par la Communauté "
        "d'Afrique de l'Est.\n\n"
        "Les participants doivent discuter du désarmement, de la démobilisation et de la réinsertion des "
        "combattants. Plusieurs groupes Maï-Maï ont conditionné leur adhésion au départ des rebelles du M23.\n\n"
        "Le facilitateur a appelé les groupes armés à cesser les hostilités pendant la durée des "
        "discussions."
    ),
    "doha_ceasefire_signed": (
        "Doha, 4 novembre (AFP) – Le gouvernement congolais et l'AFC/M23 ont signé mardi à Doha un protocole "
        "sur le mécanisme de vérification du cessez-le-feu, a annoncé la médiation qatarie.\n\n"
        "Le texte prévoit le déploiement d'observateurs conjoints dans les zones de contact et l'échange "
        "régulier d'informations. Les deux parties s'engagent à ne pas lancer de nouvelles offensives.\n\n"
        "Malgré les engagements précédents, les combats n'ont jamais complètement cessé dans le Masisi et le "
        "Walikale, où chaque camp accuse l'autre de provocations."
    ),
    "press_review_kinshasa": (
        "Revue de presse – Les journaux kinois de ce mardi reviennent largement sur la situation sécuritaire "
        "dans l'Est.\n\n"
        "Le Potentiel titre sur « l'impasse de Doha » et estime que les rebelles gagnent du temps. Forum des "
        "As consacre sa une aux attaques des ADF dans le Lubero, qui auraient fait une vingtaine de morts "
        "ces derniers jours selon la société civile.\n\n"
        "La Prospérité s'intéresse pour sa part au débat budgétaire à l'Assemblée nationale et aux "
        "critiques de l'opposition contre le train de vie des institutions."
    ),
    "press_review_africa": (
        "Revue de presse Afrique – À la une ce mardi, la crise au Soudan et la chute d'El-Facher.\n\n"
        "Pour le quotidien burkinabè L'Observateur Paalga, les massacres rapportés après l'entrée des "
        "paramilitaires dans la ville rappellent les heures les plus sombres du Darfour. Le journal s'étonne "
        "du silence de l'Union africaine.\n\n"
        "Au Mali, la presse revient sur le blocus imposé par les jihadistes autour de Bamako, qui provoque "
        "depuis des semaines une pénurie de carburant."
    ),
    "unhcr_burundi_refugees": (
        "Bujumbura, 4 novembre – Plus de 60 000 réfugiés congolais sont arrivés au Burundi depuis le début de "
        "l'année, a indiqué mardi le Haut-Commissariat des Nations unies pour les réfugiés.\n\n"
        "La plupart ont fui les combats dans la plaine de la Ruzizi et les hauts plateaux d'Uvira. Le camp "
        "de Musenyi, prévu pour 10 000 personnes, en accueille aujourd'hui plus du double.\n\n"
        "L'agence appelle à une aide d'urgence pour éviter une crise sanitaire."
    ),
    "wfp_hunger_report": (
        "Selon le Programme alimentaire mondial (PAM), près de 28 millions de Congolais sont en situation "
        "d'insécurité alimentaire aiguë, un record.\n\n"
        "Dans son rapport publié mardi, l'agence explique que les violences dans l'est du pays empêchent les "
        "agriculteurs d'accéder à leurs champs et perturbent les marchés. Les pillages de stocks et les "
        "attaques contre les convois humanitaires compliquent encore la distribution de l'aide.\n\n"
        "Le PAM dit avoir dû réduire les rations faute de financements."
    ),
    "minusca_statement": (
        "Bangui, 4 novembre 2025 – La Mission des Nations unies en Centrafrique (MINUSCA) a exprimé mardi sa "
        "préoccupation face aux violences dans la préfecture du Haut-Mbomou, où des éléments armés "
        "s'en prennent régulièrement aux civils.\n\n"
        "La mission dit avoir renforcé ses patrouilles autour de Zémio et facilité l'accès humanitaire. Elle "
        "appelle les autorités à poursuivre le dialogue avec les communautés.\n\n"
        "Depuis le début de l'année, plus de 20 000 personnes ont fui la région, selon les humanitaires."
    ),
    "mali_sanctions_ecowas": (
        "Abuja, 4 novembre (AFP) – Les chefs d'État de la Cédéao ont examiné mardi la situation sécuritaire au "
        "Sahel lors d'un sommet extraordinaire, sans annoncer de nouvelles mesures contre les pays de "
        "l'Alliance des États du Sahel.\n\n"
        "Dans leur communiqué final, les dirigeants se disent préoccupés par l'expansion des groupes "
        "jihadistes vers les pays côtiers et par le blocus imposé à plusieurs villes maliennes.\n\n"
        "Ils proposent la mise en place d'une force régionale de lutte contre le terrorisme, dont le "
        "financement reste à définir."
    ),
    "ukraine_peace_interview": (
        "Kiev, 4 novembre – Dans un entretien à la presse étrangère, le ministre ukrainien des Affaires "
        "étrangères estime qu'un cessez-le-feu n'est possible que si Moscou renonce à ses exigences "
        "territoriales.\n\n"
        "« La Russie bombarde nos villes chaque nuit et prétend vouloir la paix », affirme-t-il. Il appelle "
        "les alliés à maintenir la pression économique sur le Kremlin.\n\n"
        "Les négociations menées sous l'égide des États-Unis n'ont pas progressé depuis l'été."
    ),
    "gaza_humanitarian": (
        "Gaza, 4 novembre (AFP) – L'ONU a averti mardi que la situation humanitaire restait catastrophique "
        "dans la bande de Gaza malgré le cessez-le-feu entré en vigueur le mois dernier.\n\n"
        "Selon l'agence des Nations unies pour les réfugiés palestiniens, l'aide entre en quantité "
        "insuffisante et des centaines de milliers de personnes vivent sous des tentes. Les hôpitaux "
        "manquent de médicaments.\n\n"
        "Plus de 68 000 Palestiniens ont été tués depuis le début de la guerre, selon le ministère de la Santé "
        "du territoire."
    ),
    "lebanon_un_report": (
        "Beyrouth, 4 novembre 2025 – Le coordinateur spécial des Nations unies pour le Liban a présenté mardi "
        "son rapport au Conseil de sécurité sur la mise en œuvre de la résolution 1701.\n\n"
        "Le document relève que les frappes israéliennes se poursuivent presque quotidiennement dans le sud "
        "du pays, malgré le cessez-le-feu conclu il y a un an. Il note aussi des progrès dans le déploiement "
        "de l'armée libanaise au sud du Litani.\n\n"
        "Le coordinateur appelle les deux parties à respecter pleinement leurs engagements."
    ),
    "m23_press_conference": (
        "Goma, 4 novembre – Le porte-parole de l'AFC/M23 a tenu mardi une conférence de presse à Goma, au "
        "cours de laquelle il a accusé Kinshasa de préparer une offensive.\n\n"
        "Selon lui, les FARDC et leurs alliés wazalendo bombardent des zones habitées dans le Masisi et "
        "massent des troupes autour de Walikale. « Nous défendrons nos positions », a-t-il averti.\n\n"
        "Le gouvernement congolais n'a pas réagi à ces déclarations."
    ),
    "ddr_ceremony": (
        "Bunia, 4 novembre 2025 – Près de 200 miliciens ont déposé les armes mardi lors d'une cérémonie "
        "organisée à Bunia dans le cadre du programme de désarmement, démobilisation et réinsertion.\n\n"
        "Les ex-combattants, issus de plusieurs factions de la CODECO et du groupe Zaïre, ont remis des fusils "
        "d'assaut et des munitions aux autorités. Ils doivent suivre une formation professionnelle de six "
        "mois.\n\n"
        "Le coordonnateur du programme a appelé les autres groupes armés à suivre cet exemple."
    ),
    "niger_national_day_speech": (
        "Niamey, 4 novembre (AFP) – Dans un discours à la nation, le chef de la junte a affirmé mardi que "
        "l'armée avait « repris l'initiative » face aux groupes jihadistes dans la région de Tillabéri.\n\n"
        "Il a rendu hommage aux soldats tombés au front et promis de nouveaux équipements, dont des drones "
        "acquis auprès de la Turquie. « Les terroristes reculent partout », a-t-il assuré.\n\n"
        "Des attaques meurtrières continuent pourtant d'être signalées dans l'ouest du pays, selon des "
        "sources locales."
    ),
    "sudan_famine_report": (
        "Port-Soudan, 4 novembre – La famine s'étend dans plusieurs régions du Soudan, selon le dernier "
        "rapport de l'IPC publié mardi.\n\n"
        "Le siège prolongé d'El-Facher et de Kadugli a privé des centaines de milliers de personnes de "
        "nourriture et de soins. Les experts estiment que la malnutrition aiguë touche un enfant sur trois "
        "dans les zones assiégées.\n\n"
        "Les agences humanitaires demandent un accès sans entrave et une trêve humanitaire."
    ),
    "amnesty_burkina": (
        "Amnesty International accuse l'armée burkinabè et ses supplétifs, les Volontaires pour la défense de "
        "la patrie (VDP), d'avoir exécuté des dizaines de civils lors d'opérations menées au premier semestre "
        "dans l'est du pays.\n\n"
        "Dans un rapport publié mardi, l'ONG cite des témoins qui décrivent des hommes rassemblés puis abattus "
        "devant leurs familles. Les autorités de Ouagadougou n'ont pas répondu aux sollicitations.\n\n"
        "Le gouvernement a par le passé rejeté de telles accusations, les qualifiant de manipulation."
    ),
    "drc_budget_defence": (
        "Kinshasa, 4 novembre – L'Assemblée nationale a entamé mardi l'examen du projet de budget 2026, dont "
        "près d'un quart est consacré à la défense et à la sécurité.\n\n"
        "Le ministre des Finances a justifié cette hausse par « la guerre d'agression » menée dans l'est du "
        "pays. Plusieurs députés ont demandé un meilleur contrôle des dépenses militaires et le paiement "
        "régulier des soldes des militaires au front.\n\n"
        "Le vote du budget est prévu avant la fin de la session."
    ),
    "opposition_leader_interview": (
        "Dans une interview publiée mardi, un ancien Premier ministre passé à l'opposition estime que le "
        "pouvoir utilise la guerre pour justifier une révision de la Constitution.\n\n"
        "« Pendant qu'on tue nos compatriotes dans l'Est, on veut changer la Constitution à Kinshasa », "
        "dénonce-t-il. Il accuse le gouvernement de négligence face aux massacres dans l'Ituri.\n\n"
        "L'opposant annonce une tournée dans les provinces pour mobiliser contre le projet."
    ),
    "mali_trial_absentia": (
        "Bamako, 4 novembre 2025 (AFP) – La cour d'assises spéciale de Bamako a condamné par contumace mardi "
        "un chef jihadiste à la peine de mort pour l'attaque d'un hôtel de la capitale en 2015.\n\n"
        "L'attaque avait fait 20 morts, dont plusieurs étrangers. Deux autres accusés, présents à "
        "l'audience, ont été condamnés à vingt ans de prison pour complicité.\n\n"
        "Les familles des victimes ont salué le verdict, tout en regrettant l'absence du principal accusé, "
        "toujours en fuite."
    ),
    "prisoner_exchange": (
        "Kiev, 4 novembre (AFP) – L'Ukraine et la Russie ont procédé mardi à un nouvel échange de prisonniers, "
        "le premier depuis deux mois, sous la médiation des Émirats arabes unis.\n\n"
        "Au total, 185 militaires ukrainiens sont rentrés au pays, selon le président Volodymyr Zelensky. Certains "
        "étaient détenus depuis la chute de Marioupol en 2022.\n\n"
        "Moscou a annoncé avoir récupéré le même nombre de soldats russes, capturés lors de l'incursion "
        "ukrainienne dans la région de Koursk."
    ),
    "kishishe_anniversary": (
        "Goma, 4 novembre 2025 – Trois ans après le massacre de Kishishe, les familles des victimes attendent "
        "toujours justice, dénonce une coalition d'ONG congolaises.\n\n"
        "En novembre 2022, plus de 170 civils avaient été tués dans ce village du Rutshuru, selon l'ONU, lors "
        "d'une attaque attribuée aux rebelles du M23. Le mouvement a toujours nié toute responsabilité.\n\n"
        "La coalition demande à la Cour pénale internationale d'ouvrir une enquête sur ces faits."
    ),
    "jeddah_talks": (
        "Djeddah, 4 novembre (AFP) – Des représentants de l'armée soudanaise et des Forces de soutien rapide "
        "sont arrivés mardi à Djeddah pour des discussions indirectes sous l'égide de l'Arabie saoudite et des "
        "États-Unis.\n\n"
        "Les médiateurs espèrent obtenir une trêve humanitaire de trois mois. Les précédentes tentatives ont "
        "échoué, chaque camp accusant l'autre de bombarder les zones civiles.\n\n"
        "Sur le terrain, les paramilitaires assiègent plusieurs villes du Kordofan, selon des témoins."
    ),
    "mali_parties_dissolved": (
        "Bamako, 4 novembre 2025 – La junte malienne a prolongé mardi la suspension des activités des partis "
        "politiques, dissous par décret au printemps.\n\n"
        "Plusieurs responsables politiques ont été interpellés ces derniers mois pour avoir critiqué la "
        "transition. Les organisations de défense des droits humains dénoncent un rétrécissement de l'espace "
        "civique.\n\n"
        "Le gouvernement justifie ces mesures par la lutte contre le terrorisme et la nécessité de préserver "
        "l'unité nationale."
    ),
    "monusco_withdrawal": (
        "Bukavu, 4 novembre – La MONUSCO a achevé mardi le transfert de sa dernière base du Sud-Kivu aux "
        "autorités congolaises, conformément au plan de désengagement.\n\n"
        "La société civile s'inquiète d'un vide sécuritaire dans une province où les groupes armés restent "
        "actifs et où les rebelles de l'AFC/M23 contrôlent Bukavu depuis février.\n\n"
        "La mission conserve sa présence dans l'Ituri et le Nord-Kivu."
    ),
    "desertion_verdict": (
        "Butembo, 4 novembre 2025 – La cour militaire opérationnelle a condamné mardi à mort onze soldats des "
        "FARDC reconnus coupables de fuite devant l'ennemi et de pillage lors de la chute de Kanyabayonga en "
        "décembre dernier.\n\n"
        "Trois autres prévenus ont été acquittés faute de preuves. La défense a dénoncé un procès expéditif.\n\n"
        "La peine de mort, rétablie en 2024, n'a pas été appliquée depuis plus de vingt ans en RDC."
    ),
    "kasai_cholera": (
        "Kananga, 4 novembre – Une épidémie de choléra a déjà fait 58 morts dans la province du Kasaï-Central "
        "depuis septembre, selon les autorités sanitaires provinciales.\n\n"
        "Le ministre provincial de la Santé a annoncé mardi une campagne de vaccination dans les zones de santé "
        "les plus touchées. Le manque d'eau potable favorise la propagation de la maladie.\n\n"
        "La province avait déjà connu une flambée similaire il y a deux ans."
    ),
    "haiti_un_sanctions": (
        "Port-au-Prince, 4 novembre (AFP) – Le comité des sanctions du Conseil de sécurité de l'ONU a ajouté "
        "mardi deux chefs de gangs haïtiens à sa liste noire, les accusant d'enlèvements, de meurtres et de "
        "violences sexuelles.\n\n"
        "Les deux hommes dirigent des gangs de la coalition Viv Ansanm, qui contrôle la majeure partie de la "
        "capitale. Leurs avoirs seront gelés.\n\n"
        "Selon l'ONU, plus de 1 200 personnes ont été tuées dans les violences des gangs au troisième trimestre."
    ),
    "burundi_election": (
        "Bujumbura, 4 novembre 2025 – La commission électorale a publié mardi les résultats des élections "
        "sénatoriales, remportées largement par le parti au pouvoir.\n\n"
        "L'opposition, qui avait boycotté le scrutin, dénonce une mascarade. Plusieurs de ses militants "
        "affirment avoir subi des intimidations de la part des Imbonerakure pendant la campagne.\n\n"
        "Le gouvernement rejette ces accusations."
    ),
}

ONE_EVENT = {
    "adf_attack_with_recap": (
        "Beni, 4 novembre (ACP) – Des rebelles ADF ont tué au moins neuf civils lundi soir dans le village de "
        "Kalunguta, dans le territoire de Beni, selon la société civile.\n\n"
        "Les assaillants ont surpris les habitants vers 20 heures. Plusieurs maisons ont été incendiées.\n\n"
        "Selon le baromètre sécuritaire du Kivu, plus de 300 civils ont été tués dans la région au cours du "
        "mois d'octobre."
    ),
    "drone_strike_sudan": (
        "Port-Soudan, 4 novembre (AFP) – Une attaque de drone attribuée aux Forces de soutien rapide a frappé "
        "mardi un dépôt de carburant à Port-Soudan, sans faire de victimes, selon l'armée.\n\n"
        "Un épais panache de fumée était visible au-dessus du port. Les paramilitaires n'ont pas revendiqué "
        "l'attaque.\n\n"
        "Les FSR ont intensifié depuis plusieurs mois leurs frappes de drones contre des infrastructures "
        "civiles dans les zones contrôlées par l'armée."
    ),
    "codeco_site_attack": (
        "Bunia, 4 novembre 2025 – Des miliciens de la CODECO ont attaqué dans la nuit de lundi à mardi un site "
        "de déplacés dans le territoire de Djugu, tuant six personnes, selon des sources humanitaires.\n\n"
        "Les assaillants ont également incendié une cinquantaine d'abris. Les survivants ont trouvé refuge "
        "près d'une base de la MONUSCO.\n\n"
        "La mission onusienne a condamné l'attaque et appelé à traduire les auteurs en justice."
    ),
    "goma_protest": (
        "Kinshasa, 4 novembre – Des centaines d'étudiants ont manifesté mardi devant le Parlement à Kinshasa "
        "pour dénoncer l'insécurité dans l'est du pays.\n\n"
        "Les manifestants brandissaient des pancartes hostiles au Rwanda et à la communauté internationale. "
        "La marche s'est déroulée dans le calme.\n\n"
        "Une délégation a été reçue par le président de l'Assemblée nationale."
    ),
}


# Dispatches whose false event this branch could not rid them of (the cause in the reason).
STILL_WRONG = {
    "us_treasury_sanctions_sudan": "\"drones utilisés lors des offensives des paramilitaires\": undated offensives "
                                   "that only describe the weapons are told as news",
    "parliament_question": "\"a demandé pourquoi les militaires n'interviennent pas lors des incursions\": the "
                           "parse joins the question's clause to the main verb, so the question does not govern it",
    "senate_debate_insecurity": "\"où des affrontements ... ont fait de nombreuses victimes ces dernières années\": "
                                "the parse cuts the relative clause from the verb that carries the period",
}


@pytest.mark.parametrize("name", still_wrong_marked(NO_EVENT, STILL_WRONG))
def test_a_dispatch_without_new_violence_reports_no_dated_event(pipeline, name):
    assert not _dated(_code(pipeline, NO_EVENT[name], published=PUBLISHED))


@pytest.mark.parametrize("name, event_type, sub_event_type, fatalities", [
    ("adf_attack_with_recap", "Violence against civilians", "Attack", 9),
    ("drone_strike_sudan", "Explosions/Remote violence", "Air/drone strike", None),
    ("codeco_site_attack", "Violence against civilians", "Attack", 6),
    ("goma_protest", "Protests", "Peaceful protest", None),
])
def test_a_dispatch_with_one_event_codes_only_that_event(pipeline, name, event_type, sub_event_type, fatalities):
    [e] = _dated(_code(pipeline, ONE_EVENT[name], published=PUBLISHED))
    assert e.event_type == event_type and e.sub_event_type == sub_event_type
    assert fatalities is None or e.fatalities == fatalities


@pytest.mark.parametrize("text", [
    "« Beaucoup racontent avoir vu des proches tués sur la route », a déclaré une porte-parole de l'agence.",
    "Le porte-parole a affirmé que des milliers de soldats étrangers participent aux combats.",
    "Le porte-parole a tenu une conférence de presse. Selon lui, les rebelles bombardent des villages du Masisi.",
    "Les personnes condamnées pour crimes de guerre, viol ou détournement de fonds en sont exclues.",
    "La cour a également retenu les charges de meurtre, de viol et de pillage.",
    "L'organisation a publié mardi un rapport accusant les Forces de soutien rapide (FSR) d'avoir commis des crimes "
    "contre l'humanité lors de la prise de Nyala.",
    "Le document décrit des exécutions sommaires, des violences sexuelles et des pillages à grande échelle.",
    "Quinze otages enlevés par des hommes armés le mois dernier ont été libérés.",
    "Les chercheurs estiment que des centaines de civils ont été tués dans les jours qui ont suivi la chute de la ville.",
    "Selon le jugement, l'accusé a ordonné entre 2019 et 2021 des attaques contre des villages.",
    "Au moins 600 civils ont été tués entre avril et septembre, selon le rapport.",
    "Au moins 312 civils ont été tués en octobre dans la province, selon le baromètre.",
    "Les ONG comptent 97 personnes kidnappées au cours du mois.",
    "Les deux camps s'engagent à respecter la trêve. Les combats n'ont jamais complètement cessé dans le Masisi.",
    "Le rapport est sans appel. Les enlèvements ont encore augmenté dans la région.",
    "Le rapport recense 146 incidents impliquant des groupes armés, dont 58 attaques attribuées aux rebelles.",
    "Le PAM a réduit les rations. Les pillages de stocks et les attaques contre les convois compliquent la distribution.",
    "Selon le Conseil, les personnes visées sont responsables d'exécutions sommaires et de déplacements forcés.",
    "Un quotidien consacre sa une aux attaques des rebelles dans le Lubero.",
    "Les régions de l'Est, les plus touchées par les attaques des groupes armés, sont dirigées par des militaires.",
    "La mission soutiendra la mise en œuvre du cessez-le-feu entre Kinshasa et les rebelles.",
    "Plus de 1 200 personnes ont été tuées dans les violences des gangs au troisième trimestre.",
    "Moscou a annoncé avoir récupéré le même nombre de soldats, capturés lors de l'incursion dans la région de Koursk.",
])
def test_claims_charges_descriptions_periods_and_tallies_are_no_dated_event(pipeline, text):
    assert not _dated(_code(pipeline, text, published=PUBLISHED))


@pytest.mark.parametrize("text, event_type", [
    ("Le porte-parole a affirmé que des combats opposent mardi l'armée aux rebelles à Kitchanga.", "Battles"),
    ("Trois otages enlevés lundi par des hommes armés ont été libérés mardi.", "Violence against civilians"),
    ("Des rebelles ont tué douze civils le 2 novembre à Beni.", "Violence against civilians"),
    ("Lundi, les rebelles ont lancé 6 attaques contre des positions de l'armée près de Kitchanga.", "Battles"),
    ("L'armée a présenté mardi trois rebelles capturés lors des combats de lundi à Kitchanga.", "Battles"),
])
def test_the_same_words_dated_stay_news(pipeline, text, event_type):
    assert [e.event_type for e in _dated(_code(pipeline, text, published=PUBLISHED))] == [event_type]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Tribune – Les ADF ont encore tué lundi des civils à Beni. Il est temps de changer de stratégie."),
    ("fr", "Éditorial : les rebelles bombardent les villages et le monde se tait."),
    ("en", "Opinion: Russian forces shelled Kharkiv again on Monday, and Europe must respond."),
])
def test_an_op_ed_tells_no_dated_event(pipeline, lang, text):
    assert not _dated(_code(pipeline, text, lang=lang, published=PUBLISHED))


def test_a_paper_named_like_an_op_ed_label_still_tells_news(pipeline):
    text = "Tribune de Genève : des rebelles ont tué lundi cinq civils à Beni."
    assert len(_dated(_code(pipeline, text, published=PUBLISHED))) == 1
