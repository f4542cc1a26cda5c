"""Lexical cues for segment kinds, English and Russian.

These are general properties of news prose (promos, datelines, evaluations,
wishes, predictions), not phrases of any particular article.  Each opinion cue
has a weight; see ``classify.py`` for how they combine.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE | re.UNICODE


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _I)


# --- boilerplate -----------------------------------------------------------------
PROMO = _rx(
    r"^\W*(follow|subscribe|join|like|share|read more|read also|see also|sign up|download|click|tap|watch|listen)\b.*"
    r"\b(us|our|on|to|here|channel|telegram|twitter|facebook|instagram|youtube|whatsapp|newsletter|app)\b",
    r"^\W*(подписывайтесь|подпишитесь|читайте|смотрите также|следите|присоединяйтесь|поделиться|скачайте|реклама)\b",
    r"(^|\s)@\w{3,}",
    r"^\W*(advertisement|sponsored|ad)\W*$",
)
CREDIT = _rx(
    r"^\W*(photo|фото|image|source|источник|©|copyright|all rights reserved|все права защищены|tags|теги|"
    r"editing by|reporting by|writing by|edited by)\b",
    r"^\W*©",
)
BREADCRUMB = _rx(
    r"^(home|main|главная|новости|news)(\s*[›>»/|·]\s*|(?=[A-ZА-ЯЁ]))",
    r"\S\s*[›»>]\s*\S.*\s*[›»>]\s*\S",
)
#: "date 2019-07-11 ...", "Updated: ..." header lines.
HEADER = _rx(r"^\W*(date|dated|updated|published|posted|опубликовано|обновлено|дата)\s*:?\s*\d")
#: "БАКУ, 26 ноя — Sputnik." / "MOSCOW, Nov 26 (Reuters) -"
DATELINE = re.compile(
    r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .\-]{2,},\s*(\d{1,2}\s+[A-Za-zА-Яа-яЁё]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})"
    r"(\s*,?\s*\d{4})?\s*(\(([^)]{2,40})\))?\s*[—–-]?\s*([\w .]{0,40})\.?\s*[—–-]?$"
)
URL_ONLY = re.compile(r"^\W*(https?://|www\.)\S+\W*$", _I)
CONJUNCTIONS = {"и", "and", "&", "с", "with", "vs", "vs.", "против", "of"}

# --- opinion --------------------------------------------------------------------
OPINION_CUES: tuple[tuple[re.Pattern[str], float, str], ...] = (
    # first-person stance, belief, feeling
    (_rx(r"\b(i|we)\s+(do\s+)?(think|believe|hope|wish|expect|consider|feel|am sure|are sure|am confident|are confident|"
         r"appreciate|value|view|regard|see it)\b",
         r"\b(думаю|думаем|считаю|считаем|полагаю|полагаем|надеюсь|надеемся|уверен|уверены|ценим|расцениваем|"
         r"воспринимаем|рассчитываем|желаю|желаем)\b",
         r"\b(in my opinion|in our view|it seems|по-моему|на мой взгляд|на наш взгляд|по нашему мнению)\b"), 1.0, "stance"),
    (_rx(r"\b(i|we)\s+(am|are)\s+(glad|happy|pleased|proud|grateful|delighted)\b", r"\b(рад|рады|горд\w*|с гордостью)\b"),
     1.0, "feeling"),
    # greetings, thanks, wishes
    (_rx(r"\b(thank you|thanks|welcome|congratulat\w*|good luck|best wishes|i wish|we wish)\b",
         r"\b(спасибо|добро пожаловать|поздравля\w*|желаю|удачи)\b", r"^\W*dear\b", r"^\W*(дорог|уважаем)\w*\b",
         r"\bit is a (great )?pleasure\b", r"\b(приятно|рад приветствовать)\b"), 1.0, "greeting or wish"),
    # evaluation
    (_rx(r"\b(of course|certainly|undoubtedly|no doubt)\b", r"\b(конечно|безусловно|несомненно)\b"), 0.6, "evaluation"),
    # evaluative predicates: "X is very good", "good results", "a sign of trust"
    (_rx(r"\b(is|are|was|were|has been|have been)\s+(also\s+)?(very\s+|extremely\s+|highly\s+)?(good|excellent|successful|"
         r"encouraging|valuable|fruitful|productive|remarkable|wonderful|great|positive|important)\b",
         r"\b(good|excellent|great|positive)\s+(results?|opportunity|opportunities|relations|tradition|sign)\b",
         r"\b(a|the)\s+sign\s+of\b", r"\bencouraging\b", r"\b(very\s+)?successful\b",
         r"\bзнак\w*\s+(большого\s+|очень\s+)?(доверия|уважения|дружбы|доверительных)\b",
         r"\b(внушает надежд\w*|самом?ы?й?\s+высок\w+\s+уровн\w+)\b",
         r"\b(хорош\w+|отличн\w+|плодотворн\w+)\s+(результат\w*|возможност\w+|отношени\w+)\b"), 1.0, "evaluation"),
    # softer evaluative words
    (_rx(r"\b(very|extremely|highly|truly|really)\s+(good|important|valuable|useful|productive|necessary|significant)\b",
         r"\b(important|valuable|useful)\b", r"\bочень\s+\w+", r"\b(хорош\w+|отличн\w+|успешн\w+|ценн\w+|важн\w+)\b"),
     0.6, "evaluation"),
    (_rx(r"\b(stressed|emphasi[sz]ed|underlined|highlighted|underscored)\s+the\s+(importance|important|need|necessity|role)\b",
         r"\b(подчеркнул\w*|отметил\w*)\s+(важност\w+|значимост\w+|необходимост\w+|роль)\b",
         r"\b(main|biggest|greatest|major|key|primary)\s+(threat|challenge|problem|danger|priority)\b",
         r"\b(главн\w+|основн\w+)\s+(угроз\w+|проблем\w+|вызов\w*)\b"), 1.0, "evaluation"),
    # predictions of how things will go
    (_rx(r"\bwill\s+(also\s+)?(continue\s+to\s+)?(develop|grow|strengthen|improve|expand|depend|be completed|succeed|flourish)\b",
         r"\bбудет\s+(и\s+)?(развиваться|продолжаться|расти|укрепляться|улучшаться|зависеть)\b",
         r"\b(зависят|зависит)\b", r"\bdepends?\s+on\b"), 1.0, "prediction"),
    (_rx(r"\b(help|helps|serve|serves|contribute|contributes)\s+(in\s+|to\s+)?(reduc|strength|prevent|convergence|build)\w*",
         r"\b(служ\w+|способству\w+|помога\w+)\s+(предотвращени\w+|укреплени\w+|снижени\w+|сближени\w+)",
         r"\bof (serious|great|particular) (help|importance|significance)\b"), 1.0, "evaluation"),
    (_rx(r"\bcould\b.*\bbut\b", r"\bмогли бы\b"), 0.4, "hypothetical"),
)
#: Signals of checkable content that outweigh soft opinion cues.
FACT_NUMBER = re.compile(r"\d")
#: Factive constructions presuppose their complement: "glad that X" asserts X.
FACT_PRESUPPOSITION = _rx(r"\bthe fact that\b", r"\b(за|тому,?) то,? что\b", r"\bfor (once again )?providing\b",
                          r"\b(glad|happy|pleased|proud|grateful)\s+that\b", r"\b(рад|рады|горжусь|гордимся),\s+что\b")
ATTRIBUTION_INTRO = _rx(r"\b(said|says|stated|noted|added|told|declared)\s*:\s*$",
                        r"\b(сказал|заявил|отметил|добавил|сообщил)\w*\s*:\s*$")
