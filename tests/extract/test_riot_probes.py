"""Riots against protests and attacks (wt-riot3): invented one-to-three-sentence notes in ACLED's register,
written from the codebook's definitions, not from any dev-set note. A demonstration whose crowd uses
violence or destroys property is a violent demonstration; violence by a crowd with no demonstration told
(a lynching, a brawl between rival supporters) is mob violence; force the state uses on a protest leaves
it a protest (with intervention, or excessive force when lethal or against a peaceful crowd); an armed
group's or a force's violence on civilians is an attack. Each row: a note and the one sub-event type
of the event it tells."""
from __future__ import annotations

import re
from datetime import datetime

import pytest

from tests.extract.reports import news_of

VD, MV = "Violent demonstration", "Mob violence"
PP, PI, EF = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
AT, AB = "Attack", "Abduction/forced disappearance"
EVENT_TYPE = {VD: "Riots", MV: "Riots", PP: "Protests", PI: "Protests", EF: "Protests",
              AT: "Violence against civilians", AB: "Violence against civilians"}

NOTES = [
    # violent demonstrations: a demonstration told, its crowd violent or destructive
    ('On 4 February 2023, demonstrators pelted stones at police during a protest against fuel price hikes in '
     'Karachi (Karachi South, Sindh). [size=hundreds]', VD),
    ('On 4 February 2023, protesters hurled rocks at security forces in Conakry (Conakry, Conakry) during a '
     'demonstration called by the opposition. [size=no report]', VD),
    ('On 4 February 2023, students protesting against the closure of their campus threw petrol bombs at '
     'police in Santiago (Santiago, Santiago Metropolitan). [size=dozens]', VD),
    ('On 4 February 2023, protesters threw Molotov cocktails at the regional police headquarters in '
     'Concepcion (Concepcion, Biobio) to denounce police violence. [size=no report]', VD),
    ('On 4 February 2023, demonstrators vandalised the district administration office in Hawassa (Sidama, '
     'Sidama) during a protest over the delay of a regional referendum. [size=no report]', VD),
    ('On 4 February 2023, protesters damaged vehicles and shop fronts during a demonstration against rising '
     'prices in Nairobi (Nairobi, Nairobi). [size=no report]', VD),
    ('On 4 February 2023, protesters ransacked the office of the district commissioner in Gulu (Gulu, '
     'Northern) to demand the release of a local leader. [size=no report]', VD),
    ('On 4 February 2023, demonstrators torched a police post in Kisumu (Kisumu Central, Kisumu) during a '
     'protest against the killing of a boda boda rider. [size=no report]', VD),
    ('On 4 February 2023, protesters set ablaze the office of the ruling party in Enugu (Enugu North, Enugu) '
     'to protest against the results of the governorship election. [size=no report]', VD),
    ('On 4 February 2023, hundreds of protesters stormed the municipal building in Arequipa (Arequipa, '
     'Arequipa) demanding the resignation of the mayor. [size=hundreds]', VD),
    ('On 4 February 2023, protesters attacked police officers during a demonstration in Dhaka (Dhaka, Dhaka), '
     'injuring three of them. [size=no report]', VD),
    ('On 4 February 2023, demonstrators clashed with police in Tunis (Tunis, Tunis) during a protest against '
     'the president. Several people were injured. [size=hundreds]', VD),
    ('On 4 February 2023, supporters of the ruling party clashed with opposition supporters during a rally in '
     'Lilongwe (Lilongwe, Central), throwing stones at each other. [size=no report]', VD),
    ('On 4 February 2023, protesters burned two police vehicles during a demonstration in Kinshasa '
     '(Kinshasa, Kinshasa) against the cost of living. [size=no report]', VD),
    ('On 4 February 2023, a protest against power cuts turned violent in Lahore (Lahore, Punjab) when '
     'demonstrators threw stones at a power company office. [size=hundreds]', VD),
    ('On 4 February 2023, residents protesting the lack of water blocked the main road with burning tyres '
     'and threw stones at passing vehicles in Soweto (City of Johannesburg, Gauteng). [size=no report]', VD),
    ('On 4 February 2023, farmers protesting against land acquisition broke into the office of the district '
     'collector and damaged furniture in Nashik (Nashik, Maharashtra). [size=dozens]', VD),
    ('On 4 February 2023, students protesting against a fee increase set fire to the administration block of '
     'the university in Kumasi (Kumasi, Ashanti). [size=no report]', VD),
    ('On 4 February 2023, during a demonstration against pension reform, protesters smashed the windows of '
     'banks and set rubbish bins on fire in Nantes (Loire-Atlantique, Pays de la Loire). [size=thousands]', VD),
    ('On 4 February 2023, protesters stoned the convoy of the regional governor in Dire Dawa (Dire Dawa, Dire '
     'Dawa) during a demonstration against his visit. [size=no report]', VD),
    ('On 4 February 2023, protesters set fire to the headquarters of the electoral commission in Abidjan '
     '(Abidjan, Abidjan) to denounce the election results. [size=no report]', VD),
    ('On 4 February 2023, demonstrators assaulted a journalist covering a rally against vaccination in '
     'Berlin (Berlin, Berlin). [size=hundreds]', VD),
    ('On 4 February 2023, protesters burnt down a police station in Jos (Jos North, Plateau) after a man '
     'died in police custody. [size=no report]', VD),
    ('On 4 February 2023, demonstrators threw bricks and bottles at police officers during a protest in '
     'Athens (Athens, Attica). [size=hundreds]', VD),
    ('On 4 February 2023, hundreds of people protested against the arrest of a cleric in Quetta (Quetta, '
     'Balochistan) and pelted the police station with stones. Police fired tear gas to disperse them. '
     '[size=hundreds]', VD),
    ('On 4 February 2023, protesters demanding the release of detained activists injured two police officers '
     'with stones in Bamenda (Mezam, North-West). [size=no report]', VD),
    ('On 4 February 2023, demonstrators destroyed traffic lights and bus shelters during a protest against '
     'police violence in Bogota (Bogota, Bogota). [size=no report]', VD),
    ('On 4 February 2023, protesters looted and burned shops during a demonstration against the government in '
     'Port-au-Prince (Port-au-Prince, Ouest). [size=no report]', VD),
    ('On 4 February 2023, a demonstration against the new tax law degenerated into clashes between protesters '
     'and police in Ouagadougou (Kadiogo, Centre). [size=hundreds]', VD),
    ('On 4 February 2023, protesters fought with police in Dakar (Dakar, Dakar) during a demonstration in '
     'support of the opposition leader. [size=no report]', VD),
    ('On 4 February 2023, protesters threw stones at police, who responded with tear gas and rubber bullets, '
     'during a demonstration in Jerusalem (Jerusalem, Jerusalem). [size=dozens]', VD),
    ('On 4 February 2023, protesters broke the gate of the governor\'s residence in Kano (Kano Municipal, Kano) '
     'during a demonstration over unpaid salaries. [size=no report]', VD),
    ('On 4 February 2023, in Bogota (Bogota, Bogota), a group of hooded people attacked the police during a '
     'student march. [size=no report]', VD),
    ('On 4 February 2023, a group of men attacked two journalists during a protest against the mayor in Tirana '
     '(Tirana, Tirana). [size=dozens]', VD),
    # fights between crowds told as brawls or blows, and a road block made of material
    ('On 4 February 2023, demonstrators and counter-demonstrators came to blows in Dresden (Dresden, Saxony). '
     '[size=dozens]', VD),
    ('On 4 February 2023, protesters and counter-protesters exchanged blows during a rally in Chemnitz '
     '(Chemnitz, Saxony). [size=dozens]', VD),
    ('On 4 February 2023, a brawl broke out between supporters of two candidates in Mzuzu (Mzuzu, Northern). '
     '[size=no report]', MV),
    ('On 4 February 2023, fans of two football clubs brawled in Zagreb (Zagreb, Zagreb). [size=no report]', MV),
    ('On 4 February 2023, residents blocked the road with stones and tree trunks in Tegucigalpa (Tegucigalpa, '
     'Francisco Morazan) to demand water. [size=no report]', VD),
    # mob violence: violence by a crowd, no demonstration told
    ('On 4 February 2023, a mob lynched a suspected thief in Kampala (Kampala, Kampala). [size=no report]', MV),
    ('On 4 February 2023, a mob beat to death a man accused of witchcraft in Kakamega (Lurambi, Kakamega). '
     '[size=no report]', MV),
    ('On 4 February 2023, villagers attacked and killed a suspected cattle thief in Mbarara (Mbarara, Western). '
     '[size=no report]', MV),
    ('On 4 February 2023, residents set ablaze a suspected kidnapper in Ibadan (Ibadan North, Oyo). '
     '[size=no report]', MV),
    ('On 4 February 2023, an angry mob burned the house of a man accused of blasphemy in Sialkot (Sialkot, '
     'Punjab). [size=no report]', MV),
    ('On 4 February 2023, supporters of the APC and the PDP clashed with sticks and machetes in Ilorin '
     '(Ilorin West, Kwara), injuring five people. [size=no report]', MV),
    ('On 4 February 2023, two rival student groups clashed at the university in Chittagong (Chittagong, '
     'Chittagong), leaving 10 students injured. [size=no report]', MV),
    ('On 4 February 2023, an angry crowd torched the vehicle of a driver who had knocked down a child in '
     'Cotonou (Cotonou, Littoral). [size=no report]', MV),
    ('On 4 February 2023, residents beat up two suspected robbers before handing them over to the police in '
     'Lusaka (Lusaka, Lusaka). [size=no report]', MV),
    ('On 4 February 2023, members of two communities clashed with sticks and stones over a land dispute in '
     'Faridpur (Faridpur, Dhaka). 15 people were injured. [size=no report]', MV),
    ('On 4 February 2023, football fans clashed with each other after a match in Belgrade (Belgrade, '
     'Belgrade). Several people were injured. [size=no report]', MV),
    ('On 4 February 2023, villagers attacked a team of health workers in Bukavu (Bukavu, South Kivu), '
     'accusing them of spreading disease. [size=no report]', MV),
    ('On 4 February 2023, a crowd beat a woman accused of stealing a phone at a market in Mombasa (Mvita, '
     'Mombasa). [size=no report]', MV),
    ('On 4 February 2023, rioters attacked and injured a man suspected of robbery in Medellin (Medellin, '
     'Antioquia). [size=no report]', MV),
    ('On 4 February 2023, a mob attacked a police station in Nakuru (Nakuru Town East, Nakuru) and freed a '
     'suspect held there. [size=no report]', MV),
    ('On 4 February 2023, villagers stoned a man to death after accusing him of stealing a motorcycle in '
     'Bunia (Irumu, Ituri). [size=no report]', MV),
    ('On 4 February 2023, a group of youths attacked and injured a man in Lyon (Rhone, Auvergne-Rhone-Alpes) '
     'after an argument. [size=no report]', MV),
    ('On 4 February 2023, a mob set fire to a mosque in Meiktila (Meiktila, Mandalay). [size=no report]', MV),
    # attacks on civilians: an armed group or a force, not a crowd
    ('On 4 February 2023, gunmen attacked villagers in Bokkos (Bokkos, Plateau), killing 5 people.', AT),
    ('On 4 February 2023, unidentified gunmen shot dead a trader in Maiduguri (Maiduguri, Borno).', AT),
    ('On 4 February 2023, Fulani ethnic militia attacked a village in Agatu (Agatu, Benue), killing 3 '
     'residents and burning houses.', AT),
    ('On 4 February 2023, armed men stormed a house in Zaria (Zaria, Kaduna) and abducted a man.', AB),
    ('On 4 February 2023, police beat a suspect to death in custody in Mombasa (Mvita, Mombasa).', AT),
    ('On 4 February 2023, Imbonerakure members beat a CNL member in Gitega (Gitega, Gitega).', AT),
    ('On 4 February 2023, soldiers whipped civilians at a checkpoint in Monywa (Monywa, Sagaing).', AT),
    ('On 4 February 2023, Al Shabaab militants stoned a woman to death in Jilib (Jilib, Middle Juba) after '
     'accusing her of adultery.', AT),
    ('On 4 February 2023, ADF rebels attacked a village in Beni (Beni, North Kivu) and killed 7 civilians '
     'with machetes.', AT),
    # protests: peaceful, met with intervention, or with excessive force
    ('On 4 February 2023, hundreds of residents protested against power cuts in Abuja (Abuja Municipal, '
     'Federal Capital Territory). [size=hundreds]', PP),
    ('On 4 February 2023, protesters burned an effigy of the president during a demonstration against fuel '
     'prices in Harare (Harare, Harare). [size=dozens]', PP),
    ('On 4 February 2023, police fired tear gas to disperse protesters who had gathered outside the '
     'parliament in Kampala (Kampala, Kampala). [size=no report]', PI),
    ('On 4 February 2023, police dispersed a sit-in by students and arrested 10 of them in Khartoum '
     '(Khartoum, Khartoum). [size=dozens]', PI),
    ('On 4 February 2023, police opened fire on peaceful protesters in Conakry (Conakry, Conakry), killing '
     'two of them. [size=no report]', EF),
    ('On 4 February 2023, security forces shot dead 3 demonstrators during a peaceful march in Omdurman '
     '(Omdurman, Khartoum). [size=thousands]', EF),
    ('On 4 February 2023, police used water cannon against protesters demanding early elections in Tbilisi '
     '(Tbilisi, Tbilisi). [size=thousands]', PI),
    ('On 4 February 2023, police arrested 20 protesters during a demonstration against the war in Moscow '
     '(Moscow, Moscow). [size=dozens]', PI),
    ('On 4 February 2023, hundreds of people demonstrated against the lynching of a man in Dhaka (Dhaka, '
     'Dhaka), demanding justice for the victim. [size=hundreds]', PP),
    ('On 4 February 2023, villagers protested against the attack on their village by gunmen in Jos (Jos '
     'North, Plateau). [size=no report]', PP),
    ('On 4 February 2023, demonstrators marched to the police station to demand the release of detained '
     'activists in Bamako (Bamako, Bamako). [size=no report]', PP),
    ('On 4 February 2023, relatives of the victims of the clashes held a sit-in in front of the governorate '
     'in Basra (Basra, Basra). [size=dozens]', PP),
    # the killing that names the crowd's leader is his story, not the protest's violence
    ('On 4 February 2023, led by the brother of a trader who was shot by robbers, residents marched through '
     'Kano (Kano Municipal, Kano) to demand more patrols. [size=no report]', PP),
    ('On 4 February 2023, residents attacked the protesters during a demonstration in Minsk (Minsk, Minsk). '
     '[size=no report]', PI),
    ('On 4 February 2023, soldiers beat protesters with batons and dispersed a demonstration in Yangon '
     '(Yangon, Yangon). [size=dozens]', PI),
    ('On 4 February 2023, police shot and killed a demonstrator during a protest against the junta in '
     'Mandalay (Mandalay, Mandalay). [size=no report]', EF),
    # violent demonstrations told in several sentences, in the passive, or with force used on the crowd
    ('On 4 February 2023, residents demonstrated in Goma (Nyiragongo, North Kivu) against insecurity. Some '
     'protesters threw stones at police, who fired tear gas. [size=no report]', VD),
    ('On 4 February 2023, several shops were looted and vehicles were set on fire during a protest against the '
     'arrest of an opposition leader in Conakry (Conakry, Conakry). [size=no report]', VD),
    ('On 4 February 2023, a police officer was injured by stones thrown by protesters during a demonstration '
     'against electricity cuts in Beirut (Beirut, Beirut). [size=dozens]', VD),
    ('On 4 February 2023, protesters forced their way into the parliament building in Baghdad (Baghdad, '
     'Baghdad) to denounce the nomination of a prime minister. [size=thousands]', VD),
    ('On 4 February 2023, demonstrators occupied and vandalised the offices of the electricity company in '
     'Tripoli (Tripoli, North). [size=dozens]', VD),
    ('On 4 February 2023, striking workers damaged company property at a mine in Rustenburg (Bojanala, North '
     'West) during a protest over wages. [size=hundreds]', VD),
    ('On 4 February 2023, supporters of a candidate ransacked a polling station in Kano (Kano Municipal, Kano) '
     'to protest alleged fraud. [size=no report]', VD),
    ('On 4 February 2023, students hurled stones at police vehicles in Srinagar (Srinagar, Jammu and Kashmir) '
     'to protest the death of a classmate. [size=no report]', VD),
    ('On 4 February 2023, a protest by traders escalated into clashes with police in Kampala (Kampala, '
     'Kampala). [size=no report]', VD),
    ('On 4 February 2023, police opened fire on stone-throwing protesters in Khartoum (Khartoum, Khartoum), '
     'killing one of them. [size=no report]', VD),
    ('On 4 February 2023, police fired tear gas at protesters who were burning tyres and blocking the main '
     'road in Nairobi (Nairobi, Nairobi). [size=no report]', VD),
    ('On 4 February 2023, demonstrators set up burning barricades and pelted police with stones in '
     'Port-au-Prince (Port-au-Prince, Ouest). [size=no report]', VD),
    ('On 4 February 2023, during a protest against the new mining law, a group of demonstrators attacked the '
     'house of the local MP in Kolwezi (Kolwezi, Lualaba). [size=no report]', VD),
    ('On 4 February 2023, hundreds of youths took to the streets of Bo (Bo, Southern) to protest against a '
     'curfew. They burned tyres and vandalised a police station. [size=hundreds]', VD),
    ('On 4 February 2023, traders protested against their eviction in Kumasi (Kumasi, Ashanti). During the '
     'protest, stones were thrown at police officers. [size=no report]', VD),
    ('On 4 February 2023, clashes broke out between protesters and police during a demonstration against '
     'the new constitution in Bangui (Bangui, Bangui). [size=no report]', VD),
    ('On 4 February 2023, protesters and police clashed in Lima (Lima, Lima) during a demonstration demanding '
     'the resignation of the president. [size=thousands]', VD),
    ('On 4 February 2023, police baton-charged protesters in Patna (Patna, Bihar), and the protesters '
     'retaliated by pelting stones. [size=no report]', VD),
    ('On 4 February 2023, protesters threw eggs and water bottles at the police in Paris (Paris, '
     'Ile-de-France) during a demonstration against pension reform. [size=thousands]', VD),
    ('On 4 February 2023, protesters pulled down a statue of a colonial governor in Bristol (Bristol, '
     'England) during a demonstration against racism. [size=hundreds]', VD),
    ('On 4 February 2023, a demonstration against the mayor turned into a riot in Tulear (Toliara I, Atsimo '
     'Andrefana). [size=no report]', VD),
    ('On 4 February 2023, protesters set fire to the car of a member of parliament during a demonstration '
     'against the budget in Antananarivo (Antananarivo, Analamanga). [size=no report]', VD),
    ('On 4 February 2023, anti-government protesters clashed with counter-protesters in Skopje (Skopje, '
     'Skopje). Several people were injured. [size=hundreds]', VD),
    # mob violence in other words
    ('On 4 February 2023, football fans clashed with police outside the stadium in Cairo (Cairo, Cairo). '
     '[size=no report]', MV),
    ('On 4 February 2023, villagers set a police post on fire in Kasese (Kasese, Western) after a resident was '
     'shot by a police officer. [size=no report]', MV),
    ('On 4 February 2023, residents burnt the house of a woman accused of witchcraft in Kilifi (Kilifi North, '
     'Kilifi). [size=no report]', MV),
    ('On 4 February 2023, youths attacked a bus carrying supporters of a rival party in Lusaka (Lusaka, '
     'Lusaka). [size=no report]', MV),
    # protests whose words name violence done to others, or force used on the crowd
    ('On 4 February 2023, protesters demanded justice for a man lynched by a mob in Sylhet (Sylhet, Sylhet) '
     'earlier that week. [size=dozens]', PP),
    ('On 4 February 2023, students protested against the beating of a classmate by police in Lagos (Ikeja, '
     'Lagos). [size=no report]', PP),
    ('On 4 February 2023, women held a sit-in in Bamako (Bamako, Bamako) to denounce the killing of three '
     'farmers by gunmen. [size=dozens]', PP),
    ('On 4 February 2023, riot police fired rubber bullets at protesters in Santiago (Santiago, Santiago '
     'Metropolitan). [size=thousands]', PI),
    ('On 4 February 2023, police beat and arrested several protesters during a march against the junta in '
     'Mandalay (Mandalay, Mandalay). [size=dozens]', PI),
    ('On 4 February 2023, families of the victims of the riots staged a protest in front of the court in Jos '
     '(Jos North, Plateau). [size=dozens]', PP),
]


