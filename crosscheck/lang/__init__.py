"""Language knowledge as data, per language, with small readers: ``resources`` (the one
loader of ``en/``, ``ru/``, ``zh/`` and ``gazetteer/`` data files, cached), ``months``
(the one month table), ``translit`` (the one transliteration and name skeleton),
``pinyin`` (Chinese names in Palladius spelling), ``gazetteer`` (countries, capitals,
cities, organisations, media, demonyms, currencies), ``homoglyphs`` (Latin/Cyrillic
look-alike folding at load time) and ``script`` (language by script).  See README.md."""
