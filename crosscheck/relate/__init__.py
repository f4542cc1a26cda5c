"""Relate: decide, for candidate pairs, agree / contradict / related, and one status per claim.

    decide       the one decision path of check and compare: exclusivity, the slot
                 decision per pair, NLI refinement, further refiners (a pair-classifier hook)
    pair         the decision for one pair of claims, with typed evidence (``event_figures``:
                 figures of two event reports)
    slots        the slots of two same statements paired and compared (``slot_values``:
                 slots of one claim; ``negation``: polarity and opposite predicates;
                 ``name_keys``: do two keys name one entity; ``durations``: figures in two
                 units of one dimension; ``designators``: "vitamin C" as a code)
    explain      every explanation sentence, rendered from the evidence
    confidence   a link's score: the calibrated confidence of its relation
    event_view   what a claim reports as an event (type, people, place, interval)
    noise        a model's cosine noise; thresholds are in its units (``thresholds``)
    violations   "first since X" checked against every event of the corpus
    candidates   which pairs are worth a decision
    corpus       candidate pairs across documents, then ``decide``
    nli          an optional NLI model that can veto or raise a verdict
    verdict      contradict > agree > related > unique, links best first
    compact      relations held compactly on large corpora (shared evidence, explanation templates)
    names        readable names for explanations

Reads frames (``crosscheck.frame``) and vectors (``crosscheck.match``).  How a pair
is decided and how the score is computed: ``docs/relate.md``.
"""
