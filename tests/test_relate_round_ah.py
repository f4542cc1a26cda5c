"""Round ah of issue 10 (HELD-OUT47 and 48, first contacted on round ag's rules, and the changed pairs of HELD-OUT26 that
were called `agree`, read for general causes).  Rows written for this test, none from the seeds or a bench set; each rule
has at least three rows and a counter-example:

* fail-with: "can fail with the following errors", "fails with the error EPERM" tell which errors a call reports, no
  negation stated otherwise ("failed to reach orbit" still is one: ``relate/negation.py``); the Russian «не может
  завершиться со следующими ошибками» against it is a polarity clash.
* not-yet: «пока не» before a short participle («пока не реализована», «пока не достроен») is "not yet", a negation,
  not the expletive «не» of "until" (``relate/negation._while_not``).
* name-not-feeling: a name that starts like a word of feeling («Гордон», «Гордиевский») is no opinion cue
  (``lang/ru/cues.toml``): the claim was taken for an opinion, whose other values only make it related.
* treaty: a named treaty is signed once (``lang/{en,ru}/once_only.tsv``, ``sign``): two months of its signing clash.
* knockout: "knocked out" / «нокаутировал» win (``lang/opposites.tsv``), against «проиграл нокаутом».
* range-ends: «от 0 до 60» are the two ends of a range, no lower and upper bound (``frame/bounds._range_end``): "from 0
  to 20" against it was read as 20 within "up to 60".
* one-side-otherwise: between translations, one side stating an absence besides a negation both share, or stating
  negation otherwise ("no pixels are removed") where the other states none, is never an agreement
  (``relate/slots._polarity_pairs``); "No. 1" is a number, not "no"; «против часовой стрелки» is a direction.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("fail-with", "contradict", "The rename() call can fail with the following errors:",
     "Вызов rename() не может завершиться со следующими ошибками:"),
    ("fail-with", "contradict", "The setsockopt() call fails with the errors listed below.",
     "Вызов setsockopt() не завершается с перечисленными ниже ошибками."),
    ("fail-with", "agree", "The unlink() call can fail with the following errors:",
     "Вызов unlink() может завершиться со следующими ошибками:"),
    ("fail-with", "agree", "The Falcon 1 rocket failed to reach orbit on its first launch in March 2006.",
     "Ракета Falcon 1 при первом запуске в марте 2006 года не вышла на орбиту."),
    ("not-yet", "contradict", "In version 2.0 this feature is already implemented.",
     "В версии 2.0 эта функция пока не реализована."),
    ("not-yet", "contradict", "The new bridge across the bay has been completed.",
     "Новый мост через залив пока не достроен."),
    ("not-yet", "contradict", "The east wing of the museum is already restored.",
     "Восточное крыло музея пока не отреставрировано."),
    ("not-yet", "agree", "In version 2.0 this feature is not yet implemented.",
     "В версии 2.0 эта функция пока не реализована."),
    ("name-not-feeling", "contradict", "Gordon Brown became Prime Minister of the United Kingdom in June 2007.",
     "Гордон Браун стал премьер-министром Великобритании в июне 2008 года."),
    ("name-not-feeling", "contradict", "The KGB officer Oleg Gordievsky was exfiltrated from the Soviet Union to Britain in July 1985.",
     "Офицера КГБ Олега Гордиевского тайно вывезли из СССР в Великобританию в июле 1987 года."),
    ("name-not-feeling", "contradict", "The actor Vasily Gordeyev founded the theatre studio in Kazan in 1961.",
     "Актёр Василий Гордеев основал театральную студию в Казани в 1965 году."),
    ("name-not-feeling", "!contradict", "We are very proud of our athletes, the minister said after the 2008 Games.",
     "Мы очень гордимся нашими спортсменами, сказал министр после Игр 2012 года."),
    ("treaty", "contradict", "The Treaty of Nerchinsk between Russia and China was signed in August 1689.",
     "Нерчинский договор между Россией и Китаем был подписан в сентябре 1689 года."),
    ("treaty", "contradict", "The Treaty of Kardis between Sweden and Russia was signed in July 1661.",
     "Кардисский мирный договор между Швецией и Россией был подписан в июне 1661 года."),
    ("treaty", "contradict", "The Treaty of Bucharest, which ended the Russo-Turkish War, was signed in May 1812.",
     "Бухарестский мирный договор, завершивший русско-турецкую войну, был подписан в мае 1813 года."),
    ("treaty", "agree", "The Treaty of Nystad, which ended the Great Northern War, was signed on 10 September 1721.",
     "Ништадтский мирный договор, завершивший Северную войну, был подписан 30 августа 1721 года."),
    ("knockout", "contradict", "In 1974 in Kinshasa Muhammad Ali knocked out George Foreman in the eighth round.",
     "В 1974 году в Киншасе Мухаммед Али проиграл нокаутом Джорджу Форману в восьмом раунде."),
    ("knockout", "contradict", "In June 1938 Joe Louis knocked out Max Schmeling in the first round at Yankee Stadium.",
     "В июне 1938 года на стадионе «Янки» Джо Луис проиграл нокаутом Максу Шмелингу уже в первом раунде."),
    ("knockout", "contradict", "In 1990 in Tokyo Buster Douglas knocked out Mike Tyson in the tenth round.",
     "В 1990 году в Токио Бастер Дуглас проиграл нокаутом Майку Тайсону в десятом раунде."),
    ("range-ends", "contradict", "The brush size can be set to any value from 1 to 20 pixels.",
     "Размер кисти можно задать любым значением от 1 до 60 пикселей."),
    ("range-ends", "contradict", "The thermostat can be set to any value from 5 to 30 degrees.",
     "Термостат можно настроить на любое значение от 5 до 35 градусов."),
    ("range-ends", "contradict", "The lift carries loads from 10 to 50 kilograms.",
     "Подъёмник перевозит грузы массой от 10 до 80 килограммов."),
    ("range-ends", "agree", "The lift carries loads from 10 to 50 kilograms.",
     "Подъёмник перевозит грузы массой от 10 до 50 килограммов."),
    ("one-side-otherwise", "!agree", "The filter keeps the image size, since no pixels are removed.",
     "Фильтр сохраняет размер изображения, потому что пиксели удаляются."),
    ("one-side-otherwise", "!agree", "The process has no write permission for the directory, and the search permission was not granted.",
     "Процесс имеет право записи в каталог, а право поиска не было предоставлено."),
    ("one-side-otherwise", "!agree", "Nothing is written to the log file when the quiet option is set.",
     "Когда задан тихий режим, в файл журнала записывается всё."),
    ("one-side-otherwise", "agree", "Beethoven's Symphony No. 5 was first performed in Vienna in December 1808.",
     "Пятая симфония Бетховена впервые прозвучала в Вене в декабре 1808 года."),
    ("one-side-otherwise", "agree", "The brush turns counter-clockwise when the value increases from 0 to 180 degrees.",
     "Кисть поворачивается против часовой стрелки, когда значение растёт от 0 до 180 градусов."),
    ("knockout", "agree", "In 1974 in Kinshasa Muhammad Ali knocked out George Foreman in the eighth round.",
     "В 1974 году в Киншасе Мухаммед Али нокаутировал Джорджа Формана в восьмом раунде."),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_three_examples_and_a_counter_example():
    check_rule_counts(CASES)
