"""A judge result as plain terminal lines: shared by the Typer commands and the fast path (no Typer,
no Rich: both cost a fast command a noticeable share of its time)."""

from __future__ import annotations


VERDICT_NAMES = {"accepted": "Accepted", "wrong_answer": "Wrong answer", "time_limit": "Time limit exceeded",
                 "memory_limit": "Memory limit exceeded", "runtime_error": "Runtime error", "syntax_error": "Syntax error",
                 "forbidden_import": "Forbidden import", "too_slow": "Too slow", "not_run": "Not run"}


def render(result, out=None) -> None:
    """The result as lines of plain text (Rich is not imported on this path: it costs a fast
    command a noticeable share of its time). Colour only on a terminal, and never with NO_COLOR."""
    import os
    import sys

    stream = sys.stdout
    colour = stream.isatty() and not os.environ.get("NO_COLOR")

    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    from offerloop.judge.follow_ups import summary

    name = VERDICT_NAMES.get(result.verdict.value, result.verdict.value)
    asked = summary(result.follow_ups)
    lines = [f"{paint(name + (', ' + asked if asked else ''), '1;32' if result.accepted else '1;31')}  "
             f"{result.passed}/{result.total} cases  {result.time_ms:.0f} ms in your code", result.reason]
    for case in result.cases:
        mark = "✓" if case.verdict.value == "accepted" else ("·" if case.verdict.value == "not_run" else "✗")
        label = f"example {case.number}" if case.visible else f"hidden {case.number}"
        verdict = VERDICT_NAMES.get(case.verdict.value, case.verdict.value)
        timing = f", {case.time_ms:.1f} ms" if case.visible and case.verdict.value != "not_run" else ""
        lines.append(f"  {mark} {label}: {case.name} ({verdict}{timing})")
        if case.visible and case.verdict.value not in ("accepted", "not_run"):
            lines.append(f"      {case.reason}")
    if result.scaling and result.scaling.get("reason") != result.reason:  # a too_slow reason is already printed
        lines.append(f"Scaling: {result.scaling['reason']}")
    if result.follow_ups and not asked:
        lines.append(f"Once the main cases pass, {len(result.follow_ups)} follow-up case(s) ask what an interviewer would ask next.")
    elif result.follow_ups:
        lines.append("Follow-ups:")
        for question in dict.fromkeys(f["question"] for f in result.follow_ups):
            lines.append(f"  {question}")
            for f in (x for x in result.follow_ups if x["question"] == question):
                mark = "✓" if f["verdict"] == "accepted" else ("·" if f["verdict"] == "not_run" else "✗")
                lines.append(f"    {mark} {f['name']} ({VERDICT_NAMES.get(f['verdict'], f['verdict'])})")
                if f["verdict"] not in ("accepted", "not_run") and f.get("reason"):
                    lines.append(f"        {f['reason']}")
    stream.write("\n".join(lines) + "\n")
    stream.flush()
