"""Invented French world-news dispatches (helper session wt-fr6): wars told as several strikes in
several places with a preamble and a tally, and political news that looks like an event (tallies,
trials, sanctions, drills, arms deliveries, NGO reports, commemorations, interviews, op-eds,
reportages, votes); each report is coded and only what a careful ACLED coder would code is news."""
from __future__ import annotations

from datetime import date

import pytest

from tests.extract.reports import code, news

REPORTS = {
    "ua1": (date(2025, 3, 9),
           "La Russie a lancé dans la nuit de samedi à dimanche une vaste attaque de drones et de missiles contre l'Ukraine. À Kharkiv, deux civils ont été tués et onze blessés, selon le gouverneur régional. À Odessa, une frappe de missile a touché des installations portuaires, faisant un mort. Depuis le début de l'invasion en février 2022, des dizaines de milliers de civils ont été tués, selon l'ONU."),
    "ua2": (date(2025, 4, 14),
           "Au moins 34 personnes ont été tuées dimanche à Soumy par deux missiles balistiques russes tombés en plein centre-ville, a annoncé le ministère ukrainien de l'Intérieur. Lundi, des drones russes ont visé Kherson, blessant trois personnes. Le président ukrainien a dénoncé un « acte terroriste » et réclamé davantage de systèmes de défense antiaérienne."),
    "ua3": (date(2025, 5, 20),
           "L'armée russe affirme avoir pris le contrôle du village de Novopil, dans la région de Donetsk. Selon l'état-major ukrainien, de violents combats se poursuivent près de Pokrovsk, où 45 affrontements ont eu lieu au cours des dernières 24 heures. Kiev ne confirme pas la perte du village."),
    "ua4": (date(2025, 6, 2),
           "Une frappe de drone ukrainienne a provoqué un incendie dans une raffinerie de la région de Saratov, en Russie, dans la nuit de dimanche à lundi, selon le gouverneur local, qui ne fait état d'aucune victime. Moscou dit avoir abattu 162 drones ukrainiens au-dessus de plusieurs régions."),
    "gz1": (date(2025, 7, 21),
           "Au moins 27 Palestiniens ont été tués dimanche par des tirs israéliens près d'un centre de distribution d'aide à Rafah, dans le sud de la bande de Gaza, selon la Défense civile. Dans le nord du territoire, une frappe aérienne sur une maison de Jabalia a tué huit membres d'une même famille. Depuis le début de la guerre, plus de 58 000 Palestiniens ont été tués, selon le ministère de la Santé du Hamas."),
    "lb1": (date(2025, 8, 5),
           "Une frappe israélienne a visé lundi une voiture près de Nabatiyé, dans le sud du Liban, tuant deux membres du Hezbollah, a indiqué l'armée israélienne. Le Hezbollah n'a pas commenté. Israël poursuit ses frappes au Liban malgré le cessez-le-feu entré en vigueur en novembre 2024."),
    "sd1": (date(2025, 9, 21),
           "Les Forces de soutien rapide (FSR) ont attaqué vendredi une mosquée d'El-Fasher, dans l'ouest du Soudan, tuant au moins 75 fidèles, selon un comité médical local. Samedi, l'armée soudanaise a bombardé des positions des FSR à Nyala, selon des témoins. La guerre qui oppose depuis avril 2023 l'armée aux paramilitaires a fait des dizaines de milliers de morts et près de 12 millions de déplacés."),
    "sd2": (date(2025, 10, 27),
           "Les paramilitaires des FSR ont annoncé dimanche avoir pris le contrôle du quartier général de la 6e division de l'armée à El-Fasher, dernier bastion de l'armée au Darfour. Des combats ont opposé les deux camps pendant plusieurs heures, selon des habitants joints par l'AFP."),
    "sh1": (date(2025, 5, 14),
           "Des jihadistes du JNIM ont attaqué lundi un camp militaire à Djibo, dans le nord du Burkina Faso, avant d'affronter l'armée pendant plusieurs heures. Des sources sécuritaires font état d'une cinquantaine de soldats tués. Le lendemain, des hommes armés ont tué une dizaine de civils dans un village voisin, selon des habitants."),
    "sh2": (date(2025, 2, 10),
           "Au Mali, au moins 25 civils ont été tués vendredi lorsque des hommes armés ont attaqué un convoi escorté par l'armée près de Gao. Le même jour, une frappe de drone de l'armée malienne a visé un rassemblement présumé de jihadistes dans la région de Tombouctou, selon une source sécuritaire."),
    "ht1": (date(2025, 4, 1),
           "À Port-au-Prince, des membres de la coalition de gangs Viv Ansanm ont attaqué lundi le quartier de Delmas 30, incendiant des maisons et tuant au moins six personnes, selon des habitants. La police a riposté et affirme avoir abattu plusieurs bandits. Selon l'ONU, plus de 5 600 personnes ont été tuées en Haïti en 2024."),
    "mm1": (date(2025, 3, 3),
           "En Birmanie, une frappe aérienne de la junte a tué au moins douze civils samedi dans un village de la région de Sagaing, selon des secouristes. Dans l'État Shan, l'Armée de l'alliance démocratique nationale du Myanmar (MNDAA) a affronté l'armée près de Lashio dimanche."),
    "sy1": (date(2025, 3, 9),
           "Plus de 1 000 civils, pour la plupart alaouites, ont été tués depuis jeudi dans l'ouest de la Syrie par les forces de sécurité et des groupes alliés, selon l'Observatoire syrien des droits de l'homme (OSDH). Samedi, des combattants fidèles à l'ancien régime ont attaqué un poste de sécurité à Jableh, tuant quatre agents."),
    "sy2": (date(2025, 12, 1),
           "Une frappe de drone israélienne a visé dimanche un véhicule dans la région de Quneitra, dans le sud de la Syrie, selon l'agence officielle Sana. Aucune victime n'a été signalée."),
    "ye1": (date(2025, 5, 7),
           "Des avions américains ont frappé dans la nuit de lundi à mardi le port de Hodeida, tenu par les Houthis, faisant au moins trois morts selon la chaîne Al-Masirah. Mardi, les Houthis ont revendiqué un tir de missile vers l'aéroport de Tel-Aviv, intercepté selon l'armée israélienne."),
    "so1": (date(2025, 6, 16),
           "Les shebab ont pris dimanche le contrôle de la ville de Moqokori, dans le centre de la Somalie, après le retrait des forces gouvernementales, selon des habitants. Aucun combat n'a été signalé."),
    "ng1": (date(2025, 9, 8),
           "Au Nigeria, des jihadistes de Boko Haram ont tué au moins 63 personnes vendredi soir dans le village de Darul Jamal, dans l'État de Borno, selon le gouverneur. Les assaillants sont arrivés à moto et ont ouvert le feu sur les habitants."),
    "cd1": (date(2025, 8, 18),
           "Dans l'est de la RDC, des rebelles ADF ont tué au moins 30 personnes lors d'une attaque nocturne contre une église catholique à Komanda, en Ituri, dans la nuit de samedi à dimanche, selon la société civile locale. L'armée a lancé une opération de ratissage lundi."),
    "ne1": (date(2025, 2, 24),
           "Trois ans après le début de l'invasion russe, l'Ukraine a commémoré lundi ses morts lors de cérémonies à Kiev en présence de dirigeants européens. Depuis février 2022, au moins 12 600 civils ont été tués en Ukraine, selon la mission de surveillance des droits humains de l'ONU."),
    "ne2": (date(2025, 6, 5),
           "Le tribunal de Ouagadougou a condamné mardi à vingt ans de prison trois hommes reconnus coupables d'avoir participé à l'attaque d'un camp militaire en 2022, au cours de laquelle 27 soldats avaient été tués."),
    "ne3": (date(2025, 5, 21),
           "L'Union européenne a adopté mardi un nouveau paquet de sanctions contre la Russie, visant notamment la « flotte fantôme » de pétroliers. Les ministres ont également sanctionné plusieurs responsables accusés d'avoir participé à des bombardements contre des civils."),
    "ne4": (date(2025, 9, 12),
           'La Russie et la Biélorussie ont lancé vendredi les exercices militaires conjoints Zapad-2025, qui doivent durer cinq jours. Environ 13 000 soldats participent à ces manœuvres, qui inquiètent la Pologne et les pays baltes.'),
    "ne5": (date(2025, 4, 3),
           "L'Allemagne a annoncé jeudi la livraison de quatre systèmes de défense antiaérienne Iris-T supplémentaires à l'Ukraine. Berlin a déjà fourni à Kiev des armes pour plusieurs milliards d'euros depuis le début de la guerre."),
    "ne6": (date(2025, 7, 10),
           "Dans un rapport publié mercredi, Human Rights Watch accuse l'armée burkinabè et ses supplétifs d'avoir tué au moins 130 civils lors d'opérations menées en 2024 dans le nord du pays. L'ONG demande l'ouverture d'une enquête indépendante."),
    "ne7": (date(2025, 3, 17),
           "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) indique que plus de 4 millions de Soudanais ont fui à l'étranger depuis le début du conflit. Au Tchad, les camps de réfugiés sont saturés et les agences humanitaires manquent de fonds."),
    "ne8": (date(2025, 10, 13),
           "Le président russe a menacé lundi de riposter « de manière dévastatrice » si les États-Unis livraient des missiles Tomahawk à l'Ukraine. Le Kremlin accuse l'Occident de prolonger la guerre."),
    "ne9": (date(2025, 11, 13),
           "Dix ans après les attentats du 13 novembre 2015, qui avaient fait 130 morts à Paris et Saint-Denis, des cérémonies d'hommage ont été organisées jeudi devant le Bataclan et les terrasses visées par les commandos jihadistes."),
    "ne10": (date(2025, 4, 28),
           "Les électeurs gabonais se sont rendus aux urnes samedi pour l'élection présidentielle. Le scrutin s'est déroulé dans le calme, selon les observateurs de l'Union africaine, et les résultats provisoires sont attendus mardi."),
    "ne11": (date(2025, 9, 18),
           "Des centaines de milliers de personnes ont manifesté jeudi dans toute la France contre les projets budgétaires du gouvernement, à l'appel des syndicats. À Paris, le cortège a rassemblé 55 000 personnes selon la police. Quelques heurts ont éclaté en marge de la manifestation à Lyon, où la police a fait usage de gaz lacrymogène."),
    "ne12": (date(2025, 10, 2),
           "Le parquet national antiterroriste a ouvert une enquête après la découverte d'un engin explosif dans un train à la gare de Lyon-Part-Dieu. L'engin n'a pas explosé et personne n'a été blessé."),
    "ne13": (date(2025, 6, 25),
           "Dans un entretien accordé à RFI, le chef de la junte malienne affirme que l'armée a « neutralisé des centaines de terroristes » depuis le départ de la force Barkhane. Il assure que la situation sécuritaire s'est nettement améliorée dans le centre du pays."),
    "ne14": (date(2025, 8, 1),
           'Tribune. La communauté internationale ne peut plus détourner le regard du Soudan, où les massacres se succèdent depuis deux ans. Les attaques contre les civils au Darfour rappellent les pires heures du génocide de 2003, écrivent les signataires.'),
    "ne15": (date(2025, 7, 3),
           "Reportage. Dans le camp de réfugiés d'Adré, à la frontière entre le Tchad et le Soudan, Fatima, 34 ans, raconte sa fuite d'El-Geneina. « Ils ont tué mon mari devant nos yeux et brûlé notre maison », dit-elle. Comme elle, des milliers de femmes ont traversé la frontière à pied."),
    "ne16": (date(2025, 3, 19),
           "Les enseignants ivoiriens ont entamé lundi une grève illimitée pour réclamer une revalorisation de leurs primes. Les écoles publiques d'Abidjan sont restées fermées, selon le syndicat."),
    "ne17": (date(2025, 11, 20),
           "L'Assemblée nationale a voté mardi la prolongation de l'état d'urgence dans les provinces du Nord-Kivu et de l'Ituri. Le gouvernement estime que l'état de siège a permis de réduire les attaques des groupes armés."),
    "ne18": (date(2025, 5, 9),
           "Le Conseil de sécurité de l'ONU s'est réuni jeudi en urgence après l'attaque de drones qui a visé mardi Port-Soudan. Plusieurs membres ont condamné les frappes et appelé à un cessez-le-feu."),
    "ne19": (date(2025, 1, 27),
           "Le procès de l'ancien chef de guerre centrafricain accusé de crimes contre l'humanité s'est ouvert lundi devant la Cour pénale spéciale de Bangui. Il est accusé d'avoir ordonné le massacre de dizaines de civils en 2014."),
    "ne20": (date(2025, 4, 11),
           "Les ministres de la Défense de l'Otan se sont réunis vendredi à Bruxelles pour discuter du renforcement du soutien militaire à l'Ukraine. Le secrétaire général a appelé les alliés à augmenter leurs dépenses."),
    "ne21": (date(2025, 2, 4),
           'Le ministère ukrainien de la Défense a publié mardi son bilan mensuel : selon Kiev, la Russie a perdu plus de 40 000 soldats en janvier. Ces chiffres ne peuvent être vérifiés de manière indépendante.'),
    "ne22": (date(2025, 12, 1),
           "L'Unicef s'alarme de la situation des enfants à Gaza, où plus de 50 000 enfants ont été tués ou blessés depuis octobre 2023 selon l'agence onusienne. Les enfants souffrent de malnutrition aiguë, selon un communiqué publié lundi."),
    "ne23": (date(2025, 9, 30),
           "Le gouvernement haïtien a signé lundi un contrat avec une société militaire privée américaine pour appuyer la police dans la lutte contre les gangs. L'opposition dénonce une privatisation de la sécurité."),
    "ne24": (date(2025, 6, 10),
           "Des milliers de personnes ont manifesté samedi à Tel-Aviv pour réclamer un accord permettant la libération des otages détenus à Gaza. Les manifestants ont défilé dans le calme jusqu'au ministère de la Défense."),
    "ne25": (date(2025, 8, 26),
           "L'ONU a officiellement déclaré vendredi l'état de famine dans le gouvernorat de Gaza, une première au Moyen-Orient. Israël a rejeté ce rapport, qu'il juge « biaisé »."),
    "ne26": (date(2025, 3, 25),
           "La Russie et l'Ukraine se sont accordées mardi, par l'intermédiaire de Washington, sur un cessez-le-feu en mer Noire et un moratoire sur les frappes contre les infrastructures énergétiques. Moscou conditionne son application à la levée de certaines sanctions."),
    "ne27": (date(2025, 10, 8),
           "Un an après l'attaque d'une caserne qui avait fait 60 morts à Barsalogho, les familles des victimes réclament toujours justice. Elles ont observé mercredi une minute de silence devant le monument érigé en leur mémoire."),
    "ne28": (date(2025, 11, 4),
           "Le ministre français des Armées a annoncé lundi le retrait des derniers soldats français du Sénégal d'ici la fin de l'année, après la fermeture des bases au Tchad et en Côte d'Ivoire."),
    "ne29": (date(2025, 7, 15),
           "Dans son dernier rapport, l'organisation Acled recense plus de 3 000 morts dans des violences au Sahel au premier semestre 2025, un niveau record. Le Burkina Faso est le pays le plus touché."),
    "ne30": (date(2025, 5, 30),
           "Le chef du groupe Wagner au Mali a été remplacé par l'Africa Corps, placé sous le contrôle direct du ministère russe de la Défense, a-t-on appris vendredi. Les mercenaires avaient été accusés d'exactions contre des civils, notamment à Moura en 2022."),
    "b1": (date(2025, 7, 9),
           "Dans la nuit de mardi à mercredi, la Russie a tiré 40 missiles et plus de 300 drones sur l'Ukraine, selon l'armée de l'air ukrainienne, qui affirme en avoir abattu la majorité. À Lviv, une frappe a endommagé une infrastructure énergétique. À Dnipro, quatre personnes ont été tuées dans un immeuble résidentiel."),
    "b2": (date(2025, 3, 25),
           "L'armée israélienne a annoncé mardi avoir frappé des infrastructures du Hezbollah dans la plaine de la Bekaa. Ces frappes interviennent au lendemain de tirs de roquettes revendiqués par le Hezbollah contre le nord d'Israël, qui n'ont fait aucune victime."),
    "b3": (date(2025, 7, 2),
           "Le JNIM a revendiqué l'attaque qui a visé mardi la ville de Kayes, dans l'ouest du Mali. Selon l'armée, 80 assaillants ont été neutralisés. Cette attaque est la première d'une telle ampleur dans la région."),
    "b4": (date(2025, 4, 3),
           "Des centaines d'habitants de Pétion-Ville ont manifesté mercredi pour dénoncer l'inaction du gouvernement face aux gangs. La police a dispersé la foule à coups de gaz lacrymogène."),
    "b5": (date(2025, 11, 7),
           "Un drone a frappé jeudi un marché de la ville d'El-Obeid, dans le Kordofan, tuant au moins 15 civils, selon un groupe de médecins. L'armée a accusé les FSR, qui n'ont pas réagi."),
    "b6": (date(2025, 5, 12),
           "Le ministre français des Affaires étrangères s'est rendu lundi à Kiev, où il a rencontré le président ukrainien. Il a visité un quartier touché par une frappe russe la semaine dernière."),
    "b7": (date(2025, 6, 12),
           "La Cour pénale internationale a émis jeudi un mandat d'arrêt contre un commandant accusé de crimes de guerre commis lors du siège de la ville en 2023."),
    "b8": (date(2025, 2, 18),
           "Après l'attaque de dimanche, le gouvernement a décrété trois jours de deuil national. Les drapeaux sont en berne sur tous les bâtiments publics."),
    "b9": (date(2025, 9, 2),
           "« Nous allons frapper les terroristes partout où ils se trouvent », a déclaré mardi le chef d'état-major lors d'une cérémonie à Niamey."),
    "b10": (date(2025, 6, 29),
           "À Dakar, des milliers de partisans de l'opposition ont manifesté samedi pour exiger la libération de leur leader. Aucun incident n'a été signalé."),
    "b11": (date(2025, 10, 22),
           'Le Parlement européen a adopté mercredi une résolution condamnant les bombardements russes sur les infrastructures civiles ukrainiennes.'),
    "b12": (date(2025, 12, 8),
           "Un an après la chute de Bachar al-Assad, des milliers de Syriens ont célébré lundi à Damas l'anniversaire de la prise de la capitale par les rebelles."),
    "b13": (date(2025, 1, 20),
           "Les rebelles de l'Armée d'Arakan ont pris dimanche le contrôle de la ville de Thandwe après plusieurs semaines de combats contre la junte, selon un porte-parole du groupe."),
    "b14": (date(2025, 8, 14),
           "Le bilan de l'attaque de dimanche contre un marché de Kaya s'est alourdi à 40 morts, a annoncé mercredi le gouvernement burkinabè."),
    "c3": (date(2025, 11, 3),
           "L'opposition dénonce l'arrestation de son porte-parole, interpellé samedi à Kinshasa par des agents des services de renseignement. Son parti exige sa libération immédiate."),
    "c4": (date(2025, 10, 14),
           'Le gouverneur a suspendu lundi les activités minières dans le territoire de Mwenga, après des affrontements entre creuseurs la semaine dernière.'),
    "c5": (date(2025, 9, 10),
           'Le ministre de la Défense a inspecté mardi les troupes déployées à Bunia, où la situation reste calme malgré les attaques récentes.'),
    "c7": (date(2025, 3, 12),
           "L'ancien chef de milice a été transféré mardi à La Haye pour y être jugé par la Cour pénale internationale pour des crimes commis en Ituri."),
    "c9": (date(2025, 5, 6),
           "Un an après sa libération, l'ancien otage raconte sa captivité aux mains des jihadistes dans le nord du Mali."),
    "c10": (date(2025, 2, 11),
           "Le gouvernement a annoncé mardi le recrutement de 5 000 nouveaux policiers pour lutter contre l'insécurité dans la capitale."),
    "c11": (date(2025, 6, 17),
           'Le président a gracié lundi 200 détenus, dont plusieurs militants arrêtés lors des manifestations de janvier.'),
    "c12": (date(2025, 9, 16),
           "Les élèves ont repris le chemin de l'école lundi à Beni, après deux semaines de fermeture en raison des attaques des ADF."),
    "c13": (date(2025, 8, 4),
           'Le député a été interpellé dimanche à son domicile de Lubumbashi par des éléments de la police, a indiqué son parti.'),
    "c14": (date(2025, 4, 7),
           "Des milliers de fidèles ont participé dimanche à une messe à Kinshasa en mémoire des victimes du conflit dans l'est du pays."),
    "c15": (date(2025, 7, 14),
           "La Monusco a condamné l'attaque de samedi contre une base de casques bleus à Beni, au cours de laquelle un soldat a été tué."),
    "c16": (date(2025, 12, 2),
           "Le procureur a requis lundi la peine de mort contre les militaires accusés d'avoir tué des manifestants en août à Goma."),
    "c17": (date(2025, 10, 21),
           "Le Premier ministre a reçu lundi les leaders de la société civile du Nord-Kivu, qui lui ont présenté un mémorandum sur l'insécurité. Ils réclament le retour de l'autorité de l'État dans les zones occupées par les rebelles."),
    "c18": (date(2025, 11, 25),
           "La campagne électorale s'est ouverte dimanche dans un climat tendu. Plusieurs candidats ont dénoncé des intimidations et des menaces contre leurs partisans."),
}


