"""Round s of issue 10: precision on comparable EN/RU text (false contradictions of the fix-on sets HELD-OUT20/21 read
for their causes; general causes only). Rows written for this test, none from the seeds or a bench set; each rule has
at least three rows and a counter-example:

* nonfinite: in a paraphrase (below translation similarity) a Russian negation whose word is, by its most likely parse,
  a full participle or a gerund («с ловителями, не дававшими кабине упасть», «умер, не дописав роман») negates a phrase
  about a noun or a circumstance, not the statement's own verb: against an affirming side its polarity is uncertain
  (`related`, never a clash; ``relate/negation.Negation.nonfinite``, also in the event polarity test of
  ``relate/pair.py``); a negated finite verb, or any negation between translations ("does react" / «не реагирующую»,
  a perturbation pair), still clashes;
* not-until: "not … until" and "never … until" with one or two content words between ("was not found until 1985") say
  "only then", an idiom of ``lang/en/negation.tsv`` (it was only the contiguous "not until"); a gap with a function word
  ("was not part of Romania until 1940": a state up to a time) and "not found in 1985" still clash;
* contrast-intensifier: a contrast with an intensifier («а вовсе не», «а отнюдь не», «а совсем не»: kind ``weak`` of
  ``lang/ru/negation.tsv``, beside «а не») states negation otherwise: uncertain, never a clash;
* rendering: a Latin name Russian renders otherwise than its skeleton reads (an initial H as «Г»: Heine = Гейне, Havel =
  Гавел; a French final -ier with a silent r: Fourier = Фурье: ``lang/ru/latin_renderings.tsv``, extra readings in
  ``lang/translit.skeleton_variants``) is one name on both sides, no person clash; another person still clashes;
* contest: the two poles of "win" tell one result when the losing side names the winner after a preposition
  ("lost to Uruguay", «поражение … от Германии»: ``lang/{en,ru}/winner_preps.tsv``) and the winning side names the same
  one right before its word of winning ("Germany beat"): the predicates are equal (``relate/contest_sides.same_winner``);
  the other winner after the preposition, or the other subject, still clashes;
* tnt-yield: kilotons and megatons are units of one dimension of their own (tons of TNT, ``lang/measures.tsv``): "15
  kilotons" / «15 мегатонн» is a clash, "15 megatons" / «15 000 килотонн» the same yield (were: unknown units, paired by
  the value alone);
* company-head: a company name ending in a plural head ("Texas Instruments", "Bell Laboratories", "British Airways":
  ``lang/en/org_heads.tsv``) is an organisation, no person, so another company on the other side («корпорации IBM») is
  not a person left out but an organisation the English side lacks: never `agree` (the same company still agrees).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("nonfinite", "related", "Mozart died in December 1791, and the Requiem he had been writing was completed by his pupil Süssmayr.",
     "Моцарт скончался в 1791 году, так и не завершив свой реквием."),
    ("nonfinite", "related", "After Borodino, Napoleon's army entered a nearly empty Moscow in September 1812, and the city soon burned.",
     "В сентябре 1812 года Наполеон занял Москву, не встретив сопротивления."),
    ("nonfinite", "related", "Michael Collins circled the Moon in Columbia in July 1969 while Armstrong and Aldrin walked on its surface.",
     "В июле 1969 года Майкл Коллинз кружил над Луной на «Колумбии», так и не ступив на её поверхность."),
    ("nonfinite", "related", "Van Gogh sold very few paintings before his death in 1890, though he produced hundreds of canvases.",
     "Винсент ван Гог умер в 1890 году, не дождавшись признания своих картин."),
    ("nonfinite", "contradict", "The factory closed in 1991.", "Завод не закрылся в 1991 году."),
    ("nonfinite", "contradict", "The museum opened to visitors in 1852.", "Музей не открылся для посетителей в 1852 году."),
    ("not-until", "agree", "The manuscript was not published until 1955, long after the author's death.",
     "Рукопись опубликовали лишь в 1955 году, спустя много лет после смерти автора."),
    ("not-until", "agree", "The wreck of the Titanic wasn't found until 1985.", "Обломки «Титаника» обнаружили только в 1985 году."),
    ("not-until", "!contradict", "The North Pole was not reached overland until 1968.",
     "До Северного полюса пешком впервые дошли только в 1968 году."),
    ("not-until", "contradict", "From 1918 Moldova was not part of Romania until 1940.",
     "С 1918 года Молдавия входила в состав Румынии до 1940 года."),
    ("not-until", "contradict", "The wreck of the Titanic was not found in 1985.", "Обломки «Титаника» обнаружили в 1985 году."),
    ("contrast-intensifier", "!contradict", "Real parmesan is made from cow's milk.",
     "Настоящий пармезан делают из коровьего молока, а вовсе не из овечьего."),
    ("contrast-intensifier", "!contradict", "The first Olympic marathon was won by a Greek runner.",
     "Первый олимпийский марафон выиграл грек, а отнюдь не американец."),
    ("contrast-intensifier", "!contradict", "The pyramids were built by paid workers.",
     "Пирамиды строили наёмные рабочие, а совсем не рабы."),
    ("contrast-intensifier", "contradict", "The pyramids were built by paid workers in 2560 BC.",
     "Пирамиды не строили наёмные рабочие в 2560 году до н. э."),
    ("rendering", "agree", "Heinrich Heine moved to Paris in 1831.", "Генрих Гейне переехал в Париж в 1831 году."),
    ("rendering", "agree", "Václav Havel became president of Czechoslovakia in 1989.",
     "Вацлав Гавел стал президентом Чехословакии в 1989 году."),
    ("rendering", "agree", "Antoine Lavoisier was guillotined in Paris in 1794.",
     "Антуан Лоран Лавуазье был казнён на гильотине в Париже в 1794 году."),
    ("rendering", "agree", "Joseph Fourier published his theory of heat in 1822.",
     "Жозеф Фурье опубликовал свою теорию теплоты в 1822 году."),
    ("rendering", "contradict", "Joseph Haydn wrote the Surprise Symphony in 1791.",
     "Вольфганг Моцарт написал симфонию «Сюрприз» в 1791 году."),
    ("rendering", "contradict", "Georg Hegel published the Phenomenology of Spirit in 1807.",
     "Иммануил Кант опубликовал «Феноменологию духа» в 1807 году."),
    ("contest", "agree", "Germany beat Argentina 1–0 in the World Cup final in 2014.",
     "Финал чемпионата мира 2014 года завершился поражением Аргентины от Германии со счётом 0:1."),
    ("contest", "agree", "In 1815 Wellington defeated Napoleon at Waterloo.",
     "В 1815 году Наполеон потерпел поражение от Веллингтона при Ватерлоо."),
    ("contest", "agree", "In 1997 Kasparov lost to Deep Blue in a six-game match.",
     "В 1997 году компьютер Deep Blue обыграл Каспарова в матче из шести партий."),
    ("contest", "agree", "In 1950 Brazil lost to Uruguay in the deciding match of the World Cup.",
     "В 1950 году Уругвай обыграл Бразилию в решающем матче чемпионата мира."),
    ("contest", "contradict", "Germany beat Argentina 1–0 in the World Cup final in 2014.",
     "Финал чемпионата мира 2014 года завершился поражением Германии от Аргентины со счётом 0:1."),
    ("contest", "contradict", "In 1950 Brazil lost to Uruguay in the deciding match of the World Cup.",
     "В 1950 году Бразилия обыграла Уругвай в решающем матче чемпионата мира."),
    ("contest", "contradict", "In 1815 Wellington defeated Napoleon at Waterloo.",
     "В 1815 году Веллингтон потерпел поражение от Наполеона при Ватерлоо."),
    ("tnt-yield", "contradict", "The bomb dropped on Hiroshima had a yield of about 15 kilotons.",
     "Мощность бомбы, сброшенной на Хиросиму, составила около 15 мегатонн."),
    ("tnt-yield", "contradict", "The bomb dropped on Nagasaki in 1945 had a yield of 21 kilotons.",
     "Мощность бомбы, сброшенной на Нагасаки в 1945 году, составила 21 мегатонну."),
    ("tnt-yield", "agree", "The Castle Bravo test of 1954 had a yield of 15 megatons.",
     "Мощность взрыва Castle Bravo в 1954 году составила 15 000 килотонн."),
    ("tnt-yield", "agree", "The Tsar Bomba, tested in 1961, had a yield of 50 megatons.",
     "Мощность «Царь-бомбы», испытанной в 1961 году, составила 50 мегатонн."),
    ("tnt-yield", "agree", "The bomb dropped on Hiroshima had a yield of about 15 kilotons.",
     "Мощность бомбы, сброшенной на Хиросиму, составила около 15 килотонн."),
    ("company-head", "!agree", "Jack Kilby built the first integrated circuit in 1958 while he was an engineer at Texas Instruments.",
     "Первую интегральную схему собрал в 1958 г. инженер корпорации IBM Джек Килби."),
    ("company-head", "agree", "Jack Kilby built the first integrated circuit in 1958 while he was an engineer at Texas Instruments.",
     "Первую интегральную схему собрал в 1958 г. инженер компании Texas Instruments Джек Килби."),
    ("company-head", "!agree", "The transistor was invented at Bell Laboratories in 1947.",
     "Транзистор изобрели в 1947 году в лабораториях компании IBM."),
    ("company-head", "!agree", "British Airways began Concorde flights in 1976.",
     "Компания Air France начала полёты «Конкорда» в 1976 году."),
    ("company-head", "agree", "British Airways began Concorde flights in 1976.",
     "Компания British Airways начала полёты «Конкорда» в 1976 году."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
