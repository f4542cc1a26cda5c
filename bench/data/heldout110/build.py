#!/usr/bin/env python3
"""Build heldout110: independent EN/RU claim pairs (stdlib only).

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
    # FALSE: EN (the Sharpeville shootings killed 69 people)
    ("On 21 March 1960 South African police opened fire on a crowd protesting against the pass laws outside the Sharpeville police station, killing 169 people.",
     "21.03.1960 у полицейского участка в тауншипе Шарпвиль полиция открыла огонь по участникам протеста против законов о пропусках: погибли 69 человек.",
     C, "number", "history", True),
    # FALSE: EN (the fighting on Peleliu lasted from 15 September to 27 November 1944)
    ("The American assault on Peleliu, launched by the 1st Marine Division in September 1944, was over within four days, just as General Rupertus had predicted.",
     "Бои за остров Пелелиу (архипелаг Палау) шли с 15 сентября по 27 ноября 1944 г. — более двух месяцев вместо обещанных командованием нескольких дней.",
     C, "duration", "history", False),
    ("Of the roughly 40,000 British soldiers sent to Walcheren in 1809, about 4,000 died of 'Walcheren fever', while only some 100 were killed in action.",
     "Неудачная Валхеренская экспедиция 1809 года обошлась британцам примерно в четыре тысячи жизней — почти все умерли не в боях, а от болотной лихорадки.",
     A, "number", "history", True),
    ("At Philiphaugh on 13 September 1645 a Covenanter cavalry force under David Leslie surprised and routed the Royalist army of the Marquess of Montrose.",
     "Сражение при Филипхо (1645) завершилось разгромом шотландских роялистов маркиза Монтроза: его лагерь внезапно атаковала конница ковенантеров Дэвида Лесли.",
     A, "person", "history", False),
    ("A Spanish army of more than 50,000 men under Juan Carlos de Areizaga was crushed by the French at Ocaña, south of Madrid, on 19 November 1809.",
     "19.11.1809 у Оканьи французские войска наголову разгромили испанскую армию генерала Арейсаги, взяв в плен около 14 тысяч человек.",
     A, "date", "history", True),
    # ---------------- science ----------------
    # FALSE: RU (Patapoutian was born in Beirut)
    ("Ardem Patapoutian, who was born in Beirut to an Armenian family and emigrated to the United States in 1986, shared the 2021 Nobel Prize in Physiology or Medicine.",
     "Уроженец Алеппо Ардем Патапутян, армянин по происхождению, получил Нобелевскую премию 2021 г. за открытие рецепторов температуры и прикосновения.",
     C, "place", "science", False),
    # FALSE: EN (the hybridoma technique was published in 1975)
    ("César Milstein and Georges Köhler developed the hybridoma technique for making monoclonal antibodies at Cambridge in the mid-1950s.",
     "Метод гибридом, позволивший получать моноклональные антитела, Сезар Мильштейн и Георг Кёлер описали в 1975 г.; Нобелевская премия последовала в 1984-м.",
     C, "decade", "science", True),
    ("Ada Yonath of the Weizmann Institute became the first Israeli woman to win a Nobel Prize when she shared the 2009 chemistry award for work on the ribosome.",
     "Нобелевскую премию по химии за 2009 год за исследования строения и функций рибосомы получили Ада Йонат, Венкатраман Рамакришнан и Томас Стейц.",
     A, "year", "science", False),
    ("Syukuro Manabe, whose models at the Geophysical Fluid Dynamics Laboratory in Princeton linked carbon dioxide to global warming, shared the 2021 Nobel Prize in Physics.",
     "Нобелевская премия по физике 2021 г. отчасти досталась климатологу Сюкуро Манабэ — за физическое моделирование климата Земли и надёжный прогноз глобального потепления.",
     A, "year", "science", True),
    ("Anton Zeilinger of the University of Vienna received the 2022 Nobel Prize in Physics together with Alain Aspect and John Clauser for experiments with entangled photons.",
     "Австриец Антон Цайлингер, в 1997 г. осуществивший квантовую телепортацию, в 2022-м разделил Нобелевскую премию по физике с Аленом Аспе и Джоном Клаузером.",
     A, "person", "science", False),
    # ---------------- geography ----------------
    # FALSE: RU (Waddington is the highest peak entirely within British Columbia)
    ("Mount Waddington, 4,019 metres high in the Coast Mountains, is the highest peak lying entirely within British Columbia.",
     "Гора Уоддингтон (около 4000 м) в Береговом хребте — лишь третья по высоте вершина, целиком расположенная в пределах Британской Колумбии.",
     C, "rank", "geography", True),
    # FALSE: EN (the Snake flows into the Columbia)
    ("The Snake River, which carved Hells Canyon along the Idaho–Oregon border, empties into the Missouri after a course of about 1,735 km.",
     "Снейк, крупнейший приток Колумбии, прорезает на границе Айдахо и Орегона Адский каньон и сливается с главной рекой в штате Вашингтон.",
     C, "place", "geography", False),
    ("Pico Turquino in the Sierra Maestra, at 1,974 metres the highest point of Cuba, carries a bronze bust of José Martí on its summit.",
     "Высшая точка Кубы — пик Туркино (около 1970 м над уровнем моря) в горах Сьерра-Маэстра.",
     A, "number", "geography", True),
    ("Stewart Island, or Rakiura, lies across Foveaux Strait from the South Island and is the third-largest island of New Zealand.",
     "Остров Стьюарт — третий по величине в Новой Зеландии; большую часть его территории занимает национальный парк Ракиура, открытый в 2002 г.",
     A, "rank", "geography", False),
    ("Monte Perdido (3,355 m), the third-highest summit of the Pyrenees, gives its name to the Ordesa y Monte Perdido National Park in Aragon.",
     "Монте-Пердидо высотой 3355 м — третья по высоте вершина Пиренеев; она находится в Испании, в национальном парке Ордеса-и-Монте-Пердидо.",
     A, "number", "geography", True),
    # ---------------- economy ----------------
    # FALSE: RU (Charles Walgreen bought his first drugstore in 1901)
    ("Walgreens dates from 1901, when the pharmacist Charles R. Walgreen bought a small drugstore in Chicago.",
     "Аптечная сеть Walgreens ведёт отсчёт с 1921 г., когда фармацевт Чарльз Уолгрин купил небольшую аптеку в Чикаго.",
     C, "year", "economy", False),
    # FALSE: EN (Hornemann set up his factory in 1838, i.e. in the 19th century)
    ("Pelikan traces its origins to a paint and ink factory set up in Hanover by the chemist Carl Hornemann in the late eighteenth century.",
     "Фирма Pelikan ведёт историю с 1838 г., когда химик Карл Хорнеман основал в Ганновере фабрику красок и чернил.",
     C, "century", "economy", True),
    # FALSE: RU (Waitrose was bought by the John Lewis Partnership)
    ("Waitrose, which began in 1904 as a grocery in Acton, West London, was bought by the John Lewis Partnership in 1937.",
     "Сеть Waitrose, выросшая из бакалейной лавки, открытой в 1904 г. в лондонском Актоне, в 1937 г. перешла к компании Sainsbury's.",
     C, "organisation", "economy", False),
    ("Subaru cars were built for decades by Fuji Heavy Industries, which renamed itself Subaru Corporation in 2017.",
     "В 2017 г. японская корпорация Fuji Heavy Industries, выпускавшая автомобили под маркой «Субару», сменила название на Subaru Corporation.",
     A, "organisation", "economy", True),
    ("Rimowa, the Cologne luggage maker founded by Paul Morszeck in 1898, began making its trademark grooved aluminium suitcases in 1950.",
     "Кёльнская фирма Rimowa, основанная Паулем Моршеком в 1898 году, известна рифлёными алюминиевыми чемоданами, которые выпускает с середины XX века.",
     A, "year", "economy", False),
    # ---------------- sport ----------------
    # FALSE: RU (Moss never won the world championship)
    ("Stirling Moss never became Formula One world champion, although he finished second in the standings four years running, from 1955 to 1958.",
     "Британец Стирлинг Мосс, четырежды подряд (1955–1958) занимавший второе место в чемпионате мира «Формулы-1», в конце концов всё же стал чемпионом мира.",
     C, "polarity", "sport", True),
    # FALSE: EN (Timmermann's 1988 mark was 23.06 m, the first beyond 23 m)
    ("In May 1988 at Chania, on Crete, the East German Ulf Timmermann became the first man to put the shot beyond 24 metres, reaching 24.06 m.",
     "Ульф Тиммерман из ГДР первым в истории толкнул ядро за 23-метровую отметку — на 23,06 м на соревнованиях в Хании 22 мая 1988 года.",
     C, "number", "sport", False),
    ("Paolo Rossi, back from a two-year ban, scored six goals at the 1982 World Cup, including a hat-trick that knocked out Brazil.",
     "На чемпионате мира 1982 г. итальянец Паоло Росси стал лучшим бомбардиром с шестью мячами, три из которых забил сборной Бразилии (3:2).",
     A, "number", "sport", True),
    ("Hristo Stoichkov, Barcelona's Bulgarian forward, won the Ballon d'Or in 1994, the year he led Bulgaria to the World Cup semi-finals.",
     "«Золотой мяч» 1994 года достался болгарину Христо Стоичкову, который в том же году стал одним из лучших бомбардиров чемпионата мира (6 голов).",
     A, "year", "sport", False),
    ("Giuseppe Meazza won the World Cup twice with Italy, in 1934 and 1938, captaining the side on the second occasion.",
     "Именем Джузеппе Меаццы, двукратного чемпиона мира (1934 и 1938 гг.), с 1980 года официально назван миланский стадион «Сан-Сиро».",
     A, "number", "sport", True),
    # ---------------- culture ----------------
    # FALSE: RU (the Théâtre du Soleil was founded in 1964)
    ("The Théâtre du Soleil was founded in 1964 by Ariane Mnouchkine and fellow students as a cooperative in which all members were paid the same.",
     "Театр дю Солей Ариана Мнушкина основала вместе с друзьями-студентами в начале 1980-х как кооператив с равной оплатой для всех участников.",
     C, "decade", "culture", False),
    # FALSE: EN (Radio City Music Hall opened on 27 December 1932)
    ("Radio City Music Hall, the Art Deco showplace of Rockefeller Center, opened to the public on 31 December 1932.",
     "Мюзик-холл «Радио-Сити» в Рокфеллеровском центре распахнул двери 27 декабря 1932 года; его зал вмещает около шести тысяч зрителей.",
     C, "date", "culture", True),
    # FALSE: RU (the colours are purple, green and gold)
    ("The official colours of the New Orleans Mardi Gras — purple, green and gold — are said to have been chosen by the Rex organisation in 1872.",
     "Традиционные цвета новоорлеанского Марди Гра — фиолетовый, зелёный и серебряный; их, по преданию, выбрала в 1872 г. организация «Рекс».",
     C, "entity", "culture", False),
    ("On the evening of 30 April, as Vappu begins, students in Helsinki crown the Havis Amanda statue with a white student cap.",
     "Финский праздник Ваппу начинается накануне 1 мая: вечером 30 апреля студенты надевают белую фуражку на статую Хавис Аманда в Хельсинки.",
     A, "date", "culture", True),
    ("Venice's carnival, which faded after the fall of the Republic in 1797, was revived in 1979 and now draws huge crowds in masks.",
     "Традиция Венецианского карнавала, прерванная после падения Республики, была возрождена в 1979 г.; маски вроде бауты снова заполнили улицы.",
     A, "year", "culture", False),
    # ---------------- literature ----------------
    # FALSE: EN (Ubu Roi premiered on 10 December 1896)
    ("Alfred Jarry's Ubu Roi caused an uproar at its premiere at the Théâtre de l'Œuvre in Paris in May 1896, its very first word being 'Merdre'.",
     "Премьера «Короля Убю» Альфреда Жарри в парижском Театре Эвр 10 декабря 1896 г. закончилась скандалом: публику возмутило уже первое слово пьесы.",
     C, "month", "literature", True),
    # FALSE: RU (the novel is by G. K. Chesterton)
    ("G. K. Chesterton's The Man Who Was Thursday (1908) follows Gabriel Syme, a poet turned detective, into an anarchist council whose members are named after days of the week.",
     "В романе Хилэра Беллока «Человек, который был Четвергом» (1908) поэт Габриэль Сайм, ставший сыщиком, проникает в совет анархистов.",
     C, "person", "literature", False),
    # FALSE: EN (the second book came some 27 years after the first)
    ("The second book of Sholokhov's Virgin Soil Upturned appeared only three years after the first, which had been published in 1932.",
     "Первая книга «Поднятой целины» Шолохова вышла в 1932 г., а вторая была завершена лишь в 1959-м — почти через три десятилетия.",
     C, "duration", "literature", True),
    ("Martin Chuzzlewit, the Dickens novel in which the hypocritical architect Seth Pecksniff appears, was serialised in monthly numbers in 1843–44.",
     "Роман Диккенса «Мартин Чезлвит», часть действия которого перенесена в Америку, выходил ежемесячными выпусками с января 1843 по июль 1844 г.",
     A, "year", "literature", False),
    ("Anatole France's satirical novel Penguin Island (1908) retells the history of France through a nation of penguins mistakenly baptised by a short-sighted monk.",
     "В сатирическом романе Анатоля Франса «Остров пингвинов», изданном в 1908 г., история Франции пересказана как летопись пингвинов, крещённых подслеповатым святым Маэлем.",
     A, "year", "literature", True),
    # ---------------- music ----------------
    # FALSE: RU (Tancredi premiered on 6 February 1813)
    ("Rossini's Tancredi, after Voltaire's tragedy Tancrède, was first staged at La Fenice in Venice on 6 February 1813.",
     "Премьера «Танкреда» Россини в венецианском театре «Ла Фениче» состоялась 16 февраля 1813 г.; ария «Di tanti palpiti» мгновенно стала популярной.",
     C, "date", "music", False),
    # FALSE: EN (the soloist at the premiere was Kirsten Flagstad)
    ("Richard Strauss's Four Last Songs were first performed in London in May 1950, after the composer's death, by Elisabeth Schwarzkopf under Wilhelm Furtwängler.",
     "«Четыре последние песни» Рихарда Штрауса впервые прозвучали 22.05.1950 в Лондоне, уже после смерти композитора; солировала Кирстен Флагстад, дирижировал Фуртвенглер.",
     C, "person", "music", True),
    ("Gilbert and Sullivan's The Yeomen of the Guard, set in the Tower of London, opened at the Savoy Theatre on 3 October 1888.",
     "Действие оперетты Гилберта и Салливана «Йомены стражи» (1888) разворачивается в лондонском Тауэре; среди героев — бродячий шут Джек Пойнт.",
     A, "place", "music", False),
    ("Schubert set twenty poems by Wilhelm Müller in his song cycle Die schöne Müllerin, composed in 1823.",
     "Вокальный цикл Шуберта «Прекрасная мельничиха» (1823) состоит из 20 песен на стихи поэта Вильгельма Мюллера.",
     A, "number", "music", True),
    ("The operetta Wiener Blut, stitched together from Johann Strauss II's earlier music by Adolf Müller, reached the stage in October 1899, months after Strauss had died.",
     "Премьера оперетты «Венская кровь», составленной Адольфом Мюллером из прежних сочинений Иоганна Штрауса-сына, прошла в Карл-театре 26.10.1899, уже после смерти композитора.",
     A, "year", "music", False),
    # ---------------- art ----------------
    # FALSE: RU (the first edition of the Lives appeared in 1550)
    ("Giorgio Vasari's Lives of the most excellent painters, sculptors and architects first appeared in 1550, and an enlarged edition followed in 1568.",
     "Первое издание «Жизнеописаний» Джорджо Вазари вышло во Флоренции в 1540 г.; второе, расширенное и снабжённое гравированными портретами, — в 1568-м.",
     C, "year", "art", True),
    # FALSE: EN (Zoffany spent about six years in India, 1783-1789)
    ("Johann Zoffany, a member of the Royal Academy, spent barely a year in India before returning to London in 1789.",
     "Иоганн Цоффани, член Королевской академии художеств, прожил в Индии около шести лет (1783–1789) и писал там портреты в Лакхнау и Калькутте.",
     C, "duration", "art", False),
    # FALSE: RU (Die Brücke was founded in Dresden)
    ("In 1905 Karl Schmidt-Rottluff, still an architecture student, founded the expressionist group Die Brücke in Dresden with Kirchner, Heckel and Bleyl.",
     "Карл Шмидт-Ротлуф вместе с Кирхнером, Хеккелем и Блейлем основал в 1905 г. в Мюнхене экспрессионистское объединение «Мост».",
     C, "place", "art", True),
    ("The Skating Minister, usually credited to Henry Raeburn, shows the Reverend Robert Walker gliding across Duddingston Loch.",
     "На знаменитой картине Генри Реберна пастор Роберт Уокер скользит на коньках по замёрзшему озеру Даддингстон близ Эдинбурга.",
     A, "person", "art", False),
    ("Alfred Stieglitz took his photograph The Steerage in 1907, on board a liner bound for Europe.",
     "Снимок «Третий класс» (The Steerage), сделанный Альфредом Стиглицем в 1907 г. на борту трансатлантического лайнера, считается вехой фотографии модернизма.",
     A, "year", "art", True),
    # ---------------- law ----------------
    # FALSE: EN (the Convention entered into force on 17 May 2004)
    ("The Stockholm Convention on persistent organic pollutants, adopted in May 2001, entered into force in 2014 and initially covered twelve chemicals.",
     "Стокгольмская конвенция о стойких органических загрязнителях, подписанная 22 мая 2001 г., вступила в силу 17 мая 2004 г.",
     C, "year", "law", False),
    # FALSE: RU (the Wassenaar Arrangement succeeded CoCom)
    ("The Wassenaar Arrangement on export controls for conventional arms and dual-use goods, set up in 1996, succeeded the Cold War body CoCom.",
     "Вассенаарские договорённости 1996 г. об экспортном контроле над обычными вооружениями и товарами двойного назначения пришли на смену Группе ядерных поставщиков.",
     C, "organisation", "law", True),
    # FALSE: RU (the court was created in 1495, i.e. in the 15th century)
    ("The Imperial Chamber Court of the Holy Roman Empire was created at the Diet of Worms in 1495 and sat at Wetzlar from 1689 until 1806.",
     "Имперский камеральный суд Священной Римской империи, учреждённый в XVII веке, с 1689 г. и до упразднения в 1806 г. заседал в Вецларе.",
     C, "century", "law", False),
    ("First published in 1952, the Uniform Commercial Code was drafted jointly by the American Law Institute and the Uniform Law Commission.",
     "Единообразный торговый кодекс США, подготовленный Американским институтом права совместно с Комиссией по единообразным законам, впервые опубликован в 1952 г.",
     A, "year", "law", True),
    ("The Page Act of 1875, named after the California congressman Horace F. Page, in practice barred Chinese women from entering the United States.",
     "Принятый в 1875 г. закон Пейджа, первый федеральный закон США, ограничивавший иммиграцию, фактически закрыл въезд в страну китаянкам.",
     A, "year", "law", False),
    # ---------------- technology ----------------
    # FALSE: EN (Luna 9 landed first; Surveyor 1 was the first American soft lander)
    ("On 2 June 1966 Surveyor 1 touched down in the Ocean of Storms, becoming the first spacecraft of any nation to soft-land on the Moon.",
     "Первой американской станцией, совершившей мягкую посадку на Луну, стал «Сервейор-1»: 2 июня 1966 г. он сел в Океане Бурь.",
     C, "rank", "technology", True),
    # FALSE: RU (Uhuru was the first satellite devoted to X-ray astronomy)
    ("Uhuru, launched from a platform off the coast of Kenya in December 1970, was the first satellite devoted to X-ray astronomy.",
     "Спутник «Ухуру», запущенный в декабре 1970 г. с морской платформы у берегов Кении, стал первым аппаратом, созданным специально для гамма-астрономии.",
     C, "entity", "technology", False),
    # FALSE: EN (Phoenix landed in the northern polar region of Mars)
    ("NASA's Phoenix lander touched down near the south pole of Mars on 25 May 2008 and dug up water ice with its robotic arm.",
     "Посадочный модуль «Феникс» 25 мая 2008 г. опустился в приполярной области на севере Марса и обнаружил там водяной лёд.",
     C, "opposite", "technology", True),
    ("Designed by Alexander Lippisch, the Me 163 Komet was the only rocket-powered fighter to see operational service in the Second World War.",
     "Ракетный перехватчик Me 163 «Комет» конструкции Александра Липпиша — единственный истребитель с ракетным двигателем, применявшийся в боях Второй мировой.",
     A, "entity", "technology", False),
    ("The first Unimogs were built in 1948 by the machine-tool maker Boehringer; Daimler-Benz took over production in 1951 and moved it to Gaggenau.",
     "Универсальный вездеход Unimog, спроектированный Альбертом Фридрихом, с 1951 г. выпускал концерн Daimler-Benz — сначала на заводе в Гаггенау.",
     A, "organisation", "technology", True),
    # ---------------- disasters ----------------
    # FALSE: RU (more than 200,000 people were evacuated)
    ("After a Canadian Pacific freight train carrying chlorine and propane derailed in Mississauga on 10 November 1979, more than 200,000 residents were evacuated.",
     "Когда 10.11.1979 в Миссиссоге сошёл с рельсов товарный поезд с хлором и пропаном, из города эвакуировали около 20 тыс. жителей; погибших не было.",
     C, "number", "disasters", False),
    # FALSE: EN (the Mianus River Bridge collapsed on 28 June 1983)
    ("In the early hours of 28 October 1983 a 100-foot span of the Interstate 95 bridge over the Mianus River in Greenwich, Connecticut, fell into the water.",
     "28 июня 1983 г. в Гринвиче (Коннектикут) обрушился пролёт моста трассы I-95 через реку Майанус; погибли три человека.",
     C, "month", "disasters", True),
    ("Hurricane Patricia reached sustained winds of about 345 km/h off Mexico's Pacific coast on 23 October 2015, the highest ever reliably measured in the Western Hemisphere.",
     "Ураган «Патрисия» (октябрь 2015 г.) с устойчивым ветром до 215 миль/ч — самый мощный из надёжно измеренных в Западном полушарии.",
     A, "number", "disasters", False),
    ("Seven people died when a train from London King's Cross derailed at faulty points just south of Potters Bar station on 10 May 2002.",
     "Крушение у станции Поттерс-Бар 10 мая 2002 г. — поезд сошёл с рельсов на неисправной стрелке — унесло жизни семи человек, включая прохожую.",
     A, "number", "disasters", True),
    ("The Nisqually earthquake of 28 February 2001, magnitude 6.8, shook Seattle and Olympia and cracked the dome of the Washington State Capitol.",
     "Землетрясение Нисквалли магнитудой 6,8 произошло 28.02.2001 на глубине около 50 км под южной частью залива Пьюджет-Саунд.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Democratic South Africa marks 21 March, the anniversary of the Sharpeville shootings, as Human Rights Day, a public holiday.",
     "В память о расстреле в Шарпвиле ООН в 1966 г. провозгласила 21 марта Международным днём борьбы за ликвидацию расовой дискриминации.",
     "Sharpeville", True, "history"),
    ("Idaho's Shoshone Falls, sometimes called the Niagara of the West, lie on the Snake River near the city of Twin Falls.",
     "Река Снейк берёт начало на территории Йеллоустонского национального парка в штате Вайоминг.",
     "Snake River", False, "geography"),
    ("In 1955 Stirling Moss and the journalist Denis Jenkinson won the Mille Miglia in record time in a Mercedes.",
     "За свою гоночную карьеру Стирлинг Мосс одержал 16 побед на этапах чемпионата мира «Формулы-1».",
     "Stirling Moss", True, "sport"),
    ("The Rockettes, the precision dance troupe, have performed at Radio City Music Hall ever since it opened.",
     "В 1978 г. зданию мюзик-холла «Радио-Сити» был присвоен статус официальной достопримечательности Нью-Йорка.",
     "Radio City Music Hall", False, "culture"),
    ("Chesterton gave The Man Who Was Thursday the subtitle A Nightmare.",
     "Председатель анархистского совета в романе Честертона «Человек, который был Четвергом» носит имя Воскресенье.",
     "The Man Who Was Thursday", True, "literature"),
    ("The original run of The Yeomen of the Guard at the Savoy Theatre lasted 423 performances.",
     "В финале «Йоменов стражи» Гилберта и Салливана бродячий шут Джек Пойнт теряет свою возлюбленную Элси.",
     "Yeomen of the Guard", False, "music"),
    ("Vasari designed the Uffizi in Florence as offices for the magistrates of Cosimo I de' Medici.",
     "Джорджо Вазари родился в 1511 г. в тосканском городе Ареццо.",
     "Vasari", True, "art"),
    ("DDT, one of the original 'dirty dozen' under the Stockholm Convention, may still be used against malaria mosquitoes.",
     "Секретариат Стокгольмской конвенции о стойких органических загрязнителях расположен в Женеве.",
     "Stockholm Convention", False, "law"),
    ("Surveyor 1 sent back more than 11,000 photographs from the lunar surface.",
     "«Сервейор-1» стартовал 30 мая 1966 г. с мыса Канаверал на ракете «Атлас-Центавр».",
     "Surveyor 1", True, "technology"),
    ("Hurricane Patricia made landfall in the Mexican state of Jalisco, weaker than at its peak but still a Category 4 storm.",
     "Минимальное давление в центре урагана «Патрисия» опустилось до 872 гПа — рекорд для Западного полушария.",
     "Hurricane Patricia", False, "disasters"),
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
    for r in comp + rel:
        assert {r["lang_a"], r["lang_b"]} == {"en", "ru"}
    cslots = count(r["slot"] for r in comp if r["label"] == C)
    assert len(cslots) >= 12 and max(cslots.values()) <= 3, cslots
    aslots = count(r["slot"] for r in comp if r["label"] == A)
    doms = count(r["domain"] for r in comp)
    assert len(doms) == 12 and set(doms.values()) == {5}, doms
    texts = [r["a"] for r in comp + rel] + [r["b"] for r in comp + rel]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout110.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout110.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", len(cslots), cslots)
    print("agree slots:", aslots)
    print("domains:", doms)
    print("related domains:", count(r["domain"] for r in rel))


if __name__ == "__main__":
    main()
