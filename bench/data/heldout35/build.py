import json, os
E, R = "en", "ru"
rows = []
import re as _re
def _lang(t):
    return R if len(_re.findall('[А-Яа-яЁё]', t)) > len(_re.findall('[A-Za-z]', t)) else E
def add(label, slot, domain, a, b):
    # a is written first in the file, b second (the order is chosen per row)
    assert {_lang(a), _lang(b)} == {E, R}, (a, b)
    rows.append(dict(a=a, b=b, lang_a=_lang(a), lang_b=_lang(b), label=label, slot=slot, domain=domain))
A, C = "agree", "contradict"
# ---------------- agree (30)
add(A,"date","history",
 "The Charge of the Light Brigade took place at Balaklava on 25 October 1854, during the Crimean War.",
 "Осенью 1854 года в сражении под Балаклавой британская лёгкая кавалерийская бригада пошла в самоубийственную атаку на русские батареи.")
add(A,"year","history",
 "Испанский конкистадор Франсиско Писарро захватил в плен инкского правителя Атауальпу в Кахамарке в 1532 г.",
 "At Cajamarca in November 1532 Francisco Pizarro's small force seized the Inca emperor Atahualpa, who was executed the following year.")
add(A,"year","science",
 "Alexander Butlerov set out his theory of chemical structure in 1861, in a paper read at a congress of naturalists in Speyer.",
 "Теорию химического строения органических веществ Александр Бутлеров впервые изложил в 1861 году.")
add(A,"duration","science",
 "Великую теорему Ферма, записанную на полях «Арифметики» Диофанта около 1637 года, доказал лишь Эндрю Уайлс в 1994–1995 гг.",
 "Fermat's Last Theorem resisted every attempt at a proof for more than three and a half centuries until Andrew Wiles settled it.")
add(A,"year","economy",
 "The Dawes Plan, adopted in 1924, rescheduled Germany's reparation payments and brought American loans into the country.",
 "В 1924 году был принят план Дауэса, облегчивший Германии выплату репараций; сам Чарлз Дауэс стал лауреатом Нобелевской премии мира за 1925 год.")
add(A,"century","economy",
 "Золотой флорин, весивший около 3,5 г, начали чеканить во Флоренции в XIII веке.",
 "Florence first struck its gold florin in 1252, and the coin soon circulated across much of Europe.")
add(A,"number","sport",
 "Йохан Кройф трижды становился обладателем «Золотого мяча» — награды лучшему футболисту Европы.",
 "Johan Cruyff won the Ballon d'Or three times, in 1971, 1973 and 1974.")
add(A,"date","sport",
 "7 августа 1995 г. на чемпионате мира в Гётеборге британец Джонатан Эдвардс прыгнул в тройном на 18,29 м.",
 "Jonathan Edwards set the triple jump world record of 18.29 metres at the World Championships in Gothenburg in August 1995.")
add(A,"year","culture",
 "The new ceiling of the Paris Opera's Palais Garnier, painted by Marc Chagall, was unveiled in 1964.",
 "Марк Шагал, уроженец Витебской губернии, расписал плафон парижской Оперы Гарнье; работу открыли для публики в 1964 году.")
add(A,"date","music",
 "Альбом «A Love Supreme» Джон Колтрейн и его квартет записали за одну сессию 9 декабря 1964 года.",
 "John Coltrane's quartet recorded A Love Supreme at Rudy Van Gelder's studio in New Jersey in December 1964.")
add(A,"year","music",
 "Rimsky-Korsakov's last opera, The Golden Cockerel, reached the stage only in 1909, a year after the composer's death.",
 "Римский-Корсаков умер в 1908 году, так и не увидев на сцене свою последнюю оперу «Золотой петушок», поставленную через год.")
add(A,"century","literature",
 "The only manuscript of The Tale of Igor's Campaign, found by Count Musin-Pushkin, was published in 1800 and burned in the Moscow fire of 1812.",
 "Первое издание «Слова о полку Игореве» вышло в самом начале XIX века, а найденная Мусиным-Пушкиным рукопись сгорела при пожаре Москвы.")
