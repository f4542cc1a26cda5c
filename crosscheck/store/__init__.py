"""The persistent claim store (``check --store DIR``): documents, segments, frames,
vectors, links and run metadata in one SQLite database that analysts can query.

    schema   tables and the analyst views (``claims``, ``link_view``)
    codec    frames and vectors to and from rows
    db       the connection (WAL), content-hash document identity, transactions
    run      ``check`` against a store: add new documents, relate them to what is stored
    export   CSV / Parquet export (``crosscheck store export``)
"""
