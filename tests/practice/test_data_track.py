"""The data track (pandas and scikit-learn) in the product: its page, the CLI and API filters, and
how readiness and the coding plan count it."""

import json

from offerloop.plan import coding
from offerloop.readiness.rules import Evidence, coding_area

DATA_SLUG = "point-in-time-join"  # moved from the ML track
ML_SLUG = "kmeans"


def test_data_page_lists_data_problems_only_and_filters_by_topic(client):
    page = client.get("/data")
    assert page.status_code == 200
    assert f'data-slug="{DATA_SLUG}"' in page.text and f'data-slug="{ML_SLUG}"' not in page.text
    assert 'aria-current="page"' in page.text and "Data (pandas &amp; scikit-learn)" in page.text
    only = client.get("/data", params={"topic": "missing-values"})
    assert 'data-slug="train-only-imputation"' in only.text and f'data-slug="{DATA_SLUG}"' not in only.text
    # The ML page no longer lists the moved problems.
    assert f'data-slug="{DATA_SLUG}"' not in client.get("/practice").text


def test_a_data_problem_page_marks_the_data_area_in_the_navigation(client):
    page = client.get(f"/problems/{DATA_SLUG}")
    assert page.status_code == 200
    assert '<a href="/data" class="active"' in page.text


def test_cli_and_api_filter_by_the_data_track(cli, client):
    r = cli("problems", "list", "--track", "data", "--json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert len(rows) >= 8 and {row["track"] for row in rows} == {"data"}
    assert DATA_SLUG in {row["slug"] for row in rows}
    api = client.get("/api/problems", params={"track": "data"}).json()
    assert {row["slug"] for row in api} == {row["slug"] for row in rows}


def test_readiness_counts_data_problems_as_ml_coding():
    bank = [{"track": "data", "difficulty": d, "topics": ["groupby"], "solved": True}
            for d in ["easy"] * 10 + ["medium"] * 10]
    bank += [{"track": "ml", "difficulty": "easy", "topics": ["regression"], "solved": False}]
    area = coding_area("ml-coding", Evidence(problems=bank))
    assert area["level"] >= 2  # 20 solved data problems count; with ML only, nothing would be solved
    assert coding_area("algorithms", Evidence(problems=bank))["level"] == 1


def test_the_coding_plan_takes_data_problems_on_the_ml_side(ol):
    bank = ol.plans.bank()
    sides = {p.slug: p.track for p in bank}
    assert sides[DATA_SLUG] == "ml" and sides["two-sum"] == "algo"
    plan = coding.build(bank, set(), coding.date(2030, 1, 1), coding.date(2030, 1, 1), days=42, ml_share=1.0)
    planned = {s for day in plan.days for s in day.problems}
    data = {p.slug for p in ol.content.problems.values() if p.meta.track == "data"}
    assert planned & data  # an all-ML plan draws on the data track too
