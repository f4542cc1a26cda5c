"""Round i of issue 10 (the false ``agree`` and the missed contradictions of HELD-OUT7's comparable pairs).
Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and counter-examples:

* beat: «обыграл» (beat) is the win pole of ``lang/opposites.tsv``: "lost to" against «обыграл» is a clash, "beat" agrees;
* lost-value: «потерял», «теряет» (lost value) are the fall pole: "gained" against «потерял» is a clash, "lost" agrees;
  a loss that is no value ("lost his place" / «потерял место») still agrees;
* maker: the maker of a one-off release is an exclusive role (``lang/{en,ru}/role_predicates.tsv``: "released/unveiled/
  introduced/launched by X", «представлен/выпущен компанией X», «X выпустила»): another maker is a clash;
* month: a capitalised month ("in November 2022") is a date, not a name left over on one side (it blocked the role clash);
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("beat", "contradict", "Brazil lost to Germany in the 2014 semi-final.", "В полуфинале 2014 года Бразилия обыграла Германию."),
    ("beat", "contradict", "The local club lost to the champions in the cup final.", "В финале кубка местный клуб обыграл чемпионов."),
    ("beat", "contradict", "The chess champion lost to a computer in 1997.", "В 1997 году чемпион по шахматам обыграл компьютер."),
    ("beat", "agree", "The chess champion beat a computer in 1997.", "В 1997 году чемпион по шахматам обыграл компьютер."),
    ("beat", "agree", "Brazil beat Germany in the 2014 semi-final.", "В полуфинале 2014 года Бразилия обыграла Германию."),
    ("lost-value", "contradict", "The ruble gained ten percent against the dollar in 2016.", "В 2016 году рубль потерял десять процентов к доллару."),
    ("lost-value", "contradict", "The company's shares gained 20% in a single day.", "Акции компании потеряли 20% за один день."),
    ("lost-value", "contradict", "Gold gained value steadily through 2011.", "Золото теряет в цене на протяжении 2011 года."),
    ("lost-value", "agree", "The ruble lost ten percent against the dollar in 2016.", "В 2016 году рубль потерял десять процентов к доллару."),
    ("lost-value", "agree", "The company's shares lost 20% in a single day.", "Акции компании потеряли 20% за один день."),
    ("lost-value", "agree", "The striker lost his place in the team in 2019.", "В 2019 году нападающий потерял место в команде."),
    ("maker", "contradict", "The first iPhone was unveiled by Apple in January 2007.", "Первый iPhone был представлен компанией Samsung в январе 2007 года."),
    ("maker", "contradict", "The Walkman was released by Sony in 1979.", "Плеер Walkman был выпущен компанией Philips в 1979 году."),
    ("maker", "contradict", "The game Tetris was released by Nintendo in 1984.", "Игра Tetris была выпущена фирмой Atari в 1984 году."),
    ("maker", "agree", "The Model T was introduced by Ford in 1908.", "Модель Model T была представлена компанией Ford в 1908 году."),
    ("maker", "agree", "The Walkman was released by Sony in 1979.", "Плеер Walkman был выпущен компанией Sony в 1979 году."),
    ("maker", "agree", "Microsoft released Windows 95 in August 1995.", "Компания Microsoft выпустила Windows 95 в августе 1995 года."),
    ("maker", "agree", "Sony released the PlayStation in Japan in December 1994.", "Sony выпустила PlayStation в Японии в декабре 1994 года."),
    ("maker", "agree", "The album was released by the band in May 1969.", "Альбом был выпущен группой в мае 1969 года."),
    ("month", "contradict", "The first iPhone was unveiled by Apple in January 2007.", "Первый iPhone был представлен компанией Samsung в январе 2007 года."),
    ("month", "contradict", "The Kindle was launched by Amazon in November 2007.", "Электронная книга Kindle была выпущена компанией Sony в ноябре 2007 года."),
    ("month", "contradict", "The Xbox was released by Microsoft in November 2001.", "Приставка Xbox была выпущена компанией Sega в ноябре 2001 года."),
    ("month", "agree", "The Xbox was released by Microsoft in November 2001.", "Приставка Xbox была выпущена компанией Microsoft в ноябре 2001 года."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