def _news(pipeline, key):
    published, text = REPORTS[key]
    return news(code(pipeline, text, published=published))


@pytest.mark.parametrize("key", [
    "ne1", "ne2", "ne3", "ne4", "ne5", "ne6", "ne7", "ne8", "ne9", "ne10", "ne13", "ne14", "ne17", "ne18",
    "ne19", "ne20", "ne21", "ne22", "ne23", "ne25", "ne26", "ne27", "ne28", "ne29", "ne30",
    "b7", "b8", "b9", "b11", "b12", "c5", "c7", "c9", "c10", "c11", "c12", "c14", "c16", "c17", "c18",
])
def test_political_and_world_news_with_no_new_event_tells_none(pipeline, key):
    assert not _news(pipeline, key)


@pytest.mark.parametrize("text, lang", [
    (REPORTS["b6"][1], "fr"),
    ("Le ministre a visité lundi un hôpital bombardé la semaine dernière.", "fr"),
    ("Les secouristes ont fouillé mardi un immeuble bombardé la semaine dernière.", "fr"),
    ("The minister on Monday visited a hospital bombed last week in Kharkiv.", "en"),
])
def test_a_place_a_visit_passes_described_by_last_weeks_strike_is_background(pipeline, text, lang):
    """ "Il a visité un quartier touché par une frappe russe la semaine dernière": the strike of an
    earlier week only describes what the visit acts on; it is not news dated a week back."""
    assert not news(code(pipeline, text, lang=lang, published=date(2025, 5, 12)))


