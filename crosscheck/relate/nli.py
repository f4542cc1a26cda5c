"""An optional learned signal: any Hugging Face NLI sequence-classification model.

The model is a local directory (e.g. under ``models/``) or a hub id when the
network allows.  The label order is read from the model's config (``id2label``),
since models disagree on it.  Pairs are scored in batches on the CPU, in both
directions.  The frames stay the explanation: NLI can veto an agreement, turn a
same-event agreement into a contradiction only with high confidence, and add
its probabilities as evidence.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from crosscheck.errors import ModelError
from crosscheck.model import Evidence

#: Probability above which NLI vetoes an agreement / declares a contradiction.
VETO = 0.8
CONTRADICT = 0.9
ENTAIL = 0.9


def _label_index(id2label: dict) -> dict[str, int]:
    found: dict[str, int] = {}
    for idx, name in id2label.items():
        low = str(name).lower()
        for label, stem in (("entailment", "entail"), ("neutral", "neutral"), ("contradiction", "contradict")):
            if stem in low:
                found[label] = int(idx)
    if "entailment" not in found or "contradiction" not in found:
        raise ModelError(f"not an NLI model: its labels are {sorted(map(str, id2label.values()))} "
                         "(need entailment and contradiction)")
    return found


class NLIModel:
    """``predict(pairs) -> (n, 3)`` probabilities in the order entailment, neutral, contradiction."""

    def __init__(self, source: str, *, batch_size: int = 16, max_length: int = 256, threads: int | None = None):
        self.name = source
        self.batch_size = batch_size
        self.max_length = max_length
        path = Path(source).expanduser()
        if path.exists():
            if not (path / "config.json").is_file():
                raise ModelError(f"{source}: no config.json: not a Hugging Face model directory")
            load_from = str(path)
        else:
            load_from = self._hub_source(source)
        t0 = time.perf_counter()
        try:
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError:
            raise ModelError('NLI models need the ml extra: pip install "torch==2.13.0" "crosscheck[ml]"') from None
        if threads:
            torch.set_num_threads(threads)
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(load_from)
            self.model = AutoModelForSequenceClassification.from_pretrained(load_from)
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot load NLI model {source!r}: {str(exc).splitlines()[0]}") from None
        self.model.eval()
        self.labels = _label_index(self.model.config.id2label)
        self.load_seconds = time.perf_counter() - t0

    @staticmethod
    def _hub_source(source: str) -> str:
        from crosscheck.match.embed.backends import _hub_reachable, hf_cached_snapshot, hub_offline

        cached = hf_cached_snapshot(source)
        if cached is not None:
            return str(cached)
        if hub_offline():
            raise ModelError(
                f"NLI model {source!r} is not a local directory and is not in the Hugging Face cache, and the hub is "
                "offline (HF_HUB_OFFLINE=1). Download it on a machine with a network "
                f"(huggingface-cli download {source} --local-dir models/{source.split('/')[-1]}) and pass that directory."
            )
        if not _hub_reachable():
            raise ModelError(f"NLI model {source!r} is not a local directory or cached, and the Hugging Face hub "
                             "cannot be reached. Pass a local model directory.")
        return source

    def predict(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        import torch

        out = np.zeros((len(pairs), 3), dtype=np.float32)
        order = [self.labels["entailment"], self.labels.get("neutral", -1), self.labels["contradiction"]]
        with torch.inference_mode():
            for start in range(0, len(pairs), self.batch_size):
                chunk = pairs[start : start + self.batch_size]
                enc = self.tokenizer([p for p, _ in chunk], [h for _, h in chunk], padding=True, truncation=True,
                                     max_length=self.max_length, return_tensors="pt")
                probs = torch.softmax(self.model(**enc).logits, dim=-1).numpy()
                for k, idx in enumerate(order):
                    if idx >= 0:
                        out[start : start + len(chunk), k] = probs[:, idx]
        return out

    def predict_symmetric(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """Both directions averaged: claims from two sources have no premise."""
        if not pairs:
            return np.zeros((0, 3), dtype=np.float32)
        both = self.predict(list(pairs) + [(h, p) for p, h in pairs])
        return (both[: len(pairs)] + both[len(pairs) :]) / 2


def refine_with_nli(relations: list, nli) -> list:
    """Combine NLI probabilities with the frame relations (see module doc)."""
    model = NLIModel(nli) if isinstance(nli, str) else nli
    todo = [i for i, r in enumerate(relations) if r.relation in ("agree", "related")]
    probs = model.predict_symmetric([(relations[i].a.text, relations[i].b.text) for i in todo])
    out = list(relations)
    for i, (p_ent, p_neu, p_con) in zip(todo, probs):
        rel = out[i]
        note = Evidence("nli", f"{model.name}: entailment {p_ent:.2f}, neutral {p_neu:.2f}, contradiction {p_con:.2f}",
                        f"{p_ent:.3f}", f"{p_con:.3f}")
        evidence = rel.evidence + (note,)
        same_event = any(e.type in ("same-event", "same-fact") for e in rel.evidence)
        if rel.relation == "agree" and same_event and p_con >= CONTRADICT and rel.a.kind != "opinion" and rel.b.kind != "opinion":
            out[i] = dataclasses.replace(rel, relation="contradict", evidence=evidence, explanation=(
                f"{rel.explanation.rstrip('.')}; but the NLI model judges the two statements contradictory "
                f"(p={p_con:.2f}) though the frames show no clash of dates, numbers or places."))
        elif rel.relation == "agree" and p_con >= VETO:
            out[i] = dataclasses.replace(rel, relation="related", evidence=evidence, explanation=(
                f"{rel.explanation.rstrip('.')}; the NLI model doubts they state the same fact (contradiction p={p_con:.2f})."))
        elif rel.relation == "related" and p_ent >= ENTAIL and not any(
                e.type.startswith("different") for e in rel.evidence):
            out[i] = dataclasses.replace(rel, relation="agree", evidence=evidence, explanation=(
                f"{rel.explanation.rstrip('.')}; the NLI model finds they state the same thing (entailment p={p_ent:.2f})."))
        else:
            out[i] = dataclasses.replace(rel, evidence=evidence)
    return out
