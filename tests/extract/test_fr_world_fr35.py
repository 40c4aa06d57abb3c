"""Invented French articles in the manner of BBC News Afrique and Wikinews (fr35, issue 13: French precision):
profiles ("Qui sont les ...", "Qui est ..."), explainers ("Ce que l'on sait de ...", "comprendre la crise"),
timelines, anniversaries, NGOs' reports with yearly tallies and trials for old massacres, on the Sahel, Nigeria,
Cameroon, Chad, Sudan, Ethiopia, Somalia, Mozambique, Libya, Guinea, Haiti, Afghanistan, Ukraine and DR Congo, and
a few news reports with long background. BBC Afrique's pages carry no publication date, so each of those is coded
twice, without one and with one; Wikinews' are coded with their dateline. A coder codes the news of the day once
and nothing of the background.
What they caught: without a publication date every act dated by the calendar was news ("En septembre 2024, un
commando a attaqué", "Avril 2014 : 276 lycéennes sont enlevées", "Le 28 septembre 2009, des militaires avaient
ouvert le feu", "en 2023"), a year alone was dropped as if it were the current one, and a weekday's news inherited
the last calendar date told before it; a profile's habit in the present ("Les Fano mènent des embuscades contre les
convois", "Leurs chefs rançonnent les villages ... et enlèvent des voyageurs") read as an ongoing event; "les
camions qui refusent de s'arrêter" read as an arrest; "l'explosion des violences sexuelles" read as a bomb. What
some still get wrong is marked with its cause."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import assert_each_event_once, code, news, still_wrong_marked

PUBLISHED = date(2025, 12, 3)  # a Wednesday: BBC Afrique's undated pages are also coded as if published that day

# name, publication day (None: BBC Afrique, no date known), text, the events a coder codes as news (ACLED type,
# "A|B" where either is right; sub-event type or None), the other types a coder may also code
ARTICLES = [
    ('qui_sont_jnim', None,
     "## Qui sont les jihadistes du JNIM qui étranglent l'économie malienne ?\n\n"
     "Le Jama'at Nusrat al-Islam wal-Muslimin (JNIM) est aujourd'hui la principale force armée non étatique du Sahel. Né en mars 2017 de la fusion de plusieurs mouvements liés à Al-Qaïda, il est dirigé par le Touareg Iyad Ag Ghaly, une figure des rébellions des années 1990.\n\n"
     "Le groupe s'est d'abord implanté dans le centre du Mali, où son allié Amadou Koufa recrute parmi les éleveurs peuls. En 2019 et 2020, ses combattants ont multiplié les assauts contre les camps militaires, tuant des centaines de soldats maliens et burkinabè.\n\n"
     "En septembre 2024, un commando du JNIM a frappé le cœur de Bamako, attaquant l'école de gendarmerie et l'aéroport militaire. Plus de soixante-dix personnes avaient été tuées selon des sources sécuritaires. En juillet 2025, ses hommes ont lancé des attaques simultanées contre sept localités de l'ouest du pays, près de la frontière sénégalaise.\n\n"
     "Depuis plusieurs mois, le groupe impose un blocus sur les importations de carburant, incendiant les camions-citernes qui refusent de s'arrêter. Les écoles ont fermé dans plusieurs régions, faute d'essence pour les transports.\n\n"
     "Pour les analystes, le JNIM ne cherche pas forcément à prendre la capitale, mais à asphyxier la junte et à négocier en position de force. « Ils veulent montrer qu'ils peuvent paralyser le pays sans tirer un coup de feu à Bamako », explique un chercheur.",
     [], []),
    ('ce_que_lon_sait_kidnapping_kebbi', None,
     "## Ce que l'on sait de l'enlèvement de lycéennes dans l'État de Kebbi\n\n"
     "Des hommes armés ont enlevé lundi matin au moins vingt-cinq élèves d'un internat de filles dans le nord-ouest du Nigeria, selon la police de l'État de Kebbi.\n\n"
     "Les assaillants sont arrivés à moto vers quatre heures du matin et ont échangé des tirs avec les policiers qui gardaient l'établissement. Un agent de sécurité a été tué et un autre blessé, selon un communiqué.\n\n"
     "Ce n'est pas la première fois que des écoles sont visées. En avril 2014, les jihadistes de Boko Haram avaient enlevé 276 lycéennes à Chibok, dans l'État de Borno, suscitant une indignation mondiale. En février 2018, plus de cent filles avaient été kidnappées à Dapchi. En 2021, des enlèvements de masse avaient touché des écoles de Kagara, Jangebe et Kaduna.\n\n"
     "Selon l'ONG Save the Children, plus de 1 600 élèves ont été enlevés au Nigeria depuis 2014. Les bandits, comme on les appelle localement, réclament généralement des rançons aux familles ou aux autorités.\n\n"
     "Le président a ordonné aux forces de sécurité de tout faire pour retrouver les jeunes filles. Des parents se sont rassemblés devant l'école, réclamant des nouvelles de leurs enfants.",
     [('Violence against civilians', 'Abduction/forced disappearance')], ['Battles']),
    ('boko_haram_chronologie', None,
     "## Boko Haram : quinze ans d'insurrection en dates\n\n"
     'Juillet 2009 : le fondateur du groupe, Mohammed Yusuf, est tué en détention après des affrontements à Maiduguri qui ont fait des centaines de morts.\n\n'
     'Août 2011 : un kamikaze fait exploser une voiture piégée contre le siège des Nations unies à Abuja, tuant vingt-trois personnes.\n\n'
     'Avril 2014 : 276 lycéennes sont enlevées dans leur internat de Chibok.\n\n'
     'Janvier 2015 : les insurgés attaquent la ville de Baga, sur les rives du lac Tchad. Amnesty International parle de centaines de morts.\n\n'
     "2016 : le groupe se divise ; une faction fidèle à l'organisation État islamique prend le nom d'ISWAP.\n\n"
     "Mai 2021 : le chef historique Abubakar Shekau meurt lors d'affrontements avec ISWAP dans la forêt de Sambisa.\n\n"
     "Aujourd'hui, les deux factions continuent de mener des attaques dans le nord-est du Nigeria et autour du lac Tchad. Le conflit a fait plus de 40 000 morts et deux millions de déplacés, selon l'ONU.",
     [], []),
    ('rapport_hrw_burkina', None,
     "## Burkina Faso : Human Rights Watch accuse l'armée d'avoir tué plus de deux cents civils\n\n"
     "Dans un rapport publié jeudi, l'organisation Human Rights Watch affirme que des soldats burkinabè et des supplétifs civils ont exécuté au moins 223 villageois, dont des dizaines d'enfants, dans deux villages du nord du pays au début de l'année.\n\n"
     "Selon les témoignages recueillis par l'ONG, les militaires sont arrivés en représailles après une attaque jihadiste contre un détachement de l'armée. Ils auraient rassemblé les habitants avant d'ouvrir le feu.\n\n"
     "L'organisation dit avoir documenté au total plus de 1 000 meurtres de civils par les forces de sécurité et les Volontaires pour la défense de la patrie (VDP) entre 2023 et 2025. Les groupes jihadistes sont eux aussi accusés de massacres : en août 2024, des dizaines d'habitants de Barsalogho avaient été tués alors qu'ils creusaient des tranchées.\n\n"
     "Le gouvernement n'a pas réagi au rapport. Par le passé, les autorités de transition avaient rejeté des accusations similaires, les qualifiant de « mensongères », et suspendu plusieurs médias étrangers qui les avaient relayées.\n\n"
     "Human Rights Watch appelle l'Union africaine et les Nations unies à ouvrir une enquête indépendante.",
     [], []),
    ('proces_massacre_stade_conakry', None,
     '## Guinée : le procès du massacre du 28 septembre reprend à Conakry\n\n'
     'Le procès des responsables présumés du massacre du stade de Conakry a repris lundi après plusieurs semaines de suspension.\n\n'
     "Le 28 septembre 2009, des militaires avaient ouvert le feu sur des dizaines de milliers d'opposants réunis dans le stade pour protester contre la candidature du chef de la junte, Moussa Dadis Camara. Au moins 157 personnes avaient été tuées et plus d'une centaine de femmes violées, selon une commission d'enquête de l'ONU.\n\n"
     "L'ancien chef de la junte et une dizaine d'anciens officiers sont jugés pour crimes contre l'humanité. En novembre 2023, un commando armé avait fait évader Moussa Dadis Camara de la prison centrale, avant qu'il ne soit repris quelques heures plus tard.\n\n"
     "Les familles des victimes, qui attendent justice depuis plus de quinze ans, se sont rassemblées devant le tribunal. « Nous voulons savoir où sont les corps de nos enfants », a déclaré la présidente d'une association de victimes.",
     [], []),
    ('anniversaire_chibok', None,
     '## Dix ans après Chibok, des dizaines de lycéennes toujours captives\n\n'
     'Il y a dix ans, dans la nuit du 14 au 15 avril 2014, des combattants de Boko Haram faisaient irruption dans le lycée public de Chibok, dans le nord-est du Nigeria. Ils emmenaient 276 jeunes filles qui dormaient dans leurs dortoirs.\n\n'
     "Une cinquantaine d'entre elles avaient réussi à s'échapper dans les heures qui ont suivi, en sautant des camions. D'autres ont été libérées en 2016 et 2017 après des négociations menées avec l'aide de la Suisse et de la Croix-Rouge. Selon Amnesty International, 82 d'entre elles seraient toujours aux mains des ravisseurs.\n\n"
     "Le mouvement « Bring Back Our Girls » continue de réclamer leur libération. Ses militants ont prévu d'organiser une veillée à Abuja à l'occasion de l'anniversaire.\n\n"
     'Depuis Chibok, les enlèvements se sont multipliés : plus de 1 500 élèves ont été kidnappés au Nigeria, le plus souvent par des gangs criminels qui réclament des rançons.',
     [], []),
    ('niger_tillia_attaque', None,
     '## Niger : au moins vingt soldats tués dans une attaque près de la frontière malienne\n\n'
     'Au moins vingt militaires nigériens ont été tués mardi dans une attaque contre leur position à Tillia, dans la région de Tahoua, a annoncé le ministère de la Défense dans un communiqué lu à la télévision publique.\n\n'
     "Selon le texte, « plusieurs centaines de terroristes » à moto ont attaqué le poste en début d'après-midi. L'armée affirme avoir « neutralisé » des dizaines d'assaillants et récupéré des armes.\n\n"
     "L'attaque n'a pas été revendiquée, mais la zone est un fief de l'État islamique au Sahel. En décembre 2019, le camp d'Inatès, non loin de là, avait été attaqué par ce groupe : 71 soldats avaient été tués. En janvier 2020, 89 militaires avaient péri à Chinégodar.\n\n"
     "Depuis le coup d'État de juillet 2023, le régime militaire du général Tiani a rompu avec la France et s'est rapproché de la Russie. Les attaques jihadistes n'ont pourtant pas diminué, selon l'ONG Acled, qui recense plus de 1 500 morts dans le pays depuis le putsch.",
     [('Battles', 'Armed clash')], []),
    ('tchad_boko_haram_lac', None,
     '## Tchad : le président promet de « traquer » Boko Haram après une attaque meurtrière sur une île du lac\n\n'
     "Le président tchadien a promis jeudi de « traquer les terroristes jusque dans leurs derniers retranchements » après l'assaut contre un camp de l'armée sur une île du lac Tchad, qui a coûté la vie à une quarantaine de soldats dans la nuit de dimanche à lundi.\n\n"
     "Selon l'état-major, les assaillants ont pris d'assaut la base de Barkaram peu avant minuit. Les combats ont duré plusieurs heures.\n\n"
     "Ce n'est pas la première fois que l'armée tchadienne subit de lourdes pertes dans la région. En mars 2020, près de cent soldats avaient été tués dans la presqu'île de Bohoma, la pire défaite de l'histoire de l'armée. Le président Idriss Déby Itno avait alors lancé une vaste opération de représailles. Il a été tué en avril 2021 lors de combats contre des rebelles dans le nord du pays.\n\n"
     "Le lac Tchad, partagé entre le Tchad, le Niger, le Nigeria et le Cameroun, sert de refuge aux factions de Boko Haram et d'ISWAP depuis une dizaine d'années. Les îles, difficiles d'accès, leur permettent de se cacher et de se ravitailler.",
     [('Battles', 'Armed clash')], []),
    ('soudan_el_fasher_ce_que_lon_sait', None,
     "## Soudan : ce que l'on sait de la chute d'El-Fasher\n\n"
     "Après dix-huit mois de siège, les Forces de soutien rapide (FSR) ont annoncé avoir pris le contrôle d'El-Fasher, la dernière grande ville du Darfour qui échappait à leur contrôle.\n\n"
     "Les paramilitaires affirment s'être emparés du quartier général de la 6e division de l'armée. L'armée a reconnu s'être retirée « vers des positions plus sûres » pour épargner les civils.\n\n"
     "Des vidéos diffusées sur les réseaux sociaux montrent des hommes en uniforme des FSR exécutant des civils. L'ONU se dit « profondément alarmée » par des informations faisant état de massacres.\n\n"
     "Ce n'est pas la première fois que les FSR sont accusées de tueries au Darfour. En juin 2023, des milliers de Masalit avaient été tués à El-Geneina selon l'ONU. En avril 2025, l'assaut sur le camp de déplacés de Zamzam avait fait des centaines de morts.\n\n"
     "La guerre entre l'armée du général Abdel Fattah al-Burhan et les FSR du général Mohamed Hamdan Daglo, dit Hemedti, a éclaté en avril 2023. Elle a provoqué la plus grave crise humanitaire au monde selon l'ONU.",
     [('Battles|Violence against civilians|Strategic developments', None)], ['Battles', 'Violence against civilians', 'Explosions/Remote violence']),
    ('ethiopie_fano_qui_sont', None,
     '## Qui sont les Fano, ces milices qui défient le pouvoir éthiopien en Amhara ?\n\n'
     "Les Fano sont des milices amhara d'autodéfense, sans commandement unifié. Elles ont combattu aux côtés de l'armée fédérale contre les rebelles tigréens pendant la guerre de 2020 à 2022.\n\n"
     "Mais l'accord de paix signé à Pretoria en novembre 2022 a changé la donne. Lorsque le gouvernement a annoncé en avril 2023 le désarmement des forces régionales, les Fano ont pris les armes contre l'armée. En août 2023, leurs combattants s'étaient brièvement emparés de Lalibela et de Gondar.\n\n"
     "L'armée a répondu par des frappes de drones. En août 2023, une frappe sur la place d'un marché de Finote Selam avait tué plus de vingt-cinq civils selon la Commission éthiopienne des droits de l'homme.\n\n"
     "Les combats se poursuivent dans les zones rurales de la région. Les Fano contrôlent de nombreuses routes et mènent des embuscades contre les convois militaires. Amnesty International accuse les deux camps d'exécutions extrajudiciaires.",
     [], []),
    ('mali_wagner_profil', None,
     "## Mali : qui sont les mercenaires russes qui combattent aux côtés de l'armée ?\n\n"
     "Arrivés fin 2021 à la demande de la junte, les paramilitaires russes du groupe Wagner ont été remplacés cette année par l'Africa Corps, placé sous le contrôle direct du ministère russe de la Défense.\n\n"
     "Leur présence a été marquée par de graves accusations. Selon un rapport de l'ONU, des soldats maliens et des combattants étrangers ont tué environ 500 personnes à Moura, dans le centre du pays, en mars 2022. Bamako a toujours nié tout massacre, affirmant avoir « neutralisé » des terroristes.\n\n"
     "En juillet 2024, les mercenaires ont subi leur plus lourde défaite près de Tinzaouatène, à la frontière algérienne : des dizaines d'entre eux avaient été tués dans une embuscade tendue par des rebelles touareg et des jihadistes.\n\n"
     "Les organisations de défense des droits humains accusent aussi ces forces d'exécutions sommaires de bergers peuls et de pillages de villages. Les autorités maliennes présentent au contraire la coopération avec Moscou comme la clé de la reconquête du territoire, citant la reprise de Kidal en novembre 2023.",
     [], []),
    ('burkina_djibo_blocus', None,
     '## Burkina Faso : à Djibo, la vie sous blocus jihadiste\n\n'
     'Depuis plus de deux ans, la ville de Djibo, dans le nord burkinabè, vit coupée du monde. Les jihadistes ont miné les routes et attaquent régulièrement les convois de ravitaillement.\n\n'
     "En septembre 2022, un convoi escorté par l'armée avait été pris pour cible près de Gaskindé : des dizaines de soldats et de civils avaient été tués. En mai 2023, plusieurs centaines d'assaillants avaient attaqué la ville elle-même, avant d'être repoussés.\n\n"
     "Aujourd'hui, la nourriture arrive par hélicoptère ou par des convois rares, sous haute protection. Les prix du mil et du riz ont triplé. « On mange une fois par jour », confie une mère de famille jointe par téléphone.\n\n"
     'Selon le Conseil norvégien pour les réfugiés, plus de deux millions de Burkinabè ont été déplacés par les violences, et une quarantaine de localités sont soumises à un blocus.',
     [], []),
    ('nigeria_plateau_rapport_amnesty', None,
     '## Nigeria : Amnesty dénombre plus de 10 000 morts dans les violences au centre du pays\n\n'
     "Plus de 10 000 personnes ont été tuées dans les États du Plateau et de Benue depuis 2023, selon un rapport d'Amnesty International publié mardi.\n\n"
     "L'ONG documente des dizaines d'attaques contre des villages d'agriculteurs, attribuées à des hommes armés souvent présentés comme des éleveurs peuls. À Noël 2023, des assaillants avaient tué près de 200 habitants dans une vingtaine de villages du district de Bokkos. En juin, une attaque nocturne contre le village de Yelwata avait fait plus de cent morts selon l'organisation.\n\n"
     "Amnesty reproche aux autorités leur inaction : « Les forces de sécurité arrivent toujours après les tueurs », écrit-elle. Les communautés d'éleveurs dénoncent de leur côté des vols de bétail et des meurtres de bergers en représailles.\n\n"
     'Le gouvernement fédéral a annoncé la création de nouvelles unités de police forestière pour sécuriser les zones rurales.',
     [], []),
    ('ukraine_boutcha_proces', None,
     '## Ukraine : un soldat russe jugé par contumace pour des meurtres de civils à Boutcha\n\n'
     "Un tribunal de Kiev a ouvert mercredi le procès par contumace d'un soldat russe accusé d'avoir tué quatre civils à Boutcha, au nord-ouest de la capitale, en mars 2022.\n\n"
     "Selon l'acte d'accusation, le militaire a abattu les quatre hommes, dont un adolescent, alors qu'ils tentaient de fuir la ville à vélo. Leurs corps avaient été retrouvés au bord d'une route après le retrait des troupes russes, début avril 2022.\n\n"
     "Les images des corps alignés dans les rues de Boutcha avaient fait le tour du monde. Plus de 400 civils avaient été tués dans la ville pendant l'occupation, selon les autorités ukrainiennes. Moscou a toujours nié toute implication, parlant de « mise en scène ».\n\n"
     "Le parquet ukrainien affirme avoir ouvert plus de 150 000 enquêtes pour crimes de guerre depuis le début de l'invasion à grande échelle, le 24 février 2022.",
     [], []),
    ('cameroun_anglophone_explication', None,
     '## Cameroun : comprendre la crise dans les régions anglophones\n\n'
     "La crise a commencé fin 2016 par des grèves d'avocats et d'enseignants qui dénonçaient la marginalisation des régions du Nord-Ouest et du Sud-Ouest. Les manifestations avaient été violemment réprimées.\n\n"
     "Le 1er octobre 2017, des séparatistes ont proclamé symboliquement l'indépendance de l'« Ambazonie ». Depuis, des groupes armés affrontent l'armée dans les campagnes. En octobre 2020, des hommes armés avaient attaqué une école de Kumba, tuant sept enfants.\n\n"
     "Selon l'International Crisis Group, plus de 6 000 personnes ont été tuées et 700 000 déplacées. Les séparatistes imposent régulièrement des journées « ville morte » et enlèvent des fonctionnaires et des enseignants.\n\n"
     "Le dialogue national organisé en 2019 n'a pas mis fin aux violences. Les Églises et la société civile plaident pour des négociations directes.",
     [], []),
    ('soudan_el_geneina_cpi', None,
     "## Soudan : la CPI réclame des mandats d'arrêt pour les massacres d'El-Geneina\n\n"
     "Le procureur de la Cour pénale internationale a annoncé lundi avoir demandé des mandats d'arrêt contre des responsables des Forces de soutien rapide pour les massacres commis à El-Geneina, au Darfour-Occidental, en 2023.\n\n"
     "Entre avril et novembre 2023, les paramilitaires et des milices arabes alliées avaient tué des milliers de membres de la communauté masalit, selon l'ONU. Le gouverneur de l'État avait été enlevé et tué en juin 2023, quelques heures après avoir accusé les FSR de génocide à la télévision.\n\n"
     "Des dizaines de milliers de survivants ont fui vers le Tchad voisin, où ils vivent dans des camps autour d'Adré. « Ils tuaient les hommes dans les rues et brûlaient les maisons », témoigne un réfugié.\n\n"
     "Les FSR rejettent toute responsabilité et parlent d'un conflit tribal.",
     [], []),
    ('libye_derna_anniversaire', None,
     '## Libye : un an après la catastrophe de Derna, les familles réclament des comptes\n\n'
     "Le 11 septembre 2023, deux barrages ont cédé sous les pluies de la tempête Daniel, libérant un torrent qui a emporté des quartiers entiers de Derna. Plus de 4 000 personnes sont mortes selon l'ONU, et des milliers restent portées disparues.\n\n"
     'Quelques jours plus tard, des habitants en colère avaient manifesté devant la mosquée al-Sahaba pour réclamer des comptes. Le lendemain, le domicile du maire avait été incendié.\n\n'
     'En juillet 2024, un tribunal a condamné douze responsables à des peines de prison pour négligence. Mais pour beaucoup de survivants, ce verdict ne suffit pas. « Les vrais responsables sont à Benghazi », lance un habitant.\n\n'
     "La ville reste partagée entre les deux gouvernements rivaux du pays, celui de Tripoli et celui de l'Est, dominé par le maréchal Khalifa Haftar.",
     [], []),
    ('afghanistan_taliban_femmes', None,
     "## Afghanistan : quatre ans après le retour des talibans, les femmes effacées de l'espace public\n\n"
     "Le 15 août 2021, les talibans entraient dans Kaboul sans rencontrer de résistance, après la fuite du président Ashraf Ghani. Dans les jours suivants, des milliers d'Afghans s'étaient précipités à l'aéroport pour tenter de fuir le pays.\n\n"
     "Le 26 août 2021, un attentat suicide revendiqué par l'État islamique au Khorassan avait tué plus de 170 Afghans et treize soldats américains aux portes de l'aéroport.\n\n"
     'Depuis, les interdictions se sont accumulées : fermeture des collèges et lycées aux filles en mars 2022, des universités en décembre 2022, des salons de beauté en 2023. Des femmes qui avaient manifesté à Kaboul pour réclamer le droit au travail ont été arrêtées et détenues pendant des semaines.\n\n'
     "Les talibans affirment respecter les droits des femmes « dans le cadre de la charia ». Aucun pays n'a reconnu leur gouvernement, à l'exception de la Russie.",
     [], []),
    ('niger_coup_chronologie', None,
     "## Niger : comment le coup d'État s'est déroulé\n\n"
     'Le 26 juillet 2023, des soldats de la garde présidentielle retiennent le président Mohamed Bazoum dans sa résidence de Niamey. Le soir même, des officiers annoncent à la télévision avoir renversé le régime.\n\n'
     "Le 30 juillet, des milliers de partisans de la junte manifestent devant l'ambassade de France, dont ils tentent d'incendier la porte. La Cédéao menace d'intervenir militairement.\n\n"
     "En septembre 2023, le président français annonce le retrait de l'ambassadeur et des 1 500 soldats stationnés au Niger. Les derniers militaires quittent le pays en décembre.\n\n"
     'Le général Abdourahamane Tiani a été investi président pour une transition de cinq ans. Mohamed Bazoum est toujours détenu avec son épouse.',
     [], []),
    ('ethiopie_tigre_rapport_onu', None,
     "## Éthiopie : l'ONU documente des crimes de guerre commis pendant le conflit au Tigré\n\n"
     "Des experts mandatés par les Nations unies accusent toutes les parties du conflit au Tigré d'avoir commis des crimes de guerre, dans un rapport présenté jeudi à Genève.\n\n"
     "Selon le document, les troupes érythréennes ont tué des centaines de civils à Aksoum en novembre 2020. Les forces tigréennes auraient exécuté des dizaines d'habitants de villages amhara lors de leur avancée en 2021. Des viols ont été commis à grande échelle par les différents belligérants.\n\n"
     "La guerre, qui a opposé de novembre 2020 à novembre 2022 l'armée fédérale et ses alliés au Front populaire de libération du Tigré (TPLF), aurait fait jusqu'à 600 000 morts selon certaines estimations.\n\n"
     'Le gouvernement éthiopien a rejeté le rapport, le jugeant « partial ».',
     [], []),
    ('mali_attaque_convoi_actualite', None,
     '## Mali : une embuscade contre un convoi militaire fait une quinzaine de morts dans la région de Ségou\n\n'
     'Une quinzaine de soldats maliens ont été tués samedi dans une embuscade tendue par des jihadistes contre un convoi militaire entre Niono et Diabaly, selon des sources sécuritaires.\n\n'
     "Le convoi a été attaqué à l'explosif puis à l'arme lourde, a précisé un élu local. Le JNIM a revendiqué l'attaque dans un message diffusé sur ses canaux de propagande.\n\n"
     "La région de Ségou est régulièrement le théâtre d'attaques. En janvier 2016, Diabaly avait déjà été occupée par des jihadistes avant d'être reprise par les soldats français de l'opération Serval. En 2023, une attaque contre le camp de Farabougou avait fait plusieurs morts.\n\n"
     "L'armée malienne, qui communique peu sur ses pertes, n'a pas confirmé le bilan.",
     [('Battles', 'Armed clash')], ['Explosions/Remote violence']),
    ('nigeria_zamfara_bandits_profil', None,
     '## Nigeria : qui sont les « bandits » qui terrorisent le nord-ouest ?\n\n'
     "Ils se déplacent à moto, par dizaines, armés de fusils d'assaut. Les « bandits » qui sévissent dans les États de Zamfara, Katsina, Sokoto et Niger sont des gangs criminels, issus pour beaucoup de communautés d'éleveurs.\n\n"
     'Leurs chefs, comme Bello Turji, rançonnent les villages, imposent des « taxes » aux agriculteurs et enlèvent des voyageurs sur les routes. En décembre 2020, ils avaient kidnappé plus de 300 collégiens à Kankara. En février 2021, 279 lycéennes avaient été enlevées à Jangebe.\n\n'
     'Selon le centre de recherche SBM Intelligence, plus de 7 500 personnes ont été enlevées au Nigeria entre juillet 2023 et juin 2024. Les rançons se comptent en millions de nairas.\n\n'
     "L'armée mène régulièrement des frappes aériennes contre leurs camps dans la forêt, mais celles-ci tuent parfois des civils.",
     [], []),
    ('soudan_port_soudan_drones', None,
     '## Soudan : des drones frappent Port-Soudan pour le troisième jour consécutif\n\n'
     'Des drones ont frappé mardi un dépôt de carburant et une base navale à Port-Soudan, siège provisoire du gouvernement soudanais, pour le troisième jour consécutif, selon des témoins.\n\n'
     "L'armée accuse les Forces de soutien rapide d'être à l'origine de ces attaques, qui ont provoqué d'importants incendies près du port. Aucune victime n'a été signalée.\n\n"
     "Port-Soudan, sur la mer Rouge, avait jusqu'ici été épargnée par la guerre. Le gouvernement et les agences de l'ONU s'y étaient installés après le début des combats à Khartoum en avril 2023.\n\n"
     'En avril, les FSR avaient déjà lancé des drones contre le barrage de Merowe et des centrales électriques, privant plusieurs régions de courant.',
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('burkina_ong_tallies', None,
     '## Burkina Faso : 2024, année la plus meurtrière selon un observatoire\n\n'
     "L'année 2024 a été la plus meurtrière de l'histoire récente du Burkina Faso, selon les données de l'ONG Acled publiées lundi.\n\n"
     "L'organisation a recensé plus de 9 000 morts, dont près de la moitié de civils, contre environ 8 000 en 2023. Les violences ont touché douze des treize régions du pays.\n\n"
     "Parmi les attaques les plus meurtrières figure celle de Barsalogho, en août 2024, où des centaines d'habitants avaient été tués par des jihadistes alors qu'ils creusaient une tranchée autour de la ville. En juin 2024, un assaut contre une base militaire à Mansila avait fait plus de cent morts parmi les soldats.\n\n"
     "Le gouvernement du capitaine Ibrahim Traoré conteste ces chiffres et affirme que l'armée a reconquis une grande partie du territoire.",
     [], []),
    ('tchad_manifestations_octobre_anniversaire', None,
     '## Tchad : deux ans après le « jeudi noir », les familles des victimes attendent toujours\n\n'
     "Le 20 octobre 2022, des centaines de jeunes étaient descendus dans les rues de N'Djamena et de plusieurs villes du sud pour protester contre la prolongation de la transition. Les forces de sécurité avaient tiré à balles réelles : une cinquantaine de personnes avaient été tuées selon le gouvernement, plus de 200 selon l'opposition.\n\n"
     "Des centaines de manifestants avaient été arrêtés et transférés à la prison de Koro Toro, dans le désert. Une loi d'amnistie votée en 2023 a mis fin aux poursuites.\n\n"
     "Dimanche, l'opposant Succès Masra a rendu hommage aux victimes lors d'une cérémonie au siège de son parti. « Nous n'oublierons pas », a-t-il déclaré devant quelques centaines de militants.",
     [], []),
    ('congo_m23_qui_sont', None,
     '## RDC : qui sont les rebelles du M23 ?\n\n'
     "Le Mouvement du 23 mars (M23) tire son nom d'un accord de paix signé le 23 mars 2009 entre Kinshasa et une ancienne rébellion tutsi congolaise, le CNDP.\n\n"
     "En novembre 2012, ses combattants s'étaient emparés de Goma avant de s'en retirer sous la pression internationale. Défait en 2013 par l'armée et une brigade de l'ONU, le groupe a repris les armes fin 2021.\n\n"
     "En janvier 2025, le M23, soutenu selon l'ONU par le Rwanda, a pris le contrôle de Goma, puis de Bukavu en février. Des milliers de personnes ont été tuées dans les combats.\n\n"
     "Kigali dément tout soutien et accuse Kinshasa de collaborer avec les FDLR, une milice fondée par d'anciens génocidaires hutu. Des négociations se poursuivent à Doha sous médiation qatarie.",
     [], []),
    ('ukraine_frappe_kiev_news', None,
     '## Ukraine : au moins huit morts dans une attaque de missiles russes sur Kiev\n\n'
     "Au moins huit personnes ont été tuées et une trentaine blessées dans la nuit de mercredi à jeudi lors d'une attaque massive de missiles et de drones russes sur Kiev, selon le maire de la capitale ukrainienne.\n\n"
     "Un immeuble d'habitation de neuf étages a été en partie détruit dans le quartier de Sviatochyn. Les secouristes recherchaient encore des survivants sous les décombres jeudi matin.\n\n"
     "Selon l'aviation ukrainienne, la Russie a lancé au total 40 missiles et près de 600 drones contre le pays. La défense antiaérienne affirme en avoir abattu la plupart.\n\n"
     "En juillet 2024, un missile russe avait frappé l'hôpital pour enfants Okhmatdyt, à Kiev, faisant deux morts. En avril 2025, une frappe sur un quartier résidentiel de Kryvyï Rih avait tué vingt personnes, dont neuf enfants.",
     [('Explosions/Remote violence', None)], ['Explosions/Remote violence']),
    ('somalie_shebab_profil', None,
     "## Somalie : les shebab, vingt ans d'insurrection\n\n"
     'Apparus au milieu des années 2000 comme la branche armée des Tribunaux islamiques, les shebab ont prêté allégeance à Al-Qaïda en 2012.\n\n'
     "Ils ont mené des attentats spectaculaires : en septembre 2013, le centre commercial Westgate de Nairobi avait été attaqué, faisant 67 morts. En octobre 2017, un camion piégé avait tué plus de 500 personnes à Mogadiscio, l'attentat le plus meurtrier de l'histoire du pays. En avril 2015, ils avaient massacré 148 étudiants à l'université de Garissa, au Kenya.\n\n"
     "Chassés de Mogadiscio en 2011 par les troupes de l'Union africaine, ils contrôlent toujours de vastes zones rurales du centre et du sud. Une offensive gouvernementale lancée en 2022 leur a fait perdre plusieurs localités, qu'ils ont en partie reprises depuis.",
     [], []),
    ('mozambique_cabo_delgado_explication', None,
     '## Mozambique : pourquoi le Cabo Delgado reste en proie aux violences\n\n'
     "Depuis octobre 2017, la province du Cabo Delgado, dans le nord du Mozambique, est le théâtre d'une insurrection menée par un groupe affilié à l'État islamique, appelé localement « Al-Shabab ».\n\n"
     "En mars 2021, les insurgés avaient pris la ville de Palma, tuant des dizaines de personnes, dont des employés étrangers, et poussant le groupe TotalEnergies à suspendre un projet gazier de 20 milliards de dollars. L'intervention de soldats rwandais, en juillet 2021, a permis de reprendre les principales villes.\n\n"
     "Les attaques ont pourtant repris ces derniers mois dans les districts de Macomia et de Muidumbe. Selon l'ONU, plus d'un million de personnes ont été déplacées depuis le début du conflit.",
     [], []),
    ('haiti_gangs_explication', None,
     "## Haïti : comprendre l'emprise des gangs sur Port-au-Prince\n\n"
     "Les gangs contrôlent aujourd'hui environ 90 % de la capitale haïtienne, selon l'ONU. Réunis depuis 2023 dans la coalition « Viv Ansanm », ils ont lancé en février 2024 des attaques coordonnées contre les prisons, libérant des milliers de détenus.\n\n"
     "L'assassinat du président Jovenel Moïse, tué chez lui le 7 juillet 2021 par un commando, avait plongé le pays dans une crise politique profonde. En octobre 2024, un gang avait tué plus de 115 personnes à Pont-Sondé, dans le centre du pays.\n\n"
     "Une mission multinationale dirigée par le Kenya est déployée depuis juin 2024, mais elle manque de moyens. Le Conseil de sécurité a approuvé la création d'une nouvelle force de répression des gangs.",
     [], []),
    ('wikinews_syrie_houla', date(2012, 6, 1),
     "## Syrie : l'ONU condamne le massacre de Houla\n\n"
     "Le Conseil de sécurité de l'ONU a condamné jeudi « dans les termes les plus forts » le massacre de Houla, dans la province de Homs, où 108 personnes, dont 49 enfants, ont été tuées le 25 mai 2012.\n\n"
     "Selon les observateurs de l'ONU, la plupart des victimes ont été exécutées à bout portant dans leurs maisons. Les autorités syriennes nient toute responsabilité et accusent des « groupes terroristes ».\n\n"
     "Plusieurs pays, dont la France, le Royaume-Uni et l'Australie, ont annoncé mardi l'expulsion des ambassadeurs syriens. Le soulèvement contre le régime de Bachar el-Assad, commencé en mars 2011, a fait plus de 10 000 morts selon l'OSDH, une ONG basée à Londres.\n\n"
     'Sources : AFP, Reuters.',
     [('Violence against civilians', 'Attack')], []),
    ('wikinews_mali_tombouctou', date(2012, 7, 3),
     '## Mali : des islamistes détruisent des mausolées à Tombouctou\n\n'
     'Des combattants du groupe islamiste Ansar Dine ont détruit samedi et dimanche plusieurs mausolées de saints musulmans à Tombouctou, dans le nord du Mali, selon des habitants joints par téléphone.\n\n'
     "Armés de pioches et de houes, les islamistes ont démoli au moins sept des seize mausolées de la ville, classée au patrimoine mondial de l'UNESCO. Ils ont également brisé l'entrée de la mosquée Sidi Yahia.\n\n"
     "Le nord du Mali est contrôlé depuis fin mars par des groupes armés, après l'offensive lancée en janvier par les rebelles touareg du MNLA et le coup d'État militaire du 22 mars à Bamako. Le 27 juin, Ansar Dine et le Mujao avaient chassé le MNLA de Gao après de violents combats.\n\n"
     'La Cour pénale internationale a qualifié ces destructions de possible crime de guerre.',
     [('Riots|Strategic developments', None)], ['Strategic developments', 'Riots', 'Battles']),
    ('wikinews_nigeria_eglises', date(2012, 6, 19),
     '## Nigeria : des attentats contre des églises font au moins vingt morts à Kaduna\n\n'
     "Au moins vingt personnes ont été tuées dimanche dans des attentats suicides contre trois églises de l'État de Kaduna, dans le nord du Nigeria, selon la Croix-Rouge. Les attaques ont été revendiquées lundi par la secte islamiste Boko Haram.\n\n"
     "Les explosions ont été suivies de violences entre chrétiens et musulmans qui ont fait des dizaines de morts supplémentaires. Les autorités ont décrété un couvre-feu de vingt-quatre heures dans l'État.\n\n"
     "Le jour de Noël 2011, un attentat contre une église de Madalla, près d'Abuja, avait fait 44 morts. Boko Haram a tué plus de mille personnes depuis 2009, selon Human Rights Watch.",
     [('Explosions/Remote violence', 'Suicide bomb')], ['Riots', 'Explosions/Remote violence']),
    ('wikinews_libye_elections', date(2012, 7, 9),
     '## Libye : premières élections libres depuis un demi-siècle\n\n'
     'Les Libyens ont voté samedi pour élire un Congrès général national de 200 membres, lors du premier scrutin libre depuis plus de quarante ans.\n\n'
     "Le vote s'est déroulé dans le calme dans la plupart des régions. Dans l'est du pays, des partisans du fédéralisme ont toutefois saccagé des bureaux de vote à Benghazi et à Ajdabiya, brûlant du matériel électoral. Vendredi, un employé de la commission électorale avait été tué lorsqu'un hélicoptère transportant des urnes avait été visé par des tirs près de Benghazi.\n\n"
     "Mouammar Kadhafi avait été capturé et tué le 20 octobre 2011 près de Syrte, après huit mois de soulèvement soutenu par l'OTAN.",
     [('Riots|Strategic developments', None), ('Violence against civilians|Battles', None)], ['Riots', 'Battles', 'Violence against civilians', 'Explosions/Remote violence']),
    ('bbc_ouganda_adf_profil', None,
     "## Qui sont les ADF, les rebelles accusés du massacre dans l'est congolais ?\n\n"
     "Les Forces démocratiques alliées (ADF) sont nées dans les années 1990 en Ouganda, de l'alliance de plusieurs groupes opposés au président Yoweri Museveni. Chassées par l'armée ougandaise, elles se sont installées dans les forêts du Nord-Kivu, en RDC.\n\n"
     "Depuis 2019, le groupe a prêté allégeance à l'organisation État islamique, qui revendique régulièrement ses attaques. Ses combattants tuent des civils à la machette et incendient des villages.\n\n"
     'En juin 2023, un commando des ADF avait attaqué un lycée de Mpondwe, en Ouganda, tuant 42 personnes, dont 37 élèves. En juillet 2025, une attaque contre une église catholique de Komanda, en Ituri, avait fait plus de 40 morts pendant une veillée de prière.\n\n'
     'Depuis fin 2021, les armées congolaise et ougandaise mènent des opérations conjointes contre le groupe, sans parvenir à le neutraliser.',
     [], []),
    ('bbc_burkina_coup_profil_traore', None,
     "## Qui est Ibrahim Traoré, le plus jeune chef d'État du monde ?\n\n"
     "Le capitaine Ibrahim Traoré avait 34 ans lorsqu'il a pris le pouvoir au Burkina Faso, le 30 septembre 2022, en renversant le lieutenant-colonel Paul-Henri Sandaogo Damiba, lui-même arrivé au pouvoir par un coup d'État huit mois plus tôt.\n\n"
     "Lors du putsch, des manifestants favorables au nouveau chef avaient attaqué l'ambassade de France à Ouagadougou et l'Institut français de Bobo-Dioulasso.\n\n"
     "Depuis, le capitaine a expulsé les soldats français, suspendu plusieurs médias étrangers et enrôlé des dizaines de milliers de civils dans les Volontaires pour la défense de la patrie. Ses partisans saluent un dirigeant souverainiste ; ses détracteurs dénoncent des disparitions forcées de journalistes et d'opposants, enrôlés de force dans l'armée.",
     [], []),
    ('bbc_soudan_sud_machar', None,
     '## Soudan du Sud : pourquoi le procès de Riek Machar inquiète\n\n'
     "Le premier vice-président Riek Machar comparaît depuis lundi devant un tribunal spécial de Juba, accusé de trahison, de meurtre et de crimes contre l'humanité.\n\n"
     "L'accusation lui reproche d'avoir soutenu l'attaque de la milice de l'Armée blanche contre une base militaire de Nasir, en mars 2025, au cours de laquelle un général et des dizaines de soldats avaient été tués. Ses partisans dénoncent un procès politique.\n\n"
     "Riek Machar et le président Salva Kiir se sont affrontés pendant la guerre civile de 2013 à 2018, qui a fait près de 400 000 morts. L'accord de paix de 2018 prévoyait des élections, plusieurs fois reportées.\n\n"
     "L'ONU craint que le procès ne rallume le conflit : des affrontements entre l'armée et des forces fidèles à l'opposant ont été signalés ces derniers mois dans plusieurs États.",
     [], []),
    ('bbc_cameroun_kolofata_news', None,
     "## Cameroun : une attaque de Boko Haram fait douze morts dans l'Extrême-Nord\n\n"
     "Douze civils ont été tués dans la nuit de samedi à dimanche lors d'une attaque attribuée à des jihadistes de Boko Haram contre un village proche de Kolofata, dans la région de l'Extrême-Nord du Cameroun, selon des sources locales.\n\n"
     'Les assaillants ont incendié des maisons et emporté du bétail avant de se replier vers la frontière nigériane. Les victimes, pour la plupart des paysans, ont été tuées par balles.\n\n'
     "En 2014 et 2015, la région avait été la cible de dizaines d'attentats suicides, souvent commis par des jeunes filles. En juillet 2015, un double attentat avait tué plus de trente personnes sur un marché de Maroua.\n\n"
     'Les attaques contre les villages se multiplient ces derniers mois, selon les autorités locales, qui réclament des renforts.',
     [('Violence against civilians', 'Attack')], ['Violence against civilians']),
    ('bbc_nigeria_proces_ex_chef', None,
     '## Nigeria : un ancien commandant de Boko Haram condamné à la prison à vie\n\n'
     "Un tribunal d'Abuja a condamné mercredi à la réclusion à perpétuité un ancien commandant de Boko Haram reconnu coupable d'avoir participé à l'enlèvement des lycéennes de Chibok en 2014.\n\n"
     "Selon le parquet, l'accusé avait dirigé l'un des groupes qui avaient fait irruption dans l'internat dans la nuit du 14 avril 2014. Il avait été capturé par l'armée en 2019 dans la forêt de Sambisa.\n\n"
     'Plusieurs centaines de membres présumés de Boko Haram ont été jugés ces dernières années lors de procès de masse, critiqués par les organisations de défense des droits humains pour leur manque de transparence.',
     [], []),
    ('bbc_mali_kidal_anniversaire', None,
     '## Mali : un an après la reprise de Kidal, la ville toujours sous tension\n\n'
     "Le 14 novembre 2023, l'armée malienne, appuyée par les paramilitaires russes, entrait dans Kidal, bastion des rebelles touareg depuis 2012. La junte célébrait alors une victoire symbolique.\n\n"
     "Un an plus tard, la ville reste largement vide. De nombreux habitants ont fui vers l'Algérie ou la Mauritanie. Les rebelles du Cadre stratégique permanent, retranchés dans les montagnes, mènent des attaques contre les convois de l'armée.\n\n"
     "En mai 2014, une visite du Premier ministre à Kidal avait tourné au drame : des combats entre l'armée et les rebelles avaient fait des dizaines de morts, dont des fonctionnaires exécutés au gouvernorat.",
     [], []),
    ('bbc_ethiopie_drone_news', None,
     '## Éthiopie : une frappe de drone tue des civils dans la région Amhara\n\n'
     "Au moins quinze personnes ont été tuées mardi par une frappe de drone sur un marché d'un village de la zone de Gojam-Est, dans la région Amhara, selon des habitants et un responsable local.\n\n"
     "« Le drone a frappé à l'heure où le marché était le plus fréquenté », a raconté un témoin. Les habitants accusent l'armée fédérale, qui combat les milices Fano dans la région.\n\n"
     "La Commission éthiopienne des droits de l'homme a recensé des dizaines de frappes de drones ayant tué des civils depuis août 2023. En janvier 2024, une frappe avait tué une trentaine de personnes dans la ville de Bure, selon l'organisation.\n\n"
     "Le gouvernement n'a pas commenté ces informations.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('bbc_rdc_viols_rapport_msf', None,
     "## RDC : MSF alerte sur l'explosion des violences sexuelles autour de Goma\n\n"
     "Médecins sans frontières a pris en charge plus de 17 000 victimes de violences sexuelles dans la province du Nord-Kivu en 2024, selon un rapport publié par l'ONG.\n\n"
     'La plupart des victimes ont été agressées dans les camps de déplacés autour de Goma ou en allant chercher du bois de chauffe. Les agresseurs sont souvent des hommes armés, selon les témoignages recueillis.\n\n'
     "En 2023, l'organisation avait déjà soigné plus de 25 000 victimes dans la province. « Ces chiffres ne sont que la partie visible », avertit la coordinatrice de MSF en RDC.\n\n"
     "Les camps ont été vidés après la prise de Goma par les rebelles du M23 en janvier 2025, mais les violences se poursuivent selon l'ONG.",
     [], []),
]

STILL_WRONG = {
    'qui_sont_jnim': 'the parse roots "Depuis plusieurs mois, le groupe impose un blocus ..., incendiant les camions" on '
                     '"groupe", so the period governs no verb and the burning is an ongoing event',
    'cameroun_anglophone_explication': 'the parse ends the sentence at « ville morte », so "et enlèvent des '
                                       'fonctionnaires" has no subject and the habit rule cannot see its doers',
    'bbc_ouganda_adf_profil': 'the model tags "tuent" as an adverb in "Ses combattants tuent des civils à la '
                              'machette", so the habit rule finds no verb',
    'rapport_hrw_burkina': 'a report\'s finding dated "au début de l\'année", which names no time, is read as news '
                           'of the report\'s day (and with no date as undated news)',
    'wikinews_nigeria_eglises': '"Le jour de Noël 2011" is no time mention, so the pluperfect recap takes the day of '
                                'the sentence before',
    'ce_que_lon_sait_kidnapping_kebbi': 'the news abduction and the exchange of fire with the guards are lost once '
                                        'the whole paragraph of older school abductions follows (each of its '
                                        'sentences alone leaves them; the same on the base)',
    'soudan_el_geneina_cpi': 'the day of the prosecutor\'s announcement ("a annoncé lundi") keeps "les massacres '
                             'commis ... en 2023" news: a participle\'s year is no period cue',
    'ukraine_frappe_kiev_news': 'with a publication date, "la défense antiaérienne affirme en avoir abattu la plupart" '
                                'is read as a killing: "en" stands for the missiles, which no word near the verb names',
}


@pytest.mark.parametrize("name", still_wrong_marked([a[0] for a in ARTICLES], STILL_WRONG))
def test_an_article_codes_its_news_once_and_no_background(pipeline, name):
    _, published, text, want, may = next(a for a in ARTICLES if a[0] == name)
    for day in [published] if published else [None, PUBLISHED]:
        events = [e for e in news(code(pipeline, text, published=day)) if e.event_type]
        assert_each_event_once(events, want, may)


def _news(pipeline, text, published=None):
    return [(e.event_type, e.event_date) for e in news(code(pipeline, text, published=published)) if e.event_type]


@pytest.mark.parametrize("text", [
    "## Qui sont les rebelles du Nord ?\n\nLe mouvement est né en 2012. En mars 2019, ses combattants ont attaqué une "
    "caserne de Gao, tuant douze soldats. Mai 2021 : des rebelles enlèvent trois ingénieurs chinois près de Kidal.",
    "## Une ville marquée par la guerre\n\nEn juin 2020, des hommes armés ont attaqué le marché de Mopti. Ils ont "
    "incendié une trentaine de boutiques.",
    "## Le procès s'ouvre à Conakry\n\nLe 12 janvier 2010, des soldats ont tué neuf manifestants devant le palais. "
    "Le procès des officiers s'est ouvert en mars 2024.",
    "## Le chef de l'armée limogé\n\nLe colonel avait pris le pouvoir le 4 mai 2021. Lors du coup, des soldats avaient "
    "arrêté le président et deux ministres.",
    "## Retour sur une année de violences\n\nLa milice a attaqué en 2022 un camp de déplacés de l'Ituri, tuant vingt "
    "civils.",
])
def test_an_undated_articles_calendar_past_is_background(pipeline, text):
    assert _news(pipeline, text) == []


def test_an_undated_articles_weekday_news_keeps_no_date_of_the_recap_before(pipeline):
    text = ("## Mali : une embuscade contre des soldats\n\nEn mars 2023, la région avait déjà connu une attaque "
            "meurtrière. Lundi, des jihadistes ont tendu une embuscade à une patrouille près de Douentza, tuant "
            "six soldats.")
    assert _news(pipeline, text) == [("Battles", None)]


def test_a_dated_day_near_the_articles_latest_stays_news_without_a_publication_date(pipeline):
    text = ("## Attaque contre un poste de police\n\nLe 3 mars 2024, des hommes armés ont attaqué un poste de police "
            "à Diffa, tuant quatre policiers.")
    assert [t for t, _ in _news(pipeline, text)] == ["Battles"]


@pytest.mark.parametrize("text", [
    "## Qui sont-ils ?\n\nLe groupe est né dans la forêt. Les Fano contrôlent de nombreuses routes et mènent des "
    "embuscades contre les convois militaires.",
    "## Qui sont-ils ?\n\nIls vivent dans la forêt. Leurs chefs rançonnent les villages, imposent des taxes aux "
    "paysans et enlèvent des voyageurs sur les routes.",
])
def test_a_profiles_habit_in_the_present_is_no_event(pipeline, text):
    assert _news(pipeline, text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "## Les rebelles enlèvent des voyageurs sur la route de Kidal\n\nLe car roulait vers Gao avec trente passagers.",
    "## Attaques dans le Nord\n\nLes rebelles enlèvent lundi des voyageurs sur la route de Kidal.",
])
def test_a_headline_or_a_day_keeps_an_act_in_the_present_news(pipeline, text):
    assert [t for t, _ in _news(pipeline, text, PUBLISHED)] == ["Violence against civilians"]


def test_a_vehicle_stopping_is_no_arrest(pipeline):
    text = "## Blocus\n\nLes camions-citernes qui refusent de s'arrêter aux barrages du groupe sont pris pour cible."
    assert "Strategic developments" not in [t for t, _ in _news(pipeline, text, PUBLISHED)]


def test_getting_oneself_arrested_is_still_an_arrest(pipeline):
    text = "## Kinshasa\n\nDeux opposants se sont fait arrêter mardi à Kinshasa par la police."
    assert [t for t, _ in _news(pipeline, text, PUBLISHED)] == ["Strategic developments"]


def test_a_surge_of_violence_is_no_explosion(pipeline):
    text = ("## Goma\n\nUne ONG alerte sur l'explosion des violences sexuelles dans les camps de déplacés autour "
            "de Goma.")
    assert "Explosions/Remote violence" not in [t for t, _ in _news(pipeline, text, PUBLISHED)]


def test_an_explosion_of_a_bomb_is_still_one(pipeline):
    text = "## Goma\n\nL'explosion d'une bombe a tué deux personnes mardi sur un marché de Goma."
    assert [t for t, _ in _news(pipeline, text, PUBLISHED)] == ["Explosions/Remote violence"]
