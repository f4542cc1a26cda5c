#!/usr/bin/env python3
"""Held-out set 42: bilingual (en/ru) claim pairs, written by hand.

Run `python3 build.py`; writes comparable_heldout42.jsonl and
related_heldout42.jsonl next to this script.  Stdlib only.
Each row: (label, slot, domain, first, en, ru) where `first` is the
language that goes into field a.  For contradictions the comment says
which side carries the changed (false) value.
"""
import json
import os
import re

COMPARABLE = [
    # ------------------------------------------------------------ agree
    ("agree", "month", "history", "ru",
     "The Plague Riot broke out in Moscow in September 1771, at the height of a plague epidemic, and the crowd killed Archbishop Ambrose.",
     "Чумной бунт охватил Москву в сентябре 1771 г., в разгар эпидемии чумы; восставшие растерзали архиепископа Амвросия."),
    ("agree", "year", "history", "en",
     "In June 1648 Moscow was shaken by the Salt Riot, a popular uprising early in the reign of Tsar Alexis Mikhailovich.",
     "Соляной бунт, вызванный недовольством горожан налоговой политикой правительства, вспыхнул в Москве летом 1648 года, при молодом царе Алексее Михайловиче."),
    ("agree", "number", "law", "ru",
     "The North Atlantic Treaty was signed in Washington on 4 April 1949 by twelve founding member states.",
     "Североатлантический договор, подписанный в Вашингтоне весной 1949 г., скрепили своими подписями представители 12 государств."),
    ("agree", "date", "law", "en",
     "The Virginia Declaration of Rights, drafted largely by George Mason, was adopted by the Virginia Convention on 12 June 1776.",
     "Вирджинская декларация прав, главным автором которой был Джордж Мейсон, была принята в июне 1776 г., незадолго до Декларации независимости."),
    ("agree", "rank", "science", "ru",
     "The 40-inch refractor at Yerkes Observatory in Wisconsin, completed in 1897, is the largest refracting telescope ever used for astronomical research.",
     "В Йеркской обсерватории установлен 102-сантиметровый рефрактор — крупнейший линзовый телескоп, когда-либо служивший для астрономических исследований."),
    ("agree", "year", "science", "en",
     "The 200-inch Hale Telescope at Palomar Observatory in southern California was dedicated in 1948.",
     "Телескоп Хейла с пятиметровым зеркалом в обсерватории Паломар был торжественно открыт в 1948 году и долго оставался крупнейшим в мире."),
    ("agree", "organisation", "science", "ru",
     "Nikolai Zhukovsky, often called the father of Russian aviation, helped found the Central Aerohydrodynamic Institute in 1918 and became its first head.",
     "Николай Жуковский, которого называют отцом русской авиации, в 1918 г. стал одним из основателей и первым руководителем ЦАГИ."),
    ("agree", "number", "geography", "en",
     "Teletskoye, the largest lake of the Altai Republic, reaches a maximum depth of about 325 metres.",
     "Наибольшая глубина Телецкого озера, крупнейшего водоёма Республики Алтай, составляет 325 м."),
    ("agree", "percent", "geography", "ru",
     "The Negev Desert in southern Israel covers more than half of the country's land area.",
     "Пустыня Негев на юге страны занимает около 60 % территории Израиля."),
    ("agree", "year", "economy", "en",
     "Stockholms Banco, the Swedish bank founded by Johan Palmstruch, issued the first banknotes in Europe in 1661.",
     "Первые в Европе бумажные деньги выпустил в 1661 г. Стокгольмский банк, основанный Юханом Пальмструком."),
    ("agree", "year", "economy", "ru",
     "The Nizhny Novgorod Fair began trading in 1817, after the old fairground at the Makaryev Monastery had burned down.",
     "После пожара 1816 г. в Макарьеве знаменитую ярмарку перенесли в Нижний Новгород, где Нижегородская ярмарка впервые открылась в 1817 году."),
    ("agree", "year", "economy", "en",
     "The Tokyo Stock Exchange traces its origins to 1878, when the Tokyo Stock Exchange Company was founded under a new stock exchange ordinance.",
     "Токийская фондовая биржа ведёт свою историю с 1878 года, когда в японской столице была учреждена первая биржевая компания."),
    ("agree", "rank", "sport", "ru",
     "Vera Menchik became the first women's world chess champion in 1927 and held the title until she was killed in 1944.",
     "Вера Менчик стала первой чемпионкой мира по шахматам среди женщин, выиграв турнир в Лондоне в 1927 году."),
    ("agree", "number", "sport", "en",
     "Cross-country skier Lyubov Yegorova won six Olympic gold medals, three at Albertville in 1992 and three at Lillehammer in 1994.",
     "Лыжница Любовь Егорова — шестикратная олимпийская чемпионка; свои золотые медали она завоевала на Играх 1992 и 1994 годов."),
    ("agree", "number", "culture", "ru",
     "Seventeen Moments of Spring, the spy serial directed by Tatyana Lioznova, consists of twelve episodes and was first broadcast in 1973.",
     "Телесериал Татьяны Лиозновой «Семнадцать мгновений весны» состоит из 12 серий; впервые его показали по Центральному телевидению в августе 1973 г."),
    ("agree", "person", "culture", "en",
     "Fritz Lang directed Metropolis, the silent science-fiction epic that premiered in Berlin in January 1927.",
     "Немую фантастическую ленту «Метрополис» снял Фриц Ланг; премьера картины состоялась в Берлине в 1927 году."),
    ("agree", "date", "culture", "ru",
     "Sesame Street premiered on American public television on 10 November 1969.",
     "Первый выпуск детской телепередачи «Улица Сезам» вышел в эфир в США осенью 1969 года."),
    ("agree", "decade", "literature", "en",
     "Thackeray's Vanity Fair was first published in monthly instalments in the late 1840s, before appearing as a single volume.",
     "Роман Уильяма Теккерея «Ярмарка тщеславия» выходил ежемесячными выпусками в 1847–1848 гг., а затем был издан отдельной книгой."),
    ("agree", "year", "literature", "ru",
     "Carlo Collodi's The Adventures of Pinocchio was first serialised in a children's magazine and came out as a book in 1883.",
     "Сказка Карло Коллоди «Приключения Пиноккио» вышла отдельной книгой во Флоренции в 1883 г."),
    ("agree", "number", "literature", "en",
     "When John Milton's Paradise Lost first appeared in 1667, the poem was divided into ten books.",
     "В первом издании 1667 г. поэма Джона Мильтона «Потерянный рай» состояла из десяти книг; деление на двенадцать появилось позже."),
    ("agree", "person", "music", "ru",
     "Nikolai Rubinstein founded the Moscow Conservatory in 1866 and served as its director until his death.",
     "Московская консерватория была основана в 1866 году пианистом и дирижёром Николаем Рубинштейном, ставшим её первым директором."),
    ("agree", "year", "music", "en",
     "The Beatles released Sgt. Pepper's Lonely Hearts Club Band in 1967, after months of recording at EMI's studios on Abbey Road in London.",
     "Альбом «Битлз» «Оркестр клуба одиноких сердец сержанта Пеппера» вышел в 1967 году."),
    ("agree", "place", "art", "ru",
     "Salvador Dalí's The Persistence of Memory, painted in 1931, belongs to the Museum of Modern Art in New York.",
     "Картина Сальвадора Дали «Постоянство памяти» с растекающимися часами с 1934 г. хранится в нью-йоркском Музее современного искусства."),
    ("agree", "person", "art", "en",
     "The Winged Victory of Samothrace was discovered in 1863 by the French consul and amateur archaeologist Charles Champoiseau.",
     "Статую Ники Самофракской обнаружил в 1863 г. французский дипломат Шарль Шампуазо; сейчас она стоит на лестнице Дарю в Лувре."),
    ("agree", "year", "technology", "ru",
     "The first blast furnace of the Magnitogorsk Iron and Steel Works produced pig iron in 1932, less than three years after construction began.",
     "Первый чугун Магнитогорский металлургический комбинат выдал в начале 1932 г.; строительство гиганта у горы Магнитной началось в 1929 году."),
    ("agree", "organisation", "technology", "en",
     "Setun, a computer built at Moscow State University in 1958 under Nikolay Brusentsov, used ternary rather than binary logic.",
     "Троичная ЭВМ «Сетунь» была создана в МГУ под руководством Николая Брусенцова в 1958 г."),
    ("agree", "number", "technology", "ru",
     "Opened in 1952, the Volga–Don Canal is about 101 kilometres long and has thirteen locks.",
     "Волго-Донской судоходный канал длиной 101 км, открытый в 1952 г., имеет 13 шлюзов."),
    ("agree", "date", "disasters", "en",
     "The eight-storey Rana Plaza building near Dhaka collapsed on 24 April 2013, killing more than 1,100 garment workers and others.",
     "Обрушение восьмиэтажного здания Рана-Плаза в бангладешском городе Саваре в апреле 2013 г. унесло жизни 1134 человек."),
    ("agree", "date", "disasters", "ru",
     "The collapse of the Malpasset Dam above Fréjus in December 1959 killed more than 400 people.",
     "Плотина Мальпассе на юге Франции прорвалась 2 декабря 1959 года; поток воды обрушился на город Фрежюс, погибли 423 человека."),
    ("agree", "number", "disasters", "en",
     "The Senghenydd colliery explosion in South Wales on 14 October 1913 killed 439 miners, the worst mining disaster in British history.",
     "Взрыв на шахте Сенгеннид в Уэльсе в октябре 1913 г. унёс жизни 439 горняков и стал крупнейшей горной катастрофой Великобритании."),

    # ------------------------------------------------------- contradict
    # RU false (August -> October)
    ("contradict", "month", "history", "en",
     "The Prague Spring was ended by force when Warsaw Pact armies crossed into Czechoslovakia on the night of 20 to 21 August 1968.",
     "Пражская весна была подавлена в октябре 1968 г., когда в Чехословакию вошли войска стран Варшавского договора."),
    # RU false (1698 is XVII century)
    ("contradict", "century", "history", "ru",
     "The Streltsy uprising broke out in 1698, while Peter the Great was abroad, and government troops routed the rebels near the New Jerusalem Monastery.",
     "Стрелецкий бунт, поднятый московскими стрельцами в отсутствие Петра I, вспыхнул в начале XVIII века и был быстро подавлен."),
    # RU false (about ten weeks -> seven months)
    ("contradict", "duration", "history", "en",
     "The Paris Commune governed the French capital for roughly ten weeks, from 18 March until its suppression at the end of May 1871.",
     "Парижская коммуна, провозглашённая весной 1871 г., управляла столицей Франции около семи месяцев."),
    # RU false (Johnson -> Kennedy)
    ("contradict", "person", "law", "ru",
     "President Lyndon B. Johnson signed the Voting Rights Act into law on 6 August 1965, outlawing discriminatory literacy tests at the polls.",
     "Закон об избирательных правах, запретивший дискриминационные проверки грамотности избирателей, подписал 6 августа 1965 г. президент Джон Кеннеди."),
    # EN false (1953 -> 1958)
    ("contradict", "year", "law", "en",
     "Julius and Ethel Rosenberg, convicted of passing atomic secrets to the Soviet Union, were executed at Sing Sing prison in June 1958.",
     "Супругов Юлиуса и Этель Розенберг, осуждённых за передачу Советскому Союзу атомных секретов, казнили в тюрьме Синг-Синг 19 июня 1953 г."),
    # RU false (Massachusetts -> New York)
    ("contradict", "place", "law", "ru",
     "Despite protests around the world, the Italian anarchists Nicola Sacco and Bartolomeo Vanzetti died in the electric chair in Massachusetts on 23 August 1927.",
     "Итальянские анархисты Никола Сакко и Бартоломео Ванцетти были казнены на электрическом стуле в штате Нью-Йорк в августе 1927 года."),
    # RU false (largest -> only second)
    ("contradict", "rank", "science", "en",
     "Completed in 1917, the 100-inch Hooker telescope at Mount Wilson Observatory was the largest telescope in the world until 1948.",
     "Введённый в строй в 1917 г. 2,5-метровый телескоп Хукера обсерватории Маунт-Вилсон был лишь вторым по величине телескопом в мире."),
    # EN false (Townes -> Kapitsa)
    ("contradict", "person", "science", "ru",
     "Alexander Prokhorov shared the 1964 Nobel Prize in Physics with Nikolay Basov and Pyotr Kapitsa for pioneering work in quantum electronics.",
     "Нобелевскую премию по физике 1964 г. Александр Прохоров разделил с Николаем Басовым и американцем Чарлзом Таунсом."),
    # RU false (thousand -> million years)
    ("contradict", "scale", "science", "en",
     "Plutonium-239, the fissile isotope used in nuclear weapons and reactors, has a half-life of roughly 24,000 years.",
     "Период полураспада плутония-239, делящегося изотопа для ядерного оружия и реакторов, составляет примерно 24 млн лет."),
    # RU false (1895 -> 2495 m)
    ("contradict", "number", "geography", "ru",
     "Mount Narodnaya, in the Subpolar Urals, is the highest summit of the Ural Mountains at about 1,895 metres.",
     "Гора Народная в Приполярном Урале — высшая точка Уральских гор, её высота достигает 2495 м над уровнем моря."),
    # RU false (largest -> second)
    ("contradict", "rank", "geography", "en",
     "Covering about 5,650 square kilometres, Vänern is the largest lake in Sweden and in the whole European Union.",
     "Озеро Венерн площадью около 5,6 тыс. км² — лишь второе по величине в Швеции, оно уступает Веттерну."),
    # EN false (China -> Mongolia)
    ("contradict", "place", "geography", "ru",
     "The Taklamakan Desert fills the central part of the Tarim Basin in western Mongolia, one of the driest regions of Asia.",
     "Пустыня Такла-Макан занимает центральную часть Таримской впадины на северо-западе Китая, в Синьцзян-Уйгурском автономном районе."),
    # RU false (billion -> million)
    ("contradict", "scale", "economy", "en",
     "Bernard Madoff's investment fraud, uncovered in December 2008, involved roughly 65 billion dollars in fictitious client account balances.",
     "Афера Бернарда Мэдоффа, раскрытая в декабре 2008 г., касалась фиктивных счетов клиентов примерно на 65 млн долларов."),
    # RU false (50 % -> 15 %)
    ("contradict", "percent", "economy", "ru",
     "In 1920 Charles Ponzi promised Boston investors a 50 percent return within 45 days, supposedly earned by trading international postal reply coupons.",
     "В 1920 г. Чарльз Понци обещал вкладчикам в Бостоне 15 % прибыли за 45 дней якобы благодаря операциям с международными почтовыми купонами."),
    # EN false (10 -> 7 medals)
    ("contradict", "number", "sport", "en",
     "Over five Winter Olympics between 1976 and 1992, cross-country skier Raisa Smetanina collected seven Olympic medals, four of them gold.",
     "Лыжница Раиса Сметанина, выступавшая на пяти зимних Олимпиадах с 1976 по 1992 г., завоевала десять олимпийских медалей."),
    # RU false (won -> lost)
    ("contradict", "opposite", "sport", "ru",
     "Marat Safin won the 2000 US Open, beating Pete Sampras in straight sets in the final at Flushing Meadows.",
     "В финале Открытого чемпионата США 2000 года Марат Сафин уступил Питу Сампрасу в трёх сетах."),
    # RU false (1860s -> 1880s)
    ("contradict", "decade", "sport", "en",
     "The Queensberry Rules, drawn up by John Graham Chambers and published in the 1860s, required gloves and three-minute rounds in boxing.",
     "Правила маркиза Куинсберри, составленные Джоном Грэмом Чемберсом и опубликованные в 1880-х годах, ввели в бокс перчатки и трёхминутные раунды."),
    # RU false (seven -> eleven Oscars)
    ("contradict", "number", "culture", "ru",
     "Steven Spielberg's Schindler's List won seven Academy Awards, among them Best Picture and Best Director, at the ceremony in March 1994.",
     "Фильм Стивена Спилберга «Список Шиндлера» получил одиннадцать премий «Оскар», в том числе за лучший фильм и лучшую режиссуру."),
    # EN false (Murnau -> Lang)
    ("contradict", "person", "culture", "en",
     "Nosferatu, the 1922 silent vampire film in which Max Schreck played Count Orlok, was directed by Fritz Lang.",
     "Немой фильм «Носферату. Симфония ужаса» с Максом Шреком в роли графа Орлока поставил в 1922 г. Фридрих Вильгельм Мурнау."),
    # RU false (1864 -> 1874)
    ("contradict", "year", "literature", "ru",
     "Dostoevsky's Notes from Underground first appeared in 1864 in Epoch, the magazine he published together with his brother Mikhail.",
     "Повесть Фёдора Достоевского «Записки из подполья» впервые увидела свет в 1874 году в журнале «Эпоха», который он издавал вместе с братом."),
    # EN false (Nautilus -> Albatross)
    ("contradict", "entity", "literature", "en",
     "In Jules Verne's novel Twenty Thousand Leagues Under the Seas, Captain Nemo roams the oceans in a submarine called the Albatross.",
     "В романе Жюля Верна «Двадцать тысяч льё под водой» капитан Немо путешествует по океанам на подводной лодке «Наутилус»."),
    # RU false (1842 -> XVIII century)
    ("contradict", "century", "music", "ru",
     "The Vienna Philharmonic was founded in 1842, when the composer and conductor Otto Nicolai led its first concert.",
     "Венский филармонический оркестр, один из старейших в Европе, был основан в XVIII веке дирижёром и композитором Отто Николаи."),
    # RU false (first -> second place)
    ("contradict", "rank", "music", "en",
     "David Oistrakh took first prize at the 1937 Eugène Ysaÿe International Competition for violinists in Brussels.",
     "Давид Ойстрах занял второе место на Международном конкурсе скрипачей имени Эжена Изаи в Брюсселе в 1937 году."),
    # RU false (denies what EN affirms)
    ("contradict", "polarity", "music", "ru",
     "Johann Strauss I composed the Radetzky March in 1848, in honour of the Austrian field marshal Joseph Radetzky.",
     "Иоганн Штраус-отец не был автором «Марша Радецкого», впервые исполненного в Вене в 1848 году."),
    # RU false (Venice -> Uffizi, Florence)
    ("contradict", "place", "art", "en",
     "Leonardo da Vinci's drawing Vitruvian Man, made around 1490, belongs to the Gallerie dell'Accademia in Venice and is rarely displayed.",
     "Рисунок Леонардо да Винчи «Витрувианский человек», выполненный около 1490 г., хранится во флорентийской галерее Уффици."),
    # EN false (1586 -> 1590s)
    ("contradict", "decade", "art", "ru",
     "The Tsar Cannon in the Moscow Kremlin was cast in the 1590s by the master founder Andrey Chokhov and has a calibre of 890 mm.",
     "Царь-пушку отлил в 1586 году литейный мастер Андрей Чохов; её калибр составляет 890 мм."),
    # RU false (Kyiv institute -> Moscow State University)
    ("contradict", "organisation", "technology", "en",
     "MESM, the first Soviet electronic computer, was designed by Sergey Lebedev's team at the Institute of Electrical Engineering of the Ukrainian Academy of Sciences.",
     "Первую советскую электронную вычислительную машину МЭСМ создал коллектив Сергея Лебедева в Московском государственном университете."),
    # RU false (1933 -> 1938)
    ("contradict", "year", "technology", "ru",
     "Uralmash, the Ural heavy machinery plant in Sverdlovsk, was officially put into operation on 15 July 1933.",
     "Уральский завод тяжёлого машиностроения — Уралмаш — был торжественно пущен в Свердловске 15 июля 1938 года."),
    # EN false (7 June -> 17 June)
    ("contradict", "day", "disasters", "en",
     "On 17 June 1692 an earthquake destroyed Port Royal in Jamaica, sending roughly two-thirds of the town into the sea.",
     "Землетрясение 7 июня 1692 г. разрушило ямайский Порт-Ройал: около двух третей города ушло под воду."),
    # RU false (June -> August)
    ("contradict", "month", "disasters", "ru",
     "The Teton Dam in Idaho failed on 5 June 1976 while its reservoir was being filled for the first time, killing eleven people.",
     "Плотина Тетон в штате Айдахо прорвалась в августе 1976 г., во время первого заполнения водохранилища; погибли 11 человек."),
]

