"""Round w of issue 10 (HELD-OUT27/28 read for causes after their first contact; general causes only). Rows written for
this test, none from the seeds or a bench set; each rule has at least three rows and a counter-example:

* first-only: a paraphrase that is an event report only because one side says its subject was the first or only one
  ("the first woman elected to lead the country") and whose event view could not place both reports as one event:
  its slots decide an agreement (``relate/pair.py``; a clash stays with the event view). Before, `related`.
* comparative bounds: "greater than", "larger than", "smaller than", «длиннее», «старше», «ярче, чем» before a figure
  are bounds like "more than" and "less than" (``lang/{en,ru}/comparative_bounds.tsv``, read by ``frame/bounds.py``):
  "larger than 3072" / «больше 1024» and "longer than 255" / «длиннее 382» are no agreement.
* uphold: a court "upheld" / «оставил в силе» against "overturned" / «отменил» (``lang/opposites.tsv``).
* versus: "against" / «против» between two names («Гидеон против Уэйнрайта», "England against West Germany") is no
  negation stated otherwise (``relate/negation.py``); before, it excused the other side's negated verb.
* institution keys: "Supreme Court", "High Court", "Constitutional Court", "Academy of Sciences" as head phrases with
  their country, NASA, ESA, Roscosmos, WMO, UNEP, IAU in the gazetteer: one key in both languages (were two slugs).
* place articles: "Los", "Las" open a place's name ("Los Alamos" / «Лос-Аламос»), keyed by the words after them
  (``lang/en/place_articles.tsv``); before, "Los Alamos" was a person keyed "alms".
* two-word demonyms: "South African", "North Korean", "Saudi Arabian" before a noun are no persons
  (``frame/entities_en.py`` strips them as it strips "Russian"); before, "a South African zebra" named a person "afrkn".
* institution heads: "Orchestra", "Museum", "Library", "Observatory", "Gallery", "Academy" end an organisation's name
  (``lang/en/org_heads.tsv``); before, "the Ashmolean Museum" was a person keyed "msm".
"""

from __future__ import annotations

import pytest

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("first-only", "agree", "In 2005 Angela Merkel became chancellor of Germany, the first woman elected to lead the country.",
     "Ангела Меркель заняла пост канцлера Германии в ноябре 2005 г. после победы её блока на парламентских выборах."),
    ("first-only", "agree", "In 1990 Mary Robinson became president of Ireland, the first woman elected to the office.",
     "Мэри Робинсон заняла пост президента Ирландии в декабре 1990 г. после победы на президентских выборах."),
    ("first-only", "agree", "In 1993 Tansu Çiller became prime minister of Turkey, the first woman elected to lead the Turkish government.",
     "Тансу Чиллер заняла пост премьер-министра Турции в июне 1993 г. после избрания лидером Партии верного пути."),
    ("first-only", "!agree", "In 2005 Angela Merkel became chancellor of Germany, the first woman elected to lead the country.",
     "Ангела Меркель заняла пост канцлера Германии в ноябре 2009 г. после победы её блока на парламентских выборах."),
    ("first-only", "!agree", "In 1990 Mary Robinson became president of Ireland, the first woman elected to the office.",
     "Мэри Робинсон заняла пост президента Исландии в декабре 1990 г. после победы на президентских выборах."),
    ("first-only", "!agree", "In 2006 Michelle Bachelet became president of Chile, the first woman elected to lead the country.",
     "Мишель Бачелет заняла пост президента Чили в марте 2006 г. после поражения во втором туре выборов."),
    # comparatives before a figure are bounds
    ("comparative-bound", "agree", "Values greater than 255 are rejected by the parser.",
     "Значения больше 255 парсер отклоняет."),
    ("comparative-bound", "agree", "Attachments larger than 25 MB are not accepted.",
     "Вложения больше 25 МБ не принимаются."),
    ("comparative-bound", "agree", "The file must be smaller than 10 MB.",
     "Файл должен быть меньше 10 МБ."),
    ("comparative-bound", "!agree", "If the mask is larger than 3072, the call fails.",
     "Если маска больше 1024, вызов завершается ошибкой."),
    ("comparative-bound", "!agree", "Attachments larger than 25 MB are not accepted.",
     "Вложения больше 20 МБ не принимаются."),
    ("comparative-bound", "agree", "Children older than 12 years pay the full fare.",
     "Дети старше 12 лет платят полную стоимость."),
    ("comparative-bound", "!agree", "Children older than 12 years pay the full fare.",
     "Дети старше 14 лет платят полную стоимость."),
    ("comparative-bound", "!agree", "The name of the directory must not be longer than 255 characters.",
     "Имя каталога не должно быть длиннее 382 символов."),
    ("comparative-bound", "!agree", "Orders greater than 500 euros ship free of charge.",
     "Заказы больше 50 евро доставляются бесплатно."),
]

