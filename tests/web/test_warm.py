"""A server process warms up before its first request and hides what it loaded from the collector."""

import gc

from offerloop.web.app import WARM_ANSWER, warm


def test_warm_loads_every_card_and_freezes_what_it_loaded(ol):
    from offerloop.cards.service import bank_item

    before = gc.get_freeze_count()
    try:
        warm(ol)
        frozen = gc.get_freeze_count() - before
        # The bank, its cards' compiled claims and the templates: a large, long-lived heap that a full
        # collection no longer walks.
        assert frozen > 20 * len(ol.content.cards)
        item = bank_item(next(iter(ol.content.cards.values())))
        assert item.judge(WARM_ANSWER) is not None
    finally:
        gc.unfreeze()


def test_served_app_warms_up_at_startup(settings_for, monkeypatch):
    from fastapi.testclient import TestClient

    from offerloop.web import app as web_app

    monkeypatch.setenv("OFFERLOOP_DATA_DIR", str(settings_for("sqlite").data_dir))
    monkeypatch.delenv("OFFERLOOP_DATABASE_URL", raising=False)
    before = gc.get_freeze_count()
    try:
        with TestClient(web_app.create_served_app()) as client:
            assert gc.get_freeze_count() > before
            assert client.get("/api/health").status_code == 200
    finally:
        gc.unfreeze()
