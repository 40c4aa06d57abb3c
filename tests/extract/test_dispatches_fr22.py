"""Invented French dispatches on world conflicts and on politics with no battle (fr22), in the manner of
French wire and web news: summits, threats, forecasts, verdicts, sanctions, anniversaries, a new government
recalling the offensive that made it, an analysis, an editorial, a chronology, a prisoner swap, UN alerts and
monthly tolls, sport, a cyberattack, a storm, a shipwreck, a visit to troops; and one true event each in
Ukraine, Gaza, Lebanon, Syria, Yemen, Sudan, Somalia, Haiti, Myanmar, Mexico, Colombia, Georgia, Kenya,
Kashmir, Ethiopia, Cameroon and Nigeria. A careful ACLED coder codes none of the first kind and one event in
each of the others. What they caught: a past year ("commis en 2012") and "il y a six mois" named no date;
"si les combats ne cessent pas" with no comma before "si"; gangs were no French actor; "échangeant des tirs
avec la police" was no fight; "le plus violent" read as a form of "violer"; "à la demande de l'Algérie" read
as a demand; "après la frappe qui a tué dimanche" coded the toll of its relative clause as a new attack; "a
mené lundi soir une série de frappes" read as a trend; a month's toll with its own trigger did not make its
paragraph's undated acts that month's; "Analyse." and "Editorial." labels closed by a full stop; "tuées par
la chute d'arbres"; "s'est rendu auprès des soldats" read as a surrender; "régulièrement visés par des
attaques", "les assauts des derniers mois" and "chaque nuit" read as news."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.acled import TimePrecision
from sitrep.extract.time import find_time_mentions, resolve
from tests.extract.reports import assert_coded_as_a_coder_would, code, news, sides, still_wrong_marked

PUBLISHED = date(2025, 6, 18)  # a Wednesday

# name, text, the events a coder codes as news (ACLED type, sub-event type), the types also allowed there
DISPATCHES = [
    ('sommet_otan_aide',
     "La Haye, 17 juin 2025 (AFP) - Les dirigeants de l'Otan se sont engagés mardi à maintenir leur soutien militaire à l'Ukraine « aussi longtemps qu'il le faudra », à l'issue d'un sommet marqué par les divisions sur le financement. Le secrétaire général de l'Alliance a rappelé que la Russie avait tiré des milliers de missiles et de drones sur les villes ukrainiennes depuis février 2022. Le président ukrainien, invité au dîner des chefs d'Etat, a réclamé des systèmes de défense aérienne supplémentaires.",
     [], []),
    ('poutine_menace_centres',
     "Vladimir Poutine a menacé mardi de frapper les « centres de décision » à Kiev si les Occidentaux livraient des missiles de longue portée à l'Ukraine. « Nous répondrons avec tous les moyens à notre disposition », a déclaré le président russe devant la presse au Kremlin. Les capitales européennes ont dénoncé une « rhétorique irresponsable ».",
     [], []),
    ('prevision_offensive_ete',
     "Selon plusieurs analystes militaires, l'armée russe pourrait lancer dans les prochaines semaines une vaste offensive d'été en direction de Zaporijjia. Moscou aurait massé plus de 100 000 hommes le long de la ligne de front, estime l'Institut pour l'étude de la guerre (ISW). Kiev, qui manque de fantassins, a renforcé ses lignes de défense et creusé de nouvelles tranchées.",
     [], []),
    ('cpi_tombouctou',
     "La Cour pénale internationale a condamné mardi un ancien chef de la police islamique de Tombouctou à dix ans de prison pour crimes contre l'humanité. Les juges l'ont reconnu coupable de tortures et de viols commis en 2012 et 2013, lorsque les groupes jihadistes Ansar Dine et Al-Qaïda au Maghreb islamique contrôlaient le nord du Mali. La défense a annoncé son intention de faire appel.",
     [], []),
    ('sanctions_houthis',
     "Le Trésor américain a annoncé mardi de nouvelles sanctions contre un réseau de sociétés accusées de financer les rebelles houthis du Yémen. Depuis novembre 2023, les Houthis ont lancé des dizaines d'attaques de missiles et de drones contre des navires marchands en mer Rouge, en solidarité avec les Palestiniens de Gaza. Le mouvement a dénoncé des sanctions « sans effet » et promis de poursuivre ses opérations.",
     [], []),
    ('beyrouth_port_anniversaire',
     "Le Liban a rendu hommage lundi aux victimes de l'explosion du port de Beyrouth, qui avait fait plus de 220 morts le 4 août 2020. Une cérémonie officielle s'est tenue en présence du président de la République, qui a promis que « la vérité sera connue ». L'enquête, bloquée pendant des années par des recours de responsables politiques, a repris en janvier.",
     [], []),
    ('syrie_gouvernement_charaa',
     "Le président syrien par intérim Ahmad al-Charaa a présenté samedi soir un nouveau gouvernement de 23 ministres, dont une femme et un membre de la communauté druze. Il y a six mois, une offensive éclair menée par le groupe islamiste Hayat Tahrir al-Cham (HTC) avait renversé Bachar al-Assad, qui s'est réfugié en Russie. Les Kurdes des Forces démocratiques syriennes (FDS), absents du nouveau cabinet, ont dénoncé un gouvernement « qui ne reflète pas la diversité du pays ».",
     [], ['Strategic developments']),
    ('yemen_dix_ans_analyse',
     "Analyse. Dix ans après l'intervention de la coalition menée par l'Arabie saoudite au Yémen, les rebelles houthis n'ont jamais été aussi puissants. Les bombardements de la coalition, qui ont fait des milliers de victimes civiles, n'ont pas permis de reprendre Sanaa. Riyad négocie désormais en coulisses avec les rebelles, tandis que les frappes américaines et israéliennes se multiplient sur le port de Hodeïda.",
     [], []),
    ('soudan_conference_londres',
     "Une conférence internationale sur le Soudan s'est ouverte mardi à Londres, en l'absence des deux belligérants. Les participants doivent discuter de l'acheminement de l'aide humanitaire vers le Darfour, où la famine a été déclarée dans plusieurs camps de déplacés. La guerre entre l'armée du général Abdel Fattah al-Burhane et les Forces de soutien rapide (FSR) du général Mohamed Hamdan Daglo a fait des dizaines de milliers de morts depuis avril 2023.",
     [], []),
    ('aes_force_unifiee',
     "Les ministres de la Défense du Mali, du Burkina Faso et du Niger, réunis lundi à Niamey, ont annoncé la création d'une force unifiée de 5 000 hommes pour lutter contre les groupes jihadistes. Cette force de l'Alliance des Etats du Sahel (AES) sera opérationnelle « dans les prochains mois », selon le communiqué final. Les trois pays, dirigés par des militaires, ont quitté la Cédéao en janvier.",
     [], ['Strategic developments']),
    ('somalie_loi_electorale',
     "Le Parlement somalien a adopté samedi une nouvelle loi électorale instaurant le suffrage universel direct, une première depuis 1969. L'opposition et les Etats du Puntland et du Jubaland rejettent le texte, qu'ils jugent taillé sur mesure pour le président Hassan Cheikh Mohamoud. Les shebab, qui contrôlent encore de vastes zones rurales, ont menacé de perturber le scrutin.",
     [], []),
    ('haiti_nouveau_pm',
     "Le Conseil présidentiel de transition (CPT) a nommé lundi un nouveau Premier ministre en Haïti, le troisième en moins d'un an. Sa tâche s'annonce immense : selon l'ONU, les gangs contrôlent près de 90 % de la capitale, Port-au-Prince, et les violences ont fait plus de 5 000 morts en 2024. Les élections, promises pour la fin de l'année, paraissent de plus en plus improbables.",
     [], []),
    ('birmanie_elections_junte',
     "La junte birmane a annoncé lundi la tenue d'élections générales en décembre, les premières depuis le coup d'Etat de février 2021. Les groupes armés ethniques et le gouvernement d'unité nationale en exil ont appelé au boycott d'un scrutin qualifié de « mascarade ». L'armée a perdu le contrôle de vastes pans du territoire depuis l'offensive lancée fin 2023 par une alliance de rebelles.",
     [], []),
    ('mexique_strategie_securite',
     'La présidente mexicaine a présenté mardi le bilan de sa stratégie de sécurité, affirmant que les homicides avaient baissé de 25 % depuis son arrivée au pouvoir. Plus de 10 000 suspects ont été arrêtés et 1 200 laboratoires de drogue démantelés, selon le gouvernement. Des ONG contestent ces chiffres et rappellent que plus de 100 000 personnes sont portées disparues dans le pays.',
     [], []),
    ('colombie_eln_suspension',
     "Le président colombien a suspendu lundi les négociations de paix avec la guérilla de l'ELN, qu'il accuse de « crimes de guerre » dans la région du Catatumbo. Les combats entre l'ELN et des dissidents des FARC y avaient fait plus de 80 morts et 50 000 déplacés en janvier. L'ELN a répondu que « la porte du dialogue reste ouverte ».",
     [], []),
    ('netanyahu_menace_gaza',
     "Le Hamas a indiqué mardi étudier « avec sérieux » une nouvelle proposition de cessez-le-feu transmise par les médiateurs égyptiens et qataris. Le Premier ministre israélien a menacé de reprendre la guerre « avec une force sans précédent » si les otages n'étaient pas libérés d'ici la fin du mois. Selon le ministère de la Santé du Hamas, plus de 55 000 Palestiniens ont été tués à Gaza depuis le début de la guerre.",
     [], []),
    ('moscou_accuse_provocation',
     "Moscou a accusé mardi Kiev de préparer une « provocation » à la centrale nucléaire de Zaporijjia, occupée par les forces russes depuis mars 2022. Selon la porte-parole de la diplomatie russe, les forces ukrainiennes envisagent de bombarder le site pour en rejeter la responsabilité sur la Russie. Kiev a qualifié ces accusations de « mensonges ». L'Agence internationale de l'énergie atomique (AIEA) a appelé à la retenue.",
     [], []),
    ('echange_prisonniers',
     "La Russie et l'Ukraine ont procédé vendredi à un nouvel échange de prisonniers, 390 de chaque côté, ont annoncé les deux parties. Il s'agit du plus important échange depuis le début de la guerre, convenu lors de pourparlers directs à Istanbul. Le président ukrainien a salué le retour « à la maison » des soldats libérés.",
     [], ['Strategic developments']),
    ('liban_frappe_nabatiye',
     "Une frappe de drone israélienne a visé mardi une voiture près de Nabatiyé, dans le sud du Liban, tuant une personne, selon le ministère libanais de la Santé. L'armée israélienne a affirmé avoir « éliminé » un membre du Hezbollah. Israël mène des frappes régulières au Liban malgré le cessez-le-feu conclu en novembre avec le mouvement chiite.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('odessa_drones_nuit',
     "Deux personnes ont été tuées et neuf blessées dans une attaque de drones russes sur Odessa dans la nuit de lundi à mardi, a annoncé le gouverneur de la région. Plusieurs immeubles d'habitation et une école ont été endommagés. Selon les forces aériennes ukrainiennes, la Russie a lancé au total 70 drones et deux missiles balistiques contre l'Ukraine cette nuit-là.",
     [('Explosions/Remote violence', 'Air/drone strike')], ['Explosions/Remote violence']),
    ('soudan_fsr_village_kordofan',
     "Des paramilitaires des Forces de soutien rapide (FSR) ont tué au moins trente civils dimanche lors d'une attaque contre un village proche d'El-Obeid, dans le Kordofan-Nord, a rapporté un groupe d'avocats soudanais. Les assaillants ont pillé les maisons et enlevé plusieurs femmes, selon la même source. Les FSR n'ont pas commenté.",
     [('Violence against civilians', 'Attack')], ['Violence against civilians']),
    ('somalie_shebab_base',
     "Des combattants shebab ont attaqué mardi à l'aube une base de l'armée somalienne dans la région du Moyen-Shabelle, a-t-on appris de sources militaires. L'armée affirme avoir repoussé l'assaut après plusieurs heures de combats, qui ont fait au moins dix morts dans les deux camps. Les shebab, liés à Al-Qaïda, ont revendiqué l'attaque sur leur radio.",
     [('Battles', 'Armed clash')], []),
    ('haiti_kenscoff_gangs',
     'Des membres de gangs ont lancé lundi une nouvelle attaque contre Kenscoff, sur les hauteurs de Port-au-Prince, échangeant des tirs avec la police pendant plusieurs heures, selon des habitants. Au moins trois policiers ont été blessés. Des centaines de familles ont fui la commune, déjà visée par plusieurs assauts depuis janvier.',
     [('Battles', 'Armed clash')], []),
    ('mexique_bar_guanajuato',
     "Des hommes armés ont tué six personnes samedi soir dans un bar de la ville de Celaya, dans l'Etat de Guanajuato, a annoncé le parquet local. Les assaillants ont ouvert le feu sur les clients avant de prendre la fuite à bord d'un véhicule. Guanajuato est l'Etat le plus violent du Mexique, en raison de la guerre que se livrent des cartels pour le contrôle du vol de carburant.",
     [('Violence against civilians', 'Attack')], []),
    ('birmanie_frappe_monastere',
     "Une frappe aérienne de l'armée birmane a tué au moins vingt personnes dimanche dans un monastère de la région de Sagaing où s'abritaient des déplacés, ont indiqué des secouristes. La junte n'a pas commenté. L'armée multiplie les frappes aériennes contre les zones tenues par les rebelles, malgré le cessez-le-feu annoncé après le séisme de mars.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('colombie_combats_catatumbo',
     "De violents combats ont opposé jeudi des guérilleros de l'ELN à des dissidents des FARC dans la région du Catatumbo, près de la frontière vénézuélienne, faisant au moins douze morts, selon le bureau du Défenseur du peuple. Des centaines d'habitants ont fui vers la ville de Cúcuta.",
     [('Battles', 'Armed clash')], []),
    ('gaza_frappe_ecole',
     "Au moins vingt-cinq Palestiniens ont été tués lundi dans une frappe israélienne sur une école transformée en abri pour déplacés à Gaza-ville, selon la Défense civile. L'armée israélienne a affirmé avoir visé un « centre de commandement » du Hamas. Les écoles gérées par l'ONU abritent des dizaines de milliers de déplacés depuis le début de la guerre.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('syrie_heurts_druzes',
     "Des affrontements ont opposé mardi des combattants druzes aux forces de sécurité syriennes à Sahnaya, au sud-ouest de Damas, faisant au moins huit morts, selon l'Observatoire syrien des droits de l'homme (OSDH). Le ministère de l'Intérieur a accusé des « groupes hors-la-loi » d'avoir attaqué un poste de contrôle.",
     [('Battles', 'Armed clash')], []),
    ('yemen_frappes_hodeida',
     "Des frappes américaines ont visé mardi le port de Hodeïda, dans l'ouest du Yémen, faisant au moins vingt morts, selon la chaîne Al-Massirah, contrôlée par les rebelles houthis. Washington dit viser les capacités militaires des Houthis, qui ont menacé de « répliquer » en attaquant des navires américains.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('tbilissi_manifestation',
     "Des dizaines de milliers de personnes ont manifesté dimanche soir à Tbilissi contre le gouvernement géorgien, accusé de dérive autoritaire et prorusse. La police a dispersé les manifestants à l'aide de canons à eau et de gaz lacrymogène devant le Parlement et interpellé une trentaine de personnes, selon le ministère de l'Intérieur.",
     [('Protests', 'Protest with intervention')], []),
    ('paris_soutien_gaza',
     "Plusieurs milliers de personnes ont manifesté samedi à Paris en soutien aux Palestiniens de Gaza, à l'appel d'associations et de partis de gauche. Le cortège s'est élancé de la place de la République et s'est dispersé dans le calme en fin d'après-midi, selon la préfecture de police.",
     [('Protests', 'Peaceful protest')], []),
    ('proces_soldat_boutcha',
     "Un tribunal de Kiev a condamné mardi par contumace un soldat russe à la prison à perpétuité pour le meurtre d'un civil à Boutcha en mars 2022. Selon l'accusation, le militaire avait abattu l'homme devant son domicile pendant l'occupation de la ville. Plus de 400 civils avaient été retrouvés morts après le retrait des troupes russes.",
     [], []),
    ('un_an_apres_avdiivka',
     "Un an après la chute d'Avdiivka, les forces russes ont avancé de plusieurs dizaines de kilomètres vers l'ouest de la région de Donetsk. La ville de Pokrovsk, nœud logistique essentiel, est désormais menacée d'encerclement. Les soldats ukrainiens interrogés par l'AFP décrivent des assauts quotidiens de petits groupes d'infanterie appuyés par des drones.",
     [], []),
    ('srebrenica_trente_ans',
     'Des dizaines de milliers de personnes ont participé vendredi à Potocari aux commémorations du trentième anniversaire du massacre de Srebrenica, où plus de 8 000 hommes et adolescents musulmans avaient été tués par les forces serbes de Bosnie en juillet 1995. Les restes de sept victimes identifiées cette année ont été inhumés au mémorial.',
     [], []),
    ('entretien_general_sahel',
     "France 24 : Quel bilan tirez-vous de l'opération Barkhane ?\n\nLe général : Nous avons neutralisé des centaines de terroristes et formé des milliers de soldats maliens. Mais la solution ne pouvait pas être seulement militaire.\n\nFrance 24 : Les jihadistes ont-ils gagné ?\n\nLe général : Non. Ils frappent, ils tuent, mais ils ne gouvernent pas les villes.",
     [], []),
    ('rsf_rapport_journalistes',
     "Au moins cinq journalistes ont été tués au Mexique en 2024, selon le rapport annuel de Reporters sans frontières (RSF) publié mardi. L'organisation fait du pays l'un des plus dangereux au monde pour la presse, derrière Gaza. La plupart des meurtres restent impunis, souligne RSF.",
     [], []),
    ('fsr_gouvernement_parallele',
     "Les Forces de soutien rapide (FSR) ont annoncé samedi la formation d'un gouvernement parallèle au Soudan, basé à Nyala, dans le Darfour-Sud. L'armée soudanaise a dénoncé une tentative de « diviser le pays ». L'ONU s'est dite préoccupée par le risque de partition.",
     [], ['Strategic developments']),
    ('houthis_menacent_navires',
     'Les rebelles houthis ont menacé mardi de cibler tous les navires américains en mer Rouge si Washington ne mettait pas fin à ses frappes au Yémen. « Nos forces sont prêtes », a affirmé leur porte-parole militaire dans une allocution télévisée. Les Etats-Unis ont déployé un second porte-avions dans la région.',
     [], []),
    ('moldavie_resultats',
     "Le parti pro-européen de la présidente moldave a remporté dimanche les élections législatives avec 48 % des voix, selon les résultats quasi définitifs. Moscou a dénoncé un scrutin « ni libre ni équitable ». Les observateurs de l'OSCE ont relevé des tentatives d'ingérence et d'achat de voix.",
     [], []),
    ('russie_revendique_prise',
     "L'armée russe a revendiqué mardi la prise du village de Novoïelyzavetivka, dans la région de Donetsk, a fait savoir le ministère russe de la Défense. Les forces ukrainiennes n'ont pas confirmé. Moscou revendique régulièrement de nouvelles conquêtes dans cette zone depuis l'automne.",
     [('Battles', None)], ['Battles', 'Strategic developments']),
    ('mali_africa_corps',
     "Le groupe paramilitaire russe Wagner a annoncé vendredi son départ du Mali, où il combattait aux côtés de l'armée depuis 2021. Ses hommes seront remplacés par l'Africa Corps, une structure placée sous le contrôle direct du ministère russe de la Défense. Wagner affirme avoir « accompli sa mission » et repris aux rebelles les capitales régionales du nord.",
     [], ['Strategic developments']),
    ('onu_famine_alerte',
     "Le Soudan pourrait connaître la pire famine de son histoire récente si les combats ne cessent pas, a averti mardi le Programme alimentaire mondial. Près de 25 millions de personnes souffrent de faim aiguë, selon l'agence onusienne. Les FSR et l'armée s'accusent mutuellement de bloquer les convois humanitaires.",
     [], []),
    ('appel_trump_poutine',
     'Donald Trump et Vladimir Poutine se sont entretenus mardi par téléphone pendant plus de deux heures, a annoncé le Kremlin. Les deux présidents ont évoqué un possible cessez-le-feu en Ukraine et la situation au Moyen-Orient. Kiev a demandé à être associé à toute discussion sur son avenir.',
     [], []),
    ('sputnik_liberation',
     "Les unités du groupement Centre ont libéré la localité de Kotlyné, dans la République populaire de Donetsk, a annoncé lundi le ministère russe de la Défense. Au cours de la journée, l'ennemi a perdu jusqu'à 480 militaires, deux chars et trois véhicules blindés dans cette direction, selon le communiqué.",
     [('Battles', None)], ['Battles']),
    ('anadolu_cisjordanie',
     "L'armée israélienne a tué mardi deux Palestiniens lors d'un raid dans le camp de réfugiés de Jénine, dans le nord de la Cisjordanie occupée, selon le ministère palestinien de la Santé. Des affrontements ont éclaté entre les soldats et des combattants palestiniens, a rapporté l'agence Anadolu. Depuis janvier, l'opération militaire israélienne dans le nord de la Cisjordanie a déplacé plus de 40 000 personnes.",
     [('Battles', 'Armed clash')], ['Violence against civilians']),
    ('accusations_mutuelles_treve',
     "Moscou et Kiev se sont mutuellement accusés mardi d'avoir violé la trêve énergétique conclue sous l'égide de Washington. Le ministère russe de la Défense affirme que des drones ukrainiens ont visé des installations énergétiques dans la région de Koursk, ce que Kiev dément. L'Ukraine accuse de son côté la Russie d'avoir poursuivi ses frappes contre le réseau électrique.",
     [], ['Explosions/Remote violence']),
    ('conseil_securite_gaza',
     "Le Conseil de sécurité de l'ONU s'est réuni lundi en urgence à la demande de l'Algérie après la frappe israélienne qui a tué dimanche plus de quarante personnes dans un camp de déplacés à Rafah. Les Etats-Unis ont bloqué un projet de déclaration appelant à un cessez-le-feu immédiat. Israël affirme avoir visé deux hauts responsables du Hamas.",
     [], []),
    ('macron_discours_ukraine',
     "Emmanuel Macron a estimé mardi soir, dans une allocution télévisée, que la Russie représentait « une menace pour la France et pour l'Europe ». Le président a évoqué la possibilité d'étendre la dissuasion nucléaire française aux alliés européens et annoncé une hausse du budget militaire. « Qui peut croire que la Russie d'aujourd'hui s'arrêtera à l'Ukraine ? », a-t-il lancé.",
     [], []),
    ('proces_attentat_paris',
     "Le procès de l'attentat contre une église de Nice s'est ouvert lundi devant la cour d'assises spéciale de Paris. L'accusé, un Tunisien de 25 ans, avait tué trois personnes au couteau le 29 octobre 2020 dans la basilique Notre-Dame. Il encourt la réclusion criminelle à perpétuité. Le verdict est attendu fin février.",
     [], []),
    ('election_iran_analyse',
     "Les Iraniens votent vendredi pour élire leur président, dans un contexte de fortes tensions régionales. Le scrutin intervient un an après la mort de l'ancien président dans un accident d'hélicoptère et quelques mois après l'échange de tirs de missiles entre l'Iran et Israël. Six candidats, tous validés par le Conseil des gardiens, sont en lice.",
     [], []),
    ('houthis_revendiquent_israel',
     "Les rebelles houthis du Yémen ont revendiqué mardi le tir d'un missile balistique contre l'aéroport Ben Gourion, près de Tel-Aviv. L'armée israélienne a affirmé l'avoir intercepté et aucun blessé n'a été signalé. Les sirènes ont retenti dans plusieurs régions du centre d'Israël, poussant des centaines de milliers de personnes vers les abris.",
     [('Explosions/Remote violence', None)], ['Explosions/Remote violence']),
    ('liban_armee_deploiement',
     "L'armée libanaise a achevé lundi son déploiement dans plusieurs localités du sud du pays évacuées par les troupes israéliennes, en vertu de l'accord de cessez-le-feu. Israël maintient toutefois cinq positions jugées « stratégiques » le long de la frontière. Le Hezbollah, affaibli par la guerre de l'automne, a exigé un retrait complet.",
     [], ['Strategic developments']),
    ('mali_otages_liberation',
     "Deux ressortissants espagnols enlevés il y a trois mois dans le nord du Mali ont été libérés samedi, a annoncé le gouvernement de transition. Leur libération a été obtenue « grâce à la médiation des autorités », selon un communiqué qui ne précise pas si une rançon a été versée. Les deux hommes ont été accueillis à l'aéroport de Bamako.",
     [], ['Strategic developments', 'Violence against civilians']),
    ('burkina_communique_armee',
     "Les forces armées burkinabè affirment avoir « neutralisé » plus de 200 terroristes au cours de plusieurs opérations menées la semaine dernière dans les régions du Sahel et de l'Est. Ces chiffres, diffusés dans un communiqué, n'ont pas pu être vérifiés de source indépendante. Le pays est confronté depuis 2015 à des attaques jihadistes qui ont tué des milliers de personnes.",
     [], ['Battles']),
    ('somalie_frappe_us',
     "Le commandement militaire américain pour l'Afrique (Africom) a annoncé mardi avoir mené une frappe aérienne contre des combattants de l'Etat islamique dans les montagnes de Golis, au Puntland, dimanche. « L'évaluation initiale indique qu'aucun civil n'a été blessé ou tué », a précisé Africom dans un communiqué.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('soudan_drones_port_soudan',
     "Des drones ont visé dimanche pour la première fois Port-Soudan, siège provisoire du gouvernement soudanais, frappant un dépôt de carburant et une base aérienne, selon l'armée, qui accuse les FSR. Aucune victime n'a été signalée. La ville, sur la mer Rouge, était jusqu'ici épargnée par la guerre.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('rdc_ukraine_comparaison_edito',
     "Editorial. La guerre en Ukraine a fait oublier les autres conflits. Au Soudan, au Sahel, en Birmanie, des civils meurent chaque jour sous les bombes et les balles sans que le monde s'en émeuve. Les massacres se succèdent, les appels au cessez-le-feu restent lettre morte.",
     [], []),
    ('myanmar_rebelles_prise_ville',
     "Une alliance de groupes armés ethniques a pris samedi le contrôle de Lashio, la plus grande ville du nord de l'Etat Shan, après plusieurs semaines de combats contre l'armée birmane, selon des sources locales et des médias indépendants. La junte n'a pas confirmé la perte de la ville.",
     [('Battles', 'Non-state actor overtakes territory')], ['Battles']),
    ('colombie_attentat_commissariat',
     "Une voiture piégée a explosé lundi devant un commissariat de police de Cali, dans le sud-ouest de la Colombie, tuant deux personnes et en blessant une quinzaine, a annoncé le maire. Les autorités attribuent l'attentat aux dissidents des FARC de l'état-major central.",
     [('Explosions/Remote violence', 'Remote explosive/landmine/IED')], []),
    ('haiti_manifestation_insecurite',
     "Des centaines de personnes ont manifesté mercredi dans les rues de Port-au-Prince pour dénoncer l'inaction des autorités face aux gangs. Les manifestants ont érigé des barricades de pneus enflammés et bloqué plusieurs artères de la capitale, selon des journalistes sur place.",
     [('Riots', 'Violent demonstration')], ['Protests']),
    ('mexique_journaliste_tue',
     "Un journaliste a été abattu lundi à Culiacán, dans l'Etat de Sinaloa, a annoncé le parquet. Il couvrait depuis des années les violences liées au trafic de drogue. Selon l'organisation Article 19, il s'agit du troisième journaliste tué au Mexique depuis le début de l'année.",
     [('Violence against civilians', 'Attack')], []),
    ('ukraine_bilan_onu_mois',
     "Au moins 232 civils ont été tués et plus de 1 300 blessés en Ukraine au cours du mois de juin, selon la mission onusienne de surveillance des droits humains, soit le bilan mensuel le plus lourd depuis trois ans. La majorité des victimes ont été tuées par des missiles et des drones russes visant des zones urbaines.",
     [], []),
    ('gaza_distribution_aide',
     "Au moins trente Palestiniens ont été tués samedi par des tirs près d'un centre de distribution d'aide à Rafah, selon la Défense civile de Gaza. L'armée israélienne a affirmé que ses soldats avaient effectué des « tirs de sommation » en direction de suspects qui s'approchaient. La Fondation humanitaire pour Gaza, soutenue par les Etats-Unis, a démenti tout incident à proximité de ses sites.",
     [('Violence against civilians', 'Attack')], ['Battles', 'Explosions/Remote violence']),
    ('syrie_israel_frappes_damas',
     "Israël a mené lundi soir une série de frappes aériennes sur des positions militaires près de Damas, a rapporté l'agence officielle syrienne Sana. L'armée israélienne a dit avoir visé des dépôts d'armes. Les nouvelles autorités syriennes ont dénoncé une « violation flagrante » de la souveraineté du pays.",
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('niger_coup_anniversaire',
     "Des milliers de Nigériens se sont rassemblés samedi au stade de Niamey pour célébrer le deuxième anniversaire du coup d'Etat qui a porté le général Tiani au pouvoir. Les participants brandissaient des drapeaux russes et des pancartes hostiles à la France. Le général a réaffirmé sa volonté de « reconquérir la souveraineté » du pays.",
     [('Protests', 'Peaceful protest')], []),
    ('tchad_opposant_condamne',
     "Le principal opposant tchadien a été condamné lundi à vingt ans de prison pour « incitation à la rébellion » par le tribunal de grande instance de N'Djamena. Il avait été arrêté en mai à son domicile, après des violences intercommunautaires meurtrières dans le sud du pays. Ses avocats dénoncent un procès politique.",
     [], []),
    ('russie_missile_prevision_analyse',
     "Pour les experts interrogés par Le Monde, une nouvelle frappe massive sur Kiev est probable dans les prochains jours. La Russie accumule des missiles et des drones Shahed depuis plusieurs semaines, explique un chercheur. L'hiver dernier, elle avait privé d'électricité des millions d'Ukrainiens.",
     [], []),
    ('kenya_manifestations_anniversaire',
     "La police kényane a tiré mardi des gaz lacrymogènes sur des manifestants réunis à Nairobi pour commémorer l'anniversaire des manifestations meurtrières de juin 2024 contre le projet de loi de finances. Plusieurs personnes ont été blessées, selon Amnesty International. L'an dernier, une soixantaine de manifestants avaient été tués par les forces de l'ordre.",
     [('Protests', 'Protest with intervention')], []),
    ('pakistan_inde_tensions',
     "L'Inde et le Pakistan ont échangé des tirs d'artillerie dans la nuit de mercredi à jeudi le long de la ligne de contrôle au Cachemire, selon les deux armées. Au moins cinq civils ont été tués côté pakistanais, a affirmé Islamabad. New Delhi accuse le Pakistan d'avoir soutenu les auteurs de l'attentat de Pahalgam, qui avait tué 26 touristes en avril.",
     [('Battles', 'Armed clash')], ['Explosions/Remote violence']),
    ('sahel_rapport_acled_analyse',
     'Selon une étude publiée mardi par un centre de recherche, le nombre de morts liés aux violences jihadistes au Sahel a augmenté de 20 % en 2024. Le Burkina Faso reste le pays le plus touché, devant le Mali et le Niger. Les auteurs soulignent aussi la hausse des exactions imputées aux armées nationales et à leurs supplétifs.',
     [], []),
    ('cisjordanie_colons',
     "Des colons israéliens ont attaqué lundi le village palestinien de Sinjil, en Cisjordanie occupée, incendiant des voitures et blessant quatre habitants, selon le Croissant-Rouge palestinien. L'armée israélienne a dit être intervenue pour « disperser » les assaillants.",
     [('Violence against civilians', 'Attack')], []),
    ('ukraine_otan_ministres_sommaire',
     "A la une ce mardi : les ministres de la Défense de l'Otan réunis à Bruxelles, la visite du président ukrainien à Berlin, et au Soudan, l'armée affirme avoir repris le palais présidentiel à Khartoum. Mais d'abord, la situation à Gaza, où les négociations piétinent.",
     [], ['Battles']),
    ('sputnik_neutralises',
     "Au cours des dernières 24 heures, l'aviation et l'artillerie russes ont frappé des concentrations de troupes ukrainiennes dans 140 secteurs, a indiqué mardi le ministère russe de la Défense. Selon le communiqué, les systèmes de défense antiaérienne ont abattu 45 drones ukrainiens au-dessus des régions de Belgorod et de Koursk.",
     [], ['Explosions/Remote violence', 'Battles', 'Strategic developments']),
    ('rsf_prise_el_fasher_menace',
     "Les FSR ont lancé un ultimatum lundi aux forces de l'armée encore présentes à El-Fasher, leur donnant 48 heures pour se rendre. « Nous prendrons la ville par la force », a averti un commandant paramilitaire. Assiégée depuis plus d'un an, la capitale du Darfour-Nord abrite encore des centaines de milliers de civils.",
     [], []),
    ('armenie_azerbaidjan_paix',
     "L'Arménie et l'Azerbaïdjan ont paraphé vendredi à Washington un accord de paix destiné à mettre fin à plus de trois décennies de conflit. Bakou avait repris en 2023 le Haut-Karabakh lors d'une offensive éclair, provoquant l'exode de la quasi-totalité de ses 100 000 habitants arméniens.",
     [], ['Strategic developments']),
    ('football_frappe',
     "Le Paris Saint-Germain s'est imposé mardi soir face à Arsenal (2-1) en demi-finale de la Ligue des champions. Une frappe puissante de Dembélé a ouvert le score dès la 4e minute, avant l'égalisation des Londoniens. Les Parisiens ont repris l'avantage sur un tir croisé en seconde période.",
     [], []),
    ('football_attaque_defense',
     "L'entraîneur a reconnu après la défaite de dimanche que son attaque avait manqué de tranchant. « Nous avons perdu la bataille du milieu de terrain », a-t-il expliqué. Son équipe affrontera samedi le leader du championnat.",
     [], []),
    ('cyberattaque_hopital',
     "Une cyberattaque a paralysé lundi les services informatiques d'un hôpital de Rennes, contraignant la direction à déclencher son plan blanc. Les pirates réclament une rançon en cryptomonnaie, selon une source proche de l'enquête. L'Agence nationale de la sécurité des systèmes d'information a été saisie.",
     [], []),
    ('naufrage_migrants',
     "Au moins quarante migrants sont morts dans le naufrage de leur embarcation au large de Lampedusa dans la nuit de samedi à dimanche, a annoncé le HCR. Une dizaine de survivants ont été secourus par les garde-côtes italiens. Depuis le début de l'année, plus de 800 personnes ont péri en Méditerranée centrale.",
     [], []),
    ('feminicide',
     "Une femme de 34 ans a été tuée à coups de couteau par son ex-compagnon dimanche soir à Lyon, a indiqué le parquet. Le suspect, qui faisait l'objet d'une interdiction d'approcher la victime, a été interpellé peu après. Il s'agit du 40e féminicide depuis le début de l'année, selon un collectif d'associations.",
     [], ['Violence against civilians']),
    ('accident_route_bus',
     'Un accident de bus a fait au moins 25 morts lundi sur la route nationale reliant Bamako à Ségou, selon la protection civile. Le véhicule, qui transportait des passagers vers Mopti, a percuté un camion avant de prendre feu. Les accidents de la route sont fréquents au Mali en raison du mauvais état des routes.',
     [], []),
    ('incendie_marche',
     "Un violent incendie a ravagé dans la nuit de dimanche à lundi le grand marché de Kantamanto à Accra, détruisant des centaines d'étals. Aucune victime n'a été signalée. L'origine du feu reste inconnue, selon les pompiers.",
     [], []),
    ('guerre_commerciale',
     "La guerre commerciale entre Washington et Pékin a connu un nouvel épisode mardi avec l'annonce de droits de douane supplémentaires sur les véhicules électriques chinois. Pékin a promis de riposter « avec fermeté ». Les marchés asiatiques ont reculé à l'ouverture.",
     [], []),
    ('campagne_electorale_senegal',
     "La campagne pour les élections législatives s'est ouverte dimanche au Sénégal, avec 41 listes en compétition. Le Premier ministre a tenu un meeting géant à Dakar devant des dizaines de milliers de sympathisants. L'opposition dénonce l'utilisation des moyens de l'Etat.",
     [], []),
    ('appel_manifester_samedi',
     "Les syndicats ont appelé mardi à une journée de grève et de manifestations jeudi prochain dans toute la France contre la réforme des retraites. Selon l'intersyndicale, plus de 200 rassemblements sont prévus. Le gouvernement se dit ouvert au dialogue mais refuse de retirer le texte.",
     [], []),
    ('greve_enseignants_tenue',
     "Des milliers d'enseignants ont fait grève mardi au Cameroun pour réclamer le paiement de leurs arriérés de salaire, paralysant de nombreux établissements publics. Les grévistes ont manifesté devant le ministère de l'Education de base à Yaoundé sans incident.",
     [('Protests', 'Peaceful protest')], []),
    ('opposant_arrete_tunisie',
     "Un dirigeant du principal parti d'opposition tunisien a été arrêté lundi à son domicile à Tunis par des agents de la brigade antiterroriste, a annoncé son avocat. Il est accusé de « complot contre la sûreté de l'Etat ». Plusieurs dizaines d'opposants sont détenus depuis 2023.",
     [('Strategic developments', 'Arrests')], []),
    ('cour_supreme_bresil',
     "La Cour suprême brésilienne a condamné jeudi l'ancien président à 27 ans de prison pour tentative de coup d'Etat après sa défaite électorale de 2022. Ses partisans avaient envahi et saccagé les sièges des trois pouvoirs à Brasilia le 8 janvier 2023. L'ancien chef de l'Etat dénonce une « persécution ».",
     [], []),
    ('paludisme_campagne',
     "Le ministère de la Santé a lancé lundi une campagne de vaccination contre le paludisme dans douze districts du nord du pays. La maladie tue chaque année plus de 10 000 enfants de moins de cinq ans dans le pays, selon l'OMS. La lutte contre les moustiques reste la priorité.",
     [], []),
    ('meteo_tempete',
     "La tempête Ciaran a frappé mardi soir les côtes bretonnes, avec des rafales dépassant 180 km/h. Deux personnes ont été tuées par la chute d'arbres et plus d'un million de foyers sont privés d'électricité. Les pompiers sont intervenus à plusieurs milliers de reprises.",
     [], []),
    ('assemblee_motion_censure',
     "Les députés ont rejeté lundi une motion de censure déposée par l'opposition contre le gouvernement, qui a survécu à 18 voix près. Les débats ont été houleux, plusieurs élus s'invectivant dans l'hémicycle. Le Premier ministre a salué « un vote de responsabilité ».",
     [], []),
    ('chronologie_reperes',
     'Repères. Le 7 octobre 2023, le Hamas lance une attaque sans précédent contre Israël, tuant environ 1 200 personnes. Israël riposte par une offensive dévastatrice sur la bande de Gaza. En novembre 2024, un cessez-le-feu est conclu au Liban avec le Hezbollah. En janvier 2025, une trêve entre en vigueur à Gaza.',
     [], []),
    ('unesco_patrimoine',
     "L'Unesco a inscrit mardi la vieille ville de Mossoul sur la liste du patrimoine mondial, saluant sa reconstruction après les destructions causées par la bataille contre l'Etat islamique en 2017. La mosquée al-Nouri et son minaret penché ont été reconstruits à l'identique.",
     [], []),
    ('film_festival',
     "Le film d'un réalisateur ukrainien sur le siège de Marioupol a remporté dimanche la Palme d'or à Cannes. Le documentaire montre les bombardements incessants subis par la ville au printemps 2022. « Ce prix est pour tous ceux qui sont morts », a déclaré le cinéaste.",
     [], []),
    ('ukraine_drones_moscou_aeroports',
     "Les aéroports de Moscou ont suspendu leurs vols pendant plusieurs heures dans la nuit de dimanche à lundi après une attaque de drones ukrainiens, a annoncé le maire de la capitale. Selon lui, 27 drones ont été abattus à l'approche de la ville. Aucune victime n'a été signalée.",
     [('Strategic developments', 'Disrupted weapons use')], ['Explosions/Remote violence']),
    ('mozambique_cabo_delgado',
     "Des insurgés liés à l'Etat islamique ont attaqué vendredi le village de Mucojo, dans la province de Cabo Delgado, décapitant quatre civils et incendiant une trentaine de maisons, selon des sources locales. Les habitants ont fui vers la forêt.",
     [('Violence against civilians', 'Attack')], []),
    ('rdc_m23_sputnik_style',
     "Le chef de la diplomatie russe a reçu lundi à Moscou son homologue malien pour discuter de la coopération militaire. « La Russie continuera d'aider le Mali à lutter contre le terrorisme », a-t-il assuré, dénonçant les « ingérences occidentales » au Sahel. Les deux ministres ont évoqué la livraison de nouveaux avions de combat.",
     [], []),
    ('nucleaire_iran_aiea',
     "L'Agence internationale de l'énergie atomique a adopté jeudi une résolution condamnant le manque de coopération de l'Iran. Téhéran a aussitôt annoncé la mise en service d'un nouveau site d'enrichissement. Israël a de nouveau menacé de frapper les installations nucléaires iraniennes.",
     [], []),
    ('turquie_pkk_dissolution',
     "Le Parti des travailleurs du Kurdistan (PKK) a annoncé lundi sa dissolution et la fin de quarante ans de lutte armée contre l'Etat turc, qui a fait plus de 40 000 morts. Ankara a salué une « étape importante ». Les modalités du désarmement doivent encore être définies.",
     [], ['Strategic developments']),
    ('rwanda_genocide_commemoration',
     'Le Rwanda a lancé lundi les commémorations du 31e anniversaire du génocide des Tutsi, au cours duquel environ 800 000 personnes ont été tuées en cent jours. Le président a allumé la flamme du souvenir au mémorial de Gisozi, à Kigali.',
     [], []),
    ('ethiopie_amhara_fano',
     "Des combats ont opposé mercredi des miliciens Fano à l'armée fédérale éthiopienne près de Gondar, dans la région Amhara, ont rapporté des habitants joints par téléphone. Au moins quinze personnes ont été tuées, dont des civils. Internet est coupé dans la région depuis des mois.",
     [('Battles', 'Armed clash')], []),
    ('cameroun_separatistes',
     'Des séparatistes anglophones ont enlevé samedi un chef traditionnel et deux de ses notables à Bamenda, dans la région du Nord-Ouest, a-t-on appris de sources sécuritaires. Les ravisseurs réclament une rançon.',
     [('Violence against civilians', 'Abduction/forced disappearance')], []),
    ('nigeria_bandits_village',
     "Des bandits armés ont tué au moins vingt villageois dimanche dans l'Etat de Zamfara, dans le nord-ouest du Nigeria, a indiqué la police locale. Les assaillants, arrivés à moto, ont également emporté du bétail.",
     [('Violence against civilians', 'Attack')], []),
    ('limogeage_chef_etat_major',
     'Le président ukrainien a limogé lundi le commandant des forces terrestres, quelques jours après la perte de la ville de Toretsk. Selon la presse ukrainienne, le général était critiqué pour les lourdes pertes subies lors des assauts des derniers mois. Son successeur a été nommé dans la foulée.',
     [], ['Strategic developments']),
    ('deuil_national_attaque',
     "Le gouvernement nigérien a décrété trois jours de deuil national après l'attaque de vendredi contre une mosquée du village de Fambita, dans la région de Tillabéri, qui a fait 44 morts parmi les fidèles. L'attaque a été attribuée à l'Etat islamique au Sahel.",
     [], []),
    ('enquete_mort_manifestant',
     "La justice kényane a ouvert mardi une enquête sur la mort d'un blogueur décédé en garde à vue le mois dernier à Nairobi. Six policiers ont été suspendus. La mort du jeune homme avait provoqué des manifestations dans plusieurs villes du pays.",
     [], []),
    ('mandat_minusca',
     "Le Conseil de sécurité de l'ONU a renouvelé jeudi pour un an le mandat de la Minusca, la mission de maintien de la paix en Centrafrique, forte de 14 000 hommes. La Russie et la Chine se sont abstenues. Les Casques bleus sont régulièrement visés par des attaques de groupes armés dans l'ouest du pays.",
     [], []),
    ('visite_front_ministre',
     "Le ministre des Armées s'est rendu mardi auprès des soldats français déployés en Estonie dans le cadre de l'Otan, à quelques dizaines de kilomètres de la frontière russe. Il a assisté à un exercice de tir et salué « l'engagement » des militaires. La France compte quelque 300 soldats dans le pays balte.",
     [], []),
    ('attentat_dejoue_allemagne',
     "La police allemande a arrêté lundi trois hommes soupçonnés de préparer un attentat contre un marché de Noël à Berlin, a annoncé le parquet fédéral. Des produits chimiques et des plans ont été saisis lors de perquisitions. Les suspects auraient fait allégeance à l'Etat islamique.",
     [('Strategic developments', None)], ['Strategic developments']),
    ('general_promet_ecraser',
     "« Nous allons écraser l'ennemi et libérer chaque village », a promis mardi le chef d'état-major de l'armée soudanaise devant des soldats à Omdurman. Il a exclu toute négociation avec les FSR tant qu'elles n'auraient pas rendu les armes. L'armée a repris la capitale en mars.",
     [], ['Battles']),
    ('debarquement_anniversaire',
     'Les commémorations du 81e anniversaire du Débarquement se sont tenues vendredi en Normandie en présence de vétérans américains, britanniques et canadiens. Le 6 juin 1944, plus de 150 000 soldats alliés avaient débarqué sur les plages normandes, au prix de milliers de morts.',
     [], []),
    ('livre_massacres',
     "Dans son nouveau livre, le journaliste raconte les massacres commis par les milices pendant la guerre civile libanaise, de 1975 à 1990. L'ouvrage s'appuie sur une centaine de témoignages recueillis pendant dix ans. Il sera présenté jeudi au Salon du livre de Beyrouth.",
     [], []),
    ('flottille_interceptee',
     "La marine israélienne a intercepté lundi dans les eaux internationales un voilier transportant de l'aide humanitaire vers Gaza et douze militants, dont une eurodéputée française. Les passagers ont été conduits au port d'Ashdod avant d'être expulsés. Les organisateurs dénoncent un « enlèvement ».",
     [], ['Strategic developments', 'Violence against civilians']),
    ('occupation_universite',
     "Plusieurs centaines d'étudiants ont occupé mardi le hall de Sciences Po Paris pour dénoncer la guerre à Gaza et réclamer la fin des partenariats avec des universités israéliennes. La direction a fermé les locaux. Les forces de l'ordre ne sont pas intervenues.",
     [('Protests', 'Peaceful protest')], []),
    ('previsions_intensification',
     "Les combats devraient s'intensifier dans les prochains jours autour d'El-Fasher, estiment des sources humanitaires, qui redoutent un bain de sang. Les paramilitaires ont massé des renforts au nord de la ville, selon des images satellites. L'ONU réclame un passage sûr pour les civils qui veulent fuir.",
     [], []),
    ('menaces_journaliste',
     "Reporters sans frontières a dénoncé mardi les menaces de mort visant une journaliste haïtienne après la publication d'une enquête sur les liens entre des élus et les gangs. La journaliste a dû quitter le pays. L'ONG demande aux autorités d'ouvrir une enquête.",
     [], []),
    ('centrafrique_wagner_exactions_rapport',
     "Des enquêteurs de l'ONU accusent des mercenaires russes et des soldats centrafricains d'avoir exécuté des dizaines de civils lors d'opérations menées en 2021 et 2022 dans le nord-ouest centrafricain. Le rapport, publié mardi, documente également des cas de torture et de pillage. Moscou rejette ces accusations.",
     [], []),
    ('burkina_dissolution_partis',
     "La junte burkinabè a dissous lundi tous les partis politiques par décret, invoquant la nécessité de « refonder l'Etat ». Les activités des formations politiques étaient suspendues depuis le coup d'Etat de septembre 2022. Leurs biens seront transférés à l'Etat.",
     [], ['Strategic developments']),
    ('soudan_frappe_marche_omdurman',
     "Un obus tiré par les FSR est tombé samedi sur un marché d'Omdurman, tuant au moins 54 personnes, selon le ministère soudanais de la Santé. Des dizaines de blessés ont été transportés à l'hôpital al-Nao. Le gouvernement a dénoncé un « crime de guerre ».",
     [('Explosions/Remote violence', 'Shelling/artillery/missile attack')], []),
    ('ukraine_kharkiv_bombe_guidee',
     'Une bombe aérienne guidée russe a frappé dimanche un centre commercial de Kharkiv, tuant au moins douze personnes, a annoncé le gouverneur régional. Une quarantaine de personnes ont été blessées et plusieurs sont portées disparues sous les décombres.',
     [('Explosions/Remote violence', 'Air/drone strike')], []),
    ('haiti_police_operation_gangs',
     "La police nationale d'Haïti, appuyée par la force multinationale, a mené mardi une opération contre le gang de Grand Ravine, tuant une dizaine de bandits, selon le directeur général de la police. Deux policiers ont été blessés lors des échanges de tirs.",
     [('Battles', 'Armed clash')], []),
    ('bolivie_barrages',
     "Les partisans de l'ancien président bolivien maintiennent depuis deux semaines des barrages routiers dans le centre du pays pour protester contre les poursuites judiciaires visant leur leader. Le gouvernement a déployé mardi des militaires pour dégager les axes, sans incident majeur selon les autorités.",
     [], ['Protests', 'Strategic developments']),
    ('mali_convoi_route',
     "Des jihadistes du JNIM ont attaqué lundi un convoi de camions-citernes escorté par l'armée malienne sur la route entre Kayes et Bamako, incendiant une quarantaine de véhicules, selon des sources sécuritaires. Plusieurs chauffeurs ont été tués. Le JNIM impose depuis septembre un blocus sur les importations de carburant.",
     [('Battles', 'Armed clash')], ['Violence against civilians']),
    ('couvre_feu_leve',
     "Les autorités de Nouvelle-Calédonie ont levé mardi le couvre-feu instauré après les émeutes de mai, qui avaient fait quatorze morts. Les écoles et les commerces ont rouvert dans l'agglomération de Nouméa. Le haut-commissaire a appelé au « retour du dialogue ».",
     [], []),
    ('casque_bleu_ied_kidal',
     "Un Casque bleu tchadien a été tué lundi par l'explosion d'un engin explosif improvisé au passage de son convoi près d'Aguelhok, dans la région de Kidal, a annoncé mardi la mission de l'ONU. Deux autres soldats ont été blessés. Le secrétaire général a condamné l'attaque et appelé à traduire ses auteurs en justice.",
     [('Explosions/Remote violence', 'Remote explosive/landmine/IED')], []),
    ('zelensky_chaque_nuit',
     "« Les Russes bombardent nos villes chaque nuit, ils visent les hôpitaux et les écoles », a déclaré mardi le président ukrainien devant le Parlement européen à Strasbourg. Il a demandé aux Européens d'accélérer l'adhésion de son pays à l'Union.",
     [], []),
    ('marche_interdite',
     "Le gouverneur de Dakar a interdit la marche que l'opposition prévoyait d'organiser samedi contre le report de l'élection présidentielle, invoquant des « risques de troubles à l'ordre public ». Les organisateurs ont annoncé qu'ils maintiendraient leur appel à manifester.",
     [], []),
    ('manoeuvres_taiwan',
     "La Chine a lancé lundi des manœuvres militaires d'envergure autour de Taïwan, simulant un blocus de l'île et des frappes contre des cibles clés, trois jours après l'investiture du nouveau président taïwanais. Taipei a dénoncé une « provocation irrationnelle » et mis ses forces en alerte.",
     [], []),
    ('obus_ancien_chantier',
     "Un obus de la Première Guerre mondiale a été découvert mardi sur un chantier à Verdun, entraînant l'évacuation d'une centaine d'habitants pendant l'intervention des démineurs. L'engin a été emporté pour être détruit.",
     [], []),
    ('menace_marche_kinshasa',
     "Le chef de l'AFC/M23 a menacé lundi de « marcher sur Kinshasa » si le président congolais refusait de dialoguer avec les rebelles. Ses déclarations, faites lors d'un meeting à Goma, ont été condamnées par le gouvernement, qui parle de « propagande ».",
     [], []),
    ('titre_soudan_marche',
     "Soudan : au moins 40 morts dans une attaque des FSR contre un marché au Kordofan\n\nAu moins 40 personnes ont été tuées dimanche lorsque les Forces de soutien rapide ont bombardé un marché de la ville d'Al-Nahud, a indiqué lundi un groupe de médecins.",
     [('Explosions/Remote violence', 'Shelling/artillery/missile attack')], ['Violence against civilians']),
    ('negociations_echec_combats',
     "Les négociations entre le gouvernement colombien et le Clan del Golfo ont été suspendues mardi à Doha. Le président a accusé le groupe de « ne pas respecter ses engagements ». Le ministère de la Défense affirme que l'organisation criminelle continue de recruter des mineurs et d'extorquer les commerçants dans le nord du pays.",
     [], []),
    ('hamas_accepte',
     'Le Hamas a accepté lundi la proposition de cessez-le-feu présentée par les médiateurs égyptiens et qataris, a indiqué un responsable du mouvement. Israël a dit étudier la réponse. La proposition prévoit une trêve de soixante jours et la libération de dix otages vivants.',
     [], ['Strategic developments']),
    ('soldat_israelien_tue',
     "Un soldat israélien a été tué lors de combats dans le sud de la bande de Gaza, a annoncé mercredi l'armée israélienne, portant à 430 le nombre de militaires tués depuis le début de l'offensive terrestre. Selon l'armée, le soldat a été touché par un tir de sniper à Khan Younès.",
     [('Battles', 'Armed clash')], ['Violence against civilians']),
    ('expulsions_journalistes',
     "Les autorités nigériennes ont expulsé mardi deux journalistes étrangers accusés d'avoir diffusé de « fausses informations » sur les opérations militaires. Leurs accréditations avaient été retirées la semaine dernière. Reporters sans frontières dénonce une nouvelle atteinte à la liberté de la presse.",
     [], []),
    ('irak_anniversaire_mossoul',
     "Dix ans après la prise de Mossoul par l'Etat islamique, la ville porte encore les stigmates de la guerre. Les combats pour la reprendre, en 2016 et 2017, ont coûté la vie à des milliers de civils. Aujourd'hui, la reconstruction avance lentement, faute de financements.",
     [], []),
    ('bilan_hebdomadaire_ukraine',
     "Cette semaine, les frappes russes ont fait au moins 35 morts parmi les civils ukrainiens, selon un décompte de l'AFP établi à partir des déclarations des autorités locales. L'armée russe a aussi revendiqué la prise de quatre villages dans l'est.",
     [], ['Battles']),
    ('ong_alerte_torture_syrie',
     "Amnesty International a publié mardi un rapport accusant les nouvelles forces de sécurité syriennes d'avoir torturé des détenus alaouites après les violences de mars sur la côte. L'ONG demande l'accès des observateurs indépendants aux centres de détention. Le ministère de l'Intérieur n'a pas réagi.",
     [], []),
    ('liban_funerailles_hezbollah',
     "Des dizaines de milliers de partisans du Hezbollah ont assisté dimanche à Beyrouth aux funérailles de l'ancien chef du mouvement, tué par une frappe israélienne en septembre dernier. Des avions de chasse israéliens ont survolé la capitale à basse altitude pendant la cérémonie.",
     [], ['Protests']),
]
BY_NAME = {name: (text, want, may) for name, text, want, may in DISPATCHES}
STILL_WRONG = {
    "mali_convoi_route": "a convoy under army escort is read as civilians, and its drivers' deaths as the army's",
    "burkina_communique_armee": "an army's tally of several operations over a week is coded as one attack on civilians",
    "niger_coup_anniversaire": "a crowd gathered 'pour célébrer' a coup's anniversary is a rally ACLED codes; "
                               "'se rassembler' needs a word of protest near it",
}


def _news(pipeline, text):
    return news(code(pipeline, text, "fr", PUBLISHED))


@pytest.mark.parametrize("name", still_wrong_marked(BY_NAME, STILL_WRONG))
def test_a_world_dispatch_tells_only_the_events_a_coder_codes(pipeline, name):
    text, want, may = BY_NAME[name]
    assert_coded_as_a_coder_would(_news(pipeline, text), want, may)


AGO = [("il y a six mois", date(2024, 12, 15), TimePrecision.MONTH),
       ("il y a un an", date(2024, 6, 15), TimePrecision.MONTH),
       ("il y a deux semaines", date(2025, 6, 4), TimePrecision.WEEK),
       ("en 2019", date(2019, 7, 1), TimePrecision.MONTH)]


@pytest.mark.parametrize("said, day, precision", AGO, ids=[a[0] for a in AGO])
def test_weeks_months_years_ago_and_past_years_are_dates(said, day, precision):
    [t] = find_time_mentions(f"Le village avait été attaqué {said}.", "fr")
    assert resolve(t, PUBLISHED) == (day, precision)


def test_the_current_year_dates_nothing(pipeline):
    [e] = _news(pipeline, "Des hommes armés ont attaqué lundi un bus près de Celaya, tuant trois passagers, la pire "
                          "attaque dans la région en 2025.")
    assert e.event_date == date(2025, 6, 16)


def test_an_offensive_six_months_ago_is_background(pipeline):
    text = "Il y a six mois, les rebelles avaient pris la ville de Marib au terme d'une offensive de trois semaines."
    assert _news(pipeline, text) == []


def test_gangs_fighting_the_police_clash_with_it(pipeline):
    [e] = _news(pipeline, BY_NAME["haiti_kenscoff_gangs"][0])
    assert e.sub_event_type == "Armed clash"
    assert sides(e) == ["Unidentified Gang (Haiti)", "Police Forces of Haiti (2021-)"]


def test_the_strike_a_meeting_follows_is_recalled_with_the_toll_its_relative_tells(pipeline):
    """As tests/extract/test_french_world_dispatches.py's ne18: a meeting held after an attack, named with
    its day, codes no new event; nor does the relative clause that tells the attack's toll."""
    assert _news(pipeline, BY_NAME["conseil_securite_gaza"][0]) == []


