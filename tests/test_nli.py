"""The optional NLI signal, with a tiny classifier built here (no download)."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytestmark = pytest.mark.slow


def _tiny_nli(path, id2label, favour: int):
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizer

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "they", "met", "in", "geneva", "on", "monday", "did", "not",
             "meet", "они", "встретились", "в", "женеве", ".", ","]
    vocab = {w: i for i, w in enumerate(words)}
    tok = BertTokenizer(vocab=vocab, do_lower_case=True, strip_accents=False)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64, num_labels=3,
                        id2label=id2label, label2id={v: k for k, v in id2label.items()})
    model = BertForSequenceClassification(config)
    with torch.no_grad():  # a classifier that always prefers one label index
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([-5.0, -5.0, -5.0]))
        model.classifier.bias[favour] = 5.0
    model.save_pretrained(path)
    tok.save_pretrained(path)
    return path


@pytest.mark.parametrize("id2label, favour, expect", [
    ({0: "entailment", 1: "neutral", 2: "contradiction"}, 2, "contradiction"),
    ({0: "CONTRADICTION", 1: "NEUTRAL", 2: "ENTAILMENT"}, 0, "contradiction"),  # reversed order, read from config
    ({0: "contradiction", 1: "neutral", 2: "entailment"}, 2, "entailment"),
])
def test_label_order_is_read_from_the_config(tmp_path, id2label, favour, expect):
    from crosscheck.relate.nli import NLIModel

    model = NLIModel(str(_tiny_nli(tmp_path / "nli", id2label, favour)))
    probs = model.predict_symmetric([("They met in Geneva on Monday.", "Они встретились в Женеве.")] * 3)
    assert probs.shape == (3, 3)
    assert abs(float(probs[0].sum()) - 1.0) < 1e-4
    column = {"entailment": 0, "neutral": 1, "contradiction": 2}[expect]
    assert probs[0].argmax() == column and probs[0, column] > 0.99


def test_nli_vetoes_an_agreement_but_frames_stay_the_explanation(tmp_path):
    from crosscheck.pairs import compare_pairs

    path = _tiny_nli(tmp_path / "nli", {0: "entailment", 1: "neutral", 2: "contradiction"}, 2)
    pair = {"a": "Lavrov and Lukashenko met in Geneva on January 21, 2022.", "b": "21 января 2022 года в Женеве встретились Лавров и Лукашенко.",
            "date_a": "2022-01-22", "date_b": "2022-01-22"}
    (plain,) = compare_pairs([pair])
    (with_nli,) = compare_pairs([pair], nli=str(path))
    assert plain["relation"] == "agree"
    assert with_nli["relation"] == "contradict"
    assert with_nli["explanation"].startswith(plain["explanation"].rstrip("."))
    assert "NLI" in with_nli["explanation"]


def test_a_missing_or_wrong_model_is_a_clear_error(tmp_path, monkeypatch):
    import time

    from crosscheck.errors import ModelError
    from crosscheck.relate.nli import NLIModel

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    t0 = time.perf_counter()
    with pytest.raises(ModelError, match="not a local directory"):
        NLIModel("someone/no-such-nli-model")
    assert time.perf_counter() - t0 < 5
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="config.json"):
        NLIModel(str(tmp_path / "empty"))