def _told(pipeline, text):
    """The note's dated events, published (as ACLED notes are) on the day it tells."""
    day = datetime.strptime(re.search(r"On (\d+ \w+ \d{4})", text).group(1), "%d %B %Y").date()
    return news_of(pipeline, text, lang="en", published=day)


def test_the_table_is_broad():
    assert len(NOTES) >= 60 and {sub for _, sub in NOTES} == set(EVENT_TYPE)


@pytest.mark.parametrize("text,expected", NOTES, ids=[f"{n:02d}" for n in range(len(NOTES))])
def test_riot_probe(pipeline, text, expected):
    assert [(e.event_type, e.sub_event_type) for e in _told(pipeline, text)] == [(EVENT_TYPE[expected], expected)]


FRENCH = [
    ("Le 4 février 2023, une bagarre a éclaté entre des manifestants et des policiers à Bukavu, en RDC.", "Riots"),
    ("Le 4 février 2023, des manifestants ont brûlé une effigie du président à Kinshasa pour protester contre la "
     "vie chère.", "Protests"),
    ("Le 4 février 2023, des shebab ont lapidé à mort une femme à Jilib, en Somalie.", "Violence against civilians"),
]


@pytest.mark.parametrize("text,event_type", FRENCH)
def test_french_riot_probe(pipeline, text, event_type):
    """The same rules in French: a brawl ("bagarre", "rixe") a crowd fights is a riot, an effigy burned is
    no property destroyed, a stoning to death is an attack."""
    day = datetime(2023, 2, 4).date()
    assert [e.event_type for e in news_of(pipeline, text, lang="fr", published=day)] == [event_type]
