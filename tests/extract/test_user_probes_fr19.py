"""Reports a new user would write (issue 13, fr19): invented French dispatches in the styles of Radio Okapi,
Actualite.cd, RFI, France 24, AFP, Le Monde and Sputnik France, on DR Congo, the Sahel, Haiti, Ukraine, Gaza,
Lebanon, Sudan and Myanmar, each with the event types ACLED would code. Armed men killing villagers are
violence against civilians, the army fighting rebels a battle; riots in French words (barricades,
échauffourées, vindicte populaire, lynchage, a crowd looting); strategic developments (arrests, looting,
a town taken or retaken "sans combat", fighters who "se sont rendus", cattle carried off, an accord, a
prisoner exchange) that are not violence against civilians; explosions by mine, IED, drone and artillery."""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from tests.extract.reports import code, news, still_wrong_marked

PUBLISHED = date(2025, 6, 18)  # a Wednesday
SUB_TYPES_CHECKED = {"Non-violent transfer of territory", "Agreement", "Looting/property destruction", "Arrests"}

ARTICLES = [
    ('adf_vac', "Au moins quatorze civils ont été tués dans la nuit de samedi à dimanche par des présumés rebelles ADF dans le village de Mukondi, en territoire de Lubero (Nord-Kivu).\n\nSelon la société civile locale, les assaillants sont arrivés vers 22 heures et ont tué les habitants à l'arme blanche avant d'incendier plusieurs maisons.\n\nL'armée congolaise dit avoir lancé une traque contre les assaillants.",
     [('Violence against civilians', 'Attack')]),
    ('fardc_m23', "De violents combats opposent depuis mardi les Forces armées de la RDC (FARDC) aux rebelles du M23 à Kibirizi, dans le territoire de Rutshuru.\n\nDes sources locales font état de plusieurs morts dans les rangs des deux camps. Les tirs d'armes lourdes ont été entendus jusqu'à Kiwanja, poussant des centaines de familles à fuir.",
     [('Battles', 'Armed clash')]),
    ('codeco_repelled', "Des miliciens CODECO ont attaqué lundi soir le site de déplacés de Plaine Savo, en territoire de Djugu (Ituri). L'attaque a été repoussée par les Casques bleus de la MONUSCO, mais au moins six déplacés ont été tués, selon un bilan provisoire.\n\nLe porte-parole de l'armée a confirmé l'incident.",
     [('Battles', 'Armed clash')]),
    ('wazalendo_vac', "Deux motocyclistes ont été tués mercredi dernier par des hommes armés identifiés comme des Wazalendo sur l'axe Sake-Minova, rapporte Radio Okapi.\n\nSelon des témoins, les victimes ont refusé de payer une taxe illégale imposée par ces miliciens.",
     [('Violence against civilians', 'Attack')]),
    ('jnim_vac', "Des jihadistes présumés du JNIM ont exécuté une vingtaine de villageois jeudi dans la commune de Diallassagou, dans le centre du Mali, a-t-on appris de sources locales.\n\nLes assaillants, arrivés à moto, ont rassemblé les hommes du village avant de les abattre. Aucune réaction officielle n'a été enregistrée.",
     [('Violence against civilians', 'Attack')]),
    ('fama_jnim', "L'armée malienne affirme avoir « neutralisé » une quinzaine de terroristes lors d'un accrochage dimanche près de Boni, dans la région de Mopti.\n\nDans un communiqué, l'état-major des FAMa indique que deux soldats ont été tués et trois autres blessés lors des affrontements avec des éléments du JNIM.",
     [('Battles', 'Armed clash')]),
    ('ied_niger', "Cinq soldats nigériens ont été tués mardi lorsque leur véhicule a sauté sur un engin explosif improvisé entre Tillabéri et Ayorou, selon une source sécuritaire.\n\nL'explosion n'a pas été revendiquée, mais la zone est régulièrement le théâtre d'attaques de l'Etat islamique au Sahel.",
     [('Explosions/Remote violence', 'Remote explosive/landmine/IED')]),
    ('haiti_gangs', 'Des membres du gang « Viv Ansanm » ont tué au moins douze personnes samedi dans le quartier de Solino, à Port-au-Prince, selon un bilan du Réseau national de défense des droits humains.\n\nLes bandits ont également incendié des dizaines de maisons et pillé des commerces.',
     [('Violence against civilians', 'Attack')]),
    ('haiti_lynch', "Un présumé membre de gang a été lynché dimanche par une foule en colère à Pétion-Ville, dans le cadre du mouvement d'autodéfense « Bwa Kale ».\n\nSelon des témoins, l'homme a été battu puis brûlé par des habitants qui l'accusaient d'avoir participé à des enlèvements.",
     [('Riots', 'Mob violence')]),
    ('riot_goma', "Des jeunes en colère ont érigé des barricades et brûlé des pneus lundi à Butembo pour protester contre l'insécurité, après l'assassinat d'un commerçant la veille.\n\nLes manifestants ont incendié le commissariat de police de la commune de Vulamba. La police a dispersé la foule à coups de gaz lacrymogène.",
     [('Riots', 'Violent demonstration')]),
    ('riot_vindicte', "Deux présumés voleurs ont été tués par vindicte populaire vendredi au marché central de Bunia.\n\nSelon la police, les deux hommes avaient été surpris en train de cambrioler une boutique. La population les a lapidés avant que les agents n'interviennent.",
     [('Riots', 'Mob violence')]),
    ('march_dispersed', "La police a dispersé mardi une marche de l'opposition à Kinshasa à coups de gaz lacrymogène. Des échauffourées ont éclaté entre les militants et les forces de l'ordre sur le boulevard Lumumba.\n\nPlusieurs manifestants ont été interpellés, selon les organisateurs.",
     [('Riots', 'Violent demonstration')]),
    ('strat_arrest', 'Les services de sécurité ont arrêté la semaine dernière une dizaine de présumés collaborateurs des ADF à Beni, a annoncé mercredi le maire de la ville.\n\nSelon lui, les suspects fournissaient des vivres et des médicaments aux rebelles.',
     [('Strategic developments', 'Arrests')]),
    ('strat_takeover', "Les rebelles du M23 ont pris le contrôle jeudi de la cité de Nyabiondo, dans le territoire de Masisi, sans rencontrer de résistance, selon des sources locales.\n\nLes militaires congolais et les Wazalendo s'étaient retirés de la localité la veille.",
     [('Strategic developments', 'Non-violent transfer of territory')]),
    ('strat_surrender', "Une trentaine de combattants Wazalendo se sont rendus mardi aux FARDC à Kalehe, au Sud-Kivu, avec leurs armes, a annoncé l'armée.\n\nIls ont été transférés au centre de désarmement de Bukavu.",
     [('Strategic developments', 'Agreement')]),
    ('strat_loot', "Des hommes armés ont pillé lundi le centre de santé de Kasindi et emporté des médicaments, selon l'administrateur du territoire. Aucune victime n'a été signalée.",
     [('Strategic developments', 'Looting/property destruction')]),
    ('strat_prisoners', "La Russie et l'Ukraine ont procédé samedi à un échange de prisonniers, 150 soldats de chaque côté étant libérés, selon le ministère russe de la Défense.\n\nL'échange a été obtenu grâce à la médiation des Emirats arabes unis.",
     [('Strategic developments', 'Agreement')]),
    ('ukr_drone', 'Une frappe de drone russe a tué trois civils dans la nuit de lundi à mardi à Kherson, a annoncé le gouverneur régional.\n\nSelon lui, le drone a visé un immeuble résidentiel du quartier de Korabel.',
     [('Explosions/Remote violence', 'Air/drone strike')]),
    ('gaza_strike', "Au moins dix-huit Palestiniens ont été tués mardi dans une frappe aérienne israélienne sur une école abritant des déplacés à Deir el-Balah, selon la Défense civile de Gaza.\n\nL'armée israélienne a affirmé avoir visé un centre de commandement du Hamas.",
     [('Explosions/Remote violence', 'Air/drone strike')]),
    ('sudan_rsf', "Les Forces de soutien rapide (FSR) ont tué au moins quarante civils lors d'une attaque contre le village de Wad Ashib, dans l'Etat d'Al-Jazira, ont rapporté mercredi des militants locaux.\n\nLes paramilitaires ont aussi pillé le marché et incendié des habitations, selon la même source.",
     [('Violence against civilians', 'Attack')]),
    ('myanmar', "La junte birmane a mené dimanche des frappes aériennes contre le village de Let Yet Kone, dans la région de Sagaing, tuant au moins onze civils dont des enfants, selon des habitants.\n\nL'armée combat depuis des mois les Forces de défense populaire (PDF) dans la région.",
     [('Explosions/Remote violence', 'Air/drone strike')]),
    ('sahel_villagers_vs_army', 'Des hommes armés non identifiés ont tué plusieurs habitants samedi dans le village de Kourfa, dans la région de Tahoua au Niger. Les assaillants sont ensuite repartis vers la frontière malienne.\n\nDes renforts militaires ont été dépêchés sur place dimanche.',
     [('Violence against civilians', 'Attack')]),
    ('eigs_attack_army', "L'Etat islamique au Sahel a attaqué mercredi dernier une position de l'armée burkinabè à Tin-Akoff. Selon des sources sécuritaires, plusieurs soldats ont été tués et l'attaque a été repoussée après plusieurs heures de combats.\n\nDes civils ont également perdu la vie dans la localité.",
     [('Battles', 'Armed clash')]),
    ('vac_soldiers_kill', "Trois civils ont été abattus lundi par des militaires à un barrage routier à Kanyabayonga, a dénoncé la société civile du territoire de Lubero.\n\nSelon des témoins, les soldats ont ouvert le feu sur un taxi-moto qui refusait de s'arrêter.",
     [('Violence against civilians', 'Attack')]),
    ('vac_incursion_army_arrives', "Des présumés ADF ont fait une incursion mardi soir dans le village de Mapobu, tuant sept habitants à la machette. Les FARDC sont arrivées sur les lieux après le départ des assaillants.\n\nLe bilan pourrait s'alourdir, selon l'administrateur du territoire de Beni.",
     [('Violence against civilians', 'Attack')]),
    ('vac_rebels_shoot_bus', 'Des rebelles ont tiré sur un bus de passagers vendredi sur la route nationale 2, près de Rubaya, tuant quatre voyageurs, rapporte Actualite.cd.\n\nLes autres passagers ont été dépouillés de leurs biens.',
     [('Violence against civilians', 'Attack')]),
    ('vac_attack_village_army_pursues', "Des hommes armés ont attaqué jeudi le village de Tondibia, dans la région de Tillabéri, tuant une dizaine de civils. L'armée nigérienne s'est lancée à la poursuite des assaillants.",
     [('Violence against civilians', 'Attack')]),
    ('vac_jihadists_market', "Au moins vingt-cinq personnes ont été tuées dimanche lors d'une attaque jihadiste contre le marché hebdomadaire de Djibasso, dans l'ouest du Burkina Faso, selon des sources locales.\n\nLes assaillants ont ouvert le feu sur les commerçants et les clients avant d'incendier des boutiques.",
     [('Violence against civilians', 'Attack')]),
    ('strat_burn_houses_no_victims', "Des miliciens CODECO ont incendié une trentaine de maisons samedi dans le village de Lopa, en territoire de Djugu. Aucune perte en vie humaine n'a été enregistrée, les habitants ayant fui la veille.",
     [('Strategic developments', 'Looting/property destruction')]),
    ('strat_cattle_loot', "Des hommes armés ont emporté plus de deux cents têtes de bétail lundi dans la localité de Gamkalley, près de Niamey. Les éleveurs n'ont pas été blessés, selon les autorités locales.",
     [('Strategic developments', 'Looting/property destruction')]),
    ('strat_arrest_soldiers', 'Dix militaires accusés de désertion ont été arrêtés mardi à Uvira par la police militaire, a appris Radio Okapi.',
     [('Strategic developments', 'Arrests')]),
    ('strat_withdraw', "Les rebelles de l'AFC/M23 se sont retirés mercredi de la ville de Walikale, a constaté un journaliste de l'AFP. Les FARDC ont repris position dans la localité sans combat.",
     [('Strategic developments', 'Non-violent transfer of territory')]),
    ('strat_accord', "Le gouvernement congolais et l'AFC/M23 ont signé samedi à Doha un accord de cessez-le-feu, sous la médiation du Qatar.",
     [('Strategic developments', 'Agreement')]),
    ('riot_commissariat', "Des habitants en colère ont incendié jeudi le commissariat de police de Kasenga après la mort d'un jeune homme en garde à vue.\n\nDes échauffourées ont opposé les manifestants aux policiers pendant plusieurs heures, selon des témoins.",
     [('Riots', 'Violent demonstration')]),
    ('riot_saccage', 'Des motocyclistes ont saccagé mardi le bureau du chef de secteur à Kamituga pour protester contre la hausse des taxes. Plusieurs véhicules ont été endommagés.',
     [('Riots', 'Violent demonstration')]),
    ('riot_pillage_foule', "Une foule a pillé samedi les entrepôts du Programme alimentaire mondial à Kalemie, emportant des sacs de farine et d'huile, selon les autorités provinciales.",
     [('Riots', 'Violent demonstration')]),
    ('riot_students', "Des étudiants de l'Université de Lubumbashi ont barricadé les routes et lancé des pierres sur les policiers lundi pour protester contre la hausse des frais académiques. La police a répliqué par des tirs de gaz lacrymogène.",
     [('Riots', 'Violent demonstration')]),
    ('riot_clash_communities', "Des affrontements entre jeunes de deux quartiers rivaux ont fait deux morts dimanche à Kisangani. Armés de machettes et de gourdins, les jeunes se sont battus pendant plusieurs heures avant l'intervention de la police.",
     [('Riots', 'Violent demonstration')]),
    ('riot_lynch_soldier', "Un militaire a été lynché mercredi par la population à Kiwanja, après avoir tué un civil lors d'une dispute.\n\nSelon la société civile, le soldat ivre avait abattu un conducteur de taxi-moto avant d'être rattrapé par des habitants.",
     [('Riots', 'Mob violence'), ('Violence against civilians', 'Attack')]),
    ('lebanon_strike', "Une frappe israélienne a visé mardi une voiture près de Nabatieh, au Liban-Sud, tuant deux membres du Hezbollah, selon l'agence nationale d'information libanaise.",
     [('Explosions/Remote violence', 'Air/drone strike')]),
    ('mine_burkina', "Un car de transport a sauté sur une mine artisanale dimanche sur l'axe Fada N'Gourma-Pama, faisant au moins huit morts parmi les passagers.",
     [('Explosions/Remote violence', 'Remote explosive/landmine/IED')]),
    ('sudan_shelling', "Des tirs d'artillerie des Forces de soutien rapide ont touché vendredi un marché d'El-Fasher, tuant une quinzaine de civils, selon le comité de résistance local.",
     [('Explosions/Remote violence', 'Shelling/artillery/missile attack')]),
]

