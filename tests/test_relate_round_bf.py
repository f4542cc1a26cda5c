"""Round bf of issue 10 (read from the misjudged pairs of HELD-OUT39–100, 99 and 100 after their first contact): rows
written for this test, none from an evaluation set.

* work-author: the author of a work named by a possessive before its title ("Nikolai Gogol's comedy The Government
  Inspector") or by a word for the work and a name in the genitive («Комедия Александра Островского „Ревизор“»:
  ``lang/{en,ru}/role_predicates.tsv``, concept ``create``) fills the one author's role, so two authors clash; the title
  told in translation on each side («Жизнь за царя» / "A Life for the Tsar") is one work, not a name left over
  (``relate/translated_titles.without_translated``). Two works of two painters do not clash, and «статуя Свободы» names
  no author.
* battle: a battle told by its victory at a place ("routed the allied armies at Austerlitz", "destroyed a fleet off Cape
  Trafalgar", «разгромил … под Полтавой») is fought once (``lang/{en,ru}/once_only.tsv``, concept ``occur``), and the place
  both sides fight it at is its subject, whatever else each side names (``relate/once_only._fought_at``); another battle
  of the same general at another place is not a clash.
* surname-sound: two surnames, one per script, that sound alike ("Beerbohm" / «Бирбома», "Walker" / «Уокер», "Joyce" /
  «Джойса») are one author, though the consonant keys tell them apart (``relate/surname_sound.py``).
* possessive-cut: the name reader cuts an English run of capitalised words after a possessive ("Croatia's | Iva Majoli",
  "Akira Kurosawa's | Seven Samurai"), not inside a venue's name ("St Peter's Basilica", "Queen's Hall").
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('work-author', 'contradict',
     "Sergei Eisenstein's Battleship Potemkin (1925), about the mutiny on a Black Sea warship, was shot in Odessa.",
     'Фильм Всеволода Пудовкина «Броненосец „Потёмкин“» (1925) о мятеже на черноморском корабле снимали в Одессе.'),
    ('work-author', 'contradict', "Mikhail Glinka's opera A Life for the Tsar was first staged in St Petersburg in 1836.",
     'Опера Александра Даргомыжского «Жизнь за царя» впервые поставлена в Петербурге в 1836 году.'),
    ('work-author', 'contradict',
     "Nikolai Gogol's comedy The Government Inspector, a satire on provincial officials, was first staged in 1836.",
     'Комедия Александра Островского «Ревизор», высмеивающая провинциальных чиновников, впервые поставлена в 1836 году.'),
    ('work-author', 'contradict',
     "Ivan Aivazovsky's painting The Ninth Wave, showing sailors clinging to a mast after a storm, hangs in the Russian Museum.",
     'На картине Алексея Саврасова «Девятый вал», хранящейся в Русском музее, моряки цепляются за обломок мачты после бури.'),
    ('work-author', 'agree',
     "Sergei Eisenstein's Battleship Potemkin (1925), about the mutiny on a Black Sea warship, was shot in Odessa.",
     'Фильм Сергея Эйзенштейна «Броненосец „Потёмкин“» (1925) о мятеже на черноморском корабле снимали в Одессе.'),
    ('work-author', '!contradict', "Ilya Repin's painting Barge Haulers on the Volga hangs in the Russian Museum.",
     'Картина Архипа Куинджи «Лунная ночь на Днепре» также хранится в Русском музее.'),
    ('work-author', '!contradict', "Frédéric Bartholdi's Statue of Liberty was dedicated in New York in 1886.",
     'Статуя Свободы работы Фредерика Бартольди была открыта в Нью-Йорке в 1886 году.'),
]

CASES += [
    # one surname spelt in two scripts is one author, though the name keys miss it (relate/surname_sound.py)
    ('surname-sound', '!contradict', "Max Beerbohm's novella The Happy Hypocrite appeared in 1897.",
     'Повесть Макса Бирбома «Счастливый лицемер» вышла в 1897 году.'),
    ('surname-sound', '!contradict', "Alice Walker's novel The Color Purple came out in 1982.",
     'Роман Элис Уокер «Цвет пурпурный» вышел в 1982 году.'),
    ('surname-sound', '!contradict', "Leoš Janáček's opera Jenůfa was first staged in Brno in January 1904.",
     'Опера Леоша Яначека «Енуфа» впервые поставлена в Брно в январе 1904 года.'),
    ('surname-sound', '!contradict',
     "James Joyce's novel A Portrait of the Artist as a Young Man came out in New York in 1916.",
     'Роман Джеймса Джойса «Портрет художника в юности» вышел в Нью-Йорке в 1916 году.'),
    ('surname-sound', 'contradict', "Max Beerbohm's novella The Happy Hypocrite appeared in 1897.",
     'Повесть Оскара Уайльда «Счастливый лицемер» вышла в 1897 году.'),
]
CASES += [
    ('battle', 'contradict',
     'On 2 December 1805 Napoleon routed the Russian and Austrian armies at Austerlitz, a few miles east of Brünn in Moravia.',
     'Битва под Аустерлицем, где Наполеон разгромил союзные армии Александра I и Франца II, произошла в 1812 году.'),
    ('battle', 'contradict',
     "In October 1805 Nelson's fleet destroyed a combined French and Spanish fleet off Cape Trafalgar, though Nelson himself "
     'was killed.',
     'Трафальгарское сражение, в котором британский флот разгромил франко-испанскую эскадру, произошло в 1815 году.'),
    ('battle', 'contradict', 'In June 1815 Wellington and Blücher defeated Napoleon at Waterloo, south of Brussels.',
     'Битва при Ватерлоо, в которой армии Веллингтона и Блюхера разгромили Наполеона, произошла в 1814 году.'),
    ('battle', 'contradict',
     "On 27 June 1709 Peter the Great's army crushed the Swedes of Charles XII at Poltava, in the Ukrainian steppe south of Kiev.",
     'Полтавская битва, в которой русские войска разгромили шведов, а раненый Карл XII бежал к туркам, произошла в 1721 году.'),
    ('battle', 'contradict',
     'On 8 September 1380 Prince Dmitry of Moscow routed the Golden Horde army of Mamai at Kulikovo Field, near the upper Don.',
     'Куликовская битва, после которой князя Дмитрия Ивановича прозвали Донским, произошла в 1480 году.'),
    ('battle', 'agree',
     'On 2 December 1805 Napoleon routed the Russian and Austrian armies at Austerlitz, a few miles east of Brünn in Moravia.',
     'Битва под Аустерлицем, где Наполеон разгромил союзные армии Александра I и Франца II, произошла в декабре 1805 года.'),
    ('battle', '!contradict', 'In July 1809 Napoleon defeated the Austrian army of Archduke Charles at Wagram, north-east of Vienna.',
     'Битва под Аустерлицем, где Наполеон разгромил союзные армии Александра I и Франца II, произошла в 1805 году.'),
    ('battle', '!contradict', 'In October 1806 Napoleon crushed the Prussian army at Jena, in Thuringia.',
     'Под Аустерлицем в 1805 году Наполеон разбил русские и австрийские войска.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)


def test_the_author_is_shown_without_the_possessive():
    from crosscheck.pairs import compare_pairs

    out = compare_pairs([{"a": CASES[2][2], "b": CASES[2][3], "lang_a": "en", "lang_b": "ru"}])[0]
    assert "says Nikolai Gogol;" in out["explanation"], out["explanation"]


def test_possessive_cut():
    from crosscheck.relate.role_names import read_names

    def names(text):
        return [n.text for n in read_names(text, "en")]

    assert names("Akira Kurosawa's Seven Samurai won the Silver Lion.") == ["Akira Kurosawa's", "Seven Samurai", "Silver Lion"]
    assert names("Croatia's Iva Majoli won in Paris.") == ["Croatia's", "Iva Majoli", "Paris"]
    assert names("Dickens's Bleak House came out in monthly numbers.") == ["Dickens's", "Bleak House"]
    # a saint's or a sovereign's building, and one owned word that heads a venue, stay one name
    assert names("St Peter's Basilica is in Rome.") == ["St Peter's Basilica", "Rome"]
    assert names("It was first heard in Queen's Hall in London.") == ["It", "Queen's Hall", "London"]
    assert names("King's College Chapel is in Cambridge.") == ["King's College Chapel", "Cambridge"]


def test_surnames_sound_alike_across_scripts():
    from crosscheck.relate.surname_sound import names_sound_alike

    assert names_sound_alike("James Joyce", "Джеймса Джойса")
    assert names_sound_alike("Макс Бирбом", "Max Beerbohm")
    assert names_sound_alike("Janáček", "Леоша Яначека")
    assert names_sound_alike("Alice Walker", "Элис Уокер")
    assert not names_sound_alike("Edvard Eriksen", "Густава Вигеланна")
    assert not names_sound_alike("Adrian Boult", "Генри Вуда")
    assert not names_sound_alike("Konstantin Savitsky", "Виктор Васнецов")
    assert not names_sound_alike("James Joyce", "James Joyce")  # one script: the name keys decide



def test_titles_are_compared_with_the_classifier_similarity_encoder():
    from crosscheck.relate.classifier import SIMILARITY_MODEL
    from crosscheck.relate.translated_titles import TITLE_MODEL

    assert TITLE_MODEL == SIMILARITY_MODEL
