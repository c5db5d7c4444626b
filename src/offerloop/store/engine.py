"""Engine creation with the pragmas SQLite needs, and a clear error when a database cannot be used."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ArgumentError

from offerloop.errors import StorageError


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    # WAL lets the web app read while a grading result is written; FKs are off by default in SQLite.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # With WAL, NORMAL never corrupts the database; it only skips an fsync per commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, pool_size: int = 5, max_overflow: int = 10, pool_timeout: float = 10.0) -> Engine:
    """An engine for the URL, checked by one round trip so a bad URL fails here, in one sentence.
    The pool figures bound the connections per process; a request that waits pool_timeout for one
    gets a 503 (App.session), not a hang."""
    pool = {"pool_size": pool_size, "max_overflow": max_overflow, "pool_timeout": pool_timeout}
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                parent = Path(path).parent
                try:
                    parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StorageError(f"The data directory {parent} cannot be created: {exc.strerror}.") from exc
            engine = create_engine(url, connect_args={"check_same_thread": False},
                                   **(pool if path and path != ":memory:" else {}))
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            # pre-ping: a pooled connection the server dropped (a restart) is replaced, not used;
            # connect_timeout: a server that does not answer is an error in seconds, not a hang.
            engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5}, **pool)
    except ArgumentError as exc:
        raise StorageError(f"The database URL {url!r} is not a valid SQLAlchemy URL.") from exc
    except ModuleNotFoundError as exc:
        raise StorageError(f"The database URL {url!r} needs the driver {exc.name!r}, which is not installed.") from exc
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise StorageError(f"Cannot open the database {engine.url.render_as_string(hide_password=True)}: {reason}.") from exc
    return engine
