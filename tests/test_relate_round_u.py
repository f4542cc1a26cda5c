"""Round u of issue 10: the polarity of paired predicates (the changed pairs of the fix-on perturbation sets still called
`agree`, read for their causes; general causes only). Rows written for this test, none from the seeds or a bench set;
each rule has at least three rows and a counter-example:

* paired-negation: both sides negate some verb, but a predicate the slot comparison pairs (a concept of
  ``lang/opposites.tsv``: "confirm" / «подтвердить», "rose" / «вырос») is negated right before it on one side only
  ("confirmed …, but did not disclose" / «не подтвердила … и не раскрыла»): that predicate's polarity clashes
  (``relate/slots._negated_on_one_side``). Not when both sides negate it, when the negation is told with a Russian
  negative pronoun («никто не подтвердил» / "nobody confirmed"), or when the affirming side negates a verb in the
  predicate's clause ("we do not think they will confirm": a negation raised to the verb of thinking; "not damaged …
  and opened": one "not" that may hold both verbs) or states negation otherwise: the polarity is then decided as before.
* fight-against: «бороться против» negates nothing in all its forms («борется», «боролся», «борющийся», «борясь», «борцы
  против»; "fought against" beside "fight* against": kind ``plain`` of ``lang/{en,ru}/negation.tsv``), so it no longer
  counts as negation stated otherwise that excused the other side's negated verb.
* broken-concord: a Russian negative pronoun («ничего», «никому», «ни в чём») needs the negation of its verb; in a clause
  with a finite verb and no negation («он нашёл там ничего») it has lost it, and it no longer counts as negation stated
  otherwise, which excused the other side's negated verb (so does an English "nor" with no negation before it in its
  sentence) (``relate/negation._broken_concords``,
  ``lang/{en,ru}/negative_concord.tsv``). The pronoun with its «не», one in a clause with no verb («Ничего страшного») and
  the concessive «ни» («как ни старался») are unchanged.
"""

from __future__ import annotations

import pytest
from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("paired-negation", "contradict", "The company confirmed the merger on Monday, but it did not disclose the price.",
     "В понедельник компания не подтвердила слияние и не раскрыла цену."),
    ("paired-negation", "contradict", "Prices did not change in March, while exports rose.",
     "Цены в марте не изменились, а экспорт не вырос."),
    ("paired-negation", "contradict", "The central bank did not comment, but it raised its key rate.",
     "Центральный банк не стал давать комментариев, но не повысил ключевую ставку."),
    ("paired-negation", "contradict", "The museum was not damaged by the flood, and it opened on time.",
     "Музей не пострадал от наводнения, но не открылся вовремя."),
    # the affirming side's "not" in the predicate's clause may hold it: decided as before (1 against 2 negated verbs)
    ("paired-negation", "related", "The museum was not damaged by the flood and opened on time.",
     "Музей не пострадал от наводнения, но не открылся вовремя."),
    ("paired-negation", "!contradict", "The minister did not confirm the report and did not comment on it.",
     "Министр не подтвердил сообщение и не стал его комментировать."),
    ("paired-negation", "!contradict", "Nobody confirmed the rumours, and the company did not comment.",
     "Никто не подтвердил слухи, а компания не дала комментариев."),
    ("paired-negation", "!contradict", "We do not think that the ministry will confirm the deal, and it is no secret.",
     "Министерство, как мы думаем, не подтвердит сделку, и это не секрет."),
    # a pole word that is a noun on one side («ожидает … улучшения») has no polarity of its own: no clash from this rule
    ("paired-negation", "!contradict", "Service is unlikely to be improved this year, as the city awaits plans for a major upgrade.",
     "Обслуживание вряд ли изменится в этом году, поскольку город ожидает планов крупного улучшения."),
    ("fight-against", "contradict", "The group does not fight against corruption in the ministry.",
     "Группа борется против коррупции в министерстве."),
    ("fight-against", "contradict", "She never fought against the pension reform.",
     "Она боролась против пенсионной реформы."),
    ("fight-against", "contradict", "The doctors who were not fighting against the epidemic received awards.",
     "Врачи, борющиеся против эпидемии, получили награды."),
    ("fight-against", "contradict", "The mayor is not fighting against the new tax.", "Мэр борется против нового налога."),
    ("fight-against", "agree", "The group fights against corruption in the ministry.",
     "Группа борется против коррупции в министерстве."),
    ("broken-concord", "contradict", "He did not find anything suspicious in the old house.",
     "Он нашёл в старом доме ничего подозрительного."),
    ("broken-concord", "contradict", "They never told anyone about the treasure.",
     "Они рассказали о сокровище никому."),
    ("broken-concord", "contradict", "The blood test did not show anything unusual.",
     "Анализ крови показал ничего необычного."),
    ("broken-concord", "contradict", "She did not eat anything at the dinner party.",
     "На званом ужине она съела ничего."),
    ("broken-concord", "agree", "He did not find anything suspicious in the old house.",
     "Он ничего подозрительного в старом доме не нашёл."),
    ("broken-concord", "agree", "However hard he tried, he could not open the door.",
     "Как он ни старался, он не смог открыть дверь."),
]

decided, test_row = table_tests(CASES)


def test_rule_counts():
    check_rule_counts(CASES)


# lost-negation: a broken concord on a side that also negates elsewhere (a Russian negative pronoun with no «не»; an
# English "nor" with no negation before it in its sentence: ``lang/{en,ru}/negative_concord.tsv``), against a side that
# negates: a negation may be lost, so the polarity is uncertain (``slots._polarity_pairs``, never agree); rows at the slot
# level (polarity only), the last three counter-examples
LOST = [
    ("She was not guilty of anything, but she never complained or cried.",
     "Она ни в чём была виновата, но никогда не жаловалась и не плакала.", True),
    ("Nobody was hurt, and the fire did not spread to the roof.",
     "Никто пострадал, и огонь не перекинулся на крышу.", True),
    ("He told nobody about the letter and did not answer it.",
     "Он никому рассказал о письме, но не ответил на него.", True),
    ("He does want to sell the house nor move to the city, and he does not know why.",
     "Он не хочет ни продавать дом, ни переезжать в город, и сам не знает почему.", True),
    ("She can read the letters nor answer them, and nobody is surprised; it is not new.",
     "Она не может ни читать письма, ни отвечать на них, и это не ново.", True),
    ("She was not guilty of anything, but she never complained or cried.",
     "Она ни в чём не была виновата, но никогда не жаловалась и не плакала.", False),
    ("He does not want to sell the house nor move to the city, and he does not know why.",
     "Он не хочет ни продавать дом, ни переезжать в город, и сам не знает почему.", False),
    ("No problem at all, he did not mind.", "Ничего страшного, он не возражал.", False),
]


@pytest.mark.parametrize("en,ru,lost", LOST)
def test_lost_negation(en, ru, lost):
    from crosscheck.relate.slots import _polarity_pairs

    pairs, uncertain = _polarity_pairs(en, "en", ru, "ru")
    broken = any("broken" in (p.a.value, p.b.value) for p in uncertain)
    if lost:  # uncertain for the lost negation, or a clash another rule saw (a paired predicate negated on one side only)
        assert broken or any(not p.equal for p in pairs), (pairs, uncertain)
    else:
        assert not broken, (pairs, uncertain)
