"""Event-type stress set in new wording: the passive, nominal notes, reports put on a source, two events in one
note, one event told with several verbs, and notes that tell no event.

    PYTHONPATH=. .venv/bin/python bench/type_wording_stress.py [--show-failures] [--only GROUP]

`bench/type_stress.py` wrote each sub-event type mostly as "X did Y in Z". ACLED notes and the reports they come
from also say "Clashes between X and Y in Z left ...", "Z was shelled by ...", "According to local media, ...", tell
two events on two days, and carry ACLED's own phrases for a toll ("Fatalities unknown", "No fatalities were
reported"). These notes, invented from the codebook's definitions and its hard pairs (attack or armed clash,
abduction or arrest, excessive force or intervention, violent demonstration or mob violence, shelling, air strike
or remote explosive, looting, agreement or other, a transfer of ground with or without a fight), give each
expected event as (sub-event type, fatalities, day of May 2022). A note is right when its dated events have the
expected sub-event types, total fatalities and dates. Nothing is written.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from datetime import date

from sitrep.pipeline import Pipeline
from sitrep.types import Article

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from type_stress import (ABD, AC, AGR, AIR, ARR, ATT, CHG, CW, DWU, GR, GRT, HQ, IED, LOOT, MOB, NSO,  # noqa: E402
                         NVT, OTH, PP, PWI, SB, SH, SV, VD, XF, dated, report, tally)

PUBLISHED = date(2022, 5, 20)
TWO, ONE, NONE = "two events in one note", "one event, several verbs", "no event"

NOTES: dict[str, list[tuple[str, list[tuple[str, int, int]]]]] = {
    AC: [
        ("On 3 May 2022, clashes between Al Shabaab militants and Somali National Army troops in Afgoye (Lower "
         "Shabelle) left four soldiers and two militants dead.", [(AC, 6, 3)]),
        ("On 3 May 2022, according to local sources, an exchange of gunfire took place between ISWAP fighters and "
         "Nigerian troops on the outskirts of Damboa (Borno). No fatalities were reported.", [(AC, 0, 3)]),
        ("On 4 May 2022, a patrol of the Burkinabe army was attacked by suspected JNIM militants near Sebba (Yagha, "
         "Sahel); the soldiers fought back and repelled the assailants. Fatalities unknown.", [(AC, 0, 4)]),
        ("On 6 May 2022, unidentified gunmen shot at a police station in Jos (Plateau); officers returned "
         "fire and one policeman was killed.", [(AC, 1, 6)]),
        ("On 7 May 2022, it was reported that rival factions of the SPLM-IO fought each other in Magwi (Eastern "
         "Equatoria), with an unknown number of casualties.", [(AC, 0, 7)]),
    ],
    GRT: [
        ("On 3 May 2022, according to the army spokesman, the town of Rann (Borno) was recaptured by Nigerian "
         "troops from ISWAP fighters.", [(GRT, 0, 3)]),
        ("On 4 May 2022, the recapture of Kiwanja (Rutshuru, North Kivu) by FARDC soldiers followed two days of "
         "fighting with M23 rebels. Six rebels were killed.", [(GRT, 6, 4)]),
        ("On 5 May 2022, Ethiopian federal forces seized back the town of Chifra (Afar) from TPLF fighters.",
         [(GRT, 0, 5)]),
        ("On 6 May 2022, Yemeni government forces drove the Houthis out of the district of Usaylan (Shabwah) and "
         "restored government control over it.", [(GRT, 0, 6)]),
        ("On 7 May 2022, Malian troops returned to Boni (Douentza, Mopti) after chasing out JNIM militants who had "
         "occupied the town since March; two soldiers lost their lives during the operation.", [(GRT, 2, 7)]),
    ],
    NSO: [
        ("On 3 May 2022, the town of Mai Kadra (Western Tigray) was overrun by TPLF forces following clashes with "
         "Amhara militiamen.", [(NSO, 0, 3)]),
        ("On 4 May 2022, according to residents, JNIM militants seized control of Djibasso (Kossi, Boucle du "
         "Mouhoun) after overrunning the army post.", [(NSO, 0, 4)]),
        ("On 5 May 2022, Al Shabaab fighters captured the town of Mahas (Hiraan) following fierce fighting with "
         "government troops, in which seven soldiers were killed.", [(NSO, 7, 5)]),
        ("On 6 May 2022, the capture of Kitshanga (Masisi, North Kivu) by M23 rebels was confirmed by local "
         "officials.", [(NSO, 0, 6)]),
        ("On 7 May 2022, PDF fighters took over a police station in Kani township (Sagaing) and declared the area "
         "under their control.", [(NSO, 0, 7)]),
    ],
    CW: [
        ("On 3 May 2022, residents of Saraqib (Idlib) were exposed to chlorine gas dropped by regime helicopters, "
         "according to the White Helmets.", [(CW, 0, 3)]),
        ("On 4 May 2022, a chemical attack using toxic gas was carried out by Syrian regime forces on Kafr Zita "
         "(Hama), killing two civilians.", [(CW, 2, 4)]),
        ("On 5 May 2022, Russian forces used chemical munitions against Ukrainian positions near Soledar "
         "(Donetsk), the Ukrainian military said.", [(CW, 0, 5)]),
        ("On 6 May 2022, dozens of people suffered breathing problems after shells filled with a toxic chemical "
         "agent hit Douma (Rural Damascus).", [(CW, 0, 6)]),
        ("On 7 May 2022, military aircraft dropped bombs containing chemical agents on a village in Kale township "
         "(Sagaing), according to local resistance groups.", [(CW, 0, 7)]),
    ],
    AIR: [
        ("On 3 May 2022, an air strike was carried out by the Nigerian Air Force on ISWAP hideouts in Tumbun Rego "
         "(Borno), killing 12 militants.", [(AIR, 12, 3)]),
        ("On 4 May 2022, according to coalition media, Saudi-led coalition warplanes bombed Houthi positions in "
         "Harad (Hajjah). Casualties unknown.", [(AIR, 0, 4)]),
        ("On 5 May 2022, a Turkish drone hit a car carrying SDF members near Qamishli (Hasakah); three occupants "
         "died.", [(AIR, 3, 5)]),
        ("On 6 May 2022, military jets struck a monastery in Pale township (Sagaing), killing 11 people, among "
         "them children.", [(AIR, 11, 6)]),
        ("On 7 May 2022, a US drone strike targeted Al Shabaab fighters near Jilib (Middle Juba), the US Africa "
         "Command said. Two militants were killed.", [(AIR, 2, 7)]),
        ("On 8 May 2022, Russian air strikes on Mariupol (Donetsk) hit a residential area; fatalities not known.",
         [(AIR, 0, 8)]),
    ],
    SB: [
        ("On 3 May 2022, a suicide bomber blew himself up at a checkpoint in Mogadishu (Banadir), killing four "
         "soldiers.", [(SB, 4, 3)]),
        ("On 4 May 2022, a female suicide bomber detonated her explosives in a market in Konduga (Borno); nine "
         "people were killed.", [(SB, 9, 4)]),
        ("On 5 May 2022, an explosion set off by a suicide attacker inside a mosque in Kunduz (Kunduz) left 33 "
         "dead, according to the Taliban.", [(SB, 33, 5)]),
        ("On 6 May 2022, a man wearing a suicide vest was shot by officers before he could reach a church in "
         "Maiduguri (Borno); the vest exploded, killing only the attacker.", [(SB, 1, 6)]),
        ("On 7 May 2022, a suicide car bomb attack on an army base in Balcad (Middle Shabelle) was claimed by Al "
         "Shabaab. Fatalities unknown.", [(SB, 0, 7)]),
    ],
    SH: [
        ("On 3 May 2022, Ukrainian positions near Avdiivka (Donetsk) were shelled by Russian artillery. No "
         "casualties were reported.", [(SH, 0, 3)]),
        ("On 4 May 2022, mortar rounds fired by Al Shabaab landed near the airport in Mogadishu (Banadir), "
         "wounding two people.", [(SH, 0, 4)]),
        ("On 5 May 2022, according to the Azerbaijani defence ministry, Armenian forces fired artillery at "
         "Azerbaijani positions in Kalbajar (Kalbajar).", [(SH, 0, 5)]),
        ("On 6 May 2022, rocket fire from Gaza hit an open area near Sderot (Southern District); no one was hurt.",
         [(SH, 0, 6)]),
        ("On 7 May 2022, a missile attack by Russian forces destroyed a warehouse in Odesa (Odesa) and killed one "
         "worker.", [(SH, 1, 7)]),
        ("On 8 May 2022, the military bombarded the village of Moe Bye (Shan) with heavy artillery, killing three "
         "civilians.", [(SH, 3, 8)]),
    ],
    IED: [
        ("On 3 May 2022, a vehicle carrying soldiers struck an improvised explosive device near Mondoro (Douentza, "
         "Mopti); three soldiers were killed.", [(IED, 3, 3)]),
        ("On 4 May 2022, a bomb planted under a car exploded in Kabul (Kabul), killing the driver.", [(IED, 1, 4)]),
        ("On 5 May 2022, two children were injured when a landmine left by ISWAP exploded near Gwoza (Borno).",
         [(IED, 0, 5)]),
        ("On 6 May 2022, a remotely detonated explosive targeted a police convoy in Quetta (Balochistan), "
         "according to police; no fatalities.", [(IED, 0, 6)]),
        ("On 7 May 2022, a magnetic bomb attached to a minibus went off in Mazar-i-Sharif (Balkh), killing five "
         "passengers.", [(IED, 5, 7)]),
    ],
    GR: [
        ("On 3 May 2022, a grenade was thrown at a bar in Bujumbura (Bujumbura Mairie) by unknown people, injuring "
         "six customers.", [(GR, 0, 3)]),
        ("On 4 May 2022, according to local media, unidentified men lobbed a hand grenade into a mosque compound in "
         "Jammu (Jammu and Kashmir). One worshipper died.", [(GR, 1, 4)]),
        ("On 5 May 2022, a grenade attack on a police post in Ngozi (Ngozi) left two officers dead.", [(GR, 2, 5)]),
        ("On 6 May 2022, militants hurled a grenade at a CRPF bunker in Srinagar (Jammu and Kashmir); no "
         "casualties were reported.", [(GR, 0, 6)]),
        ("On 7 May 2022, two people were hurt when a grenade went off in a crowded market in Beni (North Kivu); "
         "the assailants fled.", [(GR, 0, 7)]),
    ],
    SV: [
        ("On 3 May 2022, a 14-year-old girl was raped by two soldiers near Bunia (Ituri).", [(SV, 0, 3)]),
        ("On 4 May 2022, according to a women's group, RSF fighters sexually assaulted several women in Geneina "
         "(West Darfur).", [(SV, 0, 4)]),
        ("On 5 May 2022, a woman was gang-raped by armed men on the road between Mambasa and Biakato (Ituri).",
         [(SV, 0, 5)]),
        ("On 6 May 2022, members of a militia raped three girls who were fetching water near Kajo-Keji (Central "
         "Equatoria).", [(SV, 0, 6)]),
        ("On 7 May 2022, a soldier sexually assaulted a woman at a checkpoint in Kalehe (South Kivu).",
         [(SV, 0, 7)]),
    ],
    ATT: [
        ("On 3 May 2022, gunmen killed five villagers in Kauru (Kaduna) and burned several houses.", [(ATT, 5, 3)]),
        ("On 4 May 2022, a civilian was shot dead by unidentified assailants in Kismayo (Lower Juba).",
         [(ATT, 1, 4)]),
        ("On 5 May 2022, according to local sources, ADF rebels raided the village of Mamove (Beni, North Kivu) "
         "and killed 14 civilians with machetes.", [(ATT, 14, 5)]),
        ("On 6 May 2022, the killing of a journalist by unknown gunmen in Tijuana (Baja California) was "
         "reported.", [(ATT, 1, 6)]),
        ("On 7 May 2022, a school teacher was stabbed to death by unidentified men in Kaya (Sanmatenga, "
         "Centre-Nord).", [(ATT, 1, 7)]),
        ("On 8 May 2022, soldiers fired on a bus carrying civilians near Kobe (Afar), killing two passengers; the "
         "soldiers said they had mistaken it for a rebel vehicle.", [(ATT, 2, 8)]),
    ],
    ABD: [
        ("On 3 May 2022, three aid workers were kidnapped by unidentified gunmen on the road to Kidal (Kidal).",
         [(ABD, 0, 3)]),
        ("On 4 May 2022, bandits abducted 20 passengers from a bus near Birnin Gwari (Kaduna).", [(ABD, 0, 4)]),
        ("On 5 May 2022, according to relatives, a journalist was taken from his home in Lahore (Punjab) by men in "
         "plain clothes and has not been seen since.", [(ABD, 0, 5)]),
        ("On 6 May 2022, Al Shabaab fighters seized two elders in Baidoa (Bay) and took them to an unknown "
         "location.", [(ABD, 0, 6)]),
        ("On 7 May 2022, the kidnapping of a Catholic priest by gunmen in Kafanchan (Kaduna) was confirmed by the "
         "diocese.", [(ABD, 0, 7)]),
    ],
    ARR: [
        ("On 3 May 2022, police detained 12 opposition supporters in Harare (Harare) for holding an unauthorised "
         "meeting.", [(ARR, 0, 3)]),
        ("On 4 May 2022, a journalist was arrested in Kabul (Kabul) by the Taliban over a report on women's "
         "education.", [(ARR, 0, 4)]),
        ("On 5 May 2022, according to the interior ministry, security forces apprehended four suspected ISIS "
         "members in Mosul (Ninewa).", [(ARR, 0, 5)]),
        ("On 6 May 2022, the arrest of a former minister by the anti-corruption unit took place in Kinshasa "
         "(Kinshasa).", [(ARR, 0, 6)]),
        ("On 7 May 2022, Israeli forces detained a Palestinian man during a raid in Nablus (Nablus).",
         [(ARR, 0, 7)]),
    ],
    PP: [
        ("On 3 May 2022, around 200 nurses demonstrated peacefully in front of the health ministry in Nairobi "
         "(Nairobi) to demand unpaid wages.", [(PP, 0, 3)]),
        ("On 4 May 2022, a march was held by women's rights activists in Lahore (Punjab).", [(PP, 0, 4)]),
        ("On 5 May 2022, according to local media, residents of Tamale (Northern) staged a sit-in over repeated "
         "power cuts.", [(PP, 0, 5)]),
        ("On 6 May 2022, students rallied at the university of Dhaka (Dhaka) against a rise in tuition fees.",
         [(PP, 0, 6)]),
        ("On 7 May 2022, farmers protested outside the district office in Patiala (Punjab) over crop prices; the "
         "protest ended without incident.", [(PP, 0, 7)]),
    ],
    PWI: [
        ("On 3 May 2022, a demonstration by opposition supporters in Conakry (Conakry) was dispersed with tear gas "
         "by police.", [(PWI, 0, 3)]),
        ("On 4 May 2022, police broke up a sit-in of unemployed graduates in Rabat (Rabat-Sale-Kenitra) and "
         "detained several protesters.", [(PWI, 0, 4)]),
        ("On 5 May 2022, students protesting against fee increases in Kampala (Kampala) were arrested by police.",
         [(PWI, 0, 5)]),
        ("On 6 May 2022, environmental activists blocking the entrance of a coal mine in Lutzerath (North "
         "Rhine-Westphalia) were removed by police.", [(PWI, 0, 6)]),
        ("On 7 May 2022, security forces turned water cannon and tear gas on a peaceful march of teachers "
         "in Freetown (Western Area).", [(PWI, 0, 7)]),
    ],
    XF: [
        ("On 3 May 2022, security forces fired at protesters in Khartoum (Khartoum), killing two "
         "demonstrators.", [(XF, 2, 3)]),
        ("On 4 May 2022, a protester was shot dead by police during a demonstration against fuel prices in "
         "Mombasa (Mombasa).", [(XF, 1, 4)]),
        ("On 5 May 2022, according to medics, live ammunition was used by soldiers against demonstrators in "
         "Omdurman (Khartoum); one protester died of his wounds.", [(XF, 1, 5)]),
        ("On 6 May 2022, police beat peaceful protesters with batons in Lagos (Lagos), seriously injuring "
         "several of them.", [(XF, 0, 6)]),
        ("On 7 May 2022, security forces fired live rounds at mourners protesting in Zahedan (Sistan and "
         "Baluchestan), killing four people.", [(XF, 4, 7)]),
    ],
    VD: [
        ("On 3 May 2022, protesters threw stones at police and set fire to tyres in Nairobi (Nairobi) during a "
         "demonstration against the cost of living; police responded with tear gas.", [(VD, 0, 3)]),
        ("On 4 May 2022, rioting youths burned a police station in Kasese (Kasese) after a demonstration over the "
         "death of a motorcyclist.", [(VD, 0, 4)]),
        ("On 5 May 2022, a violent protest took place in Port-au-Prince (Ouest), where demonstrators looted shops "
         "and clashed with police.", [(VD, 0, 5)]),
        ("On 6 May 2022, according to police, demonstrators vandalised government vehicles and attacked officers "
         "during a protest in Dakar (Dakar).", [(VD, 0, 6)]),
        ("On 7 May 2022, supporters of an opposition candidate rioted in Kisumu (Kisumu), burning tyres and "
         "blocking roads; police fired tear gas.", [(VD, 0, 7)]),
    ],
    MOB: [
        ("On 3 May 2022, a suspected thief was beaten to death in a market in Kampala (Kampala) by a mob.",
         [(MOB, 1, 3)]),
        ("On 4 May 2022, according to local media, angry residents set fire to the home of a man accused of "
         "witchcraft in Kilifi (Kilifi).", [(MOB, 0, 4)]),
        ("On 5 May 2022, a crowd attacked two men suspected of kidnapping children in Puebla (Puebla), injuring "
         "both before police intervened.", [(MOB, 0, 5)]),
        ("On 6 May 2022, residents of two villages fought with sticks and machetes over a land dispute in Kirehe "
         "(Eastern), injuring several people.", [(MOB, 0, 6)]),
        ("On 7 May 2022, vigilante residents burned alive two suspected robbers in Port Harcourt (Rivers).",
         [(MOB, 2, 7)]),
    ],
    AGR: [
        ("On 3 May 2022, a ceasefire agreement was signed between the government and the TPLF in Pretoria "
         "(Gauteng).", [(AGR, 0, 3)]),
        ("On 4 May 2022, rival clans in Galkayo (Mudug) agreed to end hostilities after mediation by elders.",
         [(AGR, 0, 4)]),
        ("On 5 May 2022, the Houthis and the government exchanged 40 prisoners in Marib (Marib) under a deal "
         "brokered by the ICRC.", [(AGR, 0, 5)]),
        ("On 6 May 2022, according to local officials, bandits released 12 hostages in Zurmi (Zamfara) after a "
         "ransom was paid.", [(AGR, 0, 6)]),
        ("On 7 May 2022, 300 ISWAP fighters surrendered to the Nigerian army in Bama (Borno) with their "
         "families.", [(AGR, 0, 7)]),
    ],
    CHG: [
        ("On 3 May 2022, two factions of the Mai-Mai militia merged into a single group in Fizi (South Kivu).",
         [(CHG, 0, 3)]),
        ("On 4 May 2022, the armed movements of the north announced the formation of a new alliance in Kidal "
         "(Kidal).", [(CHG, 0, 4)]),
        ("On 5 May 2022, a new commander was appointed at the head of the Fano militia in Bahir Dar (Amhara).",
         [(CHG, 0, 5)]),
        ("On 6 May 2022, a breakaway faction of the SPLA-IO announced its split from the movement in Kajo-Keji "
         "(Central Equatoria).", [(CHG, 0, 6)]),
        ("On 7 May 2022, the Ambazonia Defence Forces announced in Bamenda (Northwest) that they had changed their "
         "name and would operate under a new command.", [(CHG, 0, 7)]),
    ],
    DWU: [
        ("On 3 May 2022, an explosive device planted on a bridge near Gao (Gao) was defused by army engineers.",
         [(DWU, 0, 3)]),
        ("On 4 May 2022, a large quantity of rifles and grenades was seized by customs officers at the port of "
         "Lagos (Lagos).", [(DWU, 0, 4)]),
        ("On 5 May 2022, according to the army, an attempted car bomb attack was foiled at a checkpoint in "
         "Mogadishu (Banadir).", [(DWU, 0, 5)]),
        ("On 6 May 2022, Ukrainian air defences shot down three Russian missiles over Kyiv (Kyiv).",
         [(DWU, 0, 6)]),
        ("On 7 May 2022, a landmine was detected and destroyed by deminers on the road between Gwoza and Pulka "
         "(Borno).", [(DWU, 0, 7)]),
    ],
    HQ: [
        ("On 3 May 2022, Wagner forces set up a base at the airport of Timbuktu (Timbuktu).", [(HQ, 0, 3)]),
        ("On 4 May 2022, according to residents, the ADF established a new camp in the forest near Eringeti (Beni, "
         "North Kivu).", [(HQ, 0, 4)]),
        ("On 5 May 2022, the establishment of a new Al Shabaab base was reported in the village of El Baraf "
         "(Middle Shabelle).", [(HQ, 0, 5)]),
        ("On 6 May 2022, ISWAP fighters built a training camp on an island in Lake Chad near Baga (Borno).",
         [(HQ, 0, 6)]),
        ("On 7 May 2022, RSF fighters turned a school in Nyala (South Darfur) into their headquarters.",
         [(HQ, 0, 7)]),
    ],
    LOOT: [
        ("On 3 May 2022, the pillaging of a fuel depot in Bunia (Ituri) by militiamen was reported.",
         [(LOOT, 0, 3)]),
        ("On 4 May 2022, unidentified men set fire to a polling station in Bamenda (Northwest).", [(LOOT, 0, 4)]),
        ("On 5 May 2022, according to residents, armed herders destroyed crops and burned granaries in Bokkos "
         "(Plateau).", [(LOOT, 0, 5)]),
        ("On 6 May 2022, RSF fighters stole vehicles and emptied a bank in Geneina (West Darfur).", [(LOOT, 0, 6)]),
        ("On 7 May 2022, Israeli forces bulldozed a Palestinian house in Masafer Yatta (Hebron).", [(LOOT, 0, 7)]),
    ],
    NVT: [
        ("On 3 May 2022, the town of Kherson (Kherson) was abandoned by Russian forces, and Ukrainian troops "
         "entered it without resistance.", [(NVT, 0, 3)]),
        ("On 4 May 2022, according to local officials, Al Shabaab fighters withdrew from Adan Yabaal (Middle "
         "Shabelle) before government troops arrived.", [(NVT, 0, 4)]),
        ("On 5 May 2022, the MINUSMA camp in Ber (Timbuktu) was handed over to the Malian armed forces.",
         [(NVT, 0, 5)]),
        ("On 6 May 2022, Houthi forces pulled back from positions in Hays (Al Hudaydah) without a fight.",
         [(NVT, 0, 6)]),
        ("On 7 May 2022, Taliban fighters took control of the district of Dara (Panjshir) unopposed after "
         "resistance fighters retreated.", [(NVT, 0, 7)]),
    ],
    OTH: [
        ("On 3 May 2022, according to the regional police, the exhumation of a mass grave began near Lyman "
         "(Donetsk).", [(OTH, 0, 3)]),
        ("On 4 May 2022, thousands of residents were displaced from Kamango (Beni, North Kivu) after rumours of an "
         "imminent ADF attack.", [(OTH, 0, 4)]),
        ("On 6 May 2022, Al Shabaab militants distributed leaflets in Baidoa (Bay) warning residents not to "
         "vote.", [(OTH, 0, 6)]),
        ("On 8 May 2022, local officials announced the discovery of a mass grave with 15 bodies in Mansila "
         "(Yagha, Sahel).", [(OTH, 0, 8)]),
        ("On 9 May 2022, hundreds of families fled their homes in Mbau (Beni, North Kivu) for fear of new attacks, "
         "according to the local civil society.", [(OTH, 0, 9)]),
    ],
    TWO: [
        ("On 3 May 2022, police arrested five men in Garissa (Garissa). On 5 May 2022, a roadside bomb hit a police "
         "vehicle in Mandera (Mandera), killing two officers.", [(ARR, 0, 3), (IED, 2, 5)]),
        ("On 4 May 2022, protesters marched peacefully in Bamako (Bamako). On 5 May 2022, a similar march in Kati "
         "(Koulikoro) was dispersed by police with tear gas.", [(PP, 0, 4), (PWI, 0, 5)]),
        ("On 6 May 2022, Russian forces shelled Kharkiv (Kharkiv), killing two civilians. The same day, an air "
         "strike hit Izium (Kharkiv).", [(SH, 2, 6), (AIR, 0, 6)]),
        ("On 3 May 2022, JNIM militants attacked a gold mine in Aribinda (Soum, Sahel), killing eight civilians. "
         "Separately, on 4 May 2022, soldiers clashed with JNIM militants near Djibo (Soum, Sahel).",
         [(ATT, 8, 3), (AC, 0, 4)]),
        ("On 5 May 2022, M23 rebels and FARDC soldiers clashed in Rugari (Rutshuru, North Kivu). On 6 May 2022, the "
         "rebels took control of Rumangabo (Rutshuru, North Kivu) after fighting.", [(AC, 0, 5), (NSO, 0, 6)]),
        ("On 2 May 2022, a drone strike hit a Houthi camp near Sanaa (Amanat al Asimah). On 3 May 2022, the Houthis "
         "fired missiles at Marib city (Marib), killing one civilian.", [(AIR, 0, 2), (SH, 1, 3)]),
    ],
    ONE: [
        ("On 4 May 2022, gunmen stormed the village of Dogo Nahawa (Plateau), shot at residents, set houses on "
         "fire and killed 17 people.", [(ATT, 17, 4)]),
        ("On 5 May 2022, soldiers raided, searched and cordoned off the neighbourhood of Hodan in Mogadishu "
         "(Banadir), detaining 20 young men.", [(ARR, 0, 5)]),
        ("On 6 May 2022, militants ambushed, surrounded and fired on an army convoy near Tillaberi (Tillaberi); the "
         "troops fought back for an hour. Seven soldiers were killed.", [(AC, 7, 6)]),
        ("On 7 May 2022, demonstrators gathered, chanted slogans and marched to parliament in Colombo (Western), "
         "demanding the president's resignation.", [(PP, 0, 7)]),
        ("On 8 May 2022, a mob chased, caught and beat a suspected motorcycle thief in Ibadan (Oyo) before police "
         "rescued him.", [(MOB, 0, 8)]),
    ],
    NONE: [
        ("On 3 May 2022, no fatalities were reported in Kidal (Kidal), where the security situation remained calm, "
         "according to MINUSMA.", []),
        ("On 4 May 2022, the army said it was preparing an offensive to retake Bunagana (Rutshuru, North Kivu).",
         []),
        ("On 5 May 2022, the governor of Zamfara visited Gusau (Zamfara) to comfort the families of victims of "
         "last month's attack and promised compensation.", []),
        ("On 6 May 2022, a military helicopter crashed near Baidoa (Bay) because of a technical fault, killing all "
         "four crew members.", []),
        ("On 7 May 2022, the government denied reports that soldiers had killed civilians in Moura (Djenne, "
         "Mopti).", []),
        ("On 8 May 2022, the UN Security Council extended the mandate of MONUSCO in New York (New York).", []),
        ("On 9 May 2022, police warned that protests planned for the weekend in Harare (Harare) would not be "
         "allowed.", []),
        ("On 10 May 2022, a human rights group's report said that at least 300 civilians had been killed in "
         "Tigray since 2020.", []),
    ],
}


def run(notes: dict, show_failures: bool = False, only: str | None = None) -> int:
    """Code every note and print, per group, the first sub-type, fatalities, dates and notes right in full."""
    pipe = Pipeline().load(["en"])
    stats = defaultdict(Counter)
    failures = []
    t0 = time.perf_counter()
    for group, group_notes in notes.items():
        if only and group != only:
            continue
        for text, expected in group_notes:
            got = dated(pipe.code(Article(article_id="wording", text=text, lang="en", published=PUBLISHED)))
            s = stats[group]
            types_ok, fat_ok = tally(s, got, [(t, f) for t, f, _ in expected])
            dates_ok = Counter(e.event_date for e in got) == Counter(date(2022, 5, d) for _, _, d in expected)
            s["dates"] += dates_ok
            s["all right"] += types_ok and fat_ok and dates_ok
            if not (types_ok and fat_ok and dates_ok):
                failures.append((group, text, expected, [(e.sub_event_type, e.fatalities, str(e.event_date),
                                                          e.trigger.text if e.trigger else "") for e in got]))
    report(stats, failures, t0, show_failures, "group", ("sub-type", "fatalities", "dates", "all right"))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="one group (a sub-event type or one of the wording groups)")
    args = ap.parse_args()
    return run(NOTES, args.show_failures, args.only)


if __name__ == "__main__":
    sys.exit(main())