@pytest.mark.parametrize("text, lang", [
    ("Une frappe russe a touché un quartier de Kiev la semaine dernière.", "fr"),
    ("Russian missiles struck a hospital in Kharkiv last week.", "en"),
])
def test_a_strike_told_of_last_week_is_still_news(pipeline, text, lang):
    [e] = news(code(pipeline, text, lang=lang, published=date(2025, 5, 12)))
    assert e.event_date == date(2025, 5, 5)


@pytest.mark.parametrize("key, town, day", [
    ("ne16", "Abidjan", date(2025, 3, 17)),
    ("ne24", "Tel Aviv", date(2025, 6, 7)),
    ("b10", "Dakar", date(2025, 6, 28)),
])
def test_a_real_demonstration_or_strike_is_a_peaceful_protest(pipeline, key, town, day):
    [e] = _news(pipeline, key)
    assert e.sub_event_type == "Peaceful protest" and e.place.name == town and e.event_date == day


@pytest.mark.parametrize("key, told", [
    ("ua2", {("Sumy", date(2025, 4, 13), 34), ("Kherson", date(2025, 4, 14), None)}),
    ("sd1", {("El Fasher", date(2025, 9, 19), 75), ("Nyala", date(2025, 9, 20), None)}),
    ("sh2", {("Gao", date(2025, 2, 7), 25), ("Tombouctou", date(2025, 2, 7), None)}),
    ("mm1", {("Sagain", date(2025, 3, 1), 12), ("Lashio", date(2025, 3, 2), None)}),
    ("cd1", {("Komanda", date(2025, 8, 16), 30)}),
    ("gz1", {("Rafaḩ", date(2025, 7, 20), 27), ("Jabālyā", date(2025, 7, 20), 8)}),
])
def test_each_strike_of_a_dispatch_keeps_its_place_day_and_toll_and_the_tally_adds_none(pipeline, key, told):
    events = _news(pipeline, key)
    assert {(e.place.name.removeprefix("near "), e.event_date, e.fatalities) for e in events} == told


