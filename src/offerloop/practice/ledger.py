"""Recording a terminal submit in a local SQLite store with the standard library alone.

Importing SQLAlchemy and the mapped classes costs a one-shot `offerloop submit` several times what
grading does, so on a laptop (a SQLite file whose schema is current and whose local user exists) the
fast path writes the attempt's two rows itself, in one transaction, in exactly the form the ORM
writes them. Anything else (PostgreSQL, a store to create or migrate, text the store's guard would
refuse, a database error) returns False and the caller records through the ORM as before.

tests/practice/test_quick.py holds the two paths together: the rows written here read back through
the ORM equal the rows ProblemManager.submit writes, and the column lists below must name every
column of both tables (a new column fails that test until this module writes it).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

SUBMISSION_COLUMNS = ("owner_id", "problem_uuid", "slug", "verdict", "passed", "total", "time_ms", "code", "result",
                      "created_at")
ACTIVITY_COLUMNS = ("owner_id", "at", "area", "kind", "subject")
LOCAL_USER = "local"


def sqlite_path(database_url: str) -> Path | None:
    """The file behind a plain sqlite:/// URL (None for anything else: memory, options, servers)."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix) or "?" in database_url:
        return None
    rest = database_url[len(prefix):]
    return Path(rest) if rest and rest != ":memory:" else None


def _stamp(moment: datetime) -> str:
    # How SQLAlchemy's SQLite dialect stores UTCDateTime: UTC, naive text with microseconds.
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def record_submission(db_file: Path, *, problem_uuid: str, slug: str, code: str, result,
                      now: datetime | None = None) -> bool:
    """Write the submission and its activity row (result: the judge's Result); True when written,
    False to let the ORM do it."""
    from offerloop.store.migrate import known_heads

    if not db_file.is_file():
        return False
    data = json.dumps(result.to_dict())
    texts = (problem_uuid, slug, code, data)
    if any("\x00" in t for t in texts):
        return False  # the store's guard refuses NUL with its own sentence: let it say so
    now = now or datetime.now(timezone.utc)
    try:
        conn = sqlite3.connect(db_file, timeout=5.0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        conn.execute("PRAGMA synchronous=NORMAL")  # as the app's engine sets it (WAL: durable against a crash)
        stamped = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        if stamped != known_heads():
            return False
        row = conn.execute("SELECT id FROM users WHERE name = ?", (LOCAL_USER,)).fetchone()
        if row is None:
            return False
        owner = row[0]
        conn.execute("BEGIN IMMEDIATE")
        try:
            values = (owner, problem_uuid, slug, result.verdict.value, result.passed, result.total,
                      float(result.time_ms), code, data, _stamp(now))
            conn.execute(f"INSERT INTO practice_submissions ({', '.join(SUBMISSION_COLUMNS)}) "
                         f"VALUES ({', '.join('?' * len(SUBMISSION_COLUMNS))})", values)
            kind = "solved" if result.accepted else "attempted"
            conn.execute(f"INSERT INTO activity ({', '.join(ACTIVITY_COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
                         (owner, _stamp(now), "practice", kind, slug))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()
