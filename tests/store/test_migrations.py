from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from offerloop.store.migrate import current_heads, expected_heads, upgrade
from offerloop.store.models import metadata


def test_migrations_build_exactly_the_models(ol):
    # A model change without its migration (or the reverse) shows up here, on both backends.
    with ol.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), metadata)
    assert diff == []


def test_upgrade_is_idempotent_and_reaches_every_head(ol):
    upgrade(ol.engine)
    upgrade(ol.engine)
    assert current_heads(ol.engine) == expected_heads()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(settings_for):
    from offerloop.app import Offerloop

    app = Offerloop(settings_for("sqlite"))
    with app.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    app.close()
