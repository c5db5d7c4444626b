"""A server process warms up (the bank, every card's claims, the areas' modules, the templates) and
hides what it loaded from the garbage collector: before its first request in hosted mode, beside its
first requests on a laptop."""

import gc

import pytest


@pytest.fixture
def local_ol(settings_for):
    from offerloop.app import Offerloop

    app = Offerloop(settings_for("sqlite"))
    yield app
    app.close()


def test_warm_before_the_first_request_freezes_the_bank_and_every_cards_claims(local_ol):
    from fastapi.testclient import TestClient

    from offerloop.cards.service import _bank_items_of
    from offerloop.web.app import WARM_ANSWER, create_app

    before = gc.get_freeze_count()
    try:
        app = create_app(local_ol, warm_up="before")
        with TestClient(app) as client:
            assert app.state.warmed.is_set()  # done before the first request could be answered
            # The bank, its cards' compiled claims and the templates: a large, long-lived heap that a
            # full collection no longer walks.
            assert gc.get_freeze_count() - before > 20 * len(local_ol.content.cards)
            assert _bank_items_of(local_ol.content)[0].judge(WARM_ANSWER) is not None
            assert client.get("/cards").status_code == 200
    finally:
        gc.unfreeze()


def test_on_a_laptop_the_page_answers_while_the_process_warms_up(settings_for, monkeypatch):
    from fastapi.testclient import TestClient

    from offerloop.web import app as web_app

    monkeypatch.setenv("OFFERLOOP_DATA_DIR", str(settings_for("sqlite").data_dir))
    monkeypatch.delenv("OFFERLOOP_DATABASE_URL", raising=False)
    monkeypatch.delenv("OFFERLOOP_MODE", raising=False)
    before = gc.get_freeze_count()
    try:
        app = web_app.create_served_app()
        with TestClient(app) as client:
            assert client.get("/api/health").status_code == 200  # answered whether or not warm-up is done
            assert app.state.warmed.wait(300)
            assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
