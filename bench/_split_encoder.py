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
