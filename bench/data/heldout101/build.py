#!/usr/bin/env python3
"""Build heldout101: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first, domain).
For contradict rows a comment names the FALSE side (EN or RU); the other side
is true to the best of the writer's knowledge.
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    # FALSE: RU (Alesia was besieged in 52 BC, i.e. the 1st century BC)
    ("In 52 BC Julius Caesar encircled the Gallic hill-fort of Alesia with a double ring of siege works, and Vercingetorix was eventually forced to surrender.",
     "Осада Алезии, после которой вождь галлов Верцингеторикс сдался Юлию Цезарю, произошла во II веке до н. э.",
     C, "century", "history", True),
    # FALSE: EN (at Beachy Head Tourville's French fleet beat Torrington's Anglo-Dutch fleet)
    ("Off Beachy Head on 10 July 1690 the Anglo-Dutch fleet under the Earl of Torrington routed Admiral Tourville's French squadron.",
     "В сражении у мыса Бичи-Хед (30 июня 1690 г. по старому стилю) французский флот адмирала Турвиля разбил англо-голландскую эскадру графа Торрингтона.",
     C, "opposite", "history", False),
    # FALSE: EN (the Boers at Colenso were commanded by Louis Botha, not Piet Cronje)
    ("At Colenso on the Tugela River, on 15 December 1899, Boer forces under Piet Cronjé repulsed General Redvers Buller's attempt to force a crossing.",
     "15.12.1899 у Коленсо на реке Тугела буры под командованием Луиса Боты отбили попытку британского генерала Редверса Буллера форсировать реку.",
     C, "person", "history", True),
    ("In January 1887 Ras Alula's Ethiopian army ambushed an Italian column of roughly 500 men near Dogali, west of Massawa, and almost wiped it out.",
     "26 января 1887 г. при Догали войска раса Алулы почти полностью уничтожили итальянскую колонну подполковника Де Кристофориса — около пятисот солдат.",
     A, "number", "history", False),
    ("The Battle of Kohima, fought in the Naga Hills of north-east India from 4 April to 22 June 1944, ended with the Japanese 31st Division in retreat.",
     "Битва за Кохиму (нынешний индийский штат Нагаленд) длилась с начала апреля по 22 июня 1944 г. и завершилась отходом японской 31-й дивизии.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Charpak's Nobel Prize in Physics was for 1992)
    ("Georges Charpak, who had survived the Dachau concentration camp, received the 1992 Nobel Prize in Physics for inventing the multiwire proportional chamber at CERN.",
     "Изобретатель многопроволочной пропорциональной камеры Жорж Шарпак, работавший в ЦЕРН, стал лауреатом Нобелевской премии по физике 1982 года.",
     C, "year", "science", True),
    # FALSE: EN (Klug's 1982 prize was the Nobel Prize in Chemistry)
    ("Aaron Klug, born in Lithuania and raised in Durban, won the 1982 Nobel Prize in Physiology or Medicine for developing crystallographic electron microscopy.",
     "Нобелевская премия по химии за 1982 г. была присуждена Аарону Клугу — за развитие кристаллографической электронной микроскопии и изучение комплексов нуклеиновых кислот с белками.",
     C, "entity", "science", False),
    # FALSE: RU (Scorpius X-1 was detected in June 1962)
    ("In June 1962 a rocket-borne detector built by Riccardo Giacconi's team picked up Scorpius X-1, the first X-ray source found beyond the Solar System.",
     "Первый внесолнечный рентгеновский источник, Скорпион X-1, группа Риккардо Джаккони обнаружила в начале 1970-х годов с помощью детектора, поднятого на ракете.",
     C, "decade", "science", True),
    ("The French immunologist Jean Dausset shared the 1980 Nobel Prize in Physiology or Medicine with Baruj Benacerraf and George Snell.",
     "Жан Доссе, ещё в 1958 г. описавший первый антиген тканевой совместимости человека, стал нобелевским лауреатом 1980 года вместе с Бенасеррафом и Снеллом.",
     A, "person", "science", False),
    ("Alfred Kastler, born in Guebwiller in Alsace, was awarded the Nobel Prize in Physics in 1966 for the optical pumping method.",
     "Нобелевскую премию по физике за 1966 г. получил француз Альфред Кастлер — автор метода оптической накачки атомов.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    # FALSE: EN (Lough Neagh is the largest lake in the British Isles)
    ("Lough Neagh in Northern Ireland, covering about 392 square kilometres, is only the second-largest lake in the British Isles.",
     "Лох-Ней в Северной Ирландии (площадь около 390 км²) — самое большое озеро Британских островов.",
     C, "rank", "geography", False),
    # FALSE: RU (the Finsteraarhorn is 4,274 m high)
    ("At 4,274 metres, the Finsteraarhorn is the highest summit of the Bernese Alps; its first confirmed ascent was made in 1829.",
     "Высота Финстераархорна, главной вершины Бернских Альп, составляет 4474 м над уровнем моря.",
     C, "number", "geography", True),
    # FALSE: EN (the Guadiana enters the Atlantic's Gulf of Cadiz at Ayamonte / Vila Real de Santo Antonio)
    ("The Guadiana, which forms part of the border between Spain and Portugal, empties into the Mediterranean near Málaga.",
     "Гвадиана, часть течения которой служит границей Испании и Португалии, впадает в Кадисский залив Атлантического океана между Аямонте и Вила-Реал-ди-Санту-Антониу.",
     C, "place", "geography", False),
    ("Chilika, a brackish lagoon in Odisha covering more than 1,000 square kilometres, is the largest coastal lagoon in India.",
     "Крупнейшая прибрежная лагуна Индии — Чилика на побережье Бенгальского залива; в 1981 г. она получила статус Рамсарского угодья международного значения.",
     A, "rank", "geography", True),
    ("Llullaillaco, a volcano on the border between Argentina and Chile, rises to about 6,700 metres; in 1999 three Inca child mummies were found near its summit.",
     "Высота стратовулкана Льюльяйльяко, стоящего на границе Аргентины и Чили, — 6739 м над уровнем моря.",
     A, "number", "geography", False),
    # ---------------- economy ----------------
    # FALSE: RU (the first Carrefour hypermarket opened on 15 June 1963)
    ("Carrefour, founded in 1959 by the Fournier and Defforey families, opened France's first hypermarket at Sainte-Geneviève-des-Bois, south of Paris, in June 1963.",
     "Первый французский гипермаркет «Карфур» открылся в октябре 1963 г. в Сент-Женевьев-де-Буа под Парижем.",
     C, "month", "economy", True),
    # FALSE: EN (Carl Bertelsmann founded his firm in Guetersloh)
    ("Bertelsmann began in 1835 as a small publisher of religious books, founded by the printer Carl Bertelsmann in Bielefeld.",
     "Издательство, основанное Карлом Бертельсманом в 1835 г. в вестфальском Гютерсло, поначалу выпускало христианскую литературу.",
     C, "place", "economy", False),
    ("The shoe company Bata was founded in 1894 in Zlín, then part of Austria-Hungary, by Tomáš Baťa together with his brother Antonín and sister Anna.",
     "Обувная фирма Bata ведёт отсчёт с 1894 года: её основал в моравском Злине Томаш Батя вместе с братом Антонином и сестрой Анной.",
     A, "year", "economy", True),
    ("Carl Heinrich Knorr set up the food business that still carries his name in Heilbronn in 1838; the brand has belonged to Unilever since 2000.",
     "Компания Knorr, известная супами и бульонными кубиками, была основана Карлом Генрихом Кнорром в Хайльбронне (Вюртемберг) в 1838 г.",
     A, "place", "economy", False),
    ("Aperol, the orange aperitif launched by the brothers Luigi and Silvio Barbieri at the Padua trade fair of 1919, was bought by Gruppo Campari in 2003.",
     "С 2003 г. аперитив «Апероль», придуманный в Падуе братьями Барбьери и впервые представленный на ярмарке 1919 года, принадлежит группе Campari.",
     A, "organisation", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Kozakiewicz won the 1980 Olympic pole vault)
    ("Poland's Władysław Kozakiewicz won the pole vault at the 1980 Moscow Olympics with a world record of 5.78 metres, then made a defiant gesture at the jeering crowd.",
     "На Олимпиаде-1980 в Москве поляк Владислав Козакевич с результатом 5,78 м занял лишь второе место в прыжках с шестом.",
     C, "rank", "sport", False),
    # FALSE: EN (Calhoun retained his 110 m hurdles title in Rome in 1960)
    ("Lee Calhoun won the 110 metres hurdles at the 1956 Melbourne Olympics but did not retain the title in Rome four years later.",
     "Американец Ли Калхун первым в истории дважды выиграл олимпийский барьерный бег на 110 м — в 1956 и 1960 годах.",
     C, "polarity", "sport", True),
    # FALSE: EN (Lopes won the marathon at the 1984 Los Angeles Games)
    ("Carlos Lopes won the Olympic marathon in 1980 at the age of 37, giving Portugal its first Olympic gold medal.",
     "В 37 лет португалец Карлуш Лопеш выиграл марафон на Играх 1984 г. в Лос-Анджелесе — это было первое олимпийское золото Португалии.",
     C, "year", "sport", False),
    ("Morocco's Saïd Aouita won the 5000 metres at the 1984 Los Angeles Olympics and added a bronze in the 800 metres at Seoul in 1988.",
     "Олимпийским чемпионом 1984 г. в беге на 5000 м стал марокканец Саид Ауита.",
     A, "entity", "sport", True),
    ("Kenya's Amos Biwott, known for his unorthodox hurdling, won the 3000 metres steeplechase at the 1968 Mexico City Olympics.",
     "В Мехико-1968 золото в беге на 3000 м с препятствиями взял кениец Амос Бивотт, опередивший соотечественника Бенджамина Кого.",
     A, "place", "sport", False),
    # ---------------- culture ----------------
    # FALSE: EN (the Befana comes on the night of 5 to 6 January)
    ("In Italian folklore the Befana, an old woman riding a broomstick, brings sweets to good children on the night of 24 December.",
     "Старуха Бефана, по итальянскому поверью, прилетает на метле в ночь с 5 на 6 января, накануне Богоявления, и кладёт детям сладости, а непослушным — уголь.",
     C, "date", "culture", True),
    # FALSE: RU (castells were inscribed by UNESCO in 2010)
    ("Castells, the human towers built at Catalan festivals, were added to UNESCO's list of the intangible cultural heritage of humanity in 2010.",
     "Каталонские кастельс — «живые башни» из людей, стоящих друг у друга на плечах, — ЮНЕСКО внесла в список нематериального наследия в 2001 году.",
     C, "year", "culture", False),
    ("Chuseok, Korea's autumn harvest festival, falls on the fifteenth day of the eighth month of the lunar calendar and is marked by visits to ancestral graves.",
     "Чхусок, корейский праздник урожая, отмечают в 15-й день восьмого лунного месяца; в эти дни готовят рисовые пирожки сонпхён и навещают могилы предков.",
     A, "date", "culture", True),
    ("Le Chat Noir, the Montmartre cabaret opened by Rodolphe Salis in November 1881, became famous for its shadow theatre and its weekly magazine.",
     "Кабаре «Чёрный кот» (Le Chat Noir) открылось в 1881 г. на бульваре Рошешуар; его хозяином был Родольф Салис.",
     A, "year", "culture", False),
    ("On the evening of 2 September 2004 fire swept through the upper floors of the Duchess Anna Amalia Library in Weimar, destroying about 50,000 volumes.",
     "Пожар 02.09.2004 в веймарской Библиотеке герцогини Анны Амалии уничтожил около 50 тыс. книг, ещё свыше 60 тыс. томов серьёзно пострадали.",
     A, "date", "culture", True),
    # ---------------- literature ----------------
    # FALSE: RU (Demian appeared under the pseudonym Emil Sinclair)
    ("Hermann Hesse's novel Demian appeared in 1919 under the pseudonym Emil Sinclair, the name of its narrator.",
     "Роман Германа Гессе «Демиан» был впервые издан в 1919 г. под псевдонимом Герман Лаушер.",
     C, "person", "literature", False),
    # FALSE: EN (Lycidas was printed in 1638, i.e. in the 17th century)
    ("Milton's pastoral elegy Lycidas, written for his Cambridge friend Edward King, who had drowned in the Irish Sea, first appeared in the eighteenth century.",
     "Элегия Мильтона «Ликид», посвящённая утонувшему в 1637 г. Эдварду Кингу, была напечатана в 1638 году в поминальном сборнике.",
     C, "century", "literature", True),
    ("Agnes Grey, Anne Brontë's first novel, drew on her years as a governess and was published by Thomas Cautley Newby in December 1847.",
     "Первый роман Энн Бронте «Агнес Грей» — история молодой гувернантки — вышел в свет в 1847 году.",
     A, "year", "literature", False),
    ("Coleridge's Kubla Khan, composed in 1797 and famously interrupted by 'a person on business from Porlock', was not published until 1816.",
     "Поэма Кольриджа «Кубла-хан», написанная почти за двадцать лет до публикации, увидела свет в 1816 г. вместе с «Кристабель».",
     A, "year", "literature", True),
    ("After the 1857 trial of Les Fleurs du mal, Baudelaire was fined 300 francs and six of its poems were banned from publication in France.",
     "По приговору суда 1857 г. из сборника Бодлера «Цветы зла» пришлось изъять шесть стихотворений, а сам поэт заплатил штраф.",
     A, "number", "literature", False),
    # ---------------- music ----------------
    # FALSE: RU (Gerontius was first performed in Birmingham)
    ("Elgar's The Dream of Gerontius, a setting of Cardinal Newman's poem, was first performed at the Birmingham Music Festival on 3 October 1900 under Hans Richter.",
     "Оратория Элгара «Сон Геронтия» на стихи кардинала Ньюмена впервые прозвучала 3 октября 1900 г. на музыкальном фестивале в Лидсе.",
     C, "place", "music", True),
    # FALSE: EN (Kiss Me, Kate is based on The Taming of the Shrew)
    ("Cole Porter's Kiss Me, Kate, based on Shakespeare's Much Ado About Nothing, opened on Broadway in December 1948.",
     "Мюзикл Коула Портера «Целуй меня, Кэт!» по мотивам шекспировского «Укрощения строптивой» в 1949 г. получил первую в истории премию «Тони» за лучший мюзикл.",
     C, "entity", "music", False),
    # FALSE: RU (Dolly on Broadway in 1964 was Carol Channing)
    ("Jerry Herman's Hello, Dolly! opened on Broadway on 16 January 1964 with Carol Channing as the matchmaker Dolly Levi.",
     "Бродвейская премьера мюзикла Джерри Германа «Хелло, Долли!» состоялась в январе 1964 г.; роль свахи Долли Леви исполняла Барбра Стрейзанд.",
     C, "person", "music", True),
    ("Jana Gana Mana, written in Bengali by Rabindranath Tagore, was first sung at the Calcutta session of the Indian National Congress on 27 December 1911.",
     "Песню Рабиндраната Тагора «Джана Гана Мана» впервые исполнили 27.12.1911 на сессии Индийского национального конгресса в Калькутте; гимном Индии она стала в 1950 г.",
     A, "date", "music", False),
    ("Il Canto degli Italiani, with words by Goffredo Mameli and music by Michele Novaro, dates from 1847 and became Italy's official anthem by law only in 2017.",
     "Гимн Италии «Песнь итальянцев» (слова Гоффредо Мамели, музыка Микеле Новаро) был написан в 1847 году.",
     A, "year", "music", True),
    # ---------------- art ----------------
    # FALSE: EN (La Fee Electricite is in the Musee d'Art Moderne de Paris)
    ("Raoul Dufy's huge mural La Fée Électricité, painted for the 1937 Paris Exposition, is now displayed at the Centre Pompidou.",
     "Огромное панно Рауля Дюфи «Фея электричества» (1937) из 250 щитов сегодня хранится в Музее современного искусства города Парижа.",
     C, "organisation", "art", True),
    # FALSE: RU (Cassatt accepted Degas's invitation and exhibited with the Impressionists from 1879)
    ("Mary Cassatt accepted Edgar Degas's invitation to exhibit with the Impressionists and showed her work in their exhibition of 1879.",
     "Американка Мэри Кассат отклонила приглашение Эдгара Дега выставляться вместе с импрессионистами.",
     C, "opposite", "art", False),
    ("Between 1526 and 1530 Correggio painted the Assumption of the Virgin on the dome of Parma Cathedral, a dizzying vision of figures spiralling into the sky.",
     "Купол кафедрального собора в Парме Корреджо расписал фреской «Вознесение Девы Марии» в 1526–30 гг.",
     A, "place", "art", False),
    ("Umberto Boccioni, whose sculpture Unique Forms of Continuity in Space (1913) appears on Italy's 20-cent euro coin, died in 1916 after falling from a horse.",
     "Футурист Умберто Боччони погиб в августе 1916 г. под Вероной, упав с лошади во время кавалерийских учений.",
     A, "year", "art", True),
    ("Peder Severin Krøyer, the leading figure of the Skagen Painters, was born in Stavanger, Norway, in 1851 but grew up in Copenhagen.",
     "Один из главных скагенских художников, Педер Северин Крёйер, родился в 1851 г. в норвежском Ставангере.",
     A, "place", "art", False),
    # ---------------- law ----------------
    # FALSE: EN (the Basic Law was signed and promulgated on 23 May 1949)
    ("The Basic Law of the Federal Republic of Germany was signed and promulgated in Bonn on 27 May 1949.",
     "Основной закон ФРГ был торжественно подписан и провозглашён в Бонне 23 мая 1949 г., а в силу вступил на следующий день.",
     C, "date", "law", True),
    # FALSE: RU (Batson v. Kentucky was decided 7-2)
    ("In Batson v. Kentucky (1986) the US Supreme Court ruled 7–2 that prosecutors may not strike jurors because of their race.",
     "По делу «Бэтсон против Кентукки» (1986) Верховный суд США пятью голосами против четырёх запретил обвинению отводить присяжных по расовому признаку.",
     C, "number", "law", False),
    ("Germany's Civil Code, the Bürgerliches Gesetzbuch, was promulgated in August 1896 and took effect on 1 January 1900.",
     "Германское гражданское уложение (BGB) вступило в силу 1 января 1900 года, через три с лишним года после его обнародования.",
     A, "date", "law", True),
    ("In Epperson v. Arkansas (1968) the Supreme Court unanimously struck down a 1928 state law that banned the teaching of evolution in public schools.",
     "Верховный суд США в 1968 г. единогласно признал неконституционным арканзасский закон, запрещавший преподавать в школах теорию эволюции; иск подала учительница биологии Сьюзан Эпперсон.",
     A, "year", "law", False),
    ("Chaplinsky v. New Hampshire, decided unanimously in 1942, held that 'fighting words' are not protected by the First Amendment.",
     "Решение по делу «Чаплински против Нью-Гэмпшира» (1942) ввело в американское право понятие «слов-провокаций», на которые не распространяется защита Первой поправки.",
     A, "year", "law", True),
    # ---------------- technology ----------------
    # FALSE: RU (the Arrow programme was cancelled on 20 February 1959)
    ("The Canadian government cancelled the Avro CF-105 Arrow interceptor on 20 February 1959, and some 14,000 Avro employees lost their jobs.",
     "Программу сверхзвукового перехватчика Avro CF-105 Arrow правительство Канады закрыло в сентябре 1959 года.",
     C, "month", "technology", True),
    # FALSE: EN (Kao and Hockham's paper dates from 1966)
    ("In a paper written with George Hockham in the mid-1970s, Charles Kao argued that purified glass fibres could carry light signals over long distances.",
     "В 1966 г. Чарльз Као и Джордж Хокэм показали, что очищенное стекловолокно пригодно для передачи световых сигналов на большие расстояния; Нобелевскую премию Као получил в 2009 г.",
     C, "decade", "technology", False),
    ("In March 1803 William Symington's steam tug Charlotte Dundas hauled two loaded barges almost 20 miles along the Forth and Clyde Canal in six hours.",
     "Буксир «Шарлотта Дандас» Уильяма Симингтона, одно из первых практичных паровых судов, в 1803 г. протащил по каналу Форт-Клайд две гружёные баржи.",
     A, "year", "technology", True),
    ("Launched at Millwall in October 1838, the SS Archimedes became the first seagoing steamship driven by a screw propeller.",
     "Пароход «Архимед», первое морское судно с гребным винтом, был спущен на воду в Лондоне в 1838 году.",
     A, "year", "technology", False),
    ("Narcís Monturiol tested his wooden, human-powered submarine Ictineo I in Barcelona harbour in 1859.",
     "Первую подводную лодку «Иктинео» каталонский изобретатель Нарсис Монтуриоль испытал в барселонском порту летом 1859 г.",
     A, "place", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (Russell and Webb were trapped for two weeks, 25 April - 9 May 2006)
    ("After a rockfall at the Beaconsfield gold mine in Tasmania on 25 April 2006, miners Todd Russell and Brant Webb were trapped nearly a kilometre underground for two weeks.",
     "Горняки Тодд Рассел и Брант Уэбб, заваленные в апреле 2006 г. на золотом руднике Биконсфилд в Тасмании, провели под землёй почти два месяца.",
     C, "duration", "disasters", False),
    # FALSE: EN (71 children died at the Glen Cinema)
    ("On Hogmanay 1929 a smoking film canister caused a panic at the Glen Cinema in Paisley, and 17 children were crushed to death.",
     "31 декабря 1929 г. в кинотеатре «Глен» в шотландском Пейсли во время детского утренника началась давка: погиб 71 ребёнок.",
     C, "number", "disasters", True),
    # FALSE: RU (the Love Parade trial was discontinued in 2020; nobody was convicted)
    ("Twenty-one people died in the crush at the Love Parade in Duisburg on 24 July 2010, yet nobody was ever convicted over the disaster.",
     "После давки на фестивале «Лав-парад» в Дуйсбурге 24 июля 2010 г., унёсшей 21 жизнь, суд вынес организаторам обвинительный приговор.",
     C, "polarity", "disasters", False),
    ("The fires that swept through Carlton County, Minnesota, on 12 October 1918 destroyed the town of Cloquet and killed 453 people.",
     "Лесной пожар в районе Клоке и Мус-Лейк (штат Миннесота) в октябре 1918 г. унёс около 450 жизней.",
     A, "number", "disasters", True),
    ("Typhoon Haiyan, known in the Philippines as Yolanda, struck on 8 November 2013 and left more than 6,000 people dead, many of them in Tacloban.",
     "Супертайфун «Хайян», обрушившийся на Филиппины в ноябре 2013 г., унёс свыше 6300 жизней; сильнее всего пострадал город Таклобан.",
     A, "number", "disasters", False),
]

RELATED = [
    ("The Kohima Epitaph, 'When you go home, tell them of us and say...', is carved on the memorial to the British 2nd Division at Kohima.",
     "Одни из самых ожесточённых боёв за Кохиму шли вокруг теннисного корта у бунгало заместителя комиссара округа.",
     "Kohima", True, "history"),
    ("Lee Calhoun was once suspended by the AAU for accepting wedding gifts after marrying on the television game show Bride and Groom.",
     "Барьерист Ли Калхун родился в 1933 г. в городе Лорел (штат Миссисипи).",
     "Calhoun", False, "sport"),
    ("Lough Neagh is drained to the north by the Lower Bann, which reaches the sea near Coleraine.",
     "Берега Лох-Нея делят между собой пять из шести графств Северной Ирландии.",
     "Lough Neagh", True, "geography"),
    ("The ban on the six condemned poems of Les Fleurs du mal was lifted by a French court only in 1949.",
     "Первое издание «Цветов зла» Бодлера выпустил в 1857 г. издатель Огюст Пуле-Маласси.",
     "Fleurs du mal", False, "literature"),
    ("Louis Armstrong's recording of Hello, Dolly! reached number one on the Billboard Hot 100 in May 1964.",
     "Сюжет бродвейского мюзикла «Хелло, Долли!» взят из комедии американского драматурга Торнтона Уайлдера «Сваха».",
     "Hello, Dolly!", True, "music"),
    ("Boccioni signed the Manifesto of Futurist Painters in 1910 together with Carrà, Russolo, Balla and Severini.",
     "Умберто Боччони родился в 1882 г. в калабрийском городе Реджо-ди-Калабрия.",
     "Boccioni", False, "art"),
    ("The Basic Law was drafted by the Parliamentary Council, which met in Bonn under the chairmanship of Konrad Adenauer.",
     "Первая статья Основного закона ФРГ провозглашает неприкосновенность человеческого достоинства, которое обязана уважать и защищать вся государственная власть.",
     "Basic Law", True, "law"),
    ("The first Love Parade was held in West Berlin in July 1989, organised by the DJ Dr. Motte.",
     "Давка на фестивале «Лав-парад» в 2010 г. произошла в тоннеле и на узком пандусе, ведущем к территории бывшего товарного вокзала.",
     "Love Parade", False, "disasters"),
    ("The name Befana is usually explained as a corruption of Epifania, the Italian word for Epiphany.",
     "По легенде, волхвы звали Бефану с собой к младенцу Христу, но она отказалась идти с ними.",
     "Befana", True, "culture"),
    ("The first Avro Arrow, RL-201, made its maiden flight on 25 March 1958 with Jan Żurakowski at the controls.",
     "После закрытия программы все готовые экземпляры перехватчика Avro Arrow были разрезаны на металлолом.",
     "Avro Arrow", False, "technology"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
SLOTS = {"year", "date", "month", "day", "decade", "century", "number", "percent",
         "money", "scale", "duration", "place", "person", "organisation", "entity",
         "rank", "polarity", "opposite"}
DOMAINS = {"history", "science", "geography", "economy", "sport", "culture",
           "literature", "music", "art", "law", "technology", "disasters"}


def lang(s):
    c, l = len(CYR.findall(s)), len(LAT.findall(s))
    return "ru" if c > l else "en"


def check_side(s, want):
    assert lang(s) == want, (want, s)
    n = len(s.split())
    assert 10 <= n <= 30, (n, s)


def make(en, ru, ru_first):
    check_side(en, "en")
    check_side(ru, "ru")
    if ru_first:
        return {"a": ru, "b": en, "lang_a": "ru", "lang_b": "en"}
    return {"a": en, "b": ru, "lang_a": "en", "lang_b": "ru"}


def count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return dict(sorted(d.items()))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        assert domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    assert sum(r["lang_a"] == "ru" for r in rel) == 5
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout101.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout101.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("contradict per domain:", count(r["domain"] for r in comp if r["label"] == C))
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
