"""Latin America and Caribbean stress set: invented notes in ACLED's manner for Mexico, Brazil, Colombia, Haiti,
Venezuela, Ecuador, Peru, Central America, Chile, Argentina, Bolivia and Paraguay, scored on the five fields a coder
fills.

    PYTHONPATH=. .venv/bin/python bench/latam_stress.py [--show-failures] [--only CLASS[,CLASS]]

Issues 13 and 14: Mexico and Brazil are each among ACLED's five busiest countries, and the region's notes have
shapes of their own. Places are written as "in X (Y municipality, Z state)", as a colonia, barrio or favela of a
city ("Rio de Janeiro - Complexo da Mare"), as Colombia's "vereda X of Y municipality (Cauca)" and corregimientos,
Haiti's communes and the quarters of Port-au-Prince, Ecuador's prisons, a km mark "on the X-Y highway". Actors
are ACLED's names for the cartels (CJNG, Sinaloa and its factions, the Gulf and Northeast cartels, La Familia
Michoacana), the gangs (PCC, CV, Haiti's G9, G-Pep, 400 Mawozo and Viv Ansanm, MS-13, Barrio 18, Los Choneros and
Los Lobos, Tren de Aragua), Colombia's ELN, FARC dissidents and Gulf Clan, the police and military with their
units (Mexico's National Guard, Brazil's Military Police, Colombia's ESMAD), unidentified gunmen, civilians
(journalists, social leaders, land defenders, prisoners), protesters and rioters of each country, and lynch mobs.
Each note is one event; its gold is what an ACLED coder writes, from general knowledge and the codebook and never
from a dev text: the sub-event type, the actor pair (scored as bench/actor_world_stress.py scores it: order-free,
a state's unit optional, a slot of several names takes any of them), a point (25 km of the town, the quarter or
the village's municipality seat, 50 km for the ends of a road), the day and the fatalities. The villages,
veredas and favelas are invented names no table holds; the towns and quarters are general knowledge.

Classes (``--only``): ``places``, ``actors``, ``types`` (the notes studied while writing rules), ``held`` (other
wordings, towns and countries of the same classes, written in the thirty-fifth session before any rule and studied
from the thirty-eighth) and ``fresh`` (the thirty-eighth session's held-out group: 48 notes from fifteen countries,
Bolivia, Paraguay and Costa Rica among them, written before any rule of that session; studied from the fortieth
session, whose held-out group of the region's protests, riots and gangs is ``fresh2`` in bench/west_stress.py). A name marked ``# unsure`` is ACLED's form as far as its
conventions tell; its failures say what to check, not what to fix. The scoring is bench/mideast_stress.py's, imported.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mideast_stress import n, run  # noqa: E402


AC, ATT, ABD, IED = "Armed clash", "Attack", "Abduction/forced disappearance", "Remote explosive/landmine/IED"
AIR, ARR, LOOT, DWU = "Air/drone strike", "Arrests", "Looting/property destruction", "Disrupted weapons use"
VD, MOB, PP = "Violent demonstration", "Mob violence", "Peaceful protest"
PWI, EXF = "Protest with intervention", "Excessive force against protesters"
# a road burnt with tyres is a violent demonstration or a protest in ACLED's notes, as the coder reads it
TYRES = (VD, PP, PWI)


def uag(cc: str) -> tuple:
    """Unidentified gunmen of a country: ACLED writes an armed group, a gang where the note says gang."""
    return f"Unidentified Armed Group ({cc})", f"Unidentified Gang ({cc})"


# ACLED's actor names (general knowledge of its actor list; the state's period by the day of the note)
MIL_MX, POL_MX, CIV_MX = "Military Forces of Mexico (2018-2024)", "Police Forces of Mexico (2018-2024)", \
    "Civilians (Mexico)"
GN_MX = ("Military Forces of Mexico (2018-2024) National Guard", "Police Forces of Mexico (2018-2024) National Guard",
         POL_MX, MIL_MX)  # unsure: the National Guard's side
MIL_MX24, POL_MX24 = "Military Forces of Mexico (2024-)", "Police Forces of Mexico (2024-)"
PROT_MX, RIOT_MX = "Protesters (Mexico)", "Rioters (Mexico)"
CJNG, SIN, CDG = "CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel", "Gulf Cartel"
CDN, FAM = "Northeast Cartel", ("La Familia Michoacana", "Familia Michoacana")  # unsure: the Familia's form
POL_BR, MIL_BR, CIV_BR = "Police Forces of Brazil (2023-)", "Military Forces of Brazil (2023-)", "Civilians (Brazil)"
# unsure: the Military Police's side (sitrep writes it as a unit of the military, ACLED's form as far as it knows)
PM_BR = ("Police Forces of Brazil (2023-) Military Police", POL_BR, "Military Forces of Brazil (2023-) Military Police")
# unsure: by what the note says; ACLED writes the gang-or-militia actor with no country
UAG_BR = uag("Brazil") + ("Unidentified Gang and/or Police Militia (Brazil)", "Unidentified Gang and/or Police Militia")
PCC, CV, PROT_BR = "PCC: First Capital Command", "CV: Red Command", "Protesters (Brazil)"
MIL_CO, POL_CO, CIV_CO = "Military Forces of Colombia (2022-)", "Police Forces of Colombia (2022-)", \
    "Civilians (Colombia)"
POL_CO18, PROT_CO = "Police Forces of Colombia (2018-2022)", "Protesters (Colombia)"
ELN, AGC = "ELN: National Liberation Army", ("Gulf Clan", "AGC: Gaitanist Self-Defense Forces of Colombia")  # unsure
FARC = "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"
POL_HT, CIV_HT, RIOT_HT = "Police Forces of Haiti (2021-)", "Civilians (Haiti)", "Rioters (Haiti)"
G9, GPEP, MAWOZO, VIV = "G9 an Fanmi e Alye", "G-Pep", "400 Mawozo", "Viv Ansanm"
GANG_HT = ("Unidentified Gang (Haiti)", "Unidentified Armed Group (Haiti)")
POL_EC, MIL_EC, CIV_EC = "Police Forces of Ecuador (2023-)", "Military Forces of Ecuador (2023-)", "Civilians (Ecuador)"
CHONEROS, LOBOS, PRIS_EC = "Los Choneros", "Los Lobos", ("Prisoners (Ecuador)", "Civilians (Ecuador)")
POL_VE, MIL_VE, CIV_VE = "Police Forces of Venezuela (2013-)", "Military Forces of Venezuela (2013-)", \
    "Civilians (Venezuela)"
TDA, PROT_VE = "Tren de Aragua", "Protesters (Venezuela)"
POL_PE, MIL_PE, PROT_PE = "Police Forces of Peru (2022-2025)", "Military Forces of Peru (2022-2025)", \
    "Protesters (Peru)"
MPCP = ("MPCP: Militarized Communist Party of Peru", "Shining Path")  # unsure
MS13, B18 = "MS-13: Mara Salvatrucha", "Barrio 18"
POL_HN, CIV_HN = "Police Forces of Honduras (2022-)", "Civilians (Honduras)"
POL_SV, CIV_SV = ("Police Forces of El Salvador (2019-)", "Military Forces of El Salvador (2019-)"), \
    "Civilians (El Salvador)"
POL_GT, CIV_GT = "Police Forces of Guatemala (2024-)", "Civilians (Guatemala)"
POL_CL, CIV_CL, RIOT_CL = "Police Forces of Chile (2022-)", "Civilians (Chile)", "Rioters (Chile)"
CAM = ("CAM: Arauco-Malleco Coordinator", "Coordinadora Arauco-Malleco", "Mapuche Ethnic Militia (Chile)")  # unsure
POL_AR, CIV_AR, PROT_AR = "Police Forces of Argentina (2023-)", "Civilians (Argentina)", "Protesters (Argentina)"

# towns and quarters (general knowledge)
APATZINGAN, FRESNILLO, CELAYA, SALAMANCA = (19.09, -102.35), (23.17, -102.87), (20.52, -100.81), (20.57, -101.19)
AGUILILLA, COALCOMAN, CULIACAN, TLATLAYA = (18.73, -102.79), (18.78, -103.16), (24.80, -107.39), (18.62, -100.21)
NUEVO_LAREDO, ENSENADA, CHILPANCINGO, TECPAN = (27.48, -99.51), (31.87, -116.60), (17.55, -99.50), (17.22, -100.63)
OAXACA, GUADALAJARA, HUEJUTLA, URUAPAN = (17.06, -96.73), (20.67, -103.35), (21.14, -98.42), (19.42, -102.06)
ZAMORA, IRAPUATO, REYNOSA, TIJUANA = (19.98, -102.28), (20.67, -101.35), (26.08, -98.29), (32.53, -117.02)
JUAREZ, ACAPULCO, CUERNAVACA, OBREGON = (31.69, -106.42), (16.85, -99.82), (18.92, -99.23), (27.49, -109.94)
MARE, SAO_GONCALO, ANGRA, GUARUJA = (-22.86, -43.24), (-22.83, -43.05), (-23.01, -44.32), (-23.99, -46.26)
BOA_VISTA, MARABA, ALTAMIRA, BELEM = (2.82, -60.67), (-5.37, -49.12), (-3.20, -52.21), (-1.46, -48.49)
SANTA_CRUZ_RJ, DOURADOS, SALVADOR_BA, MANAUS = (-22.92, -43.68), (-22.22, -54.81), (-12.97, -38.50), (-3.12, -60.02)
ALEMAO, DUQUE_CAXIAS, FORTALEZA, SAO_PAULO = (-22.86, -43.27), (-22.79, -43.31), (-3.73, -38.53), (-23.55, -46.63)
SUAREZ, TIBU, TAME, JAMUNDI, CALI = (2.95, -76.70), (8.64, -72.74), (6.46, -71.73), (3.26, -76.54), (3.45, -76.53)
ISTMINA, SARAVENA, ARGELIA, TUMACO = (5.16, -76.69), (6.95, -71.87), (2.26, -77.25), (1.80, -78.76)
TORIBIO, CAUCASIA, BUENAVENTURA, CUCUTA = (2.95, -76.27), (7.99, -75.19), (3.88, -77.03), (7.89, -72.50)
PAP, CROIX, CITE_SOLEIL, PETIONVILLE = (18.54, -72.34), (18.58, -72.23), (18.58, -72.33), (18.51, -72.29)
CABARET, GONAIVES, TABARRE, CARREFOUR = (18.73, -72.42), (19.45, -72.69), (18.58, -72.27), (18.54, -72.40)
SAINT_MARC, KENSCOFF, MIREBALAIS, ARCAHAIE = (19.11, -72.69), (18.45, -72.29), (18.83, -72.10), (18.77, -72.51)
GUAYAQUIL, CUENCA, ESMERALDAS, MACHALA = (-2.19, -79.89), (-2.90, -79.00), (0.96, -79.65), (-3.26, -79.96)
PONCE_ENRIQUEZ, DURAN, MANTA, LATACUNGA = (-3.06, -79.74), (-2.17, -79.83), (-0.95, -80.72), (-0.93, -78.62)
MARACAY, PETARE, BARQUISIMETO, EL_CALLAO = (10.25, -67.60), (10.48, -66.81), (10.07, -69.32), (7.35, -61.83)
SAN_CRISTOBAL, MARACAIBO = (7.77, -72.22), (10.65, -71.64)
JULIACA, PUNO, AYACUCHO, VIZCATAN, PATAZ = (-15.50, -70.13), (-15.84, -70.02), (-13.16, -74.22), (-12.25, -74.02), \
    (-7.78, -77.60)
LIMA, TRUJILLO, ANDAHUAYLAS = (-12.05, -77.04), (-8.11, -79.03), (-13.66, -73.38)
SPS, CHOLOMA, TEGUCIGALPA, SOYAPANGO, SAN_SALVADOR = (15.50, -88.03), (15.61, -87.95), (14.07, -87.19), \
    (13.70, -89.15), (13.69, -89.22)
ESCUINTLA, VILLA_NUEVA, GUATEMALA = (14.30, -90.79), (14.53, -90.59), (14.63, -90.51)
ERCILLA, TIRUA, SANTIAGO, TEMUCO, CANETE = (-38.06, -72.38), (-38.34, -73.49), (-33.45, -70.67), (-38.74, -72.60), \
    (-37.80, -73.40)
ROSARIO, BUENOS_AIRES = (-32.95, -60.65), (-34.60, -58.38)

# the thirty-eighth session's fresh group: more countries (Bolivia, Paraguay, Costa Rica) and groups
POL_BO, PROT_BO, CIV_BO = "Police Forces of Bolivia (2020-)", "Protesters (Bolivia)", "Civilians (Bolivia)"
MIL_BO = "Military Forces of Bolivia (2020-)"
POL_PY, MIL_PY, CIV_PY = "Police Forces of Paraguay (2023-)", "Military Forces of Paraguay (2023-)", \
    "Civilians (Paraguay)"
EPP = ("EPP: Paraguayan People's Army", "Paraguayan People's Army")  # unsure
POL_CR, CIV_CR = "Police Forces of Costa Rica (2022-)", "Civilians (Costa Rica)"
SRL, VIAGRAS, ARDILLOS = "Santa Rosa de Lima Cartel", "Los Viagras", "Los Ardillos"
TCP, GRAN_GRIF, TIGUERONES = "TCP: Pure Third Command", "Gran Grif", "Los Tiguerones"
EMC = (FARC, "EMC: Central General Staff")  # unsure: the faction's form
PROT_HT, PROT_EC, PROT_CL, RIOT_AR = "Protesters (Haiti)", "Protesters (Ecuador)", "Protesters (Chile)", \
    "Rioters (Argentina)"
CIV_PE, CIV_GT24 = "Civilians (Peru)", "Civilians (Guatemala)"
ZITACUARO, CHILAPA, MATAMOROS, LEON_GTO = (19.44, -100.36), (17.60, -99.18), (25.87, -97.50), (21.12, -101.68)
TEPALCATEPEC, CABORCA, CIUDAD_HIDALGO, COMALAPA = (19.19, -102.85), (30.72, -112.16), (14.68, -92.15), (15.66, -92.14)
SALTILLO = (25.42, -101.00)
NITEROI, BELFORD_ROXO, SANTOS, RECIFE = (-22.88, -43.10), (-22.76, -43.40), (-23.96, -46.33), (-8.05, -34.88)
SAO_FELIX, CURITIBA = (-6.64, -51.99), (-25.43, -49.27)
MORALES, ITUANGO, ARAUCA, QUIBDO = (2.76, -76.63), (7.17, -75.76), (7.08, -70.76), (5.69, -76.66)
PUERTO_GUZMAN, BOGOTA = (0.96, -76.41), (4.71, -74.07)
DELMAS, PETIT_GOAVE, LIANCOURT, GANTHIER = (18.55, -72.30), (18.43, -72.87), (19.13, -72.53), (18.53, -72.07)
CARACAS, TUMEREMO, GUASDUALITO = (10.49, -66.88), (7.30, -61.50), (7.24, -70.73)
QUEVEDO, BABAHOYO, HUAQUILLAS, QUITO = (-1.02, -79.46), (-1.80, -79.53), (-3.48, -80.23), (-0.18, -78.47)
TOCACHE, CHICLAYO, CUSCO = (-8.19, -76.51), (-6.77, -79.84), (-13.53, -71.97)
LA_CEIBA, TOCOA, HUEHUETENANGO, USULUTAN = (15.78, -86.79), (15.66, -86.00), (15.32, -91.47), (13.35, -88.44)
LIMON, COLLIPULLI, VALPARAISO, MENDOZA = (9.99, -83.03), (-37.95, -72.43), (-33.05, -71.62), (-32.89, -68.83)
EL_ALTO, VILLA_TUNARI, SANTA_CRUZ_BO = (-16.50, -68.19), (-16.97, -65.42), (-17.78, -63.18)
PEDRO_JUAN, CONCEPCION_PY, CIUDAD_DEL_ESTE = (-22.55, -55.73), (-23.41, -57.43), (-25.51, -54.61)

P, A, T, H, F = "places", "actors", "types", "held", "fresh"
NOTES = (
    # places: a village, colonia, favela or vereda with its municipality and state, a quarter, a prison, a road
    n(P, "2023-03-14", "unidentified gunmen shot dead two men in the town of Tacuarillo (Apatzingan municipality, "
      "Michoacan state).", ATT, [uag("Mexico"), CIV_MX], APATZINGAN, 2),
    n(P, "2022-06-08", "members of the CJNG and the Sinaloa Cartel clashed in Ranchito Zapoteco (Fresnillo "
      "municipality, Zacatecas state), leaving four gunmen dead.", AC, [CJNG, SIN], FRESNILLO, 4),
    n(P, "2021-09-19", "unidentified armed men killed a woman in colonia Arboledas de Quintanilla of Celaya "
      "(Guanajuato).", ATT, [uag("Mexico"), CIV_MX], CELAYA, 1),
    n(P, "2023-05-24", "Military Police officers clashed with Comando Vermelho members during an operation in Rio de "
      "Janeiro - Complexo da Mare (Rio de Janeiro). Three suspects were killed.", AC, [PM_BR, CV], MARE, 3),
    n(P, "2024-02-11", "gunmen shot dead a man in the favela of Morro do Taquaral in Sao Goncalo (Rio de Janeiro).",
      ATT, [UAG_BR, CIV_BR], SAO_GONCALO, 1),
    n(P, "2023-08-03", "FARC dissidents killed a social leader in vereda El Chirimoyal of Suarez municipality "
      "(Cauca).", ATT, [FARC, CIV_CO], SUAREZ, 1),
    n(P, "2024-01-17", "the ELN clashed with the Colombian army in the corregimiento of Puerto Quinchal, Tibu "
      "municipality (Norte de Santander). Two soldiers were killed.", AC, [ELN, MIL_CO], TIBU, 2),
    n(P, "2023-04-22", "members of the 400 Mawozo gang kidnapped five people in Bonnefoi-Laroche, a locality of "
      "Croix-des-Bouquets commune (Ouest).", ABD, [MAWOZO, CIV_HT], CROIX),
    n(P, "2024-03-09", "gangs of the G9 attacked the Solino quarter of Port-au-Prince (Ouest), killing three "
      "residents.", ATT, [G9, CIV_HT], PAP, 3),
    n(P, "2023-07-24", "clashes between Los Choneros and Los Lobos inside the Litoral Penitentiary in Guayaquil "
      "(Guayas) left six prisoners dead.", AC, [CHONEROS, LOBOS], GUAYAQUIL, 6),
    n(P, "2024-01-10", "unidentified gunmen shot dead a prison guard outside the Turi prison in Cuenca (Azuay).",
      ATT, [uag("Ecuador"), CIV_EC], CUENCA, 1),
    n(P, "2022-11-02", "unidentified gunmen ambushed a National Guard patrol at km 38 of the Celaya-Salamanca "
      "highway (Guanajuato), killing two guardsmen.", AC, [uag("Mexico"), GN_MX], (CELAYA, SALAMANCA), 2, 50),
    n(P, "2023-09-05", "gunmen set fire to two buses on the Rio-Santos highway near Angra dos Reis (Rio de "
      "Janeiro).", LOOT, [UAG_BR], ANGRA, 0, 50),
    n(P, "2023-02-27", "a landmine planted by the ELN exploded in vereda Los Guayabitos, Tame municipality "
      "(Arauca), injuring a farmer.", IED, [ELN, CIV_CO], TAME),
    n(P, "2024-06-15", "G-Pep members fired at residents in Brooklyn, a neighbourhood of Cite Soleil (Ouest), "
      "killing two.", ATT, [GPEP, CIV_HT], CITE_SOLEIL, 2),
    n(P, "2023-10-12", "members of the Tren de Aragua clashed with the police in the San Vicente sector of Maracay "
      "(Aragua), leaving two gang members dead.", AC, [TDA, POL_VE], MARACAY, 2),
    n(P, "2023-01-19", "protesters blocked the Juliaca-Puno highway at km 12 (Puno); the police cleared the road "
      "with tear gas.", PWI, [PROT_PE, POL_PE], (JULIACA, PUNO), 0, 50),
    n(P, "2023-06-30", "MS-13 gang members shot dead a bus driver in colonia Rivera Hernandez of San Pedro Sula "
      "(Cortes).", ATT, [MS13, CIV_HN], SPS, 1),
    n(P, "2024-05-06", "unidentified gunmen killed three men in Aldea Chiquixtan, Escuintla municipality "
      "(Escuintla).", ATT, [uag("Guatemala"), CIV_GT], ESCUINTLA, 3),
    n(P, "2023-11-21", "a drone carrying explosives launched by the CJNG struck a house in El Tepehuajal (Aguililla "
      "municipality, Michoacan). No casualties were reported.", AIR, [CJNG, CIV_MX], AGUILILLA),
    n(P, "2023-08-28", "unidentified armed men set fire to three trucks on Route 5 near Ercilla (Araucania).", LOOT,
      [uag("Chile") + CAM], ERCILLA, 0, 50),
    n(P, "2024-03-04", "unidentified gunmen shot dead a taxi driver in the Ludueña neighbourhood of Rosario (Santa "
      "Fe).", ATT, [uag("Argentina"), CIV_AR], ROSARIO, 1),
    # actors
    n(A, "2024-10-20", "members of the Los Chapitos and Los Mayos factions of the Sinaloa Cartel clashed in "
      "Culiacan (Sinaloa), leaving five dead.", AC, [SIN, SIN], CULIACAN, 5),
    n(A, "2023-02-16", "La Familia Michoacana clashed with the CJNG in Tlatlaya (Mexico state). Three gunmen were "
      "killed.", AC, [FAM, CJNG], TLATLAYA, 3),
    n(A, "2022-04-09", "Gulf Cartel gunmen clashed with members of the Northeast Cartel in Nuevo Laredo "
      "(Tamaulipas), leaving two dead.", AC, [CDG, CDN], NUEVO_LAREDO, 2),
    n(A, "2023-06-11", "soldiers of the Mexican army clashed with CJNG gunmen in Coalcoman (Michoacan), killing "
      "three cartel members.", AC, [MIL_MX, CJNG], COALCOMAN, 3),
    n(A, "2022-09-26", "members of the National Guard arrested two suspected members of the Sinaloa Cartel in "
      "Ensenada (Baja California).", ARR, [GN_MX, (SIN, CIV_MX)], ENSENADA),
    n(A, "2022-01-23", "unidentified gunmen shot dead a journalist in Chilpancingo (Guerrero).", ATT,
      [uag("Mexico"), CIV_MX], CHILPANCINGO, 1),
    n(A, "2023-12-02", "members of the PCC and the CV clashed in Boa Vista (Roraima), leaving two dead.", AC,
      [PCC, CV], BOA_VISTA, 2),
    n(A, "2023-08-01", "Military Police officers exchanged fire with suspected drug traffickers in Guaruja (Sao "
      "Paulo), killing three of them.", AC, [PM_BR, UAG_BR], GUARUJA, 3),
    n(A, "2023-04-17", "members of the MST occupied a farm in Maraba (Para) to demand land reform.", PP,
      [PROT_BR], MARABA),
    n(A, "2024-07-08", "gunmen killed an Indigenous land defender in Altamira (Para).", ATT, [UAG_BR, CIV_BR],
      ALTAMIRA, 1),
    n(A, "2023-09-14", "Clan del Golfo members clashed with the ELN in Istmina (Choco), leaving two dead.", AC,
      [AGC, ELN], ISTMINA, 2),
    n(A, "2021-05-06", "ESMAD officers dispersed protesters with tear gas in Cali (Valle del Cauca).", PWI,
      [PROT_CO, POL_CO18], CALI),
    n(A, "2024-05-20", "FARC dissidents of the Estado Mayor Central attacked a police station in Jamundi (Valle del "
      "Cauca), injuring two officers.", AC, [FARC, POL_CO], JAMUNDI),
    n(A, "2022-10-03", "Haitian National Police officers clashed with the 400 Mawozo gang in Croix-des-Bouquets "
      "(Ouest), killing three gang members.", AC, [POL_HT, MAWOZO], CROIX, 3),
    n(A, "2023-05-02", "a mob lynched two suspected gang members in Petion-Ville (Ouest) as part of the Bwa Kale "
      "movement.", MOB, [RIOT_HT, (CIV_HT,) + GANG_HT], PETIONVILLE, 2),
    n(A, "2024-10-14", "Viv Ansanm gang members attacked residents of Cabaret (Ouest), killing four.", ATT,
      [VIV, CIV_HT], CABARET, 4),
    n(A, "2022-07-18", "police arrested 12 alleged MS-13 members in Soyapango (San Salvador) under the state of "
      "exception.", ARR, [POL_SV, (MS13, CIV_SV)], SOYAPANGO),
    n(A, "2023-03-25", "Barrio 18 members clashed with MS-13 in Choloma (Cortes), leaving three dead.", AC,
      [B18, MS13], CHOLOMA, 3),
    n(A, "2024-04-13", "Ecuadorian soldiers clashed with Los Lobos members in an illegal mining area of Camilo Ponce "
      "Enriquez (Azuay), killing two.", AC, [MIL_EC, LOBOS], PONCE_ENRIQUEZ, 2),
    n(A, "2023-09-04", "members of the Militarized Communist Party of Peru ambushed a military patrol in Vizcatan del "
      "Ene (Junin), killing two soldiers.", AC, [MPCP, MIL_PE], VIZCATAN, 2),
    n(A, "2023-07-27", "members of the Coordinadora Arauco-Malleco set fire to forestry machinery in Tirua "
      "(Biobio).", LOOT, [CAM], TIRUA),
    # types
    n(T, "2023-10-30", "unidentified armed men kidnapped a mayor's aide in Tecpan de Galeana (Guerrero).", ABD,
      [uag("Mexico"), CIV_MX], TECPAN),
    n(T, "2022-08-16", "the Mexican army seized 40 rifles and a homemade armoured truck in Aguililla (Michoacan).",
      DWU, [MIL_MX], AGUILILLA),
    n(T, "2021-06-14", "police opened fire on protesting teachers in Oaxaca (Oaxaca), killing one.", EXF,
      [POL_MX, PROT_MX], OAXACA, 1),
    n(T, "2023-05-10", "relatives of missing persons protested in Guadalajara (Jalisco) to demand searches.", PP,
      [PROT_MX], GUADALAJARA),
    n(T, "2023-10-23", "militia members set fire to ten buses in Rio de Janeiro - Santa Cruz after the killing of "
      "one of their leaders.", LOOT, [("Police Militia (Brazil)",) + UAG_BR], SANTA_CRUZ_RJ),  # unsure
    n(T, "2024-03-19", "the Federal Police arrested a city councillor in Belem (Para) accused of ordering killings.",
      ARR, [(POL_BR + " Federal Police", POL_BR), CIV_BR], BELEM),
    n(T, "2023-06-06", "Indigenous protesters blocked a federal highway near Dourados (Mato Grosso do Sul); the "
      "police dispersed them with rubber bullets.", PWI, [PROT_BR, POL_BR], DOURADOS, 0, 50),
    n(T, "2023-11-08", "the ELN kidnapped two soldiers in Saravena (Arauca).", ABD, [ELN, MIL_CO], SARAVENA),
    n(T, "2024-02-21", "gang members kidnapped the passengers of a bus at Croix-des-Missions in Tabarre (Ouest).",
      ABD, [GANG_HT, CIV_HT], TABARRE),
    n(T, "2022-09-12", "protesters burned tyres and barricaded streets in Gonaives (Artibonite) to demand the prime "
      "minister's resignation.", TYRES, [("Protesters (Haiti)", RIOT_HT)], GONAIVES),
    n(T, "2024-02-05", "the police arrested 15 suspected members of Los Tiguerones in Esmeraldas (Esmeraldas).",
      ARR, [POL_EC, ("Los Tiguerones", CIV_EC)], ESMERALDAS),  # unsure: the gang's form
    n(T, "2023-09-13", "a car bomb exploded outside the prison of Machala (El Oro). No casualties were reported.",
      IED, [uag("Ecuador")], MACHALA),
    n(T, "2023-02-02", "the police fired live rounds at protesters in Ayacucho (Ayacucho), killing three.", EXF,
      [POL_PE, PROT_PE], AYACUCHO, 3),
    n(T, "2024-08-06", "SEBIN agents arrested an opposition activist in Barquisimeto (Lara).", ARR,
      [POL_VE, CIV_VE], BARQUISIMETO),
    n(T, "2024-09-11", "retirees protested in front of Congress in Buenos Aires; the police dispersed them with "
      "pepper spray and water cannon.", PWI, [PROT_AR, POL_AR], BUENOS_AIRES),
    n(T, "2023-10-18", "rioters threw stones at Carabineros during a protest in Santiago (Metropolitana).", VD,
      [RIOT_CL, POL_CL], SANTIAGO),
    n(T, "2022-05-29", "a mob beat and burned alive a man accused of kidnapping in Huejutla (Hidalgo).", MOB,
      [RIOT_MX, CIV_MX], HUEJUTLA, 1),
    n(T, "2024-06-03", "looters ransacked shops in Saint-Marc (Artibonite) after gang members chased the police "
      "out.", LOOT, [GANG_HT + (RIOT_HT,), CIV_HT], SAINT_MARC),  # unsure: who loots
    # held: other wordings, towns and countries, not studied
    n(H, "2023-08-19", "armed men killed a farmer in the village of Palo Cuachi, in the municipality of Uruapan "
      "(Michoacan).", ATT, [uag("Mexico"), CIV_MX], URUAPAN, 1),
    n(H, "2022-03-30", "gunmen of the CJNG attacked police officers in El Zapotillal, Zamora municipality "
      "(Michoacan), killing one officer.", AC, [CJNG, POL_MX], ZAMORA, 1),
    n(H, "2024-01-28", "two men were found shot dead in colonia Jardines del Quelite, Irapuato (Guanajuato).", ATT,
      [uag("Mexico"), CIV_MX], IRAPUATO, 2),
    n(H, "2023-04-05", "Gulf Cartel factions fought each other in Reynosa (Tamaulipas), leaving three gunmen dead.",
      AC, [CDG, CDG], REYNOSA, 3),
    n(H, "2022-12-12", "unidentified gunmen shot dead three people at a bar in Ciudad Obregon (Cajeme, Sonora).",
      ATT, [uag("Mexico"), CIV_MX], OBREGON, 3),
    n(H, "2023-07-07", "the National Guard clashed with armed men on the Tijuana-Ensenada highway near Rosarito "
      "(Baja California), killing two.", AC, [GN_MX, uag("Mexico")], (TIJUANA, ENSENADA), 2, 50),
    n(H, "2024-11-15", "soldiers of the Mexican army clashed with Sinaloa Cartel gunmen in Culiacan (Sinaloa), "
      "killing four of them.", AC, [MIL_MX24, SIN], CULIACAN, 4),
    n(H, "2023-10-09", "hooded men burned a local radio station in Acapulco (Guerrero).", LOOT, [uag("Mexico")],
      ACAPULCO),
    n(H, "2022-02-22", "residents of Cuernavaca (Morelos) blocked a road to protest against water cuts.", PP,
      [PROT_MX], CUERNAVACA),
    n(H, "2021-11-03", "prisoners rioted in a prison in Ciudad Juarez (Chihuahua), leaving two inmates dead.", MOB,
      [("Rioters (Mexico)", "Prisoners (Mexico)"), ("Prisoners (Mexico)", CIV_MX)], JUAREZ, 2),  # unsure
    n(H, "2023-11-27", "police officers killed four suspects in a shootout in Rio de Janeiro - Complexo do Alemao "
      "(Rio de Janeiro).", AC, [PM_BR, UAG_BR], ALEMAO, 4),
    n(H, "2024-04-02", "drug traffickers of the Terceiro Comando Puro shot dead a resident of the favela Vila "
      "Caparica in Duque de Caxias, in the Baixada Fluminense.", ATT, ["TCP: Pure Third Command", CIV_BR], DUQUE_CAXIAS, 1),
    n(H, "2023-03-16", "gunmen attacked a Yanomami community near Boa Vista (Roraima), killing a child.", ATT,
      [UAG_BR, CIV_BR], BOA_VISTA, 1, 50),
    n(H, "2024-09-23", "members of the Landless Workers Movement (MST) protested in Salvador (Bahia) for land "
      "reform.", PP, [PROT_BR], SALVADOR_BA),
    n(H, "2023-07-31", "the Military Police arrested a suspected PCC leader in Fortaleza (Ceara).", ARR,
      [PM_BR, (PCC, CIV_BR)], FORTALEZA),
    n(H, "2022-05-05", "the police used tear gas against protesters who burned tyres on Avenida Paulista in Sao "
      "Paulo.", PWI, [PROT_BR, POL_BR.replace("2023-", "2019-2022")], SAO_PAULO),
    n(H, "2024-02-18", "FARC dissidents killed an Indigenous guard in vereda La Hondita of Toribio municipality "
      "(Cauca).", ATT, [FARC, CIV_CO], TORIBIO, 1),
    n(H, "2023-05-13", "the Gulf Clan and the ELN clashed in the rural area of Caucasia (Antioquia), killing three "
      "combatants.", AC, [AGC, ELN], CAUCASIA, 3),
    n(H, "2024-08-26", "an explosive device planted by FARC dissidents went off near a military base in Argelia "
      "(Cauca), wounding two soldiers.", IED, [FARC, MIL_CO], ARGELIA),
    n(H, "2023-12-05", "armed men murdered a former FARC combatant in Tumaco (Narino).", ATT,
      [uag("Colombia"), CIV_CO], TUMACO, 1),
    n(H, "2022-11-24", "the Colombian army seized explosives and rifles belonging to the ELN in Cucuta (Norte de "
      "Santander).", DWU, [MIL_CO, ELN], CUCUTA),
    n(H, "2023-01-31", "gang members attacked the Carrefour commune (Ouest), burning several houses and killing "
      "two residents.", ATT, [GANG_HT, CIV_HT], CARREFOUR, 2),
    n(H, "2024-05-27", "members of the police and the Kenyan-led mission clashed with gangs in Kenscoff (Ouest), "
      "killing three gang members.", AC, [(POL_HT, "MSS: Multinational Security Support Mission in Haiti"), GANG_HT],
      KENSCOFF, 3),
    n(H, "2023-06-22", "residents lynched a suspected kidnapper in Arcahaie (Ouest).", MOB, [RIOT_HT, (CIV_HT,)
                                                                                            + GANG_HT], ARCAHAIE, 1),
    n(H, "2024-12-02", "Viv Ansanm gangs kidnapped three nurses in Mirebalais (Centre).", ABD, [VIV, CIV_HT],
      MIREBALAIS),
    n(H, "2024-03-29", "inmates were killed during a fight between Los Lobos and Los Choneros at the prison of "
      "Latacunga (Cotopaxi). Four prisoners died.", AC, [LOBOS, CHONEROS], LATACUNGA, 4),
    n(H, "2024-06-26", "armed men threw explosives at a house in Duran (Guayas), injuring two people.",
      (ATT, "Grenade"), [uag("Ecuador"), CIV_EC], DURAN),  # unsure: a thrown explosive is the codebook's grenade
    n(H, "2023-10-05", "the Ecuadorian military arrested six suspected gang members in Manta (Manabi).", ARR,
      [MIL_EC, CIV_EC], MANTA),
    n(H, "2024-07-22", "unidentified gunmen killed a journalist in San Cristobal (Tachira).", ATT,
      [uag("Venezuela"), CIV_VE], SAN_CRISTOBAL, 1),
    n(H, "2024-07-30", "the National Guard fired tear gas at opposition protesters in Maracaibo (Zulia).", PWI,
      [PROT_VE, (MIL_VE, POL_VE)], MARACAIBO),
    n(H, "2023-03-08", "illegal miners clashed with the Venezuelan army in El Callao (Bolivar), leaving three "
      "miners dead.", AC, [uag("Venezuela"), MIL_VE], EL_CALLAO, 3),
    n(H, "2024-05-15", "gunmen killed four miners in Pataz province (La Libertad).", ATT, [uag("Peru"),
                                                                                           "Civilians (Peru)"],
      PATAZ, 4, 50),
    n(H, "2023-07-19", "protesters marched in Lima against the government; the police used tear gas.", PWI,
      [PROT_PE, POL_PE], LIMA),
    n(H, "2022-12-15", "soldiers shot at protesters near the airport of Andahuaylas (Apurimac), killing two.", EXF,
      [MIL_PE.replace("2022-2025", "2021-2022"), PROT_PE], ANDAHUAYLAS, 2),  # unsure: the day's period
    n(H, "2023-08-08", "gang members set fire to a bus in Tegucigalpa (Francisco Morazan) after the company refused "
      "to pay extortion.", LOOT, [(MS13, B18) + uag("Honduras"), CIV_HN], TEGUCIGALPA),
    n(H, "2022-04-04", "soldiers arrested 30 suspected gang members in San Salvador.", ARR, [POL_SV, CIV_SV],
      SAN_SALVADOR),
    n(H, "2024-08-14", "gunmen opened fire on a family in Villa Nueva (Guatemala), killing three.", ATT,
      [uag("Guatemala"), CIV_GT], VILLA_NUEVA, 3),
    n(H, "2023-05-23", "Mapuche activists burned a church in Cañete (Biobio).", LOOT, [CAM + uag("Chile")], CANETE),
    n(H, "2023-03-21", "Carabineros dispersed students protesting in Temuco (Araucania) with water cannon.", PWI,
      ["Protesters (Chile)", POL_CL], TEMUCO),
    n(H, "2024-03-10", "gunmen killed a petrol station worker in Rosario (Santa Fe).", ATT,
      [uag("Argentina"), CIV_AR], ROSARIO, 1),
    n(H, "2024-02-01", "the police fired rubber bullets at protesters outside Congress in Buenos Aires, injuring "
      "several.", EXF, [POL_AR, PROT_AR], BUENOS_AIRES),
    n(H, "2023-12-20", "prisoners seized guards as hostages at the prison in Guayaquil (Guayas).", ABD,
      [PRIS_EC + ("Rioters (Ecuador)",) + uag("Ecuador"), CIV_EC], GUAYAQUIL),  # unsure
    # fresh: the thirty-eighth session's held-out group, written before any rule of that session
    n(F, "2024-03-06", "unidentified gunmen shot dead a shopkeeper in the community of Las Pilas (Zitacuaro "
      "municipality, Michoacan state).", ATT, [uag("Mexico"), CIV_MX], ZITACUARO, 1),
    n(F, "2023-06-17", "members of Los Ardillos ambushed a group of villagers on a dirt road near Chilapa de Alvarez "
      "(Guerrero), killing five of them.", ATT, [ARDILLOS, CIV_MX], CHILAPA, 5),
    n(F, "2022-09-28", "gunmen of the Santa Rosa de Lima Cartel and the CJNG exchanged fire in colonia San Juan de "
      "Abajo of Leon (Guanajuato). Two gunmen died.", AC, [SRL, CJNG], LEON_GTO, 2),
    n(F, "2024-01-09", "a drone operated by Carteles Unidos dropped explosives on houses in El Bejucal "
      "(Tepalcatepec municipality, Michoacan), wounding a woman.", AIR,
      [("Carteles Unidos", "Los Viagras", "Unidentified Armed Group (Mexico)"), CIV_MX], TEPALCATEPEC),  # unsure
    n(F, "2023-02-25", "Mexican soldiers repelled an attack by Gulf Cartel gunmen at kilometre 14 of the "
      "Matamoros-Reynosa highway (Tamaulipas). Three attackers were killed.", AC, [MIL_MX, CDG],
      (MATAMOROS, REYNOSA), 3, 50),
    n(F, "2024-12-03", "state police officers detained four men carrying rifles and grenades in Caborca (Sonora).",
      ARR, [POL_MX24, CIV_MX], CABORCA),
    n(F, "2023-10-11", "a group of residents in Frontera Comalapa (Chiapas) tied up and beat to death a man they "
      "accused of stealing a motorbike.", MOB, [RIOT_MX, CIV_MX], COMALAPA, 1),
    n(F, "2024-08-20", "hundreds of migrants marched from Ciudad Hidalgo (Chiapas) towards the north to demand transit "
      "papers.", PP, [("Protesters (Mexico)", "Protesters (International)")], CIUDAD_HIDALGO),
    n(F, "2022-03-08", "police fired tear gas at women marching for International Women's Day in Saltillo "
      "(Coahuila) after some of them painted the walls of the state palace.", PWI, [PROT_MX, POL_MX],
      SALTILLO),
    n(F, "2024-05-07", "Military Police officers shot dead two suspected drug traffickers during a raid in the "
      "favela Morro do Palacio in Niteroi (Rio de Janeiro).", AC, [PM_BR, UAG_BR], NITEROI, 2),
    n(F, "2023-09-14", "militiamen shot dead a motorcycle taxi driver in Belford Roxo, Baixada Fluminense (Rio de "
      "Janeiro).", ATT, [UAG_BR, CIV_BR], BELFORD_ROXO, 1),
    n(F, "2024-10-02", "members of the TCP and the Red Command fought over a drug point in Santos (Sao Paulo), "
      "leaving one dead.", AC, [(TCP, PCC), CV], SANTOS, 1),
    n(F, "2023-04-19", "gunmen hired by landowners set fire to the shacks of an MST camp near Sao Felix do Xingu "
      "(Para).", LOOT, [UAG_BR, CIV_BR], SAO_FELIX, 0, 50),
    n(F, "2024-06-12", "teachers on strike occupied the legislative assembly in Curitiba (Parana) and were "
      "removed by Military Police officers with pepper spray.", PWI, [PROT_BR, PM_BR], CURITIBA),
    n(F, "2023-11-05", "the Federal Police arrested a PCC member wanted for drug trafficking at the airport of Recife "
      "(Pernambuco).", ARR, [POL_BR, (PCC, CIV_BR)], RECIFE),
    n(F, "2024-04-23", "ELN militants attacked an army patrol in vereda Los Naranjos of Arauca municipality "
      "(Arauca), killing a soldier.", AC, [ELN, MIL_CO], ARAUCA, 1),
    n(F, "2023-08-30", "FARC dissidents of the Carlos Patino front clashed with the army in Morales (Cauca). Two "
      "dissidents died.", AC, [EMC, MIL_CO], MORALES, 2),
    n(F, "2024-02-27", "the Gulf Clan abducted two municipal workers in corregimiento El Aro of Ituango municipality "
      "(Antioquia).", ABD, [AGC, CIV_CO], ITUANGO),
    n(F, "2022-07-15", "a landmine laid by unidentified armed men exploded under a farmer in rural Puerto Guzman "
      "(Putumayo), killing him.", IED, [uag("Colombia"), CIV_CO], PUERTO_GUZMAN, 1),
    n(F, "2023-03-03", "unknown assailants killed a social leader in his home in Quibdo (Choco).", ATT,
      [uag("Colombia"), CIV_CO], QUIBDO, 1),
    n(F, "2021-05-03", "ESMAD officers clashed with protesters who threw stones at a police station in Bogota during "
      "the national strike.", PWI, [PROT_CO, POL_CO18], BOGOTA),  # unsure: intervention or clash
    n(F, "2024-09-09", "Gran Grif gang members opened fire on farmers in Liancourt (Artibonite), killing seven.",
      ATT, [(GRAN_GRIF,) + GANG_HT, CIV_HT], LIANCOURT, 7),
    n(F, "2024-11-19", "the police and armed residents killed 28 suspected gang members who tried to enter Petion-"
      "Ville (Ouest) through the Delmas heights.", AC, [POL_HT, (VIV,) + GANG_HT], PETIONVILLE, 28),
    n(F, "2023-08-24", "gangsters kidnapped a missionary and her daughter in Ganthier (Ouest).", ABD,
      [GANG_HT, CIV_HT], GANTHIER),
    n(F, "2024-02-07", "demonstrators demanding the Prime Minister's resignation burned tyres and threw stones at "
      "police in Petit-Goave (Nippes).", VD, [RIOT_HT, POL_HT], PETIT_GOAVE),
    n(F, "2025-03-18", "members of a Bwa Kale vigilante group killed two suspected gang members with machetes in "
      "Delmas 32, Delmas (Ouest).", MOB, [(RIOT_HT, "Bwa Kale"), GANG_HT + (CIV_HT,)], DELMAS, 2),  # unsure
    n(F, "2024-08-01", "agents of the Bolivarian National Police arrested dozens of people who had taken part in "
      "protests against the election results in Caracas.", ARR, [POL_VE, (PROT_VE, CIV_VE)], CARACAS),
    n(F, "2023-05-26", "armed men of a mining gang killed three miners at a gold mine near Tumeremo (Bolivar).",
      ATT, [uag("Venezuela"), CIV_VE], TUMEREMO, 3, 50),
    n(F, "2022-01-02", "ELN militants and FARC dissidents fought around Guasdualito (Apure) near the Colombian "
      "border, leaving four combatants dead.", AC, [ELN, FARC], GUASDUALITO, 4, 50),
    n(F, "2024-04-14", "members of Los Lobos shot dead a city councillor outside his house in Quevedo (Los Rios).",
      ATT, [LOBOS, CIV_EC], QUEVEDO, 1),
    n(F, "2023-09-02", "a car bomb went off beside a police station in the Guasmo Sur neighbourhood of Guayaquil "
      "(Guayas), damaging several houses.", IED, [uag("Ecuador"), POL_EC.replace("2023-", "2021-2023")],
      GUAYAQUIL),  # unsure: the period before November 2023
    n(F, "2024-01-10", "soldiers patrolling Babahoyo (Los Rios) under the state of internal armed conflict arrested "
      "seven suspected members of Los Tiguerones.", ARR, [MIL_EC, (TIGUERONES, CIV_EC)], BABAHOYO),
    n(F, "2024-10-16", "Indigenous groups marched in Quito against power cuts and the rise in fuel prices.", PP,
      [PROT_EC], QUITO),
    n(F, "2023-06-05", "suspected members of the MPCP attacked a police post in Tocache (San Martin), wounding two "
      "officers.", ATT, [MPCP, POL_PE], TOCACHE, 0, 50),  # unsure: an attack on a post or a clash
    n(F, "2024-03-22", "an extortion gang threw an explosive at a bus company's office in Chiclayo (Lambayeque).",
      ATT, [uag("Peru"), CIV_PE], CHICLAYO),  # unsure: property only
    n(F, "2023-01-11", "protesters tried to occupy the airport of Cusco and clashed with police, who used tear gas; "
      "one protester died.", VD, [("Rioters (Peru)", PROT_PE), POL_PE], CUSCO, 1),  # unsure: the type
    n(F, "2024-07-04", "members of Barrio 18 killed a bus driver who had refused to pay extortion in La Ceiba "
      "(Atlantida).", ATT, [B18, CIV_HN], LA_CEIBA, 1),
    n(F, "2024-09-15", "gunmen shot dead an environmental defender in Tocoa (Colon).", ATT,
      [uag("Honduras"), CIV_HN], TOCOA, 1),
    n(F, "2024-06-28", "unidentified men killed two brothers in aldea Chichoj, Huehuetenango (Huehuetenango).",
      ATT, [uag("Guatemala"), CIV_GT24], HUEHUETENANGO, 2),
    n(F, "2023-02-16", "soldiers and police arrested 12 alleged MS-13 members under the state of exception in "
      "Usulutan (Usulutan).", ARR, [POL_SV, (CIV_SV, MS13)], USULUTAN),
    n(F, "2024-05-30", "gunmen opened fire from a moving car on a group of men in Limon (Limon), killing three.",
      ATT, [uag("Costa Rica"), CIV_CR], LIMON, 3),
    n(F, "2023-04-27", "armed hooded men burned three logging trucks on the road between Collipulli and Ercilla "
      "(Araucania).", LOOT, [CAM + uag("Chile"), CIV_CL], (COLLIPULLI, ERCILLA), 0, 50),
    n(F, "2022-10-18", "rioters looted a supermarket and clashed with Carabineros in Valparaiso on the third "
      "anniversary of the 2019 uprising.", VD, [RIOT_CL, POL_CL], VALPARAISO),
    n(F, "2024-04-24", "university students and teachers marched in Mendoza (Mendoza) against budget cuts.", PP,
      [PROT_AR], MENDOZA),
    n(F, "2024-06-10", "police broke up a road blockade by supporters of Evo Morales near Villa Tunari "
      "(Cochabamba) with tear gas.", PWI, [PROT_BO, POL_BO], VILLA_TUNARI, 0, 50),
    n(F, "2023-03-09", "neighbours in El Alto (La Paz) lynched a man accused of robbing a house.", MOB,
      [("Rioters (Bolivia)",), CIV_BO], EL_ALTO, 1),
    n(F, "2024-02-19", "gunmen on a motorcycle shot dead a journalist in Pedro Juan Caballero (Amambay).", ATT,
      [uag("Paraguay"), CIV_PY], PEDRO_JUAN, 1),
    n(F, "2022-09-21", "members of the EPP kidnapped a rancher at his farm in Concepcion department.", ABD,
      [EPP, CIV_PY], CONCEPCION_PY, 0, 50),
)


def main() -> int:
    """This set's table."""
    return run(NOTES, "latam", __doc__)


if __name__ == "__main__":
    sys.exit(main())
