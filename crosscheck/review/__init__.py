"""The fact-checking desk: reviewers' decisions on links (confirmed, rejected, unsure).

``keys`` (stable content-hash keys of links), ``store`` (the SQLite decisions
database), ``source`` (flags read from a saved run), ``feedback`` (decisions
applied to a new run), ``stats``, ``claimreview`` (schema.org export) and ``app``
(the Textual review app, imported only by ``crosscheck review``).
"""
