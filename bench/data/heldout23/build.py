import json
import re as _re
E, R = "en", "ru"
rows = []
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "Facing almost certain impeachment over the Watergate scandal, Richard Nixon resigned the presidency on 9 August 1974.",
 "Из-за Уотергейтского скандала президент США Ричард Никсон ушёл в отставку 09.08.1974, не дожидаясь импичмента.")
add(A,"month","history",
 "Осада Йорктауна завершилась в октябре 1781 г. капитуляцией британской армии генерала Корнуоллиса перед американцами и французами.",
 "Lord Cornwallis surrendered his army at Yorktown, Virginia, on 19 October 1781, effectively deciding the American War of Independence.")
add(A,"number","science",
 "Tiktaalik, a fish with limb-like fins found on Ellesmere Island in the Canadian Arctic, lived about 375 million years ago.",
 "Возраст окаменелостей тиктаалика, переходной формы между рыбами и четвероногими, оценивается примерно в 375 млн лет.")
add(A,"year","science",
 "Лишь в 1953 году учёные окончательно доказали, что «пилтдаунский человек», найденный в Англии в 1912 г., был подделкой.",
 "The Piltdown Man, presented as a missing link in 1912, was exposed as a deliberate forgery in 1953.")
add(A,"place","geography",
 "Nuuk, home to roughly a third of the island's population, is the capital and largest town of Greenland.",
 "Столицей Гренландии является город Нуук, расположенный на юго-западном побережье острова.")
add(A,"rank","geography",
 "Из пяти Великих озёр Северной Америки наименьшую площадь поверхности имеет озеро Онтарио.",
 "By surface area Lake Ontario is the smallest of the five Great Lakes, though it is deeper than Lake Erie.")
add(A,"date","economy",
 "The Plaza Accord, under which five leading economies agreed to push down the US dollar, was signed in New York on 22 September 1985.",
 "Соглашение «Плаза» о согласованном ослаблении доллара министры финансов пяти стран подписали в нью-йоркском отеле 22 сентября 1985 г.")
add(A,"date","economy",
 "Японский индекс Nikkei 225 достиг исторического максимума около 38 916 пунктов 29 декабря 1989 года, на пике «экономики пузыря».",
 "At the very end of 1989 the Nikkei 225 closed at almost 38,916 points, a record that then stood for more than three decades.")
add(A,"number","sport",
 "In the 1966 World Cup final at Wembley, England beat West Germany four goals to two after extra time.",
 "Финал чемпионата мира 1966 года на стадионе «Уэмбли» сборная Англии выиграла у ФРГ со счётом 4:2.")
add(A,"year","sport",
 "С 1979 года в Кубке Райдера американским гольфистам противостоит не сборная Великобритании и Ирландии, а команда всей Европы.",
 "The Ryder Cup became a contest between the United States and Europe in 1979, when continental players were first allowed in.")
add(A,"decade","technology",
 "The QWERTY keyboard layout was devised in the 1870s by Christopher Latham Sholes for one of the first commercial typewriters.",
 "Раскладка QWERTY появилась в 1873–1874 гг. на пишущей машинке Шоулза, которую выпускала компания «Ремингтон».")
add(A,"date","technology",
 "Спутник связи Telstar, выведенный на орбиту 10 июля 1962 г., впервые передал прямую телевизионную картинку через Атлантику.",
 "Launched in July 1962, Telstar relayed the first live television pictures between the United States and Europe.")
add(A,"date","medicine",
 "On 16 October 1846, at Massachusetts General Hospital in Boston, the dentist William Morton publicly demonstrated surgery under ether.",
 "Знаменитая публичная демонстрация эфирного наркоза, проведённая Уильямом Мортоном в Бостоне, состоялась осенью 1846 года.")
add(A,"year","medicine",
 "Сальварсан, первое эффективное средство против сифилиса, Пауль Эрлих и Сахатиро Хата представили в 1910 г.",
 "In 1910 Paul Ehrlich's laboratory introduced Salvarsan, an arsenic compound that became the first effective treatment for syphilis.")
add(A,"year","law",
 "The Rome Statute, the treaty that created the International Criminal Court, was adopted at a diplomatic conference in 1998.",
 "Римский статут Международного уголовного суда приняли 17 июля 1998 года, а в силу он вступил в 2002-м.")
add(A,"date","transport",
 "Первая линия парижского метро открылась 19 июля 1900 г., во время Всемирной выставки.",
 "Paris opened its first Métro line in the summer of 1900, while the city was hosting the World's Fair.")
add(A,"month","transport",
 "The Mackinac Bridge, linking Michigan's Upper and Lower Peninsulas across the straits, opened to traffic on 1 November 1957.",
 "Мост Макино между двумя полуостровами штата Мичиган был открыт для движения в ноябре 1957 года.")
