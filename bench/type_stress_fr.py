"""French event-type stress set: invented press sentences and dispatches for each of ACLED's 25 sub-event types.

    PYTHONPATH=. .venv/bin/python bench/type_stress_fr.py [--show-failures] [--only SUBTYPE]

The French held-out set decides whether event typing generalises, and no one tuned on it; this set is the
French twin of bench/type_stress.py, so that a French rule can be judged on texts never seen. The items were
written from the codebook's definitions of each sub-event type in agency style (AFP, Radio Okapi, RFI,
Le Monde), not from any dev text: different verbs, the passive, counts in words, one event told in several
clauses, a second event on another day, negation, claims, background paragraphs, and political articles that
give no dated event. Each item gives its expected events, each as (sub-event type, fatalities), and is coded
by the real pipeline with the publication date below; the comparison is bench/type_stress.py's.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date

from bench.type_stress import (ABD, AC, AGR, AIR, ARR, ATT, CHG, CW, DWU, GR, GRT, HQ, IED, LOOT, MOB, NSO, NVT,
                               OTH, PP, PWI, SB, SH, SV, VD, XF, run)

# Sunday 5 March 2023: "lundi" is 27 February, "samedi" 4 March
PUBLISHED_FR = date(2023, 3, 5)

ITEMS: dict[str, list[tuple[str, list[tuple[str, int]]]]] = {
    AC: [
        ("Des affrontements ont opposé lundi les militaires des FARDC aux rebelles du M23 à Kitshanga, dans le "
         "territoire de Masisi (Nord-Kivu). Deux soldats et quatre rebelles ont été tués, selon une source "
         "militaire.", [(AC, 6)]),
        ("BENI (Radio Okapi) - Un accrochage entre l'armée et des combattants des ADF s'est produit lundi 27 février "
         "près d'Oicha. Aucun bilan n'a été communiqué.", [(AC, 0)]),
        ("Une patrouille de l'armée malienne est tombée dans une embuscade tendue par des jihadistes du JNIM lundi "
         "entre Douentza et Boni, dans la région de Mopti. Les soldats ont riposté. Trois militaires ont perdu la "
         "vie dans les combats, a indiqué l'état-major.", [(AC, 3)]),
        ("De violents combats ont éclaté lundi à Bakhmout entre les forces ukrainiennes et les troupes russes, "
         "selon l'état-major ukrainien, qui ne donne pas de bilan.", [(AC, 0)]),
        ("Les Forces de soutien rapide (FSR) et l'armée soudanaise ont échangé des tirs lundi à El Facher, au "
         "Darfour du Nord. Une dizaine de combattants ont été tués.\n\nSamedi, de nouveaux affrontements ont "
         "éclaté dans la même ville, sans faire de victime.", [(AC, 10), (AC, 0)]),
        ("Des militaires burkinabè ont repoussé lundi une attaque de jihadistes contre leur poste à Djibo, dans la "
         "province du Soum. Au moins douze assaillants ont été neutralisés, selon l'armée.", [(AC, 12)]),
        ("PORT-AU-PRINCE (AFP) - Des policiers haïtiens et des membres du gang 5 Segonn se sont affrontés lundi "
         "pendant plusieurs heures à Carrefour, au sud de la capitale. Un policier a été tué.", [(AC, 1)]),
        ("Des échanges de tirs ont eu lieu lundi entre des combattants du Hezbollah et l'armée israélienne à la "
         "frontière, près de Kfar Kila, dans le sud du Liban. Aucun mort n'a été signalé.", [(AC, 0)]),
        ("Le groupe armé CODECO et des miliciens Zaïre se sont battus lundi dans la localité de Djugu, en Ituri. "
         "Cinq miliciens ont péri. La région est le théâtre de violences intercommunautaires depuis 2017.",
         [(AC, 5)]),
    ],
    GRT: [
        ("L'armée congolaise a repris lundi le contrôle de la localité de Bunagana, dans le territoire de "
         "Rutshuru, occupée par le M23 depuis juin, a annoncé le porte-parole des FARDC.", [(GRT, 0)]),
        ("Les forces armées maliennes ont reconquis lundi la ville de Léré, dans la région de Tombouctou, après en "
         "avoir chassé les jihadistes. L'opération a coûté la vie à deux soldats.", [(GRT, 2)]),
        ("KHARKIV (AFP) - Les forces ukrainiennes ont libéré lundi le village de Dvorichna, dans la région de "
         "Kharkiv, après le repli des troupes russes sous le feu, selon Kiev.", [(GRT, 0)]),
        ("La ville de Kobo, dans la région Amhara, a été reprise lundi par l'armée éthiopienne aux rebelles du "
         "TPLF au terme de durs combats.", [(GRT, 0)]),
        ("L'armée burkinabè a délogé lundi des jihadistes de la localité de Solenzo, dans la province des Banwa, "
         "et en a repris le contrôle. Une vingtaine de terroristes ont été tués, selon l'armée.", [(GRT, 20)]),
        ("Les troupes mozambicaines et rwandaises ont reconquis lundi la ville de Mocímboa da Praia, dans la "
         "province de Cabo Delgado, tenue depuis un an par des insurgés liés à l'État islamique.", [(GRT, 0)]),
        ("Lundi, les soldats soudanais ont repris aux FSR le contrôle du pont de Shambat, à Khartoum, selon un "
         "communiqué de l'armée.", [(GRT, 0)]),
        ("Les forces gouvernementales somaliennes ont reconquis lundi la localité de Adan Yabaal, dans le "
         "Moyen-Chébéli, qui était aux mains des shebab depuis 2016.", [(GRT, 0)]),
    ],
    NSO: [
        ("Les rebelles du M23 se sont emparés lundi de la cité de Rubaya, dans le territoire de Masisi, après le "
         "repli des FARDC, selon des sources locales.", [(NSO, 0)]),
        ("GOMA (Radio Okapi) - La localité de Kiwanja est tombée lundi aux mains des rebelles du M23 après deux "
         "jours de combats. Trois civils ont été tués par des balles perdues.", [(NSO, 3)]),
        ("Des jihadistes de l'État islamique au Sahel ont pris le contrôle lundi de la ville de Tidermène, dans la "
         "région de Ménaka, selon des élus locaux.", [(NSO, 0)]),
        ("Les Forces de soutien rapide ont conquis lundi la ville de Wad Madani, dans l'État d'Al-Jazira, l'armée "
         "s'étant retirée, a rapporté un témoin.", [(NSO, 0)]),
        ("Les shebab ont pris lundi la ville de Masagawa, dans la région de Galgaduud, après avoir attaqué la "
         "garnison. Cinq soldats ont été tués.", [(NSO, 5)]),
        ("Le village de Tessit, dans la région de Gao, a été pris lundi par des combattants du JNIM qui ont hissé "
         "leur drapeau sur le camp militaire.", [(NSO, 0)]),
        ("Des rebelles houthis ont pris lundi le contrôle de plusieurs positions autour de Marib, au Yémen, après "
         "de violents affrontements avec les forces progouvernementales.", [(NSO, 0)]),
        ("PORT-AU-PRINCE (AFP) - Des membres de gangs ont pris d'assaut lundi la commune de Mirebalais et en ont "
         "pris le contrôle, forçant les policiers à fuir.", [(NSO, 0)]),
    ],
    CW: [
        ("L'armée syrienne a été accusée d'avoir utilisé lundi du chlore contre des rebelles à Lataminé, dans la "
         "province de Hama. Une dizaine de personnes ont souffert de difficultés respiratoires.", [(CW, 0)]),
        ("Selon l'Ukraine, les forces russes ont largué lundi des grenades chargées de chloropicrine sur des "
         "tranchées ukrainiennes près de Zaporijjia.", [(CW, 0)]),
        ("Des bombes au gaz sarin ont été larguées lundi sur Khan Cheikhoun, dans la province d'Idleb, faisant au "
         "moins vingt morts, selon une ONG.", [(CW, 20)]),
        ("Une attaque à l'arme chimique a visé lundi le quartier de Douma, près de Damas, selon les secours. "
         "Onze personnes ont été tuées.", [(CW, 11)]),
        ("Des munitions remplies de gaz toxique ont été tirées lundi sur des positions kurdes à Afrine, en "
         "Syrie, selon les Forces démocratiques syriennes.", [(CW, 0)]),
        ("L'armée russe a employé lundi des agents chimiques contre des soldats ukrainiens à Avdiïvka, selon "
         "l'état-major ukrainien. Deux soldats ont été intoxiqués.", [(CW, 0)]),
        ("Des obus contenant du gaz moutarde ont touché lundi la localité de Marea, au nord d'Alep, selon "
         "l'OSDH. Aucun mort n'a été déploré.", [(CW, 0)]),
        ("Lundi, des hélicoptères ont largué des barils de chlore sur Kafr Zita, dans la province de Hama. Trois "
         "enfants sont morts asphyxiés.", [(CW, 3)]),
    ],
    AIR: [
        ("Une frappe de drone a visé lundi un véhicule de jihadistes près de Ménaka, dans l'est du Mali, tuant "
         "quatre de ses occupants, selon l'armée.", [(AIR, 4)]),
        ("KHARTOUM (AFP) - L'aviation de l'armée soudanaise a bombardé lundi des positions des FSR à Omdourman. "
         "Au moins sept civils ont été tués.", [(AIR, 7)]),
        ("Des frappes aériennes israéliennes ont touché lundi plusieurs bâtiments à Rafah, dans le sud de la bande "
         "de Gaza. Une quinzaine de personnes ont péri.", [(AIR, 15)]),
        ("Un drone russe s'est abattu lundi sur un immeuble d'habitation d'Odessa. Trois personnes ont été "
         "tuées et huit blessées.", [(AIR, 3)]),
        ("L'armée burkinabè a mené lundi des frappes aériennes contre une base terroriste près de Djibo, "
         "neutralisant des dizaines de combattants, selon l'AIB.", [(AIR, 10)]),
        ("Un avion de chasse a largué lundi deux bombes sur le marché de Kutum, au Darfour du Nord. Le bombardement "
         "n'a pas fait de victime, selon un médecin.", [(AIR, 0)]),
        ("Des drones du M23 ont frappé lundi l'aéroport de Goma sans faire de victimes, a déclaré un porte-parole "
         "de l'armée.", [(AIR, 0)]),
        ("Une frappe aérienne a été menée lundi contre le village de Tin-Zaouatène, près de la frontière "
         "algérienne. Huit civils ont péri, dont des enfants.", [(AIR, 8)]),
    ],
    SB: [
        ("Un kamikaze s'est fait exploser lundi dans une mosquée de Peshawar, au Pakistan, tuant au moins "
         "trente fidèles.", [(SB, 30)]),
        ("MOGADISCIO (AFP) - Un attentat-suicide à la voiture piégée a visé lundi une base militaire à "
         "Mogadiscio. Six soldats ont été tués. Les shebab ont revendiqué l'attaque.", [(SB, 6)]),
        ("Une femme kamikaze a déclenché sa ceinture d'explosifs lundi sur le marché de Konduga, dans l'État de "
         "Borno. Neuf personnes ont péri.", [(SB, 9)]),
        ("Deux kamikazes se sont fait exploser lundi à l'entrée d'une église de Beni, dans le Nord-Kivu, faisant "
         "cinq morts, a indiqué la police.", [(SB, 5)]),
        ("Un attentat suicide a frappé lundi un poste de police à Kaboul. Le kamikaze a été le seul tué, selon "
         "les autorités.", [(SB, 1)]),
        ("Lundi, un véhicule piégé conduit par un kamikaze a explosé devant le camp militaire de Boni, dans le "
         "centre du Mali. L'armée n'a pas donné de bilan.", [(SB, 0)]),
        ("Un homme portant une veste d'explosifs s'est fait sauter lundi au milieu d'un cortège funèbre à "
         "Bagdad, tuant une douzaine de personnes.", [(SB, 12)]),
        ("Un kamikaze a tenté lundi de se faire exploser à un poste de contrôle de Maiduguri ; il a été le seul à "
         "périr.", [(SB, 1)]),
    ],
    SH: [
        ("Des tirs d'obus ont frappé lundi un quartier résidentiel de Kherson, tuant deux civils, selon le "
         "gouverneur régional.", [(SH, 2)]),
        ("GOMA (Radio Okapi) - Plusieurs bombes sont tombées lundi sur le camp de déplacés de Mugunga, à "
         "l'ouest de Goma. Au moins neuf déplacés ont été tués.", [(SH, 9)]),
        ("L'armée russe a pilonné lundi la ville de Kramatorsk à l'artillerie lourde. Aucun mort n'a été "
         "signalé.", [(SH, 0)]),
        ("Des roquettes ont été tirées lundi depuis Gaza vers la ville israélienne d'Ashkelon, sans faire de "
         "victime, selon l'armée israélienne.", [(SH, 0)]),
        ("Les FSR ont bombardé lundi au mortier un marché d'El Obeid, au Kordofan du Nord. Une douzaine de "
         "civils ont perdu la vie.", [(SH, 12)]),
        ("Un missile s'est abattu lundi sur un centre commercial de Krementchouk, faisant au moins dix-huit "
         "morts.", [(SH, 18)]),
        ("Lundi, des obus de mortier ont été tirés sur le camp militaire de Tessalit par des hommes armés non "
         "identifiés. Deux soldats ont été blessés.", [(SH, 0)]),
        ("Des tirs d'artillerie ont visé lundi le village de Bambo, dans le Rutshuru. Quatre civils sont morts. "
         "\n\nSamedi, de nouveaux obus sont tombés sur la localité, tuant une femme.", [(SH, 4), (SH, 1)]),
    ],
    IED: [
        ("Un engin explosif improvisé a explosé lundi au passage d'un convoi militaire entre Boni et Hombori. "
         "Trois soldats ont été tués.", [(IED, 3)]),
        ("Un véhicule de transport en commun a sauté lundi sur une mine près de Djibo. Une dizaine de "
         "passagers ont péri.", [(IED, 10)]),
        ("OUAGADOUGOU (AFP) - Un engin explosif a été déclenché à distance lundi au passage d'un camion sur la "
         "route de Fada N'Gourma, faisant deux morts, selon une source sécuritaire.", [(IED, 2)]),
        ("Une bombe artisanale a explosé lundi dans un bar de Beni, blessant plusieurs clients. Aucun mort n'a "
         "été signalé.", [(IED, 0)]),
        ("Une voiture piégée a explosé lundi près d'un marché de Mogadiscio. Au moins cinq personnes ont perdu "
         "la vie.", [(IED, 5)]),
        ("Un tracteur a heurté lundi une mine antichar dans un champ près de Izioum, tuant son conducteur.",
         [(IED, 1)]),
        ("Lundi, une patrouille de la Minusma a été touchée par un engin explosif improvisé près de Tessalit. "
         "Un casque bleu tchadien a été tué. L'attaque n'a pas été revendiquée.", [(IED, 1)]),
        ("Un colis piégé a explosé lundi devant le commissariat de Butembo, au Nord-Kivu, sans faire de "
         "victime, selon la police.", [(IED, 0)]),
    ],
    GR: [
        ("Une grenade a été lancée lundi contre un bar de Bujumbura, faisant deux morts et une dizaine de "
         "blessés.", [(GR, 2)]),
        ("Un inconnu a jeté lundi une grenade dans la cour d'un commissariat de Goma. L'explosion n'a fait aucun "
         "mort.", [(GR, 0)]),
        ("BUJUMBURA (AFP) - Des hommes non identifiés ont lancé lundi deux grenades sur un marché de Gitega, "
         "tuant trois personnes, selon la police.", [(GR, 3)]),
        ("Une attaque à la grenade a visé lundi une église de Bunia. Un fidèle a été tué.", [(GR, 1)]),
        ("Lundi, un homme a lancé une grenade sur une patrouille de police à Port-au-Prince, blessant deux "
         "agents.", [(GR, 0)]),
        ("Des assaillants ont jeté une grenade lundi dans un restaurant de Kidal ; aucune victime n'a été "
         "signalée.", [(GR, 0)]),
        ("Une grenade a explosé lundi dans un bus à Bujumbura après avoir été lancée par un passager. Quatre "
         "passagers sont morts.", [(GR, 4)]),
        ("Lundi, des jeunes ont lancé des grenades contre la maison d'un chef de quartier à Uvira, au Sud-Kivu. "
         "Le chef a été tué.", [(GR, 1)]),
    ],
    SV: [
        ("Des miliciens ont violé lundi une dizaine de femmes dans le village de Kalehe, au Sud-Kivu, selon une "
         "ONG locale.", [(SV, 0)]),
        ("Une jeune fille a été violée lundi par des soldats près de Bunia, a dénoncé la société civile.",
         [(SV, 0)]),
        ("GOMA (Radio Okapi) - Plusieurs femmes déplacées ont été victimes de viols lundi à proximité du camp de "
         "Bulengo, commis par des hommes armés.", [(SV, 0)]),
        ("Des combattants des FSR ont agressé sexuellement lundi des femmes à El Geneina, au Darfour occidental, "
         "selon des témoins.", [(SV, 0)]),
        ("Lundi, trois agricultrices ont été violées par des hommes armés dans leurs champs près de Djugu.",
         [(SV, 0)]),
        ("Une femme a été victime de violences sexuelles lundi de la part d'un militaire à Kananga. Le militaire "
         "a pris la fuite.", [(SV, 0)]),
        ("Des membres d'un gang ont violé collectivement lundi deux adolescentes à Cité Soleil, à "
         "Port-au-Prince.", [(SV, 0)]),
        ("Des rebelles ont violé puis tué lundi une femme dans le village de Kibirizi, au Rutshuru.", [(SV, 1)]),
    ],
    ATT: [
        ("Des hommes armés ont tué lundi sept civils dans le village de Ndoma, en territoire de Beni. Les ADF "
         "sont soupçonnés.", [(ATT, 7)]),
        ("Huit civils ont péri lundi dans une attaque de rebelles des ADF contre le village de Mukondi, près de "
         "Beni.", [(ATT, 8)]),
        ("BAMAKO (AFP) - Une vingtaine de villageois ont été massacrés lundi à Ogossagou, dans le centre du "
         "Mali, par des hommes armés.", [(ATT, 20)]),
        ("Un chef coutumier a été assassiné lundi à son domicile de Fizi, au Sud-Kivu, par des inconnus.",
         [(ATT, 1)]),
        ("Lundi, des jihadistes ont exécuté quatre commerçants sur la route de Dori, dans le Sahel "
         "burkinabè.", [(ATT, 4)]),
        ("Des colons israéliens ont attaqué lundi le village de Huwara, en Cisjordanie, tuant un Palestinien.",
         [(ATT, 1)]),
        ("Des membres du gang Kraze Baryè ont abattu lundi un chauffeur de taxi-moto à Tabarre.", [(ATT, 1)]),
        ("Des hommes armés ont fait irruption lundi dans le village de Kipupu et ont tiré sur la population. "
         "Le bilan fait état d'au moins douze morts.\n\nEn janvier, une attaque similaire avait fait neuf morts "
         "dans un village voisin.", [(ATT, 12)]),
    ],
    ABD: [
        ("Des hommes armés ont enlevé lundi une quinzaine de passagers d'un bus sur la route de Kaduna, au "
         "Nigeria.", [(ABD, 0)]),
        ("BENI (Radio Okapi) - Deux agents humanitaires ont été kidnappés lundi par des inconnus près de "
         "Lubero.", [(ABD, 0)]),
        ("Des jihadistes ont enlevé lundi le maire de Djibo alors qu'il rentrait chez lui.", [(ABD, 0)]),
        ("Lundi, un missionnaire américain a été enlevé par un gang à Croix-des-Bouquets, près de "
         "Port-au-Prince. Les ravisseurs réclament une rançon.", [(ABD, 0)]),
        ("Un journaliste a été enlevé lundi à Gao par des hommes armés non identifiés ; on est sans nouvelles "
         "de lui.", [(ABD, 0)]),
        ("Des miliciens ont pris en otage lundi une dizaine d'agriculteurs dans leurs champs à Djugu.",
         [(ABD, 0)]),
        ("Un militant des droits humains a été porté disparu lundi après avoir été emmené par des hommes en "
         "civil à Khartoum.", [(ABD, 0)]),
        ("L'enlèvement de trois enseignants a eu lieu lundi à Kidal, selon des sources locales.", [(ABD, 0)]),
    ],
    PP: [
        ("Des centaines de personnes ont manifesté lundi à Goma pour réclamer le départ de la Monusco. La marche "
         "s'est déroulée dans le calme.", [(PP, 0)]),
        ("KINSHASA (AFP) - Des militants de la Lucha ont organisé lundi un sit-in devant le gouvernorat de Bukavu "
         "pour dénoncer l'insécurité.", [(PP, 0)]),
        ("Une journée ville morte a paralysé lundi la ville de Butembo, à l'appel de la société civile, pour "
         "protester contre les massacres.", [(PP, 0)]),
        ("Des milliers de manifestants ont défilé lundi dans les rues de Dakar contre le report de l'élection "
         "présidentielle.", [(PP, 0)]),
        ("Lundi, des enseignants en grève se sont rassemblés devant le ministère de l'Éducation à Bangui pour "
         "réclamer leurs arriérés de salaire.", [(PP, 0)]),
        ("Des commerçants ont observé lundi une grève à Bamako pour protester contre les coupures "
         "d'électricité.", [(PP, 0)]),
        ("Une marche pacifique des femmes a eu lieu lundi à Bunia pour demander la paix en Ituri.", [(PP, 0)]),
        ("Des étudiants ont protesté lundi devant l'université de Ouagadougou contre la hausse des frais "
         "d'inscription.", [(PP, 0)]),
    ],
    PWI: [
        ("Des manifestants ont été dispersés à coups de gaz lacrymogène lundi par la police à Kinshasa, où ils "
         "protestaient contre la vie chère.", [(PWI, 0)]),
        ("La police a dispersé lundi un sit-in d'opposants devant le siège de la CENI à Lubumbashi et interpellé "
         "plusieurs militants.", [(PWI, 0)]),
        ("DAKAR (AFP) - Les forces de l'ordre ont fait usage de gaz lacrymogènes lundi pour disperser une marche "
         "de l'opposition à Ziguinchor.", [(PWI, 0)]),
        ("Une manifestation de commerçants a été dispersée lundi par la police à Conakry ; plusieurs "
         "manifestants ont été arrêtés.", [(PWI, 0)]),
        ("Lundi, des policiers ont empêché une marche d'étudiants à Niamey en bloquant l'accès au centre-ville "
         "et ont interpellé les organisateurs.", [(PWI, 0)]),
        ("Des militaires ont dispersé lundi à Goma des jeunes qui manifestaient contre la Monusco, en tirant en "
         "l'air.", [(PWI, 0)]),
        ("La police antiémeute a dispersé lundi un rassemblement de partisans de l'opposition à Abidjan à "
         "l'aide de canons à eau.", [(PWI, 0)]),
        ("Un sit-in de femmes de militaires devant l'état-major de Bamako a été dispersé lundi par les forces "
         "de l'ordre.", [(PWI, 0)]),
    ],
    XF: [
        ("La police a tiré à balles réelles lundi sur des manifestants pacifiques à Conakry, tuant deux "
         "jeunes, selon le FNDC.", [(XF, 2)]),
        ("KHARTOUM (AFP) - Les forces de sécurité ont ouvert le feu lundi sur une manifestation contre la junte "
         "à Omdourman. Au moins cinq manifestants ont été tués.", [(XF, 5)]),
        ("Lundi, des militaires ont tiré sur des manifestants qui marchaient pacifiquement à Goma, faisant une "
         "quarantaine de morts.", [(XF, 40)]),
        ("Un manifestant a été tué par balle lundi par la police lors d'une marche pacifique à Kinshasa.",
         [(XF, 1)]),
        ("Les forces de l'ordre ont abattu lundi trois manifestants qui protestaient pacifiquement contre la "
         "vie chère à Dakar.", [(XF, 3)]),
        ("Des policiers ont battu à mort lundi un étudiant qui participait à un sit-in à Ouagadougou.",
         [(XF, 1)]),
        ("Lundi à Bamako, les gendarmes ont tiré à bout portant sur des manifestants pacifiques, tuant quatre "
         "d'entre eux.", [(XF, 4)]),
        ("La police iranienne a tiré lundi sur des manifestantes pacifiques à Zahedan, faisant une dizaine de "
         "morts, selon une ONG.", [(XF, 10)]),
    ],
    VD: [
        ("Des manifestants en colère ont incendié lundi des véhicules et érigé des barricades à Beni pour "
         "protester contre les massacres.", [(VD, 0)]),
        ("BUNIA (Radio Okapi) - Des jeunes manifestants ont saccagé lundi les bureaux de la Monusco à Bunia et "
         "jeté des pierres sur les casques bleus.", [(VD, 0)]),
        ("Des émeutiers ont pillé et brûlé lundi plusieurs commerces à Dakar lors d'une manifestation de "
         "l'opposition.", [(VD, 0)]),
        ("Lundi, des manifestants ont lancé des pierres sur la police à Conakry et brûlé des pneus.", [(VD, 0)]),
        ("Une manifestation violente a éclaté lundi à Butembo : des manifestants ont incendié le commissariat.",
         [(VD, 0)]),
        ("Des émeutes ont éclaté lundi à Niamey, où des manifestants ont attaqué des stations-service.",
         [(VD, 0)]),
        ("Des manifestants ont pris d'assaut lundi le parlement à Nouakchott et mis le feu à une partie du "
         "bâtiment.", [(VD, 0)]),
        ("Des étudiants en colère ont vandalisé lundi le rectorat de l'université de Lubumbashi.", [(VD, 0)]),
    ],
    MOB: [
        ("Un voleur présumé a été lynché lundi par une foule en colère à Bukavu, a indiqué la police.",
         [(MOB, 1)]),
        ("BUTEMBO (Radio Okapi) - Des habitants en furie ont brûlé vif lundi un homme accusé d'être un "
         "sorcier dans le quartier de Vulindi.", [(MOB, 1)]),
        ("Des membres de la communauté peule et des agriculteurs dogons se sont affrontés à coups de machettes "
         "lundi à Bankass. Deux personnes ont été tuées.", [(MOB, 2)]),
        ("Lundi, une foule a incendié les maisons de trois personnes soupçonnées d'avoir collaboré avec les "
         "rebelles à Kalehe.", [(MOB, 0)]),
        ("Des riverains ont battu à mort lundi un présumé kidnappeur à Kinshasa.", [(MOB, 1)]),
        ("Une foule en colère a lynché lundi deux bandits présumés à Port-au-Prince, dans le cadre du "
         "mouvement Bwa Kale.", [(MOB, 2)]),
        ("Des jeunes du quartier ont attaqué lundi à coups de bâtons un policier accusé de racket à Kananga. Le "
         "policier a été blessé.", [(MOB, 0)]),
        ("Lundi, des villageois ont lapidé à mort un homme accusé de vol de bétail près de Kaya.", [(MOB, 1)]),
    ],
    AGR: [
        ("Le gouvernement congolais et les rebelles du M23 ont signé lundi un accord de cessez-le-feu à "
         "Luanda, sous la médiation de l'Angola.", [(AGR, 0)]),
        ("ADDIS ABEBA (AFP) - L'armée éthiopienne et le TPLF ont conclu lundi un accord de paix à Pretoria.",
         [(AGR, 0)]),
        ("Un échange de prisonniers a eu lieu lundi entre la Russie et l'Ukraine : une centaine de soldats ont "
         "été libérés de part et d'autre.", [(AGR, 0)]),
        ("Les FSR et l'armée soudanaise ont accepté lundi une trêve humanitaire de trois jours à Khartoum.",
         [(AGR, 0)]),
        ("Lundi, deux communautés rivales de Djugu ont signé un pacte de non-agression à Bunia.", [(AGR, 0)]),
        ("Les jihadistes ont libéré lundi un otage allemand à Niamey à la suite de négociations, selon les "
         "autorités.", [(AGR, 0)]),
        ("Les autorités maliennes et les groupes armés du Nord ont signé lundi un accord de paix à Alger.",
         [(AGR, 0)]),
        ("Un cessez-le-feu a été conclu lundi entre Israël et le Hamas sous l'égide du Qatar.", [(AGR, 0)]),
    ],
    ARR: [
        ("La police a arrêté lundi à Kinshasa un opposant accusé d'atteinte à la sûreté de l'État.", [(ARR, 0)]),
        ("DAKAR (AFP) - Plusieurs militants de l'opposition ont été interpellés lundi à Dakar par la "
         "gendarmerie.", [(ARR, 0)]),
        ("Les services de renseignement ont arrêté lundi un journaliste à Bamako, selon son employeur.",
         [(ARR, 0)]),
        ("Lundi, une dizaine de personnes soupçonnées de collaborer avec les ADF ont été appréhendées par "
         "l'armée à Beni.", [(ARR, 0)]),
        ("Un ancien ministre a été placé en détention lundi à Conakry pour détournement de fonds.", [(ARR, 0)]),
        ("Les forces de sécurité ont interpellé lundi une vingtaine de jeunes à Ouagadougou lors d'une rafle.",
         [(ARR, 0)]),
        ("Un militant des droits humains a été arrêté lundi à son domicile de Goma par l'Agence nationale de "
         "renseignements.", [(ARR, 0)]),
        ("La police haïtienne a appréhendé lundi un chef de gang à Pétion-Ville.", [(ARR, 0)]),
    ],
    CHG: [
        ("Le chef du groupe armé Twirwaneho a été tué lundi ; ses combattants ont annoncé sa succession par son "
         "adjoint.", [(CHG, 0)]),
        ("Les autorités ont instauré lundi un couvre-feu nocturne dans la ville de Goma.", [(CHG, 0)]),
        ("KINSHASA (AFP) - Une centaine de miliciens Maï-Maï se sont rendus lundi aux FARDC à Walikale, avec "
         "leurs armes.", [(CHG, 0)]),
        ("Deux groupes armés du nord du Mali ont annoncé lundi leur fusion au sein d'une nouvelle coalition.",
         [(CHG, 0)]),
        ("Les militaires ont dissous lundi le gouvernement et suspendu la Constitution à Niamey.", [(CHG, 0)]),
        ("Lundi, un commandant des FSR a fait défection et rejoint l'armée soudanaise avec ses hommes.",
         [(CHG, 0)]),
        ("Les autorités ont décrété lundi l'état d'urgence dans la région de Tillabéri.", [(CHG, 0)]),
        ("Une trentaine d'ex-combattants de la CODECO ont déposé les armes lundi à Bunia et rejoint le "
         "programme de désarmement.", [(CHG, 0)]),
    ],
    DWU: [
        ("L'armée malienne a désamorcé lundi un engin explosif improvisé sur la route de Douentza.", [(DWU, 0)]),
        ("Les défenses antiaériennes ukrainiennes ont abattu lundi une dizaine de drones au-dessus de Kiev.",
         [(DWU, 0)]),
        ("GOMA (Radio Okapi) - Les démineurs de la Monusco ont détruit lundi une bombe non explosée découverte "
         "dans un champ de Sake.", [(DWU, 0)]),
        ("Lundi, les FARDC ont saisi un stock d'armes et de munitions dans une cache des ADF près de Beni.",
         [(DWU, 0)]),
        ("Un missile tiré vers Israël a été intercepté lundi par le Dôme de fer au-dessus d'Ashdod.", [(DWU, 0)]),
        ("La police a découvert et neutralisé lundi une bombe artisanale devant une école de Bunia.", [(DWU, 0)]),
        ("L'armée nigérienne a fait exploser lundi des mines posées par des jihadistes près de Diffa.",
         [(DWU, 0)]),
        ("Les douaniers ont intercepté lundi un camion transportant des armes de guerre à la frontière près de "
         "Kidal.", [(DWU, 0)]),
    ],
    HQ: [
        ("Les rebelles du M23 ont installé lundi une administration parallèle à Bunagana.", [(HQ, 0)]),
        ("Des jihadistes ont établi lundi une base dans la forêt près de Djibo, selon des habitants.",
         [(HQ, 0)]),
        ("BANGUI (AFP) - Les rebelles de l'UPC ont installé lundi leur quartier général à Bambari.", [(HQ, 0)]),
        ("Lundi, des miliciens Wazalendo ont établi un poste de contrôle à l'entrée de Sake.", [(HQ, 0)]),
        ("Les FSR ont installé lundi un camp militaire dans l'enceinte de l'université de Khartoum.", [(HQ, 0)]),
        ("Des combattants du JNIM ont établi lundi une position dans la localité de Dioura.", [(HQ, 0)]),
        ("Un groupe armé a installé lundi un camp d'entraînement près de Fizi, au Sud-Kivu.", [(HQ, 0)]),
        ("Les shebab ont établi lundi un nouveau quartier général dans la ville de Jilib.", [(HQ, 0)]),
    ],
    LOOT: [
        ("Des hommes armés ont pillé lundi le centre de santé de Kamango, dans le territoire de Beni.",
         [(LOOT, 0)]),
        ("Des miliciens ont incendié lundi une cinquantaine de maisons dans le village de Kitchanga.",
         [(LOOT, 0)]),
        ("KHARTOUM (AFP) - Des combattants des FSR ont saccagé lundi un entrepôt du PAM à Nyala et emporté "
         "des vivres.", [(LOOT, 0)]),
        ("Lundi, des jihadistes ont détruit une antenne de télécommunications à Arbinda.", [(LOOT, 0)]),
        ("Des bandits ont volé lundi le bétail de plusieurs éleveurs près de Tillabéri, sans faire de victime.",
         [(LOOT, 0)]),
        ("Des membres d'un gang ont mis le feu lundi à des maisons du quartier de Solino, à Port-au-Prince.",
         [(LOOT, 0)]),
        ("L'armée israélienne a démoli lundi la maison d'un Palestinien à Jénine.", [(LOOT, 0)]),
        ("Des pillards ont dévalisé lundi les boutiques du marché central de Bangui.", [(LOOT, 0)]),
    ],
    NVT: [
        ("Les rebelles du M23 se sont retirés lundi de la localité de Kibumba et l'ont remise à la force "
         "régionale de l'EAC.", [(NVT, 0)]),
        ("L'armée malienne a pris possession lundi du camp de Ber, laissé par la Minusma.", [(NVT, 0)]),
        ("BAMAKO (AFP) - La Minusma a rétrocédé lundi son camp de Tessalit aux Forces armées maliennes.",
         [(NVT, 0)]),
        ("Les forces russes se sont retirées lundi de la ville de Kherson sans combattre.", [(NVT, 0)]),
        ("Lundi, les shebab ont abandonné leurs positions dans la ville de Bulo Burte.", [(NVT, 0)]),
        ("Les soldats français ont quitté lundi la base de Ménaka, qu'ils ont cédée à l'armée malienne.",
         [(NVT, 0)]),
        ("L'armée est entrée lundi sans combat dans la localité de Mweso après le départ des miliciens.",
         [(NVT, 0)]),
        ("Les FSR ont évacué lundi le palais présidentiel de Khartoum, dont l'armée a pris possession sans "
         "résistance.", [(NVT, 0)]),
    ],
    OTH: [
        ("Une fosse commune contenant une vingtaine de corps a été découverte lundi près de Bunia.", [(OTH, 0)]),
        ("Des milliers d'habitants ont fui lundi la localité de Kitshanga par crainte d'une attaque du M23.",
         [(OTH, 0)]),
        ("KINSHASA (AFP) - Le gouvernement a suspendu lundi les activités de trois partis politiques "
         "d'opposition.", []),
        ("Le ministre de la Défense s'est rendu lundi à Goma pour rencontrer les troupes. Il a promis des "
         "renforts.", []),
        ("Des pourparlers entre le gouvernement et les groupes armés se sont ouverts lundi à Nairobi. Les "
         "discussions doivent durer une semaine.", []),
        ("Le procès de douze militaires accusés du massacre de civils à Kishishe s'est ouvert lundi devant le "
         "tribunal militaire de Goma.", []),
        ("L'ONU a mis en garde lundi contre le risque d'une nouvelle offensive du M23 sur Goma. \n\nL'an dernier, "
         "les rebelles avaient pris la ville de Bunagana.", []),
        ("Le président a annoncé lundi un plan de reconstruction des villages détruits dans le Nord-Kivu. Les "
         "travaux commenceront en juin.", []),
    ],
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="one sub-event type")
    args = ap.parse_args()
    return run(ITEMS, "fr", PUBLISHED_FR, args.show_failures, args.only)


if __name__ == "__main__":
    sys.exit(main())