add(A,"year","literature",
 "Нобелевскую премию по литературе 2017 года получил британский писатель Кадзуо Исигуро, родившийся в Нагасаки.",
 "Kazuo Ishiguro, who moved from Japan to England as a small child, was awarded the Nobel Prize in Literature in 2017.")
add(A,"rank","geography",
 "Bouvet Island, an uninhabited Norwegian dependency in the South Atlantic, is often called the most remote island on Earth.",
 "Ни один остров в мире не удалён от других земель так сильно, как остров Буве — норвежское владение на юге Атлантики.")
add(A,"organisation","medicine",
 "Николай Бурденко, основоположник советской нейрохирургии, в годы Великой Отечественной войны был главным хирургом Красной армии.",
 "During the Second World War the neurosurgeon Nikolai Burdenko served as chief surgeon of the Red Army.")
add(A,"duration","medicine",
 "The Kyiv heart surgeon Nikolai Amosov, born in 1913, lived until 2002.",
 "Киевский кардиохирург Николай Амосов прожил 89 лет и до глубокой старости пропагандировал физические нагрузки.")
add(A,"date","law",
 "Бернская конвенция об охране литературных и художественных произведений была подписана 9 сентября 1886 года.",
 "The Berne Convention, the first major international treaty on copyright, was concluded in Switzerland in 1886.")
add(A,"number","law",
 "The Homestead Act, signed by Abraham Lincoln in 1862, offered settlers 160 acres of public land in the West.",
 "По Закону о гомстедах 1862 года поселенец мог получить около 65 га государственной земли, если обрабатывал её пять лет.")
add(A,"rank","technology",
 "Commodore 64, выпущенный в 1982 году, стал самой продаваемой моделью персонального компьютера в истории.",
 "No single model of home computer has ever sold more units than the Commodore 64, launched in 1982.")
add(A,"number","technology",
 "In 1891 Mikhail Dolivo-Dobrovolsky's three-phase system carried power about 175 km from Lauffen to the Frankfurt exhibition.",
 "Линия трёхфазного тока Лауфен — Франкфурт длиной около 175 километров, построенная при участии Доливо-Добровольского, заработала в 1891 году.")
add(A,"date","transport",
 "Линия Елизаветы, новая железнодорожная линия через центр Лондона, открылась для пассажиров 24 мая 2022 г.",
 "London's Elizabeth line, built under the Crossrail project, began carrying passengers in May 2022.")
add(A,"month","astronomy",
 "The European-Japanese probe BepiColombo was launched towards Mercury on an Ariane 5 rocket in October 2018.",
 "20 октября 2018 года с космодрома Куру стартовал аппарат «БепиКоломбо», совместная миссия ЕКА и Японии к Меркурию.")
add(A,"year","biology",
 "Глубоководные гидротермальные источники впервые увидели в 1977 году учёные на аппарате «Элвин» у Галапагосских островов.",
 "Hydrothermal vents on the sea floor were first observed in 1977, when the submersible Alvin dived on the Galápagos Rift.")
add(A,"place","food",
 "Bouillabaisse, a fish stew served with rouille, comes from the port city of Marseille.",
 "Буйабес — рыбный суп, родиной которого считается Марсель на средиземноморском побережье Франции.")
add(A,"duration","energy",
 "Морское месторождение Кашаган в казахстанской части Каспия, открытое в 2000 году, стало крупнейшей находкой нефти за 30 лет.",
 "Kashagan, found off Kazakhstan's Caspian coast in 2000, was the biggest oil discovery in three decades.")
add(A,"decade","environment",
 "The Chipko movement, in which villagers hugged trees to stop loggers, began in the Himalayan hills of northern India in 1973.",
 "Движение «Чипко», участники которого обнимали деревья, чтобы помешать вырубке, возникло в Гималаях в 1970-х годах.")