add(A,"year","food",
 "Пасту «Веджимайт» из дрожжевого экстракта химик Сирил Каллистер создал в Мельбурне в 1922 году.",
 "Vegemite was developed in Melbourne in 1922 by the chemist Cyril Callister, using yeast left over from brewing.")
add(A,"year","music",
 "Queen released Bohemian Rhapsody in 1975 as the lead single from the album A Night at the Opera.",
 "Песня «Богемская рапсодия» группы Queen вышла синглом осенью 1975 г. и девять недель возглавляла британский чарт.")
add(A,"date","astronomy",
 "Американская орбитальная станция «Скайлэб» была выведена на орбиту 14 мая 1973 г. ракетой «Сатурн-5».",
 "Skylab, the first American space station, was launched in May 1973 on the last Saturn V rocket to fly.")
add(A,"year","astronomy",
 "In 1950 the Dutch astronomer Jan Oort proposed that long-period comets come from a vast distant cloud surrounding the Solar System.",
 "Гипотезу об огромном облаке комет на окраине Солнечной системы нидерландский астроном Ян Оорт выдвинул в 1950 году.")
add(A,"year","architecture",
 "После реконструкции по проекту Нормана Фостера здание Рейхстага со стеклянным куполом вновь открылось в 1999 г.",
 "The Reichstag building in Berlin, crowned with Norman Foster's glass dome, reopened as the seat of the Bundestag in 1999.")
add(A,"number","architecture",
 "Completed in 2012, the Shard in London rises to about 310 metres, making it the tallest building in the United Kingdom.",
 "Высота лондонского небоскрёба «Осколок» составляет около 310 м — это самое высокое здание Великобритании.")
add(A,"year","literature",
 "В 1857 году Гюстава Флобера судили за «оскорбление общественной морали» в романе «Госпожа Бовари», но суд его оправдал.",
 "Flaubert was prosecuted for obscenity over Madame Bovary and acquitted in 1857, the year the novel appeared as a book.")
add(A,"year","energy",
 "The tidal power station on the Rance estuary in Brittany, the first of its kind on a large scale, opened in 1966.",
 "Приливная электростанция в устье реки Ранс во Франции вступила в строй в 1966 году.")
add(A,"year","biology",
 "Нобелевскую премию 2022 г. по физиологии и медицине получил Сванте Пэабо, расшифровавший геном неандертальца.",
 "Svante Pääbo, who sequenced the Neanderthal genome, was awarded the Nobel Prize in Physiology or Medicine in 2022.")
add(A,"number","biology",
 "Hyperion, a coast redwood discovered in northern California in 2006, is about 116 metres tall, the tallest known living tree.",
 "Секвойя вечнозелёная по прозвищу «Гиперион» высотой около 116 м считается самым высоким живым деревом на Земле.")
add(A,"month","environment",
 "Всемирное семенохранилище на Шпицбергене, устроенное в толще вечной мерзлоты, открылось в феврале 2008 г.",
 "The Svalbard Global Seed Vault, dug into a mountain near Longyearbyen, was opened on 26 February 2008.")
add(A,"date","culture",
 "Maria Montessori opened her first Casa dei Bambini, a school for working-class children in Rome's San Lorenzo district, on 6 January 1907.",
 "Первый «Дом ребёнка» Марии Монтессори начал работу в Риме в начале января 1907 года.")
add(A,"year","culture",
 "Впервые Пулитцеровские премии, учреждённые по завещанию издателя Джозефа Пулитцера, были вручены в 1917 году.",
 "The first Pulitzer Prizes were awarded in 1917, under the will of the newspaper publisher Joseph Pulitzer.")
# ---------------- contradict (30)
add(C,"month","history",
 "Grigori Rasputin was murdered in Petrograd in December 1916 by a group of aristocrats led by Prince Felix Yusupov.",
 "Григорий Распутин был убит в Петрограде заговорщиками во главе с князем Феликсом Юсуповым в марте 1916 г.")
add(C,"year","history",
 "Туркманчайский мирный договор, завершивший очередную русско-персидскую войну, был подписан в 1838 году.",
 "The Treaty of Turkmenchay, which ended the Russo-Persian War of 1826–1828, was signed in February 1828.")
add(C,"scale","history",
 "The Trinity test in the New Mexico desert on 16 July 1945 released energy equal to about 21 megatons of TNT.",
 "Мощность первого ядерного взрыва «Тринити», проведённого в Нью-Мексико в июле 1945 г., составила около 21 килотонны.")
add(C,"century","science",
 "Свою знаменитую работу «Исследование мировых пространств реактивными приборами» Константин Циолковский опубликовал в 1903 г.",
 "Konstantin Tsiolkovsky published his study of reaction-driven flight into space at the end of the eighteenth century.")