def test_a_pluperfect_toll_of_a_recalled_attack_is_no_news(pipeline):
    """ "condamnés pour l'attaque d'un camp en 2022, au cours de laquelle 27 soldats avaient été tués":
    the dead are the recalled attack's, not a new battle."""
    assert not _news(pipeline, "ne2")


@pytest.mark.parametrize("text", [
    "Le président russe a menacé lundi de riposter si les États-Unis livraient des missiles à l'Ukraine.",
    "Berlin a annoncé jeudi la livraison de missiles de croisière et de roquettes à Kiev.",
    "Le pays a acheté mardi des drones et des obus à la Turquie.",
])
def test_weapons_delivered_or_bought_are_no_strike(pipeline, text):
    assert not news(code(pipeline, text))


@pytest.mark.parametrize("text", [
    "Selon le chef de la junte, l'armée a neutralisé des centaines de terroristes depuis le départ de la force "
    "Barkhane.",
    "Le gouvernement estime que l'état de siège a permis de réduire les attaques des groupes armés en Ituri.",
    "Le rapport note une baisse des attaques contre les civils dans le Nord-Kivu.",
])
def test_a_tally_since_a_turning_point_or_a_trend_is_background(pipeline, text):
    assert not news(code(pipeline, text))


def test_an_observatory_is_no_place(pipeline):
    """ "selon l'Observatoire syrien des droits de l'homme": the source's name is not a Paris district."""
    events = _news(pipeline, "sy1")
    assert events and all(e.place.country == "SY" for e in events)
    assert any(e.place.name == "Jablah" and e.fatalities == 4 for e in events)


