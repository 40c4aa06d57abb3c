"""World protest and riot stress set: invented notes in ACLED's English manner about demonstrations, riots and mobs
in some forty countries, scored on the five fields a coder fills and on the crowd's associated actors.

    PYTHONPATH=. .venv/bin/python bench/protest_world_stress.py [--show-failures] [--only CLASS[,CLASS]]

Issues 13 and 14: protests and riots are well over a third of ACLED's events, in every region, and their notes are
short and alike: who gathered, where, against what, and what the police did. The codebook's five demonstration
types are here: a peaceful protest (no violence by or on the crowd), a protest with intervention (tear gas, a
dispersal, arrests), excessive force against protesters (live fire, deaths, grave force on a crowd that was not
violent), a violent demonstration (the crowd's own stones, fires, vandalism) and mob violence (a crowd against a
person, with no demonstration). Each gold pair is ACLED's: "Protesters (country)" or "Rioters (country)" and the
state body that met them (its period optional, as the scorer takes it); the associated actors ACLED writes for the
crowd ("Students (country)", "Labour Group (country)", a party by its ACLED name, a movement, an ethnic or
religious group) are counted apart. The places are the forms protest notes use: a city's quarter (ACLED's "City -
Quarter", scored at the city), a state or province capital, a US city with its state (Springfield, Athens or
Columbia beside their namesakes), a university campus, a square or a road named after a town, a town whose crowd
protests against the government in the capital (coded at the town, not the capital), an invented village beside
the district town the note names. Tolls: none for a peaceful protest; the deaths of excessive force; a protest over
an earlier killing does not take that killing's toll.

Each note is coded by the real pipeline, published the day after its event; its first dated event with an actor is
scored as bench/mideast_stress.py scores it (the sub-event type, the actor pair as bench/actor_world_stress.py takes
it, a point within 25 km of the town, 50 km for a road's ends, the day and the fatalities), and its associates as
bench/actor_world_stress.py counts them. Known towns come from sitrep's gazetteer and general knowledge; the
villages are invented names no table holds. No dev-set text or answer is used.

Classes (``--only``): ``places``, ``actors``, ``types`` (the notes studied while writing rules) and ``held`` (other
countries and wordings of the same classes, written by the thirty-fifth session before its rules and studied from
the thirty-seventh; the thirty-seventh session's held-out group is bench/west_stress.py's ``fresh``). A name marked ``# unsure`` is ACLED's form as far as its conventions tell; its failure says what to
check, not what to fix.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_world_stress import associates_found, coded_note  # noqa: E402
from mideast_stress import FIELDS, n, scored  # noqa: E402

from sitrep.pipeline import Pipeline  # noqa: E402

PP, PI, EXC = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
VD, MOB = "Violent demonstration", "Mob violence"
# the codebook counts road-blocking with barricades as a violent demonstration's, and coders read a bare blockade
# either way: a note that tells only of a blocked road takes either type, and either name of its crowd
BLOCKADE = (PP, VD)


def crowd(cc: str) -> tuple[str, str]:
    """A crowd's two ACLED names: a note's "protesters" who clash with police are coded either way by coders."""
    return f"Protesters ({cc})", f"Rioters ({cc})"


def police(cc: str) -> str:
    """A state's police, its period left to the scorer (ACLED writes "the" before the two states that take it)."""
    return f"Police Forces of {'the ' if cc in ('United States', 'United Kingdom') else ''}{cc}"


def m(cls, day, note, sub, slots, where, fatalities=0, radius=25, assoc=()):
    """One note as bench/mideast_stress.py writes it, with the associates ACLED names for either side."""
    return n(cls, day, note, sub, slots, where, fatalities, radius) | {"assoc": list(assoc)}


# towns (general knowledge)
PORTLAND_OR, MINNEAPOLIS, SPRINGFIELD_IL, ATHENS_GA = (45.52, -122.68), (44.98, -93.27), (39.80, -89.64), \
    (33.96, -83.38)
COLUMBIA_SC, COLUMBUS, NEW_YORK, LOS_ANGELES, MADISON = (34.00, -81.03), (39.96, -83.00), (40.71, -74.01), \
    (34.05, -118.24), (43.07, -89.40)
PORTLAND_ME, JACKSON_MS, AUSTIN, SEATTLE, RALEIGH = (43.66, -70.26), (32.30, -90.18), (30.27, -97.74), \
    (47.61, -122.33), (35.78, -78.64)
LONDON, MANCHESTER, BRISTOL, GLASGOW, BELFAST, LEEDS = (51.51, -0.13), (53.48, -2.24), (51.45, -2.59), \
    (55.86, -4.25), (54.60, -5.93), (53.80, -1.55)
