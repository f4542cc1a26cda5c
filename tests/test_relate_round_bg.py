"""Round bg of issue 10 (read from the misjudged pairs of HELD-OUT39–104, 103 and 104 after their first contact): rows
written for this test, none from an evaluation set.

* disaster: a named disaster happens once ("The Johnstown Flood … struck", "Cyclone Tracy … hit", «Джонстаунское
  наводнение … унесло»; ``lang/{en,ru}/once_only.tsv``, concept ``occur``); two dates for it clash (a battle told by
  "fought" before its name is read so too: "Fought on 10 December 1710, the battle of …"). A name told in translation on
  each side and no other name in common ("The Great Storm" / «Великая буря») is its subject
  (``relate/once_only._same_subject``). Two fires of two cities do not clash.
* first-time: the first time something was done is one time ("became the first woman to fly solo across the Atlantic",
  «впервые покорил», concept ``pioneer``); "for the first time in twenty years" and "the first of" are not read.
* buyer, dedicatee, death-place, team, record-breaker: one-off acts whose other party is one (``role_predicates.tsv``:
  "was taken over by" / «был поглощён компанией», "dedicated to his friend" / «посвятил своему другу», "died … at" /
  «умер … в», "won the title with" / «в составе», "was broken by" / «превзошёл»): two different names there clash.
* short-name: a name of one consonant in two scripts is compared by its vowels too ("Miami" / «Майами»), so it is no
  leftover name that keeps two claims apart (``relate/surname_sound.short_alike``).
"""

from __future__ import annotations

from pair_table import check_rule_counts, table_tests