def test_a_districts_number_is_no_toll(pipeline):
    """ "le quartier de Delmas 30, incendiant des maisons et tuant au moins six personnes" """
    attack = next(e for e in _news(pipeline, "ht1") if e.place.name == "Delmas")
    assert attack.fatalities == 6


@pytest.mark.parametrize("text, state", [
    ("Au moins 27 Palestiniens ont été tués dimanche par des tirs israéliens près de Rafah.",
     "Military Forces of Israel (2022-)"),
    ("Lundi, des drones russes ont visé Kherson, blessant trois personnes.", "Military Forces of Russia (2000-)"),
])
def test_a_nations_fire_names_its_forces_whatever_the_parse(pipeline, text, state):
    [e] = news(code(pipeline, text))
    assert e.actor1.name == state


def test_a_juntas_strike_is_not_on_its_own_government(pipeline):
    text = "Une frappe aérienne de la junte a tué au moins douze civils samedi dans un village de la région de Sagaing."
    [e] = news(code(pipeline, text))
    assert e.actor1.name == "Military Forces of Myanmar (2021-)" and e.actor2.name == "Civilians (Myanmar)"


@pytest.mark.parametrize("text", [
    "Le bilan de l'attaque de dimanche contre un marché de Kaya s'est alourdi à 40 morts.",
    "Des hommes armés ont attaqué lundi un marché de Kaya, tuant douze personnes.",
])
def test_a_market_is_no_march(pipeline, text):
    events = news(code(pipeline, text))
    assert events and all(e.event_type == "Violence against civilians" for e in events)