# Same subject as a comparable pair above, two different true facts.
RELATED = [
    ("science", "en",
     "Plutonium was first identified chemically in February 1941 by Glenn Seaborg's group at the University of California, Berkeley.",
     "Период полураспада плутония-239, главного делящегося изотопа для ядерного оружия, составляет около 24 тыс. лет."),
    ("economy", "ru",
     "Bernard Madoff was arrested by federal agents in New York in December 2008.",
     "В июне 2009 г. суд приговорил Бернарда Мэдоффа к 150 годам лишения свободы."),
    ("geography", "en",
     "Vänern, which covers about 5,650 square kilometres, is the largest lake in Sweden.",
     "Из озера Венерн вытекает река Гёта-Эльв, которая впадает в пролив Каттегат у Гётеборга."),
    ("culture", "ru",
     "Schindler's List was adapted from Thomas Keneally's novel Schindler's Ark, published in 1982.",
     "Спилберг снял «Список Шиндлера» почти целиком на чёрно-белую плёнку, оставив цветными лишь несколько эпизодов."),
    ("sport", "en",
     "Marat Safin won his second Grand Slam singles title at the 2005 Australian Open.",
     "В ноябре 2000 г. Марат Сафин впервые возглавил мировой рейтинг теннисистов ATP."),
    ("music", "ru",
     "The pianist Nikolai Rubinstein founded the Moscow Conservatory in 1866 and became its first director.",
     "Большой зал Московской консерватории на Большой Никитской улице открылся в 1901 году."),
    ("literature", "en",
     "In Jules Verne's Twenty Thousand Leagues Under the Seas, Captain Nemo commands the submarine Nautilus.",
     "Роман Жюля Верна «Двадцать тысяч льё под водой» сначала печатался частями в журнале издателя Этцеля в 1869–1870 гг."),
    ("science", "ru",
     "Alexander Prokhorov shared the 1964 Nobel Prize in Physics with Nikolay Basov and Charles Townes.",
     "Александр Прохоров родился в 1916 г. в австралийском городе Атертон, в семье русских эмигрантов-революционеров."),
    ("sport", "en",
     "Vera Menchik won the first Women's World Chess Championship, held in London in 1927.",
     "Вера Менчик погибла в 1944 г. во время немецкого авиаудара по Лондону."),
    ("history", "ru",
     "The Paris Commune was proclaimed at the Hôtel de Ville on 28 March 1871.",
     "Во время «Кровавой недели» в конце мая 1871 г. версальские войска разгромили Парижскую коммуну."),
]

SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}
CYR = re.compile(r"[А-Яа-яЁё]")
LAT = re.compile(r"[A-Za-z]")


def lang_of(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang_of(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(first, en, ru, label, slot, domain):
    check_side(en, "en")
    check_side(ru, "ru")
    a, b = (ru, en) if first == "ru" else (en, ru)
    la, lb = ("ru", "en") if first == "ru" else ("en", "ru")
    return {"a": a, "b": b, "lang_a": la, "lang_b": lb, "label": label,
            "slot": slot, "domain": domain}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp = [make(f, en, ru, lab, slot, dom) for lab, slot, dom, f, en, ru in COMPARABLE]
    rel = [make(f, en, ru, "related", "topic", dom) for dom, f, en, ru in RELATED]

    assert len(comp) == 60 and len(rel) == 10
    for lab in ("agree", "contradict"):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, (lab, len(rows))
        ru_first = sum(r["lang_a"] == "ru" for r in rows)
        assert ru_first == 15, (lab, ru_first)
    for r in comp:
        assert r["slot"] in SLOTS and r["domain"] in DOMAINS, r
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    con_slots = {}
    for r in comp:
        if r["label"] == "contradict":
            con_slots[r["slot"]] = con_slots.get(r["slot"], 0) + 1
    assert len(con_slots) >= 12 and max(con_slots.values()) <= 5, con_slots
    dom = {}
    for r in comp:
        dom[r["domain"]] = dom.get(r["domain"], 0) + 1
    assert max(dom.values()) <= 8, dom
    texts = [r["a"] for r in comp] + [r["b"] for r in comp]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout42.jsonl"), "w", encoding="utf-8") as fh:
        for r in comp:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout42.jsonl"), "w", encoding="utf-8") as fh:
        for r in rel:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    agree_slots = {}
    for r in comp:
        if r["label"] == "agree":
            agree_slots[r["slot"]] = agree_slots.get(r["slot"], 0) + 1
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", dict(sorted(con_slots.items())))
    print("agree slots:", dict(sorted(agree_slots.items())))
    print("domains:", dict(sorted(dom.items())))


if __name__ == "__main__":
    main()