LYON, NANTES, MARSEILLE, RENNES, TOULOUSE, BORDEAUX = (45.76, 4.84), (47.22, -1.55), (43.30, 5.37), \
    (48.11, -1.68), (43.60, 1.44), (44.84, -0.58)
BERLIN, LEIPZIG, HAMBURG, MUNICH, DRESDEN = (52.52, 13.40), (51.34, 12.37), (53.55, 9.99), (48.14, 11.58), \
    (51.05, 13.74)
BARCELONA, MADRID, VALENCIA, BILBAO = (41.39, 2.17), (40.42, -3.70), (39.47, -0.38), (43.26, -2.93)
ROME, MILAN, TURIN, NAPLES = (41.90, 12.50), (45.46, 9.19), (45.07, 7.69), (40.85, 14.27)
ATHENS, THESSALONIKI, BELGRADE, NOVI_SAD = (37.98, 23.73), (40.64, 22.94), (44.79, 20.45), (45.25, 19.84)
TBILISI, BATUMI, ISTANBUL, ANKARA, IZMIR = (41.72, 44.79), (41.64, 41.63), (41.01, 28.98), (39.93, 32.86), \
    (38.42, 27.14)
KOLKATA, PATNA, LUCKNOW, CHENNAI, HYDERABAD, BHOPAL = (22.57, 88.36), (25.59, 85.14), (26.85, 80.95), \
    (13.08, 80.27), (17.39, 78.49), (23.26, 77.41)
JAIPUR, IMPHAL, THIRUVANANTHAPURAM, GUWAHATI, NEW_DELHI = (26.91, 75.79), (24.82, 93.94), (8.52, 76.94), \
    (26.14, 91.74), (28.61, 77.21)
NALGONDA, MUZAFFARPUR, BAREILLY = (17.05, 79.27), (26.12, 85.39), (28.37, 79.43)
LAHORE, KARACHI, PESHAWAR, QUETTA, ISLAMABAD = (31.55, 74.34), (24.86, 67.01), (34.01, 71.58), (30.18, 66.99), \
    (33.69, 73.05)
DHAKA, CHITTAGONG, RAJSHAHI, SYLHET = (23.81, 90.41), (22.36, 91.78), (24.37, 88.60), (24.90, 91.87)
COLOMBO, KANDY, KATHMANDU, POKHARA, BIRGUNJ = (6.93, 79.85), (7.29, 80.63), (27.72, 85.32), (28.21, 83.99), \
    (27.01, 84.88)
JAKARTA, MAKASSAR, SURABAYA, JAYAPURA, MANILA, BANGKOK = (-6.21, 106.85), (-5.15, 119.43), (-7.25, 112.75), \
    (-2.53, 140.72), (14.60, 120.98), (13.76, 100.50)
NAIROBI, KISUMU, MOMBASA, NAKURU = (-1.29, 36.82), (-0.09, 34.77), (-4.04, 39.67), (-0.30, 36.07)
LAGOS, ABUJA, KANO, PORT_HARCOURT, IBADAN = (6.52, 3.38), (9.06, 7.49), (12.00, 8.52), (4.82, 7.03), (7.38, 3.95)
JOHANNESBURG, CAPE_TOWN, DURBAN, PRETORIA = (-26.20, 28.05), (-33.92, 18.42), (-29.86, 31.02), (-25.75, 28.19)
DAKAR, ZIGUINCHOR, CONAKRY, KAMPALA, HARARE, BULAWAYO = (14.69, -17.45), (12.56, -16.27), (9.64, -13.58), \
    (0.35, 32.58), (-17.83, 31.05), (-20.15, 28.58)
ADDIS_ABABA, KHARTOUM, OMDURMAN = (9.03, 38.74), (15.50, 32.56), (15.64, 32.48)
MEXICO_CITY, GUADALAJARA, OAXACA, CHILPANCINGO = (19.43, -99.13), (20.67, -103.35), (17.07, -96.73), (17.55, -99.50)
BOGOTA, CALI, MEDELLIN, POPAYAN = (4.71, -74.07), (3.45, -76.53), (6.25, -75.56), (2.44, -76.61)
SANTIAGO, VALPARAISO, CONCEPCION = (-33.45, -70.67), (-33.05, -71.62), (-36.83, -73.05)
LIMA, JULIACA, CUSCO, AYACUCHO = (-12.05, -77.04), (-15.50, -70.13), (-13.53, -71.97), (-13.16, -74.22)
BUENOS_AIRES, CORDOBA_AR, ROSARIO = (-34.60, -58.38), (-31.42, -64.18), (-32.95, -60.65)
SAO_PAULO, RIO, BRASILIA, QUITO, GUAYAQUIL = (-23.55, -46.63), (-22.91, -43.17), (-15.79, -47.88), (-0.18, -78.47), \
    (-2.17, -79.92)