STILL_WRONG = {
    "codeco_repelled": "an attack on a camp that peacekeepers repel is coded an attack on civilians beside the battle",
    "riot_lynch_soldier": "the soldier's killing told in the pluperfect before his lynching is not coded",
}
BY_NAME = {name: (text, expected) for name, text, expected in ARTICLES}


def _types(events) -> Counter:
    return Counter(e.event_type for e in events)


@pytest.mark.parametrize("name", still_wrong_marked(BY_NAME, STILL_WRONG))
def test_a_dispatch_gets_the_event_types_acled_codes(pipeline, name):
    text, expected = BY_NAME[name]
    events = news(code(pipeline, text, "fr", PUBLISHED))
    assert _types(events) == Counter(t for t, _ in expected), [(e.event_type, e.sub_event_type) for e in events]
    for kind, sub in expected:
        if sub in SUB_TYPES_CHECKED:
            assert any(e.event_type == kind and e.sub_event_type == sub for e in events), \
                [(e.event_type, e.sub_event_type) for e in events]


STRATEGIC = [
    ("sans_resistance", "Les rebelles du M23 sont entrés lundi à Kashebere sans rencontrer aucune résistance, selon des notables.",
     "Non-violent transfer of territory"),
    ("sans_combat", "Les Forces de défense et de sécurité ont repris sans combat la localité de Gorgadji vendredi.",
     "Non-violent transfer of territory"),
    ("sans_coup_ferir", "Les FARDC ont repris sans coup férir la cité de Kilambo mardi, a annoncé le porte-parole de l'armée.",
     "Non-violent transfer of territory"),
    ("se_sont_rendus", "Quarante miliciens Maï-Maï se sont rendus lundi aux FARDC à Mwenga, selon l'administrateur du territoire.",
     "Agreement"),
    ("se_sont_retires", "Les rebelles se sont retirés lundi de la cité de Kitchanga, a constaté notre correspondant.",
     "Non-violent transfer of territory"),
    ("vol_de_betail", "Des bandits armés ont volé plus de trois cents vaches dimanche dans le village de Bira, près de Djugu.",
     "Looting/property destruction"),
]


