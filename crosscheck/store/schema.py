"""The store's SQL schema (SQLite).  Analysts may query the file directly:

    sqlite3 STORE/crosscheck.sqlite "SELECT relation, COUNT(*) FROM links GROUP BY 1"

Tables
------
``meta(key, value)``                  schema version, embedding model key, vector dimension
``runs(id, started, finished, ...)``  one row per ``check --store`` run; ``finished`` NULL = killed;
                                      ``classifier`` 'on'/'off': the pair classifier's setting for
                                      the links the run decided
``documents(hash, id, ..., state)``   one row per document, keyed by the SHA-256 of its text;
                                      ``state`` 'read' (per-document stages done) or 'related'
``segments(doc, n, start, end, lang, kind, reason, section, text)``  every segment (``doc`` = document hash)
``frames(doc, n, frame)``             claim frames as JSON (lossless, see ``store.codec``)
``vectors(doc, n, vec, kth)``         float32 unit vectors of the claims (the store's model), and the
                                      cosine of each claim's k-th best candidate when it was related
                                      (a later claim must beat it to become its candidate), and
                                      ``akth`` the same for its k-th candidate by anchors
                                      (``relate.candidates.anchor_rank``: shared anchors x 4 + cosine + 1)
``links(a_doc, a_n, b_doc, b_n, relation, score, explanation, evidence, run, kind, ord)``
                                      one row per pair decision (direction a -> b); ``kind`` 'pair'
                                      or 'exclusivity' (a corpus-wide "first since" violation)

A segment's output id is ``documents.id || ':' || printf('%02d', n)``.
"""

#: Columns added after a schema version shipped (table, column, type): added on open.
ADDED_COLUMNS = (("vectors", "akth", "REAL"), ("runs", "classifier", "TEXT"))

SCHEMA_VERSION = "3"

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    command TEXT,
    model TEXT,
    documents_added INTEGER DEFAULT 0,
    claims_added INTEGER DEFAULT 0,
    links_added INTEGER DEFAULT 0,
    timings TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    lang TEXT, date TEXT, date_source TEXT, outlet TEXT, url TEXT, title TEXT, path TEXT, encoding TEXT, fmt TEXT,
    folded TEXT,
    state TEXT NOT NULL DEFAULT 'read',
    seq INTEGER NOT NULL,
    run INTEGER REFERENCES runs(id)
);
CREATE TABLE IF NOT EXISTS segments (
    doc TEXT NOT NULL REFERENCES documents(hash),
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    lang TEXT, kind TEXT, reason TEXT, section TEXT, text TEXT,
    PRIMARY KEY (doc, n)
);
CREATE TABLE IF NOT EXISTS frames (
    doc TEXT NOT NULL, n INTEGER NOT NULL, frame TEXT NOT NULL, PRIMARY KEY (doc, n)
);
CREATE TABLE IF NOT EXISTS vectors (
    doc TEXT NOT NULL, n INTEGER NOT NULL, vec BLOB NOT NULL, kth REAL, akth REAL, PRIMARY KEY (doc, n)
);
CREATE TABLE IF NOT EXISTS links (
    a_doc TEXT NOT NULL, a_n INTEGER NOT NULL, b_doc TEXT NOT NULL, b_n INTEGER NOT NULL,
    relation TEXT NOT NULL, score REAL NOT NULL, explanation TEXT, evidence TEXT, run INTEGER,
    kind TEXT NOT NULL DEFAULT 'pair', ord INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS links_a ON links (a_doc);
CREATE INDEX IF NOT EXISTS links_b ON links (b_doc);
CREATE VIEW IF NOT EXISTS claims AS
    SELECT d.id || ':' || printf('%02d', s.n) AS id, d.id AS doc, s.lang, s.kind, s.text, f.frame, d.date, d.outlet
    FROM segments s JOIN documents d ON d.hash = s.doc LEFT JOIN frames f ON f.doc = s.doc AND f.n = s.n;
CREATE VIEW IF NOT EXISTS link_view AS
    SELECT da.id || ':' || printf('%02d', l.a_n) AS a, db.id || ':' || printf('%02d', l.b_n) AS b,
           l.relation, l.score, l.explanation, l.run
    FROM links l JOIN documents da ON da.hash = l.a_doc JOIN documents db ON db.hash = l.b_doc;
"""
