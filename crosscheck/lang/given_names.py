"""Given names the two languages translate rather than transliterate (``ruler_names.tsv``: Henry = Генрих, William =
Вильгельм, Frederick = Фридрих): rulers, popes, saints and the princes of German and Scandinavian houses."""

from __future__ import annotations

from functools import lru_cache

__all__ = ["english_given"]


def english_given(form: str) -> str | None:
    """The first English form of the row of ``ruler_names.tsv`` that holds ``form`` (a dictionary form: "Генрих" ->
    "Henry", "Wilhelm" -> "William"), else None."""
    return _table().get(form.lower().replace("ё", "е"))


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    from crosscheck.lang.resources import split, tsv

    out: dict[str, str] = {}
    for row in tsv("ruler_names.tsv"):
        en = split(row["en"])
        for form in en + split(row["ru"]):
            out.setdefault(form.lower().replace("ё", "е"), en[0])
    return out
