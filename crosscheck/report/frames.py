"""pandas views of a report: claims (one row per segment) and links (one row per link)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from crosscheck.report.core import Report

CLAIM_COLUMNS = [
    "id",
    "doc",
    "lang",
    "start",
    "end",
    "text",
    "kind",
    "status",
    "reason",
    "best_link_id",
    "best_link_doc",
    "best_link_relation",
    "best_link_score",
    "best_link_explanation",
    "n_links",
    "outlet",
    "date",
]

LINK_COLUMNS = [
    "claim_id",
    "counterpart_id",
    "relation",
    "score",
    "explanation",
    "rank",
    "claim_status",
    "claim_text",
    "counterpart_text",
    "claim_doc",
    "counterpart_doc",
    "claim_lang",
    "counterpart_lang",
    "evidence",
]


def claim_rows(report: "Report") -> list[dict[str, Any]]:
    rows = []
    for r in report.results:
        seg = r.segment
        doc = report.document_of(r)
        best = report.best_link(r)
        rows.append(
            {
                "id": seg.id,
                "doc": seg.doc_id,
                "lang": seg.lang,
                "start": seg.start,
                "end": seg.end,
                "text": seg.text,
                "kind": seg.kind,
                "status": r.status,
                "reason": seg.reason,
                "best_link_id": best.id if best else None,
                "best_link_doc": best.doc if best else None,
                "best_link_relation": best.relation if best else None,
                "best_link_score": round(float(best.score), 4) if best else None,
                "best_link_explanation": best.explanation if best else None,
                "n_links": len(r.links),
                "outlet": doc.outlet or None,
                "date": doc.date.isoformat() if doc.date else None,
            }
        )
    return rows


def claims_frame(report: "Report") -> "pd.DataFrame":
    import pandas as pd

    df = pd.DataFrame(claim_rows(report), columns=CLAIM_COLUMNS)
    df["start"] = df["start"].astype("int64")
    df["end"] = df["end"].astype("int64")
    df["n_links"] = df["n_links"].astype("int64")
    df["best_link_score"] = df["best_link_score"].astype("float64")
    df["date"] = pd.to_datetime(df["date"])
    return df


def link_rows(report: "Report") -> list[dict[str, Any]]:
    rows = []
    for r in report.results:
        for rank, link in enumerate(r.links, 1):
            other = report.result(link.id)
            other_doc = report.document(link.doc)
            rows.append(
                {
                    "claim_id": r.id,
                    "counterpart_id": link.id,
                    "relation": link.relation,
                    "score": round(float(link.score), 4),
                    "explanation": link.explanation,
                    "rank": rank,
                    "claim_status": r.status,
                    "claim_text": r.segment.text,
                    "counterpart_text": other.segment.text if other else None,
                    "claim_doc": r.segment.doc_id,
                    "counterpart_doc": link.doc,
                    "claim_lang": r.segment.lang,
                    "counterpart_lang": other.segment.lang if other else (other_doc.lang if other_doc else None),
                    "evidence": "; ".join(f"{e.type}: {e.detail}" for e in link.evidence) or None,
                }
            )
    return rows


def links_frame(report: "Report") -> "pd.DataFrame":
    import pandas as pd

    df = pd.DataFrame(link_rows(report), columns=LINK_COLUMNS)
    df["score"] = df["score"].astype("float64")
    df["rank"] = df["rank"].astype("int64")
    return df
