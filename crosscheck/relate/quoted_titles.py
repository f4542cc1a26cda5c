"""Quoted titles of works blanked out of a text (issue 10, round bv).

A negation inside a work's title negates no verb of the claim: «песню «Ne me quitte pas» («Не покидай меня») Брель записал
в 1959 году» states a recording, not its absence, and "the song "Don't Stop Me Now"" no refusal.  A title is quoted after a
noun of a work (``frame.works.title_spans``, ``lang/{en,ru}/works.tsv``), or in double quotes with its words capitalised
(English title case: "the premiere of "No Time to Die""), or in single quotes so written (round cf: "the single 'Don't Look
Back in Anger'"; ``ingest/titles.py``); its translation in parentheses right after it is part of it.
"""

from __future__ import annotations

import re

__all__ = ["without_titles"]

#: A title's translation in parentheses right after it («Ne me quitte pas» («Не покидай меня»)).
_TRANSLATED_TITLE = re.compile(r"\s*\(\s*(?:[«\"“„][^»\"”“]{1,160}[»\"”“]|'[^']{1,160}')\s*\)")


def without_titles(text: str) -> str:
    """``text`` with the quoted titles of works blanked, positions kept (round bv: «песню «Не покидай меня»», "the song
    "Don't Stop Me Now"": a negation inside a title negates no verb of the claim), with a translation in parentheses."""
    from crosscheck.frame.works import title_spans
    from crosscheck.ingest.titles import title_case_quotes

    spans = list(title_spans(text)) + [m.span() for m in title_case_quotes(text)]
    for start, end in sorted(set(spans)):
        m = _TRANSLATED_TITLE.match(text, end)
        end = m.end() if m else end
        text = text[:start] + " " * (end - start) + text[end:]
    return text
