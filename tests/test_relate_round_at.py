"""Round at of issue 10 (HELD-OUT71, first contacted on round as's final rules, read for general causes).  Rows written
for this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* abbreviated-month-name: an English month abbreviation without its dot before a word is a name ("Jan Smuts", "Jan van
  Eyck"), no month; before a figure or "and" / "to" it stays one ("Jan 2020", "between Jan and Mar 2009":
  ``lang/months.month_regex``).
* place-head-word: a gazetteer name of a lower-case head word and the name the Russian tagger took alone («в округе
  Колумбия» = Washington, D.C.: ``frame/entities_ru``, ``gazetteer/capitals.tsv``) is that place, and the country's name
  inside it («Колумбия») no second place (``relate/slot_values.entity_slots``).
* org-common-words: "War", "Military" and «имперский» are words organisation names share ("the Imperial War Museum" /
  «Имперский военный музей»: ``lang/{en,ru}/org_common_words.tsv``), so a translated name is no second organisation.
* surname-in-vich: a word in -вич after two given names is a surname («Ян Кароль Ходкевич»), not a patronymic
  (``frame/names.person_key``); a surname first keeps the patronymic («Фёдоров Иван Петрович»).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ('abbreviated-month-name', 'agree', 'Jan Smuts became prime minister of South Africa in 1919.',
     'Ян Смэтс стал премьер-министром Южной Африки в сентябре 1919 года.'),
    ('abbreviated-month-name', 'agree', 'Jan Zamoyski founded the Zamość Academy in 1594.',
     'Ян Замойский основал Замойскую академию в марте 1594 года.'),
    ('abbreviated-month-name', 'agree', 'Jan van Eyck signed the Arnolfini Portrait in Bruges in 1434.',
     'Ян ван Эйк подписал «Портрет четы Арнольфини» в Брюгге в июле 1434 года.'),
    ('abbreviated-month-name', '!agree', 'Prices fell by 4 per cent between Jan and Mar 2009.',
     'С января по март 2009 года цены выросли на 4 %.'),
    ('place-head-word', 'agree', "The Smithsonian's National Museum of American History opened in Washington, D.C., in January 1964.",
     'Национальный музей американской истории Смитсоновского института открылся в округе Колумбия в январе 1964 года.'),
    ('place-head-word', 'agree', 'The Lincoln Memorial in Washington, D.C., was dedicated in May 1922.',
     'Мемориал Линкольна в округе Колумбия был открыт в мае 1922 года.'),
    ('place-head-word', 'agree', 'Home rule for the District of Columbia was granted by Congress in December 1973.',
     'Самоуправление Вашингтону, округ Колумбия, Конгресс предоставил в декабре 1973 года.'),
    ('place-head-word', '!agree', 'The Lincoln Memorial in Washington, D.C., was dedicated in May 1922.',
     'Мемориал Линкольна в Колумбии был открыт в мае 1922 года.'),
    ('org-common-words', '!contradict', "John Singer Sargent's canvas Gassed, finished in 1919, belongs to the Imperial War Museum in London.",
     'Картина Джона Сингера Сарджента «Отравленные газом» (1919) принадлежит Имперскому военному музею в Лондоне.'),
    ('org-common-words', '!contradict', 'The Canadian War Museum in Ottawa moved to its new building in May 2005.',
     'Канадский военный музей в Оттаве переехал в новое здание в мае 2005 года.'),
    ('org-common-words', '!contradict', 'The Royal Military College of Canada in Kingston admitted its first cadets in 1876.',
     'Королевский военный колледж Канады в Кингстоне принял первых кадетов в 1876 году.'),
    ('org-common-words', '!agree', "Sargent's Gassed, finished in 1919, belongs to the Imperial War Museum in London.",
     'Картина Сарджента «Отравленные газом» (1919) принадлежит лондонской галерее Тейт.'),
    ('surname-in-vich', 'agree', 'The hetman Jan Karol Chodkiewicz defeated the Swedes at Kircholm in 1605.',
     'Гетман Ян Кароль Ходкевич разбил шведов под Кирхольмом в 1605 году.'),
    ('surname-in-vich', 'agree', 'The poet Adam Bernard Mickiewicz left Russia for Dresden in 1829.',
     'Поэт Адам Бернард Мицкевич уехал из России в Дрезден в 1829 году.'),
    ('surname-in-vich', 'contradict', 'The hetman Jan Karol Chodkiewicz defeated the Swedes at Kircholm in 1605.',
     'Гетман Ян Кароль Сапега разбил шведов под Кирхольмом в 1605 году.'),
    ('surname-in-vich', 'agree', 'The writer Henryk Adam Sienkiewicz received the Nobel Prize in 1905.',
     'Писатель Генрик Адам Сенкевич получил Нобелевскую премию в 1905 году.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_an_abbreviated_month_before_a_name_is_no_month():
    from crosscheck.frame import frame_text

    def months(text: str) -> list[str]:
        return [t.text for t in frame_text(text, "en").times if t.grain == "month"]

    assert months("Jan Smuts led the delegation.") == []
    assert months("Output fell in Jan 2009.") == ["in Jan 2009"]
    assert "Nov." in months("Sales fell in Oct and Nov.")


def test_a_surname_in_vich_after_two_given_names():
    from crosscheck.frame.names import person_key

    assert not person_key("Ян Кароль Ходкевич").startswith("first:")
    assert person_key("Фёдоров Иван Петрович").startswith("first:")
    assert person_key("Иван Петрович").startswith("first:")
