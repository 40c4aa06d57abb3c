"""Actor names stress set: invented notes naming the armed groups, militias, gangs and state units of the countries
ACLED codes most, as the press and ACLED's notes write them, with the name ACLED gives each (general knowledge of
the groups and of ACLED's naming conventions, never a dev text). A group whose ACLED name is uncertain is still
written, with the name ACLED's conventions give it: its failures say what the tables do not know.

    PYTHONPATH=. .venv/bin/python bench/actor_names_stress.py [--show-failures] [--only CC,CC]

bench/actor_stress.py draws its groups from sitrep's own tables, so it cannot tell what the tables lack; this set
names groups whether the tables hold them or not. Each group is written in three shapes (it attacks soldiers,
soldiers clash with it, it kills civilians), each state unit in two (it kills a civilian, it disperses
protesters). Each note is coded by the real pipeline and its first dated event's actors compared as the scorer
does (order-free, ACLED's period suffix aside, a state body's unit optional; a group's name the one it had that
day; a party's crowd may be ACLED's rioters). Nothing is written.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from actor_stress import FIRST, LAST, TOWNS, Tables, norm  # noqa: E402

from sitrep.pipeline import Pipeline  # noqa: E402
from sitrep.types import Article  # noqa: E402

TOWNS = {**TOWNS, "GH": ("Bawku", "Tamale"), "UG": ("Kasese", "Moroto"), "RU": ("Belgorod", "Kursk"),
         "TH": ("Pattani", "Narathiwat"), "DZ": ("Tamanrasset", "Djelfa")}
# (country, the group as a note writes it, ACLED's name); a state unit's name may carry ACLED's unit after its period
GROUPS = (
    # Nigeria
    ("NG", "IMN members", "IMN: Islamic Movement in Nigeria"),
    ("NG", "members of the Islamic Movement in Nigeria", "IMN: Islamic Movement in Nigeria"),
    ("NG", "MASSOB members", "MASSOB: Movement for the Actualization of a Sovereign State of Biafra"),
    ("NG", "Niger Delta Avengers militants", "NDA: Niger Delta Avengers"),
    ("NG", "MEND militants", "MEND: Movement for the Emancipation of the Niger Delta"),
    ("NG", "Oodua Peoples Congress members", "OPC: Oodua Peoples Congress"),
    ("NG", "ESN operatives", "IPOB: Indigenous Peoples of Biafra"),
    ("NG", "Ansaru militants", "Ansaru"),
    ("NG", "Lakurawa militants", "Lakurawa"),
    ("NG", "Bakura faction fighters", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("NG", "Amotekun operatives", "Police Forces of Nigeria (2023-) Amotekun Corps"),
    ("NG", "DSS operatives", "Police Forces of Nigeria (2023-) Department of State Services"),
    ("NG", "operatives of the Department of State Services", "Police Forces of Nigeria (2023-)"),
    ("NG", "Operation Hadin Kai troops", "Military Forces of Nigeria (2023-)"),
    # Cameroon
    ("CM", "Amba fighters", "Ambazonian Separatists (Cameroon)"),
    ("CM", "Ambazonia Restoration Forces fighters", "Ambazonian Separatists (Cameroon)"),
    ("CM", "Red Dragon separatists", "Ambazonian Separatists (Cameroon)"),
    ("CM", "Bui Warriors separatist fighters", "Ambazonian Separatists (Cameroon)"),
    # Sahel
    ("ML", "Katiba Macina militants", "JNIM: Group for Support of Islam and Muslims"),
    ("ML", "militants of the Macina Liberation Front", "JNIM: Group for Support of Islam and Muslims"),
    ("BF", "Ansarul Islam militants", "Ansaroul Islam"),
    ("ML", "Ganda Izo militiamen", "Ganda Izo"),
    ("ML", "Dan Na Ambassagou militiamen", "Dan Na Ambassagou"),
    ("TD", "FACT rebels", "FACT: Front for Change and Concord in Chad"),
    ("TD", "CCMSR rebels", "CCMSR: Military Command Council for the Salvation of the Republic"),
    ("TD", "UFR rebels", "UFR: Union of Resistance Forces"),
    # DR Congo
    ("CD", "Kamuina Nsapu militiamen", "Kamuina Nsapu Militia"),
    ("CD", "Bana Mura militiamen", "Bana Mura Militia"),
    ("CD", "CNRD fighters", "CNRD: National Council for Renewal and Democracy"),
    ("CD", "Nyatura militiamen", "Nyatura Militia"),
    ("CD", "Zaire militiamen", "CRP: Convention for the Popular Revolution"),
    ("CD", "Republican Guard soldiers", "Military Forces of the Democratic Republic of Congo (2019-) Republican Guard"),
    # CAR
    ("CF", "MPC rebels", "MPC: Patriotic Movement for Central Africa"),
    ("CF", "Azande Ani Kpi Gbe militiamen", "Azande Ani Kpi Gbe"),
    ("CF", "MLCJ rebels", "MLCJ: Movement of Central African Liberators for Justice"),
    ("CF", "Russian instructors", "Wagner Group"),
    # Sudan, South Sudan
    ("SD", "Janjaweed militiamen", "Arab Ethnic Militia (Sudan)"),
    ("SD", "SLM-Abdel Wahid fighters", "SLM/A-AW: Sudan Liberation Movement/Army-Abdul Wahid"),
    ("SD", "SLM-Minnawi fighters", "SLM/A-MM: Sudan Liberation Movement/Army-Minni Minawi"),
    ("SD", "Central Reserve Police", "Police Forces of Sudan (2019-) Central Reserve Police"),
    ("SS", "White Army fighters", "Nuer Ethnic Militia (South Sudan)"),
    ("SS", "NAS fighters", "NAS: National Salvation Front"),
    ("SS", "SPLA-IO fighters", "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"),
    ("SS", "National Security Service agents", "Police Forces of South Sudan (2011-) National Security Service"),
    # Ethiopia, Somalia, Kenya
    ("ET", "Amhara Special Forces", "Police Forces of Ethiopia (2018-) Amhara Regional Special Forces"),
    ("ET", "Oromia Special Forces", "Police Forces of Ethiopia (2018-) Oromia Regional Special Forces"),
    ("ET", "Somali regional special police", "Police Forces of Ethiopia (2018-) Somali Regional Special Forces"),
    ("ET", "Liyu police", "Police Forces of Ethiopia (2018-) Somali Regional Special Forces"),
    ("ET", "ONLF fighters", "ONLF: Ogaden National Liberation Front"),
    ("ET", "Fano militiamen", "Fano Militia"),
    ("ET", "OLF-Shene fighters", "OLA: Oromo Liberation Army"),
    ("SO", "Danab commandos", "Military Forces of Somalia (2022-) Danab Brigade"),
    ("SO", "Macawisley militiamen", "Macawisley Militia"),
    ("SO", "ATMIS troops", "ATMIS: African Union Transition Mission in Somalia (2022-2024)"),
    ("SO", "Jubaland forces", "Jubaland Regional Forces"),
    ("KE", "KDF soldiers", "Military Forces of Kenya (2022-)"),
    ("KE", "GSU officers", "Police Forces of Kenya (2022-) General Service Unit"),
    ("KE", "Kenya Police Reservists", "Police Forces of Kenya (2022-) National Police Reserve"),
    ("KE", "Mombasa Republican Council members", "MRC: Mombasa Republican Council"),
    # Mozambique
    ("MZ", "RENAMO gunmen", "RENAMO: Mozambican National Resistance"),
    ("MZ", "Renamo Military Junta fighters", "RENAMO Military Junta"),
    ("MZ", "Naparama militiamen", "Naparama Militia"),
    ("MZ", "UIR officers", "Police Forces of Mozambique (2025-) Rapid Intervention Unit"),
    ("MZ", "Rwandan troops", "Military Forces of Rwanda (2000-)"),
    # Libya, Yemen, Syria, Iraq, Iran, Lebanon
    ("LY", "LNA forces", "Military Forces of Libya (2014-) Haftar Faction"),
    ("YE", "Islah militiamen", "Islah Party Militia"),
    ("YE", "Hadrami Elite Forces", "Hadrami Elite Forces"),
    ("YE", "Shabwani Elite Forces", "Shabwani Elite Forces"),
    ("SY", "Asayish members", "Asayish: Kurdish Internal Security Forces"),
    ("SY", "Manbij Military Council fighters", "MMC: Manbij Military Council"),
    ("SY", "Deir ez-Zor Military Council fighters", "DMC: Deir ez Zor Military Council"),
    ("SY", "Tiger Forces", "Military Forces of Syria (2000-) Tiger Forces"),
    ("SY", "Republican Guard troops", "Military Forces of Syria (2000-) Republican Guard"),
    ("IQ", "Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
    ("IQ", "Harakat al-Nujaba fighters", "Harakat Hezbollah al Nujaba"),
    ("IQ", "Kataib Sayyid al-Shuhada fighters", "Kataib Sayyid al Shuhada"),
    ("IQ", "Badr Organization fighters", "Badr Organization"),
    ("IQ", "YBS fighters", "YBS: Sinjar Resistance Units"),
    ("IR", "Basij members", "Military Forces of Iran (1989-) Basij"),
    ("IR", "Komala militants", "Komala: Kurdistan Organization of the Communist Party of Iran"),
    # Afghanistan, Pakistan, India
    ("AF", "Haqqani Network militants", "Taliban"),
    ("AF", "GDI agents", "Police Forces of Afghanistan (2021-) General Directorate of Intelligence"),
    ("PK", "Jamaat-ul-Ahrar militants", "JuA: Jamaat-ul-Ahrar"),
    ("PK", "Lashkar-e-Islam militants", "LeI: Lashkar-e-Islam"),
    ("PK", "Hafiz Gul Bahadur group militants", "Hafiz Gul Bahadur Group"),
    ("PK", "Majeed Brigade militants", "BLA: Balochistan Liberation Army"),
    ("PK", "Fitna al-Khawarij terrorists", "TTP: Tehreek-i-Taliban Pakistan"),
    ("PK", "Sindhudesh Revolutionary Army militants", "SRA: Sindhudesh Revolutionary Army"),
    ("IN", "Arambai Tenggol members", "Arambai Tenggol"),
    ("IN", "UNLF militants", "UNLF: United National Liberation Front"),
    ("IN", "PREPAK militants", "PREPAK: People's Revolutionary Party of Kangleipak"),
    ("IN", "KYKL militants", "KYKL: Kanglei Yawol Kanna Lup"),
    ("IN", "NDFB militants", "NDFB: National Democratic Front of Bodoland"),
    ("IN", "GNLA militants", "GNLA: Garo National Liberation Army"),
    ("IN", "Kuki National Army militants", "KNA: Kuki National Army"),
    ("IN", "Rashtriya Rifles soldiers", "Military Forces of India (2014-)"),
    ("IN", "Special Operations Group personnel", "Police Forces of India (2014-)"),
    ("IN", "Greyhounds commandos", "Police Forces of India (2014-)"),
    # Myanmar, Philippines, Thailand
    ("MM", "Rohingya Solidarity Organisation militants", "RSO: Rohingya Solidarity Organization"),
    ("MM", "Arakan Rohingya Army fighters", "ARA: Arakan Rohingya Army"),
    ("MM", "PNLA fighters", "PNLO/PNLA: Pa-O National Liberation Organization/Pa-O National Liberation Army"),
    ("MM", "KNDO fighters", "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
    ("MM", "Pyu Saw Htee militiamen", "Pyu Saw Htee"),
    ("MM", "Myanmar Police Force officers", "Police Forces of Myanmar (2021-)"),
    ("PH", "MNLF fighters", "MNLF: Moro National Liberation Front"),
    ("PH", "Dawlah Islamiyah militants", "Dawlah Islamiyah"),
    ("PH", "Maute group militants", "Dawlah Islamiyah"),
    ("PH", "CAFGU militiamen", "CAFGU: Citizen Armed Forces Geographical Unit"),
    ("PH", "PNP officers", "Police Forces of the Philippines (2022-)"),
    ("PH", "AFP soldiers", "Military Forces of the Philippines (2022-)"),
    ("TH", "BRN insurgents", "BRN: Barisan Revolusi Nasional"),
    # Colombia, Mexico, Brazil, Haiti
    ("CO", "Segunda Marquetalia fighters", "Segunda Marquetalia"),
    ("CO", "EMC dissidents", "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"),
    ("CO", "Los Rastrojos gunmen", "Los Rastrojos"),
    ("CO", "Comandos de la Frontera fighters", "Comandos de la Frontera"),
    ("CO", "EPL guerrillas", "EPL: Popular Liberation Army"),
    ("CO", "ESMAD officers", "Police Forces of Colombia (2022-) Mobile Anti-Disturbance Squadron"),
    ("MX", "Los Chapitos gunmen", "Sinaloa Cartel"),
    ("MX", "La Nueva Familia Michoacana gunmen", "La Familia Michoacana"),
    ("MX", "Los Ardillos gunmen", "Los Ardillos"),
    ("MX", "Los Tlacos gunmen", "Los Tlacos"),
    ("MX", "Carteles Unidos gunmen", "Carteles Unidos"),
    ("BR", "Terceiro Comando Puro members", "TCP: Pure Third Command"),
    ("BR", "Amigos dos Amigos members", "ADA: Friends of Friends"),
    ("BR", "Familia do Norte members", "FDN: Family of the North"),
    ("BR", "BOPE officers", "Military Forces of Brazil (2023-) Military Police"),
    ("HT", "G-Pep gang members", "G-Pep"),
    ("HT", "Kraze Baryè gang members", "Kraze Barye"),
    ("HT", "5 Segond gang members", "5 Segond"),
    ("HT", "Ti Makak gang members", "Ti Makak"),
    # Ukraine, Russia, Israel, Palestine, Lebanon
    ("RU", "Russian Volunteer Corps fighters", "RDK: Russian Volunteer Corps"),
    ("RU", "Freedom of Russia Legion fighters", "Freedom of Russia Legion"),
    ("RU", "FSB officers", "Police Forces of Russia (2000-) Federal Security Service"),
    ("UA", "SBU officers", "Police Forces of Ukraine (2019-) Security Service of Ukraine"),
    ("UA", "Azov fighters", "Military Forces of Ukraine (2019-)"),
    ("PS", "Lions' Den militants", "Lions' Den"),
    ("PS", "Popular Resistance Committees militants", "PRC: Popular Resistance Committees"),
    ("PS", "DFLP militants", "DFLP: Democratic Front for the Liberation of Palestine"),
    ("PS", "Israeli Border Police officers", "Police Forces of Israel (2022-) Border Police"),
    ("LB", "Amal fighters", "Amal Movement"),
)
SHAPES = (
    ("attacks_soldiers", "On {d}, {g} attacked an army post near {p}, killing two soldiers.", ("group", "mil")),
    ("clash", "On {d}, soldiers clashed with {g} near {p}.", ("mil", "group")),
    ("kills_civilians", "On {d}, {g} shot dead two farmers in {p}.", ("group", "civ")),
)
STATE_SHAPES = (
    ("state_kills", "On {d}, {g} shot dead a farmer in {p}.", ("group", "civ")),
    ("state_disperses", "On {d}, {g} fired tear gas to disperse protesters in {p}.", ("prot", "group")),
)
STATE = ("Military Forces of", "Police Forces of", "Government of")


def base(name: str) -> str:
    """A state body without ACLED's unit: the scorer takes it for the unit."""
    import re
    m = re.match(r"(.*?\(\s*\d{4}\s*-\s*\d{0,4}\s*\))", name)
    return m.group(1) if m else name


