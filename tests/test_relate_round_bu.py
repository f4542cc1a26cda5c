"""Round bu of issue 10 (read from the misjudged pairs of the older held-out sets while HELD-OUT129/130 were being
written): rows written for this test, none from an evaluation set.

* since-start: "since X" on one side and a point the other side dates as a beginning ("was founded in 1972", «открыт в
  1960 году», "first produced in 1918") tell one start twice: its years must agree, a later point is no longer held by
  the bound (``relate/beginnings.py``, ``lang/{en,ru}/beginnings.tsv``);
* publication: a work's publication told plainly ("was published in 1891", "came out in 1871") is its first publication
  (concept ``issue`` of ``lang/{en,ru}/once_only.tsv``, as «увидел свет» / «вышел в свет»; not a first staging, nor an
  edition or a book form named with it); another work of the same writer stays another event;
* team: titles won in the plural and over decades ("won eight Stanley Cups in the 1940s and 1950s with the X") and a club
  after an adverb of time and a city's adjective («выступал тогда за мадридский «Реал»») fill the team role
  (``lang/{en,ru}/role_predicates.tsv``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('since-start', 'contradict',
     'Carlsberg, whose founder Jacobsen named it after his son Carl, was established in Valby near Copenhagen in 1857.',
     'Датская пивоваренная компания «Карлсберг» варит пиво с 1847 года; её название дано в честь сына основателя.'),
    ('since-start', 'contradict',
     'The Tate Gallery on Millbank, founded by the sugar refiner Henry Tate, opened its doors in 1907.',
     'Лондонская галерея Тейт, названная в честь сахарозаводчика Генри Тейта, работает на набережной Миллбэнк с 1897 года.'),
    ('since-start', 'contradict',
     'Toblerone, the Swiss chocolate bar with its triangular peaks, was first produced in Bern by Theodor Tobler in 1918.',
     'Треугольный швейцарский шоколад «Тоблерон» выпускается в Берне с 1908 года; его придумал Теодор Тоблер.'),
    ('since-start', 'contradict',
     'The Kiel Canal has joined the North Sea and the Baltic since 1895, when Kaiser Wilhelm II opened it.',
     'Кильский канал, соединивший Северное и Балтийское моря, был торжественно открыт в 1905 году.'),
    ('since-start', 'agree',
     'The Tate Gallery on Millbank, founded by the sugar refiner Henry Tate, opened its doors in 1897.',
     'Лондонская галерея Тейт, названная в честь сахарозаводчика Генри Тейта, работает на набережной Миллбэнк с 1897 года.'),
    ('since-start', 'agree',
     'The Stockholm metro, often called the world\'s longest art gallery, has carried passengers since 1950.',
     'Стокгольмский метрополитен, чьи станции называют самой длинной художественной галереей в мире, был открыт в 1950 году.'),
    ('publication', 'contradict',
     'Thomas Hardy\'s Tess of the d\'Urbervilles, the story of a Dorset dairymaid, was published in 1871.',
     'Роман Томаса Гарди «Тэсс из рода д’Эрбервиллей» о дочери бедного дорсетского возчика увидел свет в 1891 году.'),
    ('publication', 'contradict',
     'Knut Hamsun\'s Hunger, the story of a starving young writer in Kristiania, was published in 1900.',
     'Роман Кнута Гамсуна «Голод» о молодом литераторе, бедствующем в Христиании, увидел свет в 1890 году.'),
    ('publication', 'contradict',
     'Elizabeth Gaskell\'s North and South, the story of a parson\'s daughter in a northern mill town, was published in 1865.',
     'Роман Элизабет Гаскелл «Север и Юг» о девушке из семьи священника, переехавшей в фабричный Милтон, вышел в свет в 1855 году.'),
    ('publication', 'contradict',
     'Nikolai Leskov\'s Lefty, the tale of a Tula gunsmith who shoes a steel flea, came out in 1871.',
     'Сказ Николая Лескова «Левша» о тульском оружейнике, подковавшем стальную английскую блоху, вышел в свет в 1881 году.'),
    ('publication', 'agree',
     'Knut Hamsun\'s Hunger, the story of a starving young writer in Kristiania, was published in 1890.',
     'Роман Кнута Гамсуна «Голод» о молодом литераторе, бедствующем в Христиании, увидел свет в 1890 году.'),
    ('publication', 'agree',
     'Thomas Hardy\'s Tess of the d\'Urbervilles, the story of a Dorset dairymaid, was published in 1891.',
     'Роман Томаса Гарди «Тэсс из рода д’Эрбервиллей» о дочери бедного дорсетского возчика увидел свет в 1891 году.'),
    ('publication', '!contradict',
     'Knut Hamsun\'s Growth of the Soil, the story of a settler in the Norwegian wilds, was published in 1917.',
     'Роман Кнута Гамсуна «Голод» о молодом литераторе, бедствующем в Христиании, увидел свет в 1890 году.'),
    ('publication', '!contradict',
     'Ibsen\'s play Brand, published in 1866, was not staged in full until 1885.',
     'Драматическая поэма Ибсена «Бранд» впервые была поставлена на сцене в 1885 году.'),
    ('publication', '!contradict',
     'Jules Verne\'s Twenty Thousand Leagues Under the Sea first appeared in a magazine in 1869.',
     'Роман Жюля Верна «Двадцать тысяч льё под водой» печатался в журнале с 1869 года, а отдельной книгой вышел в 1870 году.'),
    ('team', 'contradict',
     'Maurice Richard won eight Stanley Cups in the 1940s and 1950s with the Toronto Maple Leafs.',
     'Морис Ришар восемь раз выигрывал Кубок Стэнли в составе «Монреаль Канадиенс».'),
    ('team', 'contradict',
     'Bill Russell won eleven NBA titles in the 1950s and 1960s with the Los Angeles Lakers.',
     'Билл Расселл одиннадцать раз становился чемпионом НБА в составе «Бостон Селтикс».'),
    ('team', 'contradict',
     'Eusébio, the Mozambique-born striker, was then playing for Sporting.',
     'Уроженец Мозамбика нападающий Эйсебио выступал тогда за лиссабонскую «Бенфику».'),
    ('team', 'agree',
     'Michael Jordan won six NBA championships in the 1990s with the Chicago Bulls.',
     'Майкл Джордан шесть раз становился чемпионом НБА в составе «Чикаго Буллз».'),
    ('team', 'agree',
     'Ferenc Puskás, the Hungarian forward, was then playing for Real Madrid.',
     'Венгерский нападающий Ференц Пушкаш выступал тогда за мадридский «Реал».'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