def test_a_series_of_strikes_carried_out_on_a_day_is_that_days(pipeline):
    [e] = _news(pipeline, BY_NAME["syrie_israel_frappes_damas"][0])
    assert e.event_date == date(2025, 6, 16)


@pytest.mark.parametrize("text", [
    "La région pourrait basculer dans la famine si les combats reprennent avant la récolte, a prévenu l'ONU.",
    "Le ministre a promis la fermeté si des manifestants attaquent encore la préfecture.",
])
def test_an_if_clause_without_a_comma_is_a_hypothesis(pipeline, text):
    assert _news(pipeline, text) == []


def test_even_if_tells_a_fact(pipeline):
    text = "Même si les combats ont repris lundi à Sahnaya, les négociations continuent, selon l'OSDH."
    assert [e.event_type for e in _news(pipeline, text)] == ["Battles"]


def test_the_most_violent_state_is_no_rape(pipeline):
    text = "Sinaloa reste l'Etat le plus violent du pays, où les cartels se disputent les routes de la drogue."
    assert "Violence against civilians" not in {e.event_type for e in _news(pipeline, text)}


@pytest.mark.parametrize("text", [
    "Le ministre de la Défense s'est rendu jeudi auprès des troupes déployées à la frontière avec les forces alliées.",
    "Le chef de l'armée s'est rendu en Pologne pour rencontrer ses homologues des forces de l'Otan.",
])
def test_going_to_troops_or_a_country_is_a_visit_not_a_surrender(pipeline, text):
    assert _news(pipeline, text) == []


def test_surrendering_to_the_army_is_still_a_surrender(pipeline):
    text = "Une quarantaine de miliciens se sont rendus lundi à l'armée avec leurs armes à Bunia."
    assert [e.event_type for e in _news(pipeline, text)] == ["Strategic developments"]


@pytest.mark.parametrize("text", [
    "Les convois humanitaires sont régulièrement pris pour cible par des hommes armés sur cette route.",
    "Le commandant était critiqué pour les pertes subies lors des offensives des six derniers mois.",
])
def test_regular_attacks_and_those_of_recent_months_are_background(pipeline, text):
    assert _news(pipeline, text) == []


def test_people_killed_by_falling_trees_in_a_storm_are_no_attack(pipeline):
    assert _news(pipeline, BY_NAME["meteo_tempete"][0]) == []
