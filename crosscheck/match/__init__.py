"""Match: claims in one multilingual vector space, and candidate counterparts.

    embed (``embed/``)  ``Embedder.encode(texts) -> (n, d)`` float32, L2-normalised;
                        packaged backends, sentence-transformers, a disk cache
    align               calibrated cross-lingual pair scores (``crosscheck align``)

Depends on the data model only; the relation stage builds on it.
"""
