"""Issue 19, point 7: the coding plan plans the ML track too, in a mix the user sets, and replacing
a stored plan asks first (CLI: a question unless --yes; API and page: replace, else 409)."""

import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone

import pytest

from offerloop.errors import Conflict, InvalidInput
from offerloop.plan import coding
from offerloop.plan.coding import BankProblem

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
NEW = ("easy", "medium", "hard", "mock")


def _tracks(ol) -> dict[str, str]:
    return {slug: p.meta.track for slug, p in ol.content.problems.items()}


def _new(days) -> list[str]:
    return [p for d in days if d["kind"] in NEW for p in d["problems"]]


def test_the_default_plan_mixes_in_ml_problems_from_scratch_first(ol):
    plan = ol.plans.build_coding(weeks=6, start=NOW.date(), now=NOW)
    tracks = _tracks(ol)
    new = _new(plan["days"])
    sides = Counter(tracks[p] for p in new)
    share = (sides["ml"] + sides["data"]) / len(new)  # the data track plans on the ML side
    assert 0.25 <= share <= 0.35, share
    assert "python" not in {tracks[p] for p in new}
    assert "come from the ML track" in plan["note"]
    # Difficulty phases hold for both tracks: the first two weeks are easy problems only.
    assert all(ol.content.problem(p).meta.difficulty == "easy" for d in plan["days"][:14] for p in d["problems"])
    # ML problems are studied in the track's topic order: linear algebra and regression come first.
    first_ml = next(p for p in new if tracks[p] == "ml")
    assert {"linear-algebra", "regression"} & set(ol.content.problem(first_ml).meta.topics)


@pytest.mark.parametrize("share, expect", [(0, {"algo"}), (1, {"ml", "data"})])
def test_the_ends_of_the_mix_plan_one_track(ol, share, expect):
    plan = ol.plans.build_coding(weeks=4, start=NOW.date(), ml_share=share, now=NOW)
    tracks = _tracks(ol)
    planned = {tracks[p] for d in plan["days"] for p in d["problems"]}
    assert planned <= expect and planned & {"algo", "ml"}  # from-scratch ML first on the ML side


def test_the_mix_is_spread_evenly_over_the_slots():
    bank = ([BankProblem(f"a{i}", "easy") for i in range(40)]
            + [BankProblem(f"m{i}", "easy", "ml") for i in range(40)])
    pool = coding._Pool(bank, set(), 0.25)
    got = pool.take("easy", 20)
    assert sum(s.startswith("m") for s in got) == 5
    assert [s[0] for s in got[:8]] == list("aaamaaam")  # one in four, never bunched


def test_a_short_track_is_filled_by_the_other_before_another_difficulty():
    bank = [BankProblem("a-easy", "easy"), BankProblem("m-easy", "easy", "ml"), BankProblem("m-easy2", "easy", "ml"),
            BankProblem("a-med", "medium")]
    pool = coding._Pool(bank, set(), 0.5)
    assert sorted(pool.take("easy", 3)) == ["a-easy", "m-easy", "m-easy2"]
    assert pool.borrowed == {}


def test_a_bad_share_is_one_sentence():
    with pytest.raises(InvalidInput, match="between 0 and 1"):
        coding.parse_ml_share("1.5")
    with pytest.raises(InvalidInput, match="not a number"):
        coding.parse_ml_share("lots")
    assert coding.parse_ml_share("30%") == pytest.approx(0.3)


def test_replacing_a_plan_needs_a_yes(ol):
    first = ol.plans.build_coding(weeks=6, start=NOW.date(), now=NOW)
    with pytest.raises(Conflict, match="already have a coding plan"):
        ol.plans.build_coding(weeks=2, start=NOW.date(), now=NOW)
    assert len(ol.plans.current(NOW, replan=False)["days"]) == len(first["days"]) == 42
    again = ol.plans.build_coding(weeks=2, start=NOW.date(), replace=True, now=NOW)
    assert len(again["days"]) == 14


def test_cli_asks_before_replacing_and_takes_the_mix(ol, cli):
    assert cli("plan", "coding", "--weeks", "2", "--ml-share", "0", "--json").exit_code == 0
    kept = cli("plan", "coding", "--weeks", "3", "--json", input="n\n")
    assert kept.exit_code == 1 and "Replace it?" in kept.output and "Nothing changed" in kept.output
    assert len(ol.plans.current(replan=False)["days"]) == 14
    replaced = cli("plan", "coding", "--weeks", "3", "--ml-share", "1", "--json", input="y\n")
    assert replaced.exit_code == 0, replaced.output
    days = json.loads(replaced.stdout[replaced.stdout.index("["):])  # the test runner echoes the typed "y"
    assert len(days) == 21 and {_tracks(ol)[p] for p in _new(days)} <= {"ml", "data"}  # the ML side only
    forced = cli("plan", "coding", "--weeks", "4", "--yes", "--json")
    assert forced.exit_code == 0 and "Replace it?" not in forced.output
    assert len(json.loads(forced.stdout)) == 28
    bad = cli("plan", "coding", "--ml-share", "2", "--yes")
    assert bad.exit_code == 2 and "between 0 and 1" in bad.output


def test_api_answers_409_without_replace(client):
    assert client.post("/api/plan/coding", json={"weeks": 2, "ml_share": 0.5}).status_code == 200
    r = client.post("/api/plan/coding", json={"weeks": 3})
    assert r.status_code == 409 and "already have a coding plan" in r.json()["error"]
    assert len(client.get("/api/plan").json()["days"]) == 14
    r = client.post("/api/plan/coding", json={"weeks": 3, "replace": True})
    assert r.status_code == 200 and len(r.json()) == 21
    assert client.post("/api/plan/coding", json={"weeks": 3, "ml_share": 1.5, "replace": True}).status_code == 422


def test_the_page_form_asks_for_the_replace_box(client):
    client.post("/plan/coding", data={"weeks": "2", "start": ""})
    page = client.get("/plan").text
    assert 'name="replace"' in page and 'name="ml_share"' in page
    r = client.post("/plan/coding", data={"weeks": "3", "start": "", "ml_share": "0.5"})
    assert r.status_code == 409 and "Replace my current plan" in r.text
    assert r.text.count('<td class="day ') == 14  # the old plan is still shown
    r = client.post("/plan/coding", data={"weeks": "3", "start": "", "ml_share": "0.5", "replace": "1"},
                    follow_redirects=True)
    assert r.status_code == 200 and r.text.count('<td class="day ') == 21
