"""A cross-encoder split in two for cheap fine-tuning on a CPU (bench/train_cross_encoder.py,
bench/cross_encoder_comparable.py): the embeddings and the lower layers run once per pair without gradients
(their output can be cached), the top layers and a head are trained."""

from __future__ import annotations


def split_encoder(enc, tok, cut: int, max_len: int, n_labels: int = 3):
    """(lower, upper, head): ``lower(batch)`` -> (hidden, extended mask, mask) after layer ``cut`` for a batch of
    {"a", "b"} pairs; ``upper(hidden, ext, mask)`` -> logits from the layers above ``cut`` and a mean-pooled linear head."""
    import torch

    top = enc.encoder.layer[cut:]

    def lower(batch):
        t = tok([b["a"] for b in batch], [b["b"] for b in batch], padding=True, truncation=True, max_length=max_len,
                return_tensors="pt")
        with torch.no_grad():
            h = enc.embeddings(input_ids=t["input_ids"], token_type_ids=t.get("token_type_ids"))
            ext = (1.0 - t["attention_mask"][:, None, None, :].float()) * torch.finfo(torch.float32).min
            for layer in enc.encoder.layer[:cut]:
                out = layer(h, attention_mask=ext)
                h = out[0] if isinstance(out, tuple) else out
        return h, ext, t["attention_mask"]

    head = torch.nn.Linear(enc.config.hidden_size, n_labels)

    def upper(h, ext, mask):
        for layer in top:
            out = layer(h, attention_mask=ext)
            h = out[0] if isinstance(out, tuple) else out
        m = mask.unsqueeze(-1).float()
        return head((h * m).sum(1) / m.sum(1))

    return lower, upper, head


def train_epoch(cache, upper, lossf, opt, rng, stop=None) -> tuple[float, bool]:
    """One pass over ``cache`` (a list of ((hidden, ext, mask), labels) batches) in a shuffled order: (mean loss, whether
    ``stop()`` ended it early)."""
    order = list(range(len(cache)))
    rng.shuffle(order)
    total = 0.0
    for k in order:
        (h, ext, mask), y = cache[k]
        loss = lossf(upper(h, ext, mask), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        total += float(loss.detach())
        if stop is not None and stop():
            return total / max(1, len(order)), True
    return total / max(1, len(order)), False


def score_pairs(rows, lower, upper, batch: int = 16):
    """Class probabilities of each {"a", "b"} pair, averaged over both orders: an (n, labels) array."""
    import numpy as np
    import torch

    out = []
    with torch.no_grad():
        for i in range(0, len(rows), batch):
            b = rows[i:i + batch]
            p1 = torch.softmax(upper(*lower(b)), -1)
            p2 = torch.softmax(upper(*lower([{"a": r["b"], "b": r["a"]} for r in b])), -1)
            out.append(((p1 + p2) / 2).numpy())
    return np.concatenate(out) if out else np.zeros((0, 3))