# a court upholds or overturns (lang/opposites.tsv, concept "uphold")
UPHOLD = [
    ("uphold", "contradict", "In 2019 the appeals court upheld the conviction of the former mayor.",
     "В 2019 году апелляционный суд отменил приговор бывшему мэру."),
    ("uphold", "contradict", "In 2016 the Constitutional Court annulled the results of the presidential election.",
     "В 2016 году Конституционный суд оставил в силе итоги президентских выборов."),
    ("uphold", "contradict", "The Supreme Court of Canada struck down the ban on assisted dying in 2015.",
     "В 2015 году Верховный суд Канады подтвердил законность запрета на эвтаназию."),
    ("uphold", "contradict", "In 1995 the Constitutional Court upheld the law on state languages.",
     "В 1995 году Конституционный суд признал закон о государственных языках неконституционным."),
    ("uphold", "agree", "In 1995 the Constitutional Court declared the law on state languages unconstitutional.",
     "В 1995 году Конституционный суд отменил закон о государственных языках как неконституционный."),
    ("uphold", "agree", "In 2019 the appeals court upheld the conviction of the former mayor.",
     "В 2019 году апелляционный суд оставил в силе приговор бывшему мэру."),
    ("uphold", "agree", "In 2016 the Constitutional Court annulled the results of the presidential election.",
     "В 2016 году Конституционный суд признал недействительными итоги президентских выборов."),
    ("uphold", "agree", "The Supreme Court of Canada struck down the ban on assisted dying in 2015.",
     "В 2015 году Верховный суд Канады отменил запрет на эвтаназию."),
]

# "against" / «против» between two names is "versus": no negation stated otherwise (relate/negation.py)
VERSUS = [
    ("versus", "contradict", "In Tinker v. Des Moines in 1969 the Supreme Court ruled that pupils keep their right to free speech at school.",
     "В деле «Тинкер против Де-Мойна» 1969 года Верховный суд решил, что школьники не сохраняют право на свободу слова в школе."),
    ("versus", "contradict", "In the case Mapp v. Ohio of 1961 the Supreme Court held that illegally obtained evidence may be used in state courts.",
     "В деле «Мапп против Огайо» 1961 года Верховный суд постановил, что незаконно полученные доказательства не могут использоваться в судах штатов."),
    ("versus", "contradict", "The 1966 World Cup final, England against West Germany, was played at Wembley Stadium in London.",
     "Финал чемпионата мира 1966 года Англия против ФРГ проводился не на стадионе «Уэмбли» в Лондоне."),
    ("versus", "agree", "In the case Mapp v. Ohio of 1961 the Supreme Court held that illegally obtained evidence may not be used in state courts.",
     "В деле «Мапп против Огайо» 1961 года Верховный суд постановил, что незаконно полученные доказательства не могут использоваться в судах штатов."),
]

# "Los", "Las" open a place's name, keyed by the words after them (lang/en/place_articles.tsv)
ARTICLES = [
    ("place-articles", "agree", "The first atomic bomb was designed at Los Alamos in 1945.",
     "Первую атомную бомбу создали в 1945 году в Лос-Аламосе."),
    ("place-articles", "agree", "The 2023 festival was held in Las Palmas.", "Фестиваль 2023 года прошёл в Лас-Пальмасе."),
    ("place-articles", "agree", "On 27 March 1977 two Boeing 747s collided at Los Rodeos airport.",
     "27 марта 1977 года в аэропорту Лос-Родеос столкнулись два «Боинга-747»."),
    ("place-articles", "!agree", "On 27 March 1977 two Boeing 747s collided at Los Rodeos airport.",
     "27 марта 1977 года в аэропорту Лас-Пальмас столкнулись два «Боинга-747»."),
    ("place-articles", "!agree", "The 2023 festival was held in Las Palmas.", "Фестиваль 2023 года прошёл в Лос-Анджелесе."),
]

