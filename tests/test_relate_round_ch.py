"""Round ch of issue 10 (read from the misjudged pairs of HELD-OUT39-144): rows written for this test, none from an
evaluation set.

* dated-act: a paraphrase that states more times than the other pairs the times that date the same act ("born in
  Augsburg in 1873, shared the 1929 Nobel Prize" / «получил Нобелевскую премию … в 1939 году»: the award's years), so
  the clash is read instead of "each side states a date the other lacks" (``relate/act_dates.py``); acts that differ
  (a birth and an award against a death) stay unpaired;
* setting: the time a story is set in is an act of its own ("is set in sixteenth-century England", «действие романа …
  происходит в Англии XVII века»: ``lang/{en,ru}/acts.tsv``, concept ``setting``), paired with the other side's setting
  and kept apart from the year the work came out.

* placed-act: of several places on one side, the one the same act locates pairs with the other side's ("was born Erik
  Weisz in Budapest" / «родился … в Вене» while "in New York and London" tell where he made his name:
  ``entity_pairs._placed_by_act``, ``act_dates.slot_acts``);
* plot-source: a plot taken from a work ("takes its plot from Byron's poem" / «сюжет … взят из поэмы Шиллера») names the
  source writer, one role (``lang/{en,ru}/role_predicates.tsv``, concept ``source``);
* event-open: one event the event view agrees on, told with opposite words no slot reads ("the first car to top 500
  mph" / «лишь вторым»), is not checked (``related``), as the statement view already held (``open_clash.py``);
* digit-place: a place written in digits with an ordinal ending («до 5-го места», «на 1-е место», "5th place") is a
  rank (``relate/rank.py``), as «пятое место» already was;
* periodical: a newspaper's or magazine's name ends in a head of its own ("the London Magazine", "Fraser's Magazine",
  "the Chicago Tribune": ``lang/en/periodical_heads.tsv``, also organisation heads now): the place or possessive before it
  is a word of the name, so the periodical is one organisation that pairs with the other side's («журнал «Эдинбург
  ревью»»).

The Lenau row passes without the rule too (the death is once-only, ``once_only.py``); it is kept as the one-time-a-side
case the pairing must not spoil.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    ('dated-act', 'contradict',
     'Hans von Euler-Chelpin, born in Augsburg in 1873, shared the 1929 Nobel Prize in Chemistry for his work on the '
     'fermentation of sugars.',
     'Ханс фон Эйлер-Хельпин получил Нобелевскую премию по химии в 1939 году за исследования брожения сахаров.'),
    ('dated-act', '!contradict',
     'Hans von Euler-Chelpin, born in Augsburg in 1873, shared the 1929 Nobel Prize in Chemistry for his work on the '
     'fermentation of sugars.',
     'Ханс фон Эйлер-Хельпин, уроженец Аугсбурга, скончался в Стокгольме в 1964 году.'),
    ('dated-act', 'contradict',
     'Gottfried Keller, the Swiss author of Green Henry, was born in Zurich in 1819 and died there in 1890.',
     'Швейцарский писатель Готфрид Келлер, автор романа «Зелёный Генрих», умер в Цюрихе в 1895 году.'),
    ('dated-act', 'contradict',
     'The Austrian poet Nikolaus Lenau, born in the Banat village of Csatád in 1802, died in an asylum at Oberdöbling '
     'near Vienna in 1850.',
     'Австрийский поэт Николаус Ленау умер в 1856 году в психиатрической лечебнице под Веной.'),
    ('setting', 'contradict',
     "Alexandre Dumas's novel Queen Margot, published in 1845, is set in Paris in 1572, around the St Bartholomew's Day "
     'massacre.',
     'Действие романа Александра Дюма «Королева Марго» разворачивается в Париже XVII века, в дни Варфоломеевской ночи.'),
    ('setting', 'contradict',
     "Charles Kingsley's Hereward the Wake, published in 1866, is set in the eleventh century, during the Norman conquest "
     'of England.',
     'Действие романа Чарльза Кингсли «Херевард» разворачивается в Англии XII века, в годы нормандского завоевания.'),
    ('setting', 'agree',
     "Alexandre Dumas's novel The Black Tulip, published in 1850, is set in Holland in 1672, the year the de Witt "
     'brothers were murdered.',
     'Действие романа Дюма «Чёрный тюльпан» разворачивается в Голландии в 1672 году.'),
    ('setting', '!contradict',
     "Lion Feuchtwanger's historical novel Jew Süss came out in Munich in 1925.",
     'Действие исторического романа Лиона Фейхтвангера «Еврей Зюсс» происходит в Вюртемберге XVIII века.'),
    ('periodical', 'contradict',
     "Thomas De Quincey's Confessions of an English Opium-Eater first appeared in the London Magazine in 1821.",
     '«Исповедь англичанина, употреблявшего опиум» Томаса Де Квинси впервые напечатал в 1821 году журнал «Эдинбург ревью».'),
    ('periodical', 'agree',
     "Thomas De Quincey's Confessions of an English Opium-Eater first appeared in the London Magazine in 1821.",
     '«Исповедь англичанина, употреблявшего опиум» Томаса Де Квинси впервые напечатал в 1821 году журнал «Лондон мэгэзин».'),
    ('periodical', 'contradict',
     "George Eliot's Scenes of Clerical Life was first serialised in Blackwood's Magazine in 1857.",
     '«Сцены из жизни духовенства» Джордж Элиот впервые печатались частями в 1857 году в журнале «Фрейзерс мэгэзин».'),
    ('periodical', 'agree',
     "Macaulay's essay on Milton, which made his name, appeared in the Edinburgh Review in August 1825.",
     'Эссе Маколея о Мильтоне, принёсшее ему известность, вышло в августе 1825 г. в журнале «Эдинбург ревью».'),
    ('placed-act', 'contradict',
     'Harry Houdini, who made his name escaping from handcuffs in New York and London, was born Erik Weisz in Budapest '
     'in 1874.',
     'Гарри Гудини (настоящее имя Эрик Вайс), прославившийся побегами из наручников, родился в 1874 году в Вене.'),
    ('placed-act', 'agree',
     'Harry Houdini, who made his name escaping from handcuffs in New York and London, was born Erik Weisz in Budapest '
     'in 1874.',
     'Гарри Гудини (настоящее имя Эрик Вайс), прославившийся побегами из наручников, родился в 1874 году в Будапеште.'),
    ('placed-act', 'contradict',
     'Yul Brynner, who won an Oscar in Hollywood for The King and I, was born Yuliy Briner in Vladivostok in 1920.',
     'Юл Бриннер (Юлий Бринер), получивший «Оскар» за роль в фильме «Король и я», родился в 1920 году в Харбине.'),
    ('placed-act', 'agree',
     "Theda Bara, the first screen vamp of Fox's films in Hollywood, was born Theodosia Goodman in Cincinnati in 1885.",
     'Теда Бара (урождённая Теодосия Гудман) родилась в 1885 году в Цинциннати.'),
    ('plot-source', 'contradict',
     "Otto Nicolai's opera The Merry Wives of Windsor, first given in Berlin in 1849, takes its plot from Shakespeare's "
     'comedy.',
     'Сюжет оперы Отто Николаи «Виндзорские проказницы», поставленной в Берлине в 1849 году, взят из комедии Мольера.'),
    ('plot-source', 'agree',
     "Otto Nicolai's opera The Merry Wives of Windsor, first given in Berlin in 1849, takes its plot from Shakespeare's "
     'comedy.',
     'Сюжет оперы Отто Николаи «Виндзорские проказницы», поставленной в Берлине в 1849 году, взят из комедии Шекспира.'),
    ('plot-source', 'contradict',
     "Verdi's opera Il corsaro, first staged in Trieste in 1848, takes its plot from Byron's poem.",
     'Сюжет оперы Верди «Корсар», впервые поставленной в Триесте в 1848 году, взят из поэмы Шиллера.'),
    ('plot-source', 'agree',
     "Verdi's opera Il corsaro, first staged in Trieste in 1848, takes its plot from Byron's poem.",
     'Сюжет оперы Верди «Корсар», впервые поставленной в Триесте в 1848 году, взят из поэмы Байрона.'),
    ('event-open', '!agree',
     'On 15 October 1964 Craig Breedlove drove Spirit of America across the Bonneville salt flats, the first car to top '
     '500 mph.',
     '15.10.1964 Крейг Бридлав на реактивном «Спирит оф Америка» в Бонневилле стал лишь вторым, кто превысил 500 миль в час.'),
    ('event-open', 'agree',
     'On 15 October 1964 Craig Breedlove drove Spirit of America across the Bonneville salt flats, the first car to top '
     '500 mph.',
     '15.10.1964 Крейг Бридлав на реактивном «Спирит оф Америка» в Бонневилле первым превысил скорость 500 миль в час.'),
    ('event-open', '!agree',
     'On 29 March 1927 Henry Segrave, driving a Sunbeam at Daytona Beach, became the first man to travel at over 200 mph '
     'on land.',
     '29.03.1927 Генри Сигрейв на «Санбиме» в Дейтона-Бич стал вторым человеком, превысившим на суше 200 миль в час.'),
    ('event-open', 'agree',
     'On 29 March 1927 Henry Segrave, driving a Sunbeam at Daytona Beach, became the first man to travel at over 200 mph '
     'on land.',
     '29.03.1927 Генри Сигрейв на «Санбиме» в Дейтона-Бич первым в мире превысил на суше 200 миль в час.'),
    ('digit-place', 'contradict',
     "The Move's single Blackberry Way, written by Roy Wood, went to number one in Britain early in 1969.",
     'Сингл группы The Move «Blackberry Way», написанный Роем Вудом, в начале 1969 года поднялся до 3-го места в британском '
     'хит-параде.'),
    ('digit-place', 'agree',
     "The Move's single Blackberry Way, written by Roy Wood, went to number one in Britain early in 1969.",
     'Сингл группы The Move «Blackberry Way», написанный Роем Вудом, в начале 1969 года поднялся на 1-е место британского '
     'хит-парада.'),
    ('digit-place', 'agree',
     "Pickettywitch's single That Same Old Feeling, sung by Polly Brown, reached number five in Britain in 1970.",
     'Сингл группы Pickettywitch «That Same Old Feeling» с вокалисткой Полли Браун в 1970 году поднялся до 5-го места в '
     'британском хит-параде.'),
    ('digit-place', 'contradict',
     "Pickettywitch's single That Same Old Feeling, sung by Polly Brown, reached number five in Britain in 1970.",
     'Сингл группы Pickettywitch «That Same Old Feeling» с вокалисткой Полли Браун в 1970 году поднялся до 2-го места в '
     'британском хит-параде.'),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


def _acts(text: str, lang: str) -> list[tuple[str, list[str]]]:
    from crosscheck.frame import frame_text
    from crosscheck.relate.slot_values import time_slots
    from crosscheck.relate.act_dates import slot_acts

    slots = time_slots(frame_text(text, lang), text, lang)
    acts = slot_acts(slots, text, lang)
    return [(s.text, sorted(acts.get(id(s), ()))) for s in slots]


@pytest.mark.parametrize("text, lang, want", [
    # the nearest time in the act's own phrase, across no comma
    ("Ernst Ruska, who built the first electron microscope with Max Knoll in 1931, received the Nobel Prize in Physics "
     "in 1986.", "en", {"in 1931": "build", "in 1986": "award"}),
    # matched as a whole: the death's year is the one after its verb, though the birth year stands nearer
    ("Gottfried Keller was born in Zurich in 1819 and died there in 1890.", "en", {"in 1819": "born", "in 1890": "die"}),
    # the verb, not the noun, dates the setting («вышедшего в 1932 году» dates the publication)
    ("Действие романа Олдоса Хаксли «О дивный новый мир», вышедшего в 1932 году, происходит в Лондоне XXII века.", "ru",
     {"XXII века": "setting"}),
])
def test_each_time_dates_its_act(text, lang, want):
    got = dict(_acts(text, lang))
    for time, act in want.items():
        assert act in got[time], (time, got)
    assert not any(act in acts for t, acts in got.items() if t not in want for act in want.values()), got


@pytest.mark.parametrize("text, name", [
    ("It first appeared in instalments in Fraser's Magazine in 1833.", "Fraser's Magazine"),
    ("The review ran in the London Magazine in 1821.", "London Magazine"),
    ("The letter was printed in the Chicago Tribune.", "Chicago Tribune"),
])
def test_a_periodical_is_one_organisation(text, name):
    from crosscheck.frame import frame_text

    assert [(e.text, e.type) for e in frame_text(text, "en").entities] == [(name, "org")]


def test_an_act_dates_no_time_across_a_semicolon():
    got = dict(_acts("The poet was born in Csatád in 1802; in 1832 he sailed to Baltimore.", "en"))
    assert got["in 1802"] == ["born"] and got["in 1832"] == [], got


@pytest.mark.parametrize("latin, cyrillic", [
    ("Zsigmondy", "Жигмонди"), ("Erzsébet", "Эржебет"), ("Zsolt", "Жолт"),
    ("Csontváry", "Чонтвари"), ("Csák", "Чак"), ("Kovács", "Ковач"),
])
def test_hungarian_zs_and_cs_meet_their_russian_spelling(latin, cyrillic):
    """The Hungarian zs is «ж» and cs is «ч» (``lang/ru/latin_renderings.tsv``): one name in two scripts."""
    from crosscheck.lang.translit import skeleton, skeleton_variants

    assert skeleton(cyrillic) in skeleton_variants(latin)


@pytest.mark.parametrize("text, lang", [
    ("Moscow was set on fire in September 1812.", "en"),
    ("The reforms were set in motion in 1861.", "en"),
    ("The world land speed record was set at Bonneville in 1964.", "en"),
    ("The play-off final takes place in May.", "en"),
    ("Вступление в действие закона происходит в 1995 году.", "ru"),
])
def test_no_story_no_setting(text, lang):
    from crosscheck.relate.acts import acts

    assert "setting" not in acts(text, lang)


@pytest.mark.parametrize("text", ["Magazine sales fell in 1992.", "The Herald reported the fire.", "Review of the case began in 1899."])
def test_a_periodical_head_alone_is_no_organisation(text):
    from crosscheck.frame import frame_text

    assert not [e for e in frame_text(text, "en").entities if e.type == "org"]


def test_two_acts_before_two_times_date_neither():
    """"built and demolished in 1820 and 1950": either matching is as near, so neither time is dated."""
    assert all(acts == [] for _, acts in _acts("The bridge was built and demolished in 1820 and 1950.", "en"))


def test_a_name_inside_a_longer_one_is_found_on_its_own():
    from crosscheck.frame import frame_text
    from crosscheck.relate.act_dates import slot_acts
    from crosscheck.relate.slots import entity_slots

    text = "The acrobat, who made his name in New York, was born in York in 1874."
    places = [s for s in entity_slots(frame_text(text, "en"), text) if s.unit == "place"]
    acts = slot_acts(places, text, "en")
    assert {s.text: sorted(acts.get(id(s), ())) for s in places}.get("York") == ["born"]
