"""A model's similarity noise: the cosine of unrelated sentence pairs.

Relation thresholds are expressed in units of this noise (mean ``mu``, spread
``sigma`` per language pair), so they carry over between embedding models.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from crosscheck.relate.thresholds import Z_LINK_FREE

__all__ = ["Noise", "noise_for"]


@dataclass(frozen=True)
class Noise:
    """Cosine statistics (mean, spread) of unrelated sentence pairs for one model,
    per language pair ("en-ru", "en-en", "ru-ru"); "en-ru" stands in for a
    missing pair."""

    stats: Mapping[str, tuple[float, float]]

    def _pair(self, la: str, lb: str) -> tuple[float, float]:
        key = "-".join(sorted((la, lb)))
        return self.stats.get(key) or self.stats["en-ru"]

    def z(self, cos: float, la: str = "en", lb: str = "ru") -> float:
        mu, sigma = self._pair(la, lb)
        return (cos - mu) / sigma

    def score(self, cos: float, la: str = "en", lb: str = "ru") -> float:
        """Similarity mapped to [0, 1]: 0.5 at the threshold for linking claims that share nothing."""
        return 1.0 / (1.0 + math.exp(-(self.z(cos, la, lb) - Z_LINK_FREE)))


@lru_cache(maxsize=8)
def noise_for(model: str) -> Noise:
    """The model's noise: fitted offline with its calibration (bench/calibrate.py), else
    measured on the packaged background sentences (English against Russian ones)."""
    from crosscheck.match.align import background_texts, background_vectors, get_calibration

    try:
        stored = get_calibration(model).noise
    except Exception:  # an uncalibrated model
        stored = None
    if stored and "en-ru" in stored:
        return Noise({k: (float(v[0]), float(v[1])) for k, v in stored.items()})
    vectors = background_vectors(model)
    langs = _background_langs(len(background_texts()))
    en, ru = vectors[langs == "en"], vectors[langs == "ru"]
    cross = (en @ ru.T).ravel()
    return Noise({"en-ru": (float(cross.mean()), float(cross.std() or 0.05))})


def _background_langs(n: int) -> np.ndarray:
    from importlib import resources

    rows = (resources.files("crosscheck") / "data" / "background.tsv").read_text(encoding="utf-8").splitlines()[1:]
    langs = [r.split("\t", 1)[0] for r in rows if "\t" in r and r.split("\t", 1)[1].strip()]
    return np.array(langs[:n])
