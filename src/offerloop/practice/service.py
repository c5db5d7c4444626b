"""ProblemManager: the problem bank as a user sees it, grading, attempts and workspaces."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from offerloop.errors import InvalidInput, NotFound

# The database layer is imported inside the methods that use it: `offerloop test` never touches
# the store, and the terminal flow must answer quickly.

WORKSPACE_MARKER = ".offerloop.json"
MAX_DRAFT_BYTES = 256_000  # a draft is the code being typed; the grader's own limit is per problem


class ProblemManager:
    def __init__(self, app):
        self.app = app
        self._store_ready = None  # a thread opening the store while grading waits (see warm_store)

    def warm_store(self) -> None:
        """Open the store (import the database layer, check the schema, find the user) in the
        background: a terminal submit then does it while grading waits on the sandbox, not after.
        A failure there is raised again, in order, when the attempt is recorded."""
        import threading

        def open_store() -> None:
            try:
                from offerloop.practice import models  # noqa: F401  (the mapped classes)

                self.app.user_id
            except Exception:  # noqa: BLE001 - repeated, and reported, by submit itself
                pass

        self._store_ready = threading.Thread(target=open_store, name="offerloop-open-store", daemon=True)
        self._store_ready.start()

    # -- the bank ------------------------------------------------------------------------------
    def get(self, slug: str):
        """One problem. Once the whole bank is loaded it answers from there; otherwise only this
        problem's folder is read (a terminal command needs one problem, not the bank)."""
        if "content" in self.app.__dict__:
            return self.app.content.problem(slug)
        from offerloop.content.loader import load_problem

        return load_problem(slug)

    def solved_slugs(self) -> set[str]:
        from sqlalchemy import select

        from offerloop.practice.models import Submission

        with self.app.session() as s:
            rows = s.scalars(select(Submission.slug).where(Submission.owner_id == self.app.user_id,
                                                          Submission.verdict == "accepted").distinct())
            return set(rows)

    def attempts_by_slug(self) -> dict[str, int]:
        from sqlalchemy import func, select

        from offerloop.practice.models import Submission

        with self.app.session() as s:
            rows = s.execute(select(Submission.slug, func.count()).where(Submission.owner_id == self.app.user_id)
                             .group_by(Submission.slug))
            return {slug: n for slug, n in rows}

    def list(self, *, track: str | None = None, topic: str | None = None, difficulty: str | None = None,
             solved: bool | None = None) -> list[dict[str, Any]]:
        """Problems matching the filters, each with the user's solved mark and attempt count."""
        from offerloop.content.schemas import PROBLEM_TOPICS

        if track is not None and track not in PROBLEM_TOPICS:
            raise InvalidInput(f"Unknown track {track!r}; choose one of {', '.join(PROBLEM_TOPICS)}.")
        if difficulty is not None and difficulty not in ("easy", "medium", "hard"):
            raise InvalidInput(f"Unknown difficulty {difficulty!r}; choose easy, medium or hard.")
        if topic is not None and not any(topic in v for v in PROBLEM_TOPICS.values()):
            raise InvalidInput(f"Unknown topic {topic!r}.")
        done = self.solved_slugs()
        attempts = self.attempts_by_slug()
        order = {"easy": 0, "medium": 1, "hard": 2}
        out = []
        for p in sorted(self.app.content.problems.values(),
                        key=lambda p: (p.meta.track, order[p.meta.difficulty], p.meta.title.lower())):
            m = p.meta
            if track and m.track != track or difficulty and m.difficulty != difficulty or topic and topic not in m.topics:
                continue
            is_solved = m.slug in done
            if solved is not None and is_solved != solved:
                continue
            out.append({"slug": m.slug, "title": m.title, "track": m.track, "topics": list(m.topics),
                        "difficulty": m.difficulty, "signature": m.signature, "solved": is_solved,
                        "attempts": attempts.get(m.slug, 0), "scaling_target": m.scaling.target if m.scaling else None})
        return out

    # -- grading -------------------------------------------------------------------------------
    def _grade(self, problem, code: str, mode: str, on_verdict=None):
        """Grade in this process's pool, or on the task queue when a broker is configured. The pool
        calls on_verdict with the result while it reaps the sandbox (the queue does not)."""
        if self.app.settings.broker_url:
            from offerloop.judge.grader import static_check
            from offerloop.judge.tasks import grade_remote

            early = static_check(problem.meta, code)  # refuse oversized code before queueing it
            if early is not None:
                return early
            from offerloop.judge.backpressure import check_queue

            check_queue(self.app.settings)  # a full queue refuses now (503), before anything is sent or written
            return grade_remote(self.app.settings, problem.slug, code, mode)
        from offerloop.judge.backpressure import pool_slot

        judge = self.app.judge
        with pool_slot(judge, self.app.settings.resolved_grading_pool_waiting):  # refuse rather than hang
            if on_verdict is None:
                return judge.grade(problem, code, mode=mode)
            return judge.grade(problem, code, mode=mode, on_verdict=on_verdict)

    def run_examples(self, slug: str, code: str):
        """Grade against the visible examples only (nothing is recorded)."""
        return self._grade(self.get(slug), code, "test")

    def submit(self, slug: str, code: str, *, now: datetime | None = None):
        """Grade against every case and record the attempt. Returns the judge's Result."""
        return self._submit(slug, code, now)[0]

    def submit_json(self, slug: str, code: str) -> dict[str, Any]:
        """As submit, but the result's JSON as it was stored (made once, for the record and the reply)."""
        return self._submit(slug, code, None)[1]

    def _submit(self, slug: str, code: str, now: datetime | None):
        problem = self.get(slug)
        stored: list[dict[str, Any]] = []

        def record(result) -> None:
            stored.append(self.record(slug, code, result, now=now, problem=problem))

        # In this process's pool the attempt is written while the judge reaps the sandbox.
        result = self._grade(problem, code, "submit", on_verdict=record)
        if not stored:
            record(result)
        return result, stored[0]

    def record(self, slug: str, code: str, result, *, now: datetime | None = None, problem=None) -> dict[str, Any]:
        """Record a graded attempt (the submission and its activity row, in one transaction).
        Returns the result's JSON as stored."""
        from offerloop.practice.models import Submission
        from offerloop.store.base import Activity, utcnow

        problem = problem or self.get(slug)
        if self._store_ready is not None:
            self._store_ready.join()
        now = now or utcnow()
        as_json = result.to_dict()
        with self.app.session() as s:
            s.add(Submission(owner_id=self.app.user_id, problem_uuid=str(problem.meta.uuid), slug=slug,
                             verdict=result.verdict.value, passed=result.passed, total=result.total,
                             time_ms=result.time_ms, code=code, result=as_json, created_at=now))
            kind = "solved" if result.accepted else "attempted"
            s.add(Activity(owner_id=self.app.user_id, at=now, area="practice", kind=kind, subject=slug))
        return as_json

    def history(self, slug: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Your attempts at this problem, newest first, paged in the query; only the listed columns are
        read (each row also holds the code and the full result)."""
        from sqlalchemy import select

        from offerloop.practice.models import Submission

        self.get(slug)
        with self.app.session() as s:
            rows = s.execute(select(Submission.id, Submission.verdict, Submission.passed, Submission.total,
                                    Submission.time_ms, Submission.created_at)
                             .where(Submission.owner_id == self.app.user_id, Submission.slug == slug)
                             .order_by(Submission.created_at.desc(), Submission.id.desc()).offset(offset).limit(limit))
            return [{"id": r.id, "verdict": r.verdict, "passed": r.passed, "total": r.total,
                     "time_ms": round(r.time_ms, 1), "at": r.created_at.isoformat()} for r in rows]

    def history_count(self, slug: str) -> int:
        """How many attempts history() pages through."""
        from sqlalchemy import func, select

        from offerloop.practice.models import Submission

        self.get(slug)
        with self.app.session() as s:
            return s.scalar(select(func.count()).select_from(Submission).where(
                Submission.owner_id == self.app.user_id, Submission.slug == slug)) or 0

    def last_code(self, slug: str) -> str | None:
        from sqlalchemy import select

        from offerloop.practice.models import Submission

        with self.app.session() as s:
            return s.scalar(select(Submission.code).where(Submission.owner_id == self.app.user_id, Submission.slug == slug)
                            .order_by(Submission.created_at.desc(), Submission.id.desc()).limit(1))

    def submission(self, slug: str, submission_id: int) -> dict[str, Any]:
        """One past attempt at this problem with the code that was sent and the judge's full result."""
        from sqlalchemy import select

        from offerloop.practice.models import Submission

        self.get(slug)
        with self.app.session() as s:
            r = s.scalar(select(Submission).where(Submission.owner_id == self.app.user_id, Submission.slug == slug,
                                                  Submission.id == submission_id))
            if r is None:
                raise NotFound(f"There is no attempt {submission_id} at {slug!r}; `GET /api/problems/{slug}/submissions` lists them.")
            return {"id": r.id, "slug": r.slug, "verdict": r.verdict, "passed": r.passed, "total": r.total,
                    "time_ms": round(r.time_ms, 1), "at": r.created_at.isoformat(), "code": r.code, "result": r.result}

    # -- drafts (the code being typed on the problem page) -------------------------------------------
    def draft(self, slug: str) -> dict[str, Any] | None:
        """The saved draft for this problem, or None."""
        from sqlalchemy import select

        from offerloop.practice.models import Draft

        problem = self.get(slug)
        with self.app.session() as s:
            d = s.scalar(select(Draft).where(Draft.owner_id == self.app.user_id, Draft.problem_uuid == str(problem.meta.uuid)))
            return None if d is None else {"slug": slug, "code": d.code, "updated_at": d.updated_at.isoformat()}

    def save_draft(self, slug: str, code: str, *, now: datetime | None = None) -> dict[str, Any]:
        """Keep the code being typed (replacing the previous draft of this problem)."""
        from sqlalchemy import select

        from offerloop.practice.models import Draft
        from offerloop.store.base import utcnow

        size = len(code.encode("utf-8"))
        if size > MAX_DRAFT_BYTES:
            raise InvalidInput(f"The draft is {size} bytes; a draft may hold at most {MAX_DRAFT_BYTES}.")
        problem = self.get(slug)
        now = now or utcnow()
        with self.app.session() as s:
            d = s.scalar(select(Draft).where(Draft.owner_id == self.app.user_id, Draft.problem_uuid == str(problem.meta.uuid)))
            if d is None:
                d = Draft(owner_id=self.app.user_id, problem_uuid=str(problem.meta.uuid), slug=slug, code=code, updated_at=now)
                s.add(d)
            else:
                d.code, d.updated_at, d.slug = code, now, slug
        return {"slug": slug, "code": code, "updated_at": now.isoformat()}

    def delete_draft(self, slug: str) -> bool:
        """Forget the draft (reset to the starter); True when there was one."""
        from sqlalchemy import delete

        from offerloop.practice.models import Draft

        problem = self.get(slug)
        with self.app.session() as s:
            gone = s.execute(delete(Draft).where(Draft.owner_id == self.app.user_id,
                                                 Draft.problem_uuid == str(problem.meta.uuid)))
            return bool(gone.rowcount)

    # -- terminal workspaces (Exercism-style) --------------------------------------------------------
    def start(self, slug: str, folder: Path | None = None) -> dict[str, Any]:
        """Write the starter, the prompt and the visible examples into a workspace folder.
        An existing solution.py is never overwritten."""
        from offerloop.judge.grader import expected_output, trusted
        from offerloop.judge.present import jsonable

        problem = self.get(slug)
        folder = folder or (self.app.workspace_dir / slug)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidInput(f"The workspace folder {folder} cannot be created: {exc.strerror}.") from None
        solution = folder / "solution.py"
        kept = solution.exists()
        if not kept:
            solution.write_text(problem.starter, encoding="utf-8")
        (folder / "README.md").write_text(problem.prompt, encoding="utf-8")
        tp = trusted(problem)
        examples = []
        for case in tp.cases.visible():
            entry = {"name": case.get("name", ""), "expected": jsonable(expected_output(tp, case))}
            if case["kind"] == "call":
                entry["args"] = jsonable(case["args"])
                entry["kwargs"] = jsonable(case["kwargs"])
            examples.append(entry)
        (folder / "examples.json").write_text(json.dumps(examples, indent=2), encoding="utf-8")
        (folder / WORKSPACE_MARKER).write_text(json.dumps({"slug": slug, "uuid": str(problem.meta.uuid)}), encoding="utf-8")
        return {"slug": slug, "folder": str(folder), "solution": str(solution), "kept_existing": kept}


def workspace_slug(folder: Path) -> str | None:
    """The problem a workspace folder belongs to (looking upwards from folder), if any."""
    for candidate in [folder, *folder.parents]:
        marker = candidate / WORKSPACE_MARKER
        if marker.is_file():
            try:
                return json.loads(marker.read_text())["slug"]
            except (ValueError, KeyError):
                return None
    return None