def cases(tables: Tables, seed: int, only: set[str] | None) -> list[dict]:
    rng = random.Random(seed)
    span = (LAST - FIRST).days
    out = []
    for i, (cc, written, acled_name) in enumerate(GROUPS):
        if only and cc not in only:
            continue
        state = acled_name.startswith(STATE)
        party = tables.records.get(acled_name, {}).get("party", False)  # a party's crowd: ACLED's rioters, the party associated
        for name, text, slots in STATE_SHAPES if state else SHAPES:
            day = FIRST + timedelta(days=rng.randrange(span))
            named = tables.named(acled_name, cc, day) if acled_name in tables.records else acled_name
            expected = {"group": named, "mil": tables.state("Military Forces of", "IL" if cc == "PS" else cc, day),
                        "civ": f"Civilians ({tables.country[cc]})", "prot": f"Protesters ({tables.country[cc]})"}
            out.append({"cc": cc, "shape": name, "group": written, "published": (day + timedelta(days=1)).isoformat(),
                        "text": text.format(d=f"{day.day} {day.strftime('%B')} {day.year}", g=written,
                                            p=TOWNS[cc][i % 2]),
                        "expected": [[expected[s], *([f"Rioters ({tables.country[cc]})"] if s == "group" and party else [])]
                                     for s in slots]})
    return out


