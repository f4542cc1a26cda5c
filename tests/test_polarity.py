"""Polarity across a translation (``relate/negation.py``, ``lang/{en,ru}/negation.tsv``,
``relate/slots.py``): negation stated by a word's form or a fixed phrase is one polarity
with a negated verb; a negation that may belong to another verb or to a condition only
one side states is an *uncertain* clash (related: never agree, never contradict); a
negation on the statement's own verb still clashes."""

from __future__ import annotations

import pytest

from crosscheck.frame import frame_text
from crosscheck.lang.resources import tsv
from crosscheck.relate.negation import negation_info, predicate_spans
from crosscheck.relate.slots import compare_slots


def _cmp(a: str, b: str):
    return compare_slots(frame_text(a, "en"), a, "en", frame_text(b, "ru"), b, "ru")


def _polarity(cmp) -> tuple[list, list]:
    """(clashes of polarity or predicate, uncertain clashes)."""
    return [p for p in cmp.clashes if p.kind in ("polarity", "predicate")], list(cmp.uncertain)


# --- affixal negatives: "not easy" / "непросто" is one polarity -------------------------------------
@pytest.mark.parametrize("en,ru", [
    ("It is not easy to find a flat in Moscow.", "Найти квартиру в Москве непросто."),
    ("Finding work there was not easy for migrants.", "Мигрантам было нелегко найти там работу."),
    ("The fate of the expedition is still unknown.", "Судьба экспедиции до сих пор не известна."),
    ("He was unable to attend the ceremony.", "Он не смог присутствовать на церемонии."),
    ("It is impossible to say how many people were affected.", "Нельзя сказать, сколько людей пострадало."),
    ("Customers were not satisfied with the service.", "Клиенты были недовольны обслуживанием."),
    ("The consequences will not be known for several weeks.", "Последствия будут неизвестны еще несколько недель."),
    ("A ceasefire is unlikely this year.", "Перемирие в этом году вряд ли будет заключено."),
])
def test_affixal_negative_is_a_negation(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and not uncertain


@pytest.mark.parametrize("text,lang", [
    ("Unemployment rose to 5 percent in March.", "en"),  # un- of a noun is no negation
    ("The United Nations held an unusual session.", "en"),
    ("Безработица выросла до 5 процентов.", "ru"),
    ("Недвижимость подорожала на 10 процентов.", "ru"),  # не- inside a word that negates nothing
    ("Неделя началась с роста цен.", "ru"),
])
def test_words_that_only_look_negative_negate_nothing(text, lang):
    assert not negation_info(text, lang).negated


# --- fixed phrases whose negation denies nothing ------------------------------------------------------
@pytest.mark.parametrize("en,ru", [
    ("Please feel free to contact us with any questions.", "Пожалуйста, не стесняйтесь обращаться к нам с любыми вопросами."),
    ("Please do not hesitate to contact us.", "Пожалуйста, свяжитесь с нами."),
    ("Russia should be in no doubt that sanctions will follow.", "Россия не должна сомневаться в том, что последуют санкции."),
    ("I couldn't help but notice the crowd.", "Я заметил толпу."),
    ("I can't stand the noise of the city.", "Я терпеть не могу шум города."),
    ("Needless to say, the match was cancelled.", "Не нужно говорить, что матч отменили."),
    ("Not counting the capital, the region has 12 towns.", "Не считая столицы, в регионе 12 городов."),
])
def test_idioms_with_a_negation_do_not_clash(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and not uncertain


@pytest.mark.parametrize("en,ru", [
    ("They chose peace rather than war.", "Они выбрали мир, а не войну."),
    ("The tax is paid by the buyer rather than the seller.", "Налог платит покупатель, а не продавец."),
    ("He was elected instead of the mayor.", "Его избрали вместо мэра, а не наоборот."),
])
def test_a_contrast_is_one_polarity(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and not uncertain


def test_a_contrast_the_other_side_lacks_is_uncertain():
    # "the owner and the doggie" / "хозяина, а не собачку": a changed fact the contrast may hide
    clashes, uncertain = _polarity(_cmp("He chose the owner and the dog.", "Он выбрал хозяина, а не собаку."))
    assert not clashes and uncertain


# --- the statement's own verb negated still clashes (counter-examples) ---------------------------------
@pytest.mark.parametrize("en,ru", [
    ("The company did not pay dividends in 2020.", "Компания выплатила дивиденды в 2020 году."),
    ("The bridge was opened in 2019.", "Мост не был открыт в 2019 году."),
    ("Prices did not rise in May.", "В мае цены выросли."),
    ("The parliament approved the budget.", "Парламент не одобрил бюджет."),
    ("I'll tell Tom if I don't forget.", "Я скажу Тому, если забуду."),  # the same condition on both sides
])
def test_a_negated_statement_still_clashes(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert clashes and not uncertain


@pytest.mark.parametrize("en,ru", [
    ("Prices did not fall in May.", "В мае цены выросли."),  # "did not fall" = "rose"
    ("The court did not accept the appeal.", "Суд отклонил апелляцию."),
    ("The minister did not deny the report.", "Министр подтвердил сообщение."),
])
def test_a_negated_opposite_is_the_same_predicate(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and not uncertain


# --- uncertain: the negation may belong to another verb or a condition the other side lacks -------------
@pytest.mark.parametrize("en,ru", [
    ("Up to 75,000 people could die by April.", "До 75 тысяч человек могут умереть, если не ужесточить меры."),
    ("The factory will close in spring.", "Завод закроется весной, если не найдется покупатель."),
    ("Exports will grow by 5 percent.", "Экспорт вырастет на 5 процентов, если не введут новые пошлины."),
])
def test_a_negation_in_a_condition_only_one_side_states_is_uncertain(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and uncertain


@pytest.mark.parametrize("en,ru", [
    ("Prices rose after the harvest failed to arrive.", "Цены упали, хотя урожай не пришел."),
    ("Sales rose although the company did not advertise.", "Продажи упали, хотя компания рекламировала товар."),
])
def test_opposite_words_with_a_negation_elsewhere_are_uncertain(en, ru):
    cmp = _cmp(en, ru)
    assert [p.kind for p in cmp.uncertain] == ["predicate"]


def test_predicates_say_where_they_stand():
    text = "Цены не выросли"
    pole, word, span = predicate_spans(text, "ru")["rise"]
    assert (pole, word, text[span[0]:span[1]]) == ("+", "выросли", "выросли")
    assert negation_info(text, "ru").near(text, span)
    assert not negation_info("Prices did not change, but they rose later", "en").near(
        "Prices did not change, but they rose later", predicate_spans("Prices did not change, but they rose later", "en")["rise"][2])


def test_negation_data_files_are_rows_of_known_kinds():
    for lang in ("en", "ru"):
        rows = tsv(f"{lang}/negation.tsv")
        kinds = {r["kind"] for r in rows}
        assert kinds <= {"affixal", "idiom", "weak", "pending", "plain", "superlative", "ever", "state"} and {"affixal", "idiom"} <= kinds
        assert sum(len(r["form"].split("|")) for r in rows if r["kind"] == "affixal") >= 15


def test_opposites_name_each_concept_once():
    from importlib import resources

    text = (resources.files("crosscheck") / "lang" / "opposites.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t")[:2] for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert len(rows) == len(set(map(tuple, rows))), "a concept listed twice merges two predicates"


# --- pair level: the decision and its wording -----------------------------------------------------------
class _FixedNoise:
    """A noise model that places every pair at ``z`` sigmas (the decision, not the embedder, is tested)."""

    def __init__(self, z: float):
        self._z = z

    def z(self, cos, la, lb):
        return self._z

    def score(self, cos, la, lb):
        return 0.9


def _relate(en: str, ru: str, z: float):
    from crosscheck.pairs import _claim
    from crosscheck.relate.pair import relate_pair

    (a, fa), (b, fb) = _claim(en, "a", "en", "2022-01-05"), _claim(ru, "b", "ru", "2022-01-05")
    return relate_pair(a, fa, b, fb, 0.9, _FixedNoise(z))


@pytest.mark.parametrize("en,ru", [
    ("Up to 75,000 people could die by April.", "До 75 тысяч человек могут умереть к апрелю, если не ужесточить меры."),
    ("Exports will grow by 5 percent next year.", "В следующем году экспорт вырастет на 5 процентов, если не введут пошлины."),
    ("The factory will close in spring.", "Завод закроется весной, если не найдется покупатель."),
])
def test_an_uncertain_clash_is_related_and_says_why(en, ru):
    for z in (7.0, 10.0):
        rel = _relate(en, ru, z)
        assert rel.relation == "related", rel.explanation
        assert "negat" in rel.explanation and any(e.type.startswith("uncertain-") for e in rel.evidence)


@pytest.mark.parametrize("en,ru", [
    ("A further £75 million in aid will go to Afghanistan from the UK.", "Всего вложения Великобритании в Афганистан в этом году составят 286 млн фунтов."),
    ("Turkey sent 300 trucks of aid to Syria.", "Сирия получила из Турции 120 тонн зерна за месяц."),
    ("France bought 40 percent of its gas from Norway.", "Норвегия поставила во Францию 25 миллиардов кубометров газа."),
])
def test_below_topic_level_figures_tied_only_by_countries_are_two_statements(en, ru):
    rel = _relate(en, ru, 7.0)
    assert rel.relation == "related", rel.explanation
    # the same figures at translation level are one statement told with two values
    assert _relate(en, ru, 10.0).relation != "agree"


def test_a_figure_clash_with_a_shared_city_still_contradicts_below_topic_level():
    rel = _relate("A 7-year-old boy was stabbed to death in Birmingham.", "В Бирмингеме зарезан 18-летний юноша.", 7.0)
    assert rel.relation == "contradict", rel.explanation


@pytest.mark.parametrize("en,ru,equal", [
    ("The line will open by 2030.", "Линию откроют в мае 2028 года.", True),
    ("The bridge will be finished by 2030.", "Мост достроят в 2028 году.", True),
    ("Prices have risen since 2015.", "Цены выросли в 2019 году.", True),
    ("The bridge will be finished by 2030.", "Мост достроят в 2034 году.", False),
    ("Prices have risen since 2015.", "Цены выросли в 2009 году.", False),
    ("Loans issued before 1 April 2021 were extended.", "Продлены займы, выданные 3 апреля 2021 года.", False),
])
def test_a_bound_holds_the_other_sides_time_in_paraphrases(en, ru, equal):
    cmp = compare_slots(frame_text(en, "en"), en, "en", frame_text(ru, "ru"), ru, "ru", strict=True)
    times = [p for p in cmp.pairs if p.kind == "time"]
    assert times and all(p.equal == equal for p in times)


@pytest.mark.parametrize("en,ru,paired", [
    ("The name is made up of two words; the nation counts 232 thousand.", "Название народа из двух слов.", False),
    ("The region has 12 towns.", "В регионе 15 городов.", True),
    ("The museum holds 2 million objects.", "В музее хранится 3 миллиона предметов.", True),
])
def test_leftover_figures_a_thousand_times_apart_do_not_pair(en, ru, paired):
    cmp = _cmp(en, ru)
    clash = [p for p in cmp.pairs if p.kind == "number" and not p.equal]
    assert bool(clash) == paired


# --- event reports: an agreement names the values both sides state; a negation is no agreement ----------
@pytest.mark.parametrize("en,ru,values", [
    ("Putin and Erdogan met in Sochi on 29 September 2021.", "Путин и Эрдоган встретились в Сочи 29 сентября 2021 года.", ("Sochi", "Сочи")),
    ("Macron visited Algeria on 25 August 2022.", "Макрон посетил Алжир 25 августа 2022 года.", ("2022-08-25",)),
    ("Scholz and Biden held talks in Washington on 7 February 2022.", "Шольц и Байден провели переговоры в Вашингтоне 7 февраля 2022 года.",
     ("Washington", "Вашингтоне")),
])
def test_event_report_agreements_name_the_paired_values(en, ru, values):
    rel = _relate(en, ru, 10.0)
    assert rel.relation == "agree", rel.explanation
    assert all(v in rel.explanation for v in values), rel.explanation
    assert any(e.type.startswith("same-") and e.a and e.b for e in rel.evidence)


@pytest.mark.parametrize("en,ru", [
    ("Putin and Erdogan did not meet in Sochi on 29 September 2021.", "Путин и Эрдоган встретились в Сочи 29 сентября 2021 года."),
    ("Macron visited Algeria on 25 August 2022.", "Макрон не посетил Алжир 25 августа 2022 года."),
    ("Scholz and Biden held talks in Washington on 7 February 2022.", "Шольц и Байден не провели переговоры в Вашингтоне 7 февраля 2022 года."),
])
def test_a_negated_event_report_is_never_agree(en, ru):
    assert _relate(en, ru, 10.0).relation != "agree"


@pytest.mark.parametrize("en,ru", [
    ("Payment is expected within 30 days.", "Оплата ожидается в течение 45 дней."),
    ("The tour lasts 10 days.", "Тур длится 14 дней."),
    ("The bridge is 300 metres long.", "Длина моста — 450 метров."),
])
def test_one_figure_each_below_topic_level_is_one_fact_with_two_values(en, ru):
    rel = _relate(en, ru, 7.0)
    assert rel.relation == "contradict", rel.explanation


def test_figures_of_two_statements_of_a_story_stay_related_below_topic_level():
    rel = _relate("Turnout reached 48 percent, the commission said on Monday.", "Правящая партия набрала 52% голосов.", 7.0)
    assert rel.relation == "related", rel.explanation


@pytest.mark.parametrize("en,ru", [
    ("The winners will receive 500 thousand rubles each.", "Все победители получат по 200 тысяч рублей."),
    ("The delegation visited 12 factories in the region.", "Делегация посетила 7 заводов в регионе."),
    ("The minister visited the plant, which employs 3,000 people.", "Министр посетил завод, на котором работают 5000 человек."),
])
def test_a_translated_event_report_with_a_changed_figure_contradicts(en, ru):
    rel = _relate(en, ru, 10.0)
    assert rel.relation == "contradict", rel.explanation


def test_translated_event_reports_of_different_years_are_two_events():
    rel = _relate("Putin and Erdogan met in Sochi in 2019.", "Путин и Эрдоган встретились в Сочи в 2021 году.", 10.0)
    assert rel.relation != "contradict", rel.explanation


@pytest.mark.parametrize("en,ru", [
    ("Therefore, a third dose is not necessary.", "Поэтому необходима третья доза."),
    ("The second reactor was not damaged.", "Второй реактор был поврежден."),
    ("The fifth round of talks did not produce a result.", "Пятый раунд переговоров дал результат."),
])
def test_an_ordinal_is_no_exclusivity_claim_that_hides_a_negated_translation(en, ru):
    assert _relate(en, ru, 10.0).relation == "contradict"


@pytest.mark.parametrize("en,ru", [
    ("On day four both generators went down for nearly 30 minutes.", "На четвертый день оба генератора отключились почти на 30 минут."),
    ("Both sides signed the treaty in 1998.", "Обе стороны подписали договор в 1998 году."),
    ("The ministers of both countries met in 2019.", "Министры обеих стран встретились в 2019 году."),
])
def test_both_is_not_a_figure(en, ru):
    cmp = _cmp(en, ru)
    assert not [p for p in cmp.clashes if p.kind == "number"]


@pytest.mark.parametrize("en,ru", [
    ("Russia should be in no doubt that aggression against Ukraine will have consequences.",
     "Агрессия против Украины будет иметь последствия, но меры в документе не описываются."),
    ("Do not hesitate to call us without delay.", "Звоните нам, не откладывая, без промедления."),
    ("I can't stand the noise, no question.", "Шум мне не мешает, нет вопросов."),
])
def test_a_fixed_phrase_against_a_negation_elsewhere_is_uncertain(en, ru):
    clashes, uncertain = _polarity(_cmp(en, ru))
    assert not clashes and uncertain
