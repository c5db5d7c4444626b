"""The terminal flow's head start: `offerloop test` and `offerloop submit` are one-shot processes,
so the judge's sandbox process (a fresh Python that imports numpy) is started first, in the
background, and boots while this process imports the rest and reads the problem.

Only light modules are imported here: the point is to start the zygote before anything heavy.
"""

from __future__ import annotations

import threading
import tomllib
from pathlib import Path

PROBLEMS = Path(__file__).resolve().parents[1] / "content" / "packs" / "problems"
HEAVY = ("numpy", "pandas", "scipy", "sklearn")


def guess_profile(slug: str) -> tuple[str, ...] | None:
    """The zygote profile a problem will need, read straight from its problem.toml (no schema
    validation: a wrong guess only costs the head start, the grader checks the real profile)."""
    try:
        allowed = set(tomllib.loads((PROBLEMS / slug / "problem.toml").read_text(encoding="utf-8"))["allowed_imports"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if "*" in allowed:
        return ("*",)
    return tuple(m for m in HEAVY if m in allowed)


class PrestartedJudge:
    """A judge with one zygote, started at once in a background thread. Grades like the pool does
    (same grader, same sandbox); any problem whose profile differs gets a pool after all."""

    def __init__(self, profile: tuple[str, ...], data_dir: Path | None = None):
        self.profile = profile
        self.data_dir = data_dir
        self._worker = None
        self._error: BaseException | None = None
        self._fallback = None
        self._thread = threading.Thread(target=self._start, name="offerloop-zygote-start", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            from offerloop.judge.worker import Worker

            self._worker = Worker(self.profile, data_dir=self.data_dir, oneshot=True)
        except BaseException as exc:  # reported (and a pool used) when grading starts
            self._error = exc

    def grade(self, problem, code: str, **kwargs):
        from offerloop.judge.pool import JudgePool, profile_for

        self._thread.join()
        if self._worker is None or profile_for(problem) != self.profile or not self._worker.alive():
            if self._fallback is None:
                self._fallback = JudgePool(workers=1)
            return self._fallback.grade(problem, code, **kwargs)
        from offerloop.judge.grader import grade

        return grade(self._worker, problem, code, **kwargs)

    def close(self) -> None:
        """Idempotent: the app closes it, and an exit hook again in case the command never ran."""
        self._thread.join()
        worker, fallback, self._worker, self._fallback = self._worker, self._fallback, None, None
        if worker is not None:
            worker.close()
        if fallback is not None:
            fallback.close()


def head_start(slug: str | None, data_dir: Path | None = None) -> PrestartedJudge | None:
    """A prestarted judge for the problem a command names, or the workspace it runs in. data_dir:
    the data dir when the caller has resolved it (else the sandbox reads the settings)."""
    from offerloop.practice.service import workspace_slug

    name = slug if slug and not slug.endswith(".py") else workspace_slug(Path.cwd())
    profile = guess_profile(name) if name else None
    return PrestartedJudge(profile, data_dir) if profile is not None else None
