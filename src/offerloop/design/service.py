"""DesignManager (app.designs): the cases, the workspace drafts, submitted attempts and their history.

Every method opens its own unit of work and returns plain JSON-ready dicts; the feedback is computed
by offerloop.design.review (pure), over claims judged by offerloop.feedback."""

from __future__ import annotations

import difflib
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import select

from offerloop.design.rubric import SECTIONS, SECTION_KEYS, TOTAL_MINUTES
from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow

MAX_SECTION_CHARS = 30_000


def unknown_case(slug: str, known) -> str:
    known = sorted(known)
    close = [k for k in known if slug and (slug in k or k in slug)]
    close += [k for k in difflib.get_close_matches(slug, known, n=3, cutoff=0.5) if k not in close]
    hint = f" Did you mean: {', '.join(close[:3])}?" if close else " `offerloop design list` shows the cases."
    return f"There is no design case called {slug!r}.{hint}"


def workspace_markdown(case) -> str:
    """The Markdown workspace `design start` writes: the prompt, then one heading per PROBLEM section."""
    lines = [f"# {case.title}", "", "<!-- offerloop design case: " + case.slug + " -->", "",
             "> " + case.prompt.strip().replace("\n", "\n> "), "",
             f"<!-- Time: {TOTAL_MINUTES} minutes. Write under each heading; a fenced mermaid block draws a diagram. -->", ""]
    for s in SECTIONS:
        lines += [f"## {s.letter} - {s.title} ({s.minutes} min)", "", f"<!-- {s.prompt} -->", "", ""]
    return "\n".join(lines)


def compose(sections: Mapping[str, str]) -> str:
    """The page's panes as one Markdown design, with the PROBLEM headings."""
    parts = []
    for s in SECTIONS:
        body = (sections.get(s.key) or "").strip()
        if body:
            parts.append(f"## {s.letter} - {s.title}\n\n{body}\n")
    return "\n".join(parts)


def case_summary(case) -> dict[str, Any]:
    return {"slug": case.slug, "title": case.title, "uuid": str(case.uuid), "tags": list(case.tags),
            "prompt": case.prompt.strip(), "concepts": len(case.concepts), "pitfalls": [p.kind for p in case.pitfalls]}


def case_detail(case, *, reference: bool = False) -> dict[str, Any]:
    data = case_summary(case)
    data["clarifications"] = [{"question": c.question, "answer": c.answer} for c in case.clarifications]
    data["sections"] = [{"key": s.key, "letter": s.letter, "title": s.title, "minutes": s.minutes, "prompt": s.prompt,
                         "concepts": [c.point for c in case.concepts if c.section == s.key] if reference else []}
                        for s in SECTIONS]
    data["minutes"] = TOTAL_MINUTES
    if reference:
        data["reference"] = case.reference
        data["pitfall_points"] = [{"kind": p.kind, "point": p.point} for p in case.pitfalls]
    return data


