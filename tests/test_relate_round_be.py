"""Round be of issue 10 (read from the misjudged pairs of HELD-OUT39–98, 97 and 98 after their first contact): rows written
for this test, none from an evaluation set.

* work-title: a work is made once (``lang/{en,ru}/once_only.tsv``, concept ``make``: painted, carved, composed, built;
  «написан», «создал», «изваял», «возведён»), and its title told in translation on each side ("The Night Watch" /
  «Ночной дозор») names the one work (``relate/translated_titles.py``), so two dates that cannot both hold clash; another
  work of the same painter at another date does not.
* unveil: a monument is unveiled once; "unveiled" meets «открыт» (``lang/en/acts.tsv`` concept ``open``), so another
  year is a clash, not a publication against an opening; a restoration at another date is not.
* issued: a law, a code or an edict is issued once ("was issued by the Diet", «уложение … было издано»: concept
  ``enact``); the Carolina row needs the rule, the others are read as one statement already and pin the same verdict.
* suppress: putting down a rising is an act of its own (``acts.tsv`` concept ``suppress``), not its outbreak at another
  date; two dates of one suppression still clash, and a victory ("crushed the Swedish army") is no suppression.
* make-build: a finished building («был достроен») is a making, as "was completed" is (``once_only.tsv`` concept
  ``make``), so the two sides date one act, not two; the start of the building («строительство началось») is another act.
* translate: a translation is an act of its own (concept ``translate``), not the writing, issue or award of another year.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('work-title', 'contradict',
     'Rembrandt painted The Night Watch, a group portrait of an Amsterdam civic militia company, in 1642.',
     '«Ночной дозор», огромный групповой портрет амстердамских стрелков, хранящийся в Рейксмузеуме, Рембрандт создал в '
     'XVIII веке.'),
    ('work-title', 'contradict', 'Hieronymus Bosch painted the Ship of Fools, a panel kept in the Louvre in Paris, around 1500.',
     '«Корабль дураков» Иеронима Боска, ныне хранящийся в парижском Лувре, был написан в середине XVII века.'),
    ('work-title', 'contradict',
     'Ilya Repin painted Barge Haulers on the Volga, which made his name at the Academy exhibition, between 1870 and 1873.',
     '«Бурлаков на Волге», принёсших молодому Илье Репину славу, художник написал в 1890-х годах.'),
    ('work-title', 'agree',
     'Rembrandt painted The Night Watch, a group portrait of an Amsterdam civic militia company, in 1642.',
     '«Ночной дозор», огромный групповой портрет амстердамских стрелков, хранящийся в Рейксмузеуме, Рембрандт создал в '
     '1642 году.'),
    ('work-title', '!contradict',
     'Théodore Géricault painted The Raft of the Medusa, now in the Louvre, in 1818–1819, after the wreck of a French frigate.',
     'Теодор Жерико написал «Бег свободных лошадей», хранящийся в Лувре, в 1817 году во время поездки в Рим.'),
    ('work-title', '!contradict',
     'Jacques-Louis David painted The Death of Marat, a tribute to the murdered journalist, in 1793.',
     '«Коронацию Наполеона», огромное полотно для императора, Жак-Луи Давид создал в 1805–1807 годах.'),
]
CASES += [
    ('unveil', 'contradict',
     'The Millennium of Russia monument in Veliky Novgorod was unveiled in 1862 in the presence of Alexander II.',
     'Памятник «Тысячелетие России» в Великом Новгороде был торжественно открыт в 1872 году в присутствии императора.'),
    ('unveil', 'contradict',
     'The Motherland Calls, the colossal statue on Mamayev Kurgan in Volgograd, was unveiled in October 1967.',
     'Скульптура «Родина-мать зовёт!» на Мамаевом кургане была торжественно открыта в 1959 году, к годовщине '
     'Сталинградской битвы.'),
    ('unveil', 'contradict',
     "The Worker and Kolkhoz Woman, Vera Mukhina's steel sculpture, was unveiled at the Paris World's Fair of 1937.",
     'Статуя «Рабочий и колхозница» Веры Мухиной, созданная для парижской Всемирной выставки, была открыта в 1925 году.'),
    ('unveil', 'agree',
     'The Motherland Calls, the colossal statue on Mamayev Kurgan in Volgograd, was unveiled in October 1967.',
     'Скульптура «Родина-мать зовёт!» на Мамаевом кургане была торжественно открыта в октябре 1967 года, к годовщине '
     'битвы.'),
    ('unveil', '!contradict',
     'The Motherland Calls, the colossal statue on Mamayev Kurgan in Volgograd, was unveiled in October 1967.',
     'Скульптуру «Родина-мать зовёт!» на Мамаевом кургане в Волгограде отреставрировали в 2020 году.'),
]
CASES += [
    ('issued', 'contradict', 'The Carolina, the criminal code of Emperor Charles V, was issued by the Diet of Regensburg in 1532.',
     '«Каролина», уголовное уложение императора Карла V, принятое рейхстагом в Регенсбурге, было издано в 1632 году.'),
    ('issued', 'contradict',
     'The Edict of Potsdam, inviting persecuted Huguenots to settle in Brandenburg, was issued by Frederick William in 1685.',
     'Потсдамский эдикт курфюрста Фридриха Вильгельма, открывший Бранденбург для гугенотов-беженцев, был издан в 1658 году.'),
    ('issued', 'contradict',
     'The Edict of Worms, declaring Martin Luther an outlaw and banning his writings, was issued by Charles V in May 1521.',
     'Вормсский эдикт, объявивший Мартина Лютера вне закона и запретивший его сочинения, был издан императором в 1512 году.'),
    ('issued', 'agree',
     'The Edict of Milan, by which Constantine and Licinius granted tolerance to Christians, was issued in 313.',
     'Миланский эдикт о веротерпимости к христианам императоры Константин и Лициний издали в 313 году.'),
    ('issued', '!contradict', 'The Carolina, the criminal code of Emperor Charles V, was issued by the Diet of Regensburg in 1532.',
     'Император Карл V отрёкся от престола в Брюсселе в 1555 году, передав власть сыну.'),
]
CASES += [
    ('suppress', '!contradict',
     "The Bulavin Rebellion of Don Cossacks against Peter the Great's government broke out in October 1707.",
     'Восстание донских казаков под предводительством Кондратия Булавина было подавлено в 1708 году.'),
    ('suppress', '!contradict',
     'The Pugachev uprising, the largest Cossack revolt in Russian history, broke out in September 1773.',
     'Восстание Пугачёва, крупнейшее казачье выступление в истории России, было жестоко подавлено в 1775 году.'),
    ('suppress', '!contradict', 'The Ket rebellion broke out in Norfolk in July 1549.',
     'Восстание Кета в Норфолке было подавлено в августе 1549 года.'),
    ('suppress', 'contradict', 'The Pugachev uprising was crushed by government troops in 1775.',
     'Восстание Пугачёва было жестоко подавлено правительственными войсками в 1774 году.'),
    ('suppress', 'contradict', 'The Warsaw Uprising of 1944 was put down by German troops in October.',
     'Варшавское восстание 1944 года было подавлено немецкими войсками в сентябре.'),
    ('suppress', 'contradict', 'Government troops crushed the Pugachev revolt in 1775.',
     'Восстание Пугачёва было жестоко подавлено правительственными войсками в 1774 году.'),
    # a victory in battle is no suppression: the battle's two years still clash
    ('suppress', 'contradict', 'At Poltava the army of Peter the Great crushed the Swedish army of Charles XII in 1709.',
     'Полтавская битва, в которой войска Петра I разгромили шведов Карла XII, произошла в 1719 году.'),
    ('suppress', 'contradict', 'At Narva the Swedish king Charles XII crushed a much larger Russian army in November 1700.',
     'Битва под Нарвой, где Карл XII разбил втрое превосходившее его русское войско, произошла в 1710 году.'),
]
CASES += [
    # the making of a work ("was completed") meets its finished building («был достроен»): one act dated twice
    ('make-build', 'contradict', 'The Tower Bridge in London was completed in 1894.', 'Тауэрский мост в Лондоне был достроен в 1904 году.'),
    ('make-build', 'contradict', 'The Suez Canal was completed in 1869 after ten years of work.',
     'Суэцкий канал был достроен в 1879 году после десяти лет работ.'),
    ('make-build', 'contradict', 'The Amur Bridge at Khabarovsk, the longest on the Trans-Siberian line, was completed in 1916.',
     'Амурский мост у Хабаровска, самый длинный на Транссибе, был достроен в 1926 году.'),
    ('make-build', 'agree', 'The Suez Canal was completed in 1869 after ten years of work.',
     'Суэцкий канал был достроен в 1869 году после десяти лет работ.'),
    ('make-build', '!contradict', 'The Suez Canal was completed in 1869 after ten years of work.',
     'Суэцкий канал был закрыт для судоходства в 1967 году, после Шестидневной войны.'),
    ('make-build', '!contradict', 'The Amur Bridge at Khabarovsk, the longest on the Trans-Siberian line, was completed in 1916.',
     'Строительство Амурского моста у Хабаровска, самого длинного на Транссибе, началось в 1913 году.'),
]
CASES += [
    ('translate', '!contradict',
     'The Edict of Worms, declaring Martin Luther an outlaw and banning his writings, was issued by Charles V in May 1521.',
     'Мартин Лютер, объявленный вне закона, перевёл Новый Завет на немецкий язык в Вартбурге в 1522 году.'),
    ('translate', '!contradict',
     'William Tyndale, the English reformer burned for heresy, published his tract The Obedience of a Christian Man in 1528.',
     'Уильям Тиндейл, английский реформатор, сожжённый за ересь, перевёл на английский Новый Завет в 1526 году.'),
    ('translate', '!contradict', 'Mikhail Lozinsky, the Leningrad poet and scholar, was awarded the Stalin Prize in 1946.',
     'Михаил Лозинский, ленинградский поэт и учёный, перевёл «Божественную комедию» Данте в 1939–1945 годах.'),
    ('translate', '!contradict', 'Erasmus of Rotterdam, the Dutch humanist, published his satire The Praise of Folly in 1511.',
     'Эразм Роттердамский, нидерландский гуманист, перевёл Новый Завет на латынь заново в 1516 году.'),
    ('translate', 'contradict', "Samuil Marshak translated Shakespeare's sonnets into Russian in 1948.",
     'Самуил Маршак перевёл сонеты Шекспира на русский язык в 1938 году.'),
    ('translate', 'agree', "Constance Garnett's English version of War and Peace was published in 1904.",
     'Констанс Гарнетт перевела на английский язык «Войну и мир» в 1904 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_a_translated_title_is_one_work_and_another_title_is_not():
    from crosscheck.relate.translated_titles import phrase, translated_pair
    from crosscheck.relate.role_names import read_names

    en = "Vermeer painted Girl with a Pearl Earring around 1665."
    girl = next(n for n in read_names(en, "en") if n.text == "Girl")
    assert phrase(en, girl.start, girl.end) == "Girl with a Pearl Earring"
    crane = "Stephen Crane's The Red Badge of Courage came out in 1895."
    assert phrase(crane, 0, 40) == "The Red Badge of Courage"  # the author's possessive is no part of the title
    ru = "Ян Вермеер написал «Девушку с жемчужной серёжкой» около 1665 года."
    title = [n for n in read_names(ru, "ru") if n.kind == "title"]
    assert phrase(ru, title[0].start, title[0].end) == "Девушку с жемчужной серёжкой"
    assert translated_pair(en, [girl], ru, title) is not None
    other = "Ян Вермеер написал «Вид Делфта» около 1661 года."
    assert translated_pair(en, [girl], other, [n for n in read_names(other, "ru") if n.kind == "title"]) is None