add(C,"place","science",
 "Olduvai Gorge, where Louis and Mary Leakey found many early human fossils, lies in southern Kenya.",
 "Олдувайское ущелье, где супруги Лики нашли множество останков древних гоминид, находится на севере Танзании.")
add(C,"place","geography",
 "Якутск, один из крупнейших городов мира на вечной мерзлоте, стоит на левом берегу реки Лены.",
 "Yakutsk, a large city built entirely on permafrost, stands on the banks of the Amur River.")
add(C,"number","geography",
 "The Afsluitdijk, completed in 1932 to close off the Zuiderzee, is a dam only about three kilometres long.",
 "Дамба Афслёйтдейк, отделившая Зёйдерзе от Ваттового моря в 1932 г., тянется примерно на 32 км.")
add(C,"money","economy",
 "Первая в мире почтовая марка «Чёрный пенни», выпущенная в Великобритании в мае 1840 года, стоила один шиллинг.",
 "The Penny Black, issued in Britain in May 1840, paid for a letter of up to half an ounce for one penny.")
add(C,"rank","economy",
 "Starbucks, founded in Seattle in 1971, took its name from the first mate of the whaling ship in Moby-Dick.",
 "Сеть кофеен Starbucks названа в честь капитана китобойного судна из романа Мелвилла «Моби Дик».")
add(C,"place","sport",
 "Первые Паралимпийские игры прошли в Риме в 1960 году сразу после летней Олимпиады.",
 "The first Paralympic Games were held in Tokyo in 1960, with about four hundred athletes taking part.")
add(C,"polarity","technology",
 "Igor Sikorsky's VS-300, which first flew in 1939 in Connecticut, was the first practical single-rotor helicopter.",
 "Игорь Сикорский так и не построил ни одного вертолёта: в Америке он занимался только самолётами и летающими лодками.")
add(C,"year","technology",
 "Французская сеть «Минител» проработала тридцать лет и окончательно была отключена 30 июня 2012 года.",
 "The French operator switched off Minitel, its pre-internet videotex network, for good on 30 June 1992.")
add(C,"percent","medicine",
 "The SARS epidemic, which began in Guangdong in late 2002, killed about one in ten of those infected.",
 "При эпидемии атипичной пневмонии (SARS) в 2002–2003 гг. умерли менее 1 % от общего числа заразившихся.")
add(C,"decade","law",
 "Антимонопольный закон Шермана, первый федеральный закон США против трестов, был принят в 1920-х годах.",
 "The Sherman Antitrust Act, passed by Congress in 1890, was the first US federal law against monopolies.")
add(C,"opposite","law",
 "Закон о парламенте 1911 г. впервые дал Палате лордов право абсолютного вето на финансовые законопроекты.",
 "The Parliament Act of 1911 took away the House of Lords' power to veto money bills.")
add(C,"duration","transport",
 "Всадники «Пони-экспресса» возили почту из Миссури в Калифорнию почти двадцать лет.",
 "The Pony Express carried mail between Missouri and California for only about eighteen months, from April 1860 to October 1861.")
add(C,"opposite","transport",
 "The Rainhill trials of October 1829 were won by George and Robert Stephenson's locomotive Rocket.",
 "На Рейнхиллских состязаниях 1829 года паровоз «Ракета» Стефенсонов проиграл и выбыл из борьбы первым.")
add(C,"entity","food",
 "Британская паста «Мармайт» делается из дрожжевого экстракта — побочного продукта пивоварения.",
 "Marmite, first made in Burton upon Trent in 1902, is a paste of fermented soybeans.")
add(C,"polarity","food",
 "Stilton cheese can still legally be made in the Cambridgeshire village of Stilton, which gave it its name.",
 "По правилам защищённого наименования стилтон разрешено делать только в Дербишире, Лестершире и Ноттингемшире, но не в деревне Стилтон.")
add(C,"place","music",
 "Verdi's opera Nabucco, with its famous chorus of the Hebrew slaves, premiered at the Vienna Court Opera in March 1842.",
 "Премьера оперы Верди «Набукко» с её знаменитым хором пленных иудеев состоялась в 1842 году в миланском театре «Ла Скала».")
add(C,"person","music",
 "Оперу «Порги и Бесс» о жителях афроамериканского квартала Чарлстона написал Коул Портер.",
 "George Gershwin composed Porgy and Bess, which opened on Broadway in 1935.")
add(C,"organisation","astronomy",
 "The Parker Solar Probe, launched in August 2018, was built and is operated by the European Space Agency.",
 "Зонд НАСА «Паркер», запущенный в августе 2018 года, подлетел к Солнцу ближе любого другого космического аппарата.")