@pytest.mark.parametrize("key, town, day", [
    ("c3", "Kinshasa", date(2025, 11, 1)),
    ("c13", "Lubumbashi", date(2025, 8, 3)),
])
def test_a_politicians_arrest_is_an_arrest(pipeline, key, town, day):
    [e] = _news(pipeline, key)
    assert e.sub_event_type == "Arrests" and e.place.name == town and e.event_date == day


@pytest.mark.parametrize("text", [
    "Le ministre a inspecté mardi les troupes à Bunia, où la situation reste calme malgré les attaques.",
    "Les attaques récentes des rebelles ont poussé des milliers de familles à fuir vers Bunia.",
    "Le président a gracié lundi 200 détenus, dont des militants arrêtés lors des manifestations de janvier.",
])
def test_attacks_named_as_known_recent_or_of_a_past_month_are_background(pipeline, text):
    assert not news(code(pipeline, text, published=date(2025, 6, 17)))


@pytest.mark.parametrize("key, told", [
    ("ua1", {("Kharkiv", date(2025, 3, 8), 2), ("Odesa", date(2025, 3, 8), 1)}),
    ("lb1", {("Nabatiye", date(2025, 8, 4), 2)}),
    ("sh1", {("Djibo", date(2025, 5, 12), 50), ("Djibo", date(2025, 5, 13), 10)}),
    ("sy2", {("Quneitra", date(2025, 11, 30), 0)}),  # "Aucune victime n'a été signalée": nobody killed
    ("ye1", {("Al Ḩudaydah", date(2025, 5, 5), 3), ("Tel Aviv", date(2025, 5, 6), None)}),
    ("ng1", {("Borno", date(2025, 9, 5), 63)}),
    ("b5", {("El Obeid", date(2025, 11, 6), 15)}),
    ("b14", {("Kaya", date(2025, 8, 10), 40)}),
])
def test_each_event_of_a_world_dispatch_is_told_once(pipeline, key, told):
    events = _news(pipeline, key)
    assert {(e.place.name.removeprefix("near "), e.event_date, e.fatalities) for e in events} == told
    assert len(events) == len(told)


