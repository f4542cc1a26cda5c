#!/usr/bin/env python3
"""Build heldout123: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: RU (Cynoscephalae was fought in 197 BC, i.e. the II century BC)
    ("In 197 BC, on the hills of Cynoscephalae in Thessaly, the Roman commander Titus Quinctius Flamininus routed the Macedonian phalanx of King Philip V.",
     "Сражение при Киноскефалах, где римляне Тита Квинкция Фламинина разгромили фалангу македонского царя Филиппа V, произошло в III веке до н. э.",
     C, "century", "history", True),
    # FALSE: EN (Edington was fought in May 878; January 878 was Guthrum's raid on Chippenham)
    ("In January 878 King Alfred of Wessex defeated the Danish army of Guthrum at Edington in Wiltshire, after which Guthrum agreed to be baptised.",
     "В мае 878 г. при Эдингтоне (Уилтшир) уэссекский король Альфред разбил войско датского вождя Гутрума; вскоре Гутрум принял крещение.",
     C, "month", "history", False),
    # FALSE: RU (the admiral who went down with De Ruyter was Karel Doorman)
    ("The Battle of the Java Sea, fought on 27 February 1942, cost the life of the Dutch rear admiral Karel Doorman, who went down with his flagship De Ruyter.",
     "В бою в Яванском море (февраль 1942 г.) погиб командовавший союзной эскадрой нидерландский адмирал Конрад Хелфрих — он пошёл ко дну вместе с флагманским крейсером «Де Рюйтер».",
     C, "person", "history", True),
    ("At Cunaxa, near the Euphrates, in 401 BC, Cyrus the Younger was killed while trying to seize the Persian throne from his brother Artaxerxes II.",
     "Кир Младший, восставший против брата — царя Артаксеркса II, — пал в битве при Кунаксе (401 г. до н. э.), хотя нанятые им греческие гоплиты одержали верх на своём фланге.",
     A, "person", "history", False),
    ("The Dieppe Raid (Operation Jubilee) of 19 August 1942 was carried out mainly by Canadian troops, and more than 900 of them were killed.",
     "19.08.1942 около пяти тысяч канадских солдат высадились у французского порта Дьеп; операция «Юбилей» провалилась, более половины десантников были убиты, ранены или попали в плен.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: EN (Hafele and Keating used four caesium clocks)
    ("In October 1971 Joseph Hafele and Richard Keating flew two caesium-beam atomic clocks around the world on commercial airliners to test relativistic time dilation.",
     "Опыт Хафеле — Китинга (октябрь 1971 г.): четверо цезиевых атомных часов дважды облетели земной шар на обычных рейсовых самолётах — сначала на восток, затем на запад.",
     C, "number", "science", False),
    # FALSE: RU (the effect was predicted in 1959, i.e. the late 1950s)
    ("The Aharonov–Bohm effect, predicted by Yakir Aharonov and David Bohm in 1959, shows that electrons respond to electromagnetic potentials even where the fields themselves vanish.",
     "Эффект Ааронова — Бома, предсказанный Якиром Аароновым и Дэвидом Бомом в конце 1960-х годов, убедительно подтвердил в 1986 г. японский физик Акира Тономура.",
     C, "decade", "science", True),
    ("The Leidenfrost effect, in which water drops skitter over a very hot pan on a cushion of vapour, is named after a German physician who described it in 1756.",
     "Явление, при котором капля жидкости парит над раскалённой поверхностью на паровой подушке, описал в трактате 1756 г. немецкий врач Иоганн Готлоб Лейденфрост.",
     A, "year", "science", True),
    ("The electro-optic Kerr effect, a change in refractive index proportional to the square of an applied electric field, was discovered by the Scottish physicist John Kerr in 1875.",
     "В 1875 г. шотландский физик Джон Керр обнаружил, что в сильном электрическом поле прозрачные вещества становятся двулучепреломляющими.",
     A, "year", "science", False),
    ("Using a torsion balance, the Hungarian physicist Loránd Eötvös and his colleagues showed that inertial and gravitational mass are equal to about one part in a hundred million.",
     "Опыты венгерского физика барона Лоранда Этвеша с крутильными весами подтвердили равенство инертной и гравитационной массы с точностью порядка 10⁻⁸; итоговая работа вышла в 1922 г., уже после его смерти.",
     A, "number", "science", True),
    # ---------------- geography ----------------
    # FALSE: RU (the Klarälven flows into Lake Vänern, not Vättern)
    ("The Klarälven begins in Norway, where its upper course is called the Trysilelva, and ends in a wide delta on Lake Vänern at Karlstad.",
     "Кларэльвен, начинающаяся в Норвегии, после долгого пути по шведской провинции Вермланд впадает в озеро Веттерн.",
     C, "place", "geography", False),
    # FALSE: EN (Fish River Canyon is usually called the largest canyon in Africa)
    ("Fish River Canyon in southern Namibia, roughly 160 km long and up to 550 m deep, is usually ranked as only the third-largest canyon in Africa.",
     "Каньон реки Фиш на юге Намибии считается крупнейшим в Африке; у его южного конца находится курорт с горячими источниками Ай-Айс.",
     C, "rank", "geography", True),
    # FALSE: EN (the Etosha game reserve was proclaimed in 1907)
    ("Etosha National Park in northern Namibia traces its origin to a game reserve proclaimed by the German colonial administration in 1927.",
     "Заповедник вокруг солончака Этоша на севере Намибии был учреждён германскими колониальными властями в 1907 году.",
     C, "year", "geography", False),
    ("Ha Long Bay, in Quang Ninh province in north-eastern Vietnam, is dotted with some 1,600 limestone islands and islets and was inscribed on the World Heritage List in 1994.",
     "Бухта Халонг в Тонкинском заливе — около 1600 известняковых островов и скал; объект всемирного наследия ЮНЕСКО с 1994 г.",
     A, "year", "geography", True),
    ("At Pittsburgh the Allegheny River meets the Monongahela, and together the two rivers form the Ohio.",
     "Река Аллегейни, берущая начало в Пенсильвании и ненадолго заходящая в штат Нью-Йорк, сливается с Мононгахилой в Питтсбурге, образуя реку Огайо.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    # FALSE: EN (Luxottica was founded in Agordo, province of Belluno)
    ("Luxottica was founded in 1961 by Leonardo Del Vecchio in Turin, where he set up a small workshop making parts for spectacle frames.",
     "Компания Luxottica основана Леонардо Дель Веккьо в 1961 г. в Агордо (провинция Беллуно); начинала она с изготовления деталей для очковых оправ.",
     C, "place", "economy", True),
    # FALSE: RU (Drexel filed for bankruptcy in February 1990)
    ("Drexel Burnham Lambert, the Wall Street firm whose junk-bond business had been built by Michael Milken, filed for bankruptcy in February 1990.",
     "Инвестиционный банк Drexel Burnham Lambert, прославившийся «мусорными» облигациями Майкла Милкена, подал заявление о банкротстве в сентябре 1990 года.",
     C, "month", "economy", False),
    ("The French publishing house Hachette dates from 1826, when Louis Hachette bought a small bookshop in Paris.",
     "История издательского дома «Ашетт» начинается в 1826 г.: молодой Луи Ашетт купил тогда парижскую книжную лавку и стал выпускать учебники.",
     A, "year", "economy", True),
    ("Pierre Larousse and Augustin Boyer set up their publishing house in Paris in 1852; the first Petit Larousse illustré appeared in 1905.",
     "Издательство «Ларусс» было основано в Париже в 1852 г. Пьером Ларуссом вместе с Огюстеном Буайе.",
     A, "person", "economy", False),
    ("Elsevier was founded in Rotterdam in 1880 and borrowed its name from the Elzevir family of seventeenth-century Dutch printers.",
     "Нидерландское издательство Elsevier, созданное в Роттердаме в 1880 г., взяло имя знаменитой печатной династии Эльзевиров (XVI–XVII вв.).",
     A, "place", "economy", True),
    # ---------------- sport ----------------
    # FALSE: RU (Ibbotson's mile record was set on 19 July 1957)
    ("Derek Ibbotson broke the world mile record at the White City Stadium in London on 19 July 1957, running 3 minutes 57.2 seconds.",
     "Англичанин Дерек Ибботсон установил мировой рекорд в беге на милю (3.57,2) 27.07.1957 на лондонском стадионе «Уайт-Сити».",
     C, "date", "sport", True),
    # FALSE: EN (Gould won three golds in Munich)
    ("At the 1972 Munich Olympics the fifteen-year-old Australian Shane Gould won four gold medals, along with a silver and a bronze.",
     "На Олимпиаде-72 в Мюнхене 15-летняя австралийка Шейн Гулд завоевала три золотые медали (все — с мировыми рекордами), а также серебро и бронзу.",
     C, "number", "sport", False),
    # FALSE: EN (Lafleur won his five Cups with the Montreal Canadiens)
    ("Guy Lafleur, the first player chosen in the 1971 draft, won five Stanley Cups in the 1970s with the Boston Bruins.",
     "Ги Лафлёр, выбранный под первым номером на драфте 1971 года, пять раз выигрывал Кубок Стэнли в составе «Монреаль Канадиенс».",
     C, "organisation", "sport", True),
    ("Paul Keres of Estonia finished second in four Candidates tournaments, in 1953, 1956, 1959 and 1962, but never became world champion.",
     "Эстонский гроссмейстер Пауль Керес четырежды занимал второе место в турнирах претендентов, за что его прозвали «вечно вторым».",
     A, "number", "sport", False),
    ("Costante Girardengo, the first rider to be called the campionissimo, won the Giro d'Italia in 1919 and again in 1923.",
     "Итальянский велогонщик Костанте Джирарденго дважды побеждал на «Джиро д'Италия» — в 1919 и 1923 гг. — и шесть раз выигрывал классику Милан — Сан-Ремо.",
     A, "year", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (Tierpark Hagenbeck opened on 7 May 1907)
    ("Carl Hagenbeck's zoo at Stellingen, near Hamburg, opened on 7 May 1907 and showed animals in open enclosures separated from visitors by hidden moats rather than bars.",
     "Зоопарк Карла Гагенбека в Штеллингене под Гамбургом, где звери содержались не в клетках, а за скрытыми рвами, открылся 17.05.1907.",
     C, "date", "culture", False),
    # FALSE: RU (Chetham's is the oldest public library in the English-speaking world)
    ("Chetham's Library in Manchester, founded in 1653 under the will of the merchant Humphrey Chetham, is the oldest public library in the English-speaking world.",
     "Манчестерская библиотека Четема, открытая в 1653 г. по завещанию купца Хамфри Четема, — лишь третья по возрасту публичная библиотека англоязычного мира.",
     C, "rank", "culture", True),
    ("Lollapalooza began in 1991 as a touring festival organised by Perry Farrell, the singer of Jane's Addiction, as a farewell tour for his band.",
     "Фестиваль «Лоллапалуза», придуманный Перри Фарреллом в 1991 г., с 2005 года проходит в чикагском Грант-парке.",
     A, "person", "culture", False),
    ("Ars Electronica, a festival devoted to art, technology and society, has been held in the Austrian city of Linz since 1979.",
     "В 1979 г. в Линце прошёл первый фестиваль «Арс Электроника»; с 1987 г. там вручается премия Prix Ars Electronica.",
     A, "year", "culture", True),
    ("The Gesher Theatre in Tel Aviv-Jaffa was founded in 1991 by actors who had emigrated from the Soviet Union, led by the director Yevgeny Arye.",
     "Театр «Гешер» основан в 1991 г. репатриантами из СССР во главе с режиссёром Евгением Арье; спектакли идут на иврите и на русском языке.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (the hero of the novel is Pavel Korchagin)
    ("Nikolai Ostrovsky's novel How the Steel Was Tempered, written while he was blind and bedridden, follows the young revolutionary Pavel Vlasov.",
     "Главный герой романа Николая Островского «Как закалялась сталь» (1932–1934) — молодой красноармеец и комсомолец Павел Корчагин.",
     C, "person", "literature", True),
    # FALSE: RU (The Golem is set in the Prague ghetto)
    ("Gustav Meyrink's novel The Golem, serialised in 1913–14 and published as a book in 1915, is set in the Jewish ghetto of Prague.",
     "Действие романа Густава Майринка «Голем», вышедшего отдельной книгой в 1915 г., разворачивается в еврейском гетто Вены.",
     C, "place", "literature", False),
    ("Dream of the Red Chamber, attributed to Cao Xueqin, circulated in manuscript for decades before its first printed edition of 1791.",
     "Роман «Сон в красном тереме», созданный Цао Сюэцинем в XVIII веке, впервые был напечатан в 1791 г. в версии из 120 глав.",
     A, "year", "literature", True),
    ("Alfred de Musset's drama Lorenzaccio, published in 1834, was not staged until 1896, when Sarah Bernhardt played the title role.",
     "Драма Мюссе «Лоренцаччо» (1834) о флорентийце Лоренцино Медичи, убившем своего родственника герцога Алессандро, впервые появилась на сцене в 1896 г. с Сарой Бернар в главной роли.",
     A, "person", "literature", False),
    ("Noël Coward wrote Blithe Spirit in about a week in 1941, and the comedy opened in London's West End that July.",
     "Лондонская премьера комедии Ноэла Кауарда «Неугомонный дух» о медиуме мадам Аркати состоялась в июле 1941 г.",
     A, "month", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (the Leningrad performance was conducted by Karl Eliasberg)
    ("On 9 August 1942 Shostakovich's Seventh Symphony was performed in besieged Leningrad by the Radio Orchestra under Karl Eliasberg.",
     "9 августа 1942 г. Седьмую симфонию Шостаковича в осаждённом Ленинграде исполнил оркестр Радиокомитета под управлением Евгения Мравинского.",
     C, "person", "music", False),
    # FALSE: EN (the song was written in 1880)
    ("Funiculì, Funiculà was written by Luigi Denza and Peppino Turco in the 1890s to celebrate the funicular railway on Mount Vesuvius.",
     "Песню «Фуникули, фуникула» сочинили в 1880 г. Луиджи Денца (музыка) и журналист Пеппино Турко в честь открытия фуникулёра на Везувии.",
     C, "decade", "music", True),
    # FALSE: RU (Jethro Tull won that Grammy, beating Metallica)
    ("In 1989 Jethro Tull beat Metallica to the first Grammy for best hard rock/metal performance with the album Crest of a Knave.",
     "На церемонии «Грэмми» 1989 года группа Jethro Tull проиграла Metallica в новой номинации за лучшее хард-рок/метал-исполнение.",
     C, "opposite", "music", False),
    ("Robert Burns sent Auld Lang Syne to the Scots Musical Museum in 1788, saying he had taken it down from an old man's singing.",
     "«Старая дружба» (Auld Lang Syne), которую поют в новогоднюю ночь во многих странах, связана с именем Роберта Бёрнса: поэт записал и дополнил её в 1788 г.",
     A, "person", "music", True),
    ("Black Sabbath were formed in Birmingham in 1968 by Tony Iommi, Geezer Butler, Bill Ward and Ozzy Osbourne.",
     "Группа Black Sabbath, собранная в Бирмингеме четырьмя местными музыкантами, выпустила дебютный альбом в пятницу, 13 февраля 1970 г.",
     A, "place", "music", False),
    # ---------------- art ----------------
    # FALSE: EN (Michelangelo designed the library in the XVI century, from 1523–24)
    ("The Laurentian Library in Florence, with its famous vestibule staircase, was designed by Michelangelo for the Medici in the fifteenth century.",
     "Библиотеку Лауренциана при флорентийской церкви Сан-Лоренцо Микеланджело проектировал по заказу папы Климента VII из рода Медичи в XVI веке.",
     C, "century", "art", True),
    # FALSE: EN (the bull was installed in December 1989)
    ("In December 1979 Arturo Di Modica secretly installed his bronze Charging Bull in front of the New York Stock Exchange; it was soon moved to Bowling Green.",
     "Бронзовый «Атакующий бык» Артуро Ди Модики появился у здания Нью-Йоркской фондовой биржи без разрешения властей в декабре 1989 года.",
     C, "year", "art", False),
    ("Ferdinand Hodler's painting Night was removed from an exhibition in Geneva in 1891 on grounds of indecency, and was later shown successfully in Paris.",
     "Картину Фердинанда Ходлера «Ночь» (1889–1890) в 1891 г. сняли с выставки в Женеве как непристойную, однако в том же году её с успехом показали в Париже.",
     A, "entity", "art", True),
    ("The zigzag building of the Jewish Museum Berlin, designed by Daniel Libeskind, opened to the public with its exhibition in September 2001.",
     "Здание Еврейского музея в Берлине в форме ломаной линии спроектировал Даниэль Либескинд; экспозиция открылась для посетителей в 2001 году.",
     A, "person", "art", False),
    ("Art Basel was launched in 1970 by local gallerists including Ernst Beyeler and now also holds editions in Miami Beach and Hong Kong.",
     "Ярмарка современного искусства Art Basel впервые прошла в Базеле в 1970 г.; её основали местные галеристы, среди них Эрнст Бейелер.",
     A, "year", "art", False),
    # ---------------- law ----------------
    # FALSE: RU (the Oklahoma law concerned 3.2% beer, not cigarettes)
    ("In Craig v. Boren (1976) the Supreme Court struck down an Oklahoma law that let women buy 3.2% beer at 18 but made men wait until 21.",
     "По делу «Крейг против Борена» (1976) Верховный суд США отменил закон Оклахомы, разрешавший женщинам покупать сигареты с 18 лет, а мужчинам — лишь с 21 года.",
     C, "entity", "law", False),
    # FALSE: EN (the case concerned the University of Michigan Law School)
    ("In Grutter v. Bollinger (2003) the US Supreme Court upheld the race-conscious admissions policy of the University of Texas Law School by five votes to four.",
     "Решением по делу «Граттер против Боллинджера» (2003) Верховный суд США 5 голосами против 4 признал допустимым учёт расы при приёме в юридическую школу Мичиганского университета.",
     C, "organisation", "law", True),
    ("Bolam v Friern Hospital Management Committee (1957) gave English law the Bolam test of medical negligence, in a case about electroconvulsive therapy given without relaxant drugs.",
     "Пациент Джон Болам, получивший переломы во время электросудорожной терапии без миорелаксантов, проиграл в 1957 г. иск к больничному комитету Фриерн; так появился «тест Болама».",
     A, "year", "law", False),
    ("In the High Trees case Denning J ruled that a landlord who had halved a London block's rent during the war could claim full rent once the flats filled up.",
     "По делу High Trees судья Деннинг признал, что арендодатель, снизивший плату за лондонский жилой дом вдвое в годы войны, вправе вновь требовать полную сумму, когда квартиры заполнились.",
     A, "person", "law", True),
    ("In Balfour v Balfour (1919) the Court of Appeal held that a husband's promise of £30 a month to his wife while he worked in Ceylon was no binding contract.",
     "Обещание мужа, служившего на Цейлоне, выплачивать жене 30 фунтов в месяц суд по делу «Бальфур против Бальфур» (1919) не признал обязывающим договором.",
     A, "number", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (the Fw 61 first flew on 26 June 1936)
    ("The Focke-Wulf Fw 61, widely regarded as the first practical helicopter, made its maiden flight in June 1939.",
     "Первый полёт вертолёта Focke-Wulf Fw 61 с двумя несущими винтами на боковых фермах состоялся 26 июня 1936 г.",
     C, "year", "technology", False),
    # FALSE: RU (Meteors were used against V-1 flying bombs from August 1944)
    ("The Gloster Meteor, Britain's first operational jet fighter, entered RAF service in July 1944 and was used against V-1 flying bombs.",
     "Британский реактивный истребитель «Глостер Метеор» поступил в строй Королевских ВВС в июле 1944 г., но против самолётов-снарядов Фау-1 не применялся.",
     C, "polarity", "technology", True),
    # FALSE: EN (Boyle and Smith shared the 2009 Nobel Prize in Physics)
    ("Willard Boyle and George Smith, who invented the charge-coupled device at Bell Labs in 1969, shared half of the 2009 Nobel Prize in Chemistry.",
     "За изобретение ПЗС-матрицы (Bell Labs, 1969) Уиллард Бойл и Джордж Смит получили половину Нобелевской премии по физике 2009 г.",
     C, "entity", "technology", False),
    ("The first Gamma Knife, devised by the Swedish neurosurgeon Lars Leksell, was installed in 1968 at a private hospital in Stockholm.",
     "Первая установка «гамма-нож», созданная по идее нейрохирурга Ларса Лекселла, заработала в 1968 г. в стокгольмской клинике Софиахеммет.",
     A, "year", "technology", True),
    ("The Altair 8800, built around Intel's 8080 processor by MITS of Albuquerque, appeared on the cover of Popular Electronics in January 1975.",
     "Микрокомпьютер Altair 8800 фирмы MITS из Альбукерке, попавший на обложку январского номера журнала Popular Electronics за 1975 год, работал на процессоре Intel 8080.",
     A, "organisation", "technology", False),
    # ---------------- disasters ----------------
    # FALSE: RU (the Bam earthquake killed more than 26,000 people)
    ("The earthquake that struck Bam in south-eastern Iran on 26 December 2003 killed more than 26,000 people and ruined the ancient mud-brick citadel, Arg-e Bam.",
     "Землетрясение магнитудой 6,6, разрушившее 26.12.2003 иранский город Бам и его глинобитную цитадель, унесло около 2600 жизней.",
     C, "number", "disasters", True),
    # FALSE: EN (the fire burned from 5 to 8 May 1842, i.e. about three to four days)
    ("The Great Fire of Hamburg, which broke out in the Deichstrasse on 5 May 1842, raged for nearly two weeks and left about 20,000 people homeless.",
     "Пожар, начавшийся в ночь на 5 мая 1842 г. на Дайхштрассе, бушевал в Гамбурге около трёх-четырёх суток, до 8 мая: 51 человек погиб, около 20 тыс. остались без крова.",
     C, "duration", "disasters", False),
    # FALSE: RU (the dispatcher was sentenced to three and a half years)
    ("The dispatcher blamed for the head-on collision of two trains near Bad Aibling on 9 February 2016, which killed 12 people, was jailed for three and a half years.",
     "Диспетчер, по вине которого 9 февраля 2016 г. у Бад-Айблинга лоб в лоб столкнулись два поезда (12 погибших), был приговорён к восьми годам заключения.",
     C, "duration", "disasters", True),
    ("The magnitude 7.5 earthquake that hit Guatemala before dawn on 4 February 1976 killed some 23,000 people.",
     "Землетрясение на разломе Мотагуа 4.02.1976 унесло жизни около 23 тыс. гватемальцев; без крова остались более миллиона человек.",
     A, "number", "disasters", False),
    ("When the British submarine HMS Tradewind torpedoed the Japanese transport Junyo Maru off Sumatra on 18 September 1944, about 5,600 prisoners and forced labourers died.",
     "Японский транспорт «Дзюнъё-мару», потопленный британской подводной лодкой у берегов Суматры в сентябре 1944 г., унёс более 5,6 тыс. жизней военнопленных и подневольных рабочих.",
     A, "number", "disasters", True),
]

RELATED = [
    ("The Roman victory at Cynoscephalae effectively decided the Second Macedonian War.",
     "При Киноскефалах македонская фаланга на пересечённой местности не выдержала натиска более гибких римских манипул.",
     "Cynoscephalae", True, "history"),
    ("The Klarälven was the last Swedish river on which timber was floated, a practice that ended there in 1991.",
     "Город Карлстад стоит в дельте реки Кларэльвен на северном берегу озера Венерн.",
     "Klarälven", False, "geography"),
    ("Shane Gould retired from competitive swimming in 1973, when she was only sixteen years old.",
     "В 1971–1972 гг. Шейн Гулд одновременно владела мировыми рекордами на всех вольных дистанциях от 100 до 1500 м.",
     "Shane Gould", True, "sport"),
    ("Black Sabbath's second album, Paranoid, released in 1970, went to number one in the British album chart.",
     "Гитарист Black Sabbath Тони Айомми в юности лишился кончиков двух пальцев в результате несчастного случая на заводе.",
     "Black Sabbath", False, "music"),
    ("The Laurentian Library holds a celebrated collection of manuscripts assembled by members of the Medici family.",
     "Лестницу вестибюля библиотеки Лауренциана по глиняной модели Микеланджело завершил Бартоломео Амманнати.",
     "Laurentian Library", True, "art"),
    ("Craig v. Boren established intermediate scrutiny as the standard for laws that treat men and women differently.",
     "Одной из истцов по делу «Крейг против Борена» была торговавшая пивом Кэролин Уайтнер.",
     "Craig v. Boren", False, "law"),
    ("The first prototype of the Gloster Meteor took to the air on 5 March 1943.",
     "В ноябре 1945 г. на «Глостер Метеоре» был установлен мировой рекорд скорости — около 975 км/ч.",
     "Gloster Meteor", True, "technology"),
    ("The citadel of Arg-e Bam was often described as the largest adobe building in the world.",
     "В 2004 г. Бам и его культурный ландшафт были внесены в список всемирного наследия ЮНЕСКО.",
     "Bam earthquake", False, "disasters"),
    ("Hachette Livre, one of the world's largest book publishers, belongs to the Lagardère group.",
     "В 1850-х годах Луи Ашетт открыл сеть книжных киосков на французских железнодорожных вокзалах.",
     "Hachette", True, "economy"),
    ("The central character of Meyrink's The Golem is the gem-cutter Athanasius Pernath, who lives in the old ghetto.",
     "В 1915 г. «Голем» Майринка вышел отдельной книгой в лейпцигском издательстве Курта Вольфа.",
     "The Golem", False, "literature"),
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

    with open(os.path.join(here, "comparable_heldout123.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout123.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