@pytest.mark.parametrize("name, text, sub", STRATEGIC, ids=[s[0] for s in STRATEGIC])
def test_a_strategic_development_told_in_french_is_one(pipeline, name, text, sub):
    events = news(code(pipeline, text, "fr", PUBLISHED))
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Strategic developments", sub)]


CROWDS = [
    ("foule_pille", "Une foule a pillé lundi un entrepôt de vivres du HCR à Uvira, emportant des sacs de riz."),
    ("population_saccage", "La population a saccagé jeudi le bureau du chef de secteur à Lubero."),
]


@pytest.mark.parametrize("name, text", CROWDS, ids=[c[0] for c in CROWDS])
def test_a_crowd_that_loots_riots(pipeline, name, text):
    [e] = news(code(pipeline, text, "fr", PUBLISHED))
    assert e.event_type == "Riots" and e.actor1.name.startswith("Rioters")


VISITS = [
    ("visite", "Après Bunia, l'envoyé spécial s'est rendu jeudi à Kigali pour un échange avec les autorités rwandaises."),
    ("visite_forces", "Le ministre s'est rendu mardi à Beni, où il a rencontré les responsables des forces de sécurité."),
    ("maladie", "Le chef coutumier a été emporté par la maladie mardi à Kikwit."),
    ("nuit_calme", "Zaporijjia a connu mardi une nuit sans combat pour la première fois depuis des semaines."),
]


@pytest.mark.parametrize("name, text", VISITS, ids=[v[0] for v in VISITS])
def test_a_visit_a_death_or_a_quiet_night_is_no_surrender_looting_or_transfer(pipeline, name, text):
    assert news(code(pipeline, text, "fr", PUBLISHED)) == []