@pytest.mark.parametrize("key, actor1, actor2", [
    ("lb1", "Military Forces of Israel (2022-)", "Hezbollah"),
    ("sd2", "RSF: Rapid Support Forces", "Military Forces of Sudan (2019-)"),
    ("ua4", "Military Forces of Ukraine (2019-)", None),
    ("b13", "AA: Arakan Army", "Military Forces of Myanmar (2021-)"),
    ("ng1", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
])
def test_the_first_event_of_a_dispatch_has_its_sides(pipeline, key, actor1, actor2):
    e = _news(pipeline, key)[0]
    assert e.actor1.name == actor1 and (e.actor2.name if e.actor2 else None) == actor2


@pytest.mark.parametrize("text", [
    "Ils réclament le retour de l'autorité de l'État dans les zones occupées par les rebelles.",
    "Les déplacés ne peuvent pas rentrer dans les villages contrôlés par les miliciens, selon le maire.",
])
def test_ground_held_by_a_group_is_a_state_not_a_takeover(pipeline, text):
    assert not news(code(pipeline, text))


@pytest.mark.parametrize("key, actor1", [
    ("b1", "Military Forces of Russia (2000-)"),
    ("b3", "JNIM: Group for Support of Islam and Muslims"),
])
def test_seen_and_left_sides_of_dispatches(pipeline, key, actor1):
    events = _news(pipeline, key)
    assert len(events) == 1 or key == "b1"
    assert all((e.actor1.name if e.actor1 else None) == actor1 for e in events)


@pytest.mark.parametrize("text, dead", [
    (REPORTS["b3"][1], 80),
    ("Le JNIM a revendiqué l'attaque de Kayes mardi. L'armée a affirmé avoir neutralisé 80 assaillants.", 80),
    ("Mardi, des jihadistes du JNIM ont attaqué la ville de Kayes. L'armée malienne dit avoir tué une quarantaine "
     "d'assaillants.", 40),
])
def test_the_armys_toll_of_a_claimed_attack_is_one_battle(pipeline, text, dead):
    """ACLED's one-event rule: a group's attack on a town and the army's toll of the attackers, same day,
    place and group, are one event; the attack met armed resistance, so it is an armed clash."""
    [e] = news(code(pipeline, text, published=date(2025, 7, 2)))
    assert e.sub_event_type == "Armed clash" and e.fatalities == dead
    assert e.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert e.actor2 is not None and e.actor2.name.startswith("Military Forces of Mali")


def test_civilians_killed_in_an_attack_stay_apart_from_the_armys_toll(pipeline):
    text = ("Le JNIM a attaqué lundi un village près de Djibo, tuant douze civils. Le même jour, l'armée a "
            "neutralisé 20 terroristes près de Djibo.")
    events = news(code(pipeline, text, published=date(2025, 7, 9)))
    assert sorted(e.event_type for e in events) == ["Battles", "Violence against civilians"]


RUSSIA = "Military Forces of Russia (2000-)"


@pytest.mark.parametrize("text, lang", [
    ("La Russie a tiré des missiles sur Kiev dans la nuit.", "fr"),
    ("Dans la nuit, la Russie a lancé une attaque de drones contre Odessa, selon l'armée de l'air ukrainienne.", "fr"),
    ("Russia fired missiles at Kyiv overnight.", "en"),
])
def test_a_country_that_strikes_is_its_military(pipeline, text, lang):
    """ACLED names no country as an actor: "la Russie a tiré des missiles" is Russia's military, and the
    source of the statement (the Ukrainian air force) is no side."""
    [e] = news(code(pipeline, text, lang=lang, published=date(2025, 7, 9)))
    assert e.actor1.name == RUSSIA


def test_a_country_that_suffers_an_attack_is_not_its_author(pipeline):
    events = news(code(pipeline, "Le Mali a subi une attaque meurtrière lundi près de Gao.", published=date(2025, 7, 9)))
    # the author ACLED gives an attack no one signs is "Unidentified Armed Group (Mali)", never Mali's state
    state = ("Military Forces of Mali", "Government of Mali")
    assert events and not any(e.actor1 is not None and e.actor1.name.startswith(state) for e in events)


@pytest.mark.parametrize("text, places", [
    (REPORTS["b1"][1], {"Lviv", "Dnipro"}),
    ("La Russie a lancé dans la nuit une attaque massive de drones et de missiles contre l'Ukraine, selon l'armée "
     "de l'air ukrainienne. Des frappes ont touché Kharkiv, Odessa et Lviv.", {"Kharkiv", "Odesa", "Lviv"}),
])
def test_a_waves_strikes_are_its_strikers(pipeline, text, places):
    """A dispatch that opens on a state's wave of strikes tells the strikes and dead that follow, naming
    no one, as that state's (one event per place, as ACLED codes a wave)."""
    events = news(code(pipeline, text, published=date(2025, 7, 9)))
    assert {e.place.name for e in events} == places
    assert all(e.actor1 is not None and e.actor1.name == RUSSIA for e in events)
    assert all(e.event_type == "Explosions/Remote violence" for e in events)


@pytest.mark.parametrize("text, judge", [
    ("La Monusco a condamné l'attaque de samedi contre une base de casques bleus à Beni, au cours de laquelle un "
     "soldat a été tué.", "MONUSCO"),
    ("Le gouvernement a dénoncé l'attaque de lundi contre le village de Kibirizi, au cours de laquelle cinq civils "
     "ont été tués.", "Government"),
])
def test_who_condemns_an_attack_is_not_its_author(pipeline, text, judge):
    events = news(code(pipeline, text, published=date(2025, 7, 14)))
    assert events and not any(e.actor1 is not None and e.actor1.name.startswith(judge) for e in events)


@pytest.mark.parametrize("text, lang", [
    (REPORTS["ne12"][1], "fr"),
    ("L'engin n'a pas explosé et personne n'a été blessé, selon la police.", "fr"),
    ("Une bombe artisanale a été découverte lundi près d'une école de Gao, mais elle n'a pas explosé.", "fr"),
    ("Selon les démineurs, l'obus n'a pas détoné.", "fr"),
    ("A bomb was found on Monday on a train in Lyon. The device did not explode and nobody was hurt.", "en"),
    ("Police said the bomb did not detonate.", "en"),
])
def test_a_device_that_did_not_explode_is_no_bombing(pipeline, text, lang):
    """ "L'engin n'a pas explosé": the explosion is denied, so no bomb went off (ACLED codes a found or
    defused device as a disrupted weapons use, never as an explosion)."""
    events = news(code(pipeline, text, lang=lang, published=date(2025, 10, 2)))
    assert not any(e.event_type == "Explosions/Remote violence" for e in events)


def test_a_defused_device_is_a_disrupted_weapons_use(pipeline):
    text = "Un engin explosif découvert lundi près d'un marché de Gao a été désamorcé par l'armée."
    [e] = news(code(pipeline, text, published=date(2025, 10, 2)))
    assert e.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text, town", [
    ("Des milliers de personnes ont manifesté samedi à Paris contre les projets du gouvernement.", "Paris"),
    ("Des dizaines de milliers de personnes ont manifesté jeudi dans toute la France contre le plan d'austérité.",
     "France"),
    ("Les enseignants ont manifesté mardi à Dakar contre le budget de l'éducation.", "Dakar"),
    (" ".join(REPORTS["ne11"][1].split(". ")[:2]), "Paris"),
])
def test_a_march_against_a_plan_is_a_protest(pipeline, text, town):
    """ "manifester contre les projets du gouvernement": what a march opposes is no object that turns
    "manifester" into "to show" (as "manifester leur soutien au projet" is)."""
    [e] = news(code(pipeline, text, published=date(2025, 9, 18)))
    assert e.event_type == "Protests" and e.place.name == town