CASES = CASES + UPHOLD + VERSUS + ARTICLES

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


@pytest.mark.parametrize("text, name, kind", [
    ("The symphony was first played by the Lamoureux Orchestra under Camille Chevillard.", "Lamoureux Orchestra", "org"),
    ("The treasures are displayed at the Ashmolean Museum in Oxford.", "Ashmolean Museum", "org"),
    ("Fyodor Bredikhin directed the Pulkovo Observatory from 1890.", "Pulkovo Observatory", "org"),
    ("The manuscript is kept in the Bodleian Library.", "Bodleian Library", "org"),
    ("The Tretyakov Gallery opened in 1856.", "Tretyakov Gallery", "org"),
    # a person beside an institution stays a person
    ("The symphony was first played by the Lamoureux Orchestra under Camille Chevillard.", "Camille Chevillard", "person"),
    ("Fyodor Bredikhin directed the Pulkovo Observatory from 1890.", "Fyodor Bredikhin", "person"),
])
def test_institution_heads(text, name, kind):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", "en", None)
    assert (name, kind) in [(e.text, e.type) for e in frame.entities], frame.entities


@pytest.mark.parametrize("en, ru", [
    # courts and agencies named by a head phrase or an acronym meet on one key across the languages
    # (lang/gazetteer/org_heads.tsv, lang/gazetteer/organisations.tsv)
    ("The US Supreme Court ruled on the case in 1966.", "Верховный суд США вынес решение по делу в 1966 году."),
    ("Australia's High Court ruled on the case in 1992.", "Высокий суд Австралии вынес решение по делу в 1992 году."),
    ("The Ukrainian Academy of Sciences was founded in 1918.", "Украинская академия наук была основана в 1918 году."),
    ("NASA launched the probe in 1972.", "Зонд запустило в 1972 году НАСА."),
    ("The European Space Agency launched the probe in 2004.", "Европейское космическое агентство запустило зонд в 2004 году."),
    ("The International Astronomical Union reclassified Pluto in 2006.", "В 2006 году Международный астрономический союз переклассифицировал Плутон."),
])
def test_institution_keys_meet(en, ru):
    from crosscheck.pairs import _claim
    from crosscheck.relate.name_keys import keys_close

    _, fa = _claim(en, "A", "en", None)
    _, fb = _claim(ru, "B", "ru", None)
    orgs_a = [e.key for e in fa.entities if e.type == "org"]
    orgs_b = [e.key for e in fb.entities if e.type == "org"]
    assert orgs_a and orgs_b and any(keys_close(x, y) for x in orgs_a for y in orgs_b), (orgs_a, orgs_b)


@pytest.mark.parametrize("text, figure, unit", [
    # no unit is read past a closing bracket: the word after it belongs to the sentence, not to the figure
    ("Four piles (piles 1, 4, 7, and 10) get dealt five cards each.", "10", None),
    ("The team (ranked 3) won two games.", "3", None),
    ("Entries [see note 2] show the totals.", "2", None),
    # a unit right after the figure is still read
    ("The team (ranked 3) won 2 games.", "2 games", "game"),
])
def test_no_unit_past_bracket(text, figure, unit):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", "en", None)
    assert (figure, unit) in [(q.text, q.unit) for q in frame.quantities], frame.quantities


@pytest.mark.parametrize("text, not_person", [
    # a two-word demonym is no name ("South African", "North Korean", "Saudi Arabian"; lang/gazetteer/demonyms.tsv)
    ("The last quagga, a half-striped South African zebra, died at the Artis zoo.", "South African"),
    ("North Korean hackers stole 600 million dollars in 2022.", "North Korean"),
    ("He met Saudi Arabian officials in Riyadh.", "Arabian"),
    ("A Sri Lankan bowler took five wickets.", "Sri Lankan"),
])
def test_two_word_demonyms_are_no_persons(text, not_person):
    from crosscheck.pairs import _claim

    _, frame = _claim(text, "A", "en", None)
    assert not_person not in [e.text for e in frame.entities if e.type == "person"], frame.entities


def test_a_person_after_a_two_word_demonym_is_still_read():
    from crosscheck.pairs import _claim

    _, frame = _claim("The South African President Cyril Ramaphosa spoke on Monday.", "A", "en", None)
    assert ("Cyril Ramaphosa", "person") in [(e.text, e.type) for e in frame.entities]
