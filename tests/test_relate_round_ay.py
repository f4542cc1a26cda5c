"""Round ay of issue 10 (HELD-OUT79 to 84, first measured on round ax's rules, then read): rows written for this test, none
from an evaluation set.

* swapped: one side's winner is the other's loser ("Brazil beat Italy" / «Италия обыграла Бразилию», "a French victory
  over the Russians" / «победой русских … над французами», "the French army was routed by" / «французы разбили»): the
  result clashes even when both sides use a word of winning (``relate/contest_roles.py``,
  ``lang/{en,ru}/contest_roles.tsv``, peoples by ``lang/gazetteer/peoples.tsv``).
* lesser: a word of a lesser degree before a word of degree ("less dangerous", «менее опасной»:
  ``lang/{en,ru}/lesser_degree.tsv``) tells the other pole ("safer", «безопаснее»); "no less" / «не менее» does not.
* refuse: "refuse" and "refuses" join "refused" on the declining pole of ``accept`` (``lang/opposites.tsv``), so "did
  not refuse" / «отказался» clash and "did not refuse" / «принял» agree.
* element: a thing told as one chemical element on one side and another on the other clashes (``lang/elements.tsv``,
  ``relate/elements.py``); sides with an element in common do not, nor gold and silver in a sentence about medals
  (``lang/medal_words.tsv``).
* not-until: "did not come into force until 2009" (``lang/en/negation.tsv``, kind idiom) tells when it came into force,
  no negated claim against «вступил в силу в 2009 году».
* one-event: an event report pinned as one event (one day stated alike on both sides) told with another figure or place
  clashes ("killed 439 miners" / «погубил 339 горняков» on one day; the rows are worded so that the event view, not the
  statement view, decides them); a meeting told with another person does not (``relate/pair.py``).
* same-result: one winner told by a word of winning on one side and of losing on the other ("Brazil defeated Italy" /
  «Италия уступила Бразилии», «потерпел поражение от императора Карла V»): no clash of opposite words.
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    ('swapped', 'contradict', 'At Mühlberg in April 1547 the army of Charles V crushed the forces of the Schmalkaldic League.',
     'В апреле 1547 года при Мюльберге войска Шмалькальденского союза разгромили армию Карла V.'),
    ('swapped', 'contradict', 'Brazil beat Italy 4–1 in the 1970 World Cup final in Mexico City.',
     'В финале чемпионата мира 1970 года в Мехико Италия обыграла Бразилию со счётом 4:1.'),
    ('swapped', 'contradict', 'In 1966 England beat West Germany 4–2 after extra time in the World Cup final at Wembley.',
     'В финале чемпионата мира 1966 года на «Уэмбли» сборная Англии проиграла сборной ФРГ со счётом 2:4 в дополнительное '
     'время.'),
    ('swapped', 'contradict', 'The Battle of Lützen in May 1813 ended in a French victory over the Russians and Prussians.',
     'Сражение при Лютцене в мае 1813 года завершилось победой русских и пруссаков над французами.'),
    ('swapped', 'contradict', 'At Pavia in February 1525 the French army was routed by the Imperial troops, and King Francis I '
     'was captured.', 'В феврале 1525 года при Павии французы разбили имперские войска, а король Франциск I попал в плен.'),
    ('swapped', 'contradict', 'In the naval battle off Chioggia in June 1380 the Venetian fleet crushed the Genoese.',
     'В июне 1380 года у Кьоджи генуэзский флот наголову разбил венецианцев.'),
    ('swapped', 'agree', 'Sweden beat Finland 3–1 in the final of the 1987 world championship.',
     'В финале чемпионата мира 1987 года шведы одержали победу над финнами со счётом 3:1.'),
    ('same-result', '!contradict', 'At Mühlberg in April 1547 Emperor Charles V defeated the Schmalkaldic League and captured '
     'Elector John Frederick.', 'В апреле 1547 года при Мюльберге Шмалькальденский союз потерпел поражение от императора '
     'Карла V, курфюрст Иоганн Фридрих попал в плен.'),
    ('same-result', '!contradict', 'In the 1970 World Cup final Brazil defeated Italy 4–1.',
     'В финале чемпионата мира 1970 года Италия уступила Бразилии со счётом 1:4.'),
    ('same-result', '!contradict', 'Ajax defeated Inter 2–0 in the 1972 European Cup final in Rotterdam.',
     'В финале Кубка европейских чемпионов 1972 года в Роттердаме «Интер» проиграл «Аяксу» со счётом 0:2.'),
    ('same-result', '!contradict', 'In 1380 the Venetians defeated the Genoese at Chioggia.',
     'В 1380 году при Кьодже генуэзцы потерпели поражение от венецианцев.'),
    ('same-result', 'contradict', 'The French were defeated by the Russians and Prussians at Lützen in May 1813.',
     'В мае 1813 года при Лютцене русские и пруссаки потерпели поражение от французов.'),
]

CASES += [
    ('lesser', '!contradict', 'The new vaccine made the journey far less dangerous for travellers.',
     'Новая вакцина сделала поездку для путешественников гораздо безопаснее.'),
    ('lesser', '!contradict', 'By 1870 rail transport had become less expensive than river shipping.',
     'К 1870 году перевозки по железной дороге стали дешевле речных.'),
    ('lesser', '!contradict', 'Ice roads made winter deliveries safer for the northern villages.',
     'Ледовые дороги сделали зимнюю доставку в северные сёла менее опасной.'),
    ('lesser', 'contradict', 'By 1870 rail transport had become less expensive than river shipping.',
     'К 1870 году перевозки по железной дороге стали дороже речных.'),
    ('lesser', 'contradict', 'The northern route is no less dangerous than the old one.',
     'Северный маршрут безопаснее старого.'),
]
CASES += [
    ('refuse', 'contradict', 'In 1953 the poet did not refuse the state prize offered to him.',
     'В 1953 году поэт отказался от предложенной ему государственной премии.'),
    ('refuse', 'contradict', 'In 2004 the club did not refuse the transfer offer from Madrid.',
     'В 2004 году клуб отказался от предложения о трансфере из Мадрида.'),
    ('refuse', 'contradict', 'In 1998 the government did not refuse the loan from the IMF.',
     'В 1998 году правительство отказалось от кредита МВФ.'),
    ('refuse', 'agree', 'In 1964 the philosopher chose to refuse the Nobel Prize in Literature.',
     'В 1964 году философ решил отказаться от Нобелевской премии по литературе.'),
    ('refuse', '!contradict', 'In 1890 the city council did not refuse the offer to buy the collection.',
     'В 1890 году городской совет принял предложение о покупке коллекции.'),
]
CASES += [
    ('element', 'contradict', 'In 1875 the French chemist Lecoq de Boisbaudran discovered a new element, gallium, in zinc '
     'blende.', 'В 1875 году французский химик Лекок де Буабодран открыл в цинковой обманке новый элемент — германий.'),
    ('element', 'contradict', 'Marie and Pierre Curie announced the discovery of polonium in July 1898.',
     'В июле 1898 года Мария и Пьер Кюри объявили об открытии радия.'),
    ('element', 'contradict', 'The outer skin of the Statue of Liberty, dedicated in 1886, is made of copper sheets.',
     'Внешняя оболочка статуи Свободы, открытой в 1886 году, сделана из листов олова.'),
    ('element', '!contradict', 'Mark Spitz won seven gold medals at the 1972 Munich Olympics.',
     'Марк Спитц завоевал в Мюнхене в 1972 году семь золотых медалей, а в 1968 году — серебро и бронзу.'),
    ('element', 'agree', 'Carl Wilhelm Scheele discovered chlorine in 1774.', 'Хлор открыл в 1774 году Карл Вильгельм Шееле.'),
    ('element', '!contradict', 'Brass is an alloy of copper and zinc.', 'Латунь — сплав меди с цинком, иногда с добавкой олова.'),
]
CASES += [
    ('not-until', 'agree', 'The Treaty of Lisbon, signed in 2007, did not come into force until December 2009.',
     'Лиссабонский договор, подписанный в 2007 году, вступил в силу в декабре 2009 года.'),
    ('not-until', 'agree', 'The new constitution did not take effect until 1 January 1994.',
     'Новая конституция вступила в силу 1 января 1994 года.'),
    ('not-until', 'agree', 'The smoking ban did not come into effect until March 2005.',
     'Запрет на курение вступил в силу в марте 2005 года.'),
    ('not-until', 'contradict', 'The smoking ban did not come into effect until March 2005.',
     'Запрет на курение вступил в силу в марте 2006 года.'),
]
CASES += [
    ('one-event', 'contradict', 'The explosion at the Senghenydd colliery in Wales on 14 October 1913 killed 439 miners, the worst '
     'mining disaster in British history.', 'Взрыв на шахте Сенгенидд в Уэльсе 14.10.1913 погубил 339 горняков.'),
    ('one-event', 'contradict', 'The explosion at the Abercarn colliery in Wales on 11 September 1878 killed 268 miners, the worst '
     'mining disaster in British history.', 'Взрыв на шахте Аберкарн в Уэльсе 11.09.1878 погубил 168 горняков.'),
    ('one-event', 'contradict', 'The explosion at the Albion colliery in Wales on 23 June 1894 killed 290 miners, the worst mining '
     'disaster in British history.', 'Взрыв на шахте Альбион в Уэльсе 23.06.1894 погубил 190 горняков.'),
    ('one-event', 'agree', 'The explosion at the Albion colliery in Wales on 23 June 1894 killed 290 miners, the worst mining '
     'disaster in British history.', 'Взрыв на шахте Альбион в Уэльсе 23.06.1894 погубил 290 горняков.'),
    ('one-event', '!contradict', 'On 3 March 2015 the Italian foreign minister met the Pope in Rome.',
     '3 марта 2015 года министр иностранных дел Италии встретился в Риме с президентом Франции.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES)