class DesignManager:
    def __init__(self, app):
        self.app = app

    # -- cases -------------------------------------------------------------------------------
    def get_case(self, slug: str):
        slug = (slug or "").strip().lower()
        designs = self.app.content.designs
        if slug not in designs:
            raise NotFound(unknown_case(slug, designs))
        return designs[slug]

    def cases(self) -> list[dict[str, Any]]:
        from offerloop.design.models import DesignAttempt

        with self.app.session() as s:
            rows = s.execute(select(DesignAttempt.case_slug, DesignAttempt.score)
                             .where(DesignAttempt.owner_id == self.app.user_id)).all()
        best: dict[str, int] = {}
        count: dict[str, int] = {}
        for slug, score in rows:
            best[slug] = max(best.get(slug, 0), score)
            count[slug] = count.get(slug, 0) + 1
        out = []
        for slug, case in sorted(self.app.content.designs.items()):
            item = case_summary(case)
            item.update({"attempts": count.get(slug, 0), "best_score": best.get(slug)})
            out.append(item)
        return out

    def show(self, slug: str, *, reference: bool = False) -> dict[str, Any]:
        return case_detail(self.get_case(slug), reference=reference)

    def workspace(self, slug: str) -> str:
        return workspace_markdown(self.get_case(slug))

    # -- drafts ------------------------------------------------------------------------------
    def _draft_row(self, s, slug: str):
        from offerloop.design.models import DesignDraft

        return s.scalars(select(DesignDraft).where(DesignDraft.owner_id == self.app.user_id,
                                                   DesignDraft.case_slug == slug)
                         .order_by(DesignDraft.updated_at.desc(), DesignDraft.id.desc())).first()

    def draft(self, slug: str) -> dict[str, Any]:
        case = self.get_case(slug)
        with self.app.session() as s:
            row = self._draft_row(s, case.slug)
            if row is None:
                return {"case": case.slug, "sections": {k: "" for k in SECTION_KEYS}, "timer": {}, "updated_at": None}
            return {"case": case.slug, "sections": {k: (row.sections or {}).get(k, "") for k in SECTION_KEYS},
                    "timer": dict(row.timer or {}), "updated_at": row.updated_at.isoformat()}

    def save_draft(self, slug: str, sections: Mapping[str, str], timer: Mapping[str, Any] | None = None,
                   *, now: datetime | None = None) -> dict[str, Any]:
        from offerloop.design.models import DesignDraft

        case = self.get_case(slug)
        unknown = sorted(set(sections) - set(SECTION_KEYS))
        if unknown:
            raise InvalidInput(f"Unknown section {unknown[0]!r}; the sections are {', '.join(SECTION_KEYS)}.")
        for key, value in sections.items():
            if not isinstance(value, str):
                raise InvalidInput(f"The {key} section must be text.")
            if len(value) > MAX_SECTION_CHARS:
                raise InvalidInput(f"The {key} section is longer than {MAX_SECTION_CHARS:,} characters.")
            if "\x00" in value:
                raise InvalidInput(f"The {key} section holds binary data, not text.")
        now = now or utcnow()
        with self.app.session() as s:
            row = self._draft_row(s, case.slug)
            if row is None:
                row = DesignDraft(owner_id=self.app.user_id, case_slug=case.slug, case_uuid=str(case.uuid),
                                  sections={}, timer={}, created_at=now, updated_at=now)
                s.add(row)
            merged = dict(row.sections or {})
            merged.update({k: v for k, v in sections.items()})
            row.sections = merged
            if timer is not None:
                row.timer = dict(timer)
            row.updated_at = now
            s.flush()
            return {"case": case.slug, "saved": True, "updated_at": now.isoformat()}

    # -- feedback ------------------------------------------------------------------------------
    def review(self, text: str, slug: str, *, save: bool = True, seconds: int | None = None,
               now: datetime | None = None) -> dict[str, Any]:
        """Feedback on a design; with save, stored as an attempt (and recorded as activity)."""
        from offerloop.design.models import DesignAttempt
        from offerloop.design.review import review

        case = self.get_case(slug)
        result = review(text, case).to_dict()
        if seconds is not None and not (0 <= seconds <= 24 * 3600):
            raise InvalidInput("The time spent must be between 0 and 24 hours, in seconds.")
        if not save:
            return result
        now = now or utcnow()
        with self.app.session() as s:
            attempt = DesignAttempt(owner_id=self.app.user_id, case_slug=case.slug, case_uuid=str(case.uuid),
                                    text=text, score=result["score"], feedback=result, seconds=seconds, created_at=now)
            s.add(attempt)
            s.add(Activity(owner_id=self.app.user_id, at=now, area="design", kind="review", subject=case.slug))
            s.flush()
            result["attempt_id"] = attempt.id
        return result

    def history(self, slug: str) -> dict[str, Any]:
        """The attempts on one case, oldest first, so the score's movement reads left to right."""
        from offerloop.design.models import DesignAttempt

        case = self.get_case(slug)
        with self.app.session() as s:
            rows = s.scalars(select(DesignAttempt).where(DesignAttempt.owner_id == self.app.user_id,
                                                         DesignAttempt.case_slug == case.slug)
                             .order_by(DesignAttempt.created_at, DesignAttempt.id)).all()
            attempts = [{"id": r.id, "score": r.score, "created_at": r.created_at.isoformat(), "seconds": r.seconds,
                         "ratings": (r.feedback or {}).get("ratings", {}),
                         "words": (r.feedback or {}).get("words")} for r in rows]
        change = attempts[-1]["score"] - attempts[0]["score"] if len(attempts) > 1 else 0
        return {"case": case.slug, "title": case.title, "attempts": attempts,
                "best_score": max((a["score"] for a in attempts), default=None), "change": change}

    def attempt(self, attempt_id: int) -> dict[str, Any]:
        from offerloop.design.models import DesignAttempt

        with self.app.session() as s:
            row = s.get(DesignAttempt, attempt_id)
            if row is None or row.owner_id != self.app.user_id:
                raise NotFound(f"There is no design attempt with id {attempt_id}.")
            return {"id": row.id, "case": row.case_slug, "score": row.score, "text": row.text,
                    "seconds": row.seconds, "created_at": row.created_at.isoformat(), "feedback": row.feedback}
