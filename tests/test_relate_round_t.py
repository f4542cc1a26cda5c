"""Round t of issue 10: recall on comparable EN/RU text (contradictions of the fix-on sets HELD-OUT22/23 called
`related`, read for their causes; general causes only). Rows written for this test, none from the seeds or a bench set;
each rule has at least three rows and a counter-example:

* once-only: a predicate that can happen only once to its subject (founded / set up / created, born, died, premiered /
  first shown / first published / first described, sank, a law passed or a document signed: ``lang/{en,ru}/once_only.tsv``)
  stated by both sides of one named subject at two dates that do not overlap is a date clash, not two events
  (``relate/once_only.py``, read where the event view decides "different events"); recurring events (visits, meetings,
  matches), two different subjects (a name on each side the other lacks), two different predicates and a side with two
  dates stay `related`; a date inside the other still agrees.
* rank: one subject given the first place of a ranking by a superlative ("the deepest", «крупнейший», «самый высокий») on
  one side and another place by an ordinal with a superlative or a ranking ("the third largest", "ranks only fifth",
  «второй по высоте») on the other is a clash (``relate/rank.py``, words in ``lang/{en,ru}/ranks.tsv``; were `agree` or
  `related`); the same rank, another subject first, "one of the", a superlative naming the ranking («третье место среди
  крупнейших») and a side with two ranks are not;
* ordinal-class: an ordinal before a noun of a class counted in order ("the first country to", "the 49th US state",
  "the first woman"; «четвёртой страной», «50-м штатом», «второй женщиной»: kind ``category`` of ``ranks.tsv``), one
  class and one place on each side, two places, and the same name right before each ordinal is a clash (were `agree`);
  the same place, another subject before the ordinal ("Russia … the first" / «США … второй … после России») and "one of
  the first" are not.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    # through the event view ("different events" before this round): a paraphrase below same-statement likeness, or a
    # claim of a "first" that makes it an event report
    ("once-only", "contradict", "Sovcomflot was set up in 1988, when the Soviet merchant fleet was being reorganised.",
     "Компания «Совкомфлот» создана в 1995 г. в ходе реформы морского флота."),
    ("once-only", "contradict", "Rosneft was set up in 1993, two years after the Soviet collapse, with Alexander Putilov at its head.",
     "Нефтяная компания «Роснефть» была создана в 1998 г. по инициативе Александра Путилова."),
    ("once-only", "contradict", "The Clean Air Act, the first federal law on air pollution, was passed by Congress in 1963.",
     "Закон о чистом воздухе был принят Конгрессом в 1973 году."),
    # decided by the slots already (same statements): the rule must not change them
    ("once-only", "contradict", "Yuri Gagarin, the first man in space, was born in 1934 into a family of collective farmers.",
     "Первый космонавт Юрий Гагарин родился в 1936 году в Смоленской области."),
    ("once-only", "contradict", "Leo Tolstoy, the author of War and Peace, died at the railway station of Astapovo in 1910.",
     "Лев Толстой скончался в 1908 году, уйдя из Ясной Поляны."),
    # recurring events, another predicate, another subject, a second date on one side, a date inside the other
    ("once-only", "related", "Vladimir Putin, the first Russian leader to address the Bundestag, visited Berlin in 2001.",
     "Владимир Путин посетил Берлин в 2005 году."),
    ("once-only", "related", "Yuri Gagarin, the first man in space, was born in 1934 into a family of collective farmers.",
     "Первый космонавт Юрий Гагарин погиб в 1968 году при испытательном полёте."),
    ("once-only", "!contradict", "Elon Musk, the richest man in the world, founded SpaceX in 2002.", "Илон Маск основал компанию Tesla в 2004 году."),
    ("once-only", "!contradict", "Rosneft was set up in 1993, two years after the Soviet collapse, with Alexander Putilov at its head.",
     "Нефтяная компания «Лукойл» была создана в 1991 г. по инициативе Вагита Алекперова."),
    ("once-only", "related", "Sovcomflot was set up in 1988, when the Soviet merchant fleet was being reorganised, and listed in 2020.",
     "Компания «Совкомфлот» создана в 1995 г. в ходе реформы морского флота."),
    ("once-only", "agree", "Valentina Tereshkova, the first woman in space, was born in 1937 near Yaroslavl.",
     "Валентина Терешкова родилась в марте 1937 года."),
    ("rank", "contradict", "Lake Baikal is the deepest lake in the world.", "Байкал — лишь третье по глубине озеро мира."),
    ("rank", "contradict", "The Volga is the longest river in Europe.", "Волга — лишь четвёртая по длине река Европы."),
    ("rank", "contradict", "The Burj Khalifa is only the second tallest building in the world.",
     "Бурдж-Халифа — самое высокое здание мира."),
    ("rank", "contradict", "Mount Elbrus, a dormant volcano in the Caucasus, ranks only third among the peaks of Europe.",
     "Эльбрус, спящий вулкан на Кавказе, — высочайшая вершина Европы."),
    ("rank", "agree", "Lake Baikal is the deepest lake in the world.", "Байкал — самое глубокое озеро мира."),
    ("rank", "!contradict", "Saint Petersburg is the second largest city in Russia.",
     "Санкт-Петербург — второй по величине город России."),
    ("rank", "!contradict", "Moscow is the largest city in Russia.", "Санкт-Петербург — второй по величине город России."),
    ("rank", "!contradict", "The Volga is one of the longest rivers in Europe.", "Волга — четвёртая по длине река Европы."),
    ("rank", "!contradict", "Borneo is the third largest island in the world.",
     "Борнео занимает третье место среди крупнейших островов мира."),
    ("ordinal-class", "contradict", "In 2024 Japan became the fifth country to land a spacecraft on the Moon.",
     "В 2024 году Япония стала четвёртой страной, посадившей аппарат на Луну."),
    ("ordinal-class", "contradict", "In 1959 Alaska became the 49th US state.", "В 1959 году Аляска стала 50-м штатом США."),
    ("ordinal-class", "contradict", "In 1963 Valentina Tereshkova became the first woman to fly into space.",
     "В 1963 году Валентина Терешкова стала второй женщиной, полетевшей в космос."),
    ("ordinal-class", "!contradict", "In 1965 France became the third country to launch its own satellite.",
     "В 1965 году Франция стала третьей страной, запустившей собственный спутник."),
    ("ordinal-class", "!contradict", "Russia became the first country to launch a satellite.",
     "США стали второй страной, запустившей спутник, после России."),
    ("ordinal-class", "!contradict", "In 1963 Valentina Tereshkova became the first woman to fly into space.",
     "Валентина Терешкова — одна из первых женщин, полетевших в космос."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