CASES = []
CASES += [
    ('disaster', 'contradict',
     'The Johnstown Flood, which killed more than 2,200 people in Pennsylvania, struck in the early twentieth century after a '
     'dam failed upstream.',
     'Джонстаунское наводнение 31 мая 1889 г., вызванное прорывом плотины, унесло жизни более 2200 человек.'),
    ('disaster', 'contradict',
     'Cyclone Tracy, which wrecked most of Darwin and left over 25,000 people homeless, hit northern Australia on Christmas Eve '
     'in the mid-1980s.',
     'Циклон «Трейси» в ночь на 25 декабря 1974 г. разрушил около 70 % зданий Дарвина.'),
    ('disaster', 'contradict',
     'The Great Storm of 1703, the worst recorded in the south of England, swept the Channel coast and sank much of the Royal '
     "Navy's fleet.",
     '«Великая буря», пронёсшаяся над югом Англии в ноябре 1713 г., унесла жизни тысяч моряков.'),
    ('disaster', '!contradict', 'The Great Chicago Fire of October 1871 destroyed about 17,000 buildings.',
     'Великий пожар в Бостоне в ноябре 1872 года уничтожил 776 зданий.'),
    ('disaster', '!contradict',
     'The Lisbon earthquake, followed by a tsunami and fires that burned for days, struck the Portuguese capital in the '
     'mid-eighteenth century.',
     'Лиссабонское землетрясение 1 ноября 1755 г., сопровождавшееся цунами и пожарами, разрушило почти весь город.'),
]
CASES += [
    ('first-time', 'contradict',
     'Edmund Hillary, a beekeeper from Auckland, and the Sherpa Tenzing Norgay became the first climbers to stand on the summit '
     'of Everest, in May 1956.',
     'Новозеландец Эдмунд Хиллари и шерпа Тенцинг Норгей впервые покорили Эверест 29 мая 1953 г., поднявшись по '
     'юго-восточному гребню.'),
    ('first-time', 'contradict',
     'Yuri Gagarin became the first human to travel into space, orbiting the Earth once aboard Vostok 1 in April 1962.',
     'Юрий Гагарин впервые в истории совершил полёт в космос 12 апреля 1961 г., облетев Землю на корабле «Восток».'),
    ('first-time', 'contradict',
     'In 1927 Charles Lindbergh became the first pilot to fly solo non-stop across the Atlantic, from New York to Paris.',
     'Чарльз Линдберг впервые в одиночку перелетел Атлантику без посадки в мае 1928 г., приземлившись в Париже.'),
    ('first-time', '!contradict',
     'In 1953 Edmund Hillary and Tenzing Norgay became the first climbers to reach the summit of Everest.',
     'Эдмунд Хиллари и Тенцинг Норгей впервые покорили Эверест в 1953 году.'),
    ('first-time', '!contradict', 'In 1998 Manchester United won the league for the first time in two years.',
     'Впервые за два года «Манчестер Юнайтед» выиграл чемпионат Англии в 1999 году.'),
]
CASES += [
    ('buyer', 'contradict', 'Jaguar Cars was taken over by Ford in 1989 for about 2.5 billion dollars.',
     'В 1989 году компания Jaguar Cars была куплена концерном General Motors примерно за 2,5 млрд долларов.'),
    ('buyer', 'contradict', 'The Swedish carmaker Volvo Cars was acquired by Geely in 2010.',
     'Шведский автопроизводитель Volvo Cars в 2010 году был приобретён компанией Tata Motors.'),
    ('buyer', 'contradict', 'Skype was bought by Microsoft in 2011 for 8.5 billion dollars.',
     'В 2011 году Skype был куплен компанией Google за 8,5 млрд долларов.'),
    ('buyer', 'agree', 'Skype was bought by Microsoft in 2011 for 8.5 billion dollars.',
     'В 2011 году Skype был куплен компанией Microsoft за 8,5 млрд долларов.'),
]
CASES += [
    ('dedicatee', 'contradict',
     "Beethoven's Third Symphony, first conceived as a tribute to Napoleon, was in the end dedicated to his patron Prince "
     'Lobkowitz.',
     'Героическую симфонию, которую он поначалу хотел назвать в честь Бонапарта, Бетховен в итоге посвятил князю Кински.'),
    ('dedicatee', 'contradict',
     "Schubert's Trout Quintet, written for an amateur cellist in Steyr, was dedicated to the music patron Sylvester "
     'Paumgartner.',
     'Фортепианный квинтет «Форель» Шуберт посвятил меценату Иосифу фон Шпауну, другу композитора.'),
    ('dedicatee', 'contradict', "Tchaikovsky's First Piano Concerto was dedicated to the pianist Nikolai Rubinstein.",
     'Первый фортепианный концерт Чайковского посвящён пианисту Гансу фон Бюлову.'),
    ('dedicatee', 'agree', 'Pushkin dedicated his poem Poltava to his friend Anton Delvig.',
     'Поэму «Полтава» Пушкин посвятил своему другу Антону Дельвигу.'),
]
CASES += [
    ('death-place', 'contradict', 'Anton Chekhov died of tuberculosis at Badenweiler in July 1904.',
     'Антон Чехов умер от туберкулёза в июле 1904 года в Ялте.'),
    ('death-place', 'contradict', 'Vincent van Gogh died in Auvers-sur-Oise in July 1890, two days after shooting himself.',
     'Винсент Ван Гог умер в Арле в июле 1890 года, через два дня после выстрела.'),
    ('death-place', 'contradict', 'Frédéric Chopin died of tuberculosis in Paris in October 1849.',
     'Фредерик Шопен скончался от туберкулёза в Варшаве в октябре 1849 года.'),
    ('death-place', 'agree', 'Frédéric Chopin died of tuberculosis in Paris in October 1849.',
     'Фредерик Шопен скончался от туберкулёза в Париже в октябре 1849 года.'),
]
CASES += [
    ('team', 'contradict', 'Ayrton Senna won the 1988 Formula One world championship with McLaren.',
     'Айртон Сенна стал чемпионом мира «Формулы-1» 1988 года в составе «Уильямса».'),
    ('team', 'contradict', 'Michael Schumacher won the 1995 world title for Benetton.',
     'Михаэль Шумахер выиграл титул чемпиона мира 1995 года, выступая за команду «Феррари».'),
    ('team', 'contradict', 'Lewis Hamilton won his first Formula One world title in 2008 driving for McLaren.',
     'Первый титул чемпиона мира «Формулы-1» Льюис Хэмилтон завоевал в 2008 году за рулём «Рено».'),
    ('team', 'agree', 'Ayrton Senna won the 1988 Formula One world championship with McLaren.',
     'Айртон Сенна стал чемпионом мира «Формулы-1» 1988 года в составе «Макларена».'),
]
CASES += [
    ('record-breaker', 'contradict', "Babe Ruth's record of 714 home runs was finally broken by Hank Aaron in 1974.",
     'Рекорд Бейба Рута — 714 хоумранов — в 1974 году превзошёл Барри Бондс.'),
    ('record-breaker', 'contradict',
     "Bob Beamon's long-jump world record, set at altitude in Mexico City, was broken by Carl Lewis in Tokyo in 1991.",
     'Фантастический рекорд Боба Бимона в прыжках в длину продержался 23 года: в 1991 г. его превзошёл Майк Пауэлл.'),
    ('record-breaker', 'contradict', "Wayne Gretzky's record of 894 NHL goals was surpassed by Alexander Ovechkin in 2025.",
     'Рекорд Уэйна Гретцки — 894 гола в НХЛ — в 2025 году превзошёл Сидни Кросби.'),
    ('record-breaker', 'agree', "Babe Ruth's record of 714 home runs was finally broken by Hank Aaron in 1974.",
     'Рекорд Бейба Рута — 714 хоумранов — в 1974 году превзошёл Хэнк Аарон.'),
]
CASES += [
    ('short-name', 'agree', 'Bob Marley died in Miami in May 1981 at the age of 36.',
     'Боб Марли скончался в Майами в мае 1981 года в возрасте 36 лет.'),
    ('short-name', '!agree', 'Bob Marley died in Miami in May 1981 at the age of 36.',
     'Боб Марли скончался в Нью-Йорке в мае 1981 года в возрасте 36 лет.'),
]

decided, test_row = table_tests(CASES)


def test_every_rule_has_examples_and_a_counter_example():
    check_rule_counts(CASES, skip={"short-name"})


def test_short_names_are_compared_with_their_vowels():
    from crosscheck.relate.surname_sound import short_alike

    assert short_alike("Miami", "Майами")
    assert short_alike("Seiyu", "Seiyu")
    assert short_alike("Сейю", "Seiyu")
    assert not short_alike("Mali", "Бали")  # two consonants apart
    assert not short_alike("Oman", "Омск")
    assert not short_alike("Ohio", "Айова")
