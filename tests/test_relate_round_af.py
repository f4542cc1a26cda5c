"""Round af of issue 10 (HELD-OUT43, first contacted on round ae's rules, read for its misjudged pairs; general causes
only).  Rows written for this test, none from the seeds or a bench set; each rule has at least three rows and a
counter-example:

* italian-g: an Italian "g" before e or i reads «дж» too (Golgi = Гольджи, Giotto = Джотто, Borgia = Борджиа:
  ``lang/ru/latin_renderings.tsv``): "Camillo Golgi" / «Камилло Гольджи» was a person clash.
* french-ch: a French "ch" reads «ш» too (Chopin = Шопен, Chanel = Шанель, Michelin = Мишлен); "Frédéric Chopin" /
  «Фредерик Шопен» was a person clash.
* opened-business: opening a workshop, a shop or a factory is founding it (``lang/{en,ru}/acts.tsv``, ``found``):
  "opened a workshop in 1837" / «основал мастерскую в 1850-х» dated two acts, now one act at two dates.
* rounded-bound: two bounds of one kind, one at the other's figure rounded to its precision ("at least 4,386" / «более
  4300», "at least 36,417" / «более 36 тысяч»), state one value (``relate/roundings.py``); a bound on the wrong side
  ("at least 1,496" / «не менее полутора тысяч») or another figure still clashes.
* peerage: the place of a title of nobility ("the Prince of Wales", "the Duke of Wellington", "the Earl of Essex") names
  the title, not where a thing happened (``lang/en/peerage_titles.tsv``): it was a place clash with the other side's
  real place.
* deadliest: superlatives of harm and cost ("the deadliest", "the costliest", "the bloodiest") give the first place of a
  ranking (``lang/{en,ru}/ranks.tsv``), against «второе по числу жертв».
* negated-act: a negation of all time ("was never awarded") against a side with a "first" («премии первой степени»)
  clashes when the negated verb names the act the other side affirms (``relate/acts.negated_acts``); before, the
  "first" made it uncertain.
* state: a state told by a negative prefix ("went unbeaten", "left unfinished", «неоконченным») is a negation, which
  turns no word near it ("undefeated, with 49 wins") (``lang/{en,ru}/negation.tsv``, kind ``state``); when both sides
  negate and one negates its opposite word ("not losing one"), that word turned is the other side's.
* reception: how a work was received ("poorly received", "a fiasco", "booed" / «с триумфом», «с огромным успехом») are
  opposites (``lang/opposites.tsv``), and "was received at its premiere" is a work shown, no guest received
  (``lang/en/events.toml``, ``showing``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = [
    # rule, expected relation ("!x": anything but x), EN, RU
    ("italian-g", "agree", "Giotto painted the frescoes of the Scrovegni Chapel in Padua around 1305.",
     "Фрески капеллы Скровеньи в Падуе Джотто написал около 1305 года."),
    ("italian-g", "agree", "Luigi Galvani published his findings on animal electricity in 1791.",
     "Луиджи Гальвани опубликовал свои выводы о животном электричестве в 1791 году."),
    ("italian-g", "agree", "Cesare Borgia was made a cardinal in 1493.", "Чезаре Борджиа стал кардиналом в 1493 году."),
    ("italian-g", "agree", "The Italian director Pietro Germi won the Academy Award for the screenplay of Divorce Italian Style in 1963.",
     "Итальянский режиссёр Пьетро Джерми в 1963 году получил «Оскар» за сценарий фильма «Развод по-итальянски»."),
    ("italian-g", "contradict", "Michelangelo Buonarroti painted the Sistine Chapel ceiling for Pope Julius II between 1508 and 1512.",
     "Потолок Сикстинской капеллы для папы Юлия II в 1508–1512 годах расписал Рафаэль Санти."),
    ("french-ch", "agree", "Frédéric Chopin left Warsaw for good in November 1830 and settled in Paris the following year.",
     "Фредерик Шопен навсегда покинул Варшаву в ноябре 1830 года и в следующем году обосновался в Париже."),
    ("french-ch", "agree", "The brothers André and Édouard Michelin founded their tyre company in Clermont-Ferrand in 1889.",
     "Братья Андре и Эдуар Мишлен основали свою шинную компанию в Клермон-Ферране в 1889 году."),
    ("french-ch", "agree", "Charles de Gaulle became President of France in January 1959.",
     "Президентом Франции в январе 1959 года стал Шарль де Голль."),
    ("french-ch", "!agree", "Frédéric Chopin left Warsaw for good in November 1830 and settled in Paris the following year.",
     "Ференц Лист навсегда покинул Варшаву в ноябре 1830 года и в следующем году обосновался в Париже."),
    ("opened-business", "contradict", "Coco Chanel opened her first shop, selling hats, on the Rue Cambon in Paris in 1910.",
     "Первый магазин Коко Шанель, торговавший шляпками, был основан на улице Камбон в Париже в 1920 году."),
    ("opened-business", "contradict", "The confectioner Alexei Abrikosov opened his own sweet factory in Moscow in 1804.",
     "Кондитер Алексей Абрикосов основал собственную кондитерскую фабрику в Москве в 1840-х годах."),
    ("opened-business", "contradict", "Carl Fabergé's father Gustav opened a jewellery shop in Saint Petersburg in 1842.",
     "Густав Фаберже, отец Карла Фаберже, основал ювелирный магазин в Санкт-Петербурге в 1852 году."),
    ("opened-business", "agree", "Gustav Fabergé opened a jewellery shop in Saint Petersburg in 1842.",
     "Густав Фаберже основал ювелирный магазин в Санкт-Петербурге в 1842 году."),
    ("rounded-bound", "agree", "The sinking of the ferry Doña Paz in the Philippines in December 1987 killed at least 4,386 people.",
     "Гибель филиппинского парома «Донья Пас» в декабре 1987 года унесла жизни более 4300 человек."),
    ("rounded-bound", "agree", "The 1883 eruption of Krakatoa and the tsunamis it raised killed at least 36,417 people, according to the official Dutch count.",
     "Извержение Кракатау в 1883 году и вызванные им цунами, по официальным голландским данным, унесли жизни более 36 тысяч человек."),
    ("rounded-bound", "agree", "Smallpox vaccination campaigns led by the WHO from 1967 covered more than 31 countries, officials later reported in detail.",
     "Всемирная организация здравоохранения начиная с 1967 года проводила кампании вакцинации против оспы более чем в 30 странах."),
    ("rounded-bound", "!agree", "When the Titanic sank in April 1912, at least 1,496 passengers and crew lost their lives in the icy North Atlantic.",
     "В апреле 1912 года при крушении «Титаника» в ледяных водах Северной Атлантики погибли не менее полутора тысяч человек."),
    ("rounded-bound", "contradict", "The Great Stink of London in the summer of 1858 led Parliament to fund more than 1,100 miles of new street sewers.",
     "После «Великого зловония» 1858 года парламент выделил деньги на строительство свыше 1800 миль новых уличных коллекторов Лондона."),
    ("rounded-bound", "contradict", "The hot-air balloon climbed to an altitude of just over 150 metres above the valley.",
     "Воздушный шар поднялся над долиной на высоту чуть более 100 метров."),
    ("peerage", "agree", "The Duke of Wellington defeated Napoleon at Waterloo in June 1815.",
     "В июне 1815 года герцог Веллингтон разбил Наполеона при Ватерлоо."),
    ("peerage", "agree", "In 1599 the Earl of Essex led an army of about 16,000 men into Ireland.",
     "В 1599 году граф Эссекс повёл в Ирландию армию примерно из 16 тысяч человек."),
    ("peerage", "agree", "The Duchess of Cornwall unveiled the memorial in Bristol in 2015.",
     "Мемориал в Бристоле открыла в 2015 году герцогиня Корнуольская."),
    ("peerage", "contradict", "The Duke of Edinburgh founded his award scheme for young people in 1956 in London.",
     "Герцог Эдинбургский учредил свою премию для молодёжи в 1956 году в Глазго."),
    ("deadliest", "contradict", "Hurricane Katrina in 2005 was the costliest hurricane in the history of the United States at the time.",
     "Ураган «Катрина» 2005 года стал третьим по размеру ущерба ураганом в истории США."),
    ("deadliest", "contradict", "The 1556 Shaanxi earthquake is the deadliest earthquake on record, killing about 830,000 people.",
     "Землетрясение 1556 года в провинции Шэньси — второе по числу жертв в истории: погибли около 830 тысяч человек."),
    ("deadliest", "contradict", "The Battle of the Somme in 1916 was the bloodiest battle in the history of the British Army.",
     "Битва на Сомме 1916 года стала лишь второй по числу погибших битвой в истории британской армии."),
    ("deadliest", "agree", "The Battle of the Somme in 1916 was the bloodiest battle in the history of the British Army.",
     "Битва на Сомме 1916 года стала самым кровопролитным сражением в истории британской армии."),
    ("negated-act", "contradict", "Sergei Prokofiev's Seventh Symphony was never awarded the Lenin Prize.",
     "Седьмая симфония Сергея Прокофьева в 1957 году первой из его симфоний была удостоена Ленинской премии."),
    ("negated-act", "contradict", "The film Ballad of a Soldier by Grigory Chukhray was never awarded any prize at the Cannes Film Festival.",
     "Фильм Григория Чухрая «Баллада о солдате» на Каннском кинофестивале 1960 года получил премию за лучшую программу, первую для советского кино."),
    ("negated-act", "contradict", "The physicist Lise Meitner was never awarded the Nobel Prize, although she was nominated dozens of times.",
     "Физик Лиза Мейтнер первой из женщин-физиков Германии получила Нобелевскую премию, хотя её кандидатуру выдвигали десятки раз."),
    ("negated-act", "agree", "The novelist was never awarded a state prize, although his first book sold well.",
     "Первая книга романиста хорошо продавалась, но государственной премии он так и не получил."),
    ("state", "agree", "Boxer Rocky Marciano retired in 1956 undefeated, with 49 wins in 49 professional fights.",
     "Боксёр Рокки Марчиано завершил карьеру в 1956 году, не проиграв ни одного из 49 профессиональных боёв."),
    ("state", "agree", "Schubert's Symphony No. 8 in B minor, begun in 1822, was left unfinished.",
     "Восьмую симфонию си минор, начатую в 1822 году, Шуберт так и не закончил."),
    ("state", "agree", "Franz Kafka's novel The Castle remained unfinished when he died in 1924.",
     "Роман Франца Кафки «Замок» остался неоконченным: писатель умер в 1924 году."),
    ("state", "!agree", "Boxer Rocky Marciano retired in 1956 undefeated, with 49 wins in 49 professional fights.",
     "Боксёр Рокки Марчиано завершил карьеру в 1956 году, проиграв один из 49 профессиональных боёв."),
    ("reception", "contradict", "Chekhov's play The Seagull was a fiasco at its first performance at the Alexandrinsky Theatre in St Petersburg in October 1896.",
     "Первая постановка чеховской «Чайки» в Александринском театре Петербурга в октябре 1896 года прошла с огромным успехом."),
    ("reception", "contradict", "Puccini's Madama Butterfly was booed at its premiere at La Scala in Milan in February 1904.",
     "Премьера «Мадам Баттерфляй» Пуччини в миланском театре «Ла Скала» в феврале 1904 года прошла с большим успехом."),
    ("reception", "contradict", "Tchaikovsky's ballet Swan Lake was poorly received at its premiere at the Bolshoi Theatre in Moscow in March 1877.",
     "Премьера «Лебединого озера» Чайковского в московском Большом театре в марте 1877 года прошла с триумфом."),
    ("reception", "agree", "The premiere of Rossini's The Barber of Seville in Rome in February 1816 was a famous fiasco.",
     "Премьера «Севильского цирюльника» Россини в Риме в феврале 1816 года обернулась провалом."),
    ("reception", "agree", "Bizet's opera Carmen was coldly received at its premiere at the Opéra-Comique in Paris in March 1875.",
     "Премьера оперы Бизе «Кармен» в парижской «Опера-Комик» в марте 1875 года была встречена публикой холодно."),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_three_examples_and_a_counter_example():
    check_rule_counts(CASES)
