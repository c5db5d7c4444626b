"""The plan's pure logic: phases, skipping solved problems, scaling, shortages, re-planning."""

from collections import Counter
from datetime import date, timedelta

import pytest

from offerloop.errors import InvalidInput
from offerloop.plan import coding
from offerloop.plan.coding import BankProblem, Day

TODAY = date(2026, 3, 2)


def bank(easy=30, medium=30, hard=6):
    return ([BankProblem(f"e{i}", "easy") for i in range(easy)] + [BankProblem(f"m{i}", "medium") for i in range(medium)]
            + [BankProblem(f"h{i}", "hard") for i in range(hard)])


def test_six_weeks_follow_the_seed():
    plan = coding.build(bank(easy=20), {"e0", "e1", "m3"}, TODAY, TODAY, days=42)
    days = plan.days
    assert len(days) == 42
    assert [d.date for d in days] == [TODAY + timedelta(days=i) for i in range(42)]
    # weeks 1-2: one or two easy a day (18 unsolved easy -> 4 doubles)
    assert {d.kind for d in days[:14]} == {"easy"}
    assert all(1 <= len(d.problems) <= 2 for d in days[:14])
    assert sum(len(d.problems) for d in days[:14]) == 18
    assert all(p.startswith("e") for d in days[:14] for p in d.problems)
    # weeks 3-4: one medium a day
    assert {d.kind for d in days[14:28]} == {"medium"} and all(len(d.problems) == 1 for d in days[14:28])
    # week 5: three hard in total, not on consecutive days, the rest light review or rest
    week5 = days[28:35]
    hard_days = [i for i, d in enumerate(week5) if d.kind == "hard"]
    assert len(hard_days) == 3 and all(b - a >= 2 for a, b in zip(hard_days, hard_days[1:]))
    assert sum(len(d.problems) for d in week5 if d.kind == "hard") == 3
    assert {d.kind for d in week5} == {"hard", "review", "rest"}
    assert all(len(d.problems) <= 1 for d in week5)
    # week 6: review and mock rounds
    week6 = Counter(d.kind for d in days[35:])
    assert week6 == {"review": 4, "mock": 2, "rest": 1}
    # nothing already solved is planned as new work, and no new problem twice
    new = [p for d in days if d.kind in ("easy", "medium", "hard", "mock") for p in d.problems]
    assert not {"e0", "e1", "m3"} & set(new)
    assert len(new) == len(set(new))
    assert plan.note == ""


def test_json_shape_is_exact():
    days = [d.to_dict() for d in coding.build(bank(), set(), TODAY, TODAY, days=42).days]
    assert all(set(d) == {"date", "kind", "problems"} for d in days)
    assert days[0] == {"date": "2026-03-02", "kind": "easy", "problems": days[0]["problems"]}
    assert all(isinstance(p, str) for d in days for p in d["problems"])


def test_final_week_reviews_missed_then_oldest_solved():
    plan = coding.build(bank(), {"e0", "e1", "e2"}, TODAY, TODAY, days=42, missed=["m9"], oldest_solved=["e2", "e0", "e1"])
    reviews = [p for d in plan.days[35:] if d.kind == "review" for p in d.problems]
    assert reviews[:4] == ["m9", "e2", "e0", "e1"]
    assert "m9" not in [p for d in plan.days[:35] for p in d.problems]  # kept for review, not planned twice


def test_too_few_problems_fill_from_the_next_difficulty_with_a_note():
    plan = coding.build(bank(easy=10, medium=30, hard=1), set(), TODAY, TODAY, days=42)
    easy_phase = [p for d in plan.days[:14] for p in d.problems]
    assert len(easy_phase) == 14 and sum(p.startswith("m") for p in easy_phase) == 4
    hard = [p for d in plan.days if d.kind == "hard" for p in d.problems]
    assert hard[0] == "h0" and all(p.startswith("m") for p in hard[1:]) and len(hard) == 3
    assert "too few unsolved easy problems, so 4 medium problems fill in" in plan.note
    assert "hard" in plan.note


def test_other_lengths_scale_by_the_same_shares():
    assert coding.phase_lengths(42) == [14, 14, 7, 7]
    assert coding.phase_lengths(84) == [28, 28, 14, 14]
    assert coding.phase_lengths(21) == [7, 7, 4, 3]
    assert coding.phase_lengths(4) == [1, 1, 1, 1]
    plan = coding.build(bank(), set(), TODAY, TODAY, days=84)
    assert len(plan.days) == 84
    assert sum(d.kind == "hard" for d in plan.days) == 6
    assert sum(d.kind == "mock" for d in plan.days) == 4
    with pytest.raises(InvalidInput):
        coding.phase_lengths(3)


def test_a_start_in_the_past_is_refused_but_today_is_fine():
    with pytest.raises(InvalidInput, match="in the past"):
        coding.build(bank(), set(), TODAY - timedelta(days=1), TODAY, days=42)
    assert coding.build(bank(), set(), TODAY, TODAY, days=42).days[0].date == TODAY


def test_missed_days_move_forward_from_today():
    days = coding.build(bank(), set(), TODAY, TODAY, days=42).days
    first, second, third = days[0].problems, days[1].problems, days[2].problems
    today = TODAY + timedelta(days=3)
    # day 1 done (on time), day 2 half done, day 3 not touched
    accepted = {first[0]: [TODAY]}
    accepted.update({p: [TODAY] for p in first})
    assert len(second) == 2  # 30 easy problems: two a day
    accepted[second[0]] = [TODAY + timedelta(days=1)]
    new_days, moved = coding.replan(days, accepted, TODAY, today)
    assert moved == 2
    assert [d.date for d in new_days] == [TODAY + timedelta(days=i) for i in range(len(new_days))]
    assert len(new_days) == 44
    undone_second = [p for p in second if p not in accepted]
    assert new_days[3].date == today and new_days[3].problems == undone_second
    assert new_days[4].problems == third
    assert new_days[5].problems == days[3].problems  # the rest shifted by two days
    assert new_days[2].kind == "missed" and new_days[2].problems == []
    assert new_days[0].problems == first
    # showing again the same day changes nothing (nothing is carried twice)
    again, moved_again = coding.replan(new_days, accepted, TODAY, today)
    assert moved_again == 0 and again == new_days


def test_review_days_need_a_re_solve_on_or_after_the_day():
    day = Day(TODAY, "review", ["e1"])
    assert not coding.day_done(day, {"e1": [TODAY - timedelta(days=5)]}, TODAY - timedelta(days=10))
    assert coding.day_done(day, {"e1": [TODAY]}, TODAY - timedelta(days=10))
    new = Day(TODAY, "easy", ["e1"])  # solving a new problem ahead of its day counts
    assert coding.day_done(new, {"e1": [TODAY - timedelta(days=2)]}, TODAY - timedelta(days=3))


def test_a_user_who_solved_everything_gets_review_and_rest_not_empty_days():
    everything = {p.slug for p in bank(easy=3, medium=3, hard=1)}
    plan = coding.build(bank(easy=3, medium=3, hard=1), everything, TODAY, TODAY, days=42,
                        oldest_solved=sorted(everything))
    assert all(d.problems for d in plan.days if d.kind in ("review", "mock"))
    assert "ran out of unsolved problems" in plan.note
    assert [d.kind for d in plan.days[35:]] == ["review", "review", "mock", "review", "rest", "rest", "rest"]
