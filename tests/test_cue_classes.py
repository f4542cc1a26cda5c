"""Every opinion cue class (crosscheck/lang/*/cues.toml) is general: each holds on at least
three sentences written for this table, none from the seed articles, and stays silent on
factual sentences that share its words."""

from __future__ import annotations

import pytest

from crosscheck.ingest import cues
from crosscheck.ingest.cues import opinion_class_patterns

EXAMPLES = {
    "sign of attitude": [
        "The prime minister called the visit a sign of respect for the people of Ghana.",
        "Japan sent the aid as a token of friendship.",
        "Эту поездку в Пекине восприняли как знак уважения к Китаю.",
        "Делегация передала подарок в знак признательности за помощь.",
    ],
    "hope or optimism": [
        "The ceasefire gives new hope to millions of displaced people.",
        "Analysts are cautiously optimistic about the second quarter.",
        "Решение суда вселяет надежду на справедливость.",
        "Итоги саммита внушают оптимизм, заявил министр.",
    ],
    "importance ranking": [
        "Drought is the biggest threat to farmers in the Sahel.",
        "The key challenge for the new government is inflation.",
        "Главной проблемой отрасли остается нехватка кадров.",
        "Коррупция названа основной угрозой для экономики.",
    ],
    "claimed benefit": [
        "The new bridge will help reduce traffic in the city centre.",
        "The programme was of great help to small businesses.",
        "Эти меры служат укреплению доверия между странами.",
        "Новый договор способствует сближению позиций сторон.",
    ],
    "counterfactual": [
        "The team could have won the match, but the referee disallowed the goal.",
        "It would be better to postpone the vote.",
        "Власти могли бы снизить налоги, но решили иначе.",
        "Следовало бы начать переговоры раньше, считает эксперт.",
    ],
}

NOT_OPINION = {
    "sign of attitude": ["The minister signed the agreement in Rome.", "Знак качества получили 12 предприятий."],
    "hope or optimism": ["Hope County reported 40 new cases.", "Надежда Петрова выиграла турнир в Москве."],
    "importance ranking": ["The main road was closed on Monday.", "Основной этап строительства завершен в мае."],
    "claimed benefit": ["Rescue teams helped 40 people leave the building.", "Он служил в армии с 1990 года."],
    "counterfactual": ["The bank said profit rose by 5% but sales fell.", "Он мог приехать в пятницу."],
}

PRESUPPOSED = [
    "The president thanked Norway for hosting the peace talks.",
    "She is grateful to the city for once again organising the festival.",
    "Министр поблагодарил Казахстан за организацию встречи.",
    "Он выразил признательность хозяевам за то, что они приняли делегацию.",
]


def test_every_class_has_three_outside_examples():
    classes = opinion_class_patterns()
    for name in EXAMPLES:
        assert name in classes, name
        assert len(EXAMPLES[name]) >= 3


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in EXAMPLES.items() for t in ts])
def test_class_matches(name, text):
    assert opinion_class_patterns()[name].search(text), (name, text)


@pytest.mark.parametrize("name,text", [(n, t) for n, ts in NOT_OPINION.items() for t in ts])
def test_class_silent_on_facts(name, text):
    assert not opinion_class_patterns()[name].search(text), (name, text)


@pytest.mark.parametrize("text", PRESUPPOSED)
def test_thanks_for_an_act_presuppose_the_act(text):
    assert cues.FACT_PRESUPPOSITION.search(text)


@pytest.mark.parametrize("text", ["Thank you all for coming today.", "Спасибо за внимание.", "Thanks for listening!",
                                  "Благодарю вас за терпение."])
def test_thanks_as_a_greeting_presuppose_nothing(text):
    assert not cues.FACT_PRESUPPOSITION.search(text)


def test_no_seed_phrases_in_code():
    """The seed-tailored phrases are gone from the package's Python code."""
    import re
    from pathlib import Path

    pkg = Path(cues.__file__).resolve().parents[1]
    bad = re.compile(r"gerasim|scaparr|sadikov|aliyev|герасим|скапар|садыков|алиев|azertac|milli majlis|Bозобнов|"
                     r"знак большого|внушает надежд|of serious help|for \(once again \)\?providing", re.I)
    for path in pkg.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            code = line.split("#", 1)[0]
            assert not bad.search(code), f"{path.name}: {line.strip()}"


def test_fresh_held_out_kinds():
    """tests/data/kinds_holdout2.jsonl, written before the cue data was run on it (issue 9):
    first contact 28/30 (0.933; the two misses, "a very important and timely decision" in
    both languages, kept).  The floor sits below."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_classify import kinds

    group = {"claim": "claim", "quote-claim": "claim", "opinion": "opinion", "boilerplate": "boilerplate"}
    path = Path(__file__).parent / "data" / "kinds_holdout2.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = 0
    for item in items:
        got = kinds(item["text"])
        right += len(got) == 1 and group[got[0][1]] == group[item["kind"]]
    assert len(items) >= 30 and right / len(items) >= 0.85
