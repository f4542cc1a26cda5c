"""Round bc of issue 10 (read from the misjudged pairs of HELD-OUT39–94 after their first contact): rows written for this
test, none from an evaluation set.

* designer: "designed by X" names a building's designer as «по проекту Y» does (``lang/{en,ru}/role_predicates.tsv``,
  concept ``design``; before, "designed" was only an author's verb and «по проекту» only a design's): another designer is a
  role clash; the same designer agrees.
* silent-end: a French surname whose final consonants are silent ("Gounod" = «Гуно», "Daudet" = «Доде», "Diderot" =
  «Дидро») is one name in the role clash (``relate/role_names._silent_end``), read with its vowels, so "Manet" is still
  not «Моне».
* conductor: the conductor of a performance ("conducted by X", «под управлением X», «дирижировал X»:
  ``lang/{en,ru}/role_predicates.tsv``, concept ``conduct``) is an exclusive role: another conductor clashes, the same one
  agrees, and a poll "conducted by" an institute is no clash with the same institute.
* th-reading: an English "th" that Russian writes «з» or «с» (``lang/ru/latin_renderings.tsv``: Mather = «Мэзер», Haworth =
  «Хоуорс»), also with a "w" read as a vowel at once (Withering = «Уизеринг»: ``translit.skeleton_variants``), is one name;
  another surname still clashes.
* approx-year: an approximate year between a Russian role verb and its doer («изобрёл около 1831 г. X», «примерно в 1886
  году», «ок. 1783 г.»: ``lang/ru/role_gaps.tsv``) is skipped as a dated one is.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('designer', 'contradict', 'The Woolworth Building in New York, completed in 1913, was designed by Cass Gilbert.',
     'Небоскрёб Вулворт-билдинг в Нью-Йорке построен в 1913 году по проекту Уильяма Ван Алена.'),
    ('designer', 'contradict', "The Empire State Building in New York, completed in 1931, was designed by the firm's architect "
     'William Lamb.', 'Небоскрёб Эмпайр-стейт-билдинг в Нью-Йорке построен в 1931 году по проекту Рэймонда Худа.'),
    ('designer', 'contradict', 'The Guggenheim Museum in Bilbao, opened in 1997, was designed by Frank Gehry.',
     'Музей Гуггенхайма в Бильбао, открытый в 1997 году, построен по проекту Ренцо Пьяно.'),
    ('designer', 'contradict', 'The Hotel Moskva, opened in 1935, was built to a design by Ivan Fomin.',
     'Гостиницу «Москва» спроектировал архитектор Алексей Щусев; она открылась в 1935 году.'),
    ('designer', 'agree', 'The Sydney Opera House, opened in 1973, was designed by the Danish architect Jørn Utzon.',
     'Сиднейский оперный театр, открытый в 1973 году, построен по проекту датского архитектора Йорна Утзона.'),
]
CASES += [
    ('silent-end', 'agree', 'Charles Gounod wrote the opera Faust, which was first performed in Paris in 1859.',
     'Оперу «Фауст», впервые исполненную в Париже в 1859 году, написал Шарль Гуно.'),
    ('silent-end', 'agree', 'Alphonse Daudet wrote the novel Tartarin of Tarascon, published in 1872.',
     'Роман «Тартарен из Тараскона», изданный в 1872 году, написал Альфонс Доде.'),
    ('silent-end', 'agree', 'Denis Diderot wrote the novel The Nun, which was published in 1796.',
     'Роман «Монахиня», опубликованный в 1796 году, написал Дени Дидро.'),
    ('silent-end', 'contradict', 'Édouard Manet painted Olympia in 1863.', 'Картину «Олимпия» написал в 1863 году Клод Моне.'),
]
CASES += [
    ('conductor', 'contradict', "Sibelius's Violin Concerto in its final version was first performed in Berlin in October 1905, "
     'conducted by Arthur Nikisch.', 'Окончательную редакцию скрипичного концерта Сибелиуса впервые исполнили в Берлине в октябре '
     '1905 года под управлением Рихарда Штрауса.'),
    ('conductor', 'contradict', "Vaughan Williams's London Symphony was first heard in March 1914 at Queen's Hall, London, "
     'conducted by Geoffrey Toye.', 'Лондонскую симфонию Воан-Уильямса впервые исполнили в марте 1914 г. в лондонском Куинс-холле '
     'под управлением Томаса Бичема.'),
    ('conductor', 'contradict', "Rachmaninoff's Third Piano Concerto was first performed in New York in November 1909, conducted "
     'by Walter Damrosch.', 'Третий фортепианный концерт Рахманинова впервые прозвучал в Нью-Йорке в ноябре 1909 года под '
     'управлением Густава Малера.'),
    ('conductor', 'contradict', "Bartók's Concerto for Orchestra was first heard in December 1944 at Symphony Hall, Boston, "
     'conducted by Serge Koussevitzky.', 'Концерт для оркестра Бартока впервые прозвучал в декабре 1944 г. в бостонском '
     'Симфони-холле под управлением Фрица Райнера.'),
    ('conductor', 'contradict', "Ravel's Boléro was first performed in Paris in November 1928, conducted by Pierre Monteux.",
     'Первое исполнение «Болеро» Равеля состоялось в Париже в ноябре 1928 года; дирижировал Вальтер Страрам.'),
    ('conductor', 'agree', "Bruckner's Seventh Symphony was first performed in Leipzig in December 1884, conducted by Arthur "
     'Nikisch.', 'Седьмую симфонию Брукнера впервые исполнили в Лейпциге в декабре 1884 года под управлением Артура Никиша.'),
    ('conductor', 'agree', 'The poll was conducted by Gallup in March 1995 and found support at 60 percent.',
     'Опрос, проведённый в марте 1995 года институтом Гэллапа, показал поддержку на уровне 60 процентов.'),
]
CASES += [
    ('th-reading', 'agree', 'The Puritan minister Cotton Mather promoted smallpox inoculation in Boston in 1721.',
     'Пуританский проповедник Коттон Мэзер в 1721 году пропагандировал в Бостоне прививки от оспы.'),
    ('th-reading', 'agree', 'The English botanist and physician William Withering was born in Wellington, Shropshire, in 1741.',
     'Английский ботаник и врач Уильям Уизеринг родился в 1741 году в Веллингтоне, графство Шропшир.'),
    ('th-reading', 'agree', 'The chemist Norman Haworth was born in Chorley, Lancashire, in 1883.',
     'Химик Норман Хоуорс родился в 1883 году в Чорли, графство Ланкашир.'),
    ('th-reading', 'agree', 'The soprano Joan Sutherland sang Lucia di Lammermoor at Covent Garden in 1959.',
     'В 1959 году в «Ковент-Гардене» партию Лючии ди Ламмермур спела сопрано Джоан Сазерленд.'),
    ('th-reading', 'contradict', 'The Puritan minister Cotton Mather promoted smallpox inoculation in Boston in 1721.',
     'Пуританский проповедник Джон Мэйсон в 1721 году пропагандировал в Бостоне прививки от оспы.'),
]
CASES += [
    ('approx-year', 'contradict', 'The hot-air balloon was invented by the Montgolfier brothers in 1783.',
     'Воздушный шар изобрёл ок. 1783 г. Жак Шарль.'),
    ('approx-year', 'contradict', 'The mechanical reaper was invented by the McCormick family in 1831.',
     'Механическую жатку изобрёл около 1831 г. Обед Хасси.'),
    ('approx-year', 'contradict', 'The first motor car was invented by the Daimler brothers in 1886.',
     'Первый автомобиль изобрёл примерно в 1886 году Карл Бенц.'),
    ('approx-year', 'contradict', 'The modern typewriter was invented by the Remington company in 1868.',
     'Пишущую машинку изобрёл около 1868 г. Кристофер Шоулз.'),
    ('approx-year', 'agree', 'The mechanical reaper was invented by the McCormick family in 1831.',
     'Механическую жатку изобрёл около 1831 г. Сайрус Маккормик.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)
