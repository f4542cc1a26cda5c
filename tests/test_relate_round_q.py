"""Round q of issue 10: comparable EN/RU text written independently (HELD-OUT18 and HELD-OUT19 read for their causes:
general causes only). Rows written for this test, none from the seeds or a bench set; each rule has at least three rows
and a counter-example:

* noun-pole: a pole word of ``lang/opposites.tsv`` right after a Russian preposition (``lang/ru/pole_noun_preps.tsv``) is a
  noun naming a time or an event («в начале сентября», «после начала строительства», «с начала XX века»), no start
  predicate, so "ended in September" / «в начале сентября» is no clash; a verb of the other pole still clashes;
* org-role: an organisation one side adds while the other carries a name its frame missed is another organisation in the
  same role ("the American firm Monsanto" / «компании DuPont»): in paraphrases, and in translations when the organisation
  is written in Latin letters the other text does not write (``entity_pairs.latin_orgs``): `related`, never `agree`; the
  same organisation on both sides still agrees;
* ruler: the Persian and Roman rulers whose Russian names drop the Latin ending (Darius = Дарий) key by
  ``lang/ruler_names.tsv`` ("Darius I" / «Дарий I» one ruler, not two persons); another ruler still clashes;
* orbit: the body a moon orbits is a role only one body fills (``lang/{en,ru}/role_predicates.tsv``, concept ``orbit``:
  "orbits Saturn", "a moon of Jupiter", «— спутник Юпитера»; ``relate/role_clash.py`` pairs celestial names in it): another
  planet on the other side is a clash; the same planet agrees;
* warming, served-hot, evergreen: three concepts added to ``lang/opposites.tsv`` (warming / cooling, «потепление» /
  «охлаждение»; served hot / served cold, «подают горячим» / «холодным»; evergreen / deciduous, «вечнозелёный» /
  «листопадный»): one side stating one pole and the other the opposite clash; the same pole agrees;
* nationality: each side names a people by its adjective and none of one side's is a people or a country the other names
  ("the German astronomer" / «Датский астроном»: ``relate/open_clash.other_nationality``, ``gazetteer/demonyms.tsv``, which
  now has "English"): an agreement cannot be checked, `related`; the same people, or a country the other side names
  ("the Italian physicist" / «физик из Италии») or names by a noun for its people ("Dutch" / «потомки голландцев»), agrees.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("noun-pole", "agree", "The Siege of Sevastopol ended in September 1855 with the fall of the city to the allies.",
     "Севастополь пал перед союзниками в начале сентября 1855 года после почти годовой осады."),
    ("noun-pole", "agree", "The construction of the Cathedral of Christ the Saviour in Moscow ended in 1883.",
     "Храм Христа Спасителя в Москве освятили в 1883 году, через сорок с лишним лет после начала строительства."),
    ("noun-pole", "agree", "Excavations at Knossos by Arthur Evans ended in 1931.",
     "Артур Эванс вёл раскопки Кносса с начала XX века до 1931 года."),
    ("noun-pole", "agree", "Work on the Trans-Siberian main line ended in 1916 with the bridge over the Amur at Khabarovsk.",
     "Мост через Амур у Хабаровска, открытый в 1916 году, стал последним звеном Транссиба, строившегося с начала 1890-х."),
    ("noun-pole", "agree", "The Battle of Stalingrad ended on 2 February 1943 with the surrender of the German 6th Army.",
     "Капитуляция 6-й армии 2 февраля 1943 года стала концом Сталинградской битвы, шедшей с начала лета 1942 года."),
    ("noun-pole", "contradict", "The Battle of Borodino began at dawn on 7 September 1812.",
     "Бородинское сражение закончилось на рассвете 7 сентября 1812 года."),
    ("noun-pole", "!contradict", "The Crimean War started in 1853 and the siege of Sevastopol ended in 1855.",
     "Крымская война до начала осады Севастополя шла почти год, а осада закончилась в 1855 году."),
    ("org-role", "!agree", "Nylon was invented in 1935 by chemists at the American firm Monsanto.",
     "Нейлон был изобретён в 1935 году химиками американской компании DuPont."),
    ("org-role", "!agree", "In 2006 the video site YouTube was bought for $1.65 billion by the software company Microsoft.",
     "В 2006 году видеосервис YouTube купила за 1,65 млрд долларов компания Google."),
    ("org-role", "!agree", "The carmaker Stellantis was formed in 2021 by the merger of Fiat Chrysler with the French group Renault.",
     "Автоконцерн Stellantis образован в 2021 году слиянием Fiat Chrysler с французской группой PSA."),
    ("org-role", "!agree", "The Walkman portable cassette player was introduced in 1979 by the electronics maker Panasonic.",
     "Портативный кассетный плеер Walkman представила в 1979 году японская корпорация Sony."),
    ("org-role", "agree", "The carmaker Stellantis was formed in 2021 by the merger of Fiat Chrysler with the French group PSA.",
     "Автоконцерн Stellantis образован в 2021 году слиянием Fiat Chrysler с французской группой PSA."),
    ("org-role", "agree", "In 2006 the video site YouTube was bought for $1.65 billion by Google.",
     "В 2006 году видеосервис YouTube купила за 1,65 млрд долларов компания Google."),
    ("org-role", "agree", "In 1984 the Macintosh personal computer was launched by Apple.",
     "Персональный компьютер Macintosh компания Apple выпустила в 1984 году."),
    ("org-role", "agree", "The cartoon Steamboat Willie, released in 1928 by Walt Disney Studios, introduced Mickey Mouse.",
     "Мультфильм «Пароходик Вилли», выпущенный в 1928 году студией Walt Disney, познакомил зрителей с Микки Маусом."),
    ("ruler", "agree", "In 490 BC Darius I sent a Persian army against Athens, which was defeated at Marathon.",
     "В 490 году до н. э. Дарий I отправил персидское войско против Афин, разбитое при Марафоне."),
    ("ruler", "agree", "The Royal Road of the Persian Empire was built by Darius the Great.",
     "Царскую дорогу Персидской державы построил Дарий I."),
    ("ruler", "agree", "The Persian king Darius I died in 486 BC after ruling for thirty-six years.",
     "Персидский царь Дарий I умер в 486 году до н. э., процарствовав тридцать шесть лет."),
    ("ruler", "agree", "Egypt was conquered in 525 BC by the Persian king Cambyses II.",
     "Египет завоевал в 525 году до н. э. персидский царь Камбиз II."),
    ("ruler", "contradict", "The Persian king Xerxes I invaded Greece in 480 BC and burned Athens.",
     "Персидский царь Дарий I вторгся в Грецию в 480 году до н. э. и сжёг Афины."),

    ("orbit", "contradict", "Titan, whose thick nitrogen atmosphere was studied by the Huygens probe in 2005, orbits Jupiter.",
     "Титан, плотную азотную атмосферу которого в 2005 году исследовал зонд «Гюйгенс», — спутник Сатурна."),
    ("orbit", "contradict", "Io, the most volcanically active body in the Solar System, is a moon of Saturn.",
     "Ио, самое вулканически активное тело Солнечной системы, — спутник Юпитера."),
    ("orbit", "contradict", "Triton, which moves in a retrograde orbit, is the largest moon of Uranus.",
     "Тритон, движущийся по обратной орбите, — крупнейший спутник Нептуна."),
    ("orbit", "agree", "Titan, whose thick nitrogen atmosphere was studied by the Huygens probe in 2005, orbits Saturn.",
     "Титан, плотную азотную атмосферу которого в 2005 году исследовал зонд «Гюйгенс», — спутник Сатурна."),
    ("orbit", "agree", "Io, the most volcanically active body in the Solar System, is a moon of Jupiter.",
     "Ио, самое вулканически активное тело Солнечной системы, — спутник Юпитера."),
    ("orbit", "agree", "Phobos, the larger of the two moons of Mars, was discovered by Asaph Hall in 1877.",
     "Фобос, больший из двух спутников Марса, открыл Асаф Холл в 1877 году."),
    ("warming", "contradict", "La Niña is a periodic warming of the surface waters of the eastern Pacific Ocean.",
     "Ла-Нинья — периодическое охлаждение поверхностных вод в восточной части Тихого океана."),
    ("warming", "contradict", "The Gulf Stream warms the climate of north-western Europe, including Norway.",
     "Гольфстрим заметно охлаждает климат северо-западной Европы, в том числе Норвегии."),
    ("warming", "contradict", "The Labrador Current cools the coast of Newfoundland.",
     "Лабрадорское течение заметно нагревает побережье Ньюфаундленда."),
    ("warming", "agree", "La Niña is a periodic cooling of the surface waters of the eastern Pacific Ocean.",
     "Ла-Нинья — периодическое охлаждение поверхностных вод в восточной части Тихого океана."),
    ("served-hot", "contradict", "Okroshka, a Russian soup of kvass and chopped vegetables, is served cold in summer.",
     "Окрошку, русский суп на квасе с рубленными овощами, летом подают горячей."),
    ("served-hot", "contradict", "Borscht, the Ukrainian beetroot soup, is traditionally served chilled in summer.",
     "Украинский борщ из свёклы летом традиционно подают горячим."),
    ("served-hot", "agree", "Okroshka, a Russian soup of kvass and chopped vegetables, is served cold in summer.",
     "Окрошку, русский суп на квасе с рубленными овощами, летом подают холодной."),
    ("served-hot", "!contradict", "Borscht, the Ukrainian beetroot soup, is usually served hot.",
     "Украинский борщ из свёклы обычно подают горячим."),
    ("evergreen", "contradict", "The cedar of Lebanon is a deciduous coniferous tree native to the mountains of the eastern Mediterranean.",
     "Ливанский кедр — вечнозелёное хвойное дерево, родом из гор Восточного Средиземноморья."),
    ("evergreen", "contradict", "The baobab of Madagascar is an evergreen tree that keeps its leaves in the dry season.",
     "Мадагаскарский баобаб — листопадное дерево, сбрасывающее листья в сухой сезон."),
    ("evergreen", "agree", "The larch, unlike most conifers, is a deciduous tree that sheds its needles every autumn.",
     "Лиственница, в отличие от большинства хвойных, — листопадное дерево, каждую осень сбрасывающее хвою."),
    ("evergreen", "agree", "The holly is an evergreen shrub whose leaves stay green through the winter.",
     "Падуб — вечнозелёный кустарник, листья которого остаются зелёными всю зиму."),
    ("nationality", "!agree", "The German astronomer Johannes Kepler published his first two laws of planetary motion in 1609.",
     "Датский астроном Иоганн Кеплер опубликовал первые два закона движения планет в 1609 году."),
    ("nationality", "!agree", "The Swedish chemist Alfred Nobel patented dynamite in 1867.",
     "Норвежский химик Альфред Нобель запатентовал динамит в 1867 году."),
    ("nationality", "!agree", "The Polish astronomer Nicolaus Copernicus published his heliocentric theory in 1543.",
     "Немецкий астроном Николай Коперник опубликовал свою гелиоцентрическую теорию в 1543 году."),
    ("nationality", "agree", "The Swedish chemist Alfred Nobel patented dynamite in 1867.",
     "Шведский химик Альфред Нобель запатентовал динамит в 1867 году."),
    ("nationality", "agree", "The English naturalist Charles Darwin published On the Origin of Species in 1859.",
     "Британский натуралист Чарльз Дарвин опубликовал «Происхождение видов» в 1859 году."),
    ("nationality", "agree", "The Italian physicist Enrico Fermi built the first nuclear reactor in Chicago in 1942.",
     "Энрико Ферми, физик из Италии, построил первый ядерный реактор в Чикаго в 1942 году."),
    ("nationality", "agree", "The Afrikaners of South Africa descend largely from Dutch settlers who arrived at the Cape from 1652.",
     "Африканеры Южной Африки — в основном потомки голландцев и французских гугенотов, прибывавших на мыс с 1652 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
