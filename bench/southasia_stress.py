"""South Asia stress set: invented notes in ACLED's manner for India, Pakistan, Bangladesh, Afghanistan, Nepal and Sri
Lanka, the largest block of ACLED's notes after the Middle East, scored on the five fields a coder fills.

    PYTHONPATH=.:bench .venv/bin/python bench/southasia_stress.py [--show-failures] [--only CLASS[,CLASS]]

Issues 13 and 14: the notes of this region write their places as chains of the region's own units ("X village in Y
district (Z state)", "X tehsil", "under X police station limits", Bangladesh's "X union of Y upazila (Z district)",
Pakistan's "X area of Y district (Khyber Pakhtunkhwa)", the Afghan "X district of Y province", a city's quarter as
"Karachi - Lyari"), and name the region's many parties to violence by ACLED's own names: India's police, army and
central forces (CRPF, BSF, Assam Rifles as units of the state's forces), its parties and their supporters clashing
(BJP, INC, TMC, CPI(M)), the Maoists, Kashmir's militants, Manipur's Kuki and Meitei militias, Hindu and Muslim
mobs; Pakistan's TTP, BLA, BLF, the Islamic State, police, Frontier Corps and Levies; Bangladesh's Awami League,
BNP, their student wings (BCL, JCD), ARSA and the Rohingya refugees; the Taliban before and after August 2021, the
NRF and the Islamic State in Afghanistan; Nepal's and Sri Lanka's parties, police and protesters. Each note is one
event; its gold is what an ACLED coder writes: the sub-event type, the actor pair (the scoring of
bench/actor_world_stress.py: order-free, a state's period and unit optional, a slot of several names takes any of
them), a point (within 25 km of the town the event is coded at, 50 km near one, 150 km for a region), the day and
the fatalities. Known towns come from sitrep's gazetteer and general knowledge; the villages are invented names
no table holds. No dev-set text or answer is used. A name marked ``# unsure`` is ACLED's form as far as its
conventions tell; its failures say what to check, not what to fix.

Classes (``--only``): ``places``, ``actors``, ``types`` (the notes studied while writing rules), ``held`` (other
wordings, countries and towns of the same classes, written in the thirty-fifth session before any rule; studied from
the thirty-seventh), ``fresh`` (the thirty-seventh session's held-out group, 48 notes across this bench's and
bench/asiapac_stress.py's regions, studied from the thirty-ninth), ``fresh2`` (the thirty-ninth session's held-out
group, 53 notes across both benches' regions with their units, peoples' militias, parties' wings and forces; studied
from the fortieth), ``fresh3`` (the fortieth session's held-out group, 64 notes across both benches' regions and
Myanmar, protests and riots in their share; studied from the forty-first), ``fresh4`` (the forty-first session's
held-out group, 55 notes across both benches' regions and Myanmar, protests and riots in their share; studied from the
forty-second), ``fresh5`` (the forty-second session's held-out group, 64 notes across both benches' regions,
Myanmar and Kazakhstan, protests and riots in their share; studied from the forty-third), ``fresh6`` (the
forty-third session's held-out group, 65 notes across both benches' regions and Myanmar, protests and riots in their
share; studied from the forty-fourth), ``fresh7`` (the forty-fourth session's held-out group, 66 notes across both
benches' regions and Myanmar, protests and riots in their share; studied from the forty-fifth), ``fresh8`` (the
forty-fifth session's held-out group, 65 notes across both benches' regions, Myanmar and Kazakhstan, protests and riots
in their share; studied from the forty-sixth), ``fresh9`` (the forty-sixth session's held-out group, 63 notes
across both benches' regions, Myanmar and the Caucasus, protests and riots in their share; studied from the
forty-seventh), ``fresh10`` (the forty-seventh session's held-out group, 63 notes across both benches' regions,
Myanmar and the Caucasus, protests and riots in their share; studied from the forty-eighth), ``fresh11`` (the
forty-eighth session's held-out group, 62 notes across both benches' regions, Myanmar and the Caucasus, protests and
riots in their share; studied from the forty-ninth) and ``fresh12`` (the forty-ninth session's held-out group, 65
notes across both benches' regions, the Caucasus and Central Asia, protests and riots in their share, written before
any rule of that session and not studied: run it, report it, do not tune on it; its failures print only with
``--only fresh12``). Scoring is bench/mideast_stress.py's, by import.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mideast_stress import FRESH9, FRESH10, FRESH11, FRESH12, run  # noqa: E402
from mideast_stress import n as _note  # noqa: E402
from myanmar_stress import KNU  # noqa: E402
from asiapac_stress import (AM_MIL, ASG, AZ_MIL, BATKEN, BIFF, BUTIG, CAFGU, CIV_AM, CIV_AZ,  # noqa: E402
                            CIV_ID, CIV_KG, CIV_PG, CIV_PH, CIV_TH, CIV_TJ, DATU_SAUDI, DI, GE_POL, ID_MIL, ID_POL,
                            INSURG_TH, KG_MIL, LAS_NAVAS, MILF, NPA, PATIKUL, PG_POL, PH_MIL, PH_POL, PROT_GE,
                            PROT_ID, PROT_RS, RANGAE, RS_POL, TH_POL,
                            TH_MIL, TIMIKA, TJ_MIL, TPNPB, TRIBAL_PG, UAG_PH)


AC, ATT, ABD, IED = "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"
AIR, SH, ARR, LOOT = "Air/drone strike", "Shelling/artillery/missile attack", "Arrests", "Looting/property destruction"
VD, MOB, GREN, SB = "Violent demonstration", "Mob violence", "Grenade", "Suicide bomb"
DWU = "Disrupted weapons use"
PI, PEACE, EXC = "Protest with intervention", "Peaceful protest", "Excessive force against protesters"
# a clash of two parties' supporters is coded an armed clash between the parties where arms or crude bombs are used,
# mob violence between rioters (the parties as associates) where sticks and stones are: either is taken, and an attack
# by one party's men is an attack by the party or mob violence by rioters
PARTY_CLASH, PARTY_ATTACK = (AC, MOB), (ATT, MOB)
# an armed group's attack on the police or the army is an armed clash in ACLED's codebook (an attack has civilians
# as its target); a lone officer shot dead is coded either way
ON_FORCES = (AC, ATT)

# ACLED's actor names (general knowledge of its actor list); a state's period and unit are optional in scoring
MIL_IN, POL_IN, CIV_IN = "Military Forces of India (2014-)", "Police Forces of India (2014-)", "Civilians (India)"
CRPF = ("Police Forces of India (2014-) Central Reserve Police Force", MIL_IN)
BSF = ("Military Forces of India (2014-) Border Security Force", "Police Forces of India (2014-) Border Security Force",
       POL_IN)  # unsure: ACLED's unit's side
AR = ("Military Forces of India (2014-) Assam Rifles", "Police Forces of India (2014-) Assam Rifles", POL_IN)  # unsure
SECF_IN = (MIL_IN, POL_IN)
MAO = "CPI (Maoist): Communist Party of India (Maoist)"
KASH = ("Kashmir Rebels (India)", "Unidentified Armed Group (India)", "TRF: The Resistance Front")  # unsure
KUKI, MEITEI = "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"
BJP, INC, TMC = "BJP: Bharatiya Janata Party", "INC: Indian National Congress", "AITC: All India Trinamool Congress"
CPIM, AAP = "CPI(M): Communist Party of India (Marxist)", "AAP: Aam Aadmi Party"
RIOT_IN, PROT_IN, UAG_IN = "Rioters (India)", "Protesters (India)", "Unidentified Armed Group (India)"
MIL_PK, POL_PK, CIV_PK = "Military Forces of Pakistan (2024-)", "Police Forces of Pakistan (2024-)", "Civilians (Pakistan)"
FC = ("Military Forces of Pakistan (2024-) Frontier Corps", MIL_PK)
LEVIES = ("Police Forces of Pakistan (2024-) Levies", POL_PK)  # unsure: ACLED's unit's name
TTP, BLA, BLF = "TTP: Tehreek-i-Taliban Pakistan", "BLA: Balochistan Liberation Army", "BLF: Baloch Liberation Front"
IS_PK, UAG_PK = "Islamic State (Pakistan)", "Unidentified Armed Group (Pakistan)"
PTI, PROT_PK, RIOT_PK = "PTI: Pakistan Tehreek-i-Insaf", "Protesters (Pakistan)", "Rioters (Pakistan)"
POL_BD, MIL_BD, CIV_BD = "Police Forces of Bangladesh (2009-2024)", "Military Forces of Bangladesh (2009-2024)", \
    "Civilians (Bangladesh)"
POL_BD24 = "Police Forces of Bangladesh (2024-)"
AL, BNP, BCL, JCD = "AL: Bangladesh Awami League", "BNP: Bangladesh Nationalist Party", \
    "BCL: Bangladesh Chhatra League", "JCD: Jatiyatabadi Chhatra Dal"
ARSA, CIV_MM = "ARSA: Arakan Rohingya Salvation Army", "Civilians (Myanmar)"
RIOT_BD, PROT_BD, UAG_BD = "Rioters (Bangladesh)", "Protesters (Bangladesh)", "Unidentified Armed Group (Bangladesh)"
TAL, MIL_AF, POL_AF = "Taliban", "Military Forces of Afghanistan (2014-2021)", "Police Forces of Afghanistan (2014-2021)"
TAL_MIL, TAL_POL = "Military Forces of Afghanistan (2021-)", "Police Forces of Afghanistan (2021-)"
NRF, IS_AF, CIV_AF = "National Resistance Front", "Islamic State (Afghanistan)", "Civilians (Afghanistan)"
UAG_AF, PROT_AF = "Unidentified Armed Group (Afghanistan)", "Protesters (Afghanistan)"
POL_NP, PROT_NP, RIOT_NP = "Police Forces of Nepal (2018-)", "Protesters (Nepal)", "Rioters (Nepal)"  # unsure: period
POL_LK, PROT_LK, CIV_LK = "Police Forces of Sri Lanka (2019-)", "Protesters (Sri Lanka)", "Civilians (Sri Lanka)"

# towns (general knowledge)
SOPORE, BARAMULLA, ANANTNAG, SHOPIAN, PULWAMA = (34.30, 74.47), (34.20, 74.34), (33.73, 75.15), (33.72, 74.83), \
    (33.87, 74.90)
KULGAM, KUPWARA, SRINAGAR, RAJOURI, POONCH = (33.64, 75.02), (34.53, 74.25), (34.08, 74.80), (33.38, 74.31), \
    (33.77, 74.09)
IMPHAL, CHURACHANDPUR, BISHNUPUR, MOREH, KANGPOKPI = (24.81, 93.94), (24.33, 93.68), (24.63, 93.76), (24.25, 94.30), \
    (25.15, 93.97)
SUKMA, BIJAPUR, DANTEWADA, NARAYANPUR, GADCHIROLI = (18.39, 81.66), (18.79, 80.82), (18.90, 81.35), (19.72, 81.25), \
    (20.18, 80.00)
LATEHAR, CHAIBASA, COOCH_BEHAR, BASIRHAT, BOLPUR = (23.74, 84.50), (22.55, 85.80), (26.32, 89.45), (22.66, 88.87), \
    (23.67, 87.72)
KANNUR, AGARTALA, NUH, BAHRAICH, DELHI = (11.87, 75.37), (23.83, 91.28), (28.10, 77.00), (27.57, 81.60), (28.61, 77.21)
AMRITSAR, FEROZEPUR, SILCHAR, TINSUKIA, MON = (31.63, 74.87), (30.92, 74.61), (24.83, 92.78), (27.49, 95.36), \
    (26.73, 95.00)
PESHAWAR, BANNU, DI_KHAN, LAKKI, TANK = (34.01, 71.58), (32.99, 70.60), (31.83, 70.90), (32.61, 70.91), (32.22, 70.38)
KHAR, MIRANSHAH, WANA, MIR_ALI, QUETTA = (34.73, 71.52), (33.00, 70.07), (32.30, 69.57), (32.97, 70.27), (30.19, 67.01)
TURBAT, PANJGUR, GWADAR, MASTUNG, KHUZDAR = (26.00, 63.05), (26.97, 64.09), (25.12, 62.32), (29.80, 66.85), \
    (27.80, 66.61)
KARACHI, LAHORE, MINGORA, PARACHINAR, ZHOB = (24.86, 67.01), (31.55, 74.34), (34.78, 72.36), (33.90, 70.10), \
    (31.34, 69.45)
DERA_BUGTI, KALAT, LANDI_KOTAL, ISLAMABAD, NOSHKI = (29.03, 69.15), (29.03, 66.59), (34.10, 71.14), (33.69, 73.05), \
    (29.55, 66.02)
DHAKA, CHITTAGONG, COX, UKHIA, TEKNAF = (23.81, 90.41), (22.36, 91.78), (21.43, 92.01), (21.29, 92.10), (20.86, 92.30)
SYLHET, RAJSHAHI, KHULNA, BOGURA, COMILLA = (24.90, 91.87), (24.37, 88.60), (22.82, 89.55), (24.85, 89.37), \
    (23.46, 91.18)
BEGUMGANJ, SONAGAZI, RAOZAN, HATHAZARI, SAVAR = (22.95, 91.10), (22.85, 91.39), (22.53, 91.92), (22.50, 91.81), \
    (23.85, 90.26)
NARAYANGANJ, FENI, GAZIPUR, KUSHTIA, BHOLA = (23.62, 90.50), (23.01, 91.40), (24.00, 90.42), (23.90, 89.12), \
    (22.69, 90.65)
KABUL, JALALABAD, KANDAHAR, HERAT, MAZAR = (34.53, 69.17), (34.43, 70.45), (31.61, 65.71), (34.35, 62.20), \
    (36.71, 67.11)
KUNDUZ, GHAZNI, LASHKAR_GAH, PULI_KHUMRI, BAZARAK = (36.73, 68.86), (33.55, 68.42), (31.59, 64.37), (35.94, 68.72), \
    (35.31, 69.52)
ANDARAB, KHOST, ACHIN, IMAM_SAHIB, FAIZABAD = (35.63, 69.27), (33.34, 69.92), (34.13, 70.70), (37.18, 68.92), \
    (37.12, 70.58)
KATHMANDU, BIRGUNJ, JANAKPUR, NEPALGUNJ, GAUR = (27.70, 85.32), (27.01, 84.88), (26.73, 85.93), (28.05, 81.62), \
    (26.77, 85.28)
COLOMBO, JAFFNA, BATTICALOA, KANDY, MANNAR = (6.93, 79.85), (9.66, 80.02), (7.73, 81.69), (7.29, 80.63), (8.98, 79.90)
# the police stations a village is told to lie under, where ACLED codes it when no table has the village
CHINTALNAR, ORCHHA = (18.34, 81.18), (19.48, 81.00)

# the fresh group's towns (general knowledge) and the other bench's actors, imported
TRAL, MOTU, MALKANGIRI, ALWAR, JIRIBAM = (33.93, 75.11), (17.95, 81.40), (18.35, 81.90), (27.55, 76.61), \
    (24.80, 93.12)
UKHRUL, BHANGAR, KURUKSHETRA, GUWAHATI, BHATPARA = (25.12, 94.36), (22.53, 88.60), (29.97, 76.85), (26.14, 91.74), \
    (22.87, 88.41)
THOUBAL, KHARGONE, DARABAN, SADDA, KHARAN = (24.64, 94.01), (21.82, 75.61), (31.68, 70.33), (33.70, 70.33), \
    (28.58, 65.42)
SIBI, RAWALPINDI, CHARSADDA, QAISAR, TALOQAN = (29.54, 67.88), (33.60, 73.05), (34.15, 71.74), (35.69, 64.29), \
    (36.74, 69.53)
SUBARNACHAR, MAIJDEE, RAMU, KERANIGANJ, CHAPAI = (22.62, 91.11), (22.87, 91.10), (21.43, 92.10), (23.70, 90.37), \
    (24.60, 88.27)
POKHARA, BIRATNAGAR, AMBALANGODA, MALITBOG, PIAGAPO = (28.21, 83.99), (26.45, 87.27), (6.24, 80.05), \
    (8.53, 124.88), (8.00, 124.19)
QUEZON_CITY, SULTAN_KUDARAT, BEOGA, MAKASSAR, NABIRE = (14.68, 121.04), (7.26, 124.28), (-3.82, 137.43), \
    (-5.15, 119.43), (-3.36, 135.50)
CHO_AIRONG, MAYO, KAGUA, MADANG, SOTK = (6.21, 101.86), (6.73, 101.41), (-6.39, 143.84), (-5.22, 145.79), \
    (40.20, 45.87)
BATUMI, RUSHON, KRALJEVO = (41.64, 41.63), (37.94, 71.56), (43.72, 20.69)

# the fresh2 group's towns (general knowledge; a district's seat where the note names the district) and actors
HANDWARA, AWANTIPORA, KATHUA, MOIRANG, KANKER = (34.40, 74.28), (33.92, 75.01), (32.37, 75.52), (24.50, 93.77), \
    (20.27, 81.49)
PAKHANJUR, BISHUNPUR_JH, NANDIGRAM, THALASSERY, BAREILLY = (20.04, 80.82), (23.43, 84.35), (22.01, 87.99), \
    (11.75, 75.49), (28.37, 79.43)
SHAMBHU, DIBRUGARH, KULACHI, MAMUND, RAZMAK = (30.50, 76.62), (27.47, 94.91), (32.02, 70.45), (34.83, 71.39), \
    (32.73, 69.86)
AWARAN, AWARAN_D, CHAMAN, FAISALABAD, BAGAN = (26.46, 65.23), (26.14, 64.91), (30.92, 66.45), (31.42, 73.08), \
    (33.62, 70.35)
KHINJ, ARGHANDAB, GERESHK, TORKHAM, NARSINGDI = (35.44, 69.75), (31.76, 65.65), (31.82, 64.57), (34.12, 71.09), \
    (23.92, 90.72)
SIRAJGANJ, BAGHAICHHARI, JASHORE, RAJBIRAJ, DHANGADHI = (24.45, 89.70), (23.17, 92.19), (23.17, 89.21), \
    (26.53, 86.75), (28.70, 80.59)
KALUTARA, MULLAITIVU, GANDARA, WAO, CEBU = (6.58, 79.96), (9.27, 80.81), (12.01, 124.81), (7.64, 124.73), \
    (10.31, 123.89)
INDANAN, TEMBAGAPURA, TIOM, SEMARANG, TAK_BAI = (5.99, 120.96), (-4.14, 137.09), (-3.92, 138.46), (-6.99, 110.42), \
    (6.26, 102.05)
RAMAN, WAPENAMANDA, TARI, TEGH, TBILISI = (6.48, 101.43), (-5.64, 143.90), (-5.85, 142.95), (39.56, 46.48), \
    (41.72, 44.79)
YEREVAN, ISFARA, BAKU = (40.18, 44.51), (40.13, 70.63), (40.41, 49.87)
DRG = ("Police Forces of India (2014-) District Reserve Guard", POL_IN)  # unsure: ACLED's unit's name
RSS, PROT_AM = "RSS: Rashtriya Swayamsevak Sangh", "Protesters (Armenia)"
UPDF, PCJSS = "UPDF: United People's Democratic Front", "PCJSS: Parbatya Chattagram Jana Samhati Samiti"
RSO = "RSO: Rohingya Solidarity Organization"

# the fresh3 group's towns (general knowledge; a district's seat where the note names the district) and actors
KISHTWAR, PAMPORE, GANDERBAL, KAKCHING, TENGNOUPAL = (33.31, 75.77), (34.02, 74.93), (34.23, 74.78), \
    (24.50, 93.98), (24.39, 94.15)
KHUNTI, KESHPUR, DINHATA, MALAPPURAM, JHUNJHUNU = (23.08, 85.28), (22.55, 87.46), (26.13, 89.47), (11.05, 76.07), \
    (28.13, 75.40)
HISAR, KOHIMA, CHANGLANG, SAMBHAL, NAGAON = (29.15, 75.72), (25.67, 94.11), (27.13, 95.73), (28.58, 78.57), \
    (26.35, 92.68)
DATTA_KHEL, TIRAH, HARNAI, KOHLU, WASHUK = (32.91, 69.74), (33.80, 70.95), (30.10, 67.94), (29.90, 69.25), \
    (27.73, 64.81)
TAGAB, BAGHLAN_J, DAULATKHAN, KHAGRACHHARI, PANCHHARI = (34.86, 69.65), (36.13, 68.71), (22.61, 90.75), \
    (23.12, 91.98), (23.28, 91.91)
TIKAPUR, BUTWAL, VAVUNIYA, GALLE, KANI = (28.53, 81.12), (27.69, 83.45), (8.75, 80.50), (6.05, 80.22), (22.43, 94.85)
KYAUKTAW, HPAKANT, IMPASUGONG, SHARIFF_AGUAK, CALOOCAN = (20.84, 92.98), (25.61, 96.31), (8.30, 125.00), \
    (6.86, 124.44), (14.65, 120.97)
MANILA, SUGAPA, ILAGA, JAYAPURA, BANNANG_SATA = (14.60, 120.98), (-3.74, 137.05), (-3.95, 137.40), (-2.53, 140.72), \
    (6.26, 101.26)
RUESO, MENDI, WABAG, JERMUK, KALBAJAR = (6.39, 101.52), (-6.15, 143.66), (-5.49, 143.72), (39.84, 45.67), \
    (40.11, 46.04)
ZUGDIDI, BISHKEK, KHOROG = (42.51, 41.87), (42.87, 74.59), (37.49, 71.55)
MIL_MM, PDF_MM, AA_MM = "Military Forces of Myanmar (2021-)", "PDF: People's Defense Force", "AA: Arakan Army"

# the fresh4 group's towns (general knowledge; a district's seat where the note names the district) and actors
BANDIPORA, DODA, GANDOH, BASAGUDA, ETAPALLI = (34.42, 74.65), (33.15, 75.55), (33.01, 75.83), (18.57, 80.93), \
    (19.59, 80.06)
DOMKAL, UDAIPUR_TR, VARANASI, PATNA, SITAMARHI = (24.12, 88.55), (23.53, 91.48), (25.32, 82.97), (25.59, 85.14), \
    (26.59, 85.49)
MUMBAI, KISHANGANJ, BHOPAL, SERAI_NAURANG, BELA = (18.94, 72.83), (26.10, 87.95), (23.26, 77.41), (32.83, 70.78), \
    (26.23, 66.31)
GHALANAI, SWABI, GILGIT, MUZAFFARABAD, KASHMORE = (34.33, 71.38), (34.12, 72.47), (35.92, 74.31), (34.37, 73.47), \
    (28.43, 69.58)
CHARIKAR, SHIBGANJ, BANDARBAN, FARIDPUR, BHAMO = (35.01, 69.17), (24.70, 88.17), (22.20, 92.22), (23.61, 89.84), \
    (24.26, 97.23)
YINMABIN, CATUBIG, DATU_HOFFER, MUNAI, DATU_PIANG = (22.08, 94.90), (12.41, 125.15), (6.93, 124.50), (7.97, 124.05), \
    (7.02, 124.50)
OKSIBIL, DEKAI, SAI_BURI, BANGKOK, KANDEP = (-4.91, 140.62), (-4.87, 139.48), (6.70, 101.62), (13.75, 100.50), \
    (-5.85, 143.51)
YERASKH, ISFANA, KULOB = (39.76, 44.80), (39.84, 69.53), (37.91, 69.78)

# the fresh5 group's towns (general knowledge; a district's seat where the note names the district) and actors
KOKERNAG, UDHAMPUR, TAMENGLONG, GUMLA, CONTAI = (33.58, 75.30), (32.93, 75.14), (24.99, 93.50), (23.04, 84.54), \
    (21.78, 87.75)
JALANDHAR, ALIGARH, BHILWARA, RAMESWARAM, PUTTUR_KA = (31.33, 75.58), (27.88, 78.08), (25.35, 74.63), \
    (9.29, 79.31), (12.76, 75.20)
DHUBRI, DIMAPUR, HYDERABAD_IN, JAIPUR, LUCKNOW = (26.02, 89.98), (25.91, 93.73), (17.39, 78.49), (26.91, 75.79), \
    (26.85, 80.95)
KOHAT, HANGU, LORALAI, HUB, SUKKUR = (33.58, 71.44), (33.53, 71.06), (30.37, 68.60), (25.05, 66.89), (27.70, 68.86)
MULTAN, DIR, RANGPUR, BARISHAL, BRAHMANBARIA = (30.20, 71.47), (35.21, 71.88), (25.75, 89.25), (22.70, 90.37), \
    (23.96, 91.11)
RANGAMATI, ASADABAD, PUL_E_ALAM, SHEBERGHAN, LALITPUR = (22.65, 92.17), (34.87, 71.15), (33.99, 69.03), \
    (36.67, 65.75), (27.67, 85.32)
KILINOCHCHI, TRINCOMALEE, MYAWADDY, LOIKAW, HAKHA = (9.39, 80.40), (8.59, 81.21), (16.69, 98.51), (19.67, 97.21), \
    (22.65, 93.61)
MONYWA, LASHIO, HIMAMAYLAN, MALAYBALAY, DATU_PAGLAS = (22.11, 95.14), (22.93, 97.75), (10.10, 122.87), \
    (8.16, 125.13), (6.77, 124.85)
DAVAO, TELUK_BINTUNI, JAKARTA, NARATHIWAT = (7.07, 125.61), (-2.10, 133.53), (-6.20, 106.85), \
    (6.43, 101.82)
PORGERA, ALMATY = (-5.47, 143.12), (43.24, 76.89)
TLP, BYC = "TLP: Tehreek-e-Labbaik Pakistan", "BYC: Baloch Yakjehti Committee"
NSCN_IM = ("NSCN-IM: National Socialist Council of Nagalim (Isak-Muivah)",  # unsure: ACLED's form
           "NSCN-IM: National Socialist Council of Nagaland-Isak-Muivah")  # the form of ACLED's other NSCN factions
KNDF_MM = "KNDF: Karenni Nationalities Defense Force"
MNDAA_MM = "MNDAA: Myanmar National Democratic Alliance Army"
POL_KZ = "Police Forces of Kazakhstan (2019-)"
RIOT_KZ, CIV_KZ = "Rioters (Kazakhstan)", "Civilians (Kazakhstan)"


# the fresh6 group's towns (general knowledge; a district's seat where the note names the district) and actors
REASI, PALLEL, KOLKATA, BIHARSHARIF, BEED = (33.08, 74.83), (24.45, 94.03), (22.57, 88.36), (25.20, 85.52), \
    (18.99, 75.76)
PALAKKAD, CHENNAI, NAGAMANGALA, BESHAM, TUMP = (10.78, 76.65), (13.08, 80.27), (12.82, 76.76), (34.93, 72.87), \
    (26.11, 62.37)
HABIGANJ, GOPALGANJ, BAMYAN, RAMBUKKANA, PALETWA = (24.38, 91.41), (23.01, 89.83), (34.82, 67.83), (7.32, 80.39), \
    (21.30, 92.85)
PALE_MM, NAWNGHKIO, LAIZA, MARAWI, CATARMAN = (21.84, 94.62), (22.32, 96.80), (24.75, 97.55), (8.00, 124.29), \
    (12.50, 124.64)
SAYDONA, CALBAYOG, KENYAM, BATAM, PORT_MORESBY = (6.93, 124.60), (12.07, 124.60), (-4.43, 138.65), (1.08, 104.03), \
    (-9.44, 147.18)
KIA_MM = ("KIA: Kachin Independence Army", "KIO/KIA: Kachin Independence Organization/Army")  # unsure: ACLED's form
TNLA_MM = "TNLA: Ta'ang National Liberation Army"


# the fresh7 group's towns (general knowledge; a district's seat where the note names the district) and actors
URI, KHEJURI, SHAMLI, KHANAURI, BARPETA = (34.08, 74.05), (21.93, 87.90), (29.45, 77.31), (29.83, 76.03), \
    (26.32, 91.00)
MATTANNUR, JALNA, GURDASPUR, LONGDING, HUBBALLI = (11.93, 75.57), (19.84, 75.88), (32.04, 75.40), (26.85, 95.33), \
    (15.36, 75.12)
UDAIPUR_RJ, BARA, SHEIKHUPURA, ASHULIA, DIGHINALA = (24.58, 73.71), (33.91, 71.46), (31.71, 73.98), (23.90, 90.31), \
    (23.25, 92.06)
ZARANJ, HIKKADUWA, KALAY, MAUNGDAW, MANDALAY = (30.96, 61.86), (6.14, 80.10), (23.19, 94.06), (20.82, 92.37), \
    (21.97, 96.08)
FALAM, YANGON, DATU_ODIN, MAKATI, ZAMBOANGA = (22.91, 93.68), (16.84, 96.17), (7.19, 124.19), (14.55, 121.02), \
    (6.91, 122.08)
MULIA, PATI, LAE, GORIS = (-3.72, 137.96), (-6.75, 111.04), (-6.72, 146.99), (39.51, 46.34)
ARAMBAI = ("Arambai Tenggol", MEITEI)  # unsure: ACLED's form
SHIBIR = "BICS: Bangladesh Islami Chhatra Shibir"  # unsure: ACLED's form
RAB = ("Police Forces of Bangladesh (2009-2024) Rapid Action Battalion", POL_BD)
UAG_MM, UAG_LK = "Unidentified Armed Group (Myanmar)", "Unidentified Armed Group (Sri Lanka)"
MIL_IR = "Military Forces of Iran (1989-)"

# the fresh8 group's towns (general knowledge; a district's seat where the note names the district) and actors
SURANKOTE, NANOOR, LUDHIANA, NASHIK, RANCHI = (33.64, 74.27), (23.83, 87.87), (30.90, 75.85), (20.00, 73.79), \
    (23.34, 85.31)
MATHURA, TAWANG, MANGALDOI, BATHINDA, ATTOCK = (27.49, 77.67), (27.59, 91.87), (26.44, 92.03), (30.21, 74.95), \
    (33.77, 72.36)
JARANWALA, PATIYA, KHINJAN, POINT_PEDRO, TAMU = (31.33, 73.42), (22.30, 91.98), (35.60, 68.95), (9.82, 80.23), \
    (24.22, 94.31)
CHINSHWEHAW, MAGWAY, DEMOSO, JARO_LEYTE, BACOLOD = (23.60, 98.60), (20.15, 94.93), (19.54, 97.15), \
    (11.19, 124.78), (10.68, 122.95)
COTABATO_CITY, BACHO_TH, GOROKA_PG = (7.22, 124.25), (6.52, 101.65), (-6.08, 145.39)
CHINA_MIL = "Military Forces of China (1949-)"
BGB = ("Military Forces of Bangladesh (2009-2024) Border Guard Bangladesh", MIL_BD, POL_BD)  # unsure: unit's side
RIOT_LK, RIOT_AM, POL_AM = "Rioters (Sri Lanka)", "Rioters (Armenia)", "Police Forces of Armenia (2018-)"

# the fresh9 group's towns (general knowledge; a district's seat where the note names the district) and actors
BHADERWAH, KALAKOTE, ALAPPUZHA, TVM, PRAYAGRAJ = (32.98, 75.71), (33.22, 74.42), (9.49, 76.33), (8.52, 76.94), \
    (25.44, 81.85)
BOKARO, HOWRAH, HILI, KHONSA, KAKOPATHAR = (23.67, 86.15), (22.59, 88.31), (25.28, 89.00), (27.01, 95.50), \
    (27.65, 95.58)
BATALA, BHAMRAGAD, SUI, MADYAN, TANGAIL = (31.82, 75.20), (19.41, 80.59), (28.64, 69.32), (35.14, 72.54), \
    (24.25, 89.92)
PAUK, AYADAW, KYAUKPHYU, HPRUSO, KYAUKME = (21.45, 94.47), (22.28, 95.45), (19.43, 93.55), (19.43, 97.06), \
    (22.53, 97.03)
KURUNEGALA = (7.49, 80.36)
SDPI = "SDPI: Social Democratic Party of India"  # unsure: ACLED's form
ULFA = ("ULFA-I: United Liberation Front of Asom (Independent)", "ULFA: United Liberation Front of Asom",  # unsure
        "ULFA-I: United Liberation Front of Asom-Independent")  # the form the held and fresh4 groups take
JI_PK = "JI: Jamaat-e-Islami"  # unsure: ACLED's form
JI_BD = ("BJI: Bangladesh Jamaat-e-Islami", "JeI: Jamaat-e-Islami (Bangladesh)")  # unsure: ACLED's form
JMB = "JMB: Jamaat-ul-Mujahideen Bangladesh"
NC_NP = "NC: Nepali Congress"  # unsure: ACLED's form
PROT_MM, PROT_PH, RIOT_ID = "Protesters (Myanmar)", "Protesters (Philippines)", "Rioters (Indonesia)"

# the fresh10 group's towns (general knowledge; a district's seat where the note names the district) and actors
BILLAWAR, SANDESHKHALI, SANGRUR, SHIVAMOGGA, MUSAKHEL = (32.61, 75.61), (22.35, 88.88), (30.25, 75.84), \
    (13.93, 75.57), (30.86, 69.82)
MURIDKE, SARGODHA, BUTHIDAUNG, DAWEI, SHWEBO = (31.80, 74.26), (32.08, 72.67), (20.87, 92.53), (14.08, 98.19), \
    (22.57, 95.70)
GYUMRI, BARMAL = (40.79, 43.85), (32.73, 69.10)  # unsure: Barmal district's centre
GANG_PK = (UAG_PK, "Unidentified Gang (Pakistan)")  # unsure: how ACLED names Sindh's riverine dacoits
RANGERS = ("Military Forces of Pakistan (2024-) Rangers", MIL_PK)  # unsure: ACLED's unit's name
RPP = "RPP: Rastriya Prajatantra Party"  # unsure: ACLED's form

# the fresh11 group's towns (general knowledge; a district's seat where the note names the district) and actors
BHUBANESWAR, PALWAL, BENGALURU, SIALKOT, SHIKARPUR = (20.30, 85.82), (28.14, 77.33), (12.97, 77.59), \
    (32.49, 74.52), (27.96, 68.64)
LALMONIRHAT, SITTWE = (25.92, 89.45), (20.15, 92.90)
ISF = "ISF: Indian Secular Front"  # unsure: ACLED's form
MIL_LK = "Military Forces of Sri Lanka"  # the period left out: the scoring takes any; unsure: the navy as a unit
MIL_MM_POL = ("Police Forces of Myanmar (2021-)", MIL_MM)
TRIBAL_PK = ("Unidentified Tribal Militia (Pakistan)", "Unidentified Communal Militia (Pakistan)")  # unsure
CIV_CN = ("Civilians (China)", CIV_PK)  # unsure: ACLED names foreigners by their own country

# the fresh12 group's towns (general knowledge; a district's seat where the note names the district) and actors
RAMBAN, BUDGAM, KONDAGAON, SURI, CHANDIGARH = (33.24, 75.24), (34.02, 74.72), (19.59, 81.66), (23.91, 87.53), \
    (30.73, 76.78)
MIRA_ROAD, PUNE, AIZAWL, JODHPUR, LEKHAPANI = (19.28, 72.87), (18.52, 73.86), (23.73, 92.72), (26.24, 73.02), \
    (27.32, 95.79)
MARDAN, GUJRANWALA, HYDERABAD_PK, MIANWALI, CHITRAL = (34.20, 72.04), (32.16, 74.19), (25.39, 68.37), \
    (32.58, 71.54), (35.85, 71.79)
NOWSHERA, KISHOREGANJ, SHAHJADPUR, SATKHIRA, SHYAMNAGAR = (34.02, 71.98), (24.44, 90.78), (24.17, 89.60), \
    (22.72, 89.07), (22.33, 89.10)
HETAUDA, PERADENIYA, GUIHULNGAN, ILOILO, JOLO = (27.43, 85.03), (7.27, 80.60), (10.12, 123.27), (10.72, 122.56), \
    (6.05, 121.00)
MEDAN = (3.59, 98.67)
PROT_TH, PROT_KZ, RIOT_GE = "Protesters (Thailand)", "Protesters (Kazakhstan)", "Rioters (Georgia)"
CIV_NP = "Civilians (Nepal)"
GANG_BD = (UAG_BD, "Unidentified Gang (Bangladesh)")  # unsure: how ACLED names the Sundarbans' pirates
COMMUNAL_ID = ("Unidentified Communal Militia (Indonesia)", "Unidentified Tribal Militia (Indonesia)")  # unsure


def _names(slot) -> tuple:
    """A slot's accepted names, flat: a slot may join a unit's names (a tuple) with other names."""
    return tuple(x for part in (slot if isinstance(slot, tuple) else (slot,))
                 for x in (_names(part) if isinstance(part, tuple) else (part,)))


def n(cls, day, note, sub, slots, where, fatalities=0, radius=25):
    """One note as bench/mideast_stress.py builds it, its slots flattened."""
    return _note(cls, day, note, sub, [_names(s) for s in slots], where, fatalities, radius)


P, A, T, H, F, F2, F3, F4, F5, F6, F7, F8 = "places", "actors", "types", "held", "fresh", "fresh2", "fresh3", \
    "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"
F9, F10, F11, F12 = FRESH9, FRESH10, FRESH11, FRESH12
NOTES = (
    # places: the region's chains of units, an invented village beside a known unit
    n(P, "2022-05-03", "police arrested two suspected militant associates in Dranganpora village in Sopore tehsil "
      "(Baramulla, Jammu and Kashmir).", ARR, [POL_IN, CIV_IN], SOPORE),
    n(P, "2023-08-19", "militants shot and injured a migrant labourer in Hakurwani village of Shopian district "
      "(Jammu and Kashmir).", ATT, [KASH, CIV_IN], SHOPIAN),
    n(P, "2021-11-07", "security forces killed two militants in an encounter at Chakwalpora in Kulgam district "
      "(Jammu and Kashmir).", AC, [SECF_IN, KASH], KULGAM, 2),
    n(P, "2023-06-14", "suspected Kuki militants torched several houses in Langoltabi village in Bishnupur district "
      "(Manipur).", LOOT, [KUKI, CIV_IN], BISHNUPUR),
    n(P, "2024-01-09", "armed Meitei and Kuki groups exchanged fire near Khuntakpokpi village in Churachandpur "
      "district (Manipur), killing one.", AC, [MEITEI, KUKI], CHURACHANDPUR, 1),
    n(P, "2022-03-22", "Maoists killed a villager they accused of being a police informer in Tumalpad village "
      "under Chintalnar police station limits (Sukma, Chhattisgarh).", ATT, [MAO, CIV_IN], (SUKMA, CHINTALNAR), 1),
    n(P, "2023-02-11", "a pressure IED planted by Maoists went off near Gundrapalli village in Bijapur district "
      "(Chhattisgarh), injuring a CRPF jawan.", IED, [MAO, CRPF], BIJAPUR),
    n(P, "2021-07-25", "BJP and TMC supporters clashed with crude bombs in Kalinagar village in Basirhat subdivision "
      "(North 24 Parganas, West Bengal), injuring six.", PARTY_CLASH, [(BJP, RIOT_IN), (TMC, RIOT_IN)], BASIRHAT),
    n(P, "2022-09-28", "a mob lynched a man suspected of cattle theft in Jhirkapur village under Nuh police station "
      "limits (Nuh, Haryana).", MOB, [RIOT_IN, CIV_IN], NUH, 1),
    n(P, "2024-03-05", "TTP militants attacked a police post in Jani Khel area of Bannu district (Khyber "
      "Pakhtunkhwa), killing two policemen.", AC, [TTP, POL_PK], BANNU, 2),
    n(P, "2023-07-30", "a suicide bomber blew himself up at a political rally in Khar tehsil of Bajaur district "
      "(Khyber Pakhtunkhwa), killing 54 people.", SB, [(UAG_PK, IS_PK), CIV_PK], KHAR, 54),
    n(P, "2022-10-16", "unidentified gunmen shot dead a shopkeeper in Karachi - Lyari (Sindh).", ATT,
      [UAG_PK, CIV_PK], KARACHI, 1),
    n(P, "2024-08-26", "BLA militants blocked the highway near Kadkocha area of Mastung district (Balochistan) and "
      "killed 11 passengers.", ATT, [BLA, CIV_PK], MASTUNG, 11),
    n(P, "2021-05-12", "BLF militants attacked a Frontier Corps post in Hoshab area of Kech district (Balochistan), "
      "killing three soldiers.", AC, [BLF, FC], TURBAT, 3, 50),
    n(P, "2023-11-03", "security forces killed four militants in an intelligence-based operation in Datta Khel tehsil "
      "of North Waziristan district (Khyber Pakhtunkhwa).", AC, [MIL_PK, (TTP, UAG_PK)], MIRANSHAH, 4, 50),
    n(P, "2022-11-14", "AL and BNP activists clashed in Jahanabad union of Begumganj upazila (Noakhali), injuring 15.",
      PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], BEGUMGANJ),
    n(P, "2023-04-02", "BCL activists attacked a JCD leader at Kodalpur union of Raozan upazila (Chittagong), "
      "injuring him.", PARTY_ATTACK, [(BCL, RIOT_BD), (JCD, CIV_BD)], RAOZAN),
    n(P, "2021-12-18", "police arrested three suspected ARSA members in Camp 15 at Jamtoli in Ukhia upazila "
      "(Cox's Bazar).", ARR, [POL_BD, (CIV_MM, ARSA)], UKHIA),
    n(P, "2022-06-08", "villagers beat a suspected robber to death in Shibpur union of Sonagazi upazila (Feni).",
      MOB, [RIOT_BD, CIV_BD], SONAGAZI, 1),
    n(P, "2020-09-17", "Taliban fighters attacked an ANA checkpoint in Dasht-e-Archi area of Imam Sahib district of "
      "Kunduz province, killing four soldiers.", AC, [TAL, MIL_AF], IMAM_SAHIB, 4, 50),
    n(P, "2022-08-21", "NRF fighters ambushed a Taliban convoy in Khenj district of Panjshir province, killing "
      "three Taliban fighters.", AC, [NRF, (TAL_MIL, TAL)], BAZARAK, 3, 50),
    n(P, "2021-03-04", "a roadside bomb hit a police vehicle in the Chahardehi area of Kabul city, killing two "
      "policemen.", IED, [UAG_AF, POL_AF], KABUL, 2),
    n(P, "2023-09-12", "the Taliban arrested a former army officer in Bagrami district of Kabul province.", ARR,
      [(TAL_POL, TAL_MIL, TAL), CIV_AF], KABUL),
    n(P, "2022-12-06", "Nepali Congress and CPN-UML cadres clashed with sticks in Gaur municipality (Rautahat, "
      "Madhesh Province), injuring nine.", PARTY_CLASH,
      [("NC: Nepali Congress", RIOT_NP), ("CPN-UML: Communist Party of Nepal (Unified Marxist-Leninist)", RIOT_NP)], GAUR),  # unsure
    n(P, "2022-07-13", "police fired tear gas at protesters demanding the president's resignation at Galle Face in "
      "Colombo (Western province).", PI, [PROT_LK, POL_LK], COLOMBO),
    n(P, "2024-02-20", "Maoists killed a villager in Padmeta village under Orchha police station limits (Narayanpur, "
      "Chhattisgarh).", ATT, [MAO, CIV_IN], (NARAYANPUR, ORCHHA), 1),
    # actors: ACLED's names for the region's forces, parties and groups
    n(A, "2023-10-26", "CRPF personnel and Maoists exchanged fire in a forest near Jagargunda (Sukma, "
      "Chhattisgarh). No casualties were reported.", AC, [CRPF, MAO], SUKMA),
    n(A, "2022-04-29", "BSF troops fired at a Pakistani drone near the border in Ferozepur (Punjab).", DWU, [BSF, ("Military Forces of Pakistan (2018-2022)", UAG_IN)], FEROZEPUR),  # unsure
    n(A, "2023-07-18", "Assam Rifles personnel clashed with Kuki militants near Moreh (Tengnoupal, Manipur), "
      "wounding two.", AC, [AR, KUKI], MOREH),
    n(A, "2021-02-27", "BJP and CPI(M) workers clashed in Kannur (Kerala), injuring four.", PARTY_CLASH, [(BJP, RIOT_IN), (CPIM, RIOT_IN)],
      KANNUR),
    n(A, "2023-07-08", "TMC supporters attacked the house of a BJP candidate in Cooch Behar (West Bengal) during "
      "panchayat polls.", (ATT, LOOT, MOB), [(TMC, RIOT_IN), (BJP, CIV_IN)], COOCH_BEHAR),
    n(A, "2022-03-10", "Congress and AAP supporters clashed outside a counting centre in Amritsar (Punjab), "
      "injuring three.", PARTY_CLASH, [(INC, RIOT_IN), (AAP, RIOT_IN)], AMRITSAR),
    n(A, "2021-01-30", "The Resistance Front militants shot dead a policeman in Srinagar (Jammu and Kashmir).", ON_FORCES,
      [KASH, POL_IN], SRINAGAR, 1),
    n(A, "2022-10-05", "Hindu and Muslim groups pelted stones at each other during a procession in Bahraich (Uttar "
      "Pradesh), injuring 12.", MOB, [RIOT_IN, RIOT_IN], BAHRAICH),
    n(A, "2023-05-04", "Meitei militants looted weapons from a police armoury in Imphal (Manipur).", LOOT,
      [MEITEI, POL_IN], IMPHAL),
    n(A, "2024-06-16", "Frontier Corps troops killed three BLA militants in an operation near Panjgur "
      "(Balochistan).", AC, [FC, BLA], PANJGUR, 3),
    n(A, "2023-02-17", "Levies personnel repulsed an attack by gunmen on a checkpost in Zhob (Balochistan).", AC,
      [LEVIES, UAG_PK], ZHOB),
    n(A, "2024-11-09", "a suicide bomber of the BLA blew himself up at Quetta railway station (Balochistan), killing "
      "26 people.", SB, [BLA, CIV_PK], QUETTA, 26),
    n(A, "2022-05-10", "Islamic State (Khorasan) militants shot dead two Sikh traders in Peshawar (Khyber "
      "Pakhtunkhwa).", ATT, [(IS_PK, IS_AF), CIV_PK], PESHAWAR, 2),
    n(A, "2023-05-10", "PTI supporters set fire to the corps commander's house in Lahore (Punjab) after Imran Khan's "
      "arrest.", (VD, LOOT), [(RIOT_PK, PTI)], LAHORE),
    n(A, "2024-07-18", "BCL activists and protesting students clashed at a university in Dhaka, injuring dozens.",
      (MOB, AC, VD), [(BCL, RIOT_BD), (PROT_BD, RIOT_BD, "Students (Bangladesh)")], DHAKA),
    n(A, "2021-10-01", "ARSA members shot dead a Rohingya community leader in a refugee camp in Ukhia (Cox's "
      "Bazar).", ATT, [ARSA, CIV_MM], UKHIA, 1),
    n(A, "2024-09-02", "JCD activists attacked BCL members at Bogura (Rajshahi), injuring five.", PARTY_ATTACK, [(JCD, RIOT_BD), (BCL, CIV_BD)],
      BOGURA),
    n(A, "2021-06-03", "the Afghan army clashed with Taliban fighters in Ghazni city, killing seven Taliban.", AC,
      [MIL_AF, TAL], GHAZNI, 7),
    n(A, "2022-10-30", "Islamic State (Khorasan) militants attacked a Taliban checkpoint in Jalalabad (Nangarhar), "
      "killing two Taliban fighters.", AC, [IS_AF, (TAL_MIL, TAL_POL, TAL)], JALALABAD, 2),
    n(A, "2023-01-19", "Taliban forces shot at women protesting the university ban in Herat city, injuring one.",
      EXC, [PROT_AF, (TAL_POL, TAL_MIL, TAL)], HERAT),
    n(A, "2022-12-11", "police fired rubber bullets at Rastriya Prajatantra Party supporters demanding the return of "
      "the monarchy in Kathmandu.", PI, [PROT_NP, POL_NP], KATHMANDU),
    n(A, "2023-03-21", "police arrested a Tamil activist in Jaffna (Northern province) under the Prevention of "
      "Terrorism Act.", ARR, [POL_LK, CIV_LK], JAFFNA),
    n(A, "2024-04-22", "a mob of Hindu nationalists attacked a mosque in Nuh (Haryana), damaging it.", (MOB, LOOT),
      [RIOT_IN, (CIV_IN,)], NUH),
    n(A, "2023-09-01", "Bajrang Dal activists beat up two Muslim men accused of carrying beef in Delhi.", MOB,
      [(RIOT_IN, "Bajrang Dal"), CIV_IN], DELHI),
    n(A, "2022-01-13", "the Hafiz Gul Bahadur group attacked a security forces' convoy near Mir Ali (North "
      "Waziristan), killing two soldiers.", AC, ["Hafiz Gul Bahadur Group", MIL_PK], MIR_ALI, 2),
    # types: mob violence, party clashes, IEDs, encounters, abductions, arrests, protests with intervention
    n(T, "2023-03-16", "security forces killed a militant in an encounter in Pulwama (Jammu and Kashmir).", AC,
      [SECF_IN, KASH], PULWAMA, 1),
    n(T, "2022-08-12", "Maoists abducted and later released a road contractor in Dantewada (Chhattisgarh).", ABD,
      [MAO, CIV_IN], DANTEWADA),
    n(T, "2021-09-05", "an IED planted by Maoists exploded near a police vehicle in Gadchiroli (Maharashtra), injuring "
      "two constables.", IED, [MAO, POL_IN], GADCHIROLI),
    n(T, "2023-11-22", "militants lobbed a grenade into a police station compound in Kupwara (Jammu and Kashmir), injuring a "
      "policeman.", GREN, [KASH, POL_IN], KUPWARA),
    n(T, "2024-02-14", "police fired tear gas at farmers marching to Delhi at the Shambhu border near Ambala "
      "(Haryana).", PI, [PROT_IN, POL_IN], (30.38, 76.78)),
    n(T, "2022-07-01", "a mob beat a man to death on suspicion of child lifting in Bhola (Barisal).", MOB,
      [RIOT_BD, CIV_BD], BHOLA, 1),
    n(T, "2023-10-28", "police fired tear gas and rubber bullets at BNP activists rallying in Dhaka, killing a "
      "policeman in the clashes.", (VD, PI), [(PROT_BD, RIOT_BD, BNP), POL_BD], DHAKA, 1),
    n(T, "2021-08-09", "a landmine blast killed two children in Dera Bugti (Balochistan).", IED, [UAG_PK, CIV_PK],
      DERA_BUGTI, 2),
    n(T, "2023-12-12", "militants stormed a police station in Daraban (Dera Ismail Khan), killing 23 soldiers.", AC,
      [(TTP, UAG_PK), (MIL_PK, POL_PK)], DI_KHAN, 23, 50),
    n(T, "2024-05-19", "unidentified gunmen abducted a polio worker in Lakki Marwat (Khyber Pakhtunkhwa).", ABD,
      [UAG_PK, CIV_PK], LAKKI),
    n(T, "2022-09-15", "police arrested 20 PTI workers during a rally in Islamabad.", PI,
      [POL_PK, (PROT_PK,)], ISLAMABAD),
    n(T, "2021-05-08", "a car bomb exploded outside a girls' school in Kabul, killing 85 civilians.", IED,
      [UAG_AF, CIV_AF], KABUL, 85),
    n(T, "2020-11-02", "Taliban fighters abducted three aid workers on the road near Lashkar Gah (Helmand).", ABD,
      [TAL, CIV_AF], LASHKAR_GAH),
    n(T, "2022-05-16", "Madhesi protesters clashed with police in Birgunj (Madhesh Province), burning tyres; police "
      "used tear gas.", (PI, VD), [(PROT_NP, RIOT_NP), POL_NP], BIRGUNJ),
    n(T, "2022-04-19", "police opened fire on protesters blocking a road in Rambukkana (Kegalle), killing one.",
      (EXC, PI, VD), [(PROT_LK, "Rioters (Sri Lanka)"), POL_LK], (7.32, 80.39), 1),
    # held out: other wordings, towns and countries of the same classes, written before any rule; not studied
    n(H, "2022-09-23", "army troops killed a militant in a gunfight at Yarwangam in Anantnag district (Jammu and "
      "Kashmir).", AC, [SECF_IN, KASH], ANANTNAG, 1),
    n(H, "2023-04-15", "militants ambushed an army truck near Bhatadhurian in Poonch district (Jammu and Kashmir), "
      "killing five soldiers.", AC, [KASH, MIL_IN], POONCH, 5),
    n(H, "2024-08-07", "suspected Kuki militants fired at farmers in Torbungmaning area of Bishnupur district "
      "(Manipur).", ATT, [KUKI, CIV_IN], BISHNUPUR),
    n(H, "2023-09-14", "a Meitei mob burned down three houses in Kangpokpi (Manipur).", (LOOT, MOB),
      [(MEITEI, "Rioters (India)"), CIV_IN], KANGPOKPI),
    n(H, "2021-12-04", "Army troops killed six coal miners in an ambush at Oting village in Mon district "
      "(Nagaland).", ATT, [MIL_IN, CIV_IN], MON, 6),
    n(H, "2022-11-20", "Maoists shot dead a former sarpanch in Kondanpalli village under Bhadrakali police station "
      "limits (Bijapur, Chhattisgarh).", ATT, [MAO, CIV_IN], BIJAPUR, 1),
    n(H, "2023-01-06", "security forces and Maoists exchanged fire in Saranda forest near Chaibasa (West Singhbhum, "
      "Jharkhand).", AC, [SECF_IN, MAO], CHAIBASA, 0, 50),
    n(H, "2024-05-26", "TMC and BJP workers fought with sticks and bricks near Bolpur (Birbhum, West Bengal), "
      "injuring seven.", PARTY_CLASH, [(TMC, RIOT_IN), (BJP, RIOT_IN)], BOLPUR),
    n(H, "2022-02-08", "CPI(M) and BJP supporters clashed in Agartala (Tripura), injuring five.", PARTY_CLASH,
      [(CPIM, RIOT_IN), (BJP, RIOT_IN)], AGARTALA),
    n(H, "2021-03-13", "an IED exploded near a Maoist-hit road in Latehar (Jharkhand), killing a jawan of the CRPF.",
      IED, [MAO, CRPF], LATEHAR, 1),
    n(H, "2023-08-01", "Hindu and Muslim mobs clashed during a religious procession in Nuh (Haryana), killing six.",
      (MOB, AC), [RIOT_IN, RIOT_IN], NUH, 6),
    n(H, "2024-10-20", "police lathi-charged teachers demanding regularisation in Silchar (Assam).", PI,
      [PROT_IN, POL_IN], SILCHAR),
    n(H, "2022-06-29", "ULFA-I militants abducted an oil company employee in Tinsukia (Assam).", ABD,
      ["ULFA-I: United Liberation Front of Asom-Independent", CIV_IN], TINSUKIA),
    n(H, "2021-08-18", "TTP militants shot dead two policemen in the Shah Alam area of Peshawar district (Khyber "
      "Pakhtunkhwa).", ON_FORCES, [TTP, POL_PK], PESHAWAR, 2),
    n(H, "2024-01-30", "BLA militants attacked security installations in Mach and Kolpur areas of Kachhi district "
      "(Balochistan), killing four security personnel.", AC, [BLA, (FC, MIL_PK, POL_PK)], (29.86, 67.33), 4, 50),
    n(H, "2023-06-06", "a roadside bomb struck a Frontier Corps vehicle near Gwadar (Balochistan), killing two "
      "soldiers.", IED, [(BLA, BLF, UAG_PK), FC], GWADAR, 2),
    n(H, "2022-08-02", "Levies personnel arrested three suspects near Noshki (Balochistan).", ARR, [LEVIES, CIV_PK],
      NOSHKI),
    n(H, "2023-02-25", "gunmen abducted two engineers in the Jandola area of Tank district (Khyber Pakhtunkhwa).", ABD,
      [UAG_PK, CIV_PK], TANK),
    n(H, "2024-10-11", "rival tribes exchanged fire in Parachinar (Kurram), killing 15.", AC,
      [("Unidentified Tribal Militia (Pakistan)", "Turi Tribal Militia (Pakistan)", "Bangash Tribal Militia "
        "(Pakistan)", UAG_PK)] * 2, PARACHINAR, 15),  # unsure
    n(H, "2021-09-24", "police used tear gas against TLP protesters marching on Islamabad in Lahore.", PI,
      [(PROT_PK, "TLP: Tehreek-e-Labbaik Pakistan"), POL_PK], LAHORE),
    n(H, "2023-07-22", "Islamic State militants lobbed a hand grenade into a JUI-F office in Mingora (Swat), "
      "injuring three.", GREN, [(IS_PK, IS_AF), CIV_PK], MINGORA),
    n(H, "2022-10-04", "gunmen in Karachi - Orangi Town (Sindh) shot a police constable dead.", ON_FORCES,
      [UAG_PK, POL_PK], KARACHI, 1),
    n(H, "2023-12-01", "AL and BNP supporters fought with sticks at Hathazari upazila (Chittagong), injuring 20.",
      PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], HATHAZARI),
    n(H, "2024-08-05", "protesters set fire to the Awami League office in Kushtia (Khulna).", (LOOT, VD, MOB),
      [(RIOT_BD, PROT_BD), (AL, CIV_BD)], KUSHTIA),
    n(H, "2022-03-30", "RAB members arrested a drug dealer in Teknaf (Cox's Bazar).", ARR, [POL_BD, CIV_BD], TEKNAF),
    n(H, "2023-05-17", "ARSA and RSO members exchanged gunfire in a Rohingya camp in Ukhia (Cox's Bazar), killing "
      "one.", AC, [ARSA, "RSO: Rohingya Solidarity Organization"], UKHIA, 1),
    n(H, "2024-12-03", "JCD and Chhatra Shibir activists clashed at Rajshahi University, injuring ten.", PARTY_CLASH,
      [(JCD, RIOT_BD), ("ICS: Islami Chhatra Shibir", "BICS: Bangladesh Islami Chhatra Shibir", RIOT_BD)], RAJSHAHI),  # unsure
    n(H, "2021-11-16", "unidentified men hacked a Hindu shopkeeper to death in Savar upazila (Dhaka).", ATT,
      [(UAG_BD, RIOT_BD), CIV_BD], SAVAR, 1),
    n(H, "2022-01-05", "villagers beat two suspected cattle thieves to death in Gazipur (Dhaka).", MOB,
      [RIOT_BD, CIV_BD], GAZIPUR, 2),
    n(H, "2021-07-11", "Taliban fighters seized checkpoints from the Afghan police in Andarab district of Baghlan "
      "province after heavy clashes, killing five policemen.", (AC, "Non-state actor overtakes territory"),
      [TAL, (POL_AF, MIL_AF)], ANDARAB, 5, 50),
    n(H, "2023-03-09", "an Islamic State suicide bomber killed the Taliban governor of Balkh in Mazar-i-Sharif.", SB,
      [IS_AF, ("Government of Afghanistan (2021-)", TAL_MIL, TAL, CIV_AF)], MAZAR, 1),  # unsure
    n(H, "2022-09-30", "a suicide bomber struck an education centre in the Dasht-e-Barchi area of Kabul, killing 53 "
      "students.", SB, [(IS_AF, UAG_AF), CIV_AF], KABUL, 53),
    n(H, "2023-06-08", "NRF fighters clashed with Taliban forces in Khost district of Baghlan province, killing two "
      "Taliban fighters.", AC, [NRF, (TAL_MIL, TAL)], ANDARAB, 2, 100),
    n(H, "2024-03-21", "a suicide bomber struck a bank in Kandahar city, killing 21 people.", SB,
      [(IS_AF, UAG_AF), CIV_AF], KANDAHAR, 21),
    n(H, "2020-06-14", "Afghan special forces raided a Taliban prison in Achin district (Nangarhar), freeing 40 "
      "detainees.", AC, [MIL_AF, TAL], ACHIN, 0, 50),  # unsure: the type of a raid freeing prisoners
    n(H, "2022-07-06", "Taliban intelligence agents detained a journalist in Faizabad (Badakhshan).", ARR,
      [(TAL_POL, TAL), CIV_AF], FAIZABAD),
    n(H, "2023-08-27", "police fired tear gas at students protesting the quota system in Janakpur (Madhesh "
      "Province).", PI, [PROT_NP, POL_NP], JANAKPUR),
    n(H, "2024-03-28", "CPN-UML and Maoist Centre cadres clashed in Nepalgunj (Lumbini Province), injuring four.",
      PARTY_CLASH, [("CPN-UML: Communist Party of Nepal (Unified Marxist-Leninist)", RIOT_NP),
                    ("CPN-MC: Communist Party of Nepal (Maoist Centre)", RIOT_NP)], NEPALGUNJ),  # unsure
    n(H, "2022-05-09", "government supporters attacked anti-government protesters at Galle Face in Colombo, injuring "
      "over 100.", ATT, [("Rioters (Sri Lanka)", "SLPP: Sri Lanka Podujana Peramuna"),
                          (PROT_LK, CIV_LK)], COLOMBO),  # unsure
    n(H, "2021-04-06", "navy personnel arrested five Indian fishermen off Mannar (Northern province).", ARR,
      [("Military Forces of Sri Lanka (2019-)", "Military Forces of Sri Lanka (2019-) Navy"), CIV_IN], MANNAR),
    n(H, "2023-10-12", "police arrested three Tamil protesters in Batticaloa (Eastern province) during a land "
      "protest.", (ARR, PI), [POL_LK, (PROT_LK, CIV_LK)], BATTICALOA),  # the codebook: arrests at a protest are an intervention
    # fresh (thirty-seventh session): held out, written before any rule of that session, across both benches' regions
    n(F, "2023-04-09", "security forces killed two militants in an encounter in Zorihal village near Tral (Pulwama, "
      "Jammu and Kashmir).", AC, [SECF_IN, KASH], TRAL, 2),
    n(F, "2022-09-14", "Maoists killed a villager branding him a police informer in Kendupadar village under Motu "
      "police station limits of Malkangiri district (Odisha).", ATT, [MAO, CIV_IN], (MOTU, MALKANGIRI), 1, 50),
    n(F, "2021-06-20", "a mob beat a man to death on suspicion of cattle smuggling in Bhorpura village of Ramgarh "
      "tehsil in Alwar district (Rajasthan).", MOB, [RIOT_IN, CIV_IN], ALWAR, 1, 50),
    n(F, "2024-06-08", "armed miscreants set several houses on fire in Laikot village of Jiribam district (Manipur).",
      (LOOT, ATT), [(UAG_IN, KUKI, MEITEI), CIV_IN], JIRIBAM),
    n(F, "2022-12-02", "NSCN-IM cadres abducted a road contractor in Ukhrul (Manipur) and demanded a ransom.", ABD,
      ["NSCN-IM: National Socialist Council of Nagaland (Isak-Muivah)", CIV_IN], UKHRUL),  # unsure: the form
    n(F, "2023-06-15", "TMC and ISF supporters clashed at Bhangar (South 24 Parganas, West Bengal) during the "
      "filing of nominations, injuring seven.", PARTY_CLASH,
      [(TMC, RIOT_IN), ("ISF: Indian Secular Front", RIOT_IN)], BHANGAR),  # unsure: ISF's form
    n(F, "2021-01-26", "police lathi-charged farmers who blocked the national highway at Kurukshetra (Haryana).",
      (PI, EXC), [PROT_IN, POL_IN], KURUKSHETRA),
    n(F, "2024-04-17", "BJP workers ransacked the Congress office in Guwahati (Assam).", (MOB, VD, LOOT),
      [(RIOT_IN, BJP), (INC, CIV_IN)], GUWAHATI),
    n(F, "2021-05-04", "unidentified miscreants hurled crude bombs at the house of a BJP worker in Bhatpara (North 24 "
      "Parganas, West Bengal). No one was hurt.", (ATT, GREN, IED), [(UAG_IN, RIOT_IN), (BJP, CIV_IN)],
      BHATPARA),  # unsure: the type of thrown crude bombs
    n(F, "2022-11-23", "Assam Rifles and Manipur police jointly arrested two KYKL cadres in Thoubal district "
      "(Manipur).", ARR, [(AR, POL_IN), ("KYKL: Kanglei Yawol Kanna Lup", CIV_IN)], THOUBAL, 0, 50),  # unsure
    n(F, "2022-04-10", "Hindu and Muslim groups pelted stones at each other during a procession in Khargone (Madhya "
      "Pradesh); police imposed a curfew.", MOB, [RIOT_IN, RIOT_IN], KHARGONE),
    n(F, "2023-10-29", "TTP militants attacked the Daraban police station in Dera Ismail Khan district (Khyber "
      "Pakhtunkhwa), killing three policemen.", ON_FORCES, [TTP, POL_PK], DARABAN, 3, 50),
    n(F, "2022-02-19", "unidentified gunmen shot dead a tribal elder in Chinarkot village of Sadda tehsil, Kurram "
      "district (Khyber Pakhtunkhwa).", ATT, [UAG_PK, CIV_PK], SADDA, 1),
    n(F, "2021-08-27", "BLF militants attacked a Frontier Corps post on the outskirts of Kharan (Balochistan), killing "
      "two soldiers.", AC, [BLF, FC], KHARAN, 2),
    n(F, "2024-05-12", "CTD personnel killed four suspected BLA militants in an operation near Sibi (Balochistan).",
      AC, [(POL_PK, "Police Forces of Pakistan (2024-) Counter Terrorism Department"), BLA], SIBI, 4),
    n(F, "2024-10-05", "PTI supporters pelted stones at police, who fired tear gas, in Rawalpindi (Punjab).", VD,
      [(RIOT_PK, PTI, PROT_PK), POL_PK], RAWALPINDI),
    n(F, "2023-03-16", "an IED planted on a motorcycle went off near a police mobile van in Charsadda (Khyber "
      "Pakhtunkhwa), injuring three policemen.", IED, [UAG_PK, POL_PK], CHARSADDA),
    n(F, "2022-07-21", "robbers shot dead a shopkeeper who resisted a robbery in Karachi - Korangi (Sindh).", ATT,
      [UAG_PK, CIV_PK], KARACHI, 1),
    n(F, "2022-05-14", "NRF fighters ambushed a Taliban patrol in Rukha district of Panjshir province, killing three "
      "Taliban members.", AC, [NRF, (TAL_MIL, TAL)], BAZARAK, 3, 50),
    n(F, "2022-01-16", "Taliban fighters fired into the air to disperse women protesting for the right to work in "
      "Kabul.", PI, [PROT_AF, (TAL_MIL, TAL_POL, TAL)], KABUL),
    n(F, "2022-04-02", "Islamic State Khorasan claimed a roadside bomb that struck a Taliban vehicle in Chaparhar "
      "district of Nangarhar province, killing two Taliban members.", IED, [IS_AF, (TAL_MIL, TAL_POL, TAL)],
      JALALABAD, 2, 50),
    n(F, "2020-10-03", "Taliban militants attacked an ANA checkpoint in Qaisar district of Faryab province, killing "
      "seven soldiers.", AC, [TAL, MIL_AF], QAISAR, 7, 50),
    n(F, "2023-01-24", "Taliban police detained three former army officers in Taloqan (Takhar).", ARR,
      [(TAL_POL, TAL), CIV_AF], TALOQAN),
    n(F, "2023-11-11", "AL and BNP activists clashed at Char Jabbar union of Subarnachar upazila (Noakhali), "
      "injuring 12.", PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], (SUBARNACHAR, MAIJDEE), 0, 50),
    n(F, "2019-08-03", "RAB personnel killed an alleged robber in a gunfight in Ramu upazila of Cox's Bazar.",
      (ATT, AC), [POL_BD, (CIV_BD, UAG_BD)], RAMU, 1),  # unsure: the type of a 'gunfight'
    n(F, "2018-07-02", "BCL men attacked students demanding quota reform at Dhaka University, injuring 15.",
      (ATT, MOB), [(BCL, RIOT_BD), (PROT_BD, CIV_BD)], DHAKA),
    n(F, "2021-10-08", "villagers beat a suspected mugger to death in Keraniganj (Dhaka).", MOB, [RIOT_BD, CIV_BD],
      KERANIGANJ, 1),
    n(F, "2022-12-18", "BSF personnel opened fire on Bangladeshi cattle smugglers on the Chapainawabganj border, "
      "killing one.", ATT, [BSF, CIV_BD], CHAPAI, 1, 50),
    n(F, "2023-04-27", "RPP supporters demanding the restoration of the monarchy pelted stones at police, who fired "
      "tear gas, in Pokhara (Gandaki Province).", VD, [(RIOT_NP, "RPP: Rastriya Prajatantra Party"), POL_NP],
      POKHARA),  # unsure: RPP's form
    n(F, "2024-02-09", "police arrested 11 protesters who had vandalised a ward office in Biratnagar (Koshi "
      "Province).", ARR, [POL_NP, (PROT_NP, "Civilians (Nepal)")], BIRATNAGAR),
    n(F, "2024-01-13", "unidentified gunmen shot dead a man in Ambalangoda (Southern Province).", ATT,
      ["Unidentified Armed Group (Sri Lanka)", CIV_LK], AMBALANGODA, 1),
    n(F, "2022-08-18", "police fired tear gas and water cannon at university students marching in Colombo.", PI,
      [PROT_LK, POL_LK], COLOMBO),
    n(F, "2023-09-07", "NPA rebels ambushed soldiers in Barangay Tagpangi, Malitbog town, Bukidnon province, wounding "
      "three.", AC, [NPA, PH_MIL], MALITBOG),
    n(F, "2022-06-25", "Dawlah Islamiyah members clashed with troops in Piagapo, Lanao del Sur, leaving four "
      "militants dead.", AC, [DI, PH_MIL], PIAGAPO, 4),
    n(F, "2021-03-30", "police shot dead a drug suspect who allegedly fought back during a buy-bust operation in "
      "Quezon City.", ATT, [PH_POL, CIV_PH], QUEZON_CITY, 1),
    n(F, "2024-07-19", "two MILF commands exchanged fire over a land dispute in Sultan Kudarat town (Maguindanao del "
      "Norte), killing three.", AC, [MILF, MILF], SULTAN_KUDARAT, 3),
    n(F, "2023-05-06", "TPNPB fighters shot dead a motorcycle taxi driver in Beoga district, Puncak regency (Central "
      "Papua).", ATT, [TPNPB, CIV_ID], BEOGA, 1, 50),
    n(F, "2020-10-08", "police fired tear gas at students protesting a new labour law in Makassar (South Sulawesi).",
      PI, [PROT_ID, ID_POL], MAKASSAR),
    n(F, "2024-03-02", "a mob burned down a police post in Nabire (Central Papua) after a youth died in custody.",
      (VD, MOB, LOOT), [("Rioters (Indonesia)", PROT_ID), (ID_POL, CIV_ID)], NABIRE),
    n(F, "2023-02-14", "insurgents set off a bomb targeting a ranger patrol in Cho Airong district (Narathiwat), "
      "wounding two rangers.", IED, [INSURG_TH, TH_MIL], CHO_AIRONG),
    n(F, "2024-09-03", "gunmen shot dead a village headman in Mayo district (Pattani).", ATT,
      [INSURG_TH, CIV_TH], MAYO, 1),
    n(F, "2023-08-22", "fighting between two clans in Kagua district (Southern Highlands) left five people dead.", AC,
      [TRIBAL_PG, TRIBAL_PG], KAGUA, 5, 50),
    n(F, "2022-10-30", "police shot dead a suspected car thief in Madang.", ATT, [PG_POL, CIV_PG], MADANG, 1),
    n(F, "2021-11-16", "Azerbaijani forces fired mortars at Armenian positions near Sotk (Gegharkunik), wounding a "
      "soldier.", SH, [AZ_MIL, AM_MIL], SOTK),
    n(F, "2024-12-04", "police detained 12 opposition protesters who blocked a road in Batumi (Adjara).", (ARR, PI),
      [GE_POL, (PROT_GE, "Civilians (Georgia)")], BATUMI),
    n(F, "2022-05-18", "Tajik security forces clashed with local armed men in Rushon district (Gorno-Badakhshan), "
      "killing three.", AC, [TJ_MIL, ("Unidentified Armed Group (Tajikistan)",
                                      "Pamiri Ethnic Militia (Tajikistan)")], RUSHON, 3, 50),  # unsure
    n(F, "2022-01-27", "Kyrgyz and Tajik border guards exchanged fire near Batken, wounding two Kyrgyz soldiers.", AC,
      [KG_MIL, TJ_MIL], BATKEN, 0, 50),
    n(F, "2025-03-15", "police used pepper spray against students blocking a road in Kraljevo (Serbia).", PI,
      [PROT_RS, RS_POL], KRALJEVO),
    # fresh2 (thirty-ninth session): held out, written before any rule of that session, across both benches' regions
    n(F2, "2023-09-21", "troops and police gunned down two infiltrating militants in a forest area of Handwara "
      "(Kupwara district, Jammu and Kashmir) after an overnight gunfight.", AC, [SECF_IN, KASH], HANDWARA, 2),
    n(F2, "2022-03-11", "militants lobbed a grenade at a CRPF bunker at Awantipora (Pulwama). Two CRPF men were "
      "injured.", GREN, [KASH, CRPF], AWANTIPORA),
    n(F2, "2024-05-30", "militants ambushed an army truck on a hill road in Kathua district (Jammu and "
      "Kashmir), killing two soldiers.", AC, [KASH, SECF_IN], KATHUA, 2, 50),
    n(F2, "2023-11-03", "village volunteers from the Meitei and Kuki communities traded gunfire for several hours in "
      "the foothills near Moirang (Bishnupur, Manipur). No casualties were reported.", AC, [MEITEI, KUKI], MOIRANG),
    n(F2, "2024-02-27", "Arambai Tenggol cadres abducted an Additional Superintendent of Police from his residence in "
      "Imphal East (Manipur) and assaulted him.", ABD, [("Arambai Tenggol", MEITEI), POL_IN], IMPHAL),  # unsure
    n(F2, "2024-03-22", "DRG and BSF personnel killed three Maoists in an encounter in a forest under Chhotebethiya "
      "police station limits of Kanker district (Chhattisgarh).", AC,
      [(DRG, BSF, SECF_IN), MAO], (KANKER, PAKHANJUR), 3, 50),
    n(F2, "2022-10-19", "armed Maoist cadres set fire to six vehicles of a road construction company in Pakhar "
      "village of Bishunpur block, Gumla district (Jharkhand).", (LOOT, ATT), [MAO, CIV_IN], BISHUNPUR_JH),
    n(F2, "2021-04-01", "workers of the TMC and the BJP hurled crude bombs at each other at Nandigram (Purba "
      "Medinipur, West Bengal) on the eve of polling; four were hurt.", PARTY_CLASH,
      [(TMC, RIOT_IN), (BJP, RIOT_IN)], NANDIGRAM),
    n(F2, "2022-02-21", "a CPI(M) worker was hacked to death, allegedly by RSS activists, near Thalassery (Kannur, "
      "Kerala).", (ATT, MOB), [(RSS, RIOT_IN, UAG_IN), (CPIM, CIV_IN)], THALASSERY, 1),
    n(F2, "2023-08-30", "a group of villagers lynched a man accused of stealing a goat in Bhojipura village under "
      "Kotwali police station in Bareilly district (Uttar Pradesh).", MOB, [RIOT_IN, CIV_IN], BAREILLY, 1, 50),
    n(F2, "2024-02-13", "Haryana police fired tear gas shells and rubber bullets at farmers marching towards Delhi at "
      "the Shambhu border (Patiala, Punjab).", (PI, EXC), [PROT_IN, POL_IN], SHAMBHU),
    n(F2, "2025-01-22", "members of AASU staged a sit-in at Dibrugarh (Assam) demanding the expulsion of illegal "
      "migrants.", PEACE, [(PROT_IN, "AASU: All Assam Students' Union")], DIBRUGARH),
    n(F2, "2023-07-12", "TTP fighters stormed a police checkpost in Kulachi tehsil of Dera Ismail Khan district "
      "(Khyber Pakhtunkhwa); two constables were martyred.", ON_FORCES, [TTP, POL_PK], KULACHI, 2),
    n(F2, "2024-08-24", "a roadside device blew up beside a car carrying a member of the local peace committee in the "
      "Mamund tehsil of Bajaur district (Khyber Pakhtunkhwa), killing him.", IED, [UAG_PK, CIV_PK], MAMUND, 1),
    n(F2, "2025-02-09", "the army killed four khwarij during an intelligence-based operation in Razmak (North "
      "Waziristan).", AC, [MIL_PK, (TTP, UAG_PK)], RAZMAK, 4),
    n(F2, "2022-11-14", "BLA militants raided a Frontier Corps camp in Awaran district (Balochistan); three FC "
      "soldiers died in the exchange of fire.", AC, [BLA, FC], (AWARAN, AWARAN_D), 3, 50),
    n(F2, "2024-11-06", "traders and labourers continued their sit-in against the one-document regime at the border "
      "crossing in Chaman (Balochistan).", PEACE, [PROT_PK], CHAMAN),
    n(F2, "2023-05-28", "police shot dead two alleged street criminals in an encounter in Karachi - Orangi Town "
      "(Sindh).", (ATT, AC), [POL_PK, (CIV_PK, UAG_PK)], KARACHI, 2),
    n(F2, "2024-10-12", "gunmen opened fire on a passenger convoy at Bagan in Lower Kurram (Khyber Pakhtunkhwa), "
      "killing 15 travellers.", ATT, [UAG_PK, CIV_PK], BAGAN, 15, 50),  # unsure: Bagan's point
    n(F2, "2023-05-10", "PTI workers torched a police vehicle and threw stones at officers in Faisalabad (Punjab) "
      "after Imran Khan's arrest.", VD, [(RIOT_PK, PTI, PROT_PK), POL_PK], FAISALABAD),
    n(F2, "2022-08-30", "resistance fighters attacked a Taliban checkpoint in Khinj district (Panjshir), killing two "
      "Taliban fighters.", AC, [NRF, (TAL_MIL, TAL)], KHINJ, 2, 50),
    n(F2, "2022-06-14", "a suicide bomber blew himself up at an education centre in Kabul - Dasht-e-Barchi, killing "
      "11 students.", SB, [(IS_AF, UAG_AF), CIV_AF], KABUL, 11),
    n(F2, "2020-10-12", "Taliban fighters overran several ANDSF checkpoints in Arghandab district of Kandahar "
      "province; four soldiers were killed.", AC, [TAL, (MIL_AF, POL_AF)], ARGHANDAB, 4),
    n(F2, "2021-05-19", "Afghan Air Force jets bombed Taliban positions in Nahr-e Saraj district (Helmand), killing "
      "six militants.", AIR, [MIL_AF, TAL], GERESHK, 6, 50),
    n(F2, "2023-07-27", "Taliban border forces and Pakistani troops exchanged fire at the Torkham crossing "
      "(Nangarhar).", AC, [(TAL_MIL, TAL), MIL_PK], TORKHAM),
    n(F2, "2022-11-09", "Taliban intelligence officers detained a women's rights activist in Mazar-e-Sharif "
      "(Balkh).", ARR, [(TAL_POL, TAL_MIL, TAL), CIV_AF], MAZAR),
    n(F2, "2023-12-19", "supporters of the AL and the BNP fought with sticks and machetes in Shibpur union of "
      "Raipura upazila (Narsingdi); 20 were injured.", PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], NARSINGDI, 0,
      50),
    n(F2, "2024-10-03", "two factions of the BNP clashed over the control of a sand quarry in Sirajganj, leaving one "
      "man dead.", PARTY_CLASH, [(BNP, RIOT_BD), (BNP, RIOT_BD)], SIRAJGANJ, 1),
    n(F2, "2022-07-14", "UPDF and PCJSS gunmen exchanged fire in a hill village of Baghaichhari upazila "
      "(Rangamati), killing two UPDF men.", AC, [UPDF, PCJSS], BAGHAICHHARI, 2),
    n(F2, "2023-06-06", "ARSA and RSO members fought with guns in a Rohingya camp of Ukhia (Cox's Bazar); one "
      "refugee was killed.", AC, [ARSA, RSO], UKHIA, 1),
    n(F2, "2024-08-20", "students held a rally at Shahbagh in Dhaka demanding justice for those killed in the July "
      "uprising.", PEACE, [(PROT_BD, "Students (Bangladesh)")], DHAKA),  # unsure
    n(F2, "2022-04-25", "angry villagers beat a suspected robber to death in Jashore district (Khulna division).",
      MOB, [RIOT_BD, CIV_BD], JASHORE, 1, 50),
    n(F2, "2023-03-17", "police fired tear gas at Janamat Party cadres picketing the district administration office "
      "in Rajbiraj (Madhesh Province).", PI, [(PROT_NP, "Janamat Party"), POL_NP], RAJBIRAJ),  # unsure
    n(F2, "2024-06-29", "police arrested four men for assaulting a ward chairman in Dhangadhi (Sudurpashchim "
      "Province).", ARR, [POL_NP, "Civilians (Nepal)"], DHANGADHI),
    n(F2, "2023-11-27", "the STF shot dead a suspect who opened fire on officers at Kalutara (Western Province).",
      (ATT, AC), [POL_LK, (CIV_LK, "Unidentified Armed Group (Sri Lanka)")], KALUTARA, 1),
    n(F2, "2024-03-05", "Tamil fishermen demonstrated in Mullaitivu against Indian trawlers poaching in Sri Lankan "
      "waters.", PEACE, [PROT_LK], MULLAITIVU),
    n(F2, "2023-04-18", "soldiers of the 8th Infantry Division encountered some 15 NPA rebels in Barangay Bulao, "
      "Gandara, Samar, leaving two rebels dead.", AC, [PH_MIL, NPA], GANDARA, 2),
    n(F2, "2022-12-08", "BIFF gunmen fired at an army detachment in Barangay Kitango, Datu Saudi Ampatuan "
      "(Maguindanao del Sur). No one was hurt.", AC, [BIFF, PH_MIL], DATU_SAUDI),
    n(F2, "2024-01-26", "Dawlah Islamiyah-Maute members attacked a CAFGU outpost in Wao, Lanao del Sur, killing one "
      "militiaman.", AC, [DI, CAFGU], WAO, 1),
    n(F2, "2021-07-02", "anti-drug operatives killed a suspected shabu pusher who allegedly drew a gun in Cebu City.",
      ATT, [PH_POL, CIV_PH], CEBU, 1),
    n(F2, "2023-10-24", "armed men seized a public school teacher in Barangay Kan-Islam, Indanan, Sulu.", ABD,
      [(UAG_PH, ASG), CIV_PH], INDANAN),
    n(F2, "2023-01-11", "the KKB shot a Freeport contractor's driver near Tembagapura (Mimika regency, Central "
      "Papua); the man died in hospital.", ATT, [TPNPB, CIV_ID], TEMBAGAPURA, 1),
    n(F2, "2024-05-15", "a joint TNI-Polri team killed two TPNPB members during a raid in Tiom, Lanny Jaya regency "
      "(Highland Papua).", AC, [(ID_MIL, ID_POL), TPNPB], TIOM, 2, 50),
    n(F2, "2025-08-29", "students hurled stones and firecrackers at riot police outside the regional parliament in "
      "Semarang (Central Java).", VD, [("Rioters (Indonesia)", PROT_ID), ID_POL], SEMARANG),
    n(F2, "2024-10-16", "a roadside bomb hit a pickup carrying rangers on a road in Tak Bai district (Narathiwat), "
      "injuring two.", IED, [INSURG_TH, TH_MIL], TAK_BAI),
    n(F2, "2023-12-01", "suspected separatists shot dead a defence volunteer at a tea shop in Raman district "
      "(Yala).", ATT, [INSURG_TH, (CIV_TH, TH_MIL)], RAMAN, 1),
    n(F2, "2024-02-18", "a tribal war between rival clans broke out near Wapenamanda (Enga Province), leaving eight "
      "men dead.", AC, [TRIBAL_PG, TRIBAL_PG], WAPENAMANDA, 8, 50),
    n(F2, "2023-06-03", "gunmen ambushed a public motor vehicle on the Highlands Highway near Tari (Hela), killing "
      "three passengers.", ATT, [(TRIBAL_PG, "Unidentified Armed Group (Papua New Guinea)"), CIV_PG], TARI, 3,
      50),  # unsure
    n(F2, "2023-04-11", "Azerbaijani troops opened small-arms fire on Armenian positions near Tegh (Syunik); four "
      "Armenian soldiers died.", AC, [AZ_MIL, AM_MIL], TEGH, 4),
    n(F2, "2024-12-02", "riot police used water cannon and pepper spray on thousands rallying outside parliament in "
      "Tbilisi against the suspension of EU talks.", (PI, "Excessive force against protesters"), [PROT_GE, GE_POL],
      TBILISI),
    n(F2, "2024-05-27", "police detained dozens of demonstrators blocking streets in Yerevan in support of the "
      "Tavush movement.", (ARR, PI), ["Police Forces of Armenia (2018-)", (PROT_AM, CIV_AM)], YEREVAN),
    n(F2, "2022-09-16", "Kyrgyz forces shelled Tajik villages near Isfara (Sughd) with mortars and rocket launchers.",
      SH, [KG_MIL, (TJ_MIL, CIV_TJ)], ISFARA, 0, 50),
    n(F2, "2023-11-21", "police detained two journalists of an independent news outlet in Baku.", ARR,
      ["Police Forces of Azerbaijan (2003-)", CIV_AZ], BAKU),
    # fresh3: the fortieth session's held-out group, across both benches' regions (written before any rule)
    n(F3, "2024-05-08", "army troops and militants traded fire in the upper reaches of Chatroo tehsil (Kishtwar "
      "district, Jammu and Kashmir); one soldier was killed.", AC, [MIL_IN, KASH], KISHTWAR, 1, 50),
    n(F3, "2022-10-02", "unidentified gunmen shot dead a non-local street vendor near the bus stand in Pampore "
      "(Pulwama district).", ATT, [KASH, CIV_IN], PAMPORE, 1),
    n(F3, "2021-07-15", "police arrested six young men in Ganderbal (Jammu and Kashmir) for pelting stones at a patrol "
      "the previous evening.", ARR, [POL_IN, CIV_IN], GANDERBAL),
    n(F3, "2023-11-20", "suspected Kuki militants fired from hilltop positions at Meitei farmers working in paddy "
      "fields in the Sugnu area of Kakching district (Manipur); one farmer was wounded.", ATT, [KUKI, CIV_IN],
      KAKCHING),
    n(F3, "2024-06-02", "Assam Rifles personnel and armed cadres of a Kuki outfit exchanged fire near Moltuk village "
      "in Tengnoupal district (Manipur).", AC, [AR, KUKI], TENGNOUPAL),
    n(F3, "2024-07-14", "a mob of Meitei volunteers set fire to four empty houses belonging to Kuki families in "
      "Chingdong village of Jiribam district (Manipur).", (LOOT, MOB), [(MEITEI, RIOT_IN), CIV_IN], JIRIBAM),
    n(F3, "2023-02-17", "a pressure IED planted by Maoists went off under a DRG patrol near Katekalyan in Dantewada "
      "district (Chhattisgarh), injuring two jawans.", IED, [MAO, (DRG, SECF_IN)], DANTEWADA, 0, 50),
    n(F3, "2022-06-08", "PLFI cadres shot dead a contractor's munshi at a road site in Murhu block of Khunti district "
      "(Jharkhand).", ATT, ["PLFI: People's Liberation Front of India", CIV_IN], KHUNTI, 1),  # unsure
    n(F3, "2021-05-03", "TMC and BJP supporters clashed with bamboo sticks and hurled bombs in Keshpur (Paschim "
      "Medinipur, West Bengal) after a dispute over a party flag; six were injured.", PARTY_CLASH,
      [(TMC, RIOT_IN), (BJP, RIOT_IN)], KESHPUR),
    n(F3, "2022-02-26", "alleged Trinamool activists ransacked and set fire to a BJP party office at Dinhata (Cooch "
      "Behar).", (LOOT, MOB, ATT), [(TMC, RIOT_IN), (BJP, CIV_IN)], DINHATA),
    n(F3, "2023-10-05", "IUML and CPI(M) workers came to blows at Tirurangadi (Malappuram, Kerala) after a college "
      "union election; police lathi-charged to disperse them.", PARTY_CLASH,
      [("IUML: Indian Union Muslim League", RIOT_IN), (CPIM, RIOT_IN)], MALAPPURAM, 0, 50),  # unsure
    n(F3, "2022-03-14", "hundreds of ex-servicemen held a peaceful march to the collectorate in Jhunjhunu (Rajasthan) "
      "over pension arrears.", PEACE, [PROT_IN], JHUNJHUNU),
    n(F3, "2023-08-22", "police used water cannon to stop farmers heading to a minister's residence in Hisar "
      "(Haryana).", PI, [PROT_IN, POL_IN], HISAR),
    n(F3, "2024-03-12", "the Naga Students' Federation staged a dharna in Kohima (Nagaland) against the fencing of the "
      "Indo-Myanmar border.", PEACE, [(PROT_IN, "NSF: Naga Students' Federation")], KOHIMA),  # unsure
    n(F3, "2023-12-21", "NSCN militants ambushed an Assam Rifles patrol in Changlang district (Arunachal Pradesh), "
      "wounding two riflemen.", AC, [("NSCN-K: National Socialist Council of Nagaland-Khaplang",
                                      "NSCN-IM: National Socialist Council of Nagaland-Isak-Muivah", UAG_IN), AR],
      CHANGLANG, 0, 50),  # unsure
    n(F3, "2023-03-30", "Hindu and Muslim groups pelted stones at each other during a religious procession in Sambhal "
      "(Uttar Pradesh); police arrested 12.", MOB, [RIOT_IN, RIOT_IN], SAMBHAL),
    n(F3, "2022-07-04", "a mob beat to death a man suspected of being a child lifter in a village under Juria police "
      "station in Nagaon district (Assam).", MOB, [RIOT_IN, CIV_IN], NAGAON, 1, 50),
    n(F3, "2024-03-16", "a Frontier Corps convoy was hit by an IED blast in Datta Khel tehsil of North Waziristan, "
      "killing three soldiers.", IED, [(UAG_PK, TTP, "Hafiz Gul Bahadur Group"), FC], DATTA_KHEL, 3, 50),  # unsure
    n(F3, "2023-01-12", "militants of the Jamaat-ul-Ahrar faction of the TTP attacked a police station in the Matani "
      "area of Peshawar with hand grenades and gunfire; a constable was killed.", ON_FORCES,
      [(TTP, "JuA: Jamaat-ul-Ahrar"), POL_PK], PESHAWAR, 1),  # unsure
    n(F3, "2024-04-20", "security forces killed five TTP militants during an operation in the Tirah valley of Khyber "
      "district.", AC, [MIL_PK, TTP], (TIRAH, LANDI_KOTAL), 5, 50),
    n(F3, "2023-08-05", "Islamic State gunmen shot dead a JUI-F leader in Salarzai tehsil of Bajaur (Khyber "
      "Pakhtunkhwa).", ATT, [(IS_PK, UAG_PK), ("JUI-F: Jamiat Ulema-e-Islam (Fazl)", CIV_PK)], KHAR, 1, 50),
    n(F3, "2022-09-25", "a landmine planted by BLA militants exploded under an FC vehicle on the outskirts of Kohlu "
      "(Balochistan); two personnel were hurt.", IED, [BLA, FC], KOHLU),
    n(F3, "2023-02-02", "armed men abducted four coal miners from a mine in Harnai district (Balochistan).", ABD,
      [(UAG_PK, BLA), CIV_PK], HARNAI, 0, 50),
    n(F3, "2024-10-01", "BLF fighters attacked a Levies post in Washuk (Balochistan), killing two Levies personnel and "
      "taking their weapons.", ON_FORCES, [BLF, LEVIES], WASHUK, 2, 50),
    n(F3, "2024-10-05", "police fired tear gas at PTI supporters marching towards the Red Zone in Islamabad.",
      (PI, EXC), [(PROT_PK, PTI), POL_PK], ISLAMABAD),
    n(F3, "2023-10-20", "TLP workers blocked roads and pelted police with stones at Shahdara in Lahore, torching two "
      "motorcycles.", VD, [(RIOT_PK, "TLP: Tehreek-e-Labbaik Pakistan"), POL_PK], LAHORE),
    n(F3, "2022-06-15", "Rangers arrested three suspected target killers in Karachi - Korangi.", ARR,
      [("Military Forces of Pakistan (2024-) Rangers", "Police Forces of Pakistan (2024-) Rangers", MIL_PK, POL_PK),
       CIV_PK], KARACHI),  # unsure: the Rangers' side
    n(F3, "2022-05-02", "a magnetic bomb attached to a Taliban police vehicle exploded in Kunduz city, wounding three "
      "policemen; the Islamic State claimed it.", IED, [IS_AF, (TAL_POL, TAL_MIL)], KUNDUZ),
    n(F3, "2019-11-04", "Taliban fighters attacked an ANA outpost in Tagab district (Kapisa), killing three soldiers; "
      "five attackers were also killed.", AC, [TAL, MIL_AF], TAGAB, 8),
    n(F3, "2023-05-15", "NRF fighters said they killed four Taliban in a night raid in Shutul district (Panjshir).",
      AC, [NRF, (TAL_MIL, TAL)], BAZARAK, 4, 50),
    n(F3, "2022-01-16", "Taliban gunmen fired into the air to break up a women's protest for the right to work in "
      "Kabul.", (PI, EXC), [(PROT_AF, "Women (Afghanistan)"), (TAL_MIL, TAL_POL)], KABUL),
    n(F3, "2024-09-09", "officers of the Taliban's vice and virtue ministry detained a barber for trimming beards in "
      "Herat city.", ARR, [(TAL_POL, TAL_MIL), CIV_AF], HERAT),
    n(F3, "2020-07-08", "a Taliban assault on a police checkpoint in Baghlan-e Jadid district (Baghlan) left four "
      "policemen dead.", AC, [TAL, POL_AF], BAGHLAN_J, 4, 50),
    n(F3, "2023-07-29", "Awami League and BNP activists clashed with sticks in Char Khalifa union of Daulatkhan "
      "upazila (Bhola district); 15 people were injured.", PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)],
      (DAULATKHAN, BHOLA)),
    n(F3, "2023-05-21", "BCL and Chhatra Dal activists fought with sticks and iron rods at Rajshahi University.",
      PARTY_CLASH, [(BCL, RIOT_BD), (JCD, RIOT_BD)], RAJSHAHI),
    n(F3, "2022-09-12", "gunmen believed to be from the UPDF shot dead a leader of the rival UPDF (Democratic) in "
      "Panchhari upazila (Khagrachhari).", (ATT, AC), [UPDF, ("UPDF (Democratic)", CIV_BD)],
      (PANCHHARI, KHAGRACHHARI), 1, 50),  # unsure
    n(F3, "2024-09-30", "police dispersed garment workers demanding unpaid wages with batons and rubber bullets "
      "after they blocked the Dhaka-Mymensingh highway at Gazipur; 20 were injured.", (PI, EXC),
      [(PROT_BD, "Labour Group (Bangladesh)"), POL_BD24], GAZIPUR),
    n(F3, "2025-02-10", "Jamaat-e-Islami supporters formed a human chain in front of the National Press Club in Dhaka.",
      PEACE, [(PROT_BD, "JIB: Jamaat-e-Islami Bangladesh")], DHAKA),  # unsure
    n(F3, "2024-05-06", "armed kidnappers abducted five farmers from the hills of Hnila union in Teknaf (Cox's "
      "Bazar).", ABD, [UAG_BD, CIV_BD], TEKNAF),
    n(F3, "2023-08-11", "angry locals vandalised the area police office in Tikapur (Kailali) after a truck crushed a "
      "schoolboy; police fired tear gas.", VD, [(RIOT_NP, PROT_NP), POL_NP], TIKAPUR),
    n(F3, "2024-04-17", "teachers staged a sit-in at Butwal (Lumbini Province) demanding permanent posts.", PEACE,
      [PROT_NP], BUTWAL),
    n(F3, "2023-08-30", "mothers of the disappeared held a silent protest in Vavuniya (Northern Province).", PEACE,
      [PROT_LK], VAVUNIYA),
    n(F3, "2024-02-19", "two gunmen on a motorcycle shot dead a businessman in Galle (Southern Province); police said "
      "it was linked to an underworld feud.", ATT, ["Unidentified Armed Group (Sri Lanka)", CIV_LK], GALLE, 1),
    n(F3, "2023-01-25", "junta troops and local PDF fighters clashed near Kani town (Sagaing Region); three soldiers "
      "were killed.", AC, [MIL_MM, PDF_MM], KANI, 3),
    n(F3, "2024-02-05", "the AA and the military fought for control of the hills near Kyauktaw (Rakhine State).", AC,
      [AA_MM, MIL_MM], KYAUKTAW),
    n(F3, "2024-01-10", "a military aircraft bombed a village near Hpakant (Kachin State), killing four civilians.",
      AIR, [MIL_MM, CIV_MM], HPAKANT, 4, 50),
    n(F3, "2022-03-09", "troops of the 4th Infantry Division clashed with about ten NPA rebels in Barangay Kalabugao, "
      "Impasugong, Bukidnon; one soldier was killed.", AC, [PH_MIL, NPA], IMPASUGONG, 1),
    n(F3, "2023-04-02", "BIFF members fired at a police patrol in Barangay Poblacion, Shariff Aguak (Maguindanao del "
      "Sur), wounding a patrolman.", AC, [BIFF, PH_POL], SHARIFF_AGUAK),
    n(F3, "2022-08-14", "police killed a drug suspect who allegedly fought back during a buy-bust operation in "
      "Caloocan City.", ATT, [PH_POL, CIV_PH], CALOOCAN, 1),
    n(F3, "2023-06-25", "Dawlah Islamiyah fighters and army troops exchanged fire in Barangay Ragayan, Butig (Lanao "
      "del Sur); two militants died.", AC, [DI, PH_MIL], BUTIG, 2),
    n(F3, "2024-05-01", "labour groups marched to Mendiola in Manila on Labor Day; the rally ended peacefully.",
      PEACE, ["Protesters (Philippines)"], MANILA),
    n(F3, "2023-09-03", "TPNPB fighters shot dead a motorcycle taxi driver in Sugapa (Intan Jaya regency, Central "
      "Papua).", ATT, [TPNPB, CIV_ID], SUGAPA, 1),
    n(F3, "2023-07-20", "a gunfight broke out between TNI soldiers and TPNPB members in Ilaga, Puncak regency; one "
      "soldier was killed.", AC, [ID_MIL, TPNPB], ILAGA, 1, 50),
    n(F3, "2022-08-15", "police dispersed Papuan students rallying in Abepura, Jayapura, and arrested 15 of them.",
      (PI, ARR), [PROT_ID, ID_POL], JAYAPURA),
    n(F3, "2024-03-04", "a bomb hidden in a motorcycle exploded near a ranger base in Bannang Sata district (Yala), "
      "injuring three rangers.", IED, [INSURG_TH, TH_MIL], BANNANG_SATA, 0, 50),
    n(F3, "2023-10-08", "insurgents shot dead a village headman riding home in Rueso district (Narathiwat).", ATT,
      [INSURG_TH, CIV_TH], RUESO, 1),
    n(F3, "2023-03-12", "fighting between two clans near Mendi (Southern Highlands) left five men dead and houses "
      "burned.", AC, [TRIBAL_PG, TRIBAL_PG], MENDI, 5, 50),
    n(F3, "2024-08-03", "police shot dead a suspected tribal fighter during a raid near Wabag (Enga).", (ATT, AC),
      [PG_POL, (TRIBAL_PG, CIV_PG)], WABAG, 1, 50),
    n(F3, "2022-09-14", "Azerbaijani forces shelled the outskirts of Jermuk (Vayots Dzor) with artillery and drones; "
      "no casualties were reported.", SH, [AZ_MIL, (AM_MIL, CIV_AM)], JERMUK),
    n(F3, "2022-03-20", "an Azerbaijani soldier was killed by Armenian sniper fire in Kalbajar district.", AC,
      [AM_MIL, AZ_MIL], KALBAJAR, 1, 50),
    n(F3, "2024-11-04", "police detained five opposition activists during a scuffle outside the city hall in Zugdidi "
      "(Samegrelo).", (ARR, PI), [GE_POL, (PROT_GE, "Civilians (Georgia)")], ZUGDIDI),
    n(F3, "2024-04-28", "thousands marched peacefully along Rustaveli Avenue in Tbilisi against the foreign agents "
      "bill.", PEACE, [PROT_GE], TBILISI),
    n(F3, "2024-01-17", "police detained about 20 people gathered outside the White House in Bishkek to protest the "
      "arrest of journalists.", (ARR, PI), ["Police Forces of Kyrgyzstan (2020-)", ("Protesters (Kyrgyzstan)",
                                                                                  CIV_KG)], BISHKEK),  # unsure
    n(F3, "2022-05-18", "Tajik security forces clashed with the armed men of local informal leaders in Khorog "
      "(Gorno-Badakhshan), killing three.", AC, [TJ_MIL, ("Pamiri Ethnic Militia (Tajikistan)",
                                                          "Unidentified Armed Group (Tajikistan)")], KHOROG, 3),
    # fresh4: the forty-first session's held-out group, across both benches' regions (written before any rule)
    n(F4, "2023-04-18", "militants lobbed a grenade at a CRPF picket near the main chowk of Bandipora town (Jammu and "
      "Kashmir); two personnel and a passer-by were hurt.", GREN, [KASH, CRPF], BANDIPORA),
    n(F4, "2024-07-10", "a search party of the army and SOG came under fire in the forests of Gandoh tehsil (Doda "
      "district); two militants were killed in the ensuing gunfight.", AC, [SECF_IN, KASH], (GANDOH, DODA), 2, 50),
    n(F4, "2023-09-26", "armed Kuki miscreants fired several rounds at Meitei village volunteers guarding a bunker "
      "near Nungsaikhong village in Bishnupur district (Manipur).", AC, [KUKI, MEITEI], BISHNUPUR, 0, 50),
    n(F4, "2022-12-03", "Maoists set ablaze three tipper trucks and a JCB engaged in road construction near Basaguda "
      "(Bijapur district, Chhattisgarh).", LOOT, [MAO, CIV_IN], (BASAGUDA, BIJAPUR), 0, 50),
    n(F4, "2021-05-19", "C-60 commandos of the Gadchiroli police killed three Maoists in a gunfight in the forests of "
      "Etapalli tehsil (Maharashtra).", AC, [SECF_IN, MAO], ETAPALLI, 3, 50),
    n(F4, "2023-07-08", "TMC and CPI(M) supporters hurled crude bombs at each other during panchayat polling in Domkal "
      "(Murshidabad, West Bengal); one TMC worker died.", PARTY_CLASH, [(TMC, RIOT_IN), (CPIM, RIOT_IN)], DOMKAL, 1),
    n(F4, "2023-03-04", "after the assembly results, BJP supporters vandalised a CPI(M) office and beat up two Left "
      "workers in Udaipur (Gomati, Tripura).", PARTY_ATTACK, [(BJP, RIOT_IN), (CPIM, CIV_IN)], UDAIPUR_TR),
    n(F4, "2022-11-15", "ABVP members staged a demonstration outside the vice-chancellor's office at Banaras Hindu "
      "University in Varanasi over a fee hike.", PEACE,
      [(PROT_IN, "ABVP: Akhil Bharatiya Vidyarthi Parishad")], VARANASI),  # unsure
    n(F4, "2024-03-21", "police lathi-charged job aspirants who had gathered near Gardanibagh in Patna to protest "
      "against a paper leak.", (PI, EXC), [PROT_IN, POL_IN], PATNA),
    n(F4, "2023-06-06", "an angry crowd torched a police jeep and stoned a police outpost in Sitamarhi (Bihar) after a "
      "youth died in custody.", VD, [RIOT_IN, POL_IN], SITAMARHI),
    n(F4, "2024-02-13", "anganwadi workers held a sit-in at Azad Maidan in Mumbai demanding an honorarium hike.",
      PEACE, [PROT_IN], MUMBAI),
    n(F4, "2022-08-29", "villagers thrashed two men suspected of stealing a buffalo near Kishanganj (Bihar); one of "
      "them later died in hospital.", MOB, [RIOT_IN, CIV_IN], KISHANGANJ, 1),
    n(F4, "2023-05-30", "ULFA-I claimed a grenade blast outside an army camp at Kakopathar (Tinsukia district, Assam); "
      "no one was hurt.", GREN, [("ULFA-I: United Liberation Front of Asom-Independent", UAG_IN), MIL_IN],
      TINSUKIA, 0, 50),  # unsure
    n(F4, "2024-01-27", "farmers' unions blocked the railway tracks at Devidaspura near Amritsar for three hours.",
      PEACE, [PROT_IN], AMRITSAR),
    n(F4, "2023-10-11", "police used water cannon on Congress workers burning an effigy of the chief minister outside "
      "the party office in Bhopal.", PI, [(PROT_IN, INC), POL_IN], BHOPAL),
    n(F4, "2024-08-17", "gunmen opened fire on a police checkpost in Serai Naurang (Lakki Marwat district); two "
      "policemen were martyred.", ON_FORCES, [(TTP, UAG_PK), POL_PK], SERAI_NAURANG, 2),
    n(F4, "2024-08-26", "BLA fighters blocked the coastal highway near Bela (Lasbela) and shot dead four "
      "passengers after checking their identity cards.", ATT, [BLA, CIV_PK], BELA, 4, 50),
    n(F4, "2023-12-13", "one soldier and three TTP militants were killed in an exchange of fire in Safi tehsil of "
      "Mohmand district.", AC, [MIL_PK, TTP], GHALANAI, 4, 50),
    n(F4, "2024-02-02", "unidentified gunmen shot dead a local PML-N leader outside his hujra in Swabi (Khyber "
      "Pakhtunkhwa).", ATT, [UAG_PK, (CIV_PK, "PML-N: Pakistan Muslim League (Nawaz)")], SWABI, 1),
    n(F4, "2024-01-22", "traders observed a shutter-down strike and rallied in Gilgit against higher wheat prices.",
      PEACE, [PROT_PK], GILGIT),
    n(F4, "2024-05-12", "protesters set tyres alight, pelted the police with stones and damaged vehicles in "
      "Muzaffarabad (Azad Kashmir) over electricity tariffs.", VD, [RIOT_PK, POL_PK], MUZAFFARABAD),
    n(F4, "2023-09-27", "police baton-charged and detained teachers demonstrating outside the Punjab Assembly in "
      "Lahore.", (PI, ARR), [PROT_PK, POL_PK], LAHORE),
    n(F4, "2023-06-04", "dacoits abducted three men from the riverine katcha area near Kashmore (Sindh).", ABD,
      [UAG_PK, CIV_PK], KASHMORE, 0, 50),
    n(F4, "2023-03-28", "a suicide bomber struck a Taliban checkpoint at the entrance of Charikar (Parwan); the bomber "
      "and two guards died, and the Islamic State claimed it.", SB, [IS_AF, (TAL_MIL, TAL_POL)], CHARIKAR, 3),
    n(F4, "2022-06-19", "the NRF said it ambushed a Taliban vehicle in Andarab district (Baghlan), killing three "
      "Taliban members.", AC, [NRF, (TAL_MIL, TAL)], ANDARAB, 3, 50),
    n(F4, "2020-10-14", "Afghan air force strikes on Taliban positions in Nad-e Ali district (Helmand) killed 12 "
      "insurgents.", AIR, [MIL_AF, TAL], LASHKAR_GAH, 12, 50),
    n(F4, "2024-06-23", "Taliban forces opened fire on villagers protesting the destruction of their poppy fields near "
      "Faizabad (Badakhshan), killing one.", (PI, EXC), [(PROT_AF, CIV_AF), (TAL_MIL, TAL_POL)], FAIZABAD, 1, 50),
    n(F4, "2023-02-08", "Taliban intelligence detained a former army officer at his home in Khost city.", ARR,
      [(TAL_POL, TAL_MIL), CIV_AF], KHOST),
    n(F4, "2021-11-28", "supporters of two rival Awami League candidates clashed over a union parishad election in "
      "Shibganj upazila (Chapainawabganj); one man died of a gunshot wound.", PARTY_CLASH,
      [(AL, RIOT_BD), (AL, RIOT_BD)], (SHIBGANJ, CHAPAI), 1),
    n(F4, "2024-11-20", "students of two Dhaka colleges fought with sticks and brickbats on the Science Lab road; "
      "police threw sound grenades to separate them.", (MOB, VD), [RIOT_BD, (RIOT_BD, POL_BD24)], DHAKA),
    n(F4, "2023-06-19", "Rohingya refugees held a rally in a camp in Ukhia (Cox's Bazar) demanding their return to "
      "Myanmar.", PEACE, [(PROT_BD, "Protesters (Myanmar)")], UKHIA),  # unsure
    n(F4, "2023-05-17", "armed KNF men abducted two Bawm villagers from a jhum field in Rowangchhari upazila "
      "(Bandarban).", ABD, [("KNF: Kuki-Chin National Front", UAG_BD), CIV_BD], BANDARBAN, 0, 50),  # unsure
    n(F4, "2022-12-07", "police fired tear gas and rubber bullets at BNP activists gathered at Nayapaltan in Dhaka.",
      (PI, EXC), [(PROT_BD, BNP), POL_BD], DHAKA),
    n(F4, "2023-01-15", "a mob beat a suspected robber to death in a village of Bhanga upazila (Faridpur).", MOB,
      [RIOT_BD, CIV_BD], FARIDPUR, 1, 50),
    n(F4, "2024-04-09", "pro-monarchy demonstrators threw stones at riot police near Baneshwor in Kathmandu; police "
      "answered with tear gas and water cannon.", VD, [(RIOT_NP, PROT_NP), POL_NP], KATHMANDU),
    n(F4, "2023-01-31", "Madhesi activists staged a sit-in at the district administration office in Janakpur.", PEACE,
      [PROT_NP], JANAKPUR),
    n(F4, "2023-03-08", "police used water cannon on university students marching near Colombo Fort against tax "
      "increases.", PI, [PROT_LK, POL_LK], COLOMBO),
    n(F4, "2022-10-24", "unknown men hurled petrol bombs at the house of a Tamil journalist in Batticaloa, damaging a "
      "motorcycle.", (ATT, LOOT), ["Unidentified Armed Group (Sri Lanka)", CIV_LK], BATTICALOA),
    n(F4, "2024-01-25", "KIA fighters overran a junta outpost near Bhamo (Kachin State) after two days of fighting.",
      (AC, "Non-state actor overtakes territory"), ["KIA: Kachin Independence Army", MIL_MM], BHAMO, 0, 50),
    n(F4, "2022-05-14", "junta troops burned some 50 houses in a village of Yinmabin Township (Sagaing Region).", LOOT,
      [MIL_MM, CIV_MM], YINMABIN, 0, 50),
    n(F4, "2023-02-21", "an NPA unit ambushed an army patrol in Barangay Maragondong, Catubig (Northern Samar); one "
      "soldier was killed.", AC, [PH_MIL, NPA], CATUBIG, 1),
    n(F4, "2023-08-30", "BIFF gunmen lobbed mortar rounds at an army detachment in Datu Hoffer Ampatuan "
      "(Maguindanao del Sur).", SH, [BIFF, PH_MIL], (DATU_HOFFER, SHARIFF_AGUAK)),
    n(F4, "2024-02-18", "army troops killed three Dawlah Islamiyah members in a firefight in Barangay Lindongan, Munai "
      "(Lanao del Norte).", AC, [PH_MIL, DI], MUNAI, 3),
    n(F4, "2023-03-06", "jeepney drivers went on strike and rallied along Commonwealth Avenue in Quezon City "
      "against the phaseout of old jeepneys.", PEACE, ["Protesters (Philippines)"], QUEZON_CITY),
    n(F4, "2022-10-30", "motorcycle-riding gunmen shot dead a barangay councilor in Barangay Poblacion, Datu Piang "
      "(Maguindanao del Sur).", ATT, [UAG_PH, CIV_PH], DATU_PIANG, 1),
    n(F4, "2023-09-12", "TPNPB fighters burned a school building and a health post in Oksibil (Pegunungan Bintang "
      "regency).", LOOT, [TPNPB, CIV_ID], OKSIBIL),
    n(F4, "2024-03-27", "security forces exchanged fire with TPNPB fighters on the outskirts of Dekai (Yahukimo "
      "regency); one TPNPB member died.", AC, [(ID_MIL, ID_POL), TPNPB], DEKAI, 1),
    n(F4, "2024-08-23", "police fired tear gas at students rallying outside the regional parliament in Makassar "
      "against changes to the election law.", (PI, EXC), [PROT_ID, ID_POL], MAKASSAR),
    n(F4, "2024-06-11", "suspected insurgents set off a roadside bomb as a rangers' pickup passed in Sai Buri district "
      "(Pattani), wounding two rangers.", IED, [INSURG_TH, TH_MIL], SAI_BURI, 0, 50),
    n(F4, "2024-02-10", "activists rallied at the Democracy Monument in Bangkok for the release of political "
      "prisoners.",
      PEACE, ["Protesters (Thailand)"], BANGKOK),
    n(F4, "2023-07-16", "tribesmen armed with high-powered guns raided a village near Kandep (Enga), killing seven "
      "people and burning houses.", (ATT, AC), [TRIBAL_PG, (CIV_PG, TRIBAL_PG)], KANDEP, 7, 50),
    n(F4, "2023-04-11", "Armenian and Azerbaijani troops exchanged small-arms fire near Yeraskh (Ararat province); an "
      "Armenian soldier was wounded.", AC, [AZ_MIL, AM_MIL], YERASKH),
    n(F4, "2024-12-02", "police detained 12 demonstrators who blocked a street in Batumi during a rally against the "
      "suspension of EU accession talks.", (ARR, PI), [GE_POL, (PROT_GE, "Civilians (Georgia)")], BATUMI),
    n(F4, "2022-01-28", "Kyrgyz and Tajik border guards traded fire in Leilek district (Batken region); two Kyrgyz "
      "guards were killed.", AC, [KG_MIL, TJ_MIL], ISFANA, 2, 50),
    n(F4, "2023-10-03", "police in Kulob (Khatlon) detained eight men accused of membership of a banned Islamist "
      "party.", ARR, [("Police Forces of Tajikistan (1994-)", "Police Forces of Tajikistan (1992-)"), CIV_TJ],
      KULOB),  # unsure: period
    # fresh5: the forty-second session's held-out group, across both benches' regions (written before any rule)
    n(F5, "2024-05-07", "militants fired at a police party near Hardwaripora village in Kokernag (Anantnag district, "
      "Jammu and Kashmir); a head constable was injured.", ON_FORCES, [KASH, POL_IN], (KOKERNAG, ANANTNAG), 0, 50),
    n(F5, "2023-11-23", "two soldiers and a militant were killed in a gunfight in the forests of Basantgarh "
      "(Udhampur district, Jammu and Kashmir).", AC, [SECF_IN, KASH], UDHAMPUR, 3, 50),
    n(F5, "2023-08-05", "suspected Kuki militants shot dead three Meitei men in their homes at Thangjam Khunou "
      "village (Bishnupur district, Manipur).", ATT, [KUKI, CIV_IN], BISHNUPUR, 3, 50),
    n(F5, "2024-09-02", "suspected Kuki militants dropped bombs from drones on Langthabal Mayai village in Imphal West "
      "district (Manipur), killing a woman.", AIR, [KUKI, CIV_IN], IMPHAL, 1, 50),
    n(F5, "2023-05-28", "Zeliangrong villagers blocked a national highway in Tamenglong district (Manipur) to protest "
      "against the killing of a village chief.", PEACE, [PROT_IN], TAMENGLONG, 0, 50),
    n(F5, "2024-03-19", "security forces killed four Maoists in an encounter in the forests near Kerlapenta village of "
      "Sukma district (Chhattisgarh).", AC, [SECF_IN, MAO], SUKMA, 4, 50),
    n(F5, "2022-09-14", "Maoists abducted and killed a villager they accused of being a police informer in Gumla "
      "district (Jharkhand).", ATT, [MAO, CIV_IN], GUMLA, 1, 50),
    n(F5, "2024-06-11", "BJP and TMC workers clashed with sticks and bricks in Contai (Purba Medinipur, West Bengal) "
      "after a victory rally; six were injured.", PARTY_CLASH, [(BJP, RIOT_IN), (TMC, RIOT_IN)], CONTAI),
    n(F5, "2024-02-27", "farmers staged a rail roko at the Jalandhar cantonment station (Punjab) demanding a legal "
      "guarantee of minimum support prices.", PEACE, [PROT_IN], JALANDHAR),
    n(F5, "2022-06-10", "a crowd pelted stones at police after Friday prayers in the Upar Kot area of Aligarh (Uttar "
      "Pradesh); police used tear gas to disperse it.", VD, [RIOT_IN, POL_IN], ALIGARH),
    n(F5, "2023-01-12", "Bajrang Dal activists beat up a Muslim man transporting cattle near Bhilwara (Rajasthan).",
      MOB, [(RIOT_IN, "Bajrang Dal"), CIV_IN], BHILWARA, 0, 50),  # unsure: the associate
    n(F5, "2023-09-20", "fishermen in Rameswaram (Tamil Nadu) struck work and held a demonstration against the arrest "
      "of their colleagues by the Sri Lankan navy.", PEACE, [PROT_IN], RAMESWARAM),
    n(F5, "2022-07-28", "unidentified men hacked a right-wing activist to death near Puttur (Dakshina Kannada, "
      "Karnataka).", ATT, [UAG_IN, CIV_IN], PUTTUR_KA, 1, 50),
    n(F5, "2024-06-03", "a crowd vandalised a police outpost in Dhubri (Assam) after a man died in police custody.",
      (VD, MOB), [RIOT_IN, POL_IN], DHUBRI),
    n(F5, "2024-03-22", "AAP workers protested at ITO in Delhi against the arrest of the chief minister; police "
      "detained dozens of them.", (PI, ARR), [(PROT_IN, AAP), POL_IN], DELHI),
    n(F5, "2022-12-10", "NSCN-IM cadres shot and injured a contractor who had refused to pay them near Dimapur "
      "(Nagaland).", ATT, [(NSCN_IM, UAG_IN), CIV_IN], DIMAPUR, 0, 50),
    n(F5, "2023-10-05", "police lathi-charged students protesting the postponement of recruitment exams at Ashok Nagar "
      "in Hyderabad (Telangana).", (PI, EXC), [PROT_IN, POL_IN], HYDERABAD_IN),
    n(F5, "2024-08-18", "resident doctors marched from the SMS hospital in Jaipur (Rajasthan) to demand safety at "
      "work.", PEACE, [PROT_IN], JAIPUR),
    n(F5, "2023-12-04", "Samajwadi Party workers staged a protest outside the assembly in Lucknow (Uttar Pradesh) "
      "against price rises; police detained several of them.", (PI, ARR),
      [(PROT_IN, "SP: Samajwadi Party"), POL_IN], LUCKNOW),  # unsure: the associate
    # Pakistan
    n(F5, "2024-04-13", "gunmen stopped a passenger coach near Noshki (Balochistan) and shot dead nine passengers "
      "from Punjab after checking their identity cards; the BLA claimed the attack.", ATT, [BLA, CIV_PK], NOSHKI, 9,
      50),
    n(F5, "2023-09-05", "a suicide bomber blew himself up near a police checkpoint in Kohat (Khyber Pakhtunkhwa), "
      "killing two policemen and himself.", SB, [(TTP, UAG_PK), POL_PK], KOHAT, 3),
    n(F5, "2024-10-11", "TTP militants attacked a police station in Hangu district (Khyber Pakhtunkhwa) with heavy "
      "weapons; police repulsed the attack after a two-hour gunfight.", ON_FORCES, [TTP, POL_PK], HANGU, 0, 50),
    n(F5, "2023-02-03", "FC personnel killed two militants during an intelligence-based operation in Loralai "
      "(Balochistan).", AC, [FC, (UAG_PK, BLA)], LORALAI, 2, 50),
    n(F5, "2024-07-28", "police fired tear gas at BYC supporters marching to a gathering in Hub (Balochistan).",
      (PI, EXC), [(PROT_PK, BYC), POL_PK], HUB),
    n(F5, "2021-04-13", "TLP supporters blocked roads and stoned police in Sukkur (Sindh) after the arrest of their "
      "leader.", VD, [(RIOT_PK, TLP), POL_PK], SUKKUR),
    n(F5, "2023-05-09", "PTI supporters set fire to a police van and attacked a government office in Multan "
      "(Punjab) after the arrest of Imran Khan.", (VD, MOB), [(RIOT_PK, PTI), (POL_PK, CIV_PK)], MULTAN),
    n(F5, "2022-10-21", "traders observed a shutter-down strike in Dir (Khyber Pakhtunkhwa) against a rise in "
      "militancy in the valley.", PEACE, [PROT_PK], DIR),
    n(F5, "2024-01-20", "unidentified gunmen shot dead a polio worker in Bajaur district (Khyber Pakhtunkhwa).",
      ATT, [UAG_PK, CIV_PK], KHAR, 1, 50),
    n(F5, "2023-08-16", "a crowd accusing a Christian family of blasphemy ransacked homes and burned several churches "
      "in Jaranwala (Faisalabad).", MOB, [RIOT_PK, CIV_PK], FAISALABAD, 0, 50),
    # Bangladesh
    n(F5, "2024-07-16", "BCL activists and quota reform protesters clashed at Begum Rokeya University in Rangpur; a "
      "student was shot dead by police.", (VD, MOB, EXC), [(PROT_BD, RIOT_BD), (BCL, POL_BD)], RANGPUR, 1),
    n(F5, "2023-10-28", "BNP and AL activists fought with sticks in Barishal city during rival programmes; 20 were "
      "injured.", PARTY_CLASH, [(BNP, RIOT_BD), (AL, RIOT_BD)], BARISHAL),
    n(F5, "2022-04-03", "villagers of two neighbouring paras clashed over fishing rights in Brahmanbaria's Nasirnagar "
      "upazila, using spears and sticks; a man died.", MOB, [RIOT_BD, RIOT_BD], BRAHMANBARIA, 1, 50),
    n(F5, "2022-01-04", "unidentified gunmen shot dead a PCJSS supporter in Baghaichhari upazila (Rangamati).", ATT,
      [(UAG_BD, UPDF), CIV_BD], (BAGHAICHHARI, RANGAMATI), 1, 50),
    n(F5, "2025-01-18", "garment workers blocked the Dhaka-Mymensingh highway at Gazipur over unpaid wages; police "
      "and army personnel dispersed them.", PI, [PROT_BD, (POL_BD24, "Military Forces of Bangladesh (2024-)")],
      GAZIPUR),
    n(F5, "2023-03-12", "RAB arrested three suspected members of a militant outfit from a house in Kushtia.", ARR,
      [(POL_BD, "Police Forces of Bangladesh (2009-2024) Rapid Action Battalion"), CIV_BD], KUSHTIA),  # unsure
    n(F5, "2024-08-05", "a mob torched an Awami League MP's home in Narsingdi after the fall of the government.", (MOB, LOOT), [RIOT_BD, (CIV_BD, AL)], NARSINGDI),
    # Afghanistan
    n(F5, "2023-01-08", "Taliban forces raided an Islamic State hideout in Asadabad (Kunar province), killing two IS "
      "members.", AC, [(TAL_MIL, TAL_POL), IS_AF], ASADABAD, 2),
    n(F5, "2022-09-27", "an explosive device attached to a vehicle went off in Pul-e Alam (Logar), killing a Taliban "
      "official.", IED, [UAG_AF, (TAL_POL, TAL_MIL, CIV_AF)], PUL_E_ALAM, 1),
    n(F5, "2024-01-30", "unknown gunmen shot dead a former army commander in Sheberghan (Jawzjan province).", ATT,
      [UAG_AF, CIV_AF], SHEBERGHAN, 1),
    n(F5, "2022-08-13", "Taliban fighters fired into the air and beat women marching for work and education rights in "
      "Kabul.", (EXC, PI), [PROT_AF, (TAL_MIL, TAL_POL)], KABUL),
    n(F5, "2020-07-19", "Taliban fighters attacked an ANDSF checkpoint in Imam Sahib district (Kunduz); four "
      "soldiers were killed.", AC, [TAL, (MIL_AF, POL_AF)], IMAM_SAHIB, 4, 50),
    # Nepal, Sri Lanka
    n(F5, "2023-11-23", "pro-monarchy supporters clashed with police at Maitighar in Kathmandu; police used tear gas "
      "and batons.", (VD, PI), [(RIOT_NP, PROT_NP), POL_NP], KATHMANDU),
    n(F5, "2024-05-02", "teachers held a sit-in outside the municipality in Lalitpur demanding permanent posts.",
      PEACE, [PROT_NP], LALITPUR),
    n(F5, "2023-08-30", "families of the disappeared marched in Kilinochchi (Northern Province) to demand answers "
      "about their relatives.", PEACE, [PROT_LK], KILINOCHCHI),
    n(F5, "2022-07-09", "protesters broke into the President's House in Colombo; police fired tear gas and water "
      "cannon.", (VD, PI), [(PROT_LK, "Rioters (Sri Lanka)"), POL_LK], COLOMBO),
    # Myanmar
    n(F5, "2024-04-06", "KNLA and PDF forces captured a junta battalion base near Myawaddy (Kayin State) after "
      "days of fighting.", (AC, "Non-state actor overtakes territory"), [(KNU, PDF_MM), MIL_MM], MYAWADDY, 0,
      50),
    n(F5, "2023-11-12", "the KNDF and its allies attacked police stations in Loikaw (Kayah State); the junta answered "
      "with air strikes.", AC, [(KNDF_MM, PDF_MM), ("Police Forces of Myanmar (2021-)", MIL_MM)], LOIKAW),
    n(F5, "2024-02-21", "a junta aircraft bombed a village near Hakha (Chin State), killing four civilians.", AIR,
      [MIL_MM, CIV_MM], HAKHA, 4, 50),
    n(F5, "2023-06-09", "junta troops arrested 12 villagers accused of supporting the PDF in Monywa Township "
      "(Sagaing Region).", ARR, [MIL_MM, CIV_MM], MONYWA, 0, 50),
    n(F5, "2024-08-03", "the MNDAA said it had taken control of Lashio (Shan State) and its regional command "
      "headquarters.", ("Non-state actor overtakes territory", AC), [MNDAA_MM, MIL_MM], LASHIO),
    # Philippines
    n(F5, "2023-06-14", "NPA rebels and army troops clashed in Barangay Bagumbayan, Himamaylan City (Negros "
      "Occidental); one rebel was killed.", AC, [PH_MIL, NPA], HIMAMAYLAN, 1),
    n(F5, "2024-03-02", "an improvised bomb went off near a passenger terminal in Datu Paglas (Maguindanao del Sur), "
      "wounding three people.", IED, [UAG_PH, CIV_PH], DATU_PAGLAS),
    n(F5, "2022-11-06", "soldiers killed two Abu Sayyaf members in a firefight in Barangay Kan-Ague, Patikul (Sulu).",
      AC, [PH_MIL, ASG], PATIKUL, 2),
    n(F5, "2023-09-21", "activists marched to a military camp in Malaybalay (Bukidnon) to protest the red-tagging of "
      "farmers' leaders.", PEACE, ["Protesters (Philippines)"], MALAYBALAY),
    n(F5, "2024-07-05", "police arrested a barangay captain wanted for murder in Barangay Poblacion, Davao City.",
      ARR, [PH_POL, CIV_PH], DAVAO),
    # Indonesia, Thailand, Papua New Guinea
    n(F5, "2023-09-29", "TPNPB fighters shot dead two construction workers building a road in Teluk Bintuni regency "
      "(West Papua).", ATT, [TPNPB, CIV_ID], TELUK_BINTUNI, 2, 50),
    n(F5, "2024-08-22", "police fired tear gas and water cannon at students who tore down part of the fence of the "
      "parliament building in Jakarta.", (VD, PI, EXC), [(PROT_ID, "Rioters (Indonesia)"), ID_POL], JAKARTA),
    n(F5, "2023-03-14", "insurgents detonated a bomb beside a road in Rangae district (Narathiwat) as a patrol of "
      "rangers passed, wounding one ranger.", IED, [INSURG_TH, TH_MIL], (RANGAE, NARATHIWAT), 0, 50),
    n(F5, "2024-05-20", "hundreds of villagers protested outside the district office in Narathiwat against a "
      "planned industrial estate.", PEACE, ["Protesters (Thailand)"], NARATHIWAT),
    n(F5, "2024-02-26", "tribal fighters ambushed a group of men on a road near Porgera (Enga), killing eight.",
      (ATT, AC), [TRIBAL_PG, (CIV_PG, TRIBAL_PG)], PORGERA, 8, 50),
    # the Caucasus and Central Asia
    n(F5, "2022-09-13", "Azerbaijani forces shelled Armenian positions and villages near Sotk (Gegharkunik); two "
      "Armenian soldiers were killed.", SH, [AZ_MIL, (AM_MIL, CIV_AM)], SOTK, 2, 50),
    n(F5, "2024-05-26", "supporters of Archbishop Bagrat Galstanyan rallied in Republic Square in Yerevan demanding "
      "the prime minister's resignation.", PEACE, [PROT_AM], YEREVAN),
    n(F5, "2024-04-30", "riot police dispersed a rally against the foreign agents bill outside parliament in Tbilisi "
      "with pepper spray, water cannon and rubber bullets.", (EXC, PI), [PROT_GE, GE_POL], TBILISI),
    n(F5, "2022-01-05", "rioters stormed and set fire to the mayor's office in Almaty; police fired stun grenades.",
      (VD, MOB), [RIOT_KZ, (POL_KZ, CIV_KZ)], ALMATY),  # unsure: the police's period
    # fresh6: the forty-third session's held-out group, across both benches' regions (written before any rule)
    n(F6, "2024-06-09", "militants fired on a bus carrying pilgrims near Kandorpa village in Reasi district (Jammu and "
      "Kashmir); the bus plunged into a gorge and nine passengers died.", ATT, [KASH, CIV_IN], REASI, 9, 50),
    n(F6, "2023-12-21", "militants ambushed two army vehicles near Lohlidar village of Poonch district (Jammu and "
      "Kashmir), killing four soldiers.", ON_FORCES, [KASH, MIL_IN], POONCH, 4, 50),
    n(F6, "2024-11-02", "security forces killed a militant in a gunfight at Naribal Kandi in Kupwara district (Jammu "
      "and Kashmir).", AC, [SECF_IN, KASH], KUPWARA, 1, 50),
    n(F6, "2024-11-11", "suspected Meitei militants set fire to three houses in Lamtaiphai village of Jiribam district "
      "(Manipur).", LOOT, [MEITEI, CIV_IN], JIRIBAM, 0, 50),
    n(F6, "2023-09-08", "Kuki and Meitei armed volunteers exchanged heavy fire at Pallel (Tengnoupal district, "
      "Manipur), leaving two dead.", AC, [KUKI, MEITEI], (PALLEL, TENGNOUPAL), 2, 50),
    n(F6, "2024-10-04", "DRG personnel killed six Maoists in an encounter in the Kumrapad forests on the border of "
      "Narayanpur and Kanker districts (Chhattisgarh).", AC, [(DRG, MIL_IN), MAO], (NARAYANPUR, KANKER), 6, 50),
    n(F6, "2023-04-26", "an IED planted by Maoists hit a tractor carrying road workers near Pedakorma village (Bijapur "
      "district, Chhattisgarh), injuring three labourers.", IED, [MAO, CIV_IN], BIJAPUR, 0, 50),
    n(F6, "2022-12-15", "PLFI cadres shot dead the supervisor of a road contractor in Khunti district (Jharkhand) for "
      "refusing to pay levy.", ATT, [("PLFI: People's Liberation Front of India", UAG_IN), CIV_IN], KHUNTI, 1,
      50),  # unsure: ACLED's form
    n(F6, "2023-07-08", "TMC and ISF workers hurled crude bombs at each other in Bhangar (South 24 Parganas, West "
      "Bengal) on polling day; two died.", PARTY_CLASH,
      [(TMC, RIOT_IN), ("ISF: Indian Secular Front", RIOT_IN)], BHANGAR, 2),  # unsure: ACLED's form
    n(F6, "2024-08-14", "thousands of women held a midnight march in Kolkata (West Bengal) to demand justice for a "
      "doctor raped and murdered at a hospital.", PEACE, [PROT_IN], KOLKATA),
    n(F6, "2024-11-24", "a crowd threw stones at police during a survey of a mosque in Sambhal (Uttar Pradesh); police "
      "fired tear gas and four men died.", (VD, EXC), [RIOT_IN, POL_IN], SAMBHAL, 4),
    n(F6, "2023-04-01", "communal clashes broke out during a Ram Navami procession in Biharsharif (Nalanda, Bihar); a "
      "youth died and shops were set on fire.", MOB, [RIOT_IN, RIOT_IN], BIHARSHARIF, 1),
    n(F6, "2024-02-13", "police fired tear gas at farmers marching towards Delhi at the Shambhu border (Ambala, "
      "Haryana).", (PI, EXC), [PROT_IN, POL_IN], SHAMBHU),
    n(F6, "2023-03-21", "students staged a sit-in at Gauhati University (Assam) against the hike in admission fees.",
      PEACE, [PROT_IN], GUWAHATI),
    n(F6, "2023-10-30", "Maratha quota agitators torched an NCP legislator's home in Beed (Maharashtra).",
      (VD, MOB, LOOT), [RIOT_IN, (CIV_IN, "NCP: Nationalist Congress Party")], BEED),  # unsure: the associate
    n(F6, "2022-04-16", "unidentified men hacked an RSS worker to death in his shop at Palakkad (Kerala).", ATT,
      [UAG_IN, (CIV_IN, RSS)], PALAKKAD, 1),
    n(F6, "2024-07-06", "six men on motorcycles hacked to death a BSP state leader outside his house in Chennai.",
      ATT, [UAG_IN, (CIV_IN, "BSP: Bahujan Samaj Party")], CHENNAI, 1),
    n(F6, "2024-09-12", "stones were thrown at a Ganesha idol procession in Nagamangala (Mandya, Karnataka), after "
      "which a mob set shops on fire.", MOB, [RIOT_IN, (RIOT_IN, CIV_IN)], NAGAMANGALA),
    # Pakistan
    n(F6, "2024-11-09", "a suicide bomber struck the railway station in Quetta (Balochistan) as passengers waited for "
      "a train, killing 26 people; the BLA claimed it.", SB, [BLA, (CIV_PK, MIL_PK)], QUETTA, 26),
    n(F6, "2023-11-17", "TTP militants attacked a police checkpost in Kulachi tehsil (Dera Ismail Khan) with heavy "
      "weapons; a constable was martyred.", ON_FORCES, [TTP, POL_PK], (KULACHI, DI_KHAN), 1, 50),
    n(F6, "2024-03-26", "a suicide bomber rammed an explosives-laden car into a convoy of Chinese engineers near "
      "Besham (Shangla, Khyber Pakhtunkhwa), killing five Chinese nationals and their driver.", SB,
      [(UAG_PK, TTP), (CIV_PK, "Civilians (China)")], BESHAM, 6),
    n(F6, "2022-08-12", "security forces killed three militants in an exchange of fire in Spinwam area of North "
      "Waziristan.", AC, [MIL_PK, (TTP, UAG_PK)], (MIR_ALI, MIRANSHAH), 3, 50),
    n(F6, "2024-10-15", "police baton-charged and arrested PTI workers protesting at D-Chowk in Islamabad.",
      (PI, ARR), [(PROT_PK, PTI), POL_PK], ISLAMABAD),
    n(F6, "2023-06-18", "lawyers boycotted courts and rallied outside the high court in Peshawar against the killing "
      "of a colleague.", PEACE, [PROT_PK], PESHAWAR),
    n(F6, "2023-05-14", "unidentified gunmen killed six labourers sleeping at a construction site in Gwadar "
      "(Balochistan).", ATT, [UAG_PK, CIV_PK], GWADAR, 6),
    n(F6, "2024-04-18", "a roadside bomb hit a Levies vehicle near Tump (Kech district, Balochistan), wounding three "
      "Levies personnel.", IED, [UAG_PK, LEVIES], TUMP, 0, 50),
    n(F6, "2023-02-17", "militants stormed the police headquarters in Karachi; three attackers and four others died in "
      "the gunfight.", AC, [TTP, POL_PK], KARACHI, 7),
    # Bangladesh
    n(F6, "2024-07-18", "police used rubber bullets and tear gas on students blocking the road at Uttara in Dhaka; "
      "several were injured.", (PI, EXC), [PROT_BD, POL_BD], DHAKA),
    n(F6, "2023-07-29", "BNP activists threw brick chips at police and torched a bus at Jatrabari in Dhaka; police "
      "fired tear gas.", VD, [(RIOT_BD, BNP), POL_BD], DHAKA),
    n(F6, "2022-06-11", "two groups of Awami League supporters fought with sharp weapons over control of a local "
      "market in Madhabpur upazila (Habiganj); one man was hacked to death.", PARTY_CLASH,
      [(AL, RIOT_BD), (AL, RIOT_BD)], HABIGANJ, 1, 50),
    n(F6, "2023-01-14", "ARSA and RSO members exchanged fire inside Camp 8 in Ukhia (Cox's Bazar); a Rohingya man "
      "died.", AC, [ARSA, RSO], UKHIA, 1),
    n(F6, "2024-09-19", "a mob beat to death a young man accused of theft in a hall of Dhaka University.", MOB,
      [RIOT_BD, CIV_BD], DHAKA, 1),
    n(F6, "2022-10-22", "BNP held a large rally in Khulna demanding elections under a caretaker government.", PEACE,
      [(PROT_BD, BNP)], KHULNA),
    n(F6, "2023-03-10", "a crude bomb was thrown at a BNP meeting in Gopalganj, injuring five activists.",
      (GREN, IED, ATT), [(UAG_BD, AL, RIOT_BD), (CIV_BD, BNP)], GOPALGANJ),
    n(F6, "2023-11-01", "garment workers demanding higher wages vandalised a factory in Mirpur (Dhaka); police fired "
      "tear gas.", (VD, PI), [(RIOT_BD, PROT_BD), POL_BD], DHAKA),
    # Afghanistan
    n(F6, "2023-03-09", "an Islamic State suicide bomber blew himself up in the governor's office in Mazar-e Sharif "
      "(Balkh), killing the governor, two other people and himself.", SB, [IS_AF, (TAL_POL, TAL_MIL, CIV_AF)],
      MAZAR, 4),
    n(F6, "2024-05-17", "gunmen opened fire on foreign tourists in the bazaar of Bamyan, killing three Spaniards and "
      "an Afghan.", ATT, [(UAG_AF, IS_AF), ("Civilians (Spain)", CIV_AF)], BAMYAN, 4),
    n(F6, "2022-05-13", "NRF fighters attacked a Taliban outpost in Andarab district (Baghlan); four Taliban were "
      "killed.", AC, [NRF, (TAL_MIL, TAL)], ANDARAB, 4, 50),
    n(F6, "2024-02-28", "Taliban intelligence detained a women's rights activist at her home in Herat city.", ARR,
      [(TAL_POL, TAL_MIL), CIV_AF], HERAT),
    n(F6, "2023-09-06", "Taliban and Pakistani border forces exchanged fire at the Torkham crossing (Nangarhar); a "
      "Taliban guard was killed.", AC, [TAL_MIL, (MIL_PK, FC)], TORKHAM, 1),
    # Nepal, Sri Lanka
    n(F6, "2025-03-28", "pro-monarchy demonstrators clashed with police at Tinkune in Kathmandu, torching houses and "
      "vehicles; two people died.", (VD, PI), [(RIOT_NP, PROT_NP), POL_NP], KATHMANDU, 2),
    n(F6, "2024-01-15", "farmers rallied in Janakpur (Madhesh Province) demanding fertiliser supplies.", PEACE,
      [PROT_NP], JANAKPUR),
    n(F6, "2022-04-19", "police opened fire on protesters blocking a railway line in Rambukkana (Kegalle district) "
      "over fuel prices, killing one.", (EXC, PI), [PROT_LK, POL_LK], RAMBUKKANA, 1),
    n(F6, "2023-02-04", "Tamil groups marched in Jaffna on Independence Day demanding the return of land held by the "
      "army.", PEACE, [PROT_LK], JAFFNA),
    # Myanmar
    n(F6, "2024-01-15", "AA fighters captured a junta outpost near Paletwa (Chin State) after three days of clashes.",
      (AC, "Non-state actor overtakes territory"), [AA_MM, MIL_MM], PALETWA, 0, 50),
    n(F6, "2023-03-11", "junta soldiers burned about 200 houses in Thitpyugon village, Pale Township (Sagaing "
      "Region).", LOOT, [MIL_MM, CIV_MM], PALE_MM, 0, 50),
    n(F6, "2024-06-25", "TNLA and junta forces fought near Nawnghkio (Shan State) as the TNLA resumed its offensive.",
      AC, [TNLA_MM, MIL_MM], NAWNGHKIO, 0, 50),
    n(F6, "2023-10-09", "a junta airstrike hit a camp for displaced people near Laiza (Kachin State), killing 29.",
      AIR, [MIL_MM, CIV_MM], LAIZA, 29, 50),
    n(F6, "2022-12-02", "PDF fighters detonated mines under a military truck on the Monywa-Pale road (Sagaing Region), "
      "killing four soldiers.", IED, [PDF_MM, MIL_MM], MONYWA, 4, 50),
    n(F6, "2024-12-10", "KIA troops and the junta clashed for control of Bhamo town (Kachin State).", AC,
      [KIA_MM, MIL_MM], BHAMO),
    # Philippines
    n(F6, "2023-12-03", "a bomb exploded during a Catholic Mass at a university gym in Marawi (Lanao del Sur), "
      "killing four.", IED, [(UAG_PH, "Islamic State (Philippines)", DI), CIV_PH], MARAWI, 4),
    n(F6, "2024-01-25", "army troops clashed with NPA rebels in Sitio Kagbalo, Barangay Hinayagan, Catarman "
      "(Northern Samar); two rebels died.", AC, [PH_MIL, NPA], CATARMAN, 2),
    n(F6, "2023-05-14", "BIFF gunmen attacked a CAFGU detachment in Barangay Poblacion, Shariff Saydona Mustapha "
      "(Maguindanao del Sur).", AC, [BIFF, CAFGU], SAYDONA, 0, 50),
    n(F6, "2022-08-30", "jeepney drivers staged a protest caravan in Quezon City against the phase-out of their "
      "vehicles.", PEACE, ["Protesters (Philippines)"], QUEZON_CITY),
    n(F6, "2023-02-16", "unidentified gunmen shot dead a radio broadcaster outside his home in Calbayog City "
      "(Samar).", ATT, [UAG_PH, CIV_PH], CALBAYOG, 1),
    # Indonesia, Thailand, Papua New Guinea
    n(F6, "2023-04-15", "TPNPB fighters attacked soldiers searching for a hostage pilot in Mugi district (Nduga "
      "regency); five soldiers were killed.", ON_FORCES, [TPNPB, ID_MIL], KENYAM, 5, 150),  # unsure: the place
    n(F6, "2024-03-21", "students protesting the election results threw stones at police outside the election "
      "commission in Jakarta; police used tear gas.", (VD, PI, EXC), [(PROT_ID, "Rioters (Indonesia)"), ID_POL],
      JAKARTA),
    n(F6, "2023-09-07", "villagers on Rempang island (Batam, Riau Islands) clashed with police guarding land "
      "surveyors for an investment project; police fired tear gas.", (PI, VD, EXC),
      [(PROT_ID, "Rioters (Indonesia)"), (ID_POL, ID_MIL)], BATAM, 0, 50),
    n(F6, "2024-01-12", "insurgents shot dead a rubber tapper in Raman district (Yala).", ATT, [INSURG_TH, CIV_TH],
      RAMAN, 1, 50),
    n(F6, "2023-02-14", "pro-democracy activists rallied outside the Supreme Court in Bangkok demanding bail for two "
      "hunger strikers.", PEACE, ["Protesters (Thailand)"], BANGKOK),
    n(F6, "2024-01-10", "rioters looted shops and set fire to buildings in Port Moresby during a strike by police over "
      "pay cuts.", (VD, MOB, LOOT), ["Rioters (Papua New Guinea)"], PORT_MORESBY),
    n(F6, "2023-08-21", "tribal fighters attacked a village near Wapenamanda (Enga), killing five and burning "
      "houses.", (ATT, AC), [TRIBAL_PG, (CIV_PG, TRIBAL_PG)], WAPENAMANDA, 5, 50),
    # the Caucasus and Central Asia
    n(F6, "2024-03-04", "riot police detained 17 protesters who blocked Rustaveli Avenue in Tbilisi.", (ARR, PI),
      [GE_POL, PROT_GE], TBILISI),
    n(F6, "2024-05-27", "protesters blocked streets in Yerevan demanding the prime minister's resignation; police "
      "detained 150 of them.", (PI, ARR), [PROT_AM, "Police Forces of Armenia (2018-)"], YEREVAN),  # unsure: period
    n(F6, "2022-05-18", "residents of Khorog (Gorno-Badakhshan) rallied in the central square against the killing of "
      "a local man by security forces.", PEACE, ["Protesters (Tajikistan)"], KHOROG),
    # fresh7: the forty-fourth session's held-out group, written before any rule of that session
    # India
    n(F7, "2023-04-21", "militants fired on an army patrol near the Line of Control in Uri sector (Baramulla, Jammu "
      "and Kashmir), killing one soldier.", ON_FORCES, [KASH, MIL_IN], URI, 1),
    n(F7, "2022-10-04", "suspected militants lobbed a grenade at a CRPF bunker in the main market of Sopore "
      "(Baramulla), wounding two passers-by.", GREN, [KASH, (CRPF, CIV_IN)], SOPORE),
    n(F7, "2024-02-13", "armed miscreants fired at farmers working in paddy fields at Lamkhai village in Bishnupur "
      "district (Manipur), wounding one farmer.", ATT, [(UAG_IN, KUKI), CIV_IN], BISHNUPUR),
    n(F7, "2024-02-27", "Arambai Tenggol members abducted an additional superintendent of police from his residence "
      "in Imphal East (Manipur) and later released him.", ABD, [ARAMBAI, (POL_IN, CIV_IN)], IMPHAL),
    n(F7, "2024-04-30", "security forces killed ten Maoists in a day-long gunfight in the forests of Abujhmarh "
      "(Narayanpur district, Chhattisgarh).", AC, [(SECF_IN, DRG), MAO], NARAYANPUR, 10, 50),
    n(F7, "2023-06-08", "Maoists blew up a mobile phone tower in Tonto block of West Singhbhum district (Jharkhand).",
      (LOOT, IED), [MAO], CHAIBASA, 0, 50),
    n(F7, "2023-07-08", "TMC and BJP workers clashed with crude bombs during panchayat polling in Khejuri (Purba "
      "Medinipur, West Bengal); four were injured.", PARTY_CLASH, [(TMC, RIOT_IN), (BJP, RIOT_IN)], KHEJURI),
    n(F7, "2024-08-21", "junior doctors held a sit-in outside the health department headquarters in Kolkata demanding "
      "justice for a colleague raped and killed in a hospital.", PEACE, [PROT_IN], KOLKATA),
    n(F7, "2023-09-18", "a mob beat a young man to death in Shamli (Uttar Pradesh) on suspicion of theft.", MOB,
      [RIOT_IN, CIV_IN], SHAMLI, 1),
    n(F7, "2024-02-21", "Haryana police fired tear gas at farmers trying to march towards Delhi from the Khanauri "
      "border point (Sangrur, Punjab); one farmer died.", (PI, EXC), [PROT_IN, POL_IN], KHANAURI, 1),
    n(F7, "2023-03-02", "police shot dead an alleged drug peddler who tried to snatch a constable's rifle in Barpeta "
      "(Assam).", ATT, [POL_IN, CIV_IN], BARPETA, 1),
    n(F7, "2022-02-19", "suspected CPI(M) workers hacked an RSS worker to death near Mattannur (Kannur, Kerala).",
      PARTY_ATTACK, [CPIM, (RSS, CIV_IN)], MATTANNUR, 1),
    n(F7, "2023-09-01", "Maratha quota agitators pelted stones at police at Dhonsagaon village in Jalna district "
      "(Maharashtra); police used batons and tear gas.", (VD, PI), [(RIOT_IN, PROT_IN), POL_IN], JALNA, 0, 50),
    n(F7, "2024-12-17", "unidentified men hurled a grenade towards a police post in Gurdaspur (Punjab); no one was "
      "hurt.", GREN, [UAG_IN, POL_IN], GURDASPUR),
    n(F7, "2024-03-22", "AAP workers protested outside the BJP's headquarters in Delhi against the arrest of the chief "
      "minister; police detained dozens of them.", (PI, ARR), [(PROT_IN, AAP), POL_IN], DELHI),
    n(F7, "2023-11-23", "unidentified militants ambushed an Assam Rifles patrol in Longding district (Arunachal "
      "Pradesh); a rifleman was wounded.", AC, [UAG_IN, AR], LONGDING, 0, 50),
    n(F7, "2022-04-16", "a mob pelted stones at the old town police station in Hubballi (Karnataka) over a social "
      "media post; police fired tear gas.", (VD, MOB), [(RIOT_IN, PROT_IN), POL_IN], HUBBALLI),
    n(F7, "2024-08-16", "a crowd set vehicles on fire and vandalised shops in Udaipur (Rajasthan) after a schoolboy "
      "was stabbed by a classmate.", (VD, MOB), [RIOT_IN], UDAIPUR_RJ),
    # Pakistan
    n(F7, "2024-03-16", "TTP militants stormed a security post in Mir Ali (North Waziristan), killing seven soldiers.",
      AC, [TTP, MIL_PK], MIR_ALI, 7),
    n(F7, "2024-01-29", "BLA fighters attacked a Frontier Corps camp in Noshki (Balochistan); the army said four "
      "soldiers and nine attackers died.", AC, [BLA, FC], NOSHKI, 13),
    n(F7, "2023-10-13", "gunmen on a motorbike shot dead a polio vaccinator in Mamund tehsil (Bajaur).", ATT,
      [UAG_PK, CIV_PK], MAMUND, 1),
    n(F7, "2023-05-02", "a roadside bomb struck a police van in Bara tehsil (Khyber district), killing two "
      "constables.", IED, [(UAG_PK, TTP), POL_PK], BARA, 2),
    n(F7, "2023-03-14", "PTI supporters threw stones and petrol bombs at police who came to arrest Imran Khan at his "
      "residence in Lahore.", (VD, PI), [(RIOT_PK, PTI, PROT_PK), POL_PK], LAHORE),
    n(F7, "2024-08-28", "traders in Quetta kept their shops shut in a strike against higher electricity bills.",
      PEACE, [PROT_PK], QUETTA),
    n(F7, "2025-02-11", "Sindhi nationalists rallied outside the press club in Karachi against new canals on the "
      "Indus.", PEACE, [PROT_PK], KARACHI),
    n(F7, "2021-04-12", "police arrested 12 TLP workers in Sheikhupura (Punjab) after the party's leader was detained.",
      ARR, [POL_PK, (TLP, PROT_PK, CIV_PK)], SHEIKHUPURA),
    n(F7, "2024-11-21", "gunmen fired on a convoy of passenger vehicles near Bagan (Lower Kurram), killing 42 people.",
      ATT, [UAG_PK, CIV_PK], BAGAN, 42),
    # Bangladesh
    n(F7, "2023-10-28", "BNP and Awami League activists clashed with sticks in Sirajganj town, injuring 15.",
      PARTY_CLASH, [(BNP, RIOT_BD), (AL, RIOT_BD)], SIRAJGANJ),
    n(F7, "2024-07-16", "police fired rubber bullets at quota reform protesters near Begum Rokeya University in "
      "Rangpur, killing a student.", (EXC, PI), [PROT_BD, POL_BD], RANGPUR, 1),
    n(F7, "2022-06-05", "villagers beat a suspected cattle thief to death in Savar (Dhaka).", MOB, [RIOT_BD, CIV_BD],
      SAVAR, 1),
    n(F7, "2023-05-09", "RAB members arrested two suspected ARSA men at Kutupalong camp in Ukhia (Cox's Bazar).", ARR,
      [RAB, (ARSA, CIV_MM)], UKHIA),
    n(F7, "2023-11-05", "garment workers blocked the highway in Ashulia (Savar, Dhaka) demanding unpaid wages.",
      (PEACE, PI), [PROT_BD], ASHULIA),
    n(F7, "2024-08-10", "Hindu community members formed a human chain in Chattogram demanding protection after "
      "attacks on temples.", PEACE, [PROT_BD], CHITTAGONG),
    n(F7, "2023-11-06", "unidentified people set fire to a bus in Motijheel (Dhaka) during a BNP blockade.",
      (LOOT, VD), [(UAG_BD, RIOT_BD)], DHAKA),
    n(F7, "2025-02-18", "JCD and Chhatra Shibir students clashed at a university campus in Khulna, injuring 50.",
      PARTY_CLASH, [(JCD, RIOT_BD), (SHIBIR, RIOT_BD)], KHULNA),
    n(F7, "2022-09-20", "UPDF gunmen shot dead a PCJSS activist in Dighinala (Khagrachhari).", ATT,
      [UPDF, (PCJSS, CIV_BD)], DIGHINALA, 1),
    # Afghanistan
    n(F7, "2021-10-08", "an Islamic State suicide bomber struck a Shia mosque in Kunduz city during Friday prayers, "
      "killing 55.", SB, [IS_AF, CIV_AF], KUNDUZ, 55),
    n(F7, "2022-09-14", "Taliban forces fought NRF fighters in Dara district (Panjshir); two Taliban were killed.",
      AC, [NRF, (TAL_MIL, TAL)], BAZARAK, 2, 50),
    n(F7, "2022-08-13", "Taliban gunmen fired in the air to break up a women's march in Kabul.", (PI, EXC),
      [PROT_AF, (TAL_POL, TAL_MIL)], KABUL),
    n(F7, "2023-05-27", "Taliban and Iranian border guards exchanged fire near Zaranj (Nimruz); three were killed.",
      AC, [TAL_MIL, MIL_IR], ZARANJ, 3, 50),
    n(F7, "2022-11-02", "unidentified gunmen shot dead a former army officer in Kandahar city.", ATT,
      [UAG_AF, CIV_AF], KANDAHAR, 1),
    # Nepal, Sri Lanka
    n(F7, "2025-09-08", "young protesters forced their way into the parliament compound in Kathmandu; police opened "
      "fire, killing 19.", (EXC, VD, PI), [(PROT_NP, RIOT_NP), POL_NP], KATHMANDU, 19),
    n(F7, "2023-06-12", "teachers staged a sit-in in Biratnagar (Koshi Province) against a new education bill.",
      PEACE, [PROT_NP], BIRATNAGAR),
    n(F7, "2022-08-18", "police used tear gas and water cannon on university students marching in Colombo against the "
      "detention of their leaders.", (PI, EXC), [PROT_LK, POL_LK], COLOMBO),
    n(F7, "2024-02-23", "gunmen on a motorcycle shot dead a businessman in Hikkaduwa (Galle district).", ATT,
      [UAG_LK, CIV_LK], HIKKADUWA, 1),
    # Myanmar
    n(F7, "2024-03-02", "junta jets bombed a village in Kalay Township (Sagaing Region), killing eight civilians.",
      AIR, [MIL_MM, CIV_MM], KALAY, 8, 50),
    n(F7, "2024-04-09", "KNLA troops overran a junta battalion base near Myawaddy (Kayin State).",
      (AC, "Non-state actor overtakes territory"), [KNU, MIL_MM], MYAWADDY, 0, 50),
    n(F7, "2024-12-08", "the AA took control of Maungdaw town (Rakhine State) after seizing the last junta base there.",
      ("Non-state actor overtakes territory", AC), [AA_MM, MIL_MM], MAUNGDAW, 0, 50),
    n(F7, "2022-06-14", "junta soldiers arrested ten young men in Chanmyathazi township, Mandalay.", ARR,
      [MIL_MM, CIV_MM], MANDALAY),
    n(F7, "2023-07-19", "a landmine went off near Falam (Chin State), killing two civilians.", IED,
      [UAG_MM, CIV_MM], FALAM, 2, 50),
    n(F7, "2022-02-01", "residents of Yangon stayed home in a silent strike on the coup's anniversary.", PEACE,
      ["Protesters (Myanmar)"], YANGON),
    # Philippines
    n(F7, "2022-03-30", "NPA rebels ambushed army soldiers in Barangay Hilabaan, Las Navas (Northern Samar), killing "
      "one soldier.", AC, [NPA, PH_MIL], LAS_NAVAS, 1),
    n(F7, "2023-01-20", "Dawlah Islamiyah fighters clashed with army troops in Butig (Lanao del Sur).", AC,
      [DI, PH_MIL], BUTIG),
    n(F7, "2024-06-11", "unidentified gunmen shot dead a village chief in Datu Odin Sinsuat (Maguindanao del Norte).",
      ATT, [UAG_PH, CIV_PH], DATU_ODIN, 1),
    n(F7, "2024-05-15", "fishermen protested outside the Chinese consulate in Makati against harassment at sea.",
      PEACE, ["Protesters (Philippines)"], MAKATI),
    n(F7, "2022-12-06", "police arrested an Abu Sayyaf sub-leader in Zamboanga City.", ARR,
      [PH_POL, (ASG, CIV_PH)], ZAMBOANGA),
    # Indonesia, Thailand, Papua New Guinea
    n(F7, "2023-08-11", "TPNPB fighters shot dead a motorcycle taxi driver in Mulia (Puncak Jaya).", ATT,
      [TPNPB, CIV_ID], MULIA, 1),
    n(F7, "2025-03-20", "students rallied outside the parliament in Jakarta against a revision of the military law; "
      "police fired tear gas.", (PI, EXC), [PROT_ID, ID_POL], JAKARTA),
    n(F7, "2025-08-13", "protesters demanding the regent's resignation threw bottles and set a police car on fire in "
      "Pati (Central Java).", VD, [("Rioters (Indonesia)", PROT_ID)], PATI),
    n(F7, "2024-06-18", "a bomb exploded near a ranger base in Rueso district (Narathiwat), wounding two rangers.",
      IED, [INSURG_TH, TH_MIL], RUESO, 0, 50),
    n(F7, "2023-08-26", "activists rallied at the Democracy Monument in Bangkok against the new government.", PEACE,
      ["Protesters (Thailand)"], BANGKOK),
    n(F7, "2024-07-18", "tribal fighting in Wapenamanda district (Enga) left eight dead.", AC,
      [TRIBAL_PG, TRIBAL_PG], WAPENAMANDA, 8, 50),
    n(F7, "2023-10-03", "police shot dead two suspected robbers in Lae (Morobe).", ATT, [PG_POL, CIV_PG], LAE, 2),
    # the Caucasus and Central Asia
    n(F7, "2022-09-13", "Azerbaijani forces shelled Armenian positions near Goris (Syunik), killing several "
      "soldiers.", (SH, AC), [AZ_MIL, AM_MIL], GORIS, 0, 50),
    n(F7, "2024-12-01", "riot police used water cannon against pro-EU protesters on Rustaveli Avenue in Tbilisi.",
      (PI, EXC), [PROT_GE, GE_POL], TBILISI),
    n(F7, "2022-09-14", "Kyrgyz and Tajik border troops exchanged fire near Batken; two were killed.", AC,
      [KG_MIL, TJ_MIL], BATKEN, 2, 50),
    # fresh8: the forty-fifth session's held-out group, written before any rule of that session
    # India
    n(F8, "2024-05-04", "militants ambushed an air force convoy in Surankote area of Poonch district (Jammu and "
      "Kashmir), killing one airman.", ON_FORCES, [KASH, MIL_IN], SURANKOTE, 1),
    n(F8, "2023-08-05", "security forces and militants exchanged fire in the forests of Kulgam district; three soldiers "
      "were killed.", AC, [SECF_IN, KASH], KULGAM, 3, 50),
    n(F8, "2023-06-14", "armed men attacked Tuisenphai village in Kangpokpi district (Manipur), killing nine "
      "villagers.", ATT, [(UAG_IN, KUKI, MEITEI), CIV_IN], KANGPOKPI, 9, 50),
    n(F8, "2024-09-07", "suspected militants dropped bombs from a drone on houses in Nungthong village in Imphal West "
      "district (Manipur), killing a woman.", AIR, [(UAG_IN, KUKI), CIV_IN], IMPHAL, 1, 50),
    n(F8, "2025-01-06", "Maoists blew up a vehicle carrying DRG personnel with an IED near Kutru in Bijapur district "
      "(Chhattisgarh), killing nine.", IED, [MAO, (DRG, SECF_IN)], BIJAPUR, 9, 50),
    n(F8, "2022-11-10", "Maoists killed a villager they took for an informer of the police in Gangaloor area of "
      "Bijapur district.", ATT, [MAO, CIV_IN], BIJAPUR, 1, 50),
    n(F8, "2021-05-03", "BJP and TMC supporters clashed in Nanoor (Birbhum, West Bengal) after the assembly election "
      "results; one BJP worker died.", PARTY_CLASH, [(BJP, RIOT_IN), (TMC, RIOT_IN)], NANOOR, 1),
    n(F8, "2024-02-14", "farmers marched in Ludhiana (Punjab) demanding a legal guarantee for crop prices.", PEACE,
      [PROT_IN], LUDHIANA),
    n(F8, "2023-01-09", "ASHA workers staged a sit-in outside the district collectorate in Nashik (Maharashtra) "
      "demanding higher honorariums.", PEACE, [PROT_IN], NASHIK),
    n(F8, "2024-06-10", "police lathi-charged job aspirants protesting a recruitment exam leak in Patna.", (PI, EXC),
      [PROT_IN, POL_IN], PATNA),
    n(F8, "2022-06-10", "protesters pelted stones at police and set vehicles on fire in Ranchi (Jharkhand) over remarks "
      "about the Prophet; police opened fire, killing two.", (VD, PI, EXC), [(RIOT_IN, PROT_IN), POL_IN], RANCHI, 2),
    n(F8, "2023-07-31", "Hindu and Muslim mobs clashed during a religious procession in Nuh (Haryana); six people "
      "were killed.", (MOB, VD), [RIOT_IN, (RIOT_IN, CIV_IN)], NUH, 6),
    n(F8, "2023-04-07", "cow vigilantes beat a Muslim man to death in Mathura (Uttar Pradesh), accusing him of "
      "transporting beef.", MOB, [RIOT_IN, CIV_IN], MATHURA, 1),
    n(F8, "2024-11-24", "police fired on a crowd that pelted stones at a survey team outside a mosque in Sambhal "
      "(Uttar Pradesh); four people died.", (VD, PI, EXC), [(RIOT_IN, PROT_IN), POL_IN], SAMBHAL, 4),
    n(F8, "2022-12-09", "Indian and Chinese troops clashed with sticks at Yangtse in Tawang sector (Arunachal "
      "Pradesh).", AC, [MIL_IN, CHINA_MIL], TAWANG, 0, 50),  # unsure: China's period
    n(F8, "2021-09-23", "police opened fire on residents resisting an eviction drive at Dhalpur in Darrang district "
      "(Assam), killing two.", (EXC, ATT, PI), [(PROT_IN, CIV_IN), POL_IN], MANGALDOI, 2, 50),
    n(F8, "2023-02-22", "NIA officers arrested three suspected Khalistani operatives in Bathinda (Punjab).", ARR,
      [POL_IN, CIV_IN], BATHINDA),
    n(F8, "2021-12-04", "army commandos fired on a pickup truck carrying coal miners near Oting in Mon district "
      "(Nagaland), killing six.", ATT, [MIL_IN, CIV_IN], MON, 6, 50),
    # Pakistan
    n(F8, "2023-01-30", "a suicide bomber blew himself up in a mosque inside the police lines in Peshawar, killing 84 "
      "people.", SB, [(UAG_PK, TTP), (POL_PK, CIV_PK)], PESHAWAR, 84),
    n(F8, "2024-03-26", "BLA fighters attacked the naval air station in Turbat (Kech); four attackers were killed.",
      AC, [BLA, MIL_PK], TURBAT, 4),
    n(F8, "2023-07-12", "TTP militants attacked an army garrison in Zhob (Balochistan), killing nine soldiers; five "
      "attackers were also killed.", AC, [TTP, MIL_PK], ZHOB, 14),
    n(F8, "2024-08-15", "unidentified gunmen abducted two customs officials from the highway near Kalat "
      "(Balochistan).", ABD, [UAG_PK, (CIV_PK, POL_PK)], KALAT, 0, 50),
    n(F8, "2024-10-04", "police fired tear gas at PTI supporters marching towards Islamabad on the motorway near Attock "
      "(Punjab).", (PI, EXC), [(PTI, PROT_PK), POL_PK], ATTOCK, 0, 50),
    n(F8, "2022-08-26", "lawyers boycotted courts and rallied in Multan against the arrest of a colleague.", PEACE,
      [PROT_PK], MULTAN),
    n(F8, "2023-08-16", "a mob set fire to churches and Christian homes in Jaranwala (Faisalabad) after blasphemy "
      "allegations.", (MOB, LOOT, VD), [RIOT_PK], JARANWALA),
    n(F8, "2024-07-28", "Levies personnel repulsed an attack by militants on their checkpost in Mastung; one Levies "
      "man was killed.", AC, [(UAG_PK, BLA, BLF), LEVIES], MASTUNG, 1),
    n(F8, "2024-05-02", "a remote-controlled bomb struck a vehicle carrying peace committee members in Wana (South "
      "Waziristan), killing two.", IED, [(UAG_PK, TTP), CIV_PK], WANA, 2),
    # Bangladesh
    n(F8, "2024-08-05", "crowds stormed and torched the Awami League office in Narayanganj after the prime minister "
      "fled the country.", (VD, MOB, LOOT), [(RIOT_BD, PROT_BD)], NARAYANGANJ),
    n(F8, "2023-07-29", "BNP activists clashed with police at the Jatrabari entry point of Dhaka, torching a bus; "
      "police fired tear gas and rubber bullets.", (VD, PI, EXC), [(BNP, RIOT_BD, PROT_BD), POL_BD], DHAKA),
    n(F8, "2022-10-12", "AL and BNP supporters clashed with sticks and brickbats in Patiya upazila (Chattogram), "
      "injuring 20.", PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], PATIYA),
    n(F8, "2024-09-18", "a mob beat a young man to death inside a residence hall of Dhaka University on suspicion of "
      "theft.", MOB, [RIOT_BD, CIV_BD], DHAKA, 1),
    n(F8, "2023-03-07", "ARSA gunmen shot dead a Rohingya community leader at Balukhali camp in Ukhia (Cox's Bazar).",
      ATT, [ARSA, (CIV_MM, CIV_BD)], UKHIA, 1),
    n(F8, "2022-02-17", "BGB members arrested two drug traffickers with yaba pills in Teknaf (Cox's Bazar).", ARR,
      [BGB, CIV_BD], TEKNAF),
    n(F8, "2024-11-10", "garment workers demanding unpaid wages clashed with police in Gazipur; police fired tear "
      "gas.", (PI, VD, EXC), [(PROT_BD, RIOT_BD), POL_BD24], GAZIPUR),
    n(F8, "2023-12-05", "teachers formed a human chain in front of the press club in Sylhet demanding the "
      "nationalisation of their schools.", PEACE, [PROT_BD], SYLHET),
    n(F8, "2025-01-20", "unidentified miscreants hacked a BNP leader to death in Raozan upazila (Chattogram).", ATT,
      [UAG_BD, (BNP, CIV_BD)], RAOZAN, 1),
    # Afghanistan
    n(F8, "2022-04-21", "a bomb exploded in a Shia mosque in Mazar-i-Sharif during prayers, killing 31; the Islamic "
      "State claimed it.", (IED, SB), [IS_AF, CIV_AF], MAZAR, 31),
    n(F8, "2023-06-08", "a suicide car bomb hit a memorial service for the deputy governor in Faizabad (Badakhshan), "
      "killing 11; the Islamic State claimed it.", SB, [IS_AF, CIV_AF], FAIZABAD, 11),
    n(F8, "2022-06-20", "NRF fighters ambushed a Taliban convoy in Khinjan district (Baghlan), killing five Taliban.",
      AC, [NRF, (TAL_MIL, TAL)], KHINJAN, 5, 50),  # unsure: the district's seat
    n(F8, "2023-09-12", "Taliban police detained a group of women protesting in Kabul against the closure of beauty "
      "salons.", (ARR, PI), [(TAL_POL, TAL_MIL), PROT_AF], KABUL),
    n(F8, "2024-03-21", "a suicide bomber struck outside a bank in Kandahar city where Taliban soldiers were "
      "collecting salaries, killing 21.", SB, [(IS_AF, UAG_AF), (TAL_MIL, CIV_AF)], KANDAHAR, 21),
    # Nepal, Sri Lanka
    n(F8, "2023-12-29", "supporters of the monarchy marched in Kathmandu demanding its restoration; police fired tear "
      "gas.", (PI, EXC), [PROT_NP, POL_NP], KATHMANDU),
    n(F8, "2024-05-02", "a mob vandalised a police post in Parsa district after a detainee died in custody.",
      (MOB, VD, LOOT), [(RIOT_NP, PROT_NP)], BIRGUNJ, 0, 50),
    n(F8, "2022-05-09", "ruling party supporters attacked anti-government protesters at Galle Face in Colombo with "
      "clubs.", (MOB, ATT), [RIOT_LK, (PROT_LK, CIV_LK)], COLOMBO),
    n(F8, "2023-10-31", "Tamil fishermen staged a protest at the harbour in Point Pedro (Jaffna) against Indian "
      "trawlers.", PEACE, [PROT_LK], POINT_PEDRO),
    # Myanmar
    n(F8, "2024-01-21", "junta aircraft bombed Nantaw village in Tamu Township (Sagaing Region), killing 17 "
      "civilians.", AIR, [MIL_MM, CIV_MM], TAMU, 17, 50),
    n(F8, "2023-10-27", "MNDAA troops seized a junta base near Chinshwehaw (Shan State) as their offensive began.",
      (AC, "Non-state actor overtakes territory"), [MNDAA_MM, MIL_MM], CHINSHWEHAW, 0, 50),  # unsure: the point
    n(F8, "2022-10-23", "junta jets bombed a concert held by the KIO in Hpakant Township (Kachin State), killing about "
      "60 people.", AIR, [MIL_MM, (CIV_MM, KIA_MM)], HPAKANT, 60, 50),
    n(F8, "2023-05-03", "PDF fighters ambushed a junta column on the road near Kani (Sagaing Region), killing five "
      "soldiers.", AC, [PDF_MM, MIL_MM], KANI, 5, 50),
    n(F8, "2024-05-17", "junta troops arrested 20 men fleeing conscription at a checkpoint in Magway town.", ARR,
      [MIL_MM, CIV_MM], MAGWAY),
    n(F8, "2025-04-02", "KNDF fighters shelled a junta base in Demoso Township (Karenni State).", SH,
      [KNDF_MM, MIL_MM], DEMOSO, 0, 50),
    # Philippines
    n(F8, "2024-03-14", "NPA rebels and army troops clashed in Sitio Talusan, Barangay Kanlumo, Jaro (Leyte); two "
      "soldiers were killed.", AC, [PH_MIL, NPA], JARO_LEYTE, 2),
    n(F8, "2023-06-22", "Dawlah Islamiyah gunmen fired on a military detachment in Datu Hoffer (Maguindanao del Sur).",
      AC, [DI, PH_MIL], DATU_HOFFER, 0, 50),
    n(F8, "2024-10-15", "unidentified gunmen on a motorcycle shot dead a barangay councilor in Cotabato City.", ATT,
      [UAG_PH, CIV_PH], COTABATO_CITY, 1),
    n(F8, "2023-09-21", "activists marched to Mendiola in Manila on the anniversary of martial law.", PEACE,
      ["Protesters (Philippines)"], MANILA),
    n(F8, "2022-07-05", "police arrested a suspected NPA finance officer in Bacolod City (Negros Occidental).", ARR,
      [PH_POL, (NPA, CIV_PH)], BACOLOD),
    # Indonesia, Thailand, Papua New Guinea
    n(F8, "2024-02-16", "TPNPB fighters shot dead two soldiers at a post in Sugapa (Intan Jaya).", ON_FORCES,
      [TPNPB, ID_MIL], SUGAPA, 2, 50),
    n(F8, "2022-04-11", "students protesting a fuel price rise clashed with police outside the parliament in Jakarta; "
      "police fired tear gas.", (VD, PI, EXC), [(PROT_ID, "Rioters (Indonesia)"), ID_POL], JAKARTA),
    n(F8, "2024-08-22", "labourers and students rallied outside the regional parliament in Makassar against changes "
      "to the election law.", PEACE, [PROT_ID], MAKASSAR),
    n(F8, "2024-10-03", "insurgents detonated a bomb beside a road in Bacho district (Narathiwat) as a ranger patrol "
      "passed, wounding three rangers.", IED, [INSURG_TH, TH_MIL], BACHO_TH, 0, 50),
    n(F8, "2024-02-18", "tribal fighters ambushed a group of men near Wabag (Enga), killing 26.", (AC, ATT),
      [TRIBAL_PG, (TRIBAL_PG, CIV_PG)], WABAG, 26, 50),
    n(F8, "2023-07-08", "a crowd burned a police station in Goroka (Eastern Highlands) after a man died in custody.",
      (MOB, VD, LOOT), ["Rioters (Papua New Guinea)"], GOROKA_PG),
    # the Caucasus and Central Asia
    n(F8, "2024-04-30", "riot police dispersed protesters against the foreign agents bill outside parliament in "
      "Tbilisi with tear gas.", (PI, EXC), [PROT_GE, GE_POL], TBILISI),
    n(F8, "2023-09-20", "protesters clashed with police outside the government building in Yerevan over the fall of "
      "Nagorno-Karabakh; police used stun grenades.", (VD, PI, EXC), [(PROT_AM, RIOT_AM), POL_AM], YEREVAN),
    n(F8, "2022-01-05", "protesters stormed and set fire to the city administration building in Almaty.",
      (VD, LOOT, MOB), [(RIOT_KZ, "Protesters (Kazakhstan)")], ALMATY),
    # fresh9: the forty-sixth session's held-out group, written before any rule of that session
    # India
    n(F9, "2024-06-12", "militants fired on a joint party of police and army at Chattergala in Bhaderwah area of Doda "
      "district (Jammu and Kashmir), injuring two soldiers.", AC, [KASH, SECF_IN], BHADERWAH, 0, 50),
    n(F9, "2023-11-23", "two army officers and a militant were killed in an encounter at Dharmsal village in Kalakote "
      "area of Rajouri district (Jammu and Kashmir).", AC, [SECF_IN, KASH], KALAKOTE, 3),
    n(F9, "2024-01-18", "suspected Kuki militants fired on villagers working in the fields at Sengmai Khunou village "
      "in Bishnupur district (Manipur), injuring one.", ATT, [KUKI, CIV_IN], BISHNUPUR, 0, 50),
    n(F9, "2023-09-08", "Meitei and Kuki armed volunteers exchanged fire in the foothills near Lamdangbi in "
      "Churachandpur district (Manipur); one volunteer was killed.", AC, [MEITEI, KUKI], CHURACHANDPUR, 1, 50),
    n(F9, "2024-05-10", "security forces killed 12 Maoists in an encounter in the forests near Kormeta village under "
      "Gangaloor police station limits in Bijapur district (Chhattisgarh).", AC, [(DRG, SECF_IN), MAO], BIJAPUR,
      12, 50),
    n(F9, "2023-03-15", "Maoists torched three trucks and an excavator engaged in road construction near Tonto in "
      "West Singhbhum district (Jharkhand).", LOOT, [MAO, CIV_IN], CHAIBASA, 0, 50),
    n(F9, "2024-11-21", "Maoists killed a former sarpanch in Bhamragad area of Gadchiroli district (Maharashtra), "
      "accusing him of being a police informer.", ATT, [MAO, CIV_IN], BHAMRAGAD, 1),
    n(F9, "2023-06-13", "CPI(M) and TMC supporters clashed over panchayat poll nominations in Domkal (Murshidabad, West "
      "Bengal); crude bombs were hurled and five people were injured.", PARTY_CLASH,
      [(CPIM, RIOT_IN), (TMC, RIOT_IN)], DOMKAL),
    n(F9, "2022-04-16", "suspected RSS workers hacked an SDPI activist to death near Alappuzha (Kerala).", ATT,
      [(RSS, UAG_IN), (SDPI, CIV_IN)], ALAPPUZHA, 1),
    n(F9, "2024-02-13", "anganwadi workers held a demonstration outside the secretariat in Thiruvananthapuram "
      "demanding higher pay.", PEACE, [PROT_IN], TVM),
    n(F9, "2024-03-05", "police lathi-charged students protesting a question paper leak in Prayagraj (Uttar Pradesh).",
      (PI, EXC), [PROT_IN, POL_IN], PRAYAGRAJ),
    n(F9, "2023-08-27", "a mob beat to death a man suspected of child lifting in Dhelbagi village of Bokaro district "
      "(Jharkhand).", MOB, [RIOT_IN, CIV_IN], BOKARO, 1, 50),
    n(F9, "2023-03-30", "stones were pelted at a Ram Navami procession in Howrah (West Bengal) and shops and vehicles "
      "were set on fire.", (MOB, VD, LOOT), [RIOT_IN, (RIOT_IN, CIV_IN)], HOWRAH),
    n(F9, "2022-09-14", "BSF troops shot dead a suspected cattle smuggler on the border near Hili (Dakshin Dinajpur, "
      "West Bengal).", ATT, [BSF, (CIV_IN, CIV_BD)], HILI, 1),
    n(F9, "2023-10-02", "NSCN-IM cadres abducted a contractor from Khonsa in Tirap district (Arunachal Pradesh).", ABD,
      [NSCN_IM, CIV_IN], KHONSA),
    n(F9, "2024-08-15", "ULFA-I claimed a grenade attack on an army camp in Kakopathar (Tinsukia, Assam); no one was "
      "hurt.", GREN, [ULFA, MIL_IN], KAKOPATHAR),
    n(F9, "2024-12-13", "a grenade hurled by unidentified men went off outside a police post in Batala (Gurdaspur, "
      "Punjab), damaging its wall.", GREN, [UAG_IN, POL_IN], BATALA),
    # Pakistan
    n(F9, "2024-07-19", "TTP militants attacked a police station in Kulachi (Dera Ismail Khan) with heavy weapons; two "
      "policemen were killed.", AC, [TTP, POL_PK], KULACHI, 2),
    n(F9, "2023-04-11", "security forces killed six terrorists in an intelligence-based operation in Khaddi Khel area "
      "of Mir Ali tehsil (North Waziristan).", AC, [MIL_PK, (TTP, UAG_PK)], MIR_ALI, 6),
    n(F9, "2024-09-03", "an IED planted on a motorcycle exploded near a police van in Khar tehsil (Bajaur), killing "
      "two policemen.", IED, [(UAG_PK, TTP, IS_PK), POL_PK], KHAR, 2),
    n(F9, "2022-06-29", "BLA militants blew up a gas pipeline near Sui (Dera Bugti, Balochistan).", (IED, LOOT),
      [BLA], SUI, 0, 50),
    n(F9, "2024-10-11", "gunmen killed five labourers from Punjab at a construction site in Panjgur (Balochistan).",
      ATT, [(UAG_PK, BLA, BLF), CIV_PK], PANJGUR, 5),
    n(F9, "2023-05-09", "PTI workers protesting the arrest of Imran Khan set fire to the Radio Pakistan building in "
      "Peshawar; police fired tear gas.", (VD, PI, EXC, LOOT), [(PTI, RIOT_PK, PROT_PK), POL_PK], PESHAWAR),
    n(F9, "2023-08-28", "traders and residents rallied in Quetta against inflated electricity bills.", PEACE,
      [PROT_PK], QUETTA),
    n(F9, "2024-07-26", "Jamaat-e-Islami supporters staged a sit-in in Rawalpindi against power tariffs.", PEACE,
      [(PROT_PK, JI_PK)], RAWALPINDI),
    n(F9, "2024-06-20", "a mob lynched a man accused of blasphemy in Madyan (Swat) and burned his body.", MOB,
      [RIOT_PK, CIV_PK], MADYAN, 1),
    n(F9, "2024-04-18", "a suicide bomber blew himself up near a police checkpost in Tank (Khyber Pakhtunkhwa), "
      "killing three policemen and himself.", SB, [(TTP, UAG_PK), POL_PK], TANK, 4),
    n(F9, "2023-02-02", "unidentified gunmen on a motorcycle shot dead a religious scholar in Karachi - Orangi Town.",
      ATT, [UAG_PK, CIV_PK], KARACHI, 1),
    # Bangladesh
    n(F9, "2024-08-19", "BNP and Jamaat activists clashed over control of a bus stand in Sirajganj; 15 were "
      "injured.", PARTY_CLASH, [(BNP, RIOT_BD), JI_BD + (RIOT_BD,)], SIRAJGANJ),
    n(F9, "2024-07-16", "police fired rubber bullets at students demanding quota reform who blocked the highway at "
      "Savar (Dhaka).", (PI, EXC), [PROT_BD, POL_BD], SAVAR),
    n(F9, "2022-11-07", "a mob beat two suspected robbers to death in Kalihati upazila (Tangail).", MOB,
      [RIOT_BD, CIV_BD], TANGAIL, 2, 50),
    n(F9, "2023-02-26", "Chhatra Dal and Chhatra Shibir activists clashed on the Rajshahi University campus.",
      PARTY_CLASH, [(JCD, RIOT_BD), (SHIBIR, RIOT_BD)], RAJSHAHI),
    n(F9, "2022-03-08", "RAB members arrested a suspected JMB operative in Bogura.", ARR,
      [RAB, (CIV_BD, JMB)], BOGURA),
    n(F9, "2023-10-30", "garment workers demonstrated outside their factory in Ashulia demanding a wage rise.", PEACE,
      [PROT_BD], ASHULIA),
    n(F9, "2024-04-09", "ARSA and RSO members exchanged fire in a Rohingya camp in Ukhia (Cox's Bazar), killing a "
      "man.", AC, [ARSA, RSO], UKHIA, 1),
    # Afghanistan
    n(F9, "2022-12-07", "a bomb attached to a car exploded in the Dasht-e-Barchi area of Kabul, killing one person.",
      IED, [(IS_AF, UAG_AF), CIV_AF], KABUL, 1),
    n(F9, "2023-05-21", "NRF fighters attacked a Taliban checkpoint in Rukha district (Panjshir), killing two "
      "Taliban.", AC, [NRF, (TAL_MIL, TAL)], BAZARAK, 2, 50),
    n(F9, "2023-09-06", "Taliban forces and Pakistani troops exchanged fire at the Torkham crossing.", AC,
      [TAL_MIL, MIL_PK], TORKHAM),
    n(F9, "2024-01-10", "Taliban intelligence detained a university lecturer in Herat for criticising the "
      "authorities.", ARR, [(TAL_POL, TAL_MIL), CIV_AF], HERAT),
    n(F9, "2022-01-16", "women rallied in Mazar-i-Sharif demanding the right to work and study.", PEACE, [PROT_AF],
      MAZAR),
    # Nepal, Sri Lanka
    n(F9, "2022-11-22", "Nepali Congress and CPN-UML cadres clashed outside a vote counting centre in Dhangadhi.",
      PARTY_CLASH, [(NC_NP, RIOT_NP), RIOT_NP], DHANGADHI),
    n(F9, "2023-03-19", "Madhesi protesters clashed with police in Janakpur; police fired tear gas.", (VD, PI, EXC),
      [(PROT_NP, RIOT_NP), POL_NP], JANAKPUR),
    n(F9, "2023-02-27", "university students marched in Colombo against the education bill; police used water "
      "cannon.", (PI, EXC), [PROT_LK, POL_LK], COLOMBO),
    n(F9, "2021-05-13", "unidentified men set fire to a Muslim-owned shop in Kurunegala.", LOOT,
      [(UAG_LK, RIOT_LK), CIV_LK], KURUNEGALA),
    # Myanmar
    n(F9, "2024-03-11", "junta artillery shelled Kanthaya village in Pauk Township (Magway Region), killing three "
      "civilians.", SH, [MIL_MM, CIV_MM], PAUK, 3, 50),
    n(F9, "2023-07-04", "PDF fighters shot dead a junta-appointed ward administrator in Ayadaw Township (Sagaing "
      "Region).", ATT, [PDF_MM, CIV_MM], AYADAW, 1, 50),
    n(F9, "2024-02-08", "the Arakan Army clashed with junta troops near Kyaukphyu (Rakhine State).", AC,
      [AA_MM, MIL_MM], KYAUKPHYU),
    n(F9, "2024-06-22", "junta troops arrested 15 young men at a tea shop in Mandalay for avoiding conscription.", ARR,
      [MIL_MM, CIV_MM], MANDALAY),
    n(F9, "2023-12-02", "a landmine exploded on a road near Hpruso (Karenni State), killing a farmer.", IED,
      [(UAG_MM, MIL_MM), CIV_MM], HPRUSO, 1, 50),
    n(F9, "2024-07-03", "TNLA troops and junta forces fought in Kyaukme Township (Shan State).", AC,
      [TNLA_MM, MIL_MM], KYAUKME, 0, 50),
    n(F9, "2022-02-01", "residents staged a flash protest against the junta in Tamwe Township (Yangon).", PEACE,
      [PROT_MM], YANGON),
    # Philippines
    n(F9, "2023-04-25", "soldiers clashed with NPA rebels in Barangay Dalupan, Las Navas (Northern Samar); one rebel "
      "was killed.", AC, [PH_MIL, NPA], LAS_NAVAS, 1),
    n(F9, "2024-01-14", "BIFF gunmen harassed an army detachment in Shariff Saydona Mustapha (Maguindanao del Sur).",
      AC, [BIFF, PH_MIL], SAYDONA, 0, 50),
    n(F9, "2023-11-05", "unidentified gunmen shot dead a radio broadcaster in Calbayog City (Samar).", ATT,
      [UAG_PH, CIV_PH], CALBAYOG, 1),
    n(F9, "2022-08-17", "police killed a drug suspect who allegedly fought back during a buy-bust operation in "
      "Caloocan.", ATT, [PH_POL, CIV_PH], CALOOCAN, 1),
    n(F9, "2023-03-06", "transport workers rallied in Quezon City against the phaseout of jeepneys.", PEACE,
      [PROT_PH], QUEZON_CITY),
    # Indonesia, Thailand, Papua New Guinea
    n(F9, "2023-04-13", "TPNPB fighters burned a school building in Beoga (Puncak, Papua).", LOOT,
      [TPNPB, CIV_ID], BEOGA, 0, 50),
    n(F9, "2024-08-23", "Papuan students protesting in Jayapura clashed with police, who fired tear gas.",
      (VD, PI, EXC), [(PROT_ID, RIOT_ID), ID_POL], JAYAPURA),
    n(F9, "2023-08-28", "a bomb hidden in a motorcycle exploded outside a police station in Yala, wounding four "
      "officers.", IED, [INSURG_TH, (TH_POL, TH_MIL)], (6.54, 101.28)),
    n(F9, "2024-05-18", "fighting between two clans in Tari (Hela) left five men dead.", AC,
      [TRIBAL_PG, TRIBAL_PG], TARI, 5, 50),
    # the Caucasus
    n(F9, "2023-04-11", "Azerbaijani forces fired on Armenian positions near Tegh (Syunik), killing four soldiers.", AC,
      [AZ_MIL, AM_MIL], TEGH, 4, 50),
    n(F9, "2024-12-01", "police detained dozens of protesters at a rally in Tbilisi against the suspension of EU "
      "accession talks.", (ARR, PI), [GE_POL, PROT_GE], TBILISI),
    n(F9, "2024-05-26", "opposition supporters rallied in Yerevan demanding the prime minister's resignation.", PEACE,
      [PROT_AM], YEREVAN),
    # fresh10: the forty-seventh session's held-out group, written before any rule of that session
    # India
    n(F10, "2024-09-14", "an encounter broke out between security forces and militants at a village in Kulgam district "
      "(Jammu and Kashmir); two militants were killed.", AC, [SECF_IN, KASH], KULGAM, 2, 50),
    n(F10, "2024-07-08", "militants ambushed an army vehicle in Billawar area of Kathua district (Jammu and Kashmir), "
      "killing five soldiers.", AC, [KASH, MIL_IN], (BILLAWAR, KATHUA), 5, 50),
    n(F10, "2024-09-01", "suspected Kuki militants dropped bombs from a drone on Kharamlok village in Imphal West "
      "district (Manipur), killing a woman.", AIR, [KUKI, CIV_IN], IMPHAL, 1, 50),
    n(F10, "2024-11-16", "Meitei protesters angry over the killing of six abducted people clashed with security forces "
      "in Imphal; police fired tear gas.", (VD, PI, EXC), [(PROT_IN, RIOT_IN), SECF_IN], IMPHAL),
    n(F10, "2023-02-11", "Maoists killed two villagers in Narayanpur district (Chhattisgarh), branding them police "
      "informers.", ATT, [MAO, CIV_IN], NARAYANPUR, 2, 50),
    n(F10, "2025-01-06", "an IED planted by Maoists blew up a vehicle carrying DRG jawans near Kutru in Bijapur district "
      "(Chhattisgarh), killing eight jawans and the driver.", IED, [MAO, (DRG, SECF_IN)], BIJAPUR, 9, 50),
    n(F10, "2022-04-03", "security forces killed a Maoist area commander in an encounter in the forests of Latehar "
      "district (Jharkhand).", AC, [SECF_IN, MAO], LATEHAR, 1, 50),
    n(F10, "2024-02-29", "BJP and TMC workers clashed in Sandeshkhali (North 24 Parganas, West Bengal) and several "
      "were injured.", PARTY_CLASH, [(BJP, RIOT_IN), (TMC, RIOT_IN)], (SANDESHKHALI, BASIRHAT), 0, 50),
    n(F10, "2024-08-14", "junior doctors marched through Kolkata demanding justice for a colleague murdered at a "
      "hospital.", PEACE, [PROT_IN], KOLKATA),
    n(F10, "2023-06-02", "Assam police shot dead a suspected drug peddler who allegedly tried to flee custody in "
      "Nagaon.", ATT, [POL_IN, CIV_IN], NAGAON, 1),
    n(F10, "2024-01-26", "farmers held a tractor rally in Sangrur (Punjab) demanding a legal guarantee of crop "
      "prices.", PEACE, [PROT_IN], SANGRUR),
    n(F10, "2024-10-13", "communal clashes broke out during an idol immersion procession in Bahraich (Uttar Pradesh); "
      "a youth was shot dead and shops were set ablaze.", (MOB, VD, LOOT), [RIOT_IN, (RIOT_IN, CIV_IN)], BAHRAICH, 1),
    n(F10, "2024-03-22", "police detained AAP workers protesting the arrest of the chief minister outside the BJP "
      "headquarters in New Delhi.", (ARR, PI), [(PROT_IN, AAP), POL_IN], DELHI),
    n(F10, "2022-02-20", "unidentified men hacked a Bajrang Dal activist to death in Shivamogga (Karnataka).", ATT,
      [UAG_IN, CIV_IN], SHIVAMOGGA, 1),
    n(F10, "2023-05-17", "suspected NSCN-IM cadres ambushed an Assam Rifles patrol in Changlang district (Arunachal "
      "Pradesh); no casualties were reported.", AC, [(NSCN_IM, UAG_IN), AR], CHANGLANG, 0, 50),
    n(F10, "2024-07-01", "fishermen protested in Rameswaram (Tamil Nadu) against the arrest of their colleagues by the "
      "Sri Lankan navy.", PEACE, [PROT_IN], RAMESWARAM),
    n(F10, "2022-10-09", "a mob thrashed two men suspected of cattle theft in Alwar (Rajasthan); one of them died in "
      "hospital.", MOB, [RIOT_IN, CIV_IN], ALWAR, 1),
    # Pakistan
    n(F10, "2024-10-25", "TTP militants attacked a police check post in Lakki Marwat, killing three policemen.", AC,
      [TTP, POL_PK], LAKKI, 3),
    n(F10, "2024-05-16", "security forces killed four militants in an intelligence-based operation in Datta Khel "
      "(North Waziristan).", AC, [MIL_PK, (TTP, UAG_PK)], DATTA_KHEL, 4),
    n(F10, "2024-08-26", "BLA militants stopped vehicles on the highway in Musakhel district (Balochistan) and shot dead "
      "23 passengers after checking their identity cards.", ATT, [BLA, CIV_PK], MUSAKHEL, 23, 50),
    n(F10, "2023-11-03", "a roadside bomb struck a Frontier Corps vehicle in Kech district (Balochistan), killing two "
      "soldiers.", IED, [(BLF, BLA, UAG_PK), FC], TURBAT, 2, 50),
    n(F10, "2024-01-08", "gunmen shot dead a polio vaccinator in Bajaur district (Khyber Pakhtunkhwa).", ATT,
      [UAG_PK, CIV_PK], KHAR, 1, 50),
    n(F10, "2023-08-14", "dacoits attacked a police picket in the riverine area of Kashmore (Sindh), killing two "
      "policemen.", AC, [GANG_PK, POL_PK], KASHMORE, 2),
    n(F10, "2024-10-22", "lawyers boycotted the courts and rallied in Lahore against the constitutional amendment.",
      PEACE, [PROT_PK], LAHORE),
    n(F10, "2024-07-28", "police baton-charged BYC supporters at a sit-in in Karachi and detained dozens of them.",
      (PI, ARR, EXC), [(PROT_PK, BYC), POL_PK], KARACHI),
    n(F10, "2023-10-12", "TLP workers clashed with police in Muridke (Punjab); several policemen were injured.", VD,
      [(TLP, RIOT_PK, PROT_PK), POL_PK], MURIDKE),
    n(F10, "2024-05-25", "a mob attacked a Christian man accused of blasphemy in Sargodha and set his workshop on "
      "fire.", MOB, [RIOT_PK, CIV_PK], SARGODHA),
    n(F10, "2024-03-16", "a suicide bomber rammed an explosives-laden vehicle into a military convoy in Bannu, killing "
      "five soldiers and himself.", SB, [(TTP, UAG_PK), MIL_PK], BANNU, 6),
    n(F10, "2024-05-13", "Rangers opened fire on protesters who clashed with them in Muzaffarabad, killing three.",
      (VD, EXC), [(PROT_PK, RIOT_PK), RANGERS], MUZAFFARABAD, 3),
    # Bangladesh
    n(F10, "2023-07-19", "Awami League and BNP supporters clashed in Feni; one man was shot dead.", PARTY_CLASH,
      [(AL, RIOT_BD), (BNP, RIOT_BD)], FENI, 1),
    n(F10, "2022-12-07", "police fired tear gas and rubber bullets at BNP activists gathered in Dhaka's Naya Paltan.",
      (PI, EXC), [(PROT_BD, BNP), POL_BD], DHAKA),
    n(F10, "2024-09-18", "students beat to death a youth accused of stealing phones in a residential hall of Dhaka "
      "University.",
      MOB, [RIOT_BD, CIV_BD], DHAKA, 1),
    n(F10, "2023-03-05", "ARSA members abducted two Rohingya men from a camp in Ukhia (Cox's Bazar).", ABD,
      [ARSA, CIV_MM], UKHIA),
    n(F10, "2022-06-11", "PCJSS and UPDF members exchanged fire in Baghaichhari (Rangamati); two were killed.", AC,
      [PCJSS, UPDF], BAGHAICHHARI, 2),
    n(F10, "2024-10-21", "police charged with batons at students demanding justice for a murdered classmate in "
      "Sylhet.", (PI, EXC), [PROT_BD, POL_BD24], SYLHET),
    n(F10, "2024-11-27", "Hindu community members formed a human chain in Chittagong against the arrest of a monk.",
      PEACE, [PROT_BD], CHITTAGONG),
    # Afghanistan
    n(F10, "2023-06-08", "the Islamic State claimed a suicide bombing at a mosque in Pul-i-Khumri (Baghlan), which "
      "killed seven worshippers and the bomber.", SB, [IS_AF, CIV_AF], PULI_KHUMRI, 8),
    n(F10, "2022-05-12", "Taliban forces clashed with NRF fighters in Andarab district (Baghlan); three Taliban were "
      "killed.", AC, [(TAL_MIL, TAL), NRF], ANDARAB, 3, 50),
    n(F10, "2023-01-19", "unidentified gunmen shot dead a former army officer in Kandahar city.", ATT,
      [UAG_AF, CIV_AF], KANDAHAR, 1),
    n(F10, "2024-12-24", "Pakistani jets struck suspected TTP hideouts in Barmal district (Paktika), killing eight "
      "people.", AIR, [MIL_PK, CIV_AF], BARMAL, 8, 50),
    n(F10, "2022-08-13", "Taliban fighters fired into the air to disperse women marching in Kabul for the right to "
      "education.", (PI, EXC), [PROT_AF, (TAL_POL, TAL_MIL)], KABUL),
    # Nepal, Sri Lanka
    n(F10, "2025-03-28", "royalist protesters clashed with police in Tinkune, Kathmandu, torching houses and vehicles; "
      "two people were killed.", VD, [(PROT_NP, RIOT_NP, RPP), POL_NP], KATHMANDU, 2),
    n(F10, "2023-07-10", "Madhesi activists staged a sit-in at the district administration office in Birgunj.", PEACE,
      [PROT_NP], BIRGUNJ),
    n(F10, "2023-09-05", "families of the disappeared demonstrated in Kilinochchi during a minister's visit.", PEACE,
      [PROT_LK], KILINOCHCHI),
    n(F10, "2024-02-18", "a gunman shot dead a man in Kotahena, Colombo, in what police described as a gang feud.",
      ATT, [(UAG_LK, "Unidentified Gang (Sri Lanka)"), CIV_LK], COLOMBO, 1),
    # Myanmar
    n(F10, "2024-04-09", "a junta airstrike hit a monastery sheltering displaced people in Shwebo Township (Sagaing "
      "Region), killing eleven.", AIR, [MIL_MM, CIV_MM], SHWEBO, 11, 50),
    n(F10, "2024-11-20", "the KIA attacked junta positions in Bhamo (Kachin State).", AC, [KIA_MM, MIL_MM], BHAMO),
    n(F10, "2024-05-18", "the Arakan Army overran a junta battalion base in Buthidaung (Rakhine State) after days of "
      "fighting.", AC, [AA_MM, MIL_MM], BUTHIDAUNG),
    n(F10, "2023-10-02", "a landmine exploded near a village in Dawei Township (Tanintharyi Region), killing two "
      "villagers.", IED, [(UAG_MM, MIL_MM), CIV_MM], DAWEI, 2, 50),
    n(F10, "2024-04-11", "KNLA fighters and junta troops fought near Myawaddy (Kayin State).", AC, [KNU, MIL_MM],
      MYAWADDY),
    n(F10, "2023-05-26", "junta troops torched dozens of houses in Kani Township (Sagaing Region).", LOOT,
      [MIL_MM, CIV_MM], KANI, 0, 50),
    n(F10, "2022-03-27", "students staged a flash strike against the junta in Mandalay.", PEACE, [PROT_MM], MANDALAY),
    # Philippines
    n(F10, "2022-06-24", "army troops clashed with Abu Sayyaf remnants in Patikul (Sulu).", AC, [PH_MIL, ASG],
      PATIKUL),
    n(F10, "2023-10-17", "soldiers and NPA rebels clashed in Himamaylan City (Negros Occidental); two rebels were "
      "killed.", AC, [PH_MIL, NPA], HIMAMAYLAN, 2),
    n(F10, "2024-03-04", "gunmen on a motorcycle shot dead a barangay chairman in Datu Piang (Maguindanao del Sur).",
      ATT, [UAG_PH, CIV_PH], DATU_PIANG, 1),
    n(F10, "2023-02-16", "Dawlah Islamiyah militants clashed with soldiers in Munai (Lanao del Norte).", AC,
      [DI, PH_MIL], MUNAI),
    n(F10, "2023-09-21", "activists marched in Manila against the government's confidential funds.", PEACE,
      [PROT_PH], MANILA),
    # Indonesia, Thailand, Papua New Guinea
    n(F10, "2023-08-04", "TPNPB fighters shot dead two construction workers in Intan Jaya (Central Papua).", ATT,
      [TPNPB, CIV_ID], SUGAPA, 2, 50),
    n(F10, "2024-08-22", "students protesting changes to the regional elections law clashed with police in Makassar, "
      "who fired tear gas.", (VD, PI, EXC), [(PROT_ID, RIOT_ID), ID_POL], MAKASSAR),
    n(F10, "2023-12-06", "insurgents set off a bomb against a ranger patrol in Rangae district (Narathiwat), wounding "
      "three rangers.", IED, [INSURG_TH, (TH_MIL, TH_POL)], RANGAE, 0, 50),
    n(F10, "2024-02-18", "tribal fighters ambushed and killed ten men near Wabag (Enga).", (ATT, AC),
      [TRIBAL_PG, (CIV_PG,) + TRIBAL_PG], WABAG, 10, 50),
    # the Caucasus
    n(F10, "2024-12-02", "police used water cannon and pepper spray on protesters outside parliament in Tbilisi.",
      (PI, EXC), [PROT_GE, GE_POL], TBILISI),
    n(F10, "2023-11-14", "residents rallied in Gyumri against rising utility prices.", PEACE, [PROT_AM], GYUMRI),
    # fresh11: the forty-eighth session's held-out group, written before any rule of that session
    # India
    n(F11, "2024-09-28", "security forces killed two militants in an encounter at Chatroo in Kishtwar district (Jammu "
      "and Kashmir).", AC, [SECF_IN, KASH], KISHTWAR, 2, 50),
    n(F11, "2024-10-20", "militants opened fire on workers of a tunnel project at Gagangir in Ganderbal district (Jammu "
      "and Kashmir), killing seven of them.", ATT, [(KASH, UAG_IN), CIV_IN], GANDERBAL, 7, 50),
    n(F11, "2024-06-08", "unidentified armed men torched several houses at an abandoned village in Jiribam district "
      "(Manipur).", LOOT, [UAG_IN, CIV_IN], JIRIBAM, 0, 50),
    n(F11, "2023-09-08", "Kuki and Meitei village volunteers exchanged fire in the foothills of Bishnupur district "
      "(Manipur); one volunteer was killed.", AC, [KUKI, MEITEI], BISHNUPUR, 1, 50),
    n(F11, "2023-04-15", "Maoists set ablaze three trucks engaged in road construction near Jagargunda in Sukma "
      "district (Chhattisgarh).", LOOT, [MAO, CIV_IN], SUKMA, 0, 50),
    n(F11, "2024-06-15", "a DRG jawan was killed in an exchange of fire with Maoists in the Abujhmarh forests of "
      "Narayanpur district (Chhattisgarh).", AC, [(DRG, SECF_IN), MAO], NARAYANPUR, 1, 50),
    n(F11, "2023-05-21", "C-60 commandos of the Maharashtra police killed three Maoists in an encounter in the forests "
      "of Dhanora tehsil (Gadchiroli).", AC, [POL_IN, MAO], GADCHIROLI, 3, 50),
    n(F11, "2023-02-09", "TMC and ISF supporters clashed in Bhangar (South 24 Parganas, West Bengal); three people "
      "were injured.", PARTY_CLASH, [(TMC, RIOT_IN), (ISF, RIOT_IN)], BHANGAR),
    n(F11, "2024-06-06", "BJP supporters ransacked a TMC party office in Dinhata (Cooch Behar, West Bengal).",
      (MOB, LOOT), [(BJP, RIOT_IN), (TMC, CIV_IN, RIOT_IN)], DINHATA),
    n(F11, "2024-07-30", "contractual nurses protested outside the health directorate in Bhubaneswar demanding "
      "regular jobs.", PEACE, [PROT_IN], BHUBANESWAR),
    n(F11, "2024-01-11", "police lathi-charged job aspirants protesting against a question paper leak in Patna.",
      (PI, EXC), [PROT_IN, POL_IN], PATNA),
    n(F11, "2023-08-27", "cow vigilantes beat a truck driver to death near Palwal (Haryana) on suspicion of cattle "
      "smuggling.", MOB, [RIOT_IN, CIV_IN], PALWAL, 1),
    n(F11, "2023-03-30", "Hindu and Muslim groups pelted stones at each other during a Ram Navami procession in Howrah "
      "(West Bengal).", MOB, [RIOT_IN, RIOT_IN], HOWRAH),
    n(F11, "2024-10-01", "farmers staged a sit-in outside the deputy commissioner's office in Bathinda over delays in "
      "paddy procurement.", PEACE, [PROT_IN], BATHINDA),
    n(F11, "2023-10-15", "ULFA-I claimed a grenade blast near an army camp in Kakopathar (Tinsukia, Assam); no one was "
      "injured.", GREN, [ULFA, MIL_IN], KAKOPATHAR),
    n(F11, "2022-05-04", "suspected CPI(M) workers hacked an RSS activist to death in Thalassery (Kannur, Kerala).",
      PARTY_ATTACK, [(CPIM, RIOT_IN, UAG_IN), (CIV_IN, RSS)], THALASSERY, 1),
    n(F11, "2022-06-27", "Congress workers demonstrated in Bengaluru against the rise in fuel prices.", PEACE,
      [(PROT_IN, INC)], BENGALURU),
    # Pakistan
    n(F11, "2024-02-05", "TTP militants stormed a Frontier Corps post in Tank district (Khyber Pakhtunkhwa); two "
      "soldiers and four attackers were killed.", AC, [TTP, FC], TANK, 6, 50),
    n(F11, "2023-12-19", "unidentified gunmen shot dead a JUI-F leader outside his home in Dera Ismail Khan.", ATT,
      [UAG_PK, CIV_PK], DI_KHAN, 1),
    n(F11, "2024-04-02", "a remote-controlled bomb struck a police van in the Sariab area of Quetta, wounding five "
      "policemen.", IED, [(UAG_PK, BLA, BLF), POL_PK], QUETTA),
    n(F11, "2024-01-29", "BLF militants set fire to a bank branch in Panjgur (Balochistan).", LOOT,
      [BLF, CIV_PK], PANJGUR),
    n(F11, "2024-04-25", "security forces foiled an infiltration attempt from Afghanistan in the Sambaza area of Zhob "
      "district, killing seven militants.", AC, [MIL_PK, (TTP, UAG_PK)], ZHOB, 7, 50),
    n(F11, "2024-07-27", "tribesmen of two sects exchanged fire over a land dispute in Kurram district (Khyber "
      "Pakhtunkhwa); eleven people were killed.", AC, [TRIBAL_PK, TRIBAL_PK], PARACHINAR, 11, 50),
    n(F11, "2024-10-05", "PTI workers marching for Imran Khan's release clashed with police in Islamabad, who fired "
      "tear gas.", (VD, PI, EXC), [(PROT_PK, RIOT_PK, PTI), POL_PK], ISLAMABAD),
    n(F11, "2023-08-28", "traders kept their shops shut in Peshawar against inflated electricity bills.", PEACE,
      [PROT_PK], PESHAWAR),
    n(F11, "2021-12-03", "a mob tortured to death a factory manager accused of blasphemy in Sialkot (Punjab) and burnt "
      "his body.", MOB, [RIOT_PK, CIV_PK], SIALKOT, 1),
    n(F11, "2023-09-14", "dacoits abducted three men from the riverine area of Shikarpur district (Sindh).", ABD,
      [GANG_PK, CIV_PK], SHIKARPUR, 0, 50),
    n(F11, "2024-07-26", "police arrested twenty BYC activists in Quetta ahead of a rally.", ARR,
      [POL_PK, (PROT_PK, CIV_PK, BYC)], QUETTA),
    n(F11, "2024-03-26", "a suicide bomber rammed his car into a vehicle carrying Chinese engineers near Besham "
      "(Shangla), killing five of them and their driver.", SB, [(TTP, UAG_PK), CIV_CN], BESHAM, 6),
    # Bangladesh
    n(F11, "2023-05-17", "AL and BNP activists clashed over control of a bus stand in Narayanganj; ten people were "
      "injured.", PARTY_CLASH, [(AL, RIOT_BD), (BNP, RIOT_BD)], NARAYANGANJ),
    n(F11, "2023-07-12", "teachers of non-government schools formed a human chain in front of the National Press Club "
      "in Dhaka demanding nationalisation.", PEACE, [PROT_BD], DHAKA),
    n(F11, "2023-02-20", "a mob beat to death a man suspected of mugging in Keraniganj (Dhaka).", MOB,
      [RIOT_BD, CIV_BD], KERANIGANJ, 1),
    n(F11, "2022-03-08", "RAB members killed a suspected robber in a gunfight in Teknaf (Cox's Bazar).", (ATT, AC),
      [RAB, CIV_BD], TEKNAF, 1),
    n(F11, "2023-01-22", "BSF troops shot dead a Bangladeshi youth at the border in Lalmonirhat.", ATT,
      [BSF, CIV_BD], LALMONIRHAT, 1),
    n(F11, "2022-10-11", "JCD and Shibir activists fought with sticks at Rajshahi University; fifteen were injured.",
      MOB, [(JCD, RIOT_BD), (SHIBIR, RIOT_BD)], RAJSHAHI),
    # Afghanistan
    n(F11, "2022-04-22", "an explosion inside a mosque in Kunduz city killed five worshippers; no group claimed it.",
      (IED, SB), [(UAG_AF, IS_AF), CIV_AF], KUNDUZ, 5),
    n(F11, "2022-09-11", "Taliban intelligence forces raided an Islamic State hideout in Jalalabad, killing two "
      "militants.", AC, [(TAL_POL, TAL_MIL), IS_AF], JALALABAD, 2),
    n(F11, "2023-03-02", "Taliban forces detained a local journalist in Herat.", ARR,
      [(TAL_POL, TAL_MIL), CIV_AF], HERAT),
    n(F11, "2022-11-29", "unidentified gunmen shot dead a Hazara shopkeeper in Mazar-i-Sharif.", ATT,
      [UAG_AF, CIV_AF], MAZAR, 1),
    n(F11, "2023-01-04", "women held an indoor protest in Kabul against the ban on university education for girls.",
      PEACE, [PROT_AF], KABUL),
    # Nepal, Sri Lanka
    n(F11, "2023-05-30", "locals vandalised a police post in Rajbiraj after a youth died in custody; police fired tear "
      "gas.", (VD, PI), [(RIOT_NP, PROT_NP), POL_NP], RAJBIRAJ),
    n(F11, "2023-09-19", "teachers staged a sit-in at Maitighar in Kathmandu demanding a new education act.", PEACE,
      [PROT_NP], KATHMANDU),
    n(F11, "2024-02-10", "the navy arrested twelve Indian fishermen for poaching off Delft island (Jaffna).", ARR,
      [MIL_LK, ("Civilians (India)", CIV_LK)], JAFFNA, 0, 50),
    n(F11, "2022-11-02", "police fired tear gas and water cannon at university students marching in Colombo against "
      "fee hikes.", (PI, EXC), [PROT_LK, POL_LK], COLOMBO),
    # Myanmar
    n(F11, "2023-09-24", "junta aircraft bombed a village in Kyauktaw Township (Rakhine State), killing four "
      "civilians.", AIR, [MIL_MM, CIV_MM], KYAUKTAW, 4, 50),
    n(F11, "2023-11-07", "PDF fighters attacked a police station in Kalay Township (Sagaing Region).", AC,
      [PDF_MM, MIL_MM_POL], KALAY, 0, 50),
    n(F11, "2024-01-16", "KNDF and junta troops clashed in Demoso Township (Karenni State).", AC, [KNDF_MM, MIL_MM],
      DEMOSO, 0, 50),
    n(F11, "2022-08-30", "junta soldiers arrested a monk and three villagers in Monywa (Sagaing Region).", ARR,
      [MIL_MM, CIV_MM], MONYWA),
    n(F11, "2024-07-12", "MNDAA fighters and junta troops fought inside Lashio (Shan State).", AC,
      [MNDAA_MM, MIL_MM], LASHIO),
    n(F11, "2023-06-19", "a landmine blast wounded two children in Falam Township (Chin State).", IED,
      [(UAG_MM, MIL_MM), CIV_MM], FALAM, 0, 50),
    n(F11, "2024-02-14", "the Arakan Army shelled junta positions in Sittwe (Rakhine State).", SH, [AA_MM, MIL_MM],
      SITTWE),
    # Philippines
    n(F11, "2023-05-03", "NPA rebels ambushed an army patrol in Catubig (Northern Samar), killing a soldier.", AC,
      [NPA, PH_MIL], CATUBIG, 1),
    n(F11, "2022-09-23", "police shot dead a suspected drug dealer during a buy-bust operation in Tondo, Manila.", ATT,
      [PH_POL, CIV_PH], MANILA, 1),
    n(F11, "2023-07-18", "gunmen ambushed a municipal councilor in Shariff Aguak (Maguindanao del Sur), killing him and "
      "his bodyguard.", ATT, [UAG_PH, CIV_PH], SHARIFF_AGUAK, 2),
    n(F11, "2024-03-07", "soldiers clashed with Dawlah Islamiyah members in Butig (Lanao del Sur); four militants were "
      "killed.", AC, [PH_MIL, DI], BUTIG, 4),
    n(F11, "2023-10-21", "farmers marched to the agrarian reform department in Quezon City demanding land "
      "distribution.", PEACE, [PROT_PH], QUEZON_CITY),
    # Indonesia, Thailand, Papua New Guinea
    n(F11, "2023-10-16", "TPNPB fighters shot dead a motorcycle taxi driver in Ilaga (Puncak, Central Papua).", ATT,
      [TPNPB, CIV_ID], ILAGA, 1),
    n(F11, "2024-08-26", "students threw stones at the regional parliament in Semarang; police fired tear gas.",
      (VD, PI, EXC), [(PROT_ID, RIOT_ID), ID_POL], SEMARANG),
    n(F11, "2023-11-09", "insurgents shot dead a village headman in Sai Buri district (Pattani).", ATT,
      [INSURG_TH, CIV_TH], SAI_BURI, 1, 50),
    n(F11, "2024-05-02", "fighting between two clans near Mendi (Southern Highlands) left three men dead.", AC,
      [TRIBAL_PG, TRIBAL_PG], MENDI, 3, 50),
    # the Caucasus
    n(F11, "2024-06-12", "police detained dozens of opposition protesters in Yerevan.", (ARR, PI),
      [POL_AM, PROT_AM], YEREVAN),
    n(F11, "2024-04-20", "residents rallied in Zugdidi against the foreign agents bill.", PEACE, [PROT_GE], ZUGDIDI),
    # fresh12: the forty-ninth session's held-out group, written before any rule of that session (run it, report it,
    # do not tune on it); India
    n(F12, "2024-05-12", "army troops and militants exchanged fire in the forests above Drungbal village in Ramban "
      "district (Jammu and Kashmir); one soldier was injured.", AC, [SECF_IN, KASH], RAMBAN, 0, 50),
    n(F12, "2023-09-03", "militants lobbed a grenade at a CRPF bunker in Budgam town (Jammu and Kashmir); no one was "
      "hurt.", GREN, [KASH, CRPF], BUDGAM),
    n(F12, "2024-02-17", "suspected Kuki militants fired at Meitei farmers working in their paddy fields near "
      "Sorkhulong village in Bishnupur district (Manipur).", ATT, [KUKI, CIV_IN], BISHNUPUR, 0, 50),
    n(F12, "2024-03-08", "Maoists set ablaze six vehicles engaged in road construction near Kodrenar village in "
      "Bijapur district (Chhattisgarh).", LOOT, [MAO, CIV_IN], BIJAPUR, 0, 50),
    n(F12, "2024-09-14", "a pressure bomb planted by Maoists went off under a patrol of CoBRA commandos near Tulmepad "
      "village in Sukma district (Chhattisgarh), injuring two.", IED, [MAO, CRPF], SUKMA, 0, 50),
    n(F12, "2023-12-02", "Maoists shot dead a former sarpanch they branded a police informer in Gorlipara village of "
      "Kondagaon district (Chhattisgarh).", ATT, [MAO, CIV_IN], KONDAGAON, 1, 50),
    n(F12, "2024-04-19", "TMC and BJP workers clashed outside a polling booth in Suri (Birbhum, West Bengal); five "
      "people were injured.", PARTY_CLASH, [(TMC, RIOT_IN), (BJP, RIOT_IN)], SURI),
    n(F12, "2024-08-14", "junior doctors marched through central Kolkata demanding safety at work after a colleague "
      "was murdered on duty at a state hospital.", PEACE, [PROT_IN], KOLKATA),
    n(F12, "2023-02-13", "police used water cannon to disperse Youth Congress workers marching towards the BJP office "
      "in Chandigarh.", (PI, EXC), [(PROT_IN, INC), POL_IN], CHANDIGARH),
    n(F12, "2024-01-22", "a mob vandalised shops and vehicles in Mira Road (Thane, Maharashtra) after a quarrel "
      "over a religious procession.", (MOB, LOOT), [RIOT_IN, (CIV_IN, RIOT_IN)], MIRA_ROAD),
    n(F12, "2023-06-05", "cow vigilantes assaulted two men transporting buffaloes near Nashik; police later arrested "
      "four of the attackers.", MOB, [RIOT_IN, CIV_IN], NASHIK),
    n(F12, "2024-02-26", "sanitation workers went on strike in Pune demanding that their contracts be made "
      "permanent.", PEACE, [PROT_IN], PUNE),
    n(F12, "2022-12-20", "suspected NSCN-IM cadres abducted a road contractor in Tirap district (Arunachal Pradesh).",
      ABD, [NSCN_IM, CIV_IN], KHONSA, 0, 50),
    n(F12, "2024-06-11", "students of a government college in Aizawl staged a sit-in demanding the transfer of their "
      "principal.", PEACE, [PROT_IN], AIZAWL),
    n(F12, "2023-10-30", "BSF troops opened fire on cattle smugglers crossing the border near Hili (Dakshin Dinajpur), "
      "killing one.", ATT, [BSF, (CIV_IN, CIV_BD)], HILI, 1),
    n(F12, "2024-03-29", "unidentified gunmen shot dead a property dealer in Ludhiana.", ATT, [UAG_IN, CIV_IN],
      LUDHIANA, 1),
    n(F12, "2023-10-24", "rival groups pelted each other with stones during an idol immersion in Jodhpur (Rajasthan) "
      "until police fired tear gas.", MOB, [RIOT_IN, (RIOT_IN, POL_IN)], JODHPUR),
    n(F12, "2024-07-03", "ULFA-I militants fired at an army patrol near Lekhapani (Tinsukia, Assam).", AC,
      [ULFA, MIL_IN], LEKHAPANI),
    # Pakistan
    n(F12, "2023-11-14", "BLA fighters stopped a passenger coach near Kalat (Balochistan) and shot dead six labourers "
      "from Punjab after checking their identity cards.", ATT, [BLA, CIV_PK], KALAT, 6, 50),
    n(F12, "2024-09-08", "militants opened fire on a police station in Kulachi tehsil (Dera Ismail Khan); a constable "
      "and two of the attackers were killed.", AC, [(TTP, UAG_PK), POL_PK], KULACHI, 3, 50),
    n(F12, "2023-10-12", "a roadside bomb struck the police escort of a polio vaccination team in Bajaur district "
      "(Khyber Pakhtunkhwa), killing a policeman.", IED, [(UAG_PK, TTP, IS_PK), POL_PK], KHAR, 1, 50),
    n(F12, "2024-01-30", "security forces killed four militants in an intelligence-based operation in the Mir Ali area "
      "of North Waziristan.", AC, [MIL_PK, (TTP, UAG_PK)], MIR_ALI, 4, 50),
    n(F12, "2024-02-12", "PTI supporters protesting against alleged rigging of the vote threw stones at the election "
      "commission office in Mardan; police fired tear gas.", (VD, PI, EXC), [(PROT_PK, RIOT_PK, PTI), POL_PK],
      MARDAN),
    n(F12, "2023-09-04", "traders in Gujranwala shut their markets against a rise in electricity tariffs.", PEACE,
      [PROT_PK], GUJRANWALA),
    n(F12, "2024-05-14", "police baton-charged lawyers protesting outside the district courts in Hyderabad (Sindh).",
      (PI, EXC), [PROT_PK, POL_PK], HYDERABAD_PK),
    n(F12, "2023-06-18", "a mob beat a man accused of blasphemy in Mianwali (Punjab) until police rescued him.", MOB,
      [RIOT_PK, CIV_PK], MIANWALI),
    n(F12, "2024-07-02", "dacoits kidnapped two Hindu traders from the katcha area of Kashmore district (Sindh).", ABD,
      [GANG_PK, CIV_PK], KASHMORE, 0, 50),
    n(F12, "2023-12-15", "Levies personnel repulsed an attack on their post in Mastung (Balochistan); one attacker was "
      "killed.", AC, [(UAG_PK, BLA, BLF), LEVIES], MASTUNG, 1),
    n(F12, "2023-08-20", "unidentified gunmen shot dead two polio workers in Chitral.", ATT, [UAG_PK, CIV_PK],
      CHITRAL, 2),
    n(F12, "2024-06-21", "the CTD arrested three suspected TTP members in Nowshera.", ARR,
      [POL_PK, (TTP, CIV_PK, UAG_PK)], NOWSHERA),
    # Bangladesh
    n(F12, "2024-01-07", "supporters of the AL candidate and of an independent candidate clashed with sticks in "
      "Kishoreganj on polling day; one man died.", PARTY_CLASH, [(AL, RIOT_BD), (AL, RIOT_BD)], KISHOREGANJ, 1),
    n(F12, "2023-03-14", "garment workers demonstrated in front of their factory in Gazipur demanding three months' "
      "unpaid wages.", PEACE, [PROT_BD], GAZIPUR),
    n(F12, "2023-07-02", "villagers beat to death a suspected cattle thief in Shahjadpur (Sirajganj).", MOB,
      [RIOT_BD, CIV_BD], (SHAHJADPUR, SIRAJGANJ), 1),
    n(F12, "2022-11-06", "ARSA and RSO members clashed in a Rohingya camp in Ukhia (Cox's Bazar), leaving two dead.",
      AC, [ARSA, RSO], UKHIA, 2),
    n(F12, "2023-05-21", "police arrested five JMB suspects in a raid in Chapainawabganj.", ARR,
      [POL_BD, (JMB, CIV_BD)], CHAPAI),
    n(F12, "2023-09-09", "Chhatra League and Chhatra Dal activists clashed with sticks at Comilla Victoria College; "
      "twelve were hurt.", PARTY_CLASH, [(BCL, RIOT_BD), (JCD, RIOT_BD)], COMILLA),
    n(F12, "2024-11-10", "pirates abducted eight fishermen in the Sundarbans off Shyamnagar (Satkhira).", ABD,
      [GANG_BD, CIV_BD], (SHYAMNAGAR, SATKHIRA), 0, 50),
    # Afghanistan
    n(F12, "2022-10-05", "NRF fighters ambushed a Taliban convoy in Khenj district (Panjshir), killing three.", AC,
      [NRF, (TAL_MIL, TAL_POL)], KHINJ, 3, 50),
    n(F12, "2023-01-19", "a bomb attached to a rickshaw went off in a market in Jalalabad, wounding six; no group "
      "claimed it.", IED, [(UAG_AF, IS_AF), CIV_AF], JALALABAD),
    n(F12, "2022-07-28", "Taliban border forces and Iranian border guards exchanged fire in Zaranj district (Nimroz); "
      "no casualties were reported.", AC, [(TAL_MIL, TAL_POL), MIL_IR], ZARANJ),
    n(F12, "2023-11-15", "women protested in a private home in Mazar-i-Sharif against the closure of beauty salons.",
      PEACE, [PROT_AF], MAZAR),
    n(F12, "2023-08-14", "Taliban forces arrested a former army officer in Taloqan (Takhar).", ARR,
      [(TAL_POL, TAL_MIL), CIV_AF], TALOQAN),
    # Nepal, Sri Lanka
    n(F12, "2023-11-23", "RPP supporters demanding the restoration of the monarchy threw stones at police in "
      "Kathmandu, who fired tear gas and water cannon.", (VD, PI, EXC), [(PROT_NP, RIOT_NP, RPP), POL_NP], KATHMANDU),
    n(F12, "2024-01-15", "teachers staged a demonstration in Birgunj demanding permanent posts.", PEACE, [PROT_NP],
      BIRGUNJ),
    n(F12, "2023-07-20", "angry locals set fire to a police van in Hetauda after a bus ran over a child.",
      (VD, MOB, LOOT), [(RIOT_NP, PROT_NP), (POL_NP, CIV_NP)], HETAUDA),
    n(F12, "2024-02-15", "police fired tear gas at university students protesting against the privatisation of "
      "education in Peradeniya (Kandy).", (PI, EXC), [PROT_LK, POL_LK], (PERADENIYA, KANDY)),
    n(F12, "2023-10-03", "unidentified gunmen shot dead a businessman in Ambalangoda (Galle district).", ATT,
      [UAG_LK, CIV_LK], AMBALANGODA, 1),
    # the Philippines
    n(F12, "2024-02-18", "NPA rebels clashed with army soldiers in the hinterlands of Guihulngan City (Negros "
      "Oriental); two rebels were killed.", AC, [NPA, PH_MIL], GUIHULNGAN, 2, 50),
    n(F12, "2023-04-11", "BIFF members fired mortars at an army detachment in Datu Saudi Ampatuan (Maguindanao); no "
      "casualties were reported.", (SH, AC), [BIFF, PH_MIL], DATU_SAUDI),
    n(F12, "2024-05-27", "gunmen on a motorcycle shot dead a radio broadcaster in Iloilo City.", ATT,
      [UAG_PH, CIV_PH], ILOILO, 1),
    n(F12, "2023-08-30", "jeepney drivers staged a transport strike in Quezon City against the phase-out of old "
      "jeepneys.", PEACE, [PROT_PH], QUEZON_CITY),
    n(F12, "2024-09-06", "police arrested a town councilor accused of links to the Abu Sayyaf in Jolo (Sulu).", ARR,
      [PH_POL, (CIV_PH, ASG)], JOLO),
    # Indonesia, Thailand, Papua New Guinea
    n(F12, "2024-06-03", "TPNPB fighters fired at a police post in Beoga (Puncak, Central Papua), wounding an "
      "officer.", AC, [TPNPB, ID_POL], BEOGA),
    n(F12, "2024-08-22", "students and workers threw stones and bottles at police outside the parliament in Jakarta "
      "over changes to the election law.", (VD, PI, EXC), [(PROT_ID, RIOT_ID), ID_POL], JAKARTA),
    n(F12, "2023-09-19", "farmers rallied in front of the regent's office in Medan against the seizure of their land "
      "by a plantation company.", PEACE, [PROT_ID], MEDAN),
    n(F12, "2024-11-30", "residents of two villages fought with machetes and arrows in Timika (Central Papua); one man "
      "died.", (AC, MOB), [COMMUNAL_ID, COMMUNAL_ID], TIMIKA, 1),
    n(F12, "2024-03-13", "a bomb hidden in a motorcycle exploded near a ranger base in Rueso district (Narathiwat), "
      "wounding three rangers.", IED, [INSURG_TH, TH_MIL], RUESO, 0, 50),
    n(F12, "2023-07-20", "pro-democracy protesters rallied at the Democracy Monument in Bangkok after parliament "
      "blocked the nomination of the prime ministerial candidate.", PEACE, [PROT_TH], BANGKOK),
    n(F12, "2023-08-05", "clansmen hacked two men to death near Tari (Hela) in a payback killing.", ATT,
      [TRIBAL_PG, CIV_PG], TARI, 2, 50),
    n(F12, "2023-05-16", "police shot dead two suspected criminals during a raid in Lae (Morobe).", ATT,
      [PG_POL, CIV_PG], LAE, 2),
    # the Caucasus and Central Asia
    n(F12, "2024-12-02", "police fired water cannon and tear gas at protesters outside parliament in Tbilisi who threw "
      "fireworks at officers.", (VD, PI, EXC), [(PROT_GE, RIOT_GE), GE_POL], TBILISI),
    n(F12, "2022-06-03", "Azerbaijani troops fired mortars at Armenian positions near Sotk (Gegharkunik); one soldier "
      "was wounded.", SH, [AZ_MIL, AM_MIL], SOTK),
    n(F12, "2024-05-11", "tens of thousands marched in Tbilisi against the foreign agents bill.", PEACE, [PROT_GE],
      TBILISI),
    n(F12, "2022-09-16", "Kyrgyz and Tajik border troops exchanged fire in Batken province; two Kyrgyz soldiers were "
      "killed.", AC, [KG_MIL, TJ_MIL], BATKEN, 2, 150),
    n(F12, "2023-03-10", "police detained activists picketing the Almaty city administration over gas prices.",
      (ARR, PI), [POL_KZ, PROT_KZ], ALMATY),
)


def main() -> int:
    """This set's table."""
    return run(NOTES, "southasia", __doc__, by_name=(F12,))


if __name__ == "__main__":
    sys.exit(main())
