"""The fast path for `offerloop test` and `offerloop submit`: no Typer, no pydantic, no SQLAlchemy.

A terminal command is a fresh process, and its imports used to cost several times the grading.
This path handles the everyday forms (`offerloop test|submit [SLUG] [FILE] [--json]`, in or out of
a workspace) on a laptop: the judge's sandbox process starts first, the problem is read straight
from its problem.toml (content.quick), and a submit is recorded with the standard library's sqlite3
(practice.ledger). Whenever something is not plain (a `.env` file, hosted mode, a task queue, a
server database, an unknown slug, a missing file, a store to create or migrate), it hands over to
the full command, which reads the same things the validated way and reports any error.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

COMMANDS = ("test", "submit")


class HandOver(Exception):
    """This invocation is for the full command line (Typer and the app)."""


def _env(name: str) -> str | None:
    # pydantic-settings matches OFFERLOOP_* names case-insensitively; so does this.
    for key, value in os.environ.items():
        if key.upper() == name:
            return value
    return None


def _settings() -> tuple[Path, str, Path]:
    """data dir, database URL and workspace dir, as Settings resolves them from the environment."""
    if Path(".env").exists() or (_env("OFFERLOOP_MODE") or "local").lower() != "local" or _env("OFFERLOOP_BROKER_URL"):
        raise HandOver
    data = _env("OFFERLOOP_DATA_DIR")
    if data:
        data_dir = Path(data)
    else:
        from platformdirs import user_data_dir

        data_dir = Path(user_data_dir("offerloop", appauthor=False))
    url = _env("OFFERLOOP_DATABASE_URL") or f"sqlite:///{data_dir / 'offerloop.db'}"
    workspace = _env("OFFERLOOP_WORKSPACE_DIR")
    return data_dir, url, Path(workspace) if workspace else data_dir / "workspace"


def parse(argv: list[str]) -> tuple[str, str | None, Path | None, bool]:
    """(command, slug, file, json) for the forms this path serves; HandOver for anything else."""
    if not argv or argv[0] not in COMMANDS:
        raise HandOver
    flags = [a for a in argv[1:] if a.startswith("-")]
    names = [a for a in argv[1:] if not a.startswith("-")]
    if any(f != "--json" for f in flags) or len(names) > 2:
        raise HandOver
    slug = names[0] if names else None
    file = Path(names[1]) if len(names) > 1 else None
    return argv[0], slug, file, bool(flags)


def _code_and_slug(slug: str | None, file: Path | None, workspace_dir: Path) -> tuple[str, Path]:
    from offerloop.practice.service import workspace_slug

    here = workspace_slug(Path.cwd())
    if slug is not None and slug.endswith(".py") and file is None and here is not None:
        slug, file = here, Path(slug)  # `offerloop test other.py` inside a workspace
    if slug is None:
        slug = here
    if slug is None or slug.endswith(".py"):
        raise HandOver  # the full command explains what to name
    if file is None:
        local = Path.cwd() / "solution.py"
        file = local if here == slug and local.exists() else workspace_dir / slug / "solution.py"
    return slug, file


def run(argv: list[str]) -> int:
    """Run the command; returns its exit code. Raises HandOver before anything is graded or written."""
    command, slug, file, as_json = parse(argv)
    data_dir, url, workspace_dir = _settings()
    slug, file = _code_and_slug(slug, file, workspace_dir)
    from offerloop.practice.ledger import sqlite_path

    db_file = sqlite_path(url)
    if command == "submit" and db_file is None:
        raise HandOver  # a server database: the ORM records it
    from offerloop.practice.terminal import head_start

    judge = head_start(slug, data_dir)  # the sandbox boots while this process reads the problem and the code
    try:
        from offerloop.content.quick import quick_problem

        problem = quick_problem(slug)
        if problem is None:
            raise HandOver
        try:
            code = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise HandOver from None  # the full command says why in one sentence
        if judge is None:
            raise HandOver
        result = judge.grade(problem, code, mode="test" if command == "test" else "submit")
        data = result.to_dict()
        if command == "submit":
            from offerloop.practice.ledger import record_submission

            if not record_submission(db_file, problem_uuid=str(problem.meta.uuid), slug=slug, code=code, result=result):
                _record_with_the_store(slug, code, result)
    finally:
        if judge is not None:
            judge.close()
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
    else:
        from offerloop.cli.render import render

        render(result)
    return 0 if result.accepted else 1


def _record_with_the_store(slug: str, code: str, result) -> None:
    """The ledger could not write (a store to create or migrate, say): record through the app."""
    from offerloop.app import Offerloop

    ol = Offerloop()
    try:
        ol.problems.record(slug, code, result)
    finally:
        ol.close()


def main(argv: list[str]) -> int | None:
    """The exit code when this path served the command, None when the full command line must."""
    try:
        return run(argv)
    except HandOver:
        return None
    except KeyboardInterrupt:
        sys.stderr.write("Error: Interrupted.\n")
        return 130
    except Exception as exc:  # noqa: BLE001 - a library error is one sentence, as the full command says it
        from offerloop.errors import OfferloopError

        if isinstance(exc, OfferloopError):
            sys.stderr.write(f"Error: {exc}\n")
            return exc.exit_code
        raise