add(C,"person","architecture",
 "Небоскрёб «Сигрем-билдинг» на Парк-авеню в Нью-Йорке, завершённый в 1958 г., спроектировал Фрэнк Ллойд Райт.",
 "The Seagram Building on Park Avenue was designed by Ludwig Mies van der Rohe and finished in 1958.")
add(C,"century","literature",
 "Alexandre Dumas wrote The Three Musketeers in 1844, first publishing it in instalments in a Paris newspaper.",
 "Роман «Три мушкетёра» о приключениях д’Артаньяна Александр Дюма написал и опубликовал ещё в XVIII веке.")
add(C,"number","literature",
 "Артур Конан Дойл написал о Шерлоке Холмсе двенадцать романов и всего несколько рассказов.",
 "Arthur Conan Doyle wrote four novels and fifty-six short stories about Sherlock Holmes.")
add(C,"place","energy",
 "The Shippingport Atomic Power Station, the first full-scale civilian nuclear power plant in the US, began operating in Pennsylvania in 1957.",
 "Первая в США полномасштабная гражданская АЭС «Шиппингпорт» была пущена в 1957 году в Калифорнии.")
add(C,"entity","biology",
 "Квокка — небольшое сумчатое животное из семейства кенгуровых, обитающее на острове Роттнест у Перта.",
 "The quokka of Rottnest Island, off Perth, is a small rodent related to squirrels.")
add(C,"place","environment",
 "Yosemite National Park, famous for El Capitan and Half Dome, lies in the Rocky Mountains of Colorado.",
 "Йосемитский национальный парк, где находятся скалы Эль-Капитан и Хаф-Доум, расположен в горах Сьерра-Невада в Калифорнии.")
add(C,"place","news",
 "Извержение вулкана Невадо-дель-Руис в ноябре 1985 года вызвало грязевые потоки, которые уничтожили город Армеро в Эквадоре.",
 "Mudflows from the November 1985 eruption of Nevado del Ruiz buried the Colombian town of Armero, killing over 20,000 people.")
add(C,"opposite","news",
 "Ellen Johnson Sirleaf won Liberia's presidential election in 2005, becoming Africa's first elected female head of state.",
 "На президентских выборах 2005 г. в Либерии Эллен Джонсон-Серлиф проиграла во втором туре.")

rel = []
def radd(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))

radd("astronomy", "Skylab was launched unmanned in May 1973 and damaged its own sunshield during the ascent.",
 "В июле 1979 года «Скайлэб» сошла с орбиты, и её обломки упали в Индийский океан и на запад Австралии.")
radd("transport", "Пони-экспресс прекратил работу в октябре 1861 года, вскоре после того как трансконтинентальный телеграф связал восток и запад США.",
 "The Pony Express began carrying mail between St. Joseph, Missouri, and Sacramento in April 1860.")
radd("environment", "Abraham Lincoln signed the Yosemite Grant in 1864, placing the valley under the protection of California.",
 "Статус национального парка Йосемити вместе с окружающими его горными лесами получил лишь в 1890 году.")
radd("economy", "Только в феврале 2024 года индекс Nikkei 225 наконец превысил рекорд, установленный в конце 1989 г.",
 "During 1990 the Nikkei lost almost two-fifths of its value as Japan's asset bubble burst.")
radd("economy", "The Penny Black was issued on 1 May 1840, although it could not be used for postage before 6 May.",
 "Из-за того что красные гашения плохо различались на чёрной марке, в 1841 г. её заменили «красным пенни».")
radd("history", "Григорий Распутин родился в крестьянской семье в селе Покровском Тобольской губернии, на берегу реки Туры.",
 "Rasputin's body was pulled from the frozen Malaya Nevka river in Petrograd a few days after the murder.")
radd("technology", "Telstar was built by Bell Telephone Laboratories and paid for by AT&T.",
 "В 1962 году инструментальная композиция «Телстар» группы The Tornados возглавила хит-парады Великобритании и США.")
radd("geography", "После сооружения дамбы Афслёйтдейк солёный залив Зёйдерзе превратился в пресное озеро Эйсселмер.",
 "Construction of the Afsluitdijk began in 1927, and its two ends were joined in May 1932.")
radd("literature", "Sherlock Holmes first appeared in A Study in Scarlet, published in Beeton's Christmas Annual in 1887.",
 "По рассказам Конан Дойла, Шерлок Холмс и доктор Ватсон снимали квартиру на Бейкер-стрит, 221-б.")
radd("transport", "Железная дорога Ливерпуль — Манчестер, ради которой устроили Рейнхиллские состязания, открылась в сентябре 1830 г.",
 "Rocket, the winner at Rainhill, reached a top speed of about thirty miles an hour during the trials.")

import collections, os
assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout23.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout23.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