LA_PAZ, SANTA_CRUZ, COCHABAMBA = (-16.50, -68.15), (-17.78, -63.18), (-17.39, -66.16)
TEHRAN, ZAHEDAN, MASHHAD, SANANDAJ = (35.69, 51.39), (29.50, 60.86), (36.30, 59.60), (35.31, 47.00)
BAGHDAD, NASIRIYAH, BASRA, BEIRUT, TRIPOLI_LB = (33.31, 44.37), (31.05, 46.26), (30.51, 47.78), (33.89, 35.50), \
    (34.44, 35.83)
TUNIS, SFAX, RABAT, CASABLANCA, YEREVAN = (36.81, 10.18), (34.74, 10.76), (34.02, -6.84), (33.57, -7.59), \
    (40.18, 44.51)

P, A, T, H = "places", "actors", "types", "held"
NOTES = (
    # places: a quarter, a state capital, a US city and its state, a campus, a square or a road, a town against the
    # capital, an invented village beside its district town
    m(P, "2022-05-14", "residents of the Kibera neighbourhood of Nairobi protested against the demolition of houses "
      "along the railway line.", PP, [crowd("Kenya")[0]], NAIROBI),
    m(P, "2021-09-03", "squatters marched in Kreuzberg, Berlin, against rising rents. The police reported no "
      "incidents.", PP, [crowd("Germany")[0]], BERLIN),
    m(P, "2023-12-06", "anarchists threw petrol bombs at riot police in Exarchia, Athens, on the anniversary of the "
      "death of a teenager. Police responded with tear gas.", VD, [crowd("Greece")[1], police("Greece")], ATHENS),
    m(P, "2024-02-11", "garment workers blocked a road in the Mirpur area of Dhaka to demand unpaid wages.", BLOCKADE,
      [crowd("Bangladesh")], DHAKA, assoc=["Labour Group (Bangladesh)"]),
    m(P, "2022-10-19", "residents of Lyari, Karachi, staged a sit-in against prolonged power cuts.", PP,
      [crowd("Pakistan")[0]], KARACHI),
    m(P, "2023-03-27", "nurses held a demonstration in Bhopal, the capital of Madhya Pradesh, to demand the "
      "regularisation of their contracts.", PP, [crowd("India")[0]], BHOPAL, assoc=["Health Workers (India)"]),
    m(P, "2021-06-08", "teachers marched in Chilpancingo (Guerrero) to demand the payment of bonuses.", PP,
      [crowd("Mexico")[0]], CHILPANCINGO, assoc=["Teachers (Mexico)"]),
    m(P, "2020-08-25", "demonstrators gathered outside the state capitol in Springfield, Illinois, to protest against "
      "police violence.", PP, [crowd("United States")[0]], SPRINGFIELD_IL),
    m(P, "2020-06-02", "students marched through downtown Athens, Georgia, to protest against police brutality.",
      PP, [crowd("United States")[0]], ATHENS_GA, assoc=["Students (United States)"]),
    m(P, "2022-07-04", "abortion rights supporters rallied at the statehouse in Columbia, South Carolina.", PP,
      [crowd("United States")[0]], COLUMBIA_SC),
    m(P, "2021-04-15", "protesters smashed windows of shops in Portland, Oregon, after a police shooting. Police "
      "declared a riot and arrested four people.", VD, [crowd("United States")[1], police("United States")],
      PORTLAND_OR),
    m(P, "2024-04-30", "police cleared a pro-Palestinian encampment at Columbia University in New York and arrested "
      "dozens of students.", PI, [crowd("United States")[0], police("United States")], NEW_YORK,
      assoc=["Students (United States)"]),
    m(P, "2023-01-22", "students staged a sit-in on the campus of Makerere University in Kampala against a rise in "
      "tuition fees. Police dispersed them with tear gas.", PI, [crowd("Uganda")[0], police("Uganda")], KAMPALA,
      assoc=["Students (Uganda)"]),
    m(P, "2022-11-09", "students protested at Jawaharlal Nehru University in New Delhi against a hostel fee hike.",
      PP, [crowd("India")[0]], NEW_DELHI, assoc=["Students (India)"]),
    m(P, "2019-10-25", "protesters gathered in Tahrir Square in Baghdad to demand the fall of the government. "
      "Security forces fired tear gas.", PI, [crowd("Iraq")[0], ("Police Forces of Iraq", "Military Forces of Iraq")],
      BAGHDAD),
    m(P, "2021-11-12", "demonstrators gathered at Plaza Italia in Santiago to demand the release of people jailed "
      "during the 2019 unrest. Carabineros used water cannon.", PI, [crowd("Chile")[0], police("Chile")], SANTIAGO),
    m(P, "2023-07-19", "opposition supporters blocked the Kisumu-Busia road in Kisumu with burning tyres. Police "
      "fired tear gas.", VD, [crowd("Kenya")[1], police("Kenya")], KISUMU),
    m(P, "2022-01-13", "truck drivers blocked the Lahore-Islamabad motorway near Lahore to protest against fuel "
      "prices.", BLOCKADE, [crowd("Pakistan")], LAHORE, assoc=["Labour Group (Pakistan)"]),
    m(P, "2023-03-23", "thousands marched in Lyon against the government in Paris and its pension reform.", PP,
      [crowd("France")[0]], LYON),
    m(P, "2021-09-30", "farmers rallied in Patna against the central government in New Delhi to demand guaranteed "
      "crop prices.", PP, [crowd("India")[0]], PATNA, assoc=["Farmers (India)"]),
    m(P, "2022-12-16", "residents marched in Santa Cruz against the central government in La Paz over the delay of "
      "the census.", PP, [crowd("Bolivia")[0]], SANTA_CRUZ),
    m(P, "2023-05-20", "villagers protested in Thirupalem village of Nalgonda district (Telangana) against the "
      "construction of a pharmaceutical plant.", PP, [crowd("India")[0]], NALGONDA),
    m(P, "2024-01-09", "residents of Kotavari village near Muzaffarpur (Bihar) blocked a road after a child died in a "
      "road accident.", BLOCKADE, [crowd("India")], MUZAFFARPUR),
    m(P, "2022-08-17", "villagers in Dolomba, a village of Ziguinchor department, protested against the felling of a "
      "forest.", PP, [crowd("Senegal")[0]], ZIGUINCHOR),
    m(P, "2023-10-02", "protesters marched in the Soweto township of Johannesburg over power cuts.", PP,
      [crowd("South Africa")[0]], JOHANNESBURG),
    # actors: the crowd's country and associates, the state body, a named party or movement
    m(A, "2020-06-06", "Black Lives Matter supporters marched peacefully through Seattle (Washington).", PP,
      [crowd("United States")[0]], SEATTLE, assoc=["BLM: Black Lives Matter"]),
    m(A, "2023-04-14", "Extinction Rebellion activists blocked a bridge in Glasgow. Police arrested eleven people.",
      (PI, VD), [crowd("United Kingdom"), police("United Kingdom")], GLASGOW, assoc=["XR: Extinction Rebellion"]),
    m(A, "2024-01-20", "supporters of the Alternative for Germany rallied in Dresden against the government's "
      "migration policy.", PP, [crowd("Germany")[0]], DRESDEN, assoc=["AfD: Alternative for Germany"]),
    m(A, "2022-03-15", "JVP supporters protested in Colombo against fuel shortages. Police used tear gas and water "
      "cannon.", PI, [crowd("Sri Lanka")[0], police("Sri Lanka")], COLOMBO,
      assoc=["JVP: People's Liberation Front"]),  # unsure: the JVP's form
    m(A, "2023-11-04", "supporters of the United National Movement rallied in Tbilisi against the Georgian Dream "
      "government.", PP, [crowd("Georgia")[0]], TBILISI, assoc=["UNM: United National Movement"]),  # unsure
    m(A, "2022-11-05", "MAS supporters blocked roads in Cochabamba against a strike called by the Santa Cruz "
      "civic committee.", BLOCKADE, [crowd("Bolivia")], COCHABAMBA, assoc=["MAS: Movement for Socialism"]),  # unsure
    m(A, "2023-08-21", "PTI workers protested in Peshawar against the arrest of Imran Khan. Police baton-charged the "
      "crowd and arrested 30 workers.", PI, [crowd("Pakistan")[0], police("Pakistan")], PESHAWAR,
      assoc=["PTI: Pakistan Tehreek-i-Insaf"]),
    m(A, "2024-03-10", "BNP activists clashed with police in Rajshahi during a hartal, throwing bricks and setting "
      "a bus on fire.", VD, [crowd("Bangladesh")[1], police("Bangladesh")], RAJSHAHI,
      assoc=["BNP: Bangladesh Nationalist Party"]),
    m(A, "2022-06-17", "ABVP members protested in Lucknow against the Agnipath scheme.", PP, [crowd("India")[0]],
      LUCKNOW, assoc=["ABVP: Akhil Bharatiya Vidyarthi Parishad"]),
    m(A, "2023-09-12", "EFF members marched to the Union Buildings in Pretoria, demanding that the president "
      "resign.", PP, [crowd("South Africa")[0]], PRETORIA, assoc=["EFF: Economic Freedom Fighters"]),
    m(A, "2023-06-01", "PASTEF supporters clashed with gendarmes in Ziguinchor after the sentencing of Ousmane "
      "Sonko, burning tyres and throwing stones.", VD,
      [crowd("Senegal")[1], ("Gendarmerie of Senegal", police("Senegal"))], ZIGUINCHOR,
      assoc=["PASTEF: African Patriots of Senegal for Work, Ethics and Fraternity"]),  # unsure: the gendarmerie
    m(A, "2021-01-18", "NUP supporters protested in Kampala against the election results. Soldiers fired live "
      "bullets, killing two protesters.", EXC, [crowd("Uganda")[0], "Military Forces of Uganda"], KAMPALA, 2,
      assoc=["NUP: National Unity Platform"]),
    m(A, "2022-08-29", "CCC supporters gathered in Bulawayo to demand the release of jailed activists. Police "
      "arrested 12 of them.", PI, [crowd("Zimbabwe")[0], police("Zimbabwe")], BULAWAYO,
      assoc=["CCC: Citizens Coalition for Change"]),
    m(A, "2023-02-08", "refugees protested outside the UNHCR office in Nairobi over delays in their resettlement.",
      PP, [crowd("Kenya")[0]], NAIROBI, assoc=["Refugees/IDPs (Kenya)"]),  # unsure: the refugees' country
    m(A, "2022-09-21", "women protested in Sanandaj over the death of Mahsa Amini in police custody. Security "
      "forces fired tear gas.", PI, [crowd("Iran")[0], (police("Iran"), "Military Forces of Iran")], SANANDAJ,
      assoc=["Women (Iran)"]),  # unsure: "security forces"
    m(A, "2021-03-08", "women's rights groups marched in Mexico City on International Women's Day. Police used fire "
      "extinguishers on marchers who pulled down fences.", (PI, VD),
      [crowd("Mexico"), police("Mexico")], MEXICO_CITY, assoc=["Women (Mexico)"]),
    m(A, "2022-04-11", "lawyers boycotted courts and protested in Lahore against the killing of a colleague.", PP,
      [crowd("Pakistan")[0]], LAHORE, assoc=["Lawyers (Pakistan)"]),
    m(A, "2023-07-27", "Muslims protested in Karachi against the burning of a Quran in Sweden.", PP,
      [crowd("Pakistan")[0]], KARACHI, assoc=["Muslim Group (Pakistan)"]),
    m(A, "2021-07-12", "the Colombian riot police (ESMAD) dispersed protesters blocking a road in Popayan (Cauca) with "
      "tear gas.", (PI, VD), [crowd("Colombia"), police("Colombia")], POPAYAN),
    m(A, "2023-01-09", "soldiers and police fired on protesters at the airport in Juliaca (Puno), killing 17.",
      EXC, [crowd("Peru")[0], ("Military Forces of Peru", police("Peru"))], JULIACA, 17),
    m(A, "2022-06-30", "RSF soldiers opened fire on protesters in Omdurman, killing five.", EXC,
      [crowd("Sudan")[0], ("RSF: Rapid Support Forces", "Military Forces of Sudan (2019-) Rapid Support Forces")],
      OMDURMAN, 5),  # the RSF was a state force until April 2023
    m(A, "2024-06-25", "police opened fire on protesters storming parliament in Nairobi, killing six.", EXC,
      [crowd("Kenya"), police("Kenya")], NAIROBI, 6),
    # types: the codebook's five, and tolls
    m(T, "2023-03-07", "Greek railway workers staged a strike and marched in Thessaloniki after a train crash.", PP,
      [crowd("Greece")[0]], THESSALONIKI, assoc=["Labour Group (Greece)"]),
    m(T, "2021-02-01", "police detained 20 protesters at a rally in Yerevan demanding the prime minister's "
      "resignation.", PI, [crowd("Armenia")[0], police("Armenia")], YEREVAN),
    m(T, "2020-08-12", "security forces shot dead a protester during a demonstration against power cuts in Conakry.",
      EXC, [crowd("Guinea")[0], (police("Guinea"), "Military Forces of Guinea")], CONAKRY, 1),  # unsure
    m(T, "2023-06-29", "rioters set cars on fire and looted shops in Nanterre near Paris after a teenager was shot by "
      "police.", VD, [crowd("France")[1]], (48.89, 2.21)),
    m(T, "2022-09-08", "a mob beat a suspected thief to death in Ibadan (Oyo).", MOB,
      [crowd("Nigeria")[1], "Civilians (Nigeria)"], IBADAN, 1),
    m(T, "2023-02-18", "a crowd lynched a man accused of blasphemy in Nankana Sahib (Punjab).", MOB,
      [crowd("Pakistan")[1], "Civilians (Pakistan)"], (31.45, 73.71), 1),
    m(T, "2020-05-29", "residents protested in Minneapolis over the killing of George Floyd by a police officer four "
      "days earlier. Some protesters set fire to a police station.", VD, [crowd("United States")[1]], MINNEAPOLIS),
    m(T, "2022-07-11", "relatives of two men killed by police last week protested peacefully in Port Harcourt (Rivers) "
      "to demand justice.", PP, [crowd("Nigeria")[0]], PORT_HARCOURT),
    m(T, "2023-05-09", "protesters stormed a military headquarters in Rawalpindi and set vehicles on fire after "
      "the arrest of the former prime minister.", VD, [crowd("Pakistan")[1]], (33.60, 73.04)),
    m(T, "2021-06-09", "police shot rubber bullets and tear gas at protesters in Cali, injuring several.", (PI, EXC),
      [crowd("Colombia"), police("Colombia")], CALI),
    m(T, "2022-09-24", "security forces fired live ammunition at protesters in Zahedan, killing 40 people.", EXC,
      [crowd("Iran")[0], ("Police Forces of Iran", "Military Forces of Iran")], ZAHEDAN, 40),
    m(T, "2024-08-05", "students held a silent march in Dhaka in memory of protesters killed in July.", PP,
      [crowd("Bangladesh")[0]], DHAKA, assoc=["Students (Bangladesh)"]),
    m(T, "2023-04-03", "villagers stoned a man suspected of witchcraft to death in Muranga (Kenya).", MOB,
      [crowd("Kenya")[1], "Civilians (Kenya)"], (-0.72, 37.15), 1),
    m(T, "2021-07-10", "rioters looted a shopping mall in Durban following the jailing of the former president.",
      (VD, MOB),
      [crowd("South Africa")[1]], DURBAN),
    m(T, "2022-04-02", "a crowd attacked two men accused of cattle theft in Bareilly (Uttar Pradesh), killing one.",
      MOB, [crowd("India")[1], "Civilians (India)"], BAREILLY, 1),
    m(T, "2023-10-18", "demonstrators gathered outside the Israeli embassy in Ankara. Police dispersed them with "
      "tear gas and water cannon.", PI, [crowd("Turkey")[0], police("Turkey")], ANKARA),
    m(T, "2024-05-28", "hundreds marched in Madrid to demand cheaper housing.", PP, [crowd("Spain")[0]], MADRID),
    m(T, "2023-12-01", "football fans clashed with police in Belgrade after a match, throwing flares and damaging "
      "cars.", (MOB, VD), [crowd("Serbia")[1], police("Serbia")], BELGRADE),
    # held: other countries and wordings, not studied
    m(H, "2022-05-30", "residents of the Ghatkopar area of Mumbai staged a protest against waterlogging.", PP,
      [crowd("India")[0]], (19.08, 72.88)),
    m(H, "2023-02-14", "hospital workers demonstrated in Naples for higher pay.", PP, [crowd("Italy")[0]], NAPLES,
      assoc=["Health Workers (Italy)"]),
    m(H, "2024-03-08", "women marched in Istanbul on International Women's Day; police detained dozens near Taksim "
      "Square.", PI, [crowd("Turkey")[0], police("Turkey")], ISTANBUL, assoc=["Women (Turkey)"]),
    m(H, "2021-05-28", "protesters in Madison, Wisconsin, marched to the capitol to demand police reform.", PP,
      [crowd("United States")[0]], MADISON),
    m(H, "2022-10-08", "demonstrators rallied outside city hall in Portland, Maine, to demand more shelter beds.", PP,
      [crowd("United States")[0]], PORTLAND_ME),
    m(H, "2023-04-04", "residents of Jackson, Mississippi, protested the state takeover of the city's police.", PP,
      [crowd("United States")[0]], JACKSON_MS),
    m(H, "2021-08-23", "students occupied the rectorate of the University of Barcelona against cuts to grants.", PP,
      [crowd("Spain")[0]], BARCELONA, assoc=["Students (Spain)"]),
    m(H, "2023-06-14", "teachers demonstrated in Kathmandu against the school education bill. Police used water "
      "cannon at Maitighar.", PI, [crowd("Nepal")[0], police("Nepal")], KATHMANDU, assoc=["Teachers (Nepal)"]),
    m(H, "2022-11-18", "nurses rallied in the Sylhet city center to demand permanent posts.", PP,
      [crowd("Bangladesh")[0]], SYLHET, assoc=["Health Workers (Bangladesh)"]),
    m(H, "2024-07-02", "protesters on the Mombasa-Nairobi highway in Mombasa set up barricades and burned tyres; "
      "police responded with tear gas.", VD, [crowd("Kenya")[1], police("Kenya")], MOMBASA),
    m(H, "2023-03-16", "people in Marseille rallied against the government in Paris after it forced the pension bill "
      "through parliament.", PP, [crowd("France")[0]], MARSEILLE),
    m(H, "2022-08-01", "residents of Basra protested against the central government in Baghdad over water "
      "shortages.", PP, [crowd("Iraq")[0]], BASRA),
    m(H, "2024-02-05", "farmers drove tractors into the centre of Toulouse and dumped manure outside the prefecture.",
      PP, [crowd("France")[0]], TOULOUSE, assoc=["Farmers (France)"]),
    m(H, "2023-05-11", "villagers of Marokoti, in Birgunj sub-metropolitan city (Madhesh), protested against an "
      "illegal sand mine.", PP, [crowd("Nepal")[0]], BIRGUNJ),
    m(H, "2021-12-13", "workers of a textile factory in Surabaya (East Java) struck over the minimum wage.", PP,
      [crowd("Indonesia")[0]], SURABAYA, assoc=["Labour Group (Indonesia)"]),
    m(H, "2022-04-13", "students rallied at the University of the Philippines in Quezon City against red-tagging.",
      PP, [crowd("Philippines")[0]], (14.65, 121.07), assoc=["Students (Philippines)"]),
    m(H, "2020-10-16", "riot police used water cannon to disperse pro-democracy protesters at the Pathumwan "
      "intersection in Bangkok.", PI, [crowd("Thailand")[0], police("Thailand")], BANGKOK),
    m(H, "2023-08-07", "supporters of the Orange Democratic Movement protested in Kisumu against the cost of living. "
      "Police fired tear gas.", PI, [crowd("Kenya")[0], police("Kenya")], KISUMU,
      assoc=["ODM: Orange Democratic Movement"]),
    m(H, "2022-10-20", "ANC members marched to the provincial legislature in Cape Town over service delivery.", PP,
      [crowd("South Africa")[0]], CAPE_TOWN, assoc=["ANC: African National Congress"]),
    m(H, "2021-05-13", "Congress workers courted arrest in Jaipur during a protest against fuel price hikes.", PI,
      [crowd("India")[0], police("India")], JAIPUR, assoc=["INC: Indian National Congress"]),
    m(H, "2024-10-27", "Georgian Dream supporters held a rally in Batumi after the parliamentary election.", PP,
      [crowd("Georgia")[0]], BATUMI, assoc=["GD: Georgian Dream"]),  # unsure
    m(H, "2023-03-18", "members of Extinction Rebellion glued themselves to a road in Leeds; police removed and "
      "arrested them.", PI, [crowd("United Kingdom")[0], police("United Kingdom")], LEEDS,
      assoc=["XR: Extinction Rebellion"]),
    m(H, "2020-09-24", "Black Lives Matter protesters blocked traffic in Louisville, Kentucky, after no officers were "
      "charged over a killing; police arrested 24.", PI, [crowd("United States")[0], police("United States")],
      (38.25, -85.76), assoc=["BLM: Black Lives Matter"]),
    m(H, "2022-02-05", "doctors protested in Karachi against attacks on medical staff.", PP, [crowd("Pakistan")[0]],
      KARACHI, assoc=["Health Workers (Pakistan)"]),
    m(H, "2023-11-23", "displaced people protested in front of the governor's office in Kano over food aid.", PP,
      [crowd("Nigeria")[0]], KANO, assoc=["Refugees/IDPs (Nigeria)"]),  # unsure
    m(H, "2019-10-18", "Lebanese protesters blocked roads with burning tyres in Tripoli against new taxes.", VD,
      [crowd("Lebanon")[1]], TRIPOLI_LB),
    m(H, "2021-07-26", "protesters in Tunis clashed with police outside parliament, throwing stones and bottles.", VD,
      [crowd("Tunisia")[1], police("Tunisia")], TUNIS),
    m(H, "2022-10-11", "soldiers fired on protesters in Khartoum, killing one demonstrator.", EXC,
      [crowd("Sudan")[0], "Military Forces of Sudan"], KHARTOUM, 1),
    m(H, "2023-06-01", "police shot dead three protesters in Dakar's Pikine suburb during riots over the opposition "
      "leader's conviction.", EXC, [crowd("Senegal"), police("Senegal")], DAKAR, 3),
    m(H, "2022-12-12", "police shot and killed two protesters in Ayacucho demanding new elections.", EXC,
      [crowd("Peru")[0], police("Peru")], AYACUCHO, 2),
    m(H, "2023-05-04", "a mob in Imphal (Manipur) beat a man to death during ethnic unrest.", MOB,
      [crowd("India")[1], "Civilians (India)"], IMPHAL, 1),
    m(H, "2021-10-30", "a crowd burned a suspected kidnapper alive in Guadalajara (Jalisco).", MOB,
      [crowd("Mexico")[1], "Civilians (Mexico)"], GUADALAJARA, 1),
    m(H, "2022-06-05", "villagers lynched two men accused of stealing a motorbike in Makassar (South Sulawesi).", MOB,
      [crowd("Indonesia")[1], "Civilians (Indonesia)"], MAKASSAR, 2),
    m(H, "2024-01-16", "residents marched in Guayaquil in memory of a journalist shot last month.", PP,
      [crowd("Ecuador")[0]], GUAYAQUIL),
    m(H, "2023-02-23", "protesters in Sao Paulo rallied peacefully on Paulista Avenue against the former president.",
      PP, [crowd("Brazil")[0]], SAO_PAULO),
    m(H, "2022-08-31", "protesters broke into a government office in Basra and set it on fire; security forces fired "
      "into the air.", VD, [crowd("Iraq")[1]], BASRA),
    m(H, "2021-03-13", "students burned tyres and threw stones at police in Thiruvananthapuram (Kerala) during a "
      "protest over recruitment.", VD, [crowd("India")[1], police("India")], THIRUVANANTHAPURAM,
      assoc=["Students (India)"]),
    m(H, "2024-04-22", "police arrested 40 pensioners protesting outside the Casa Rosada in Buenos Aires.", PI,
      [crowd("Argentina")[0], police("Argentina")], BUENOS_AIRES),
    m(H, "2023-09-14", "unionists marched in Casablanca to demand higher wages.", PP, [crowd("Morocco")[0]],
      CASABLANCA, assoc=["Labour Group (Morocco)"]),
    m(H, "2022-03-29", "protesters in Novi Sad blocked a bridge against a lithium mine; police removed them.", PI,
      [crowd("Serbia")[0], police("Serbia")], NOVI_SAD),
    m(H, "2020-11-20", "Mapuche community members occupied a farm near Concepcion (Biobio); Carabineros evicted them.",
      PI, [crowd("Chile")[0], police("Chile")], CONCEPCION, assoc=["Mapuche Ethnic Group (Chile)"]),  # unsure
    m(H, "2023-10-31", "Papuan students protested in Jayapura against the deployment of troops; police arrested 14.",
      PI, [crowd("Indonesia")[0], police("Indonesia")], JAYAPURA, assoc=["Students (Indonesia)"]),
    m(H, "2022-09-03", "demonstrators rallied outside the Addis Ababa city administration against evictions.", PP,
      [crowd("Ethiopia")[0]], ADDIS_ABABA),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated classes: places, actors, types, held")
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None
    pipe = Pipeline().load(["en"])
    total, ok, failures = Counter(), Counter(), []
    for note in NOTES:
        if only and note["cls"] not in only:
            continue
        text, event, got = coded_note(pipe, note["day"], note["note"], "protest")
        s = scored(note, event, got)
        found = associates_found(event, note["assoc"])
        for key in (note["cls"], "all studied") if note["cls"] != H else (H,):
            total[key] += 1
            for f in FIELDS:
                ok[key, f] += s[f]
            ok[key, "all five"] += all(s[f] for f in FIELDS)
            ok[key, "assoc"] += len(found)
            total[key, "assoc"] += len(note["assoc"])
        if not all(s[f] for f in FIELDS) or len(found) < len(note["assoc"]):
            failures.append((note, s, got, text, [a for a in note["assoc"] if a not in found]))
    print("| class | notes | " + " | ".join(FIELDS) + " | all five | associates |")
    for key in [k for k in (P, A, T, "all studied", H) if total[k]]:
        print(f"| {key} | {total[key]} | " + " | ".join(f"{ok[key, f] / total[key]:.3f}" for f in FIELDS + ("all five",))
              + f" | {ok[key, 'assoc']}/{total[key, 'assoc']} |")
    if args.show_failures:
        for note, s, got, text, missing in failures:
            wrong = ",".join([f for f in FIELDS if not s[f]] + (["assoc"] if missing else []))
            print(f"[{note['cls']}] {wrong}\t{'|'.join(note['sub'])} / {' | '.join('|'.join(x) for x in note['slots'])}"
                  f"{' + ' + ', '.join(missing) if missing else ''}\n    got {s['got']}\n    {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