def pair_ok(got: tuple, want: list) -> bool:
    """Order-free as the scorer: each expected name, or its state body without the unit, is one predicted."""
    g = [norm(x, False) for x in got]
    w = [{n for x in slot for n in (norm(x, False), norm(base(x), False))} for slot in want]
    return any(all(g[i] in ww for ww, i in zip(w, order)) for order in ((0, 1), (1, 0)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show-failures", action="store_true")
    ap.add_argument("--only", help="comma-separated ISO2 codes")
    args = ap.parse_args()
    drawn = cases(Tables(), args.seed, set(args.only.split(",")) if args.only else None)
    pipe = Pipeline().load(["en"])
    ok, total, groups, failures = Counter(), Counter(), defaultdict(Counter), []
    for case in drawn:
        events = pipe.code(Article(article_id="stress", text=case["text"], lang="en",
                                   published=date.fromisoformat(case["published"])))
        event = next((e for e in events if e.status in ("reported", "ongoing") and e.actor1), None)
        got = (event.actor1.name if event and event.actor1 else None, event.actor2.name if event and event.actor2 else None)
        right = event is not None and pair_ok(got, case["expected"])
        for key in (case["shape"], "all"):
            total[key] += 1
            ok[key] += right
        groups[case["group"]]["n"] += 1
        groups[case["group"]]["ok"] += right
        if not right:
            failures.append((case["cc"], " / ".join(str(x) for x in got), " / ".join("|".join(x) for x in case["expected"]),
                             case["text"]))
    print(f"{total['all']} notes, {len(groups)} groups, {sum(c['ok'] == c['n'] for c in groups.values())} named right "
          "in every shape")
    for key in [s[0] for s in SHAPES + STATE_SHAPES] + ["all"]:
        if total[key]:
            print(f"| {key} | {total[key]} | {ok[key] / total[key]:.3f} |")
    if args.show_failures:
        for cc, got, want, text in failures:
            print(f"{cc}\tgot {got}\twant {want}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
