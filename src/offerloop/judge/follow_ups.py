"""Interview follow-ups: the edges an interviewer asks about once the main answer works.

A problem's cases.py may define `follow_ups()`, a list of cases marked with cases.follow_up(question,
case). They never decide the verdict: the main cases (and the scaling check) do. Once those pass,
the result lists each one with its question and its own verdict ("accepted, 2 of 3 follow-ups").
Their inputs are public, like the examples': the grader sends them to the submission's child right
behind the examples, in the same pipelined run, and sends no hidden case before every one of their
replies is in (a child that had seen a hidden input could return it as a follow-up's output, which is
shown). A follow-up that ends the child leaves the hidden cases a fresh one. Proofs ask them after
acceptance, in a fresh child. Before acceptance they are listed as not run, so a candidate sees what
will be asked.
"""

from __future__ import annotations

from typing import Any

from offerloop.judge.verdict import Verdict


def drawn(tp) -> list[tuple[dict, Any]]:
    """The problem's follow-up cases with the reference's outputs (fixed cases: computed once)."""
    cached = getattr(tp, "_follow_ups", None)
    if cached is not None:
        return cached
    from offerloop.judge.grader import expected_output

    make = getattr(tp.cases, "follow_ups", None)
    cases = list(make()) if callable(make) else []
    shared = tp.reference_namespace() if cases else {}
    out = [(c, expected_output(tp, c, shared)) for c in cases]
    tp._follow_ups = out
    return out


def pending(follow: list[tuple[dict, Any]], reason: str) -> list[dict]:
    return [{"question": c.get("question", ""), "name": c.get("name", ""), "verdict": Verdict.NOT_RUN.value,
             "reason": reason} for c, _ in follow]


def requests(follow: list[tuple[dict, Any]], first_index: int = 0) -> list[dict]:
    """The follow-ups' requests to a child, numbered from first_index."""
    from offerloop.judge.grader import _request

    return [_request(c, first_index + k) for k, (c, _) in enumerate(follow)]


def run(session, tp, follow: list[tuple[dict, Any]], first_index: int, judge_output, error_verdict) -> list[dict]:
    """Grade the follow-ups in the session's child (a fresh one, which never saw a hidden case)."""
    replies = session.run_many(requests(follow, first_index), tp.meta.limits.time_ms / 1000, stop_on_error=False)
    return judge(session, tp, follow, replies, judge_output, error_verdict)


def judge(session, tp, follow: list[tuple[dict, Any]], replies: list | None, judge_output, error_verdict) -> list[dict]:
    """The follow-ups' entries from their child's replies (in order; fewer when it stopped). Each
    shows its input, the expected output and what the code returned: these are known edges."""
    meta = tp.meta
    replies = replies or []
    out = []
    for k, (case, expected) in enumerate(follow):
        entry = {"question": case.get("question", ""), "name": case.get("name", ""), "verdict": Verdict.NOT_RUN.value,
                 "reason": "An earlier follow-up ended the run.",
                 "input": {"args": case.get("args"), "kwargs": case.get("kwargs")} if case["kind"] == "call" else "(behaviour check)",
                 "expected": expected}
        if k < len(replies):
            status, value, _seconds, _stdout = replies[k]
            if status == "ok":
                ok, why = judge_output(tp, case, value, expected)
                entry.update(verdict=(Verdict.ACCEPTED if ok else Verdict.WRONG_ANSWER).value, reason=why if not ok else "",
                             got=value)
            elif status == "error":
                verdict, why = error_verdict(value, True, meta.limits, session.code_lines)
                entry.update(verdict=verdict.value, reason=why)
            else:
                verdict, why = value
                entry.update(verdict=verdict.value, reason=why)
        out.append(entry)
    return out


def summary(follow_ups: list[dict] | None) -> str:
    """'2 of 3 follow-ups' (empty when the problem has none or they did not run)."""
    if not follow_ups or all(f["verdict"] == Verdict.NOT_RUN.value for f in follow_ups):
        return ""
    passed = sum(f["verdict"] == Verdict.ACCEPTED.value for f in follow_ups)
    return f"{passed} of {len(follow_ups)} follow-up{'s' if len(follow_ups) != 1 else ''}"