add(A,"place","architecture",
 "Жилой комплекс «Хабитат 67» архитектора Моше Сафди был построен в Монреале к Всемирной выставке 1967 года.",
 "Habitat 67, Moshe Safdie's stack of concrete boxes, was built in Montreal for Expo 67.")
add(A,"decade","architecture",
 "The Alexander Column in St Petersburg, unveiled in 1834, is not fixed to its base and stands by its own weight.",
 "Александровская колонна на Дворцовой площади, установленная по проекту Монферрана в 1830-х годах, держится только за счёт собственного веса.")
add(A,"month","news",
 "В апреле 2016 года остров Кюсю дважды за три дня сотрясли сильные землетрясения с эпицентром в префектуре Кумамото.",
 "Two powerful earthquakes struck Kumamoto Prefecture on the Japanese island of Kyushu on 14 and 16 April 2016.")
add(A,"month","news",
 "In April 2014 the city of Flint, Michigan, began drawing its water from the Flint River, and lead soon leached into the supply.",
 "Водный кризис во Флинте начался весной 2014 года, когда город перешёл на воду из местной реки и в трубах появился свинец.")
# ---------------- contradict (30)
add(C,"year","history",
 "Битва при Гангуте, первая крупная морская победа русского флота, произошла в 1741 году.",
 "The Battle of Gangut, fought in 1714, was the Russian navy's first major victory at sea, won over a Swedish squadron.")
add(C,"number","history",
 "The Khodynka Field crush during the coronation festivities of Nicholas II in May 1896 killed about 130 people.",
 "В давке на Ходынском поле в мае 1896 года, во время коронационных торжеств Николая II, погибли более 1300 человек.")
add(C,"number","science",
 "Йозеф Фраунгофер в 1814 году описал более 570 тёмных линий в спектре Солнца.",
 "In 1814 Joseph von Fraunhofer mapped only about fifty dark lines in the spectrum of the Sun.")
add(C,"percent","economy",
 "Around 97 percent of the borrowers of Bangladesh's Grameen Bank, founded by Muhammad Yunus, are women.",
 "Женщины составляют лишь около 30 % заёмщиков Grameen Bank, основанного Мухаммадом Юнусом в Бангладеш.")
add(C,"year","economy",
 "Криптовалютная биржа FTX Сэма Бэнкмана-Фрида объявила о банкротстве в ноябре 2020 года.",
 "In November 2022 the crypto exchange FTX, run by Sam Bankman-Fried, filed for bankruptcy protection.")
add(C,"place","sport",
 "Magnus Carlsen became world chess champion in November 2013 by defeating Viswanathan Anand in a match in Oslo.",
 "Магнус Карлсен завоевал шахматную корону в 2013 году, обыграв Вишванатана Ананда в матче, проходившем в индийском Ченнаи.")
add(C,"polarity","sport",
 "Горан Иванишевич так и не выиграл Уимблдон, хотя не раз доходил там до финала.",
 "Goran Ivanišević won Wimbledon in 2001 as a wildcard, after losing three earlier finals there.")
add(C,"year","culture",
 "The landscape painter Isaac Levitan, a close friend of Anton Chekhov, died in Moscow in 1900.",
 "Исаак Левитан, мастер пейзажа и друг Чехова, умер в Москве в 1910 году.")
add(C,"decade","music",
 "Альбом Майлза Дэвиса «Kind of Blue» был записан и выпущен в конце 1960-х годов.",
 "Miles Davis recorded Kind of Blue in the spring of 1959, and it came out that August.")
add(C,"opposite","music",
 "In January 1936 Pravda condemned Shostakovich's opera Lady Macbeth of the Mtsensk District in an article titled 'Muddle Instead of Music'.",
 "В январе 1936 года «Правда» восторженно похвалила оперу Шостаковича «Леди Макбет Мценского уезда» в редакционной статье.")
add(C,"year","literature",
 "Александр Куприн, автор «Поединка», вернулся из эмиграции в СССР в 1937 году.",
 "Alexander Kuprin, author of The Duel, came back to the Soviet Union from emigration in 1927.")
