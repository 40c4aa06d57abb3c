"""West Africa and Sahel stress set: invented notes in ACLED's English manner for Nigeria, Mali, Burkina Faso, Niger,
Cameroon, Chad, Benin, Togo and Ghana, scored on the five fields a coder fills.

    PYTHONPATH=. .venv/bin/python bench/sahel_stress.py [--show-failures] [--only CLASS[,CLASS]]

Issues 13 and 14: Nigeria, Burkina Faso and Mali write a large share of ACLED's African notes, and those notes are
English where the French benches read the Sahel's own press. They place an event in the country's own units: "X
village in Y LGA (Z state)", a ward, "along the X-Y road" in Nigeria; "X (Y commune, Z province)" in Burkina Faso;
a cercle or commune in Mali; "the commune of X (Tillaberi region)" in Niger; "X, Y division (North-West)" in
Cameroon; Chad's Lac province; the tri-border; a site named after a town (a gold mine, a camp, a market). They name
the region's armed parties in ACLED's forms: JNIM, the Islamic State's Sahel and West Africa provinces, JAS (Boko
Haram), Ansaroul Islam, the bandits of north-west Nigeria (an unidentified armed group), Yan Sa Kai, the CJTF,
hunters and Amotekun, Fulani and other ethnic militias, Dozo, Koglweogo, the VDP, Dan Na Ambassagou, Ambazonian
separatists, the Wagner Group, each state's army, police and gendarmerie across its coups, and each country's
civilians. Each note is one event; its gold is an ACLED coder's: the sub-event type, the actor pair (scored as
bench/actor_world_stress.py does: order-free, a state's period and unit optional, a slot of several names takes
any of them), a point (within 25 km of the town the event is coded at, 50 km near one, 150 km a region), the day
and the fatalities. Scoring and the table are bench/mideast_stress.py's. Known towns come from sitrep's gazetteer
and general knowledge; the villages are invented names no table holds. No dev-set text or answer is used.

Classes (``--only``): ``places``, ``actors``, ``types`` (the notes studied while writing rules) and ``held`` (other
wordings, towns and countries of the same classes, written in the thirty-fifth session before any rule; studied from
the thirty-seventh, whose held-out group was the ``fresh`` group of bench/central_south_stress.py, spanning this
bench's region too and studied from the thirty-ninth, whose held-out group was that bench's ``fresh2``, studied from the
fortieth, whose held-out group was that bench's ``fresh3``, studied from the forty-first, whose held-out group was that
bench's ``fresh4``, studied from the forty-second, whose held-out group is that bench's ``fresh5``). A name marked ``# unsure`` is ACLED's form as far as its conventions tell: its failure says
what to check, not what to fix.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mideast_stress import n, run  # noqa: E402

AC, ATT, ABD, IED = "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"
AIR, ARR, LOOT, SV = "Air/drone strike", "Arrests", "Looting/property destruction", "Sexual violence"
INTERV, EXCESS, VD, MOB = "Protest with intervention", "Excessive force against protesters", \
    "Violent demonstration", "Mob violence"
SUICIDE, GREN, PEACE = "Suicide bomb", "Grenade", "Peaceful protest"

# ACLED's actor names (general knowledge of its actor list); a state's period is not scored
NGA, NGA_POL, CIV_NG = "Military Forces of Nigeria (2023-)", "Police Forces of Nigeria (2023-)", "Civilians (Nigeria)"
UAG_NG, PROT_NG = "Unidentified Armed Group (Nigeria)", "Protesters (Nigeria)"
MLI, CIV_ML, UAG_ML = "Military Forces of Mali (2021-)", "Civilians (Mali)", "Unidentified Armed Group (Mali)"
BFA, CIV_BF, UAG_BF = "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)", \
    "Unidentified Armed Group (Burkina Faso)"
NER, CIV_NE, UAG_NE = "Military Forces of Niger (2023-)", "Civilians (Niger)", "Unidentified Armed Group (Niger)"
CMR, CIV_CM = "Military Forces of Cameroon (1982-)", "Civilians (Cameroon)"
TCD, CIV_TD = "Military Forces of Chad (2021-)", "Civilians (Chad)"
BEN, CIV_BJ = "Military Forces of Benin (2016-)", "Civilians (Benin)"
TGO, CIV_TG = "Military Forces of Togo (2005-)", "Civilians (Togo)"
GHA, CIV_GH = "Military Forces of Ghana (2017-)", "Civilians (Ghana)"
JNIM, ISS = "JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)"
ISGS = "Islamic State (West Africa) - Greater Sahara Faction"  # ACLED's name of IS Sahel until March 2022
ISWAP, JAS = "Islamic State (West Africa) - Lake Chad Faction", \
    "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
ANSAR, VDP, KOGL = "Ansaroul Islam", "VDP: Volunteer for Defense of Homeland", "Koglweogo Militia"
DOZO_ML, DOZO_BF, DNA = "Dozo Communal Militia (Mali)", "Dozo Communal Militia (Burkina Faso)", "Dan Na Ambassagou"
AMBA, WAGNER, CJTF = "Ambazonian Separatists (Cameroon)", "Wagner Group", "CJTF: Civilian Joint Task Force"
FULANI_NG, FULANI_ML, FULANI_BF = "Fulani Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Mali)", \
    "Fulani Ethnic Militia (Burkina Faso)"
YANSAKAI = ("Yan Sa Kai Communal Militia (Nigeria)", "Yansakai Militia", "Yan Sa Kai Militia")  # unsure
HUNTERS_NG = ("Hunters Militia (Nigeria)", "Vigilante Militia (Nigeria)")  # unsure
AMOTEKUN = ("Amotekun Corps", "Western Nigeria Security Network (Amotekun)", "Amotekun: Western Nigeria Security "
            "Network")  # unsure
TIV, BEROM = "Tiv Ethnic Militia (Nigeria)", "Berom Ethnic Militia (Nigeria)"  # unsure
BOKO = (ISWAP, JAS, "Islamic State (West Africa) - Lake Chad Faction and/or Boko Haram - Jamaatu Ahli is-Sunnah "
        "lid-Dawati wal-Jihad")

# towns (the gazetteer's points, general knowledge)
MAIDUGURI, KONDUGA, BAMA, GWOZA, MONGUNO = (11.85, 13.16), (11.65, 13.42), (11.52, 13.69), (11.08, 13.69), \
    (12.67, 13.61)
DAMBOA, DIKWA, BIU, DAMASAK, MALAM_FATORI = (11.15, 12.76), (12.03, 13.92), (10.61, 12.19), (13.10, 12.51), \
    (13.68, 13.34)
GUSAU, TSAFE, MARU, ANKA, ZURMI, SHINKAFI = (12.16, 6.66), (11.96, 6.92), (12.33, 6.40), (12.11, 5.93), \
    (12.78, 6.79), (13.07, 6.50)
KATSINA, FASKARI, BATSARI, JIBIA, SAFANA = (12.99, 7.60), (11.72, 7.03), (12.75, 7.24), (13.09, 7.23), (12.40, 7.40)
KADUNA, BIRNIN_GWARI, KAJURU, ZARIA = (10.52, 7.44), (10.66, 6.54), (10.32, 7.68), (11.09, 7.71)
MINNA, JOS, BOKKOS, MANGU, RIYOM = (9.61, 6.55), (9.90, 8.86), (9.30, 8.99), (9.52, 9.10), (9.63, 8.76)
MAKURDI, WUKARI, TAKUM, SOKOTO, SABON_BIRNI = (7.73, 8.52), (7.87, 9.78), (7.26, 9.98), (13.06, 5.24), (13.56, 6.24)
OWERRI, ORLU, IHIALA, AKURE, OWO, IBADAN = (5.48, 7.03), (5.80, 7.04), (5.85, 6.86), (7.25, 5.19), (7.20, 5.59), \
    (7.38, 3.93)
LAGOS, ABUJA, LOKOJA, ILORIN, BIRNIN_KEBBI = (6.45, 3.40), (9.06, 7.49), (7.80, 6.74), (8.49, 4.55), (12.45, 4.20)
DJIBO, DORI, FADA, KAYA, OUAHIGOUYA = (14.10, -1.63), (14.03, -0.03), (12.06, 0.36), (13.09, -1.08), (13.58, -2.42)
KONGOUSSI, BARSALOGHO, ARBINDA, GOROM, SEBBA = (13.33, -1.53), (13.42, -1.06), (14.23, -0.87), (14.44, -0.24), \
    (13.44, 0.53)
TITAO, TOUGAN, NOUNA, DEDOUGOU, DIAPAGA = (13.77, -2.07), (13.07, -3.07), (12.73, -3.86), (12.46, -3.46), \
    (12.07, 1.79)
PAMA, KANTCHARI, GAYERI, BOURZANGA, SOLENZO = (11.25, 0.70), (12.48, 1.52), (12.65, 0.49), (13.68, -1.55), \
    (12.18, -4.08)
OUAGA, BOBO, TOUGOURI, BOGANDE = (12.37, -1.52), (11.18, -4.29), (13.32, -0.52), (12.97, -0.14)
BAMAKO, MOPTI, DJENNE, BANDIAGARA, BANKASS = (12.64, -8.00), (14.49, -4.18), (13.91, -4.55), (14.35, -3.61), \
    (14.08, -3.52)
KORO, DOUENTZA, GAO, MENAKA, ANSONGO = (14.07, -3.08), (15.00, -2.95), (16.27, -0.04), (15.92, 2.40), (15.66, 0.50)
TIMBUKTU, KIDAL, NIONO, SEGOU, MACINA = (16.77, -3.01), (18.44, 1.41), (14.25, -5.99), (13.43, -6.26), (13.96, -5.36)
TENENKOU, NARA, NIAFUNKE, GOUNDAM, KATI = (14.46, -4.92), (15.17, -7.29), (15.93, -3.99), (16.42, -3.67), \
    (12.74, -8.07)
SAN, HOMBORI, GOSSI, DIABALY, TESSALIT = (13.30, -4.90), (15.28, -1.70), (15.82, -1.30), (14.69, -6.02), (20.20, 1.01)
NIAMEY, TILLABERI, AYOROU, OUALLAM, BANIBANGOU = (13.51, 2.11), (14.21, 1.45), (14.73, 0.92), (14.32, 2.09), \
    (15.04, 2.70)
TORODI, TERA, ABALA, TAHOUA, TILLIA = (13.12, 1.80), (14.01, 0.75), (14.93, 3.43), (14.89, 5.27), (16.13, 4.79)
DIFFA, BOSSO, MAINE_SOROA, MARADI, MAKALONDI = (13.32, 12.61), (13.70, 13.31), (13.21, 12.02), (13.50, 7.10), \
    (12.83, 1.68)
FILINGUE, GOTHEYE, DOSSO = (14.35, 3.32), (13.86, 1.57), (13.05, 3.19)
BAMENDA, BUEA, KUMBA, NDOP, KUMBO = (5.96, 10.15), (4.15, 9.24), (4.64, 9.45), (6.00, 10.43), (6.20, 10.68)
WUM, MAMFE, BATIBO, MUYUKA, NKAMBE = (6.38, 10.07), (5.75, 9.31), (5.84, 9.85), (4.29, 9.41), (6.63, 10.67)
MORA, KOLOFATA, MOKOLO, KOUSSERI, FOTOKOL = (11.05, 14.14), (11.17, 14.02), (10.74, 13.80), (12.08, 15.03), \
    (12.37, 14.23)
NDJAMENA, BOL, BAGA_SOLA, ABECHE, MOUNDOU = (12.11, 15.04), (13.46, 14.71), (13.53, 14.32), (13.83, 20.83), \
    (8.57, 16.08)
KANDI, BANIKOARA, TANGUIETA, KARIMAMA, MALANVILLE = (11.13, 2.94), (11.30, 2.44), (10.62, 1.27), (12.07, 3.18), \
    (11.87, 3.39)
MATERI, NATITINGOU, DAPAONG, CINKASSE = (10.70, 1.06), (10.30, 1.38), (10.86, 0.21), (11.10, 0.01)
BAWKU, TAMALE, BOLGATANGA, YENDI = (11.06, -0.24), (9.40, -0.84), (10.79, -0.85), (9.44, -0.01)

P, A, T, H = "places", "actors", "types", "held"
NOTES = (
    # places: a village no table holds in the country's units, a road, a site named after a town, the tri-border
    n(P, "2023-02-11", "bandits attacked Tudun Kwarabe village in Tsafe LGA (Zamfara), killing six residents.", ATT,
      [UAG_NG, CIV_NG], TSAFE, 6),
    n(P, "2022-06-27", "gunmen abducted 14 people from Unguwar Damasi village in Faskari LGA (Katsina state).", ABD,
      [UAG_NG, CIV_NG], FASKARI),
    n(P, "2021-09-04", "bandits killed three farmers in Kurfin Maje ward of Maru LGA (Zamfara).", ATT,
      [UAG_NG, CIV_NG], MARU, 3),
    n(P, "2023-07-19", "gunmen ambushed travellers along the Kaduna-Abuja road near Katari (Kaduna), abducting an "
      "unknown number of passengers.", ABD, [UAG_NG, CIV_NG], (KADUNA, ABUJA), 0, 150),
    n(P, "2024-01-08", "bandits abducted 11 passengers along the Gusau-Tsafe road (Zamfara).", ABD, [UAG_NG, CIV_NG],
      (GUSAU, TSAFE), 0, 50),
    n(P, "2022-03-15", "ISWAP fighters attacked a military base in Mainok village of Kaga LGA (Borno). Four soldiers "
      "were killed.", AC, [ISWAP, NGA], (11.82, 12.65), 4, 50),
    n(P, "2023-10-02", "suspected JAS fighters killed four farmers near Ngurowa village of Konduga LGA (Borno).", ATT,
      [BOKO, CIV_NG], KONDUGA, 4),
    n(P, "2021-12-18", "gunmen killed seven villagers in Dabwaram village of Bokkos LGA (Plateau).", ATT,
      [(UAG_NG, FULANI_NG), CIV_NG], BOKKOS, 7),
    n(P, "2024-03-30", "armed herders attacked Tsedugu community in Guma LGA (Benue), killing five residents.", ATT,
      [(FULANI_NG, UAG_NG), CIV_NG], (7.82, 8.86), 5, 50),
    n(P, "2023-05-06", "unknown gunmen set fire to a police station in Umuchima, Ihiala LGA (Anambra).", LOOT,
      [UAG_NG, NGA_POL], IHIALA),
    n(P, "2022-08-21", "JNIM militants attacked Gomboro village (Kain commune, Yatenga province), killing 12 "
      "civilians.", ATT, [JNIM, CIV_BF], OUAHIGOUYA, 12, 50),
    n(P, "2023-04-14", "unidentified gunmen killed five civilians in Tondobra (Arbinda commune, Soum province).", ATT,
      [UAG_BF, CIV_BF], ARBINDA, 5),
    n(P, "2022-11-09", "militants attacked a VDP post in Bougoudi (Barsalogho commune, Sanmatenga province). Three VDP "
      "members were killed.", AC, [UAG_BF, VDP], BARSALOGHO, 3),
    n(P, "2024-02-03", "JNIM fighters ambushed a military convoy between Djibo and Namssiguia (Soum). Eight soldiers "
      "were killed.", AC, [JNIM, BFA], DJIBO, 8, 50),
    n(P, "2023-09-25", "gunmen attacked the gold mining site of Kalsaka near Ouahigouya (Yatenga), killing four gold "
      "miners.", ATT, [UAG_BF, CIV_BF], (13.29, -2.07), 4, 50),
    n(P, "2022-05-16", "JNIM militants attacked the Malian army in Dougouteme village of Bandiagara cercle (Mopti). "
      "Two soldiers were killed.", AC, [JNIM, MLI], BANDIAGARA, 2),
    n(P, "2021-08-12", "Dozo hunters attacked Fulani herders in Sagoubiri (Djenne cercle, Mopti region), killing "
      "three.", ATT, [DOZO_ML, CIV_ML], DJENNE, 3),
    n(P, "2023-03-02", "IS Sahel militants killed 17 civilians in Tadoumbeit, in Menaka region.", ATT, [ISS, CIV_ML],
      MENAKA, 17, 150),
    n(P, "2024-05-29", "militants looted livestock from herders in Baltegui (Niono cercle, Segou).", LOOT,
      [UAG_ML, CIV_ML], NIONO),
    n(P, "2022-10-18", "Islamic State (Sahel) militants attacked the commune of Anzourou (Tillaberi region), killing "
      "six civilians.", ATT, [ISS, CIV_NE], (14.60, 1.08), 6, 50),
    n(P, "2023-06-12", "JNIM fighters ambushed a Nigerien army patrol near Dingadi, Torodi department (Tillaberi). "
      "Four soldiers were killed.", AC, [JNIM, NER], TORODI, 4),
    n(P, "2021-03-21", "unidentified gunmen killed 20 villagers in Ibatibaren, Tillia department (Tahoua region).",
      ATT, [UAG_NE, CIV_NE], TILLIA, 20, 50),
    n(P, "2022-07-14", "Ambazonian separatists abducted a school principal in Njinikejem, Bui division "
      "(North-West).", ABD, [AMBA, CIV_CM], KUMBO, 0, 50),
    n(P, "2023-11-27", "Cameroonian soldiers clashed with Ambazonian separatists in Bafmeng, Menchum division "
      "(North-West). Two separatists were killed.", AC, [CMR, AMBA], WUM, 2, 50),
    n(P, "2024-04-17", "JAS fighters killed three fishermen near Tchika island in the Lake Chad area (Lac province, "
      "Chad).", ATT, [BOKO, CIV_TD], BOL, 3, 150),
    n(P, "2023-01-31", "JNIM militants attacked a Beninese army post in Kouloumbou, Materi commune, near the Burkina "
      "Faso border (Atacora). Two soldiers were killed.", AC, [JNIM, BEN], MATERI, 2, 50),
    n(P, "2022-09-09", "IS Sahel fighters clashed with JNIM in the Liptako tri-border area near Tessit (Gao). "
      "Casualties were unknown.", AC, [ISS, JNIM], (15.01, 0.30), 0, 150),
    n(P, "2023-08-05", "bandits attacked Gidan Makeri market in Sabon Birni LGA (Sokoto), killing nine traders.", ATT,
      [UAG_NG, CIV_NG], SABON_BIRNI, 9),
    n(P, "2022-12-02", "JNIM militants attacked the IDP camp of Djibo (Soum), wounding several displaced persons.",
      ATT, [JNIM, CIV_BF], DJIBO),
    # actors: ACLED's names for the region's parties, each state's army and police, the vigilantes and militias
    n(A, "2023-06-08", "Nigerian troops clashed with ISWAP fighters in Marte (Borno), killing 11 insurgents.", AC,
      [NGA, ISWAP], (12.36, 13.83), 11, 50),
    n(A, "2022-04-22", "Boko Haram (JAS) fighters abducted six women collecting firewood near Gwoza (Borno).", ABD,
      [JAS, CIV_NG], GWOZA),
    n(A, "2021-11-13", "the Civilian JTF repelled an attack by JAS fighters on Kawuri village near Konduga (Borno), "
      "killing two attackers.", AC, [CJTF, BOKO], KONDUGA, 2),
    n(A, "2023-12-20", "Yan Sa Kai vigilantes killed eight Fulani herders in Kebbe LGA (Sokoto).", ATT,
      [YANSAKAI, CIV_NG], (12.08, 4.78), 8, 50),
    n(A, "2022-02-06", "local hunters clashed with bandits in Kajuru (Kaduna), killing four bandits.", AC,
      [HUNTERS_NG, UAG_NG], KAJURU, 4),
    n(A, "2024-06-15", "Amotekun operatives clashed with kidnappers in a forest near Owo (Ondo), killing one "
      "kidnapper.", AC, [AMOTEKUN, UAG_NG], OWO, 1),
    n(A, "2023-03-19", "Fulani militiamen attacked Tiv farmers in Yelwata, Guma LGA (Benue), killing seven.", ATT,
      [FULANI_NG, CIV_NG], (7.84, 8.72), 7, 50),
    n(A, "2021-06-26", "the Nigerian Air Force bombed a bandit camp in the Kuduru forest near Birnin "
      "Gwari (Kaduna). No casualty figures were given.", AIR, [NGA, UAG_NG], BIRNIN_GWARI),
    n(A, "2022-10-03", "Malian soldiers and Wagner Group mercenaries clashed with JNIM militants near Hombori "
      "(Douentza, Mopti). Five militants were killed.", AC, [(MLI, WAGNER), JNIM], HOMBORI, 5),
    n(A, "2020-06-10", "Malian soldiers executed nine civilians in Binedama village (Koro, Mopti).", ATT,
      [("Military Forces of Mali (2002-2020)", MLI), CIV_ML], KORO, 9),
    n(A, "2022-12-24", "Dan Na Ambassagou militiamen attacked Fulani herders near Bankass (Mopti), killing four.", ATT,
      [DNA, CIV_ML], BANKASS, 4),
    n(A, "2023-07-04", "Ansaroul Islam militants attacked a Koglweogo checkpoint near Titao (Loroum). Three Koglweogo "
      "members were killed.", AC, [ANSAR, KOGL], TITAO, 3),
    n(A, "2022-01-15", "Burkinabe soldiers and VDP clashed with JNIM militants near Sebba (Yagha), killing 15 "
      "militants.", AC, [(BFA, VDP), JNIM], SEBBA, 15),
    n(A, "2022-09-28", "the Burkinabe gendarmerie arrested a journalist in Ouagadougou over a post critical of the "
      "transition.", ARR, [("Police Forces of Burkina Faso (2022-) Gendarmerie", BFA), CIV_BF], OUAGA),
    n(A, "2023-09-16", "Nigerien soldiers clashed with IS Sahel militants near Tillia (Tahoua), killing 12 "
      "militants.", AC, [NER, ISS], TILLIA, 12),
    n(A, "2021-01-02", "Islamic State (Sahel) militants killed 70 civilians in Tchoma Bangou village of Ouallam "
      "department (Tillaberi).", ATT, [(ISS, ISGS), CIV_NE], OUALLAM, 70, 50),
    n(A, "2024-08-19", "ISWAP fighters attacked a Chadian army position on Barkaram island near Ngouboua (Lac). Six "
      "soldiers were killed.", AC, [ISWAP, TCD], BAGA_SOLA, 6, 50),
    n(A, "2022-05-25", "Cameroonian soldiers killed two Amba fighters in Batibo (Momo, North-West).", AC, [CMR, AMBA],
      BATIBO, 2),
    n(A, "2023-02-16", "JNIM militants attacked a Togolese army post in Kpinkankandi (Savanes), killing five "
      "soldiers.", AC, [JNIM, TGO], DAPAONG, 5, 50),
    n(A, "2024-02-24", "Dozo hunters clashed with JNIM militants near Solenzo (Banwa). Four Dozo were killed.", AC,
      [DOZO_BF, JNIM], SOLENZO, 4),
    n(A, "2022-07-30", "Ghanaian soldiers clashed with Kusasi and Mamprusi militiamen in Bawku (Upper East), killing "
      "one.", AC, [GHA, ("Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)")], BAWKU, 1),  # unsure
    # types: attacks, clashes, abductions, IEDs, air strikes, looting and rustling, destruction, arrests, protests
    n(T, "2022-07-05", "gunmen abducted 30 students from a secondary school in Kebbe (Sokoto).", ABD, [UAG_NG, CIV_NG],
      (12.08, 4.78), 0, 50),
    n(T, "2023-04-03", "an IED planted by ISWAP exploded under a military truck on the Maiduguri-Damboa road "
      "(Borno), killing three soldiers.", IED, [ISWAP, NGA], (MAIDUGURI, DAMBOA), 3, 50),
    n(T, "2021-10-10", "bandits rustled about 200 cattle from herders in Jibia (Katsina).", LOOT, [UAG_NG, CIV_NG],
      JIBIA),
    n(T, "2024-01-22", "a suicide bomber detonated explosives at a market in Konduga (Borno), killing four civilians.",
      SUICIDE, [BOKO + (UAG_NG,), CIV_NG], KONDUGA, 4),  # unsure: an unclaimed bombing's author
    n(T, "2022-11-19", "the Nigerian Air Force struck an ISWAP camp near Malam Fatori (Borno), killing several "
      "fighters.", AIR, [NGA, ISWAP], MALAM_FATORI, 10),  # the codebook: "several" is 10
    n(T, "2023-08-01", "police fired tear gas to disperse protesters demonstrating against fuel prices in Kano.",
      INTERV, [PROT_NG, NGA_POL], (12.00, 8.52)),
    n(T, "2022-04-07", "Malian soldiers arrested 20 men during a raid on the market of Sofara (Djenne, Mopti).", ARR,
      [MLI, CIV_ML], DJENNE),
    n(T, "2023-05-21", "an IED exploded on the road between Gossi and Hombori, killing two Malian soldiers.",
      IED, [UAG_ML, MLI], (GOSSI, HOMBORI), 2, 50),
    n(T, "2024-03-08", "a Malian army drone struck a wedding gathering in Tessalit (Kidal), killing five civilians.",
      AIR, [MLI, CIV_ML], TESSALIT, 5),
    n(T, "2022-10-31", "militants burned the town hall of Tougouri (Namentenga).", LOOT, [UAG_BF, CIV_BF], TOUGOURI),
    n(T, "2023-12-14", "JNIM militants abducted 50 women gathering fruit near Arbinda (Soum).", ABD, [JNIM, CIV_BF],
      ARBINDA),
    n(T, "2021-07-23", "residents protested against insecurity in Kaya (Centre-Nord); gendarmes fired tear gas to "
      "disperse them.", INTERV, [("Protesters (Burkina Faso)",), ("Police Forces of Burkina Faso (2015-2022) "
                                                                    "Gendarmerie", BFA)], KAYA),
    n(T, "2022-06-19", "IS Sahel militants stole livestock from herders in Banibangou (Tillaberi).", LOOT,
      [ISS, CIV_NE], BANIBANGOU),
    n(T, "2023-10-28", "Ambazonian separatists burned down a school in Mamfe (Manyu, South-West).", LOOT,
      [AMBA, CIV_CM], MAMFE),
    n(T, "2024-05-02", "Cameroonian gendarmes arrested four suspected separatists in Kumba (Meme, South-West).", ARR,
      [("Police Forces of Cameroon (1982-) Gendarmerie", CMR), (CIV_CM, AMBA)], KUMBA),  # unsure: suspects
    # held: other wordings, towns and countries, written before any rule and not studied
    n(H, "2022-02-19", "armed bandits abducted 22 people in Rafin Gora village, Shiroro LGA (Niger state).", ABD,
      [UAG_NG, CIV_NG], (9.87, 6.71), 0, 50),
    n(H, "2023-09-07", "gunmen killed four worshippers in Unguwar Baushe community of Zurmi LGA, Zamfara State.",
      ATT, [UAG_NG, CIV_NG], ZURMI, 4),
    n(H, "2021-05-14", "bandits attacked travellers along the Birnin Gwari-Kaduna highway, abducting 17 passengers.",
      ABD, [UAG_NG, CIV_NG], (BIRNIN_GWARI, KADUNA), 0, 50),
    n(H, "2024-07-02", "suspected ISWAP fighters abducted nine loggers near Damboa (Borno).", ABD, [BOKO, CIV_NG],
      DAMBOA),
    n(H, "2023-02-28", "troops of Operation Hadin Kai clashed with JAS fighters in the Sambisa forest near Bama "
      "(Borno), killing six insurgents.", AC, [NGA, BOKO], BAMA, 6, 50),
    n(H, "2022-03-04", "unknown gunmen attacked a police checkpoint in Orlu (Imo), killing two police officers.", ATT,
      [UAG_NG, NGA_POL], ORLU, 2),
    n(H, "2023-06-30", "herders clashed with Berom youths in Riyom LGA (Plateau). Three people were killed.", AC,
      [(FULANI_NG, "Fulani Ethnic Militia (Nigeria)"), (BEROM, "Berom Ethnic Militia (Nigeria)")], RIYOM, 3),
    n(H, "2021-12-01", "vigilantes of the Civilian JTF arrested two suspected Boko Haram informants in Monguno "
      "(Borno).", ARR, [CJTF, CIV_NG], MONGUNO),
    n(H, "2024-04-11", "the Nigerian army conducted an airstrike on a bandit hideout in Shinkafi LGA (Zamfara), "
      "killing 15 bandits.", AIR, [NGA, UAG_NG], SHINKAFI, 15),
    n(H, "2023-01-17", "gunmen kidnapped a Catholic priest in Lokoja (Kogi).", ABD, [UAG_NG, CIV_NG], LOKOJA),
    n(H, "2022-08-09", "the police dispersed #EndSARS protesters in Lagos with tear gas and arrested 12.", INTERV,
      [PROT_NG, NGA_POL], LAGOS),
    n(H, "2024-02-13", "gunmen attacked Zimbiri village, Wukari LGA (Taraba), killing three residents.", ATT,
      [UAG_NG, CIV_NG], WUKARI, 3),
    n(H, "2023-03-26", "JNIM militants attacked Kourakou village (Tansila commune, Banwa province), killing nine "
      "VDP.", AC, [JNIM, VDP], SOLENZO, 9, 50),
    n(H, "2022-06-11", "gunmen killed 86 civilians in Seytenga (Seno province).", ATT, [UAG_BF, CIV_BF],
      (14.38, 0.06), 86),
    n(H, "2023-11-05", "Ansaroul Islam militants burned the market of Bourzanga (Bam).", LOOT, [ANSAR, CIV_BF],
      BOURZANGA),
    n(H, "2024-06-21", "Burkinabe army drones struck a JNIM camp in the forest near Pama (Kompienga). Dozens of "
      "militants were reported killed.", AIR, [BFA, JNIM], PAMA),
    n(H, "2022-03-17", "an IED struck a VDP vehicle on the Dori-Gorom-Gorom road (Seno), killing two VDP.", IED,
      [UAG_BF, VDP], (DORI, GOROM), 2, 50),
    n(H, "2023-07-26", "Koglweogo members abducted two Fulani men in Tougan (Sourou).", ABD, [KOGL, CIV_BF], TOUGAN),
    n(H, "2022-08-07", "JNIM fighters ambushed a Malian army convoy near Boulkessi, Douentza cercle (Mopti), killing "
      "12 soldiers.", AC, [JNIM, MLI], (15.02, -1.72), 12, 50),
    n(H, "2024-01-13", "Malian soldiers accompanied by Wagner mercenaries killed 14 civilians in Welingara (Nara "
      "cercle, Koulikoro).", ATT, [(MLI, WAGNER), CIV_ML], NARA, 14, 50),
    n(H, "2021-04-09", "Dogon militiamen attacked Fulani herders in Tori, Bankass cercle (Mopti), killing two.", ATT,
      [(DNA, "Dogon Ethnic Militia (Mali)"), CIV_ML], BANKASS, 2, 50),
    n(H, "2023-10-12", "IS Sahel fighters clashed with the MSA in Tidermene (Menaka region). Casualties were "
      "unknown.", AC, [ISS, ("MSA: Movement for the Salvation of Azawad", "MSA-D: Movement for the Salvation of "
                             "Azawad (Daoussak)")], (16.70, 2.10), 0, 150),  # unsure
    n(H, "2022-11-22", "the Malian gendarmerie arrested three traders in Segou accused of supplying JNIM.", ARR,
      [("Police Forces of Mali (2021-) Gendarmerie", MLI), CIV_ML], SEGOU),
    n(H, "2024-03-03", "an IED hit a minibus between Timbuktu and Goundam (Timbuktu), killing three passengers.", IED,
      [UAG_ML, CIV_ML], (TIMBUKTU, GOUNDAM), 3, 50),
    n(H, "2023-04-24", "Nigerien soldiers clashed with IS Sahel militants in the commune of Abala (Tillaberi), "
      "killing 20 militants.", AC, [NER, ISS], ABALA, 20),
    n(H, "2024-08-08", "JNIM militants attacked a Nigerien army post at Tamou (Say department, Tillaberi). Seven "
      "soldiers were killed.", AC, [JNIM, NER], (12.75, 2.17), 7),
    n(H, "2022-12-04", "ISWAP fighters abducted seven farmers in Toumour, Bosso department (Diffa).", ABD,
      [ISWAP, CIV_NE], (13.70, 13.31), 0, 50),
    n(H, "2023-08-30", "protesters demanding the departure of French troops gathered in Niamey; police fired tear "
      "gas.", INTERV, [("Protesters (Niger)",), ("Police Forces of Niger (2023-)",)], NIAMEY),
    n(H, "2022-01-25", "JAS fighters attacked Kerawa village near Kolofata, Mayo-Sava division (Far North), killing "
      "four civilians.", ATT, [BOKO, CIV_CM], KOLOFATA, 4),
    n(H, "2023-05-18", "Ambazonian fighters killed two gendarmes at a checkpoint in Ndop (Ngo-Ketunjia, North-West).",
      AC, [AMBA, ("Police Forces of Cameroon (1982-) Gendarmerie", CMR)], NDOP, 2),
    n(H, "2024-06-04", "separatists abducted 12 passengers on the Kumbo-Nkambe road (North-West).", ABD,
      [AMBA, CIV_CM], (KUMBO, NKAMBE), 0, 50),
    n(H, "2022-09-02", "Chadian soldiers clashed with Boko Haram fighters on the islands near Bol (Lac), killing "
      "ten insurgents.", AC, [TCD, BOKO], BOL, 10, 50),
    n(H, "2021-06-19", "Chadian gendarmes fired on protesters in Moundou (Logone Occidental), killing one.",
      EXCESS, [("Protesters (Chad)",), ("Police Forces of Chad (2021-) Gendarmerie", TCD)], MOUNDOU, 1),
    n(H, "2022-12-10", "JNIM militants attacked a Beninese army post in Tanguieta (Atacora), killing three soldiers.",
      AC, [JNIM, BEN], TANGUIETA, 3),
    n(H, "2024-01-29", "militants abducted a village head near Karimama (Alibori).", ABD,
      [("Unidentified Armed Group (Benin)", JNIM), CIV_BJ], KARIMAMA),
    n(H, "2023-06-06", "JNIM fighters killed six civilians near Cinkasse (Savanes, Togo).", ATT, [JNIM, CIV_TG],
      CINKASSE, 6),
    n(H, "2024-03-14", "rival Kusasi and Mamprusi groups clashed in Bawku (Upper East), killing three.", AC,
      [("Kusasi Ethnic Militia (Ghana)",), ("Mamprusi Ethnic Militia (Ghana)",)], BAWKU, 3),  # unsure
    n(H, "2023-09-20", "Burkinabe soldiers and VDP executed 28 civilians in Dangou (Tougan, Sourou).", ATT,
      [(BFA, VDP), CIV_BF], TOUGAN, 28, 50),
    n(H, "2022-05-08", "ISWAP fighters launched mortars at Monguno town (Borno), killing two civilians.",
      "Shelling/artillery/missile attack", [ISWAP, CIV_NG], MONGUNO, 2),
    n(H, "2021-09-30", "the Nigerian army arrested 15 suspected IPOB members in Owerri (Imo).", ARR,
      [NGA, ("Civilians (Nigeria)", "IPOB: Indigenous Peoples of Biafra")], OWERRI),
    n(H, "2023-12-02", "bandits rustled 150 cows from a Fulani settlement in Batsari LGA (Katsina).", LOOT,
      [UAG_NG, CIV_NG], BATSARI),
)


def main() -> int:
    """This set's table."""
    return run(NOTES, "sahel", __doc__)


if __name__ == "__main__":
    sys.exit(main())
