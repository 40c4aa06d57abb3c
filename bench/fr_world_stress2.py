"""French world-conflict stress set, second group: invented wire reports on conflicts the first group leaves out.

    PYTHONPATH=. .venv/bin/python bench/fr_world_stress2.py [--show-failures] [--only ID]

Issue 13, as ``bench/fr_world_stress.py`` (whose matcher and scoring this set uses): 20 invented world-page reports in
AFP / RFI / France 24 manner (El-Facher and Kordofan, Myanmar's junta and the Arakan Army, Haiti's gangs, US strikes on
the Houthis, Gaza, the West Bank, South Lebanon, Ukraine's and Russia's drones, the shebab, Cabo Delgado, kidnappings
in north-western Nigeria, Burkina Faso, Mali, Niger, Amhara, Colombia, Mexico), each with the day's act beside
background that must give no dated event, and 6 analysis pieces that must give none. Written for this set, not from
any dev text (``tools/ngram_check`` 0). Places from general knowledge.
"""
from __future__ import annotations

import sys
from datetime import date

from fr_world_stress import ABD, AC, AIR, ATT, GRT, IED, NSO, ev, run

EL_FACHER, EL_OBEID, SINJA = (13.63, 25.35), (13.18, 30.22), (13.15, 33.93)
KYAUKTAW, THANDWE = (20.84, 92.98), (18.46, 94.37)
KENSCOFF, SANAA = (18.45, -72.29), (15.35, 44.21)
DEIR_EL_BALAH, TOULKAREM, HUWARA, TYR = (31.42, 34.35), (32.31, 35.03), (32.15, 35.26), (33.27, 35.20)
ZAPORIJJIA, BRIANSK_REGION = (47.84, 35.14), (52.95, 33.40)
BELEDWEYNE, MACOMIA = (4.74, 45.20), (-12.24, 40.12)
KAURA_NAMODA, KADUNA, DIAPAGA, BANIBANGOU, TESSALIT = (12.59, 6.59), (10.52, 7.44), (12.07, 1.79), (15.04, 2.70), (20.20, 1.01)
GONDAR, ARAUCA, CULIACAN = (12.60, 37.47), (7.08, -70.76), (24.80, -107.39)

