"""Nothing written half: a request that fails leaves every table as it was, in every area.

Each test fills the store with some of the area's rows, sends a request that is refused (where the
service can get there, one that is refused part-way, after other fields or rows were already good
and applied to the session), and compares a dump of every table (every row of every table, not
only the user's) before and after. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
import zipfile
from contextlib import contextmanager

from offerloop.store.transfer import _dump_value, export_data


def _dump(ol) -> dict[str, list[dict]]:
    from sqlalchemy import select

    from offerloop.store.models import metadata

    out = {}
    with ol.session() as s:
        for table in metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.c)
            out[table.name] = [{k: _dump_value(v) for k, v in row.items()}
                               for row in s.execute(select(table).order_by(*order)).mappings()]
    return out


@contextmanager
def unchanged(ol):
    ol.user_id  # the local user row is made on first use: make it before the snapshot
    before, export = _dump(ol), export_data(ol)["tables"]
    yield
    after = _dump(ol)
    changed = [name for name in before if before[name] != after[name]]
    assert not changed, f"tables changed by a failed request: {changed}"
    assert export_data(ol)["tables"] == export


def _refused(response, *codes: int) -> None:
    assert response.status_code in (codes or (409, 422)), response.text
    assert response.json()["error"]  # one sentence, never a 500


def test_tracker(client, ol):
    app = client.post("/api/applications", json={"company": "Acme", "role": "MLE", "type": "startup"}).json()
    iv = client.post(f"/api/applications/{app['id']}/interviews",
                     json={"round": "ml-theory", "at": "2030-01-01T09:00:00+00:00"}).json()
    with unchanged(ol):
        # The new time is good (an event is added, the start moves), then a deadline on a non-take-home fails.
        _refused(client.patch(f"/api/applications/{app['id']}/interviews/{iv['id']}",
                              json={"at": "2030-02-01T09:00:00+00:00", "deadline": "2030-02-03T09:00:00+00:00"}))
        # A good type and company, then an offer deadline that is not a date.
        _refused(client.patch(f"/api/applications/{app['id']}",
                              json={"company": "Other", "type": "big-tech", "offer_deadline": "soon"}))
        # A CSV whose last row is bad, all or nothing.
        csv = "company,role,type\nGood,MLE,startup\nAlso good,MLE,big-tech\nBad,MLE,no-such-type\n"
        _refused(client.post("/api/applications/import-csv?strict=true", content=csv,
                             headers={"content-type": "text/csv"}))


def test_cards(client, ol):
    ol.cards.add_own_card("Why does dropout regularise a network?", "It averages thinned networks.")
    ol.cards.review("p-value", "good")
    csv = "question,answer\nWhat is a good first question?,A\nWhat is a second good question?,B\n,no question\n"
    with unchanged(ol):
        _refused(client.post("/api/cards/import-csv", files={"file": ("cards.csv", csv.encode(), "text/csv")}))
        _refused(client.post("/api/cards/p-value/review", json={"rating": "never"}))


def test_stories(client, ol):
    story = client.post("/api/stories", json={"title": "Drift", "situation": "The model drifted.",
                                              "task": "Own the fix.", "action": "I retrained weekly.",
                                              "result": "Errors fell 30%.", "categories": ["success"]}).json()
    with unchanged(ol):
        # A good new title and tags, then a question id the bank does not have.
        _refused(client.patch(f"/api/stories/{story['id']}",
                              json={"title": "Renamed", "tags": ["ml"], "questions": ["no-such-question"]}), 404, 422)
        # Parts switched to free text, then emptied: a story with nothing to say is refused.
        _refused(client.patch(f"/api/stories/{story['id']}", json={"title": "Again", "text": " "}), 422)


def test_offers(client, ol):
    offer = client.post("/api/offers", json={"company": "Acme", "base": "200000", "level": "senior",
                                             "company_type": "big-tech"}).json()
    with unchanged(ol):
        # A good base and bonus, then vesting that does not add up to 100.
        _refused(client.patch(f"/api/offers/{offer['id']}", json={"base": "250000", "bonus_pct": "20",
                                                                  "equity": "100000", "vesting": "50,10"}))
        _refused(client.post("/api/offers", json={"company": "Beta", "base": "180000", "equity": "1000",
                                                  "option_shares": "1000", "option_strike": "1"}))


def test_practice(client, ol):
    client.put("/api/problems/two-sum/draft", json={"code": "def two_sum(nums, target):\n    pass\n"})
    with unchanged(ol):
        _refused(client.put("/api/problems/no-such-problem/draft", json={"code": "pass"}), 404)
        _refused(client.post("/api/problems/no-such-problem/submissions", json={"code": "pass"}), 404)


def test_plan(client, ol):
    assert client.post("/api/plan/coding", json={"weeks": 2}).status_code == 200
    with unchanged(ol):
        _refused(client.post("/api/plan/coding", json={"weeks": 3}), 409)  # a stored plan is kept
        _refused(client.post("/api/plan/coding", json={"weeks": 3, "replace": True, "start": "2001-01-01"}))


def test_design_resume_takehome(client, ol):
    saved = client.put("/api/design/drafts/" + next(iter(ol.content.designs)),
                       json={"sections": {"requirements": "A first sketch."}})
    assert saved.status_code == 200, saved.text
    with unchanged(ol):
        _refused(client.post("/api/resumes", files={"file": ("resume.md", b"", "text/markdown")}), 400, 413, 422)
        # A zip that breaks off after its first member: the review fails while reading it.
        whole = io.BytesIO()
        with zipfile.ZipFile(whole, "w") as z:
            z.writestr("train.py", "import pandas as pd\n" * 50)
            z.writestr("README.md", "# Project\n" * 50)
        cut = whole.getvalue()[: len(whole.getvalue()) // 2]
        _refused(client.post("/api/takehome/reviews", files={"file": ("project.zip", cut, "application/zip")}),
                 400, 413, 422)
        _refused(client.post("/api/design/review", json={"slug": next(iter(ol.content.designs)), "text": "ok"}),
                 404, 422)
