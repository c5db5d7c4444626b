"""Alembic, driven from code. Each area keeps its own migration branch; `upgrade heads` runs them all."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # alembic is imported only when a migration has to run (it costs a CLI start)
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: "Engine") -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: "Engine") -> None:
    """Bring the database to the newest schema (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), "heads")


_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*[\"']([^\"']+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision\s*(?::[^=\n]*)?=\s*(\([^)]*\)|[^\n]*)", re.M)


def known_heads() -> set[str]:
    """The heads of the migration graph, read from the version files' revision lines: a few
    milliseconds, where asking alembic costs its import and a parse of every script."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = _REVISION.search(text)
        if found is None:
            return expected_heads()  # a file this reader does not understand: ask alembic
        revisions.add(found.group(1))
        down = _DOWN.search(text)
        if down:
            parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    return revisions - parents


def is_current(engine: "Engine") -> bool:
    """True when the database's alembic_version holds exactly the known heads (one query)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as conn:
            stamped = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    except SQLAlchemyError:  # no version table yet: a new database
        return False
    return stamped == known_heads()


def ensure_current(engine: "Engine") -> None:
    """Migrate only when the schema is behind: most starts cost one query, not an alembic run."""
    if not is_current(engine):
        upgrade(engine)


def current_heads(engine: "Engine") -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def expected_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config(None)).get_heads())  # type: ignore[arg-type]