ARTICLES = [
    ("soudan_el_facher_assaut", date(2024, 6, 14), """Soudan : les paramilitaires lancent un nouvel assaut sur El-Facher

KHARTOUM (AFP) - De violents combats ont opposé jeudi l'armée soudanaise aux Forces de soutien rapide (FSR) dans l'est d'El-Facher, chef-lieu du Darfour-Nord, faisant au moins 18 morts parmi les civils, selon un comité de résistance local.

Les paramilitaires ont tenté de percer les défenses de l'armée près du marché central, avant d'être repoussés en fin de journée, a indiqué une source militaire. Des obus sont tombés sur plusieurs quartiers habités.

Assiégée depuis le mois de mai, la ville est la dernière capitale régionale du Darfour que les FSR ne contrôlent pas. L'ONU estime que plus de 800 000 personnes y sont prises au piège.

La guerre, qui a éclaté en avril 2023, a fait des dizaines de milliers de morts et plus de dix millions de déplacés.""",
     [ev(AC, ["Rapid Support Forces", "Sudan"], EL_FACHER, "jeudi", 18)]),

    ("soudan_sinja_reprise", date(2024, 11, 25), """Soudan : l'armée annonce avoir repris Sinja aux paramilitaires

PORT-SOUDAN (AFP) - L'armée soudanaise a annoncé samedi avoir repris le contrôle de Sinja, chef-lieu de l'Etat de Sennar, tombé aux mains des Forces de soutien rapide en juin.

Des images diffusées sur les réseaux sociaux montrent des soldats célébrant leur victoire devant le siège du gouvernement local. Les FSR n'ont pas commenté.

Cette reprise intervient après des semaines d'avancée de l'armée le long du Nil Bleu. Le chef de l'armée, le général Abdel Fattah al-Burhane, a promis de « libérer chaque centimètre » du pays.""",
     [ev(GRT, ["Sudan"], SINJA, "samedi")]),

    ("birmanie_kyauktaw_frappe", date(2024, 2, 1), """Birmanie : une frappe aérienne de la junte fait 12 morts dans un marché de l'Etat Rakhine

RANGOUN (AFP) - Au moins douze civils ont été tués et une trentaine blessés mercredi lorsqu'un avion de chasse de l'armée birmane a bombardé un marché de Kyauktaw, dans l'Etat Rakhine (ouest), ont indiqué des habitants et un groupe rebelle.

« Le marché était bondé, les bombes sont tombées sur les étals », a raconté un commerçant joint par téléphone. L'Armée d'Arakan, qui combat la junte dans la région, a dénoncé un « crime de guerre ».

Depuis la reprise des combats en novembre, les militaires au pouvoir multiplient les bombardements aériens. La junte n'a pas répondu aux sollicitations de l'AFP.""",
     [ev(AIR, ["Myanmar", "Civilians"], KYAUKTAW, "mercredi", 12)]),

    ("birmanie_thandwe_prise", date(2025, 1, 9), """Birmanie : les rebelles de l'Armée d'Arakan prennent une ville proche d'une station balnéaire

RANGOUN (AFP) - L'Armée d'Arakan (AA), un groupe rebelle ethnique, s'est emparée mardi de Thandwe, près de la plage de Ngapali, après plusieurs semaines de siège, a annoncé le groupe dans un communiqué.

Les soldats de la junte ont abandonné leurs positions dans la nuit, selon des habitants. L'AA contrôle désormais la quasi-totalité de l'Etat Rakhine.

Le porte-parole de la junte a qualifié ces informations de « propagande ». L'armée, au pouvoir depuis le coup d'Etat de février 2021, a perdu plusieurs villes depuis l'offensive lancée par une alliance de groupes rebelles en octobre 2023.""",
     [ev(NSO, ["Arakan Army"], THANDWE, "mardi")]),

    ("haiti_kenscoff", date(2025, 2, 3), """Haïti : des gangs attaquent Kenscoff, au moins huit morts

PORT-AU-PRINCE (AFP) - Des membres de gangs armés ont attaqué dans la nuit de samedi à dimanche plusieurs quartiers de Kenscoff, sur les hauteurs de la capitale haïtienne, tuant au moins huit habitants, a indiqué le maire de la commune.

Les assaillants ont incendié une dizaine de maisons et forcé des centaines de familles à fuir vers Pétion-Ville. La police nationale a déployé des renforts dans la matinée.

La coalition de gangs Viv Ansanm, qui contrôle la majeure partie de Port-au-Prince, cherche depuis des mois à s'étendre vers les communes de montagne. Selon l'ONU, plus de 5 600 personnes ont été tuées en Haïti en 2024.""",
     [ev(ATT, ["Civilians"], KENSCOFF, ("samedi", "dimanche"), 8)]),

    ("yemen_frappes_sanaa", date(2025, 3, 17), """Yémen : des frappes américaines sur Sanaa font 31 morts, selon les houthis

SANAA (AFP) - Des frappes américaines ont visé samedi soir la capitale yéménite Sanaa et plusieurs provinces tenues par les rebelles houthis, faisant au moins 31 morts, selon le ministère de la Santé des rebelles.

Le président américain a affirmé que ces frappes visaient à protéger la navigation en mer Rouge, où les houthis ont attaqué plus d'une centaine de navires marchands depuis novembre 2023.

Les rebelles ont promis de « répondre à l'escalade par l'escalade ». Leur chef a menacé de reprendre les attaques contre les navires américains.""",
     [ev(AIR, ["United States"], SANAA, "samedi", 31)]),

    ("gaza_deir_el_balah_ecole", date(2024, 7, 28), """Gaza : une frappe israélienne sur une école abritant des déplacés fait 30 morts

GAZA (AFP) - Une frappe israélienne a tué samedi au moins 30 personnes dans une école transformée en abri pour déplacés à Deir el-Balah, dans le centre de la bande de Gaza, a annoncé la Défense civile.

L'armée israélienne a affirmé avoir visé un « centre de commandement » du Hamas installé dans le bâtiment. Parmi les victimes figurent de nombreux enfants, selon un médecin de l'hôpital Al-Aqsa.

La guerre a été déclenchée par l'attaque sans précédent du mouvement islamiste palestinien sur le sud d'Israël le 7 octobre 2023. Les négociations en vue d'une trêve piétinent.""",
     [ev(AIR, ["Israel"], DEIR_EL_BALAH, "samedi", 30)]),

    ("cisjordanie_huwara_colons", date(2024, 4, 15), """Cisjordanie : un Palestinien tué lors d'une attaque de colons

RAMALLAH (AFP) - Un Palestinien a été tué par balle dimanche lors d'une attaque de colons israéliens contre le village de Huwara, dans le nord de la Cisjordanie occupée, a annoncé le ministère palestinien de la Santé.

Des dizaines de colons ont incendié des voitures et des maisons, selon des témoins. L'armée israélienne a indiqué avoir dispersé les assaillants.

Plus de 450 Palestiniens ont été tués en Cisjordanie par des soldats ou des colons israéliens depuis le début de la guerre à Gaza, selon des chiffres officiels palestiniens.""",
     [ev(ATT, ["Settlers", "Civilians"], HUWARA, "dimanche", 1)]),

    ("cisjordanie_toulkarem_raid", date(2024, 9, 4), """Cisjordanie : cinq combattants palestiniens tués dans une frappe israélienne à Toulkarem

JERUSALEM (AFP) - L'armée israélienne a tué mardi cinq combattants palestiniens dans une frappe de drone sur un véhicule à Toulkarem, dans le nord de la Cisjordanie, au septième jour d'une vaste opération militaire dans la région.

Parmi les morts figure un commandant local du Jihad islamique, selon l'armée. Le groupe armé a confirmé la mort de ses membres.

Lancée la semaine dernière, l'opération vise selon Israël à « démanteler les infrastructures terroristes » de Jénine, Toulkarem et Tubas.""",
     [ev(AIR, ["Israel", "Palestinian Islamic Jihad"], TOULKAREM, "mardi", 5)]),

    ("liban_tyr_drone", date(2024, 6, 5), """Liban : deux membres du Hezbollah tués par une frappe de drone près de Tyr

BEYROUTH (AFP) - Une frappe de drone israélienne a visé mardi une voiture près de Tyr, dans le sud du Liban, tuant deux membres du Hezbollah, a indiqué une source sécuritaire libanaise.

Le mouvement chiite a annoncé en soirée la mort de deux de ses combattants, sans préciser les circonstances. L'armée israélienne a affirmé avoir « éliminé des terroristes ».

Depuis octobre, les échanges de tirs quasi quotidiens à la frontière ont fait plus de 450 morts au Liban, en majorité des combattants, et des dizaines de milliers de déplacés des deux côtés.""",
     [ev(AIR, ["Israel", "Hezbollah"], TYR, "mardi", 2)]),

    ("ukr_zaporijjia_drones", date(2024, 11, 12), """Ukraine : trois morts dans une attaque de drones russes sur Zaporijjia

KIEV (AFP) - Trois personnes ont été tuées et onze blessées lundi soir dans une attaque de drones russes sur Zaporijjia, dans le sud de l'Ukraine, a annoncé le gouverneur régional.

Plusieurs immeubles et un centre commercial ont été endommagés, selon les secours. La ville, située à une cinquantaine de kilomètres de la ligne de front, est une cible régulière de l'armée russe.

La défense antiaérienne ukrainienne a indiqué avoir abattu la plupart des drones lancés sur le pays durant la nuit. Moscou affirme ne viser que des sites militaires.""",
     [ev(AIR, ["Russia", "Civilians"], ZAPORIJJIA, "lundi", 3)]),

    ("russie_briansk_drones", date(2025, 1, 14), """Russie : une raffinerie touchée par des drones ukrainiens dans la région de Briansk

MOSCOU (AFP) - Des drones ukrainiens ont frappé lundi une installation pétrolière de la région de Briansk, frontalière de l'Ukraine, provoquant un incendie, a annoncé le gouverneur régional, qui ne fait état d'aucune victime.

Les autorités militaires russes ont affirmé avoir détruit 47 drones au-dessus de plusieurs régions du pays au cours de la nuit.

Kiev a intensifié ces derniers mois ses frappes contre les infrastructures énergétiques russes, qui selon l'Ukraine financent l'effort de guerre de Moscou.""",
     [ev(AIR, ["Ukraine"], BRIANSK_REGION, "lundi", 0)]),

    ("somalie_beledweyne", date(2024, 10, 30), """Somalie : les shebab attaquent une base militaire, au moins 14 soldats tués

MOGADISCIO (AFP) - Au moins quatorze soldats somaliens ont été tués mardi lors d'une attaque des islamistes shebab contre une base de l'armée près de Beledweyne, dans le centre du pays, a indiqué un officier.

Les insurgés ont fait exploser un véhicule piégé à l'entrée de la base avant de donner l'assaut, selon la même source. Les combats ont duré plusieurs heures.

Les shebab, liés à Al-Qaïda, combattent le gouvernement fédéral depuis plus de quinze ans. L'armée somalienne avait lancé en 2022 une vaste offensive contre eux, avec le soutien de milices claniques.""",
     [ev(AC, ["Al Shabaab", "Somalia"], BELEDWEYNE, "mardi", 14)]),

    ("mozambique_macomia", date(2024, 5, 14), """Mozambique : des jihadistes attaquent Macomia, dans le Cabo Delgado

MAPUTO (AFP) - Des dizaines d'insurgés liés au groupe Etat islamique ont attaqué vendredi la ville de Macomia, dans la province du Cabo Delgado, affrontant l'armée mozambicaine pendant plusieurs heures, selon des sources locales.

Au moins dix soldats ont été tués, a indiqué une source sécuritaire. Les assaillants ont pillé des magasins et des entrepôts d'aide alimentaire avant de se retirer.

L'insurrection, qui a éclaté en 2017 dans cette province riche en gaz, a fait plus de 4 000 morts et un million de déplacés. Le Rwanda a déployé des troupes dans la région en 2021.""",
     [ev(AC, ["Islamic State", "Mozambique"], MACOMIA, "vendredi", 10)]),

    ("nigeria_zamfara_enlevement", date(2024, 3, 11), """Nigeria : plus de 60 personnes enlevées dans un village du nord-ouest

KANO (AFP) - Des hommes armés ont enlevé samedi plus de soixante personnes, en majorité des femmes et des enfants, dans un village proche de Kaura Namoda, dans l'Etat de Zamfara, ont indiqué des habitants.

Les ravisseurs, arrivés à moto, ont encerclé le village à l'aube avant d'emmener leurs otages dans la forêt, selon un chef local. La police a confirmé l'attaque sans donner de bilan.

Les enlèvements contre rançon par des gangs criminels, appelés « bandits » localement, sont devenus fréquents dans le nord-ouest du Nigeria. Plus de 280 élèves avaient été enlevés la semaine précédente dans l'Etat voisin de Kaduna.""",
     [ev(ABD, ["Civilians"], KAURA_NAMODA, "samedi"),
      ev(ABD, ["Civilians"], KADUNA, 9, optional=True)]),

    ("burkina_diapaga", date(2024, 8, 7), """Burkina Faso : des dizaines de soldats tués dans une attaque jihadiste dans l'Est

OUAGADOUGOU (AFP) - Des dizaines de soldats et de supplétifs civils ont été tués lundi dans une attaque jihadiste contre un détachement militaire à Diapaga, dans l'est du Burkina Faso, ont indiqué des sources sécuritaires.

L'attaque a été revendiquée par le GSIM (ou JNIM), lié à Al-Qaïda, qui affirme avoir tué 40 soldats.

Le Burkina Faso, dirigé par une junte depuis 2022, est pris depuis 2015 dans une spirale de violences jihadistes qui ont fait plus de 20 000 morts.""",
     [ev(AC, ["JNIM", "Burkina Faso"], DIAPAGA, "lundi")]),

    ("mali_tessalit_drone", date(2024, 10, 23), """Mali : une frappe de drone de l'armée tue huit civils près de Tessalit

BAMAKO (AFP) - Huit civils, dont des enfants, ont été tués lundi par une frappe de drone de l'armée malienne près de Tessalit, dans la région de Kidal (nord), ont affirmé des élus locaux et les rebelles indépendantistes.

Les victimes se trouvaient près d'un puits, selon un communiqué de la coalition rebelle. L'armée a affirmé avoir « neutralisé des terroristes » dans la zone.

Depuis la reprise de Kidal en novembre 2023, l'armée et ses alliés russes mènent des frappes régulières dans le nord du pays.""",
     [ev(AIR, ["Mali", "Civilians"], TESSALIT, "lundi", 8)]),

    ("niger_banibangou", date(2025, 3, 26), """Niger : 12 soldats tués dans une embuscade près de la frontière malienne

NIAMEY (AFP) - Douze soldats nigériens ont été tués dimanche dans une embuscade tendue par des jihadistes près de Banibangou, dans la région de Tillabéri, a annoncé mercredi le ministère de la Défense.

L'armée affirme avoir « neutralisé » plusieurs dizaines d'assaillants lors de la riposte. L'attaque est attribuée à l'Etat islamique au Sahel.

La zone dite des trois frontières, entre le Niger, le Mali et le Burkina Faso, est le théâtre d'attaques régulières des groupes jihadistes.""",
     [ev(AC, ["Islamic State", "Niger"], BANIBANGOU, "dimanche")]),

    ("ethiopie_gondar_fano", date(2024, 4, 19), """Ethiopie : combats entre l'armée et les milices Fano près de Gondar

ADDIS ABEBA (AFP) - De violents combats ont opposé jeudi l'armée éthiopienne aux milices nationalistes Fano dans les faubourgs de Gondar, dans la région Amhara, ont rapporté des habitants.

Des tirs d'armes lourdes ont été entendus pendant plusieurs heures et les commerces sont restés fermés, selon un habitant. Aucun bilan n'était disponible.

La région est en proie à une insurrection depuis août 2023, lorsque les Fano ont pris les armes contre le gouvernement fédéral après la décision de démanteler les forces régionales.""",
     [ev(AC, ["Fano", "Ethiopia"], GONDAR, "jeudi")]),

    ("colombie_arauca_eln", date(2024, 9, 19), """Colombie : deux soldats tués dans une attaque à l'explosif attribuée à l'ELN

BOGOTA (AFP) - Deux soldats ont été tués et plus de vingt blessés mardi par l'explosion d'un camion piégé contre une base militaire de la ville d'Arauca, à la frontière vénézuélienne, ont annoncé les autorités, qui attribuent l'attaque à la guérilla de l'ELN.

Le président Gustavo Petro a suspendu les pourparlers de paix avec la guérilla guévariste après l'attentat.

L'ELN, qui compte environ 6 000 combattants, est la dernière guérilla active du pays après l'accord de paix signé en 2016 avec les FARC.""",
     [ev(IED, ["National Liberation Army", "Colombia"], ARAUCA, "mardi", 2)]),

    ("mexique_culiacan", date(2024, 10, 22), """Mexique : 19 morts dans un affrontement entre l'armée et des hommes armés à Culiacan

MEXICO (AFP) - Dix-neuf membres présumés d'un cartel ont été tués lundi lors d'un affrontement avec l'armée dans les environs de Culiacan, capitale de l'Etat de Sinaloa, a annoncé le ministère de la Défense.

Les soldats ont été attaqués alors qu'ils patrouillaient et ont riposté, selon le ministère, qui a fait état de l'arrestation d'un chef local.

La ville est secouée depuis septembre par une guerre entre factions du cartel de Sinaloa, déclenchée par l'arrestation de l'un de ses fondateurs aux Etats-Unis.""",
     [ev(AC, ["Mexico"], CULIACAN, "lundi", 19)]),

    ("analyse_soudan_deux_ans", date(2025, 4, 15), """Soudan : deux ans de guerre et aucune issue en vue

PORT-SOUDAN (AFP) - Deux ans après le début de la guerre entre l'armée et les Forces de soutien rapide, le Soudan apparaît plus divisé que jamais, l'armée tenant l'est et le centre, les paramilitaires l'essentiel du Darfour.

Selon les Nations unies, le conflit a provoqué la plus grave crise humanitaire au monde, avec près de 13 millions de déplacés. Les chiffres des morts varient, certaines estimations dépassant 150 000.

« Aucun des deux camps ne peut l'emporter militairement », estime un chercheur spécialiste de la région. Les efforts de médiation menés par les Etats-Unis et l'Arabie saoudite sont au point mort depuis l'été.""",
     []),

    ("analyse_birmanie_elections", date(2025, 8, 20), """Birmanie : la junte prépare des élections sous les bombes

RANGOUN (AFP) - La junte birmane, qui ne contrôle plus qu'une partie du territoire, entend organiser à la fin de l'année des élections que ses opposants qualifient déjà de « mascarade ».

Les analystes doutent que le scrutin puisse se tenir dans les zones disputées, où les groupes armés ethniques et les milices pro-démocratie gagnent du terrain depuis deux ans. La Chine soutient ouvertement le processus.

Le conflit a tué des milliers de personnes et fait plus de trois millions de déplacés depuis le coup d'Etat de 2021, selon l'ONU.""",
     []),

    ("analyse_haiti_mission", date(2025, 6, 2), """Haïti : un an après, la mission kényane peine à faire reculer les gangs

PORT-AU-PRINCE (AFP) - Un an après l'arrivée des premiers policiers kényans, la mission multinationale de soutien à la sécurité en Haïti n'a pas enrayé l'expansion des gangs, qui contrôlent toujours l'essentiel de la capitale.

Faute de moyens, la mission ne compte qu'un millier d'hommes sur les 2 500 prévus. « Nous manquons de véhicules blindés et d'hélicoptères », reconnaît un responsable.

Le Conseil de sécurité de l'ONU doit se prononcer en octobre sur la transformation de la mission en opération de maintien de la paix.""",
     []),

    ("analyse_sahel_aes", date(2025, 1, 29), """Sahel : un an après leur départ de la Cédéao, les juntes face à la menace jihadiste

DAKAR (AFP) - Un an après avoir annoncé leur retrait de la Communauté économique des Etats d'Afrique de l'Ouest, le Mali, le Burkina Faso et le Niger, réunis dans l'Alliance des Etats du Sahel, n'ont pas réussi à contenir les groupes jihadistes.

Les attaques se sont étendues vers les pays côtiers du golfe de Guinée, relèvent les experts. Les juntes ont rompu avec la France et se sont tournées vers la Russie.

« La réponse uniquement militaire a montré ses limites », juge un ancien diplomate, qui plaide pour un dialogue avec certains chefs locaux.""",
     []),

    ("analyse_mer_rouge_commerce", date(2024, 12, 10), """Mer Rouge : un an de perturbations pour le commerce mondial

PARIS (AFP) - Un an après les premières attaques des rebelles houthis contre des navires marchands, le trafic par le canal de Suez a chuté de moitié, forçant les armateurs à contourner l'Afrique par le cap de Bonne-Espérance.

Ce détour allonge les trajets de dix à quatorze jours et a fait bondir le coût du fret, selon les économistes. L'Egypte a perdu plusieurs milliards de dollars de recettes.

Les frappes américaines et britanniques sur le Yémen n'ont pas dissuadé les rebelles, qui disent agir en solidarité avec les Palestiniens de Gaza.""",
     []),

    ("analyse_colombie_paix", date(2024, 8, 8), """Colombie : la « paix totale » de Petro à l'épreuve des groupes armés

BOGOTA (AFP) - Deux ans après son arrivée au pouvoir, le président Gustavo Petro voit sa politique de « paix totale » contestée, alors que les groupes armés ont étendu leur emprise sur plusieurs régions.

Les négociations avec la guérilla de l'ELN et des dissidences des FARC ont connu des avancées, mais les cessez-le-feu successifs ont été rompus à plusieurs reprises, relèvent les observateurs.

Selon un rapport d'une fondation indépendante, le nombre de combattants des groupes armés a augmenté depuis 2022.""",
     []),
]


def main() -> int:
    return run(__doc__, ARTICLES, "AFP")


if __name__ == "__main__":
    sys.exit(main())
