"""CASE-style event-type stress set: invented news snippets for the error classes of CASE 2021's half A.

    PYTHONPATH=. .venv/bin/python bench/case_type_stress.py [--show-failures] [--only GROUP]

CASE 2021 scores one label per snippet: the sub-event type of its most confident dated event (reported or
ongoing), and "no event" when none is dated. Half A of the dev snippets (`bench/case_halves.py`) showed these
classes of wrong top labels (case36): a trigger word that names something else than the act (a weapon naming
what a depot holds, jets scrambled or flown into a zone, weapons found in a tunnel), a trigger the lexicon
lacks, the wrong kind of one event told with several words (a blast heard in a battle, a clash after a bomb, a grenade and the arrest
that followed, a clash and the ground taken), protest against riot against mob violence, troop moves (a
withdrawal, a redeployment, a new post), and accidents and crime that are no ACLED event. These snippets were
written from ACLED's codebook definitions in the snippets' register (wire sentences without a publication date,
about India, South Africa, Argentina, Brazil and the wars CASE covers), not from any dev text. Each gives the
label expected of its top event (None: no dated event). Nothing is written. The set had no `held` group; `fresh`
was the thirty-eighth session's held-out group (47 snippets across every sub-event type and sentences with no event:
talks, verdicts, statements, a recap), studied from the forty-first session; `fresh2` is the forty-first session's
held-out group (50 snippets from India, Pakistan, the Philippines, Nigeria, Syria, Iraq, Afghanistan, South Africa
and Argentina, every sub-event type and six with no event), studied from the forty-third session; `fresh3` is the
forty-third session's held-out group (50 snippets from Colombia, Sudan, Mozambique, Kenya, Myanmar, Yemen, Ukraine,
Ethiopia, Burkina Faso, Thailand, India, Somalia, Mali, Nigeria, Brazil, DR Congo, Bangladesh, Argentina, Peru, South
Africa and Haiti, every sub-event type and five with no event: 46 of 50 on main), studied from the forty-fourth
session; `fresh4` is the forty-fourth session's held-out group (50 snippets from Cameroon, Chad, Mexico, Pakistan,
Lebanon, Armenia, Iraq, Libya, Afghanistan, Niger, Burundi, Honduras, Nigeria, Uganda, DR Congo, Sudan, Tunisia,
Chile, France, Zimbabwe, Georgia, Indonesia, Egypt, Haiti, Myanmar, Venezuela, Mali, Ukraine, Algeria, the Central
African Republic, Nepal, Sri Lanka and Yemen, every sub-event type and five with no event: 42 of 50 on main), studied
from the forty-fifth session; `fresh5` is the forty-fifth session's held-out group (50 snippets from Colombia,
Ethiopia, Somalia, the Philippines, Ukraine, Syria, Lebanon, Sudan, Pakistan, Burkina Faso, India, Ecuador, Nigeria,
Mozambique, Papua New Guinea, Mexico, DR Congo, Kenya, Peru, Bangladesh, Serbia, Guinea, Uganda, Greece, Côte
d'Ivoire, Malawi, South Sudan, Armenia, Iran, Turkey, Thailand, Chad, Haiti, Bolivia, Kosovo and Guatemala, every
sub-event type and five with no event: 47 of 50 on main), studied from the forty-sixth session; `fresh6` is the
forty-sixth session's held-out group (50 snippets from Myanmar, Mali, Nigeria, Yemen, Armenia, Ukraine, Syria,
Somalia, DR Congo, India, Pakistan, Burkina Faso, Mexico, the Central African Republic, Argentina, Poland, Georgia,
Madagascar, Mozambique, Chile, Sierra Leone, Sudan, Colombia, South Sudan, Egypt, the Philippines, Cameroon, Tunisia,
Bangladesh and Peru, every sub-event type and five with no event: 47 of 50 on main), studied from the forty-seventh
session; `fresh7` is the forty-seventh session's held-out group (50 snippets from Myanmar, Burkina Faso, Nigeria,
Sudan, Lebanon, Ukraine, Pakistan, Yemen, Iraq, Niger, India, Burundi, Somalia, DR Congo, Mexico, Ethiopia, Georgia,
Kenya, Bangladesh, Uganda, Zambia, Guinea, Peru, Haiti, Senegal, Mali, the Central African Republic, Turkey,
Venezuela, Colombia and Syria, every sub-event type and five with no event: 46 of 50 on main), studied from the
forty-eighth session; `fresh8` is the forty-eighth session's held-out group (50 snippets from Mozambique, Cameroon,
the Philippines, Ecuador, Azerbaijan, Israel, Syria, Nigeria, Burkina Faso, Ukraine, India, Thailand, Pakistan,
Colombia, Niger, Haiti, DR Congo, Ghana, Sri Lanka, Spain, Zimbabwe, Togo, Indonesia, Mali, Kenya, Kosovo, Mexico,
Ethiopia, Somalia, Tanzania, Egypt, Honduras, the Central African Republic, Malawi, Chad, Libya, Nepal and Guatemala,
every sub-event type but chemical weapons and five with no event: 45 of 50 on main, 47 once the forty-ninth session
corrected two golds to the codebook's and the MOVES group's reading, a town taken after the troops left and a
deployment), studied from the forty-ninth session; `fresh9` is the forty-ninth session's held-out group (50 snippets from Myanmar, Kenya, Sudan, Yemen, Somalia,
Pakistan, Afghanistan, Russia, the Philippines, India, Burundi, Benin, Honduras, Nigeria, Mali, South Sudan, Georgia,
Uganda, Colombia, Indonesia, Guinea, Senegal, Madagascar, Bangladesh, Ukraine, Burkina Faso, Morocco, Rwanda,
Ethiopia, Niger, Mozambique, Mexico, Iraq, DR Congo and Peru, every sub-event type and five with no event: 48 of 50
on bc4d69f4, its deployment's gold corrected as fresh8's before any rule); each runs apart with `--only` and prints apart by default, its failures only when named.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict

from sitrep.pipeline import Pipeline
from sitrep.types import Article

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from type_stress import (ABD, AC, AGR, AIR, ARR, ATT, CHG, CW, DWU, GR, GRT, HQ, IED, LOOT, MOB, NSO,  # noqa: E402
                         NVT, OTH, PP, PWI, SB, SH, SV, VD, XF, dated, report)

NOISE, SITE, BOMB = "a blast heard in a fight", "a weapon naming a site or a craft flown", "a bomb and a clash"
CROWD, ARREST, MOVES = "protest, riot or mob", "an arrest and another act", "troop moves"
WORDS, NONE = "words the lexicon lacks", "no ACLED event"

# group -> [(snippet, label of its top event or None)]
SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    NOISE: [
        ("Al-Shabaab gunmen stormed a military camp outside Baidoa before dawn on Sunday, with explosions and "
         "gunfire heard for several hours; the army said nine attackers were killed.", AC),
        ("Residents of Kunduz said gunfire and blasts echoed across the city overnight as Taliban fighters "
         "battled police for control of the district headquarters.", AC),
        ("Maoist rebels attacked a paramilitary camp in Sukma district of Chhattisgarh late on Tuesday, and "
         "villagers reported explosions and gunshots until morning. Two troopers were killed.", AC),
        ("Heavy shooting and explosions were reported near the presidential palace in Mogadishu on Friday as "
         "soldiers fought off militants who had tried to enter the compound.", AC),
        ("Boko Haram fighters raided an army base in Borno state on Saturday; witnesses heard blasts and "
         "sustained gunfire as troops pushed the insurgents back into the bush.", AC),
        ("ISIS militants assaulted a checkpoint manned by Iraqi soldiers west of Kirkuk, with an explosion and "
         "shots heard by nearby farmers; four soldiers died in the fighting.", AC),
        ("A roadside bomb tore through a police van in Pulwama on Monday, killing three officers, police said.",
         IED),
        ("Two explosions struck a crowded bus station in Maiduguri on Wednesday evening, killing at least "
         "twelve people, officials said.", IED),
    ],
    SITE: [
        ("Western warships fired dozens of cruise missiles at two chemical weapons depots near Homs early on "
         "Saturday, the Pentagon said.", SH),
        ("Israeli warplanes bombed what the military described as a rocket factory in Gaza overnight; no "
         "casualties were reported.", AIR),
        ("Saudi-led coalition jets struck a drone factory on the outskirts of Sanaa on Thursday, Houthi media "
         "said.", AIR),
        ("Turkish artillery shelled a PKK arsenal in the mountains of Duhok province on Monday, the defence "
         "ministry said.", SH),
        ("Russian aircraft hit a chemical weapons stockpile held by rebels in Idlib, Moscow claimed on "
         "Tuesday.", AIR),
        ("Government troops shelled a bomb-making laboratory run by militants in the hills of North "
         "Waziristan, the army said on Sunday.", SH),
        ("Syrian army units seized a warehouse full of mortar rounds and rifles left by retreating rebels "
         "near Daraa, state media said.", DWU),
        ("Police in Rio de Janeiro seized rifles, grenades and ammunition from a drug gang's depot in a "
         "northern favela on Wednesday.", DWU),
        ("Indian Air Force fighter jets were scrambled over Punjab on Sunday after two Pakistani drones "
         "crossed the border, officials said.", None),
        ("Eight Chinese warplanes flew into Taiwan's air defence identification zone on Thursday, the island's "
         "defence ministry said.", None),
        ("A Turkish drone crossed into northern Iraq on Tuesday and hit a vehicle near Sinjar, killing two "
         "Yazidi fighters.", AIR),
        ("Russian warplanes circled over Maarat al-Numan for an hour before bombing a bakery, killing six "
         "civilians, rescuers said.", AIR),
    ],
    BOMB: [
        ("Militants detonated a car bomb at the gate of an army post in Khost and then stormed it, fighting "
         "the soldiers for two hours, officials said on Sunday.", AC),
        ("A landmine blew up an armoured vehicle carrying paramilitary troops in Dantewada on Saturday, "
         "killing four of them.", IED),
        ("Insurgents ambushed a convoy with an improvised explosive device near Kandahar on Tuesday, wounding "
         "six soldiers.", IED),
        ("A militant hurled a grenade at a police post in Srinagar on Tuesday; officers later said they had "
         "arrested him.", GR),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Thursday, killing five soldiers.",
         SB),
        ("Taliban fighters clashed with Afghan forces in Ghazni city on Monday and captured a police "
         "headquarters there after two days of fighting.", NSO),
    ],
    CROWD: [
        ("Police used tear gas and plastic bullets to break up students protesting against fee increases at "
         "a university in Johannesburg on Monday.", PWI),
        ("Security forces opened fire on demonstrators demanding water in a township near Durban, killing "
         "two of them, witnesses said.", XF),
        ("Thousands of teachers marched peacefully through the centre of Buenos Aires on Wednesday to demand "
         "higher wages.", PP),
        ("Striking miners torched two buses and threw stones at police near Rustenburg during a protest over "
         "pay on Tuesday.", VD),
        ("A mob beat a man to death in a village of Jharkhand on Sunday after rumours that he was a child "
         "thief, police said.", MOB),
        ("Villagers lynched two suspected cattle thieves in Assam on Friday, police said.", MOB),
        ("Protesters blocked a highway in Sao Paulo state with burning tyres on Monday, demanding the release "
         "of a jailed union leader.", VD),
        ("Police detained dozens of farmers who had gathered outside parliament in New Delhi to protest new "
         "agriculture laws.", PWI),
        ("Supporters of two rival parties fought with sticks and machetes in a market of Port Harcourt on "
         "Saturday, leaving three people dead.", MOB),
        ("Hundreds of residents held a silent candlelight vigil in Cape Town on Sunday to protest rising "
         "violence against women.", PP),
    ],
    ARREST: [
        ("Police in Kolkata arrested four men in connection with a bomb blast outside a party office last "
         "week.", ARR),
        ("Brazilian federal police arrested a former governor in Rio de Janeiro on Thursday on corruption "
         "charges.", ARR),
        ("Gunmen abducted an engineer from a construction site in Kaduna state on Monday and demanded a "
         "ransom, police said.", ABD),
        ("Pakistani security forces took away three students from their hostel in Quetta on Sunday, and "
         "their families say they have not been seen since.", ABD),
        ("Police in Harare detained 12 opposition activists on Saturday ahead of a planned rally.", ARR),
        ("Soldiers shot dead a man at a checkpoint in Kashmir after he failed to stop, police said on "
         "Wednesday.", ATT),
        ("Gunmen shot dead a local councillor outside his home in Durban on Friday night, police said.", ATT),
        ("The NIA said on Thursday it had arrested a militant who hurled a grenade into a police compound in "
         "Amritsar last month.", ARR),
    ],
    MOVES: [
        ("US troops have withdrawn from an air base in northern Syria and handed it over to Kurdish forces, "
         "officials said.", NVT),
        ("Turkish forces set up one more observation post in Idlib province on Wednesday, local activists "
         "said.", HQ),
        ("The Indian army redeployed two brigades from Punjab to the Ladakh frontier on Monday, defence "
         "sources said.", CHG),
        ("Nigerian troops retook the town of Damasak from Boko Haram fighters on Friday after heavy fighting, "
         "the army said.", GRT),
        ("Somali forces pulled out of the town of Bardere on Tuesday without a fight, and Al-Shabaab "
         "militants moved in hours later.", NVT),
        ("Al-Shabaab fighters established a new base near Jilib on Sunday, residents said.", HQ),
        ("The government deployed thousands of soldiers to the streets of Rio de Janeiro on Saturday ahead "
         "of the carnival.", CHG),
        ("Houthi rebels seized control of a government compound in Marib province on Monday after the "
         "defending troops fled.", NSO),
    ],
    WORDS: [
        ("Investigators found a mass grave containing 30 bodies near the town of Bucha on Friday, officials "
         "said.", OTH),
        ("Cow vigilantes attacked two Muslim traders transporting cattle in Rajasthan on Sunday, police "
         "said.", MOB),
        ("Armed men torched more than 40 homes in a village of Plateau state on Wednesday, residents said.",
         LOOT),
        ("Soldiers ransacked shops in the main market of Beni on Monday night, residents said.", LOOT),
        ("Gunmen killed seven villagers in an attack on a village in Zamfara state on Tuesday, police "
         "said.", ATT),
    ],
    NONE: [
        ("Six workers were killed when a fireworks factory exploded in Tamil Nadu's Virudhunagar district on "
         "Friday, officials said.", None),
        ("A gas cylinder blast at a restaurant in Lagos injured eight people on Sunday, the fire service "
         "said.", None),
        ("Police in Sao Paulo arrested a gang that smuggled cocaine through the port of Santos, officials said "
         "on Tuesday.", None),
        ("A fire broke out at a chemical warehouse in Mumbai on Wednesday, sending thick smoke over the "
         "harbour; no one was hurt.", None),
        ("Heavy floods swept through parts of KwaZulu-Natal on Monday, killing at least 20 people.", None),
    ],
}

FRESH = "fresh"

# The thirty-eighth session's held-out group: written and run on main before any failure was studied.
FRESH_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH: [
        ("Ukrainian forces said on Thursday they had recaptured the village of Robotyne after weeks of fighting "
         "with Russian troops on the southern front.", GRT),
        ("Islamist fighters overran the town of Mansila in northern Burkina Faso on Saturday and raised their flag "
         "over the town hall, local sources said.", NSO),
        ("Rival factions of the Sudanese army and the Rapid Support Forces exchanged fire for hours in Omdurman "
         "on Tuesday, residents said.", AC),
        ("Colombian soldiers fought ELN guerrillas in the jungle of Arauca department on Monday, leaving three "
         "rebels dead, the army said.", AC),
        ("Riot police in Nairobi fired live rounds into a crowd protesting over the cost of living on Wednesday, "
         "killing four, a rights group said.", XF),
        ("Police in Karachi baton-charged and arrested dozens of opposition supporters who had gathered to "
         "protest against the election results.", PWI),
        ("Several thousand nurses staged a sit-in outside the health ministry in Colombo on Friday to demand "
         "unpaid allowances.", PP),
        ("Angry residents set fire to a police station in a township east of Pretoria on Monday after a "
         "teenager died in custody, police said.", VD),
        ("Villagers in Odisha's Mayurbhanj district hacked to death an elderly couple they accused of practising "
         "witchcraft, police said on Sunday.", MOB),
        ("Syrian government helicopters dropped barrels filled with chlorine on a rebel-held suburb of Hama, "
         "a monitoring group alleged.", CW),
        ("A US drone strike killed a senior Al-Shabaab commander near Jamame in southern Somalia on Friday, "
         "the Pentagon said.", AIR),
        ("A woman wearing an explosive vest blew herself up at a mosque in Konduga on Tuesday, killing "
         "eleven worshippers, police said.", SB),
        ("Russian forces fired rockets at the centre of Kharkiv on Wednesday, hitting a shopping mall and "
         "killing three people, the regional governor said.", SH),
        ("Pakistani troops and Indian soldiers traded mortar fire across the Line of Control in Poonch "
         "sector overnight, an army spokesman said.", SH),
        ("An improvised bomb planted on a motorbike exploded near a market in Quetta on Thursday, wounding "
         "nine people, police said.", IED),
        ("Unidentified attackers lobbed a grenade into a crowded bus stand in Anantnag on Saturday, injuring "
         "eleven people, police said.", GR),
        ("Soldiers raped at least eight women during a raid on a village in Kasai province last week, a local "
         "rights group said on Monday.", SV),
        ("Gunmen on motorcycles opened fire on a wedding party in Sokoto state on Sunday, killing 14 guests, "
         "police said.", ATT),
        ("Unknown assailants hacked a Dalit activist to death near his home in Tamil Nadu on Wednesday night, "
         "police said.", ATT),
        ("Armed men kidnapped 23 passengers from a bus on the Abuja-Kaduna highway on Friday, police said.",
         ABD),
        ("Houthi rebels and the Yemeni government agreed on Tuesday to exchange nearly 900 prisoners, the "
         "United Nations said.", AGR),
        ("The Taliban and the Pakistani army agreed to a ceasefire along the Torkham border crossing on "
         "Monday after two days of clashes.", AGR),
        ("Police in Bengaluru arrested three men on Saturday on charges of plotting attacks on behalf of the "
         "Islamic State group.", ARR),
        ("The Maoist party announced on Sunday that its armed wing would suspend operations in Jharkhand for "
         "the monsoon season.", CHG),
        ("Police defused a pressure-cooker bomb found near a temple in Kerala on Thursday, officials said.",
         DWU),
        ("Army bomb disposal experts defused a landmine planted on a road in Bijapur district on Friday.",
         DWU),
        ("Wagner fighters have set up a base at the airport of Tessalit in northern Mali, local officials said "
         "on Tuesday.", HQ),
        ("Rebels looted a health centre and burned dozens of houses in a village of Ituri province on Monday, "
         "residents said.", LOOT),
        ("Mobs vandalised shops and torched cars belonging to foreign nationals in Durban on Thursday night, "
         "police said.", LOOT),
        ("The Malian army took over a base vacated by French troops in Timbuktu on Monday in a formal "
         "handover ceremony.", NVT),
        ("Police found the bodies of seven men with gunshot wounds dumped in a canal near Culiacan on "
         "Wednesday.", OTH),
        ("Protesters hurled stones at police and smashed shop windows in the centre of Santiago on "
         "Friday during a march against pension reform.", VD),
        ("Farmers blocked highways across Punjab with tractors on Monday in a peaceful protest over crop "
         "prices, and police did not intervene.", PP),
        ("Security forces shot dead two suspected militants in an encounter in an orchard of Shopian district on "
         "Saturday, police said.", AC),
        ("Police in Baramulla arrested a Lashkar-e-Taiba operative during a raid on his house on Tuesday, "
         "officials said.", ARR),
        ("Thousands of supporters of the ruling party rallied peacefully in Lusaka on Saturday ahead of the "
         "August vote.", PP),
        ("A bomb hidden in a rubbish bin went off outside a bank in Imphal on Monday, but no one was hurt, "
         "police said.", IED),
        ("Ethiopia's government and the Tigrayan leadership signed a deal on Wednesday to stop the fighting, "
         "the African Union mediators announced.", AGR),
        ("India and China held a fresh round of military talks on Sunday to ease tensions along their "
         "disputed Himalayan border.", None),
        ("A court in Dhaka sentenced six men to death on Wednesday for the 2016 attack on a cafe in the "
         "city's diplomatic quarter.", None),
        ("The African Union on Tuesday condemned the coup in Niger and called for the release of the "
         "president.", None),
        ("More than 1,200 people have been killed in fighting across Sudan since April, the World Health "
         "Organisation said on Monday.", None),
        ("Kenya's interior minister said on Friday the country would send police officers to Haiti once "
         "the courts allow it.", None),
        ("Officials in Johannesburg said on Tuesday a minibus crash on the N1 highway had killed 11 "
         "commuters.", None),
        ("The Supreme Court of Brazil acquitted a former army colonel on Thursday of charges linked to "
         "torture during the dictatorship.", None),
        ("Indian police arrested a businessman in Mumbai on Wednesday for evading taxes worth millions of "
         "rupees.", None),
        ("The Ukrainian president visited troops near Bakhmut on Monday and handed out medals, his office "
         "said.", None),
    ],
}

FRESH2 = "fresh2"

# The forty-first session's held-out group: written and run on main before any failure was studied.
FRESH2_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH2: [
        ("Philippine army troops battled New People's Army guerrillas for an hour in the hills of Masbate on "
         "Thursday, killing two rebels, a military spokesman said.", AC),
        ("Abu Sayyaf gunmen and marines exchanged fire on the island of Basilan on Saturday, leaving one marine "
         "wounded, the military said.", AC),
        ("Pakistani soldiers killed five militants in a shootout during an intelligence-based operation in the "
         "Bajaur district on Wednesday, the army's media wing said.", AC),
        ("Russian artillery pounded the outskirts of Kupiansk through the night, damaging a school and two power "
         "lines, regional officials said on Tuesday.", SH),
        ("Rockets fired by militants landed inside a Turkish military base at Bashiqa near Mosul on Friday, "
         "wounding one soldier, Turkey's defence ministry said.", SH),
        ("A drone strike hit a motorcycle carrying two men near Sarmada in northwest Syria on Monday, killing "
         "both, a monitoring group said.", AIR),
        ("Pakistani jets bombed suspected hideouts of the Baloch Liberation Army in the mountains of Awaran "
         "district on Sunday, security officials said.", AIR),
        ("A bomb planted under a culvert exploded beneath a passing army truck in Balochistan's Panjgur district "
         "on Thursday, killing two soldiers, officials said.", IED),
        ("Two bombs hidden in parked motorcycles went off minutes apart near a market in Isulan on "
         "Saturday, wounding 14 people, police said.", IED),
        ("A man on a motorbike hurled a grenade into a jewellery shop in Peshawar on Tuesday, wounding three "
         "people, police said.", GR),
        ("Suspected militants tossed a hand grenade at a chapel in Pagadian during an evening service, "
         "injuring five worshippers, the military said on Monday.", GR),
        ("A suicide bomber blew himself up inside a Shiite mosque in Pul-e-Khumri during Friday prayers, killing "
         "at least 20 worshippers, Taliban officials said.", SB),
        ("A teenage girl strapped with explosives blew herself up at a camp for displaced people near Gwoza on "
         "Monday, killing six, a militia leader said.", SB),
        ("Rescue workers accused government helicopters of dropping chlorine gas canisters on the rebel-held town "
         "of Kafr Zita in Hama province, leaving dozens struggling to breathe.", CW),
        ("Gunmen killed a journalist outside his home in Sindh's Ghotki district on Saturday night, police "
         "said.", ATT),
        ("Armed bandits shot dead eight farmers working on their fields in Katsina state on Wednesday, police "
         "said.", ATT),
        ("Two gunmen riding a motorcycle killed a radio broadcaster in Dumaguete on Thursday morning, "
         "police said.", ATT),
        ("Gunmen seized a Catholic priest from his parish house in Enugu state on Sunday night, the diocese "
         "said.", ABD),
        ("Islamic State militants kidnapped four shepherds in the desert near Sukhnah on Monday, a war monitor "
         "said.", ABD),
        ("A gang of armed men raped three women in a village of Benue state during a night raid on Friday, "
         "police said.", SV),
        ("Tens of thousands of students and lecturers marched peacefully through the city of Rosario on "
         "Wednesday against cuts to university funding.", PP),
        ("Members of a farmers' union staged a sit-in outside the district collector's office in Bathinda on "
         "Monday to demand compensation for crop losses.", PP),
        ("Several hundred unemployed graduates rallied outside the oil ministry in Baghdad on Sunday to demand "
         "jobs, and dispersed peacefully in the afternoon.", PP),
        ("Police in Lahore fired tear gas and water cannon at opposition supporters marching towards the "
         "provincial assembly on Saturday, and detained dozens.", PWI),
        ("Police in Mendoza fired tear gas to disperse teachers who had blocked the entrance to the provincial "
         "legislature on Tuesday.", PWI),
        ("Soldiers fired live ammunition at villagers protesting against a land grab in Tharparkar, killing three "
         "protesters, a rights group said on Thursday.", XF),
        ("Police opened fire on unarmed mourners marching to a cemetery in Kano on Friday, killing one of them, "
         "witnesses said.", XF),
        ("Protesters threw petrol bombs at police and set a bank on fire in Karachi on Monday after the arrest of "
         "a religious leader.", VD),
        ("Residents angry over power cuts burned tyres and pelted a municipal office with stones in Soweto on "
         "Tuesday.", VD),
        ("A crowd dragged a man accused of blasphemy from a police station in Khanewal and beat him to death on "
         "Saturday, police said.", MOB),
        ("Traders in Nnewi beat and set ablaze a suspected thief on Wednesday, police said.", MOB),
        ("Iraqi forces retook the village of Badush from Islamic State fighters on Saturday, the military "
         "said.", GRT),
        ("ISWAP fighters overran the town of Damboa in Borno state on Sunday after a fierce gun battle with "
         "soldiers, residents said.", NSO),
        ("India and Pakistan agreed on Monday to observe a ceasefire along the Line of Control after days of "
         "cross-border firing, their military officials said.", AGR),
        ("The Philippine government and the Moro Islamic Liberation Front signed a deal on Tuesday to "
         "decommission thousands of the rebels' fighters.", AGR),
        ("Police in Hyderabad arrested five members of a banned Islamist group on Sunday, accusing them of "
         "plotting to bomb a temple.", ARR),
        ("South African police arrested 14 people on Friday over last month's looting of warehouses in "
         "Pietermaritzburg.", ARR),
        ("The TTP announced on Monday it was ending its ceasefire with the Pakistani government and ordered its "
         "fighters to resume attacks.", CHG),
        ("Troops defused a roadside bomb planted on the highway between Kabul and Jalalabad on Wednesday, "
         "officials said.", DWU),
        ("Police in Manipur seized a cache of rifles and grenades hidden in a paddy field on Thursday, "
         "officials said.", DWU),
        ("Turkish troops established a new military outpost near the town of Azaz on Saturday, a monitoring "
         "group said.", HQ),
        ("Unidentified men torched a government school in a village of Kulgam district on Tuesday night, police "
         "said.", LOOT),
        ("The Syrian Democratic Forces handed over several villages near Tal Rifaat to government troops on Sunday "
         "under a Russian-brokered deal.", NVT),
        ("Police found the bodies of three men with their hands tied in a sugarcane field in Negros Occidental "
         "on Monday.", OTH),
        ("India's defence minister said on Wednesday the army would buy 300 new artillery guns from local "
         "manufacturers.", None),
        ("A court in Lahore granted bail on Tuesday to a former prime minister held on charges of inciting "
         "violence.", None),
        ("At least 15 people died when a bus plunged into a gorge in Himachal Pradesh on Sunday, police said.",
         None),
        ("The Philippine president said on Thursday that peace talks with communist rebels would resume next "
         "month in Oslo.", None),
        ("More than 3,000 civilians have been killed in the conflict in Nigeria's northwest this year, Amnesty "
         "International said in a report on Monday.", None),
        ("A fire at a sugar mill near Mardan killed two workers on Saturday, officials said.", None),
    ],
}


FRESH3 = "fresh3"

# The forty-third session's held-out group: written and run on main before any failure was studied.
FRESH3_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH3: [
        ("Colombian soldiers clashed with ELN guerrillas in a rural area of Arauca on Tuesday, and one soldier "
         "was killed in the exchange, the army said.", AC),
        ("Fighters of the Sudanese army and the Rapid Support Forces fought with heavy weapons around the "
         "airport of El Obeid on Sunday, residents said.", AC),
        ("Mozambican troops backed by Rwandan soldiers engaged insurgents near Macomia on Thursday, killing "
         "several of them, a military source said.", AC),
        ("Kenyan police reservists traded fire with armed cattle raiders in Baringo county on Monday; two "
         "raiders were shot dead.", AC),
        ("Myanmar junta troops shelled the outskirts of Loikaw with heavy artillery on Wednesday, destroying "
         "several houses, a resistance spokesman said.", SH),
        ("Mortar rounds fired by Houthi fighters hit government positions near Taiz on Saturday, the army "
         "said.", SH),
        ("Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, setting fuel tanks on "
         "fire, the regional governor said on Friday.", AIR),
        ("Ethiopian military aircraft bombed a market town in the Amhara region on Tuesday, killing at least "
         "15 people, witnesses said.", AIR),
        ("A landmine exploded under a pickup carrying farmers near Djibo on Monday, killing four of them, "
         "security sources said.", IED),
        ("An improvised explosive device went off beside a patrol vehicle in Narathiwat on Wednesday, "
         "wounding two rangers, police said.", IED),
        ("Attackers lobbed a grenade at a police post in Manipur's Imphal East district on Sunday night, "
         "injuring one constable.", GR),
        ("Militants threw a grenade into a crowded bus stand in Srinagar on Thursday afternoon, wounding "
         "eleven people, police said.", GR),
        ("A suicide bomber detonated an explosive vest at the gate of a police academy in Mogadishu on "
         "Saturday, killing at least seven recruits.", SB),
        ("A car bomb driven by a suicide attacker rammed a military convoy near Gao on Monday, the Malian "
         "army said.", SB),
        ("Gunmen on motorcycles opened fire on worshippers at a church in Ondo state on Sunday, killing "
         "several people, police said.", ATT),
        ("Suspected gang members shot dead a community leader in a favela of Rio de Janeiro on Tuesday "
         "night, police said.", ATT),
        ("Unknown attackers hacked three villagers to death with machetes in Ituri province on Friday, a "
         "local official said.", ATT),
        ("Armed men kidnapped two engineers working on a road project in Kaduna state on Wednesday, the "
         "company said.", ABD),
        ("Al-Shabaab fighters abducted six truck drivers on the road between Beledweyne and Mogadishu on "
         "Thursday, a local elder said.", ABD),
        ("Soldiers raped several women during a raid on a village in the Central African Republic's Ouham "
         "prefecture last week, a rights group said on Monday.", SV),
        ("Thousands of opposition supporters marched through central Nairobi on Wednesday demanding lower "
         "food prices; the rally ended without incident.", PP),
        ("Dock workers went on strike and held a peaceful demonstration at the port of Santos on Monday "
         "over unpaid wages.", PP),
        ("Hundreds of Tamil families gathered in Jaffna on Saturday to call for news of relatives who "
         "disappeared during the war.", PP),
        ("Police in Dhaka used rubber bullets and tear gas to break up a rally of opposition activists on "
         "Friday, arresting about 40 of them.", PWI),
        ("Riot police in Buenos Aires used water cannon against pensioners demonstrating outside Congress "
         "on Wednesday.", PWI),
        ("Security forces shot dead four protesters who were marching peacefully against a mining project in "
         "southern Peru on Thursday, an ombudsman's office said.", XF),
        ("Troops fired into a crowd of unarmed demonstrators in Khartoum on Monday, killing two, a doctors' "
         "committee said.", XF),
        ("Demonstrators set fire to a police station and looted shops in Durban on Sunday after the death of "
         "a taxi driver in custody.", VD),
        ("Students hurled stones at police and torched two buses in Chittagong on Tuesday during a protest "
         "over exam fees.", VD),
        ("A mob lynched two men suspected of stealing cattle in a village of Jharkhand on Wednesday, police "
         "said.", MOB),
        ("Villagers armed with sticks attacked and burned the houses of a family accused of witchcraft in "
         "Kisii county on Saturday.", MOB),
        ("Ukrainian forces recaptured the village of Robotyne from Russian troops on Monday, the general "
         "staff said.", GRT),
        ("JNIM militants seized control of the town of Boulkessi after the army withdrew on Thursday, local "
         "sources said.", NSO),
        ("The Sudanese army and the RSF signed a short humanitarian truce in Jeddah on Saturday, Saudi "
         "mediators said.", AGR),
        ("The government of Colombia and the FARC dissidents agreed on Tuesday to a bilateral ceasefire of "
         "three months.", AGR),
        ("Kenyan police arrested a prominent opposition senator in Nairobi on Thursday over remarks deemed to "
         "incite violence.", ARR),
        ("Indian police detained the leader of a separatist group in Srinagar on Monday ahead of a planned "
         "strike.", ARR),
        ("The Arakan Army announced on Wednesday that it was joining the offensive of the northern alliance "
         "against the junta.", CHG),
        ("Security forces defused a bomb found beneath a bridge on the highway to Quetta on Sunday, officials "
         "said.", DWU),
        ("The Nigerian army said on Friday its troops had intercepted a truck carrying arms and ammunition "
         "bound for bandits in Zamfara state.", DWU),
        ("Rwandan troops set up a new base on the outskirts of Mocimboa da Praia on Tuesday, residents "
         "said.", HQ),
        ("Unidentified attackers burned down a health centre in a village of Cabo Delgado on Wednesday "
         "night, local sources said.", LOOT),
        ("Armed men looted a warehouse of the World Food Programme in El Fasher on Monday, the agency said.",
         LOOT),
        ("Government forces took over several positions from the withdrawing UN peacekeepers near Kidal "
         "without a fight on Sunday.", NVT),
        ("The bodies of five men bearing gunshot wounds were found dumped by a road in Guerrero on Tuesday, "
         "prosecutors said.", OTH),
        ("The Ethiopian prime minister said on Monday that the government would hold talks with Oromo "
         "rebels in Tanzania next week.", None),
        ("A court in Pretoria sentenced a former police officer to life in prison on Thursday for the "
         "murder of a student in 2019.", None),
        ("At least 30 people drowned when an overloaded boat capsized on Lake Kivu on Saturday, officials "
         "said.", None),
        ("Bangladesh's election commission announced on Sunday that the general election would be held "
         "in January.", None),
        ("Kidnappings for ransom rose sharply in Haiti last year, the UN said in a report published on "
         "Wednesday.", None),
    ],
}


FRESH4 = "fresh4"

# The forty-fourth session's held-out group: written and run on main before any failure was studied.
FRESH4_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH4: [
        ("Cameroonian soldiers fought separatist fighters for two hours near Bamenda on Saturday; three "
         "separatists were killed, the army said.", AC),
        ("Chadian troops repulsed an attack by Boko Haram fighters on their position on an island of Lake "
         "Chad on Monday, losing two men.", AC),
        ("Mexican marines exchanged gunfire with cartel gunmen in a town of Michoacan on Thursday, leaving "
         "four attackers dead, the navy said.", AC),
        ("Pakistani troops and militants of the Tehreek-e-Taliban Pakistan clashed in North Waziristan late "
         "on Tuesday, the military's media wing said.", AC),
        ("Israeli artillery shelled the outskirts of two villages in southern Lebanon on Wednesday after rockets "
         "were fired across the border, Lebanese state media said.", SH),
        ("Azerbaijani forces fired mortars at Armenian positions near the border on Sunday night, the "
         "Armenian defence ministry said.", SH),
        ("Turkish warplanes struck suspected PKK hideouts in the mountains of northern Iraq on Friday, the "
         "defence ministry in Ankara said.", AIR),
        ("A drone strike hit a car on a road south of Sirte on Monday, killing two men, a local official "
         "said.", AIR),
        ("A bomb planted on a motorbike exploded near a market in Jalalabad on Saturday, wounding six people, "
         "a provincial spokesman said.", IED),
        ("A roadside device blew up as a military vehicle passed near Diffa in Niger on Thursday, killing "
         "three soldiers.", IED),
        ("An unknown assailant threw a hand grenade into a bar in Bujumbura on Friday night, injuring nine "
         "customers, police said.", GR),
        ("Gunmen tossed a grenade into the yard of a local politician's home in Tegucigalpa early on Sunday; "
         "no one was hurt.", GR),
        ("A suicide attacker blew himself up among mourners at a funeral in a town of Kurram district on "
         "Wednesday, killing at least ten people.", SB),
        ("A woman wearing a suicide belt detonated it at a checkpoint near Konduga on Monday, killing two "
         "members of a vigilante group.", SB),
        ("Gunmen shot dead a journalist outside his home in the Mexican state of Guerrero on Tuesday, "
         "prosecutors said.", ATT),
        ("Armed men killed five herders and stole their cattle near a village of Karamoja on Sunday, local "
         "leaders said.", ATT),
        ("Suspected ADF rebels killed at least eight civilians with machetes in a village of North Kivu on "
         "Wednesday night, a civil society leader said.", ATT),
        ("Gunmen seized a Catholic priest on the road to his parish in Enugu state on Friday, the diocese "
         "said.", ABD),
        ("Militants abducted twelve workers of a mobile phone company in Balochistan on Tuesday, officials "
         "said.", ABD),
        ("Members of an armed group sexually assaulted several displaced women near a camp in Darfur last "
         "week, a UN agency said on Thursday.", SV),
        ("Teachers held a sit-in outside the education ministry in Tunis on Wednesday to demand the payment of "
         "overdue salaries.", PP),
        ("Several thousand people marched peacefully through Santiago on Saturday to protest against a "
         "pension reform.", PP),
        ("Farmers gathered outside the prefecture in Rennes on Monday to protest against new water rules; "
         "the demonstration passed off calmly.", PP),
        ("Police in Harare arrested dozens of opposition supporters who had gathered outside a court on "
         "Thursday, breaking up the crowd with batons.", PWI),
        ("Georgian police used water cannon and pepper spray to disperse protesters outside parliament in "
         "Tbilisi on Sunday night.", PWI),
        ("Security forces opened fire on a peaceful march of Papuan students in Jayapura on Tuesday, killing "
         "one of them, activists said.", XF),
        ("Police shot live rounds at unarmed protesters demanding jobs in a town of southern Tunisia on "
         "Friday, wounding three, a rights group said.", XF),
        ("Protesters angry over power cuts blocked roads with burning tyres and smashed the windows of a "
         "government office in Karachi on Monday.", VD),
        ("Rioting fans pelted police with stones and set cars alight outside a stadium in Cairo on "
         "Saturday.", VD),
        ("A mob beat a man to death after accusing him of blasphemy in a village of Punjab on Thursday, "
         "police said.", MOB),
        ("Residents set upon and burned two suspected thieves in a district of Port-au-Prince on Sunday, "
         "witnesses said.", MOB),
        ("The Sudanese army said on Tuesday that it had retaken the town of Sinja from the Rapid Support "
         "Forces after days of fighting.", GRT),
        ("Arakan Army fighters captured a junta battalion headquarters in Rakhine state on Friday, the group "
         "said.", NSO),
        ("The M23 rebels and the Congolese government signed a ceasefire declaration in Doha on Saturday, "
         "Qatari mediators said.", AGR),
        ("The warring sides in Libya agreed on Monday to exchange prisoners and reopen the coastal road.",
         AGR),
        ("Venezuelan intelligence agents arrested a prominent opposition activist in Caracas on Wednesday, "
         "her party said.", ARR),
        ("Egyptian police detained a well-known human rights lawyer at his Cairo office on Sunday, a "
         "colleague said.", ARR),
        ("A faction of the Tuareg rebel alliance announced on Thursday that it had withdrawn from the peace "
         "agreement with the government.", CHG),
        ("Army engineers safely detonated an unexploded rocket found in a school yard in Kharkiv on Monday, "
         "the emergency service said.", DWU),
        ("Police in Algeria seized a cache of rifles and explosives hidden in a cave near the Malian border "
         "on Tuesday, the defence ministry said.", DWU),
        ("Chadian troops established a new forward operating base near the Sudanese border on Saturday, "
         "officials said.", HQ),
        ("Gunmen set fire to a police station and a local court building in Anambra state overnight on "
         "Sunday; no one was hurt.", LOOT),
        ("Militiamen looted a hospital and a pharmacy in a town of Ouham-Pende on Wednesday, an aid group "
         "said.", LOOT),
        ("Malian troops moved into a camp vacated by UN peacekeepers in Tessalit on Friday without any "
         "resistance.", NVT),
        ("Police found a mass grave containing at least nine bodies on a farm in Jalisco on Thursday, state "
         "prosecutors said.", OTH),
        ("The Nepalese prime minister said on Wednesday that the government would form a commission to "
         "investigate past conflict abuses.", None),
        ("A landslide buried a mining camp in Sulawesi on Sunday, killing at least 18 people, rescuers "
         "said.", None),
        ("A Sri Lankan court on Monday acquitted three soldiers accused of killing civilians in 2006.", None),
        ("Chile's senate approved on Tuesday a bill to extend the state of emergency in the southern "
         "regions.", None),
        ("Food prices in Yemen have doubled in the past year, the World Food Programme said on Friday.",
         None),
    ],
}


FRESH5 = "fresh5"

# The forty-fifth session's held-out group: written and run on main before any failure was studied.
FRESH5_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH5: [
        ("Colombian soldiers clashed with dissidents of the former FARC guerrilla in a rural area of Cauca on "
         "Sunday, killing two rebels, the army said.", AC),
        ("Fighters of the Fano militia and federal troops fought for hours around a town in the Amhara region "
         "on Thursday, residents said.", AC),
        ("Somali special forces battled al-Shabaab militants who attacked their base in Lower Shabelle on "
         "Monday morning; the fighting left six militants dead.", AC),
        ("Philippine troops engaged a band of New People's Army guerrillas in the hills of Negros Oriental on "
         "Wednesday, the military said, with one soldier wounded.", AC),
        ("Russian forces shelled a village in the Sumy region from across the border on Tuesday, damaging "
         "several houses, the regional governor said.", SH),
        ("Syrian government artillery pounded rebel-held areas of southern Idlib overnight on Friday, a war "
         "monitor reported.", SH),
        ("Israeli jets bombed what the army called a Hezbollah weapons store in the Bekaa valley on "
         "Saturday.", AIR),
        ("A Sudanese army warplane struck a market in a town of North Kordofan on Monday, killing at least "
         "twenty people, activists said.", AIR),
        ("An improvised explosive device went off under a police patrol vehicle in Dera Ismail Khan on "
         "Thursday, killing two constables.", IED),
        ("A landmine planted on a dirt road exploded beneath a minibus in the north of Burkina Faso on "
         "Sunday, killing seven passengers.", IED),
        ("Attackers on a motorcycle hurled a grenade at a police post in Srinagar on Wednesday evening, "
         "wounding two officers.", GR),
        ("A grenade thrown into a nightclub in Guayaquil on Saturday night injured eleven people, Ecuadorian "
         "police said.", GR),
        ("A suicide bomber rammed an explosives-laden car into the gate of an army camp near Mogadishu on "
         "Tuesday, killing four soldiers.", SB),
        ("A bomber detonated his vest inside a crowded mosque in Peshawar during Friday prayers, killing "
         "dozens of worshippers.", SB),
        ("Gunmen on motorbikes shot dead eleven villagers in a raid on a farming community in Zamfara state "
         "on Wednesday, residents said.", ATT),
        ("Unknown assailants hacked to death a farmer and his two sons in their field in Cabo Delgado on "
         "Monday, local sources said.", ATT),
        ("A gang shot dead the owner of a bus company in Port Moresby on Friday, police said.", ATT),
        ("Armed men kidnapped twenty passengers from a bus on the highway between Abuja and Kaduna on "
         "Sunday, police said.", ABD),
        ("Suspected cartel members snatched a local reporter from his home in Sinaloa on Thursday; his "
         "whereabouts are unknown.", ABD),
        ("Soldiers raped at least four women during a search operation in a village of Ituri last month, a "
         "UN report said on Tuesday.", SV),
        ("Hundreds of nurses rallied outside the health ministry in Nairobi on Monday to demand better pay, "
         "waving placards and singing.", PP),
        ("Residents of a district of Lima marched peacefully to the town hall on Saturday to demand more "
         "police patrols.", PP),
        ("Students staged a silent protest on the campus of Dhaka University on Wednesday against rising "
         "tuition fees.", PP),
        ("Riot police in Belgrade dispersed students blocking the entrance of a ministry on Thursday, "
         "detaining several of them.", PWI),
        ("Police in Conakry fired tear gas to break up a gathering of opposition supporters on Tuesday.",
         PWI),
        ("Troops fired live ammunition at demonstrators marching peacefully in a town of Oromia on Sunday, "
         "killing four, witnesses said.", XF),
        ("Police in Kampala beat unarmed protesters with batons and shot one dead as they marched to "
         "parliament on Tuesday, a rights group said.", XF),
        ("Demonstrators angry over a fuel price rise torched a police station and threw stones at officers "
         "in a town of Kenya on Friday.", VD),
        ("Protesters burned tyres and smashed shop windows in central Athens on Saturday after a march "
         "against police violence turned violent.", VD),
        ("An angry crowd lynched a man accused of stealing a motorbike in a district of Abidjan on "
         "Wednesday, police said.", MOB),
        ("Villagers attacked and set fire to the houses of a family accused of witchcraft in a district of "
         "Malawi on Monday.", MOB),
        ("Ukrainian forces said on Sunday they had retaken a village near Bakhmut after fierce fighting.",
         GRT),
        ("The Islamic State seized control of two villages in the desert east of Homs on Thursday after "
         "government troops fled, a war monitor said.", NSO),
        ("The government of South Sudan and a rebel movement signed a peace deal in Nairobi on "
         "Wednesday.", AGR),
        ("Armenia and Azerbaijan agreed on Tuesday to release detained soldiers in a deal brokered by "
         "mediators.", AGR),
        ("Iranian security forces arrested a well-known rapper in Isfahan on Saturday, his family said.",
         ARR),
        ("Turkish police detained the mayor of a southeastern city in a dawn raid on Monday, the interior "
         "ministry said.", ARR),
        ("A commander of the Mai-Mai militia announced on Friday that his fighters were joining the "
         "Congolese army's fight against the M23.", CHG),
        ("Bomb disposal experts defused an explosive device found near a school in Pattani province on "
         "Tuesday, Thai police said.", DWU),
        ("Troops seized a truck loaded with rifles and ammunition at a checkpoint in Tibesti on Sunday, "
         "Chadian officials said.", DWU),
        ("Ethiopian forces set up a new military camp outside a town in the Afar region on Thursday, local "
         "officials said.", HQ),
        ("Militants burned down a girls' school in North Waziristan overnight on Tuesday; no one was hurt.",
         LOOT),
        ("Gang members ransacked and looted a health centre in a suburb of Port-au-Prince on Monday, Doctors "
         "Without Borders said.", LOOT),
        ("Russian troops entered a town in the Donetsk region on Friday after Ukrainian units pulled out, "
         "meeting no resistance.", NVT),
        ("Forensic teams exhumed the bodies of fourteen people from a mass grave near Kherson on Wednesday, "
         "officials said.", OTH),
        ("Bolivia's president named a new army chief on Thursday in a reshuffle of the military "
         "command.", None),
        ("Kosovo and Serbia will resume talks under European mediation next month, the EU's envoy said on "
         "Monday.", None),
        ("A court in Guatemala sentenced a former police commander on Tuesday to 30 years in prison for "
         "crimes committed during the civil war.", None),
        ("Thailand's army chief said on Friday that violence in the southern provinces had fallen over the "
         "past year.", None),
        ("The price of wheat in Somalia went up by a third over three months, a monitoring group said "
         "on Wednesday.", None),
    ],
}


FRESH6 = "fresh6"

# The forty-sixth session's held-out group: written and run on main before any failure was studied.
FRESH6_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH6: [
        ("Troops and fighters of the Arakan Army fought near a town in Rakhine state on Saturday, with both "
         "sides reporting casualties, local media said.", AC),
        ("Malian soldiers repelled an attack by jihadist fighters on their post near Boni on Tuesday, killing "
         "several assailants, the army said.", AC),
        ("Police exchanged fire with a gang of bandits for two hours in a forest of Katsina state on Friday; "
         "three bandits died.", AC),
        ("Yemeni government forces and Houthi fighters clashed on the southern front of Marib on Monday, "
         "military sources said.", AC),
        ("Azerbaijani troops fired mortars at Armenian positions along the border overnight on Wednesday, "
         "Yerevan's defence ministry said.", SH),
        ("Russian artillery hit residential blocks in Kherson on Sunday morning, wounding three people, the "
         "city administration said.", SH),
        ("Turkish drones struck a vehicle carrying Kurdish fighters near Qamishli on Thursday, killing two, "
         "a monitoring group said.", AIR),
        ("Nigerian air force jets bombed a camp of jihadists in the Sambisa forest on Saturday, the military "
         "said.", AIR),
        ("A bomb hidden in a motorcycle exploded near a market in Mogadishu on Tuesday afternoon, killing "
         "five people, police said.", IED),
        ("An armoured vehicle of the Malian army hit a mine on the road to Gao on Sunday; two soldiers were "
         "killed.", IED),
        ("An unknown assailant threw a grenade into a bar in the eastern town of Beni on Friday night, "
         "wounding six customers.", GR),
        ("A grenade was lobbed at the home of a local councillor in Manipur on Monday; no one was hurt, "
         "police said.", GR),
        ("A suicide attacker blew himself up at the gate of a police training centre in Quetta on Wednesday, "
         "killing three recruits.", SB),
        ("A woman wearing an explosive belt detonated it at a checkpoint in Borno state on Sunday, killing "
         "herself and two militiamen.", SB),
        ("Gunmen stormed a village in Plateau state overnight on Monday and killed fourteen residents in "
         "their homes, a local official said.", ATT),
        ("Suspected jihadists shot dead a village chief and his brother near Fada N'Gourma on Thursday, "
         "security sources said.", ATT),
        ("Hitmen killed a municipal candidate as he left a campaign event in Guerrero on Saturday, "
         "prosecutors said.", ATT),
        ("Bandits abducted thirty worshippers from a church in Kaduna state during a Sunday service, "
         "police said.", ABD),
        ("Armed men seized an aid worker from a guesthouse in the Central African Republic's north-west on "
         "Wednesday, his organisation said.", ABD),
        ("Militiamen raped several women who were fetching firewood outside a displacement camp in North "
         "Kivu on Monday, a medical charity said.", SV),
        ("Thousands of teachers marched through Buenos Aires on Wednesday to demand higher wages, chanting "
         "slogans against the government.", PP),
        ("Hundreds of residents gathered outside the governor's office in Jos on Tuesday to protest "
         "peacefully against the killings.", PP),
        ("Farmers held a rally with tractors in front of parliament in Warsaw on Friday against grain "
         "imports.", PP),
        ("Police arrested dozens of opposition supporters who had gathered in central Tbilisi on Saturday "
         "to protest against a new law.", PWI),
        ("Security forces fired tear gas at students demonstrating in Antananarivo on Monday, scattering "
         "the crowd.", PWI),
        ("Soldiers opened fire on unarmed protesters in a town of Sagaing region on Thursday, killing "
         "three, residents said.", XF),
        ("Police shot dead two demonstrators who were marching peacefully against an election result in "
         "Maputo on Wednesday, a rights group said.", XF),
        ("Rioters angry at a power cut attacked the offices of the electricity company and clashed with "
         "police in a town of Pakistan on Sunday.", VD),
        ("Demonstrators hurled petrol bombs at riot police and set cars on fire in Santiago on Friday "
         "during a march over pensions.", VD),
        ("A mob beat to death a man suspected of blasphemy in a village of Punjab on Saturday, police "
         "said.", MOB),
        ("Supporters of rival candidates fought with sticks and machetes after a vote count in a town of "
         "Sierra Leone on Monday; several were injured.", MOB),
        ("Sudan's army said on Tuesday that it had recaptured a town in Sennar state from the Rapid Support "
         "Forces.", GRT),
        ("Al-Shabaab fighters took control of a town in Middle Shabelle on Friday after clashes with "
         "government forces, residents said.", NSO),
        ("The Colombian government and a guerrilla group signed a ceasefire agreement in Caracas on "
         "Thursday.", AGR),
        ("Rival clans in South Sudan's Jonglei state agreed on Sunday to a truce brokered by church leaders "
         "after months of fighting.", AGR),
        ("Egyptian security forces arrested a prominent human rights lawyer at his home in Cairo on "
         "Monday, his colleagues said.", ARR),
        ("Indian police detained a separatist leader in Srinagar on Friday ahead of a planned strike.",
         ARR),
        ("A faction of the ELN in Colombia announced on Wednesday that it was breaking away from the "
         "group's central command.", CHG),
        ("Police in Mindanao seized a cache of homemade bombs and assault rifles from a house on Tuesday, "
         "the army said.", DWU),
        ("Army engineers blew up a stockpile of anti-personnel mines found in a forest of Kachin state on "
         "Saturday.", DWU),
        ("The Nigerian army established a new forward operating base in a town of Zamfara state on "
         "Monday.", HQ),
        ("Armed men set fire to a police station and a court building in a town of Cameroon's North-West "
         "region on Thursday; no casualties were reported.", LOOT),
        ("Looters broke into warehouses of an aid agency in Khartoum on Sunday and carried off food stocks, "
         "the agency said.", LOOT),
        ("Rebels of the M23 handed over a town in North Kivu to regional troops on Friday under a "
         "withdrawal plan, without any fighting.", NVT),
        ("Investigators uncovered a mass grave holding at least nine bodies near a former militia base in "
         "Ituri on Wednesday, the UN mission said.", OTH),
        ("Tunisia's president dissolved the municipal councils on Thursday, a decree said.", None),
        ("Armenia's prime minister will travel to Brussels next week to discuss security cooperation, his "
         "office said on Monday.", None),
        ("A court in Bangladesh on Tuesday sentenced an opposition leader to ten years in prison in a "
         "corruption case.", None),
        ("A bus plunged into a ravine in northern Peru on Saturday, killing 23 passengers, officials said.",
         None),
        ("Inflation in Argentina slowed for a third month in a row in October, the statistics office said "
         "on Thursday.", None),
    ],
}


FRESH7 = "fresh7"

# The forty-seventh session's held-out group: written and run on main before any failure was studied.
FRESH7_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH7: [
        ("Soldiers and fighters of the Karen National Liberation Army battled for a hilltop base in Kayin "
         "state on Wednesday, a spokesman for the group said.", AC),
        ("Burkinabe troops and volunteers fought off jihadists who attacked their positions near Djibo on "
         "Saturday, the army said, adding that dozens of assailants were killed.", AC),
        ("Gunmen and members of a vigilante group traded fire in a village of Zamfara state on Monday "
         "night, residents said.", AC),
        ("Fighters of the Rapid Support Forces and the army fought in the streets of El Fasher on Thursday, "
         "witnesses said.", AC),
        ("Israeli tanks shelled the outskirts of a town in southern Lebanon on Tuesday, Lebanon's state news "
         "agency said.", SH),
        ("Ukrainian forces fired rockets at a Russian-held town in the Zaporizhzhia region on Friday, "
         "wounding four civilians, its Russian-installed governor said.", SH),
        ("Pakistani warplanes carried out strikes on militant hideouts in North Waziristan on Sunday, "
         "security officials said.", AIR),
        ("A drone strike hit a car on the outskirts of Marib on Wednesday, killing two al-Qaeda members, "
         "tribal sources said.", AIR),
        ("A car bomb went off outside a government building in Kirkuk on Monday, wounding eleven people, "
         "police said.", IED),
        ("A roadside bomb struck a patrol of Nigerien soldiers near the border with Mali on Thursday, "
         "killing four of them.", IED),
        ("Unidentified men hurled a grenade at a police post in Kulgam on Saturday evening; two policemen "
         "were wounded.", GR),
        ("A hand grenade thrown into a crowded bus station in Bujumbura on Friday wounded nine people, "
         "police said.", GR),
        ("A suicide car bomber rammed an army convoy near Mogadishu on Tuesday, killing at least six "
         "soldiers, officials said.", SB),
        ("A teenage bomber detonated explosives strapped to his body in a mosque in Maiduguri on Friday, "
         "killing five worshippers.", SB),
        ("Armed men attacked a mining site in Ituri on Sunday and killed eleven miners, local officials "
         "said.", ATT),
        ("Gunmen on a motorcycle shot dead a journalist outside his home in Sindh province on Wednesday, "
         "police said.", ATT),
        ("Suspected cartel members killed a family of five in their car on a highway in Zacatecas on "
         "Monday, state prosecutors said.", ATT),
        ("Gunmen kidnapped a Catholic priest from his parish house in Enugu state on Saturday night, the "
         "diocese said.", ABD),
        ("Armed men snatched two foreign engineers working on a road project in Niger's Tillaberi region on "
         "Tuesday, a security source said.", ABD),
        ("Soldiers sexually assaulted a group of women at a checkpoint in Tigray on Thursday, survivors "
         "told a rights group.", SV),
        ("Several thousand people marched peacefully through Tbilisi on Sunday evening, waving European "
         "Union flags.", PP),
        ("Nurses held a sit-in outside the health ministry in Nairobi on Monday to demand unpaid "
         "allowances.", PP),
        ("Students demonstrated outside a university in Dhaka on Wednesday against a rise in tuition "
         "fees.", PP),
        ("Riot police broke up a rally of opposition supporters in Kampala on Saturday with tear gas and "
         "arrested several of them.", PWI),
        ("Police dispersed hundreds of traders protesting against new taxes in Lusaka on Tuesday, using "
         "water cannon.", PWI),
        ("Security forces fired live ammunition at peaceful marchers in Conakry on Thursday, killing two "
         "young men, the opposition said.", XF),
        ("Troops shot at a crowd of unarmed villagers protesting against a mining company in the Peruvian "
         "Andes on Friday, killing one of them.", XF),
        ("Protesters threw stones at police and torched tyres in Port-au-Prince on Monday during a march "
         "against fuel prices.", VD),
        ("Demonstrators set fire to a ruling party office and clashed with security forces in a town of "
         "Senegal on Wednesday.", VD),
        ("A crowd lynched two men accused of stealing a motorcycle in a market town of Uganda on Sunday, "
         "police said.", MOB),
        ("Villagers armed with machetes attacked members of a rival community over a land dispute in "
         "Kenya's Rift Valley on Tuesday, wounding five.", MOB),
        ("Ukrainian troops retook a village near Kupiansk from Russian forces on Saturday, the general "
         "staff said.", GRT),
        ("Jihadists of JNIM overran an army base in central Mali on Thursday and now hold the villages around "
         "it, residents said.", NSO),
        ("Representatives of two armed groups in the Central African Republic signed a peace deal in "
         "Bangui on Monday.", AGR),
        ("The Ethiopian government and a rebel faction in the Amhara region reached a ceasefire agreement "
         "on Friday, mediators said.", AGR),
        ("Turkish police detained dozens of people suspected of links to the Islamic State in raids across "
         "Istanbul on Tuesday.", ARR),
        ("Venezuelan intelligence agents arrested an opposition campaign manager in Caracas on Wednesday, "
         "his party said.", ARR),
        ("A commander of a Mai-Mai group in South Kivu announced on Sunday that he and his men were joining "
         "the government's reserve forces.", CHG),
        ("Soldiers in Colombia found and destroyed a hidden arms cache of a guerrilla front in Cauca on "
         "Thursday, the army said.", DWU),
        ("Bomb disposal experts defused an explosive device planted under a bridge in Balochistan on "
         "Saturday, police said.", DWU),
        ("The Somali army set up a new base in a town of Hiraan region on Wednesday after al-Shabaab "
         "fighters left it.", HQ),
        ("Rebels burned down a health centre and a school in a village of North Kivu on Tuesday, local "
         "officials said.", LOOT),
        ("Gangs looted a hospital in Port-au-Prince on Friday, carrying away equipment and medicines, "
         "its director said.", LOOT),
        ("Russian forces withdrew from a village on the west bank of the river in Kherson region on "
         "Monday, Moscow's defence ministry said.", NVT),
        ("Syrian authorities said on Tuesday that workers had found a mass grave holding dozens of bodies "
         "on the outskirts of Damascus.", OTH),
        ("Kenya's president named a new cabinet on Thursday, a statement from his office said.", None),
        ("Nigeria's senate on Wednesday approved a bill raising the minimum wage.", None),
        ("A fire in a textile factory in Karachi killed twelve workers on Monday, rescue officials said.",
         None),
        ("The foreign ministers of India and Pakistan will meet in New York next month, officials said on "
         "Friday.", None),
        ("A court in Kyiv on Thursday jailed a former official for twelve years for taking bribes.", None),
    ],
}


FRESH8 = "fresh8"

# The forty-eighth session's held-out group: written and run on main before any failure was studied.
FRESH8_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH8: [
        ("Insurgents and Mozambican soldiers exchanged gunfire for several hours near Mocimboa da Praia on "
         "Tuesday, a local official said.", AC),
        ("Separatist fighters ambushed a gendarmerie patrol in Cameroon's North-West region on Sunday, and "
         "the gendarmes returned fire, killing three of them.", AC),
        ("Army troops clashed with New People's Army guerrillas in the hills of Negros Oriental on Friday, "
         "the military said.", AC),
        ("Members of two rival gangs fought a gun battle in a neighbourhood of Guayaquil on Wednesday night, "
         "police said.", AC),
        ("Azerbaijani forces fired mortar rounds at Armenian positions along the border on Thursday, "
         "Yerevan's defence ministry said.", SH),
        ("Rockets fired from Gaza landed in open fields near Sderot on Monday, causing no casualties, the "
         "Israeli army said.", SH),
        ("Turkish drones struck a vehicle near Qamishli on Saturday, killing three members of the Kurdish-led "
         "forces, a war monitor said.", AIR),
        ("Nigerian air force jets bombed a camp of bandits in the forests of Katsina state on Tuesday, the "
         "air force said.", AIR),
        ("An improvised explosive device hit a military truck in the Sahel region of Burkina Faso on "
         "Wednesday, killing five soldiers, security sources said.", IED),
        ("A landmine blew up under a tractor in a field in Ukraine's Kharkiv region on Sunday, killing the "
         "farmer driving it.", IED),
        ("Suspected militants threw a grenade into a market in Manipur's Imphal valley on Friday, wounding "
         "six vendors.", GR),
        ("Attackers lobbed a grenade at a bar in a town of southern Thailand on Saturday night, injuring "
         "four customers, police said.", GR),
        ("A suicide bomber blew himself up at the gate of a police headquarters in Peshawar on Monday, "
         "killing three officers.", SB),
        ("A woman wearing an explosive vest detonated it at a checkpoint in northern Cameroon on Thursday, "
         "killing two vigilantes.", SB),
        ("Gunmen stormed a village in Plateau state overnight on Tuesday and killed fourteen residents in "
         "their homes, a local leader said.", ATT),
        ("Unknown attackers shot dead a community leader in a village of Colombia's Cauca department on "
         "Sunday, a human rights group said.", ATT),
        ("Armed men on motorbikes killed seven herders and drove away their cattle in Tillaberi on "
         "Friday, local sources said.", ATT),
        ("Bandits kidnapped thirty passengers travelling on a highway in Kaduna state on Wednesday, the "
         "police said.", ABD),
        ("Gunmen seized a local councillor from his car in Haiti's Artibonite region on Monday and "
         "demanded a ransom, his family said.", ABD),
        ("Members of an armed group raped four women gathering firewood outside a displacement camp in "
         "Ituri on Saturday, a medical charity said.", SV),
        ("Hundreds of teachers marched through the centre of Accra on Tuesday to demand better pay, "
         "chanting and carrying placards.", PP),
        ("Relatives of missing persons held a vigil outside the presidential secretariat in Colombo on "
         "Thursday.", PP),
        ("Farmers parked their tractors in front of the regional parliament in Seville on Monday in a "
         "protest against fuel costs.", PP),
        ("Police used tear gas and batons to break up a protest by opposition supporters in Harare on "
         "Saturday and detained twenty of them.", PWI),
        ("Security forces dispersed a gathering of students outside the university in Lome on Wednesday "
         "and arrested several organisers.", PWI),
        ("Soldiers opened fire on villagers demonstrating peacefully against a land grab in Papua on "
         "Friday, killing three, a church group said.", XF),
        ("Police shot and killed a peaceful marcher during a rally against the president in Bamako on "
         "Tuesday, the organisers said.", XF),
        ("Angry residents threw rocks at police and burned a police car in a Nairobi slum on Monday during "
         "a protest over evictions.", VD),
        ("Protesters stormed and set fire to a government office in a town of Kosovo's north on "
         "Thursday, injuring two police officers.", VD),
        ("A mob beat to death a man suspected of blasphemy in a town of Punjab province on Sunday, police "
         "said.", MOB),
        ("Residents set upon and burned alive two suspected kidnappers in a village of Puebla state on "
         "Wednesday, local media reported.", MOB),
        ("Ethiopian federal forces recaptured a town in the Amhara region from Fano militiamen on "
         "Saturday, state media said.", GRT),
        ("Al-Shabaab fighters seized a town in the Middle Shabelle region on Monday after government troops "
         "pulled out, residents said.", NVT),
        ("The Colombian government and a guerrilla group signed a ceasefire accord in Caracas on Friday, "
         "the guarantor countries said.", AGR),
        ("Two feuding clans in Somalia's Galmudug state agreed on Thursday to end their fighting and "
         "exchange prisoners, elders said.", AGR),
        ("Police in Dar es Salaam arrested the leader of the main opposition party and three of his aides "
         "on Sunday, the party said.", ARR),
        ("Egyptian security forces detained two journalists in a dawn raid on their homes in Cairo on "
         "Tuesday, a press freedom group said.", ARR),
        ("A faction of the Free Syrian Army said on Monday it was dissolving itself and handing its "
         "weapons to the new defence ministry.", CHG),
        ("Police in Honduras seized a lorry loaded with rifles and ammunition at a checkpoint near the "
         "Guatemalan border on Wednesday.", DWU),
        ("Sri Lankan troops found and defused a claymore mine planted along a road in the north on "
         "Saturday, the army said.", DWU),
        ("The Malian army established a new military camp in a town near the Algerian border on Friday, "
         "officials said.", HQ),
        ("Militiamen looted shops and torched houses in a village of the Central African Republic's "
         "Ouham prefecture on Tuesday, the UN said.", LOOT),
        ("Unidentified people vandalised and set fire to a polling station in a town of Malawi on Sunday, "
         "the electoral commission said.", LOOT),
        ("Thousands of Chadian troops were deployed along the border with Sudan on Thursday, the army "
         "said.", CHG),
        ("Libyan authorities said on Wednesday that they had exhumed eighteen bodies from a mass grave near "
         "Tarhuna.", OTH),
        ("Ghana's parliament approved the budget for the next year on Friday after a long debate.", None),
        ("The presidents of Rwanda and DR Congo are expected to meet in Doha next month, a diplomat said on "
         "Tuesday.", None),
        ("Floods in the south of Nepal killed nine people and destroyed hundreds of homes on Monday, "
         "officials said.", None),
        ("A former army chief in Guatemala was sentenced on Thursday to thirty years in prison for crimes "
         "committed during the civil war.", None),
        ("A gas tanker exploded on a highway in Nigeria's Niger state on Saturday, killing eleven people, "
         "road safety officials said.", None),
    ],
}


FRESH9 = "fresh9"

# The forty-ninth session's held-out group: written and run on main before any failure was studied.
FRESH9_SNIPPETS: dict[str, list[tuple[str, str | None]]] = {
    FRESH9: [
        ("Government soldiers and rebels of the Karen National Liberation Army fought for control of a hilltop "
         "camp near Myawaddy on Thursday, residents said.", AC),
        ("Police commandos engaged a band of cattle rustlers in a shootout in Kenya's Baringo county on "
         "Monday, leaving two suspects dead.", AC),
        ("Fighters of the Sudanese army and the paramilitary Rapid Support Forces battled in the streets of "
         "El Fasher on Sunday, witnesses said.", AC),
        ("Houthi forces pounded government positions south of Marib with artillery on Wednesday, a "
         "military spokesman said.", SH),
        ("A mortar round fired by insurgents landed inside an army base in Lower Shabelle on Friday, "
         "wounding two soldiers.", SH),
        ("Pakistani jets carried out strikes on suspected militant hideouts in a border district of "
         "Afghanistan's Khost province on Tuesday, the Taliban said.", AIR),
        ("A drone hit a fuel depot in Russia's Bryansk region overnight, setting it ablaze, the regional "
         "governor said on Saturday.", AIR),
        ("A roadside bomb struck a police vehicle in Balochistan's Kech district on Thursday, killing two "
         "constables, officials said.", IED),
        ("A bomb hidden in a motorcycle went off near a tea shop in a town of Mindanao on Monday, injuring "
         "nine people.", IED),
        ("Unknown assailants hurled a hand grenade at the home of a local politician in Jammu on Sunday "
         "night, damaging a wall.", GR),
        ("A man threw a grenade into a crowd of shoppers at a market in Bujumbura on Saturday evening, "
         "injuring eleven people, police said.", GR),
        ("A suicide attacker detonated an explosives-laden vest among worshippers at a mosque in Kabul "
         "during Friday prayers, killing seven.", SB),
        ("Jihadists raided a village in northern Benin on Saturday and shot dead six farmers, a local "
         "official said.", ATT),
        ("Two gunmen riding a motorcycle gunned down a journalist outside his home in a town of Honduras on "
         "Wednesday, police said.", ATT),
        ("Armed men stopped a minibus on a road in Zamfara state on Monday and shot dead four passengers, "
         "witnesses said.", ATT),
        ("Militants abducted two aid workers from their vehicle in the Ménaka region of Mali on Thursday, "
         "their organisation said.", ABD),
        ("Kidnappers took away a priest from his parish house in Enugu state late on Sunday, the diocese "
         "said.", ABD),
        ("Fighters of an armed group sexually assaulted three girls in a village of South Sudan's Unity "
         "state on Tuesday, a UN agency said.", SV),
        ("Several thousand people rallied peacefully in central Tbilisi on Saturday against a draft law on "
         "foreign funding.", PP),
        ("Nurses staged a sit-in outside the health ministry in Kampala on Monday over unpaid allowances.",
         PP),
        ("Retired soldiers demonstrated in front of the defence ministry in Bogota on Friday to demand "
         "their pensions.", PP),
        ("Riot police fired water cannon to disperse students marching on parliament in Jakarta on "
         "Thursday and detained a dozen of them.", PWI),
        ("Police in Conakry broke up an opposition gathering with tear gas on Wednesday and arrested "
         "its organisers.", PWI),
        ("Security forces fired live ammunition at unarmed protesters in a town of Sudan's Gezira state on "
         "Sunday, killing four, doctors said.", XF),
        ("Troops shot dead two people taking part in a peaceful march against fuel prices in Kano on "
         "Tuesday, Amnesty International said.", XF),
        ("Demonstrators hurled stones at police and set fire to tyres and a bank in a city of Senegal on "
         "Friday after an opposition leader was sentenced.", VD),
        ("Rioting youths torched vehicles and looted shops in a suburb of Antananarivo on Monday during "
         "protests over power cuts.", VD),
        ("Villagers lynched a man accused of stealing a motorbike in a district of Uganda on Saturday, "
         "police said.", MOB),
        ("An angry crowd attacked and set ablaze a police post in Bangladesh on Wednesday after a "
         "student died in custody.", MOB),
        ("Ukrainian forces took back a village east of Kupiansk from Russian troops on Thursday, the "
         "general staff said.", GRT),
        ("Jama'at Nusrat al-Islam wal-Muslimin fighters overran an army post in Burkina Faso's Est region "
         "on Sunday and have held the area since, security sources said.", NSO),
        ("The government of the Philippines and a Moro rebel front signed a pact on the decommissioning of "
         "fighters in Manila on Tuesday.", AGR),
        ("Rival Fulani and Dogon community leaders signed a peace agreement in Mopti on Monday under the "
         "mediation of local imams.", AGR),
        ("Moroccan police arrested five members of a suspected jihadist cell in raids in Tangier and Fez on "
         "Wednesday, the interior ministry said.", ARR),
        ("Security officers took a prominent rights lawyer into custody at his office in Kigali on "
         "Friday, his colleagues said.", ARR),
        ("A faction of the Ethiopian Fano militia announced on Saturday that it had merged with another "
         "armed group in Gojjam.", CHG),
        ("Bomb disposal experts defused an explosive device found near a bridge in Pulwama in "
         "Kashmir on Monday, police said.", DWU),
        ("Mexican soldiers seized a cache of assault rifles and grenades at a ranch in Michoacan on "
         "Thursday, the defence ministry said.", DWU),
        ("The Nigerien army set up a new forward base in a village near the border with Nigeria on "
         "Tuesday, state television said.", HQ),
        ("Rebel fighters ransacked a health centre and burned down several homes in a village of "
         "Mozambique's Niassa province on Friday, residents said.", LOOT),
        ("Attackers destroyed a telecommunications mast in Somalia's Bay region on Wednesday, cutting "
         "mobile services, officials said.", LOOT),
        ("Colombian troops were deployed to the Catatumbo region on Saturday after a spate of killings, the "
         "defence minister said.", CHG),
        ("Investigators in Iraq exhumed the remains of forty people from a mass grave in Sinjar on "
         "Monday, officials said.", OTH),
        ("The UN Security Council on Thursday extended the mandate of its peacekeeping mission in South "
         "Sudan for another year.", None),
        ("Fighters of the Islamic State fired shells filled with mustard agent at Peshmerga positions near "
         "Makhmour on Friday, Kurdish officials said.", CW),
        ("Unidentified gunmen ambushed a convoy of Congolese soldiers near Beni on Thursday, and the "
         "soldiers fought back for an hour, the army said.", AC),
        ("Kenya's central bank kept its main lending rate unchanged on Wednesday, citing easing "
         "inflation.", None),
        ("The prime minister of Pakistan will travel to Beijing next week for talks on trade, his office "
         "said on Monday.", None),
        ("A bus plunged into a ravine in Peru's Andes on Saturday, killing twenty-one passengers, the "
         "police said.", None),
        ("A court in Dhaka on Sunday sentenced a former minister to ten years in prison for corruption.",
         None),
    ],
}


def top_label(events) -> str | None:
    """CASE's label: the sub-event type of the most confident dated event (the first among equals)."""
    told = dated(events)
    if not told:
        return None
    best = max(e.confidence for e in told)
    return next(e.sub_event_type for e in told if e.confidence == best)