def test_showing_support_for_a_plan_is_no_protest(pipeline):
    assert not news(code(pipeline, "Les syndicats ont manifesté jeudi leur soutien au projet de budget."))


@pytest.mark.parametrize("text, lang", [
    (REPORTS["ne15"][1], "fr"),
    ("Reportage. Dans un camp de déplacés près de Bunia, Esther raconte sa fuite. « Des miliciens ont tué mon fils "
     "et incendié notre case », dit-elle.", "fr"),
    ("Amadou se souvient de ce jour-là. « Ils ont abattu les hommes du village devant la mosquée », dit-il.", "fr"),
    ('In a camp in Chad, Amina recalls her escape from Geneina. "They killed my husband in front of us and burned '
     'our house," she said.', "en"),
])
def test_a_quoted_memory_someone_recounts_is_background(pipeline, text, lang):
    """ "Fatima raconte sa fuite. « Ils ont tué mon mari »": a recounted past, undated in its quotation,
    is a memory, not news of the day the reportage is published."""
    assert not news(code(pipeline, text, lang=lang, published=date(2025, 7, 3)))


@pytest.mark.parametrize("text, lang", [
    ("« Ils ont tué trois personnes hier soir à Beni », raconte un habitant.", "fr"),
    ('"They killed three people last night in Beni," recalls a resident.', "en"),
])
def test_a_witness_who_dates_what_they_recount_tells_news(pipeline, text, lang):
    [e] = news(code(pipeline, text, lang=lang, published=date(2025, 7, 3)))
    assert e.place.name == "Beni" and e.event_date == date(2025, 7, 2)


@pytest.mark.parametrize("text, place", [
    ("Moscou dit avoir abattu 40 drones ukrainiens dans la nuit au-dessus de la région de Belgorod.", "Belgorod"),
    ("Moscou affirme avoir intercepté 25 drones ukrainiens dans la nuit au-dessus de la région de Koursk.", "Kursk"),
    ("Kiev assure avoir abattu 30 drones russes au-dessus de la région d'Odessa dans la nuit de dimanche à lundi.",
     "Odessa"),
])
def test_a_capital_that_speaks_is_no_place_and_drones_shot_down_are_no_dead(pipeline, text, place):
    """ "Moscou dit avoir abattu 40 drones ukrainiens": the capital speaks for its state (the doer of
    a verb whose clause tells the event), and the drones, read as an adjective's modifier by the
    parse, are still the object that makes "abattre" an interception, not 40 people killed."""
    [e] = news(code(pipeline, text, published=date(2025, 6, 2)))
    assert e.sub_event_type == "Disrupted weapons use" and e.place.name == place and not e.fatalities


@pytest.mark.parametrize("text, place", [
    ("Kharkiv a subi lundi une attaque de drones russes qui a fait deux morts.", "Kharkiv"),
    ("Des hommes armés ont abattu lundi trois civils à Beni.", "Beni"),
])
def test_a_place_that_suffers_the_event_and_people_shot_dead_stay(pipeline, text, place):
    [e] = news(code(pipeline, text, published=date(2025, 6, 2)))
    assert e.place.name == place and e.fatalities in (2, 3)


@pytest.mark.parametrize("text, town", [
    (REPORTS["ua4"][1], "Saratov"),
    # "la région de Briansk" is the oblast, which GeoNames spells Brjansk, since its French name is known (fr36)
    ("Un drone ukrainien a touché lundi un dépôt de carburant dans la région de Briansk, provoquant un incendie. "
     "Le ministère russe de la Défense affirme avoir abattu 75 drones au-dessus de plusieurs régions.", "Brjansk"),
])
def test_a_counted_interception_after_a_strike_that_hit_is_the_defenders_tally(pipeline, text, town):
    """ "Une frappe de drone a provoqué un incendie à Saratov. Moscou dit avoir abattu 162 drones": the
    counted drones downed are the night's tally, not the disruption of the strike that hit, which stays
    a drone strike with no dead."""
    events = news(code(pipeline, text, published=date(2025, 6, 2)))
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.place.name for e in strike] == [town] and not strike[0].fatalities
    assert strike[0].actor1.name == "Military Forces of Ukraine (2019-)"


DRC_POLICE = "Police Forces of the Democratic Republic of Congo (2019-)"


@pytest.mark.parametrize("text", [
    "Lundi à Kinshasa, des jeunes ont saccagé un commissariat.",
    "Des jeunes ont saccagé un commissariat lundi à Kisangani.",
    "Le commissariat de Butembo a été saccagé mardi par des jeunes.",
    "Lundi à Kisangani, des jeunes ont incendié un poste de police.",
])
def test_youths_who_wreck_a_police_post_riot_against_the_police(pipeline, text):
    """ "des jeunes ont saccagé un commissariat": a crowd of youths, not an armed group, wrecking a post
    the police hold (ACLED: Riots, "Rioters (country)" against the police)."""
    [e] = news(code(pipeline, text, published=date(2025, 7, 9)))
    assert e.event_type == "Riots" and e.actor1.name == "Rioters (Democratic Republic of Congo)"
    assert e.actor2 is not None and e.actor2.name == DRC_POLICE


@pytest.mark.parametrize("text", [
    "Des jeunes soldats ont attaqué un village lundi près de Beni.",
    "De jeunes militaires ont attaqué lundi un village près de Beni.",
])
def test_young_soldiers_stay_soldiers(pipeline, text):
    [e] = news(code(pipeline, text, published=date(2025, 7, 9)))
    assert e.actor1.name == "Military Forces of the Democratic Republic of Congo (2019-)"
