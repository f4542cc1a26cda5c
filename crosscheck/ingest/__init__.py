"""Ingest: from paths to classified segments.

    load (``load/``)   files, folders, JSONL, stdin -> ``Document`` (decoded text,
                       language, date, outlet)
    segment            ``Document`` -> ``Segment`` spans covering every character
    classify           each segment gets a kind (claim, quote-claim, opinion,
                       heading, boilerplate, unsupported) and, if skipped, a reason
    cues               the cue lists classify reads (language data)
    titles             quoted titles in title case, which state no opinion (shared
                       with the relation stage's negation reader)

Nothing here imports the later stages.
"""
