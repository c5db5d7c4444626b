"""CSV import duplicates (issue 19), the bulk import, and a board that renders only what is visible."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NOW = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
CSV = ("company,role,type,stage,applied_at\n"
       "Acme,ML Engineer,startup,applied,2026-01-05\n"
       "Beta,Data Scientist,big-tech,recruiter-screen,2026-01-06T15:30:00Z\n")


def test_importing_the_same_csv_twice_skips_every_row_and_their_reminders(ol):
    m = ol.applications
    first = m.check_csv(CSV, NOW)
    assert len(m.import_rows(first, now=NOW)) == 2 and first.duplicates == []
    reminders = m.reminders(NOW)
    again = m.check_csv(CSV, NOW)
    assert again.rows == [] and [n for n, _ in again.duplicates] == [2, 3]
    assert m.import_rows(again, now=NOW) == []
    assert m.count() == 2 and m.reminders(NOW) == reminders  # no second follow-up for the same application
    assert "already stored (application" in again.duplicates[0][1]


@pytest.mark.parametrize("row, duplicate", [
    ("ACME,  ml   engineer ,startup,offer,2026-01-05T23:59:00Z", True),  # case and spacing ignored, same UTC day
    ("Acme,ML Engineer,big-tech,applied,2026-01-05", True),  # the type is not part of the key
    ("Acme,ML Engineer,startup,applied,2026-01-06", False),  # another day: another application
    ("Acme,Research Engineer,startup,applied,2026-01-05", False),
    ("Acme Inc,ML Engineer,startup,applied,2026-01-05", False),
])
def test_the_duplicate_rule(ol, row, duplicate):
    m = ol.applications
    m.import_rows(m.check_csv(CSV, NOW), now=NOW)
    report = m.check_csv("company,role,type,stage,applied_at\n" + row + "\n", NOW)
    assert bool(report.duplicates) is duplicate and len(report.rows) == (0 if duplicate else 1)


def test_rows_repeating_an_earlier_row_of_the_file_are_duplicates_and_can_be_allowed(ol):
    m = ol.applications
    text = CSV + "acme,ML ENGINEER,startup,applied,2026-01-05\n"
    report = m.check_csv(text, NOW)
    assert [n for n, _ in report.duplicates] == [4] and "repeats row 2" in report.duplicates[0][1]
    assert len(m.import_rows(report, now=NOW)) == 2
    allowed = m.check_csv(text, NOW, allow_duplicates=True)
    assert len(m.import_rows(allowed, allow_duplicates=True, now=NOW)) == 3 and allowed.duplicates == []
    assert m.count() == 5


def test_import_rows_checks_again_inside_its_transaction(ol):
    m = ol.applications
    report = m.check_csv(CSV, NOW)  # checked while the store was empty
    m.import_rows(m.check_csv(CSV, NOW), now=NOW)  # then the same rows arrive another way
    assert m.import_rows(report, now=NOW) == [] and len(report.duplicates) == 2 and m.count() == 2


def test_a_bulk_import_keeps_timelines_and_stays_one_transaction(ol):
    m = ol.applications
    rows = "".join(f"Company {i},MLE {i},startup,{'offer' if i % 2 else 'applied'},2026-01-05\n" for i in range(2000))
    report = m.check_csv("company,role,type,stage,applied_at\n" + rows, NOW)
    ids = m.import_rows(report, now=NOW)
    assert len(ids) == 2000 and len(set(ids)) == 2000 and m.count() == 2000
    one = m.get(ids[1])  # row 3 of the file: Company 1, at the offer stage
    assert one["company"] == "Company 1" and one["stage"] == "offer"
    assert [(e["kind"], e["to_stage"]) for e in one["timeline"]] == [("created", "applied"), ("moved", "offer")]
    from sqlalchemy import func, select

    from offerloop.tracker.models import Application, ApplicationEvent

    with ol.session() as s:  # calendar UIDs stay distinct; one created event each, a move for the 1000 offers
        assert s.scalar(select(func.count(func.distinct(Application.uid)))) == 2000
        assert s.scalar(select(func.count()).select_from(ApplicationEvent)) == 3000
    # A row over a column's size is a bad row (a sentence), never a database error.
    long = m.check_csv("company,role,type\n" + "x" * 201 + ",MLE,startup\n", NOW)
    assert long.rows == [] and "longer than 200" in long.errors[0][1]


def test_cli_skips_duplicates_unless_allowed(cli, tmp_path):
    path = tmp_path / "apps.csv"
    path.write_text(CSV)
    assert "Imported 2 application" in cli("apps", "import-csv", str(path)).stdout
    again = cli("apps", "import-csv", str(path), "--json")
    data = json.loads(again.stdout)
    assert again.exit_code == 0 and data["imported"] == [] and [d["row"] for d in data["duplicates"]] == [2, 3]
    assert cli("apps", "import-csv", str(path), "--allow-duplicates").exit_code == 0
    assert len(json.loads(cli("apps", "list", "--json").stdout)) == 4


def test_api_skips_duplicates_unless_allowed(client):
    headers = {"content-type": "text/csv"}
    assert len(client.post("/api/applications/import-csv", content=CSV, headers=headers).json()["imported"]) == 2
    again = client.post("/api/applications/import-csv", content=CSV, headers=headers).json()
    assert again["imported"] == [] and [d["row"] for d in again["duplicates"]] == [2, 3]
    assert not again["needs_confirmation"]
    bad = client.post("/api/applications/import-csv?duplicates=maybe", content=CSV, headers=headers)
    assert bad.status_code == 422 and bad.json()["error"]
    allowed = client.post("/api/applications/import-csv?duplicates=allow", content=CSV, headers=headers).json()
    assert len(allowed["imported"]) == 2 and allowed["duplicates"] == []
    assert client.get("/api/applications").headers["x-total-count"] == "4"


def _cards(html: str, stage: str) -> list[str]:
    column = html.split(f'data-stage="{stage}" aria-labelledby')[1].split("</section>")[0]
    return re.findall(r'class="card-title" href="/tracker/\d+">([^<]+)<', column)


def test_the_board_renders_the_newest_cards_of_each_column_with_counts(client, ol, monkeypatch):
    from offerloop.web.routers import tracker as router

    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for i in range(25):
        ol.applications.add(f"Co {i:02d}", "MLE", "startup", applied_at=start + timedelta(days=i))
    moved = ol.applications.add("Moved Co", "MLE", "startup", applied_at=start)
    ol.applications.move(moved["id"], "recruiter-screen")
    html = client.get("/tracker").text
    shown = _cards(html, "applied")
    assert shown == [f"Co {i:02d}" for i in range(24, 4, -1)]  # the 20 most recent, newest first
    assert '<span class="count">25</span>' in html and 'href="/tracker?stage=applied"' in html
    assert _cards(html, "recruiter-screen") == ["Moved Co"]
    assert 'href="/tracker?stage=recruiter-screen"' not in html  # a short column has no link
    # One column on its own, a page at a time.
    monkeypatch.setattr(router, "STAGE_PAGE", 10)
    page = client.get("/tracker", params={"stage": "applied"}).text
    assert len(_cards(page, "applied")) == 10 and 'href="/tracker?stage=applied&amp;offset=10" rel="next"' in page
    last = client.get("/tracker", params={"stage": "applied", "offset": 20}).text
    assert _cards(last, "applied") == [f"Co {i:02d}" for i in range(4, -1, -1)] and 'rel="next"' not in last
    assert 'offset=10" rel="prev"' in last and "21–25 of 25" in last
    assert client.get("/tracker", params={"stage": "nope"}).status_code == 404


_word = st.text(alphabet="abcXYZ é", min_size=1, max_size=6).filter(lambda t: t.strip())
_row = st.tuples(_word, _word, st.sampled_from(["startup", "big-tech"]), st.integers(1, 4))


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_row, min_size=1, max_size=8))
def test_a_second_import_of_any_file_adds_nothing(ol, rows):
    import csv
    import io
    import uuid

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["company", "role", "type", "applied_at"])
    for company, role, kind, day in rows:
        writer.writerow([company, role, kind, f"2026-01-0{day}"])
    text = out.getvalue()
    m = ol.for_user(f"prop-{uuid.uuid4().hex[:8]}").applications  # a fresh user per example
    keys = {(" ".join(c.split()).casefold(), " ".join(r.split()).casefold(), d) for c, r, _k, d in rows}
    first = m.check_csv(text, NOW)
    assert len(m.import_rows(first, now=NOW)) == len(keys)  # one application per distinct key
    assert len(first.duplicates) == len(rows) - len(keys)
    again = m.check_csv(text, NOW)
    assert m.import_rows(again, now=NOW) == [] and len(again.duplicates) == len(rows)
    forced = m.check_csv(text, NOW, allow_duplicates=True)
    assert len(m.import_rows(forced, allow_duplicates=True, now=NOW)) == len(rows)
    assert m.count() == len(keys) + len(rows)