def run(snippets: dict, show_failures: bool = False, only: str | None = None) -> int:
    """Code every snippet without a publication date, as CASE's are, and print per group the top labels right."""
    pipe = Pipeline().load(["en"])
    stats = defaultdict(Counter)
    failures = []
    t0 = time.perf_counter()
    for group, items in snippets.items():
        if only and group != only:
            continue
        for text, expected in items:
            events = pipe.code(Article(article_id="case-stress", text=text, lang="en", published=None))
            got = top_label(events)
            s = stats[group]
            s["notes"] += 1
            s["too few"] += got is None and expected is not None
            s["too many"] += got is not None and expected is None
            s["sub-type"] += got == expected
            if got != expected:
                failures.append((group, text, expected, [(e.sub_event_type, round(e.confidence, 2), e.status.value,
                                                          e.trigger.text if e.trigger else "") for e in events]))
    report(stats, failures, t0, show_failures, "group", ("sub-type",))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="one group")
    args = ap.parse_args()
    held = {FRESH: FRESH_SNIPPETS, FRESH2: FRESH2_SNIPPETS, FRESH3: FRESH3_SNIPPETS, FRESH4: FRESH4_SNIPPETS,
            FRESH5: FRESH5_SNIPPETS, FRESH6: FRESH6_SNIPPETS,
            FRESH7: FRESH7_SNIPPETS, FRESH8: FRESH8_SNIPPETS, FRESH9: FRESH9_SNIPPETS}
    if args.only in held:
        return run(held[args.only], args.show_failures)
    run(SNIPPETS, args.show_failures, args.only)
    if not args.only:
        for group in (FRESH_SNIPPETS, FRESH2_SNIPPETS, FRESH3_SNIPPETS, FRESH4_SNIPPETS, FRESH5_SNIPPETS,
                      FRESH6_SNIPPETS, FRESH7_SNIPPETS, FRESH8_SNIPPETS, FRESH9_SNIPPETS):
            print()
            run(group)
    return 0


if __name__ == "__main__":
    sys.exit(main())
