#!/usr/bin/env python3
"""Build heldout62: independent EN/RU claim pairs (stdlib only).

Each comparable row: (en, ru, label, slot, domain, ru_first).
Each related row:    (en, ru, subject, ru_first).
"""
import json
import os
import re

C, A = "contradict", "agree"

COMPARABLE = [
    # ---------------- history ----------------
    ("Under the Treaty of Zaragoza, signed in April 1529, Charles V gave up Spanish claims to the Moluccas in exchange for 350,000 ducats from Portugal.",
     "По Сарагосскому договору 1529 года Португалия выплатила Карлу V за отказ от притязаний на Молуккские острова 150 тыс. дукатов.",
     C, "money", "history", False),
    ("The Battle of Towton in Yorkshire was fought on 29 March 1461, partly in a snowstorm, and ended in a decisive Yorkist victory.",
     "Битва при Таутоне в Йоркшире, завершившаяся решительной победой йоркистов, произошла в апреле 1461 г.",
     C, "month", "history", True),
    ("The Pilgrimage of Grace, the 1536 northern rising against the religious policies of Henry VIII, was led by the lawyer Robert Aske.",
     "Восстание 1536 г. на севере Англии, известное как «Благодатное паломничество», возглавлял Роберт Кетт.",
     C, "person", "history", False),
    ("The Treaty of Unkiar Skelessi, a defensive alliance between Russia and the Ottoman Empire, was signed in July 1833.",
     "Ункяр-Искелесийский договор о взаимной помощи между Россией и Османской империей был заключён 8 июля 1833 года.",
     A, "year", "history", True),
    ("Fought in Somerset in the early hours of 6 July 1685, Sedgemoor ended the Duke of Monmouth's rebellion against James II.",
     "Сражение при Седжмуре 6 июля 1685 г. закончилось разгромом войск мятежного герцога Монмута.",
     A, "date", "history", False),
    # ---------------- science ----------------
    ("Sin-Itiro Tomonaga shared the 1965 Nobel Prize in Chemistry with Richard Feynman and Julian Schwinger.",
     "Японский физик Синъитиро Томонага получил Нобелевскую премию по физике за 1965 год вместе с Фейнманом и Швингером.",
     C, "entity", "science", True),
    ("Louis Néel, who explained antiferromagnetism, shared the 1970 Nobel Prize in Physics with the Swedish scientist Hannes Alfvén.",
     "Нобелевскую премию по физике за 1970 год француз Луи Неель разделил с американцем Луисом Альваресом.",
     C, "person", "science", False),
    ("Marcello Malpighi first observed capillaries, the missing link in Harvey's theory of circulation, in the 1680s.",
     "Марчелло Мальпиги описал капилляры в лёгких лягушки в 1661 г., подтвердив тем самым теорию кровообращения Гарвея.",
     C, "decade", "science", True),
    ("In 1879 Wilhelm Wundt opened the first laboratory for experimental psychology at the University of Leipzig.",
     "Первая в мире лаборатория экспериментальной психологии была основана Вильгельмом Вундтом в Лейпциге в 1879 г.",
     A, "place", "science", False),
    ("Arne Tiselius was awarded the 1948 Nobel Prize in Chemistry for his work on electrophoresis and adsorption analysis.",
     "Шведский биохимик Арне Тиселиус стал лауреатом Нобелевской премии по химии 1948 года за исследования электрофореза.",
     A, "year", "science", True),
    # ---------------- geography ----------------
    ("Dagestan's Sulak Canyon reaches a depth of about 1,920 metres, which makes it deeper than the Grand Canyon in Arizona.",
     "Глубина Сулакского каньона, расположенного в Дагестане, достигает примерно 1200 метров.",
     C, "number", "geography", True),
    ("The Turpan Depression in Xinjiang does not drop below sea level at any point, its floor staying above the ocean.",
     "Турфанская впадина в Синьцзяне опускается до 154 м ниже уровня моря — это одна из самых низких точек суши.",
     C, "polarity", "geography", True),
    ("Roughly two-thirds of Lake Skadar, the largest lake in the Balkans, lies in Montenegro and the remaining third in Albania.",
     "На долю Черногории приходится лишь около 30 % площади Скадарского озера, остальная часть находится в Албании.",
     C, "percent", "geography", False),
    ("Lake Ohrid, shared by North Macedonia and Albania, reaches a maximum depth of nearly 290 metres.",
     "Максимальная глубина Охридского озера, одного из древнейших в Европе, составляет 288 м.",
     A, "number", "geography", True),
    ("The Tatar Strait separates the island of Sakhalin from the mainland of Asia.",
     "Татарский пролив отделяет остров Сахалин от материковой Азии и соединяет Японское море с Охотским.",
     A, "place", "geography", False),
    # ---------------- economy ----------------
    ("The Morrill Tariff of 1861 was signed into law by Abraham Lincoln in March of that year.",
     "Тариф Моррилла был подписан президентом Джеймсом Бьюкененом 2 марта 1861 г., незадолго до инаугурации Линкольна.",
     C, "person", "economy", True),
    ("Norway's central bank, Norges Bank, was founded in 1816 and originally had its head office in Trondheim.",
     "Центральный банк страны, Банк Норвегии, был учреждён в 1836 году.",
     C, "year", "economy", False),
    ("The Reserve Bank of India began operations on 1 January 1935, under an act passed the previous year.",
     "Резервный банк Индии начал работу 1 апреля 1935 г. в соответствии с законом, принятым в 1934 году.",
     C, "date", "economy", True),
    ("The Young Plan of 1929, which revised Germany's reparations payments, was named after the American businessman Owen D. Young.",
     "План Юнга, пересмотревший порядок германских репараций, получил имя американского предпринимателя Оуэна Юнга, возглавлявшего комитет экспертов.",
     A, "person", "economy", False),
    ("Southern opponents dubbed the protective tariff that Congress passed in 1828 the Tariff of Abominations.",
     "Так называемый «тариф мерзостей», резко повысивший ввозные пошлины, был принят в США в 1828 г.",
     A, "year", "economy", True),
    # ---------------- sport ----------------
    ("The Mille Miglia, first run in 1927, was an open-road endurance race that started and finished in the city of Brescia.",
     "Старт и финиш гонки «Милле Милья», впервые проведённой в 1927 г., располагались в Милане.",
     C, "place", "sport", False),
    ("Soviet sailor Valentin Mankin won Olympic gold medals in five different boat classes during his career.",
     "Яхтсмен Валентин Манкин — трёхкратный олимпийский чемпион, причём все три золота он выиграл в разных классах лодок.",
     C, "number", "sport", True),
    ("Yannick Noah's victory at the 1983 French Open made him the last Frenchman to win a men's Grand Slam singles title.",
     "Победив на «Ролан Гаррос» в 1983 году, Янник Ноа стал первым французом, выигравшим турнир Большого шлема в одиночном разряде.",
     C, "rank", "sport", False),
    ("The Targa Florio, a race over the mountain roads of Sicily founded by Vincenzo Florio, was first held in 1906.",
     "Первая гонка «Тарга Флорио» по горным дорогам Сицилии прошла в 1906 году.",
     A, "year", "sport", True),
    ("Mats Wilander won three of the four Grand Slam tournaments in 1988 and rose to world number one.",
     "В 1988 году швед Матс Виландер выиграл три турнира Большого шлема — чемпионаты Австралии, Франции и США.",
     A, "number", "sport", False),
    # ---------------- culture ----------------
    ("Istanbul's Topkapi Palace, home of the Ottoman sultans for centuries, was turned into a museum in 1934.",
     "Дворец Топкапы в Стамбуле, бывшая резиденция османских султанов, был превращён в музей в 1924 г.",
     C, "year", "culture", True),
    ("John Wisden, a former cricketer, published the first edition of his Cricketers' Almanack in 1864.",
     "Первый выпуск альманаха Уиздена, который называют «библией крикета», вышел в 1890-х годах.",
     C, "decade", "culture", False),
    ("Sergei Ozhegov's one-volume Dictionary of the Russian Language was first published in 1949.",
     "Первое издание «Словаря русского языка» С. И. Ожегова вышло в 1949 г.",
     A, "year", "culture", True),
    ("Dresden's Semperoper reopened in February 1985, exactly forty years after it was destroyed in the bombing of the city.",
     "Дрезденская опера Земпера, разрушенная при бомбардировке 1945 года, вновь открылась 13 февраля 1985 г.",
     A, "date", "culture", False),
    ("In 1892 Anton Chekhov bought the estate of Melikhovo near Moscow, where he later wrote The Seagull.",
     "Усадьба Мелихово в Подмосковье с 1892 по 1899 год принадлежала Антону Павловичу Чехову.",
     A, "person", "culture", True),
    # ---------------- literature ----------------
    ("Shota Rustaveli wrote his epic poem The Knight in the Panther's Skin in the fifteenth century.",
     "Поэма Шота Руставели «Витязь в тигровой шкуре» была создана в конце XII века, в эпоху царицы Тамары.",
     C, "century", "literature", False),
    ("War with the Newts, the satirical novel in which salamanders overrun humanity, was written by Karel Čapek and published in 1936.",
     "Автором сатирического романа «Война с саламандрами», вышедшего в 1936 году, был чешский писатель Ярослав Гашек.",
     C, "person", "literature", True),
    ("Dostoevsky completed Netochka Nezvanova in full before his arrest in 1849.",
     "Работа Достоевского над романом «Неточка Незванова» была прервана арестом в 1849 г., и книга осталась незаконченной.",
     C, "opposite", "literature", False),
    ("Aleksis Kivi's Seven Brothers, published in 1870, is regarded as the first major novel written in Finnish.",
     "Роман Алексиса Киви «Семеро братьев» (1870) считается первым значительным романом на финском языке.",
     A, "rank", "literature", True),
    ("Jerome K. Jerome's comic novel Three Men in a Boat, about a boating holiday on the Thames, came out in 1889.",
     "Повесть Джерома К. Джерома «Трое в лодке, не считая собаки» была опубликована в 1889 г.",
     A, "year", "literature", False),
    # ---------------- music ----------------
    ("Rimsky-Korsakov's opera The Tale of Tsar Saltan, which contains the Flight of the Bumblebee, premiered in Moscow in 1900.",
     "Премьера оперы Римского-Корсакова «Сказка о царе Салтане» состоялась в Москве в 1910 году.",
     C, "year", "music", True),
    ("Verdi's Otello had its premiere at La Fenice in Venice in February 1887.",
     "Опера Верди «Отелло» впервые была поставлена 5 февраля 1887 г. в миланском театре «Ла Скала».",
     C, "place", "music", False),
    ("Rimsky-Korsakov's opera The Tsar's Bride was first staged in Moscow in 1899 by a private opera company.",
     "Премьера оперы «Царская невеста» состоялась осенью 1899 г. на сцене Московской частной оперы.",
     A, "place", "music", True),
    ("Rachmaninoff's wordless song Vocalise was composed in 1915 as the last of his Fourteen Songs, Op. 34.",
     "Вокализ Рахманинова, песня без слов для голоса с фортепиано, был написан в 1915 году.",
     A, "year", "music", False),
    ("Handel's Music for the Royal Fireworks was performed in London's Green Park in April 1749 to celebrate the Peace of Aix-la-Chapelle.",
     "Музыка Генделя для королевского фейерверка прозвучала 27 апреля 1749 г. в лондонском Грин-парке, где в тот вечер устроили праздничный фейерверк.",
     A, "date", "music", True),
    # ---------------- art ----------------
    ("Ilya Repin's painting Religious Procession in Kursk Province, completed in 1883, belongs to the Tretyakov Gallery.",
     "Картина Репина «Крестный ход в Курской губернии» (1880–1883) хранится в собрании Русского музея.",
     C, "organisation", "art", False),
    ("Henri Rousseau painted The Sleeping Gypsy in the 1910s; it now hangs in the Museum of Modern Art.",
     "Анри Руссо написал «Спящую цыганку» в 1897 году; сейчас картина находится в Музее современного искусства в Нью-Йорке.",
     C, "decade", "art", True),
    ("Vasily Surikov's Morning of the Streltsy Execution, first shown in 1881, is held by the Tretyakov Gallery.",
     "Картина Сурикова «Утро стрелецкой казни» (1881) находится в собрании Третьяковской галереи в Москве.",
     A, "organisation", "art", False),
    ("Jacques-Louis David painted the Oath of the Horatii in Rome in 1784; the canvas is now in the Louvre.",
     "Картина Жака-Луи Давида «Клятва Горациев» (1784) хранится в Лувре в Париже.",
     A, "place", "art", True),
    ("Whistlejacket, the life-size portrait of a rearing Arabian stallion in the National Gallery, was painted by George Stubbs.",
     "Огромный портрет вздыбленного коня «Уистлджекет» около 1762 г. написал английский анималист Джордж Стаббс.",
     A, "person", "art", False),
    # ---------------- law ----------------
    ("The Riot Act, passed by the British Parliament in 1714, remained on the statute book in England for more than 250 years.",
     "Закон о мятежах, принятый британским парламентом в 1714 г., действовал в Англии лишь около 30 лет.",
     C, "duration", "law", True),
    ("The Statute of Lithuania, the legal code of the Grand Duchy, was issued in five successive editions.",
     "Статут Великого княжества Литовского существовал в трёх редакциях — 1529, 1566 и 1588 годов.",
     C, "number", "law", False),
    ("In Schechter Poultry Corp. v. United States (1935), the Supreme Court unanimously struck down key provisions of the National Industrial Recovery Act.",
     "В 1935 г. по делу «Шехтер Поултри против США» Верховный суд единогласно признал конституционными ключевые положения закона о восстановлении промышленности.",
     C, "opposite", "law", True),
    ("England's Test Act, passed in 1673, required holders of public office to receive communion in the Church of England.",
     "Тест-акт 1673 г. обязывал всех, кто занимал государственные должности в Англии, причащаться по англиканскому обряду.",
     A, "year", "law", False),
    ("In Shelby County v. Holder (2013), a 5–4 Supreme Court majority struck down the coverage formula of the Voting Rights Act.",
     "Решение по делу «Округ Шелби против Холдера» было принято в 2013 г. пятью голосами против четырёх.",
     A, "number", "law", True),
    # ---------------- technology ----------------
    ("The first Minox subminiature cameras, designed by Walter Zapp, were manufactured from 1938 at a factory in Helsinki.",
     "Первые миниатюрные фотокамеры «Минокс», сконструированные Вальтером Цаппом, выпускались с 1938 г. на заводе VEF в Риге.",
     C, "place", "technology", False),
    ("Franke & Heidecke of Braunschweig introduced the first Rolleiflex twin-lens reflex camera in 1929.",
     "Двухобъективная зеркальная камера «Роллейфлекс» брауншвейгской фирмы «Франке и Хайдеке» появилась в 1929 году.",
     A, "year", "technology", True),
    ("Launched by NASA in 1963, Syncom 2 became the first communications satellite placed in a geosynchronous orbit.",
     "Американский спутник «Синком-2» стал первым в истории аппаратом связи, выведенным на геосинхронную орбиту.",
     A, "rank", "technology", False),
    ("Puffing Billy, built around 1814 for Wylam Colliery, is the oldest surviving steam locomotive and is kept in London's Science Museum.",
     "Паровоз «Пыхтящий Билли», построенный Уильямом Хедли в 1813–1814 гг., — старейший из сохранившихся паровозов в мире.",
     A, "rank", "technology", True),
    ("NASA's Stardust capsule, carrying dust from comet Wild 2, landed in the Utah desert in January 2006.",
     "Капсула зонда «Стардаст» с частицами кометы Вильда 2 приземлилась в штате Юта 15 января 2006 г.",
     A, "date", "technology", False),
    # ---------------- disasters ----------------
    ("The Port Chicago disaster, an ammunition explosion at a naval magazine in California on 17 July 1944, killed 320 people.",
     "Взрыв боеприпасов на военно-морском складе Порт-Чикаго в Калифорнии произошёл 27 июля 1944 г.",
     C, "day", "disasters", True),
    ("Air New Zealand Flight 901 crashed into Mount Erebus in Antarctica in February 1979, killing all 257 people aboard.",
     "Самолёт новозеландской авиакомпании, выполнявший рейс 901, врезался в склон вулкана Эребус в Антарктиде в ноябре 1979 г.",
     C, "month", "disasters", False),
    ("The fire that destroyed the Summerland leisure centre on the Isle of Man on 2 August 1973 killed around fifty people.",
     "Пожар в развлекательном комплексе «Саммерленд» в Дугласе на острове Мэн произошёл 2 августа 1973 года.",
     A, "date", "disasters", True),
    ("When the drilling rig Ocean Ranger capsized off Newfoundland in February 1982, all 84 crew members lost their lives.",
     "При гибели буровой платформы «Оушен Рейнджер» у берегов Ньюфаундленда погибли все 84 человека, находившиеся на борту.",
     A, "number", "disasters", False),
    ("The criticality accident at a uranium processing plant in Tokaimura, Japan, happened on 30 September 1999.",
     "Авария на заводе по переработке урана в японском посёлке Токаймура произошла в сентябре 1999 г.; двое рабочих позже скончались.",
     A, "date", "disasters", False),
]

