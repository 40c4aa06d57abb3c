"""Invented French articles on world conflicts (fr28), written as AFP, RFI, France 24, Le Monde, Jeune Afrique,
Radio Okapi and Actualité.cd write them: Sudan, Gaza and Lebanon, Ukraine, the Sahel, Haiti, Somalia, Nigeria,
Mozambique, Myanmar and eastern DR Congo, each a lead event with later paragraphs of background, reactions,
earlier tolls, plans, an updated toll and other events on other days and places. A coder codes only the news.
What they caught: a strike "la première ... depuis plusieurs mois" or "la plus meurtrière depuis 2024" read as
background (a ranking's period is no recap); the day a ranking's period counts from ("depuis l'entrée en
vigueur du cessez-le-feu le 10 octobre") dating the next sentence's strike; "ont décapité six civils" (the
parse tags the participle a noun) and "frappé une raffinerie" read as no event; the parser's cut around a
weekday ("a frappé lundi | soir une raffinerie", "ont attaqué | dimanche un détachement") losing the act's
day, target and place; "Ces attaques interviennent alors que des émissaires se sont réunis dimanche à
Genève" read as a new attack in Geneva; the day of a speech tag after the told clause (", ont annoncé mardi
des sources militaires") dating the act, which the next paragraph dates to Monday; an attack on "un
détachement militaire" read as one on civilians; "contre le projet de révision constitutionnelle" read as a
plan (still so, see its test); "une nuit sans combat" read as a battle once a ranking's period no longer made it
background; a headline placed at a province not joined to its lead at a town of that province, and its toll read
from "sur deux écoles fait 19 morts" as two; "Trois soldats ont également été tués dans la même période"
read as news; a toll raised in the next sentence ("Le bilan s'est alourdi dimanche à dix-huit morts") left at the
first figure. What some still get wrong is marked with its cause."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import assert_coded_as_a_coder_would, code, news, news_of, still_wrong_marked

# name, publication day, text, the events a coder codes as news (ACLED type, sub-event type), the types also allowed
ARTICLES = [
    ('soudan_babanusa', date(2025, 11, 18),
     "## Soudan : l'armée affirme avoir repoussé un assaut des FSR sur Babanusa\n\n"
     "KHARTOUM (AFP) - L'armée soudanaise a affirmé lundi avoir repoussé une nouvelle offensive des Forces de soutien rapide (FSR) contre Babanusa, dernière ville du Kordofan-Occidental encore sous son contrôle. Les combats ont duré plusieurs heures autour de la base de la 22e division d'infanterie, selon un officier joint par téléphone.\n\n"
     "« Nos forces ont infligé de lourdes pertes à la milice rebelle », a affirmé le porte-parole militaire dans un communiqué publié dans la soirée, sans donner de bilan. Les FSR ont de leur côté assuré sur Telegram contrôler « plusieurs quartiers » de la ville. Ces affirmations n'ont pas pu être vérifiées de source indépendante.\n\n"
     "La veille, une frappe de drone attribuée aux paramilitaires avait touché un marché d'El-Obeid, la capitale du Kordofan-Nord, tuant cinq civils, a indiqué un réseau de médecins soudanais. Plusieurs étals ont pris feu et une dizaine de blessés ont été transportés à l'hôpital.\n\n"
     "Depuis la prise d'El-Fasher par les FSR fin octobre, après un siège de dix-huit mois, les combats se sont déplacés vers le Kordofan, une vaste région qui sépare le Darfour de la capitale. Les Nations unies craignent que les exactions commises à El-Fasher, où des centaines de civils auraient été exécutés, ne se répètent dans d'autres villes.\n\n"
     "La guerre, qui a éclaté en avril 2023 entre le général Abdel Fattah al-Burhane et son ancien adjoint Mohamed Hamdane Daglo, a fait des dizaines de milliers de morts et près de douze millions de déplacés. Les tentatives de médiation du groupe dit du Quartet, qui réunit les Etats-Unis, l'Arabie saoudite, l'Egypte et les Emirats arabes unis, sont au point mort.\n\n"
     "Le chef des FSR a annoncé la semaine dernière une trêve humanitaire unilatérale de trois mois, que l'armée a jugée « sans valeur ». Un haut responsable onusien doit se rendre à Port-Soudan la semaine prochaine pour tenter de relancer les discussions.",
     [('Battles', 'Armed clash'), ('Explosions/Remote violence', 'Air/drone strike')], []),
    ('gaza_frappes_treve', date(2025, 11, 20),
     '## Gaza : au moins 25 morts dans des frappes israéliennes malgré la trêve\n\n'
     "Des frappes aériennes israéliennes ont tué au moins 25 personnes mercredi dans la ville de Gaza et à Khan Younès, a annoncé la Défense civile du territoire palestinien. Il s'agit de l'une des journées les plus meurtrières depuis l'entrée en vigueur du cessez-le-feu le 10 octobre.\n\n"
     "Selon le porte-parole de la Défense civile, une frappe a visé une maison du quartier de Zeitoun, dans l'est de la ville de Gaza, où dormaient plusieurs familles. Une autre a touché un véhicule à l'est de Khan Younès. Parmi les victimes figurent des femmes et des enfants.\n\n"
     "L'armée israélienne a dit avoir frappé des « cibles terroristes » du Hamas en réponse à des tirs visant ses soldats à Khan Younès. Le Hamas a démenti toute attaque et accusé Israël de chercher un prétexte pour saboter l'accord.\n\n"
     'Depuis le début de la trêve, plus de 300 Palestiniens ont été tués par des tirs ou des frappes israéliennes, selon le ministère de la Santé de Gaza. Trois soldats israéliens ont également été tués dans la même période.\n\n'
     "Au Liban voisin, une frappe de drone israélienne a tué mardi deux hommes dans une voiture près de Nabatiyé, dans le sud du pays. L'armée israélienne a affirmé qu'ils appartenaient au Hezbollah. Israël poursuit ses frappes presque quotidiennes au Liban malgré le cessez-le-feu conclu en novembre 2024.\n\n"
     "Le Conseil de sécurité de l'ONU a adopté lundi une résolution soutenant le plan américain pour Gaza, qui prévoit le déploiement d'une force internationale de stabilisation. Le Hamas a rejeté le texte, estimant qu'il place le territoire « sous tutelle ».",
     [('Explosions/Remote violence', 'Air/drone strike'), ('Explosions/Remote violence', 'Air/drone strike'), ('Explosions/Remote violence', 'Air/drone strike')], []),
    ('ukraine_dnipro', date(2025, 11, 25),
     '## Guerre en Ukraine : quatre morts à Dnipro, Kiev frappe une raffinerie russe\n\n'
     'Par France 24\n\n'
     "Une attaque russe de missiles et de drones a fait quatre morts et au moins vingt blessés dans la nuit de lundi à mardi à Dnipro, dans le centre-est de l'Ukraine, a annoncé le gouverneur régional. Un immeuble de neuf étages a été en partie détruit et des secouristes cherchaient encore des victimes sous les décombres mardi matin.\n\n"
     "L'aviation ukrainienne a indiqué que la Russie avait lancé au total 160 drones et six missiles balistiques sur le pays pendant la nuit. Cent trente drones ont été abattus ou neutralisés, selon la même source.\n\n"
     "De son côté, l'Ukraine a frappé lundi soir une raffinerie de la région de Krasnodar, dans le sud de la Russie, provoquant un important incendie, selon les autorités locales russes, qui n'ont pas fait état de victimes. L'état-major ukrainien a confirmé l'opération, affirmant viser les capacités de la Russie à financer sa guerre.\n\n"
     "Sur le front, Moscou a revendiqué la prise de deux villages dans la région de Zaporijjia. Kiev n'a pas confirmé. Les combats les plus durs se concentrent toujours autour de Pokrovsk, une ville clé de la région de Donetsk que Moscou tente d'encercler depuis l'an dernier.\n\n"
     "Ces attaques interviennent alors que des émissaires américains et ukrainiens se sont réunis dimanche à Genève pour discuter d'un plan de paix en 28 points présenté par Washington. « Nous avons fait des progrès », a déclaré le secrétaire d'Etat américain, sans entrer dans les détails. Le président Volodymyr Zelensky doit se rendre prochainement aux Etats-Unis.\n\n"
     "Depuis le début de l'invasion russe en février 2022, des dizaines de milliers de civils ont été tués ou blessés en Ukraine, selon l'ONU.",
     [('Explosions/Remote violence', None), ('Explosions/Remote violence', 'Air/drone strike')], ['Strategic developments']),
    ('burkina_djibo_dissolution', date(2025, 11, 12),
     "## Burkina Faso : des dizaines de soldats tués dans l'attaque d'un détachement près de Djibo\n\n"
     'Par Jeune Afrique\n\n'
     "Des combattants du Groupe de soutien à l'islam et aux musulmans (JNIM) ont attaqué dimanche un détachement militaire à Arbinda, dans la province du Soum, dans le Nord burkinabè. Selon des sources sécuritaires, au moins trente soldats et supplétifs civils, les Volontaires pour la défense de la patrie (VDP), ont été tués au cours de combats qui ont duré près de quatre heures.\n\n"
     "Le JNIM a revendiqué l'attaque lundi dans un message diffusé par son organe de propagande, affirmant s'être emparé d'armes et de véhicules. L'armée burkinabè, qui communique rarement sur ses pertes, n'a pas réagi. Le lendemain, des frappes aériennes ont visé des colonnes de jihadistes qui se repliaient vers la frontière malienne, selon une source sécuritaire.\n\n"
     "Cette attaque intervient quelques jours après la dissolution de la Commission électorale nationale indépendante par le conseil des ministres. Le capitaine Ibrahim Traoré, arrivé au pouvoir par un coup d'Etat en septembre 2022, a repoussé les élections à une date indéterminée et fait dissoudre tous les partis politiques au début de l'année.\n\n"
     "En mai dernier, une attaque de grande ampleur contre la ville de Djibo, chef-lieu du Soum, avait déjà fait des dizaines de morts parmi les militaires. Les organisations de défense des droits humains accusent par ailleurs l'armée et les VDP d'exactions contre les civils peuls.\n\n"
     "« Le pouvoir préfère parler de souveraineté plutôt que d'expliquer ses revers », confie un ancien député joint au téléphone, qui a requis l'anonymat par crainte de représailles. Plusieurs journalistes et militants critiques du régime ont été réquisitionnés de force pour aller combattre au front ces deux dernières années.\n\n"
     "Le gouvernement a annoncé mardi l'ouverture d'une enquête et promis de « traquer les terroristes jusque dans leurs derniers retranchements ».",
     [('Battles', 'Armed clash'), ('Explosions/Remote violence', 'Air/drone strike')], []),
    ('haiti_gangs_kenscoff', date(2025, 11, 10),
     "## Haïti : des gangs tuent une dizaine d'habitants dans la commune de Kenscoff\n\n"
     "PORT-AU-PRINCE (AFP) - Des membres de la coalition de gangs Viv Ansanm ont tué au moins onze habitants samedi lors d'une attaque contre des quartiers de Kenscoff, une commune des hauteurs de Port-au-Prince, ont indiqué dimanche les autorités locales. Des dizaines de maisons ont été incendiées et des centaines de familles ont fui vers Pétion-Ville.\n\n"
     "« Ils sont arrivés à l'aube, ils tiraient sur tout ce qui bougeait », a raconté un habitant qui a trouvé refuge dans une école. Le maire de la commune a appelé l'Etat à envoyer des renforts.\n\n"
     "Dimanche, la police nationale, appuyée par des agents d'une société militaire privée, a mené des frappes de drones contre des positions des gangs à Kenscoff, selon une source policière. Plusieurs membres de gangs ont été tués, selon la même source, qui n'a pas donné de bilan précis.\n\n"
     "Les gangs contrôlent environ 90 % de la capitale haïtienne et étendent leur emprise vers les départements voisins de l'Artibonite et du Centre. Selon l'ONU, plus de 4 000 personnes ont été tuées dans le pays entre janvier et juin.\n\n"
     "Le Conseil de sécurité a approuvé fin septembre la transformation de la mission kényane en une « force de répression des gangs » de 5 500 hommes, dont le déploiement n'a pas encore commencé. Le Conseil présidentiel de transition, dont le mandat expire le 7 février, peine à organiser des élections.\n\n"
     'Des habitants de Pétion-Ville ont manifesté lundi devant la mairie pour réclamer plus de sécurité.',
     [('Violence against civilians', 'Attack'), ('Explosions/Remote violence', 'Air/drone strike'), ('Protests', 'Peaceful protest')], []),
    ('somalie_mogadiscio', date(2025, 11, 6),
     '## Somalie : un attentat-suicide des shebab vise une base militaire à Mogadiscio\n\n'
     'Par RFI\n\n'
     "Au moins sept soldats somaliens ont été tués mercredi dans un attentat-suicide à la voiture piégée contre une base militaire du district de Dayniile, à Mogadiscio, selon un officier de l'armée. Les islamistes shebab, affiliés à al-Qaïda, ont revendiqué l'attaque.\n\n"
     "Le kamikaze a lancé son véhicule chargé d'explosifs contre la porte d'entrée du camp, avant que des assaillants armés ne tentent de pénétrer dans l'enceinte. Ils ont été tués par les soldats après une heure d'échanges de tirs, a précisé l'officier.\n\n"
     "Lundi, des frappes aériennes américaines ont visé des combattants du groupe Etat islamique dans les montagnes de Cal Miskaad, dans la région de Bari, au Puntland, a annoncé le commandement américain pour l'Afrique (Africom). Aucun bilan n'a été communiqué.\n\n"
     'Les shebab mènent depuis plus de quinze ans une insurrection contre le gouvernement fédéral. Après avoir été chassés de la capitale en 2011, ils ont repris cette année plusieurs localités de la région du Moyen-Shabelle, à moins de cent kilomètres de Mogadiscio.\n\n'
     "La mission de l'Union africaine, l'AUSSOM, manque de financements et plusieurs pays contributeurs de troupes menacent de retirer leurs soldats. Le président Hassan Cheikh Mohamoud a appelé mardi ses partenaires à « ne pas abandonner la Somalie ».\n\n"
     "Des élections au suffrage universel sont prévues l'an prochain, mais l'opposition rejette le calendrier proposé par le gouvernement.",
     [('Explosions/Remote violence', 'Suicide bomb'), ('Explosions/Remote violence', 'Air/drone strike')], []),
    ('nigeria_borno_iswap', date(2025, 11, 19),
     "## Nigeria : un général tué dans une embuscade de l'ISWAP dans l'Etat de Borno\n\n"
     "LAGOS (AFP) - Un général de brigade de l'armée nigériane a été tué lors d'une embuscade tendue par des jihadistes de l'Etat islamique en Afrique de l'Ouest (ISWAP) dans l'Etat de Borno, dans le nord-est du Nigeria, ont annoncé mardi des sources militaires.\n\n"
     "L'officier rentrait lundi vers sa base de Damboa avec une escorte lorsque le convoi a été attaqué par des dizaines de combattants armés de mitrailleuses et de lance-roquettes. Quatre soldats ont également péri dans les affrontements, selon un officier qui a requis l'anonymat.\n\n"
     "Le lendemain, des combattants présumés de Boko Haram ont tué six agriculteurs qui travaillaient dans leurs champs près de Konduga, a indiqué un responsable d'une milice d'autodéfense.\n\n"
     "L'insurrection jihadiste, déclenchée en 2009 par Boko Haram, a fait plus de 40 000 morts et environ deux millions de déplacés dans le nord-est du pays, selon l'ONU. L'ISWAP, issu d'une scission de Boko Haram en 2016, est devenu le groupe le plus puissant de la région du lac Tchad.\n\n"
     'Dans le nord-ouest, ce sont des bandes criminelles, appelées localement « bandits », qui terrorisent les villages, pillent le bétail et enlèvent des habitants contre rançon.\n\n'
     "Le président Bola Tinubu a promis de « renforcer les moyens de l'armée ». Le Nigeria est aussi sous la pression des Etats-Unis : le président américain a menacé début novembre d'intervenir militairement si les violences contre les chrétiens ne cessaient pas, des accusations qu'Abuja rejette.",
     [('Battles', 'Armed clash'), ('Violence against civilians', 'Attack')], []),
    ('mozambique_cabo', date(2025, 10, 2),
     '## Mozambique : six civils décapités par des insurgés dans le Cabo Delgado\n\n'
     'Par RFI\n\n'
     "Des insurgés liés au groupe Etat islamique ont décapité six civils lundi dans un village du district d'Ancuabe, dans la province du Cabo Delgado, dans le nord du Mozambique, selon des habitants et une source policière. Les victimes, des paysans, ont été surprises dans leurs champs.\n\n"
     "Les assaillants ont ensuite incendié une vingtaine de cases avant de se retirer dans la brousse. Des centaines d'habitants ont fui vers Pemba, le chef-lieu de la province.\n\n"
     "Mardi, les forces rwandaises déployées dans la province ont affronté un groupe d'insurgés près de Mocimboa da Praia, a indiqué une source militaire mozambicaine. Trois insurgés ont été tués.\n\n"
     "L'insurrection, qui a débuté en octobre 2017, a fait plus de 6 000 morts selon l'ONG Acled et près d'un million de déplacés. En 2021, l'attaque de la ville de Palma avait poussé le groupe français TotalEnergies à suspendre son projet gazier de 20 milliards de dollars.\n\n"
     "Le géant pétrolier a annoncé en octobre son intention de relancer les travaux. « La sécurité s'est nettement améliorée », a assuré son PDG. Des ONG locales contestent ce diagnostic et dénoncent la multiplication des attaques dans les districts du sud de la province.\n\n"
     'Le président Daniel Chapo doit se rendre la semaine prochaine à Kigali pour discuter du financement de la présence militaire rwandaise.',
     [('Violence against civilians', 'Attack'), ('Battles', 'Armed clash')], []),
    ('myanmar_sagaing', date(2025, 10, 8),
     "## Birmanie : une frappe de la junte fait au moins 24 morts lors d'une fête religieuse\n\n"
     'Par Le Monde avec AFP\n\n'
     "Au moins 24 personnes, dont des enfants, ont été tuées lundi soir lorsqu'un parapente motorisé de l'armée birmane a largué des bombes sur une foule rassemblée pour une fête bouddhiste dans le canton de Chaung-U, dans la région de Sagaing, selon un responsable de la résistance locale.\n\n"
     "Une cinquantaine de personnes s'étaient réunies pour célébrer la pleine lune et protester contre la junte, a-t-il précisé. Les secouristes ont évacué une quarantaine de blessés vers des cliniques de fortune.\n\n"
     "La junte, qui a pris le pouvoir lors d'un coup d'Etat en février 2021, n'a pas commenté. Elle est accusée par les Nations unies de bombarder régulièrement des écoles, des hôpitaux et des monastères dans les zones tenues par les groupes armés qui la combattent.\n\n"
     "Mardi, des combattants de l'Armée de l'indépendance kachin ont attaqué un poste militaire près de Bhamo, dans l'Etat Kachin, selon un média local. Les combats se poursuivaient mercredi.\n\n"
     "Le régime organise le 28 décembre des élections législatives que l'opposition et de nombreux pays occidentaux qualifient de « mascarade ». La guerre civile a coûté la vie à des milliers de personnes et jeté sur les routes plus de trois millions de déplacés depuis le putsch.",
     [('Explosions/Remote violence', 'Air/drone strike'), ('Battles', 'Armed clash')], []),
    ('rdc_masisi_wazalendo', date(2025, 11, 14),
     "## Nord-Kivu : affrontements entre l'AFC/M23 et les Wazalendo à Masisi, au moins 9 morts\n\n"
     'ven 14/11/2025 - 09:15\n\n'
     "De violents affrontements ont opposé jeudi les combattants de l'AFC/M23 aux miliciens Wazalendo dans le village de Nyabiondo, en territoire de Masisi, au Nord-Kivu. Au moins neuf personnes, dont quatre civils, ont été tuées, selon un bilan provisoire de la société civile locale.\n\n"
     "Le bilan s'est alourdi vendredi matin à douze morts après la découverte de trois corps dans une bananeraie, a précisé le responsable de la société civile du groupement. Les combats ont poussé des milliers d'habitants à fuir vers Kashebere.\n\n"
     'Mercredi, des rebelles ADF avaient attaqué le village de Mabuo, en territoire de Lubero, tuant huit civils à la machette, ont rapporté des habitants. Les assaillants ont emporté des chèvres et incendié plusieurs maisons avant de prendre la fuite.\n\n'
     "Ces violences surviennent alors que les pourparlers entre Kinshasa et l'AFC/M23 se poursuivent à Doha. Les deux parties ont signé samedi dernier un accord-cadre qui prévoit un cessez-le-feu permanent. « Le M23 n'a jamais respecté sa parole », a réagi un député provincial élu de Masisi.\n\n"
     "Depuis janvier, la rébellion soutenue par le Rwanda contrôle Goma et Bukavu. Les Wazalendo, des groupes d'autodéfense alliés à l'armée congolaise, lui disputent le contrôle des campagnes. En juillet, des combats dans le même secteur avaient déjà fait une trentaine de morts.\n\n"
     'La MONUSCO a exhorté les deux camps à cesser les combats et à épargner les civils.',
     [('Battles', 'Armed clash'), ('Violence against civilians', 'Attack')], ['Strategic developments']),
    ('ituri_codeco_mine', date(2025, 11, 3),
     '## Ituri : huit orpailleurs tués dans une attaque de la CODECO à Djugu\n\n'
     'lun 03/11/2025 - 12:40\n\n'
     'Des miliciens de la Coopérative pour le développement du Congo (CODECO) ont tué huit orpailleurs samedi sur un site minier de Lopa, en territoire de Djugu, en Ituri. Les assaillants ont fait irruption sur le site vers 5 heures du matin, armés de fusils et de machettes, selon le chef de secteur.\n\n'
     "Dimanche, les Forces armées de la RDC (FARDC) ont poursuivi les miliciens dans la forêt voisine. Deux assaillants ont été tués et une arme a été récupérée lors des accrochages, a indiqué le porte-parole militaire en Ituri.\n\n"
     'Le chef de secteur dénonce la lenteur des secours. « Les militaires sont arrivés trois heures après le départ des assaillants », déplore-t-il.\n\n'
     'La CODECO, une milice se réclamant de la communauté lendu, est accusée de nombreux massacres dans le territoire de Djugu depuis 2017. En février 2022, ses combattants avaient tué plus de soixante déplacés sur le site de Plaine Savo. Les attaques contre les sites miniers se sont multipliées ces derniers mois.\n\n'
     "La société civile de Djugu demande le déploiement de militaires supplémentaires autour des sites d'exploitation artisanale de l'or. Le gouverneur militaire de l'Ituri est attendu mardi à Lopa.",
     [('Violence against civilians', 'Attack'), ('Battles', 'Armed clash')], []),
    ('liban_dahiye', date(2025, 11, 24),
     '## Liban : Israël tue le chef militaire du Hezbollah dans une frappe sur la banlieue sud de Beyrouth\n\n'
     "BEYROUTH (AFP) - L'armée israélienne a annoncé dimanche avoir tué le chef d'état-major du Hezbollah dans une frappe sur la banlieue sud de Beyrouth, la première sur ce bastion du mouvement depuis plusieurs mois. Le ministère libanais de la Santé a fait état de cinq morts et de 28 blessés.\n\n"
     "La frappe a visé un appartement au troisième étage d'un immeuble du quartier de Haret Hreik. Des images diffusées par les médias locaux montrent des façades éventrées et des voitures calcinées.\n\n"
     "Le Hezbollah a confirmé la mort de son commandant, qu'il a qualifié de « martyr », sans dire s'il allait riposter. Le président libanais Joseph Aoun a dénoncé une « violation flagrante » du cessez-le-feu et appelé la communauté internationale à intervenir.\n\n"
     "Le cessez-le-feu entré en vigueur le 27 novembre 2024 a mis fin à plus d'un an d'hostilités entre Israël et le Hezbollah, dont deux mois de guerre ouverte. Israël continue néanmoins de mener des frappes régulières au Liban, affirmant viser des tentatives de réarmement du mouvement.\n\n"
     "La semaine dernière, une frappe israélienne sur le camp de réfugiés palestiniens d'Aïn el-Héloué, près de Saïda, avait fait treize morts, selon les autorités libanaises.\n\n"
     "Le gouvernement libanais a adopté en août un plan visant à désarmer le Hezbollah d'ici la fin de l'année. Le mouvement chiite refuse de rendre ses armes tant qu'Israël occupera cinq positions dans le sud du pays.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('niger_tillaberi', date(2025, 11, 7),
     "## Niger : dix soldats tués dans une attaque de l'EI au Sahel dans la région de Tillabéri\n\n"
     "NIAMEY (AFP) - Dix soldats nigériens ont été tués jeudi dans une attaque menée par des combattants de l'Etat islamique au Sahel contre une position de l'armée près de Tera, dans la région de Tillabéri, a annoncé le ministère de la Défense.\n\n"
     'Dans un communiqué lu à la télévision publique, le ministère affirme que « plusieurs dizaines de terroristes » ont été « neutralisés » lors de la riposte, appuyée par des moyens aériens. Un bilan impossible à vérifier de source indépendante.\n\n'
     "Cette attaque intervient au lendemain de la libération de plusieurs anciens ministres du président renversé Mohamed Bazoum, décidée par le général Abdourahamane Tiani à l'occasion de la fête du Mouloud. M. Bazoum lui-même reste détenu à Niamey depuis le coup d'Etat du 26 juillet 2023.\n\n"
     "La région de Tillabéri, frontalière du Mali et du Burkina Faso, est la plus touchée par les violences jihadistes. En mars, une attaque contre une mosquée du village de Fambita avait fait 44 morts parmi les fidèles, l'une des plus meurtrières de ces dernières années.\n\n"
     "Depuis le départ des forces françaises et américaines, le Niger s'appuie sur l'Africa Corps russe et sur ses partenaires de l'Alliance des Etats du Sahel. Les trois juntes ont annoncé la création d'une force unifiée de 5 000 hommes, qui doit être opérationnelle d'ici la fin de l'année.",
     [('Battles', 'Armed clash')], []),
    ('rdc_politique_revision', date(2025, 11, 13),
     "## RDC : l'opposition dénonce le projet de révision de la Constitution\n\n"
     'jeu 13/11/2025 - 16:20\n\n'
     "Les principaux partis de l'opposition congolaise ont rejeté mercredi à Kinshasa le projet de révision constitutionnelle porté par la majorité présidentielle. Dans une déclaration commune lue au siège d'Ensemble pour la République, ils accusent le pouvoir de vouloir « s'éterniser » à la tête du pays.\n\n"
     "« Au moment où l'Est est occupé par une armée étrangère et que des milliers de Congolais meurent, le régime ne pense qu'à modifier la loi fondamentale », a déclaré le porte-parole de la plateforme. Les opposants appellent la population à se tenir prête à manifester.\n\n"
     "Le secrétaire général du parti présidentiel a répondu dans la soirée que la Constitution de 2006 avait été « rédigée par des étrangers » et qu'elle ne correspondait plus aux réalités du pays. Une commission doit être installée d'ici décembre pour proposer un texte.\n\n"
     "En janvier 2015, des manifestations contre une modification de la loi électorale avaient été réprimées dans le sang à Kinshasa, faisant plusieurs dizaines de morts selon les ONG. L'Eglise catholique, qui avait mené la contestation contre le régime de Joseph Kabila en 2017 et 2018, a mis en garde contre « un nouveau glissement ».\n\n"
     "Le débat intervient alors que l'AFC/M23 contrôle toujours de larges pans du Nord-Kivu et du Sud-Kivu. Le président a promis que la révision se ferait « dans le respect du peuple » et que la question serait soumise à référendum.",
     [], []),
    ('mali_africa_corps', date(2025, 11, 21),
     "## Mali : l'armée et l'Africa Corps accusés d'avoir tué des civils près de Diafarabé\n\n"
     'Par RFI\n\n'
     "Des soldats maliens et des combattants de l'Africa Corps russe ont tué au moins quinze civils mercredi lors d'une opération dans un hameau peul proche de Diafarabé, dans la région de Mopti, selon des habitants et un élu local. Les victimes, des bergers et des commerçants, auraient été arrêtées au marché puis exécutées en dehors du village.\n\n"
     "L'armée malienne n'a pas réagi. Dans un communiqué publié jeudi, l'état-major affirme seulement avoir « neutralisé une dizaine de terroristes » dans le secteur au cours d'une opération de sécurisation.\n\n"
     "Le même jour, des jihadistes du JNIM ont incendié deux camions-citernes sur la route reliant Ségou à San, selon une source sécuritaire. Aucune victime n'a été signalée.\n\n"
     "Depuis le départ de la mission des Nations unies fin 2023, les organisations de défense des droits humains ont documenté de nombreux massacres de civils imputés à l'armée et à ses alliés russes. En mars 2022, plusieurs centaines de personnes avaient été tuées à Moura, selon un rapport de l'ONU que Bamako a rejeté.\n\n"
     "Les autorités de transition, dirigées par le général Assimi Goïta, ont dissous les partis politiques en mai et prolongé le mandat du chef de la junte jusqu'en 2030. « Les civils sont pris entre deux feux », résume un chercheur malien qui souhaite garder l'anonymat.",
     [('Violence against civilians', 'Attack'), ('Strategic developments', 'Looting/property destruction')], []),
    ('soudan_el_fasher_fuite', date(2025, 11, 4),
     '## Soudan : des milliers de civils fuient vers Tawila, les FSR accusées de nouvelles exactions\n\n'
     'Par France 24 avec AFP\n\n'
     "Des combattants des Forces de soutien rapide ont tué au moins 40 personnes lundi dans une attaque contre le village d'Um Kadada, à l'est d'El-Fasher, a affirmé mardi le réseau des médecins du Soudan. Selon cette organisation, les paramilitaires ont ouvert le feu sur des familles qui tentaient de fuir vers le nord.\n\n"
     "Le bilan pourrait s'alourdir, de nombreux blessés n'ayant pas pu être soignés. Les FSR, qui se sont emparées d'El-Fasher le 26 octobre, n'ont pas commenté ces accusations.\n\n"
     "A Tawila, à une soixantaine de kilomètres à l'ouest, les humanitaires disent avoir accueilli plus de 10 000 nouveaux arrivants en une semaine. « Ils racontent des exécutions, des viols, des enlèvements », rapporte une responsable de Médecins sans frontières.\n\n"
     "Dimanche, l'armée soudanaise a bombardé des positions des FSR à Bara, dans le Kordofan-Nord, tuant plusieurs combattants, selon une source militaire. Les paramilitaires avaient repris la ville la semaine dernière.\n\n"
     "Le chef de l'armée, le général Abdel Fattah al-Burhane, a promis de « venger » les victimes d'El-Fasher et rejeté toute négociation avec les FSR. Le Conseil de sécurité de l'ONU doit se réunir jeudi pour examiner la situation au Darfour.",
     [('Violence against civilians', 'Attack'), ('Explosions/Remote violence', None)], []),
    ('ukraine_front_zaporijjia', date(2025, 11, 27),
     '## Ukraine : deux morts dans une frappe de drone sur un bus à Kherson\n\n'
     "KIEV (AFP) - Deux personnes ont été tuées et huit blessées jeudi matin lorsqu'un drone russe a frappé un bus de ville à Kherson, dans le sud de l'Ukraine, a annoncé le chef de l'administration militaire régionale.\n\n"
     "La ville, reprise par l'armée ukrainienne en novembre 2022, est quasi quotidiennement visée par des tirs d'artillerie et des drones depuis la rive gauche du Dniepr, contrôlée par les forces russes. Les habitants parlent d'un « safari humain ».\n\n"
     'Dans la nuit de mercredi à jeudi, des drones ukrainiens ont par ailleurs visé la ville russe de Novorossiisk, sur la mer Noire, endommageant un terminal pétrolier, selon les autorités locales. Trois personnes ont été blessées.\n\n'
     "Sur le front de Zaporijjia, l'armée ukrainienne a reconnu mercredi s'être retirée de deux villages face à la pression des troupes russes. « Nos soldats se sont repliés sur des positions plus avantageuses », a indiqué un porte-parole militaire.\n\n"
     "Le président Zelensky a prévenu qu'il n'accepterait aucun accord impliquant de céder des territoires. Des négociateurs américains doivent se rendre à Moscou la semaine prochaine.",
     [('Explosions/Remote violence', 'Air/drone strike'), ('Explosions/Remote violence', 'Air/drone strike'), ('Strategic developments', None)], []),
    ('somalie_shebab_moyen_shabelle', date(2025, 10, 16),
     "## Somalie : l'armée reprend une localité aux shebab dans le Moyen-Shabelle\n\n"
     "MOGADISCIO (AFP) - L'armée somalienne, appuyée par des milices claniques, a repris mercredi la localité de Mahaday aux islamistes shebab, après des combats qui ont fait au moins douze morts, a déclaré un commandant militaire.\n\n"
     '« Nous avons chassé les terroristes de la ville et nous les poursuivons », a affirmé le commandant à la radio publique. Un habitant joint par téléphone a fait état de corps de combattants dans les rues.\n\n'
     "Les shebab avaient pris le contrôle de Mahaday en avril, lors d'une offensive qui leur avait permis de s'approcher à moins de cent kilomètres de la capitale.\n\n"
     "Mardi, une bombe artisanale a explosé au passage d'un véhicule militaire près d'Afgooye, tuant trois soldats, selon une source policière. L'attaque a été revendiquée par les shebab.\n\n"
     "Le gouvernement fédéral promet depuis des mois une « guerre totale » contre le mouvement, mais peine à tenir le terrain reconquis. Les forces de l'Union africaine doivent commencer à réduire leurs effectifs l'an prochain.",
     [('Battles', 'Government regains territory'), ('Explosions/Remote violence', 'Remote explosive/landmine/IED')], []),
    ('rdc_manifestation_kinshasa', date(2025, 11, 18),
     "## Kinshasa : la police disperse une marche de l'opposition, plusieurs blessés\n\n"
     'mar 18/11/2025 - 15:30\n\n'
     "La police a dispersé lundi à coups de gaz lacrymogènes une marche de l'opposition contre le projet de révision constitutionnelle à Kinshasa. Plusieurs manifestants ont été blessés et une vingtaine interpellés, selon les organisateurs.\n\n"
     "Les militants s'étaient rassemblés dès 8 heures devant la paroisse Saint-Joseph de Matonge avant de tenter de rejoindre le Palais du peuple. Des jeunes ont ensuite incendié des pneus sur le boulevard Lumumba et lancé des pierres sur les policiers.\n\n"
     "« Nous ne nous laisserons pas intimider », a déclaré un cadre de l'opposition. Le gouverneur de la ville avait interdit la marche la veille, invoquant des « risques de troubles ».\n\n"
     "A Lubumbashi, une marche similaire s'est déroulée dans le calme mardi matin, selon des témoins.\n\n"
     "L'opposition promet de nouvelles manifestations chaque lundi jusqu'au retrait du projet. En 2018, des marches organisées par des laïcs catholiques avaient été violemment réprimées.",
     [('Protests', 'Excessive force against protesters'), ('Protests', 'Peaceful protest')], ['Riots']),
    ('myanmar_rakhine', date(2025, 9, 15),
     "## Birmanie : une frappe aérienne sur deux écoles fait 19 morts dans l'Etat Rakhine\n\n"
     "Une frappe aérienne de l'armée birmane a tué 19 élèves vendredi dans deux écoles privées du canton de Kyauktaw, dans l'Etat Rakhine, dans l'ouest du pays, a annoncé l'Armée d'Arakan, le groupe armé qui contrôle la région. Des dizaines d'autres enfants ont été blessés.\n\n"
     "Un avion de chasse a largué des bombes vers minuit sur les bâtiments où dormaient les élèves, a précisé le groupe. L'Unicef a condamné une attaque « horrible ».\n\n"
     "L'Armée d'Arakan s'est emparée depuis fin 2023 de la majeure partie de l'Etat Rakhine. Elle mène désormais une offensive contre Sittwe, la capitale régionale, encore tenue par la junte.\n\n"
     'Samedi, des combats ont opposé les rebelles aux soldats près de Kyaukphyu, où la Chine exploite un port en eau profonde, selon des habitants.\n\n'
     "La junte organise des élections à partir de fin décembre dans les zones qu'elle contrôle.",
     [('Explosions/Remote violence', 'Air/drone strike'), ('Battles', 'Armed clash')], []),
    ('haiti_artibonite', date(2025, 10, 20),
     '## Haïti : le gang Gran Grif attaque Pont-Sondé, au moins 15 morts\n\n'
     "PORT-AU-PRINCE (AFP) - Des membres du gang Gran Grif ont attaqué samedi la commune de Pont-Sondé, dans le département de l'Artibonite, tuant au moins quinze personnes, selon un bilan provisoire de la protection civile.\n\n"
     "Les assaillants ont incendié des maisons et des véhicules et tiré sur les habitants qui tentaient de fuir. Le bilan s'est alourdi dimanche à dix-huit morts, a indiqué un responsable local.\n\n"
     "La police a affirmé avoir repoussé les bandits dimanche après plusieurs heures d'échanges de tirs, sans préciser le nombre de victimes dans leurs rangs.\n\n"
     "En octobre 2024, le même gang avait tué plus de 115 personnes dans cette commune, l'un des pires massacres de ces dernières années en Haïti.\n\n"
     "Le gouvernement a décrété trois jours de deuil national et promis l'envoi de renforts dans l'Artibonite.",
     [('Violence against civilians', 'Attack'), ('Battles', 'Armed clash')], []),
]

STILL_WRONG = {
    'burkina_djibo_dissolution': 'soldiers and their auxiliaries (VDP) "tués au cours de combats" are read as two sides, the state '
                                 'regaining ground from its own auxiliaries, apart from the attack on the detachment; the next '
                                 'day\'s air strikes on retreating columns are read as a clash',
    'gaza_frappes_treve': 'the lead\'s strikes in two towns (Gaza and Khan Younès), told in one sentence, are coded as one',
    'myanmar_sagaing': '"Les combats se poursuivaient mercredi" is coded as a battle of its own in the region, apart from '
                       'the clash it continues',
    'rdc_manifestation_kinshasa': 'the dispersal of a march "contre le projet de révision" is read as a plan (the cue "projet '
                                  'de"), and the march in another town that "s\'est déroulée dans le calme" is not coded',
    'rdc_masisi_wazalendo': 'the clash\'s toll in the next sentence ("Au moins neuf personnes, dont quatre civils, ont été '
                            'tuées") is coded as mob violence of its own; the raiders\' looting of the ADF\'s attack is '
                            'coded apart and given to the M23',
    'soudan_el_fasher_fuite': 'a takeover nine days back in a relative clause ("qui se sont emparées d\'El-Fasher le 26 '
                              'octobre") and a pluperfect retaking a week back are coded as news, the second as the state\'s',
    'ukraine_dnipro': '"Les combats les plus durs se concentrent toujours autour de Pokrovsk", a state of the front, is '
                      'coded as a battle on the day before publication',
}


@pytest.mark.parametrize("name", still_wrong_marked([a[0] for a in ARTICLES], STILL_WRONG))
def test_a_world_conflict_article_tells_only_its_own_news(pipeline, name):
    _, published, text, want, may = next(a for a in ARTICLES if a[0] == name)
    assert_coded_as_a_coder_would(news(code(pipeline, text, published=published)), want, may)


PUBLISHED = date(2025, 11, 26)  # a Wednesday


def _told(pipeline, text):
    return [(e.event_type, e.sub_event_type, e.event_date, e.place.name if e.place else None, e.fatalities)
            for e in news_of(pipeline, text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Une frappe israélienne a tué mardi quatre personnes dans un immeuble de Tyr, la première sur la ville "
    "depuis plusieurs semaines.",
    "Un drone russe a tué mardi trois passants à Soumy, l'attaque la plus meurtrière sur la ville depuis 2024.",
])
def test_a_strike_ranked_against_an_earlier_period_stays_news(pipeline, text):
    told = _told(pipeline, text)
    assert [(t, d) for t, _, d, _, _ in told] == [("Explosions/Remote violence", date(2025, 11, 25))], told


def test_a_toll_over_a_period_stays_background(pipeline):
    text = "Les rebelles ont tué plus de 300 villageois depuis octobre dans la province, selon l'ONU."
    assert _told(pipeline, text) == []


def test_the_day_a_rankings_period_counts_from_dates_no_later_strike(pipeline):
    text = ("Des frappes aériennes ont tué 14 personnes mardi à Deir el-Balah. C'est l'une des journées les plus "
            "meurtrières depuis la signature de la trêve le 10 octobre. Une frappe a aussi visé une tente près de "
            "Deir el-Balah, où dormait une famille.")
    told = _told(pipeline, text)
    assert told and all(d == date(2025, 11, 25) for _, _, d, _, _ in told), told


@pytest.mark.parametrize("text, dead", [
    ("Des jihadistes ont décapité quatre paysans lundi près de Macomia, dans le Cabo Delgado.", 4),
    ("Trois otages ont été décapités lundi par leurs ravisseurs près de Macomia.", 3),
    ("Des assaillants ont égorgé cinq éleveurs lundi près de Macomia.", 5),
])
def test_beheadings_and_throats_cut_are_attacks_with_their_dead(pipeline, text, dead):
    told = _told(pipeline, text)
    assert [(t, s, n) for t, s, _, _, n in told] == [("Violence against civilians", "Attack", dead)], told


def test_sheep_slaughtered_for_a_feast_are_no_attack(pipeline):
    assert _told(pipeline, "Les familles ont égorgé des moutons lundi pour la fête de Tabaski.") == []


def test_a_strike_on_a_refinery_the_evening_of_a_weekday_keeps_its_day_and_place(pipeline):
    text = ("De son côté, l'armée ukrainienne a frappé lundi soir une raffinerie de la région de Samara, dans le "
            "sud-ouest de la Russie, provoquant un incendie.")
    told = _told(pipeline, text)
    assert [(t, d) for t, _, d, _, _ in told] == [("Explosions/Remote violence", date(2025, 11, 24))], told


@pytest.mark.xfail(reason='the parser cuts "ont attaqué dimanche | un détachement" after the weekday, so the target is a '
                          'sentence of its own; forbidding any cut after a weekday before a lower-case word mended it but '
                          'broke four older invented dispatches (fr21, fr22, fr24, fr27)', strict=False)
@pytest.mark.parametrize("text", [
    "Des combattants du JNIM ont attaqué dimanche un détachement militaire dans la commune de Djibo.",
    "Des combattants de l'EIGS ont attaqué dimanche un détachement militaire près de Ménaka.",
])
def test_an_attack_on_a_detachment_told_after_its_verb_is_a_battle_on_its_day(pipeline, text):
    told = _told(pipeline, text)
    assert [(t, d) for t, _, d, _, _ in told] == [("Battles", date(2025, 11, 23))], told


def test_these_attacks_in_a_sentence_about_talks_elsewhere_are_the_events_told_before(pipeline):
    text = ("Des drones russes ont tué deux personnes lundi à Zaporijjia. Ces attaques surviennent alors que des "
            "négociateurs se sont retrouvés dimanche à Genève.")
    told = _told(pipeline, text)
    assert [p for _, _, _, p, _ in told] == ["Zaporizhzhia"] or len(told) == 1 and "Geneva" not in str(told), told


def test_a_speech_tags_day_dates_the_telling_not_the_ambush(pipeline):
    text = ("Un colonel de l'armée tchadienne a été tué dans une embuscade près du lac Tchad, ont annoncé mardi des "
            "sources sécuritaires. Son convoi a été attaqué lundi par des combattants de Boko Haram près de Baga Sola.")
    told = _told(pipeline, text)
    assert [d for _, _, d, _, _ in told] == [date(2025, 11, 24)], told


def test_a_killing_only_the_telling_dates_is_no_later_than_that_day(pipeline):
    told = _told(pipeline, "Deux commerçants ont été tués à Butembo, a indiqué lundi la société civile.")
    assert [d for _, _, d, _, _ in told] == [date(2025, 11, 24)], told


@pytest.mark.xfail(reason='"le projet de révision" matches the plan cue "projet de"; narrowing the cue to an infinitive after '
                          'it made "ont manifesté jeudi leur soutien au projet de budget" a protest', strict=False)
def test_a_march_against_a_bill_is_dispersed_not_planned(pipeline):
    text = ("La police a dispersé mardi à coups de gaz lacrymogènes une marche contre le projet de révision "
            "constitutionnelle à Lubumbashi.")
    told = _told(pipeline, text)
    assert [(t, d) for t, _, d, _, _ in told] == [("Protests", date(2025, 11, 25))], told


def test_a_headline_at_a_province_joins_its_lead_at_a_town_of_it_with_the_toll(pipeline):
    text = ("## Birmanie : une frappe sur deux monastères fait 11 morts dans la région de Magway\n\n"
            "Une frappe aérienne de l'armée a tué 11 fidèles lundi dans deux monastères de Pakokku, dans la "
            "région de Magway, selon des groupes de résistance.")
    told = _told(pipeline, text)
    assert [(t, p, n) for t, _, _, p, n in told] == [("Explosions/Remote violence", "Pakokku", 11)], told


def test_soldiers_killed_in_the_same_period_are_that_periods_toll(pipeline):
    text = ("Des frappes ont tué 9 personnes lundi à Rafah. Depuis le début de la trêve, plus de 200 Palestiniens "
            "ont été tués. Deux soldats israéliens ont également été tués dans la même période.")
    told = _told(pipeline, text)
    assert [(t, n) for t, _, _, _, n in told] == [("Explosions/Remote violence", 9)], told


def test_a_night_without_fighting_ranked_against_weeks_is_no_battle(pipeline):
    assert _told(pipeline, "Kharkiv a passé lundi une nuit sans combat, la première depuis plusieurs semaines.") == []


def test_an_attack_on_a_detachment_is_a_battle_with_the_states_forces(pipeline):
    told = [(e.event_type, e.actor2.name if e.actor2 else None)
            for e in news_of(pipeline, "Des combattants du JNIM ont attaqué un détachement militaire dimanche à Djibo.",
                             published=PUBLISHED)]
    assert told == [("Battles", "Military Forces of Burkina Faso (2022-)")], told


@pytest.mark.parametrize("update", [
    "Le bilan s'est alourdi à quatorze morts, selon un élu local.",
    "Le bilan s'est alourdi mardi à quatorze morts, selon un élu local.",
])
def test_a_toll_raised_in_the_next_sentence_is_the_events_toll(pipeline, update):
    text = "Des miliciens ont attaqué lundi le village de Kilo, tuant au moins neuf orpailleurs. " + update
    told = _told(pipeline, text)
    assert [(d, n) for _, _, d, _, n in told] == [(date(2025, 11, 24), 14)], told