add(C,"person","geography",
 "The Drake Passage between Cape Horn and the South Shetland Islands is named after the English navigator Walter Raleigh.",
 "Пролив Дрейка, отделяющий мыс Горн от Южных Шетландских островов, назван в честь английского мореплавателя Фрэнсиса Дрейка.")
add(C,"century","medicine",
 "Хорею Гентингтона описал американский врач Джордж Гентингтон в XVIII веке.",
 "The American physician George Huntington published his description of the hereditary chorea that bears his name in 1872.")
add(C,"entity","medicine",
 "Chagas disease, described by the Brazilian doctor Carlos Chagas in 1909, is caused by the parasite Trypanosoma cruzi.",
 "Болезнь Шагаса, описанную бразильским врачом Карлусом Шагасом в 1909 году, вызывает вирус.")
add(C,"organisation","law",
 "Базельская конвенция о контроле за трансграничной перевозкой опасных отходов была принята в 1989 году под эгидой Программы ООН по окружающей среде (ЮНЕП).",
 "The Basel Convention on hazardous waste was adopted in 1989 under the auspices of UNESCO.")
add(C,"organisation","technology",
 "The compact audio cassette was introduced by the Japanese company Sony in 1963.",
 "Компакт-кассету представила в 1963 году нидерландская компания Philips на радиовыставке в Берлине.")
add(C,"money","technology",
 "Бесплатную почтовую службу Hotmail в конце 1997 года купила Microsoft примерно за 400 млн долларов.",
 "Microsoft bought the free webmail service Hotmail at the end of 1997 for a reported 40 million dollars.")
add(C,"number","transport",
 "When the Humber Bridge opened in 1981, its 410-metre main span was the longest single span in the world.",
 "Главный пролёт открытого в 1981 году моста Хамбер длиной 1410 м был тогда самым длинным в мире.")
add(C,"polarity","transport",
 "Итальянский лайнер «Андреа Дориа», столкнувшийся в июле 1956 года с судном «Стокгольм» у Нантакета, затонул, но никто из находившихся на борту не погиб.",
 "In the collision with the Stockholm off Nantucket in July 1956, 46 people aboard the Andrea Doria were killed; the liner sank the next day.")
add(C,"opposite","astronomy",
 "Israel's Beresheet lander, built by SpaceIL, crashed on the Moon in April 2019 after an engine failure.",
 "В апреле 2019 года израильский аппарат «Берешит» компании SpaceIL успешно совершил мягкую посадку на Луну.")
add(C,"place","biology",
 "Бонобо обитают только в Демократической Республике Конго, к югу от реки Конго.",
 "Bonobos live only in the Democratic Republic of the Congo, north of the Congo River.")
add(C,"place","food",
 "Armagnac, one of the oldest French brandies, is distilled in Gascony in south-western France.",
 "Арманьяк, один из старейших французских бренди, производят в Нормандии, на севере Франции.")
add(C,"rank","energy",
 "Kuwait's Burgan field is only the third largest oil field in the world.",
 "Кувейтское месторождение Бурган — второе по величине в мире после саудовского Гавара.")
add(C,"year","energy",
 "Нефтяное месторождение Дацин в провинции Хэйлунцзян открыли в 1959 году.",
 "China's Daqing oil field in Heilongjiang province was discovered in 1979.")
add(C,"duration","environment",
 "During the first Biosphere 2 mission in Arizona, eight people stayed sealed inside the glass complex for two years.",
 "Первая экспедиция в «Биосфере-2» в Аризоне длилась всего два месяца: восемь человек жили в закрытом стеклянном комплексе.")
add(C,"scale","environment",
 "Из скважины Ixtoc I в заливе Кампече в 1979–1980 годах вылилось около 3 млн баррелей нефти.",
 "The 1979 blowout of Pemex's Ixtoc I well in the Bay of Campeche spilled about three billion barrels of oil.")
add(C,"place","architecture",
 "The Dancing House, designed by Vlado Milunić and Frank Gehry, was completed on the Vltava embankment in Prague in 1996.",
 "«Танцующий дом» Владо Милунича и Фрэнка Гери, построенный в 1996 году, стоит на набережной Дуная в Будапеште.")
