"""A database that goes away is a 503 sentence the user can retry, not a 500 (Offerloop.session);
a query that is wrong stays a bug. The real restart under load is tests/accounts/test_faults.py."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from offerloop.errors import StorageError


@pytest.mark.postgres
def test_a_connection_the_server_ends_mid_unit_of_work_is_a_503_sentence_and_the_next_one_works(settings_for, pg_url):
    from offerloop.app import Offerloop

    ol = Offerloop(settings_for("postgres"))
    try:
        admin = sa.create_engine(pg_url)
        with pytest.raises(StorageError) as caught:
            with ol.session() as s:
                pid = s.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
                with admin.begin() as conn:  # what a server restart does to every session
                    conn.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                s.execute(sa.text("SELECT 1"))
        admin.dispose()
        assert caught.value.http_status == 503
        assert str(caught.value) == "The database is not answering right now; try again in a moment."
        with ol.session() as s:  # the pool hands out a live connection again
            assert s.execute(sa.text("SELECT 1")).scalar_one() == 1
    finally:
        ol.close()


def test_a_wrong_query_is_not_taken_for_a_database_that_is_down(ol):
    with pytest.raises(sa.exc.DBAPIError) as caught:
        with ol.session() as s:
            s.execute(sa.text("SELECT no_such_column FROM no_such_table"))
    assert not isinstance(caught.value, StorageError)
