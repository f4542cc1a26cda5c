"""Round f of issue 10 (changed pairs of HELD-OUT5 still called ``agree``: a value one side reads without the word that
bounds it or the year that goes with it, so the other side's changed value seemed to hold it).  Rows written for this
test, none from the seeds or a bench set; each rule has at least three rows that the code before round f decided
``agree``, and counter-examples that must stay ``agree``:

* month-year: "<Month> in the year 1998" / "of March in 2019" is one month of that year, not a month of a guessed
  year and a year beside it ("the first Monday of August in the year 2018" / «первый понедельник августа 2025 года»);
* beyond / as-much-as: "beyond 45 seconds" is a lower bound and "as much as 25 kg" an upper one, as "more than" and
  "up to" are: two bounds of one kind must state the same value, so «более 30 секунд» / «до 75 кг» do not hold them
  (a bound holds an exact value of the other side only in paraphrases, where these pairs sit);
* before-year: "before 1953" bounds a time as "until" / «до» do, so another year in the other side's bound clashes;
* while-not: «пока … не» before an imperative, or with words between before an imperfective verb in the present or
  past, is a negation («пока насос не работает» "while the pump is not running", «пока не думай» "for now, do not
  think"); before a perfective or future verb it is the expletive не of "until" («пока он не закипит» "until it
  boils"), and «пока не поддерживает» is "does not yet support", whose "not yet" is no negation in English either;
* or-not / whatever-ni: "whether … or not" / «… или нет» and the concessive «что бы … ни» ("whatever") negate nothing
  (``lang/*/negation.tsv``, kind plain), so they no longer count as negation stated otherwise that excuses the other
  side's "not";
* digit-twice: digits are counted, not only collected: a run written twice on one side ("sdb2 … “2”") while a paired
  value holds it once is a value no frame read, so with the other side's own unread digits («5») the pair is not
  ``agree``;
* failure-noun: "a disk failure", "the failure of the valve" name a breakdown, not a negation stated otherwise (only
  "failed", "fails to", "failure to pay" do), so they no longer excuse the other side's «не».
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("month-year", "!agree", "Find the last Sunday of October in the year 2021.", "Найди последнее воскресенье октября 2017 года."),
    ("month-year", "!agree", "The bridge was closed for repairs in May in the year 1987.", "Мост закрыли на ремонт в мае 1989 года."),
    ("month-year", "!agree", "The theatre gave its first show in April in the year 1931.", "Театр дал свой первый спектакль в апреле 1934 года."),
    ("month-year", "agree", "Find the last Sunday of October in the year 2021.", "Найди последнее воскресенье октября 2021 года."),
    ("month-year", "agree", "The theatre gave its first show in April in the year 1931.", "Театр дал свой первый спектакль в апреле 1931 года."),
    ("beyond", "contradict", "Beyond this limit a warning is shown; beyond 70 minutes, the job is stopped.",
     "При превышении лимита выводится предупреждение; при работе более 50 минут задача останавливается."),
    ("beyond", "contradict", "Beyond this size the file is split; beyond 90 megabytes, it is refused.",
     "Файл большего размера разбивается на части, а при размере более 60 мегабайт не принимается."),
    ("beyond", "contradict", "Above the threshold the fan starts; beyond 40 degrees, the engine stops.",
     "Выше порога включается вентилятор, а при нагреве более 30 градусов двигатель глохнет."),
    ("beyond", "contradict", "Past that point the river floods the meadows; beyond 7 metres, it reaches the houses.",
     "Дальше река заливает луга, а при подъёме более чем на 5 метров доходит до домов."),
    ("beyond", "agree", "Beyond this limit a warning is shown; beyond 20 minutes, the job is stopped.",
     "При превышении лимита выводится предупреждение; при работе более 20 минут задача останавливается."),
    ("as-much-as", "contradict", "An adult camel can drink as much as 100 litres of water at once.",
     "Взрослый верблюд может выпить до 200 литров воды за раз."),
    ("as-much-as", "contradict", "An elephant drinks as much as 150 litres of water a day.", "Слон выпивает до 200 литров воды в день."),
    ("as-much-as", "contradict", "The tank holds as much as 60 litres of fuel.", "Бак вмещает до 80 литров топлива."),
    ("as-much-as", "agree", "An adult camel can drink as much as 100 litres of water at once.",
     "Взрослый верблюд может выпить до 100 литров воды за раз."),
    ("as-much-as", "agree", "The tank holds as much as 60 litres of fuel.", "Бак вмещает до 60 литров топлива."),
    ("before-year", "contradict", "The square was called Market Square before 1926.", "До 1931 года площадь называлась Рыночной."),
    ("before-year", "contradict", "Before 1872 the river was crossed only by ferry.", "До 1887 года через реку переправлялись только на пароме."),
    ("before-year", "contradict", "The element was known as eka-silicon before 1886.", "До 1896 г. элемент был известен как экасилиций."),
    ("before-year", "agree", "Before 1872 the river was crossed only by ferry.", "До 1872 года через реку переправлялись только на пароме."),
    ("before-year", "agree", "The element was known as eka-silicon before 1886.", "До 1886 г. элемент был известен как экасилиций."),
    ("while-not", "contradict", "While the pump is running, the tank slowly fills with water.", "Пока насос не работает, бак медленно наполняется водой."),
    ("while-not", "contradict", "For now, think about the price of the house.", "Пока не думай о цене дома."),
    ("while-not", "contradict", "While the lights are on in the hall, the children sleep calmly.", "Пока в зале не горит свет, дети спокойно спят."),
    ("while-not", "agree", "While the pump is not running, the tank slowly fills with water.", "Пока насос не работает, бак медленно наполняется водой."),
    ("while-not", "agree", "For now, do not think about the price of the house.", "Пока не думай о цене дома."),
    ("while-not", "agree", "Wait here until the doctor comes.", "Подождите здесь, пока не придёт врач."),
    ("while-not", "agree", "Stir the soup until it boils.", "Помешивайте суп, пока он не закипит."),
    ("or-not", "contradict", "The script will not check whether the disk is mounted or not.", "Скрипт проверит, смонтирован диск или нет."),
    ("or-not", "contradict", "We did not ask whether he was married or not.", "Мы спросили, женат он или нет."),
    ("or-not", "contradict", "The form does not show whether the order was paid or not.", "Форма показывает, оплачен заказ или нет."),
    ("or-not", "contradict", "The tool does not say whether the file is encrypted or not.", "Программа сообщает, зашифрован файл или нет."),
    ("or-not", "agree", "The script checks whether the disk is mounted or not.", "Скрипт проверяет, смонтирован диск или нет."),
    ("or-not", "agree", "We asked whether he was married or not.", "Мы спросили, женат он или нет."),
    ("whatever-ni", "contradict", "Whatever he says, the plan will not change.", "Что бы он ни говорил, план изменится."),
    ("whatever-ni", "contradict", "Wherever you go, the rules will not be the same.", "Куда бы вы ни поехали, правила будут те же."),
    ("whatever-ni", "contradict", "Whoever wins the election, the old law will not be changed.", "Кто бы ни победил на выборах, старый закон изменят."),
    ("whatever-ni", "contradict", "Whatever the weather, the market will not close early.", "Какой бы ни была погода, рынок закроется рано."),
    ("whatever-ni", "agree", "Whatever he says, the plan will not change.", "Что бы он ни говорил, план не изменится."),
    ("whatever-ni", "agree", "However hard they tried, the door did not open.", "Как бы они ни старались, дверь не открылась."),
    ("digit-twice", "!agree", "For the partition sdb2, the number of the disk is “2”.", "Для раздела sdb2 номер диска равен «5»."),
    ("digit-twice", "!agree", "The file log7.txt keeps the log of day 7.", "Файл log7.txt хранит журнал дня 4."),
    ("digit-twice", "!agree", "The port eth1 is the interface number 1 of the host.", "Порт eth1 — это интерфейс номер 3 хоста."),
    ("digit-twice", "agree", "For the partition sdb2, the number of the disk is “2”.", "Для раздела sdb2 номер диска равен «2»."),
    ("digit-twice", "agree", "The port eth1 is the interface number 1 of the host.", "Порт eth1 — это интерфейс номер 1 хоста."),
    ("failure-noun", "contradict", "A failure of the main valve does stop the whole line.", "Отказ главного клапана не останавливает всю линию."),
    ("failure-noun", "contradict", "After a power failure the clock keeps the correct time.", "После сбоя питания часы не сохраняют точное время."),
    ("failure-noun", "contradict", "A disk failure does cause data loss in this array.", "Отказ диска не приводит к потере данных в этом массиве."),
    ("failure-noun", "agree", "A failure of the main valve does not stop the whole line.", "Отказ главного клапана не останавливает всю линию."),
    ("failure-noun", "agree", "He was fined for failure to pay the tax.", "Его оштрафовали за неуплату налога."),
    ("failure-noun", "agree", "He was fined because he failed to pay the tax.", "Его оштрафовали, потому что он не заплатил налог."),
    ("before-year", "contradict", "The town kept its old walls until 1600, when the new fort was built.",
     "Город сохранял старые стены до 900 года, когда была построена новая крепость."),
    ("while-not", "agree", "The valley stayed empty for a long time, until it was settled by farmers.",
     "Долина долго оставалась пустой, пока не была заселена фермерами."),
    ("while-not", "agree", "The app does not yet support dark mode.", "Приложение пока не поддерживает тёмную тему."),
    ("while-not", "agree", "The new line does not yet carry passengers.", "Новая линия пока не перевозит пассажиров."),
    ("while-not", "agree", "The museum is still closed and does not yet receive visitors.", "Музей всё ещё закрыт и пока не принимает посетителей."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
