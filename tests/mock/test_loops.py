"""Loops as data, the service's clock and answers, the CLI: on SQLite and PostgreSQL."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from offerloop.errors import Conflict, InvalidInput, NotFound
from offerloop.mock import loops

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_loop_types_carry_the_seed_rounds_minutes_and_phases():
    types = {t["type"]: t for t in loops.types_as_data()}
    assert list(types) == ["typical", "big-tech", "startup", "research-lab", "phone-screen"]
    typical = [(r["kind"], r["minutes"]) for r in types["typical"]["rounds"]]
    assert typical == [("ml-coding", 60), ("system-design", 60), ("theory", 45), ("behavioral", 45), ("culture-fit", 30)]
    coding = types["typical"]["rounds"][0]["phases"]
    assert [(p["name"], p["minutes"]) for p in coding] == [("clarify", 2), ("plan", 3), ("implement", 30),
                                                          ("test", 10), ("optimise", 5)]
    phone = types["phone-screen"]["rounds"][0]
    assert [(p["name"], p["minutes"]) for p in phone["phases"]] == [
        ("introductions", 5), ("background", 10), ("technical basics", 15), ("your questions", 5)]
    assert 5 <= len(types["big-tech"]["rounds"]) <= 7 and "bar-raiser" in [r["kind"] for r in types["big-tech"]["rounds"]]
    assert "theory" not in [r["kind"] for r in types["startup"]["rounds"]]
    kinds = [r["kind"] for r in types["research-lab"]["rounds"]]
    assert "paper-discussion" in kinds and "theory-deep-dive" in kinds
    for t in types.values():  # phases never promise more time than the round has
        for r in t["rounds"]:
            assert sum(p["minutes"] for p in r["phases"]) <= r["minutes"]


def test_an_unknown_loop_type_or_round_is_one_sentence():
    with pytest.raises(InvalidInput, match="no loop type 'faang'"):
        loops.loop_type("faang")
    with pytest.raises(InvalidInput, match="rounds 1 to 4; 9"):
        loops.pick_rounds(loops.LOOP_TYPES["startup"], [9])
    assert loops.pick_rounds(loops.LOOP_TYPES["startup"], [3, 1]) == ["ml-coding", "behavioral"]


def test_a_loop_follows_the_application_company_type_and_draws_every_round(ol):
    app = ol.applications.add("DeepMind", "Research engineer", "research-lab", now=T0)
    loop = ol.mocks.start(application_id=app["id"], now=T0, seed=3)
    assert loop["type"] == "research-lab" and loop["company"] == "DeepMind"
    by_kind = {r["kind"]: r for r in loop["rounds"]}
    assert len(by_kind["paper-discussion"]["items"]) == 5
    deep = by_kind["theory-deep-dive"]["items"]
    assert len(deep) == 4 and len({c["topic"] for c in deep}) == 1  # one topic, in depth
    assert by_kind["ml-coding"]["items"][0]["url"].startswith("/problems/")
    assert all(r["state"] == "pending" for r in loop["rounds"])


def test_a_round_pauses_resumes_and_is_scored_once(ol):
    loop = ol.mocks.start("phone-screen", now=T0, seed=1)
    lid = loop["id"]
    with pytest.raises(Conflict, match="Start or resume"):
        ol.mocks.answer(lid, 1, 1, "Hello", now=T0)
    ol.mocks.resume(lid, 1, now=T0)
    ol.mocks.next_phase(lid, 1, now=T0 + timedelta(minutes=4))
    paused = ol.mocks.pause(lid, 1, now=T0 + timedelta(minutes=6))
    assert paused["state"] == "paused" and paused["elapsed_seconds"] == 360
    # an hour away (a closed tab) does not count
    again = ol.mocks.resume(lid, 1, now=T0 + timedelta(hours=1))
    assert again["elapsed_seconds"] == 360 and again["phase_index"] == 1
    pitch = ("I am a machine learning engineer with four years of experience. At Acme I led the fraud model "
             "rebuild that cut chargebacks by 43 percent in six months. ") * 4
    done = ol.mocks.answer(lid, 1, 1, pitch, now=T0 + timedelta(hours=1, minutes=2))
    assert done["item"]["result"]["length"] in ("on target", "short", "long")
    result = ol.mocks.submit(lid, 1, {"technical": 3, "communication": 4},
                             now=T0 + timedelta(hours=1, minutes=10))
    card = result["round"]["scorecard"]
    assert result["round"]["elapsed_seconds"] == 360 + 600
    assert set(card["ratings"]) == {"technical", "problem_solving", "communication"}
    assert all(1 <= v["rating"] <= 4 for v in card["ratings"].values())
    assert card["signal"] in ("strong", "pass", "borderline", "not yet") and card["reasons"]
    # two unanswered cards and the questions: communication says so
    assert any("unanswered" in r for r in card["ratings"]["communication"]["reasons"])
    before = ol.mocks.get(lid)
    with pytest.raises(Conflict, match="already submitted"):
        ol.mocks.submit(lid, 1, {"technical": 4}, now=T0 + timedelta(hours=2))
    with pytest.raises(Conflict, match="already submitted"):
        ol.mocks.answer(lid, 1, 2, "late", now=T0 + timedelta(hours=2))
    after = ol.mocks.get(lid)
    assert after["rounds"][0]["scorecard"] == before["rounds"][0]["scorecard"]  # nothing lost or changed
    assert after["finished_at"] is not None and after["scorecard"]["signal"] == card["signal"]
    assert [p["loop_id"] for p in after["trends"]] == [lid]


def test_bad_ids_and_self_ratings_are_refused(ol):
    loop = ol.mocks.start("phone-screen", now=T0, seed=1)
    with pytest.raises(NotFound, match="no mock loop with id 999"):
        ol.mocks.get(999)
    with pytest.raises(NotFound, match="no round 2"):
        ol.mocks.resume(loop["id"], 2, now=T0)
    ol.mocks.resume(loop["id"], 1, now=T0)
    with pytest.raises(InvalidInput, match="from 1 to 4"):
        ol.mocks.submit(loop["id"], 1, {"technical": 5}, now=T0)
    with pytest.raises(InvalidInput, match="Type an answer"):
        ol.mocks.answer(loop["id"], 1, 1, "   ", now=T0)
    assert ol.mocks.get(loop["id"])["rounds"][0]["state"] == "running"


def test_cli_types_start_list_show(cli):
    types = json.loads(cli("mock", "types", "--json").stdout)
    assert {t["type"] for t in types} == set(loops.LOOP_TYPES)
    assert all({"kind", "minutes", "phases"} <= set(r) for t in types for r in t["rounds"])
    bad = cli("mock", "start", "--type", "faang")
    assert bad.exit_code == 2 and "no loop type 'faang'" in bad.output
    started = cli("mock", "start", "--type", "startup", "--json")
    assert started.exit_code == 0, started.output
    loop = json.loads(started.stdout)
    assert [r["kind"] for r in loop["rounds"]] == ["ml-coding", "system-design", "behavioral", "culture-fit"]
    listed = json.loads(cli("mock", "list", "--json").stdout)
    assert [lp["id"] for lp in listed] == [loop["id"]]
    shown = json.loads(cli("mock", "show", str(loop["id"]), "--json").stdout)
    assert shown["rounds"][0]["items"] and shown["scorecard"] is None
    missing = cli("mock", "show", "424242")
    assert missing.exit_code == 2 and "no mock loop" in missing.output


def test_cli_show_prints_scorecards_and_the_trend(ol, cli):
    ids = []
    for k, text in enumerate(("A penalty on the weights.", "I do not know.")):
        loop = ol.mocks.start("typical", rounds=["theory"], now=T0 + timedelta(days=k), seed=k)
        ol.mocks.resume(loop["id"], 1, now=T0 + timedelta(days=k))
        ol.mocks.answer(loop["id"], 1, 1, text, now=T0 + timedelta(days=k, minutes=5))
        ol.mocks.submit(loop["id"], 1, now=T0 + timedelta(days=k, minutes=40))
        ids.append(loop["id"])
    out = cli("mock", "show", str(ids[1]))
    assert out.exit_code == 0, out.output
    assert "1. ML theory:" in out.stdout and "Loop signal:" in out.stdout
    assert "Trend across loops" in out.stdout and f"loop {ids[1]} (typical)" in out.stdout and "<- this loop" in out.stdout
    listed = cli("mock", "list")
    assert str(ids[0]) in listed.stdout and "1/1" in listed.stdout
