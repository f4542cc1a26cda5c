"""Relate: decide, for candidate pairs, agree / contradict / related, and one status per claim.

    event_view   what a claim reports as an event (type, people, place, interval)
    noise        a model's cosine noise; thresholds are in its units (``thresholds``)
    pair         the decision for one pair of claims, with typed evidence
    violations   "first since X" checked against every event of the corpus
    corpus       candidate pairs across documents, then ``pair`` on each
    nli          an optional NLI model that can veto or raise a verdict
    verdict      contradict > agree > related > unique, links best first
    names        readable names for explanations

Reads frames (``crosscheck.frame``) and vectors (``crosscheck.match``).
"""
