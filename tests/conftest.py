"""Shared fixtures: an Offerloop object on real SQLite and real PostgreSQL, a web client, a CLI runner.

PostgreSQL tests skip with a reason when the server is absent, and fail instead when
OFFERLOOP_REQUIRE_SERVICES=1 (CI sets it). Each test run gets its own PostgreSQL schema,
so parallel runs on one machine do not collide.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

PG_SERVER = os.environ.get("OFFERLOOP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE = os.environ.get("OFFERLOOP_REQUIRE_SERVICES") == "1"


def _pg_reachable() -> str | None:
    """None when PostgreSQL answers, else the reason it does not."""
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(PG_SERVER, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure means "not reachable" for the skip message
        return str(exc).splitlines()[0]


def need_service(reason: str | None, what: str) -> None:
    if reason is None:
        return
    message = f"{what} is not reachable ({reason})"
    if REQUIRE:
        pytest.fail(message + " and OFFERLOOP_REQUIRE_SERVICES=1", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_url():
    """A PostgreSQL URL whose search_path is a schema private to this test run."""
    need_service(_pg_reachable(), "PostgreSQL at 127.0.0.1:5432")
    import sqlalchemy as sa

    schema = f"t_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = sa.create_engine(PG_SERVER)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    from offerloop.store.engine import make_engine
    from offerloop.store.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file, copied per test (migrating each time would be slow)."""
    from offerloop.store.engine import make_engine
    from offerloop.store.migrate import upgrade

    folder = tmp_path_factory.mktemp("template")
    engine = make_engine(f"sqlite:///{folder / 'offerloop.db'}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return folder / "offerloop.db"


def _wipe(url: str) -> None:
    from sqlalchemy import create_engine

    from offerloop.store.models import metadata

    engine = create_engine(url)
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
    engine.dispose()


@pytest.fixture
def settings_for(tmp_path, sqlite_template, request):
    """settings_for(backend) -> Settings on a fresh, empty, migrated store of that backend."""
    from offerloop.settings import Settings

    made: list[str] = []

    def make(backend: str = "sqlite", name: str = "data"):
        data_dir = tmp_path / name
        data_dir.mkdir(exist_ok=True)
        if backend == "sqlite":
            shutil.copy(sqlite_template, data_dir / "offerloop.db")
            return Settings(data_dir=data_dir, database_url=None, judge_workers=1)
        url = request.getfixturevalue("pg_url")
        if url not in made:
            _wipe(url)
            made.append(url)
        return Settings(data_dir=data_dir, database_url=url, judge_workers=1)

    yield make
    for url in made:
        _wipe(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture
def ol(settings_for, backend):
    """An Offerloop object on an empty store, once on SQLite and once on PostgreSQL."""
    from offerloop.app import Offerloop

    app = Offerloop(settings_for(backend))
    yield app
    app.close()


@pytest.fixture
def client(ol):
    from fastapi.testclient import TestClient

    from offerloop.web.app import create_app

    with TestClient(create_app(ol)) as c:
        yield c


@pytest.fixture
def cli(ol):
    """cli(*args) runs the real `offerloop` command in-process against ol's store."""
    from typer.testing import CliRunner

    from offerloop.cli.main import app

    env = {"OFFERLOOP_DATA_DIR": str(ol.settings.data_dir), "OFFERLOOP_JUDGE_WORKERS": "1",
           "OFFERLOOP_DATABASE_URL": ol.settings.database_url}  # None unsets it for SQLite
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), env=env, input=input, catch_exceptions=False)

    return run


@pytest.fixture(autouse=True)
def _forget_fastapi_endpoints():
    """FastAPI (0.12x on) keeps the last 4,096 endpoint and dependency callables it classified in
    module-level lru_caches. A test's app lives on through its endpoints' closures, and with a
    new app per test the suite's process grew to about 8 GB, and the final garbage collection of
    pytest took minutes. One app per process (the product) never meets this."""
    yield
    import sys

    models = sys.modules.get("fastapi.dependencies.models")
    if models is not None:
        for value in vars(models).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