add(C,"date","news",
 "Давка в сеульском районе Итхэвон, унёсшая 159 жизней, произошла вечером 29 октября 2022 года, в канун Хэллоуина.",
 "The crowd crush in Seoul's Itaewon district, in which 159 people died, happened on 31 October 2022, on Halloween night itself.")
add(C,"month","news",
 "Germanwings Flight 9525 from Barcelona to Düsseldorf, deliberately flown into the French Alps by its co-pilot, crashed in May 2015.",
 "24 марта 2015 года второй пилот намеренно направил самолёт Germanwings, летевший из Барселоны в Дюссельдорф, в склон во Французских Альпах; погибли 150 человек.")
add(C,"place","news",
 "Давка на стадионе «Канджурухан» в октябре 2022 года, унёсшая более 130 жизней, произошла в Малайзии.",
 "The Kanjuruhan Stadium disaster in Malang, Indonesia, killed more than 130 people after a football match on 1 October 2022.")

# ---------------- related (10)
rel = []
def addr(domain, x, y):
    assert {_lang(x), _lang(y)} == {E, R}, (x, y)
    rel.append(dict(a=x, b=y, lang_a=_lang(x), lang_b=_lang(y), label="related", slot="topic", domain=domain))
addr("science",
 "Pierre de Fermat earned his living as a lawyer and magistrate in Toulouse.",
 "Доказательство Великой теоремы Ферма, найденное Эндрю Уайлсом, было опубликовано в 1995 году в журнале Annals of Mathematics.")
addr("sport",
 "Йохан Кройф родился в Амстердаме в 1947 году и вырос неподалёку от стадиона «Аякса».",
 "As coach, Johan Cruyff led Barcelona to its first European Cup at Wembley in 1992.")
addr("culture",
 "Marc Chagall was born in 1887 into a Jewish family near Vitebsk.",
 "Марк Шагал умер в 1985 году в Сен-Поль-де-Вансе на юге Франции.")
addr("literature",
 "Александр Куприн родился в 1870 году в уездном городке Наровчат Пензенской губернии.",
 "Alexander Kuprin's novel The Duel, about army life in a provincial garrison, appeared in 1905.")
addr("medicine",
 "The gene responsible for Huntington's disease, on chromosome 4, was identified in 1993.",
 "Джордж Гентингтон описал болезнь в 1872 году, наблюдая семьи больных на Лонг-Айленде.")
addr("transport",
 "Мост Хамбер соединяет Хессл на северном берегу эстуария с Бартон-апон-Хамбером на южном.",
 "Queen Elizabeth II formally opened the Humber Bridge in July 1981.")
addr("environment",
 "The Biosphere 2 complex stands in the Arizona desert near the town of Oracle.",
 "Первая команда из восьми человек провела внутри «Биосферы-2» два года, с 1991 по 1993 год.")
addr("music",
 "Альбом «Kind of Blue» записывался в нью-йоркской студии Columbia на 30-й улице.",
 "On Kind of Blue Miles Davis was joined by John Coltrane, Cannonball Adderley and Bill Evans.")
addr("energy",
 "The Daqing oil field lies in Heilongjiang province in north-eastern China.",
 "Название Дацин («великий праздник») связано с десятилетием КНР, которое отмечалось в год открытия месторождения.")
addr("architecture",
 "«Танцующий дом» в Праге спроектировали Владо Милунич и Фрэнк Гери.",
 "Prague's Dancing House is nicknamed 'Ginger and Fred' after the dancers Ginger Rogers and Fred Astaire.")

assert len(rows) == 60 and len(rel) == 10, (len(rows), len(rel))
assert sum(r["label"] == A for r in rows) == 30 and sum(r["label"] == C for r in rows) == 30
HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "comparable_heldout35.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "related_heldout35.jsonl"), "w", encoding="utf-8") as f:
    for r in rel: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows), len(rel))