RELATED = [
    ("Fought near Tadcaster in Yorkshire, the Battle of Towton is often called the bloodiest battle ever fought on English soil.",
     "После победы при Таутоне Эдуард IV был коронован в Лондоне в июне 1461 года.",
     "Towton", True, "history"),
    ("Tomonaga received the 1965 Nobel Prize in Physics for his fundamental work on quantum electrodynamics.",
     "Физик-теоретик Синъитиро Томонага родился в Токио в 1906 году и окончил Киотский императорский университет.",
     "Tomonaga", False, "science"),
    ("The first Mille Miglia was held in 1927 over a course of roughly a thousand miles through northern and central Italy.",
     "Гонку «Милле Милья» запретили после катастрофы 1957 г., в которой погибли Альфонсо де Портаго, его штурман и несколько зрителей.",
     "Mille Miglia", True, "sport"),
    ("Three Men in a Boat follows three friends and a dog named Montmorency on a boating trip up the Thames.",
     "Продолжение «Трое на четырёх колёсах» Джером К. Джером выпустил в 1900 году.",
     "Three Men in a Boat", False, "literature"),
    ("The libretto of Verdi's Otello was written by Arrigo Boito, who adapted Shakespeare's tragedy.",
     "Премьера «Отелло» в «Ла Скала» в 1887 г. стала возвращением Верди к опере после долгого перерыва.",
     "Otello", True, "music"),
    ("The original opera house in Dresden was designed by the architect Gottfried Semper and opened in 1841.",
     "Восстановленное здание Дрезденской оперы вновь открылось в 1985 году после многолетней реконструкции.",
     "Semperoper", False, "culture"),
    ("A violent winter storm struck the Ocean Ranger in February 1982, and the rig capsized and sank before dawn.",
     "Платформа «Оушен Рейнджер» вела разведочное бурение на нефтяном месторождении Хиберния у побережья Ньюфаундленда.",
     "Ocean Ranger", True, "disasters"),
    ("Shelby County, whose lawsuit reached the Supreme Court in 2013, is located in the state of Alabama.",
     "Закон об избирательных правах, положение которого оспаривалось в этом деле, был подписан президентом Линдоном Джонсоном в 1965 году.",
     "Shelby County v. Holder", False, "law"),
    ("Syncom 3 relayed live television pictures of the 1964 Tokyo Olympic Games across the Pacific to the United States.",
     "Спутник «Синком-2» был запущен с мыса Канаверал в июле 1963 года.",
     "Syncom", True, "technology"),
    ("Wundt's Leipzig laboratory, opened in 1879, trained many of the first generation of experimental psychologists.",
     "Вильгельм Вундт родился в 1832 году в Неккарау, ныне входящем в состав Мангейма.",
     "Wundt", False, "science"),
]

CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z]")
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


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    comp, rel = [], []
    for en, ru, label, slot, domain, ru_first in COMPARABLE:
        assert label in (A, C) and slot in SLOTS and domain in DOMAINS
        row = make(en, ru, ru_first)
        row.update(label=label, slot=slot, domain=domain)
        comp.append(row)
    for en, ru, subj, ru_first, domain in RELATED:
        row = make(en, ru, ru_first)
        row.update(label="related", slot="topic", domain=domain)
        rel.append(row)

    assert len(comp) == 60 and len(rel) == 10
    for lab in (A, C):
        rows = [r for r in comp if r["label"] == lab]
        assert len(rows) == 30, lab
        assert sum(r["lang_a"] == "ru" for r in rows) == 15, lab
        assert sum(r["lang_a"] == "en" for r in rows) == 15, lab
    cslots = {}
    for r in comp:
        if r["label"] == C:
            cslots[r["slot"]] = cslots.get(r["slot"], 0) + 1
    assert len(cslots) >= 12 and max(cslots.values()) <= 5, cslots
    doms = {}
    for r in comp:
        doms[r["domain"]] = doms.get(r["domain"], 0) + 1
    assert max(doms.values()) <= 8, doms
    texts = [r["a"] for r in comp] + [r["b"] for r in comp]
    assert len(set(texts)) == len(texts), "duplicate sentence"

    with open(os.path.join(here, "comparable_heldout62.jsonl"), "w", encoding="utf-8") as f:
        for r in comp:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "related_heldout62.jsonl"), "w", encoding="utf-8") as f:
        for r in rel:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("comparable:", len(comp), "related:", len(rel))
    print("contradict slots:", dict(sorted(cslots.items())))
    aslots = {}
    for r in comp:
        if r["label"] == A:
            aslots[r["slot"]] = aslots.get(r["slot"], 0) + 1
    print("agree slots:", dict(sorted(aslots.items())))
    print("domains:", dict(sorted(doms.items())))


if __name__ == "__main__":
    main()
