"""Verdicts and results, as users see them (CLI JSON and HTTP answer share this shape)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from offerloop.judge.present import printable  # noqa: F401 - re-exported for the grader

MAX_STORED = 64 * 1024  # bytes of JSON a submission's stored result may take


class Verdict(str, Enum):
    ACCEPTED = "accepted"
    WRONG_ANSWER = "wrong_answer"
    TIME_LIMIT = "time_limit"
    MEMORY_LIMIT = "memory_limit"
    RUNTIME_ERROR = "runtime_error"
    SYNTAX_ERROR = "syntax_error"
    FORBIDDEN_IMPORT = "forbidden_import"
    TOO_SLOW = "too_slow"
    NOT_RUN = "not_run"  # a case skipped because an earlier one ended the run


@dataclass
class CaseResult:
    number: int
    name: str
    visible: bool
    verdict: Verdict
    time_ms: float = 0.0
    reason: str = ""
    input: Any = None      # visible cases only
    expected: Any = None   # visible cases only
    got: Any = None        # visible cases only
    stdout: str = ""       # visible cases only

    def to_dict(self) -> dict:
        """The case as data (shallow: Result.to_dict makes JSON-ready copies of the values)."""
        d = {"number": self.number, "name": self.name, "visible": self.visible, "verdict": self.verdict.value,
             "time_ms": self.time_ms, "reason": self.reason}
        if self.visible:
            d.update(input=self.input, expected=self.expected, got=self.got, stdout=self.stdout)
        return d


@dataclass
class Result:
    verdict: Verdict
    reason: str
    passed: int = 0
    total: int = 0
    time_ms: float = 0.0
    cases: list[CaseResult] = field(default_factory=list)
    scaling: dict | None = None
    seed: int | None = None
    layers: dict | None = None
    follow_ups: list[dict] = field(default_factory=list)  # see judge/follow_ups.py

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.ACCEPTED

    @classmethod
    def from_dict(cls, d: dict) -> "Result":
        """Rebuild a result that travelled as JSON (from a queue worker)."""
        cases = []
        for c in d.get("cases", []):
            cases.append(CaseResult(number=c["number"], name=c["name"], visible=c["visible"], verdict=Verdict(c["verdict"]),
                                    time_ms=c.get("time_ms", 0.0), reason=c.get("reason", ""), input=c.get("input"),
                                    expected=c.get("expected"), got=c.get("got"), stdout=c.get("stdout", "")))
        return cls(Verdict(d["verdict"]), d["reason"], d["passed"], d["total"], d["time_ms"], cases,
                   d.get("scaling"), d.get("seed"), follow_ups=list(d.get("follow_ups") or []))

    def to_dict(self) -> dict:
        """The public JSON, capped so that its encoding stays under MAX_STORED bytes: what the
        code returned and printed is shortened first, then dropped, never the verdict."""
        import json

        from offerloop.judge.present import jsonable

        cases = []
        for c in self.cases:
            d = jsonable(c.to_dict())
            d["reason"] = printable(d.get("reason", ""), 500)
            cases.append(d)
        out = {
            "verdict": self.verdict.value,
            "reason": printable(self.reason, 2000),
            "passed": self.passed,
            "total": self.total,
            "time_ms": round(self.time_ms, 2),
            "cases": cases,
            "scaling": jsonable(self.scaling),
            "seed": self.seed,
            "follow_ups": [jsonable({**f, "reason": printable(f.get("reason", ""), 500)}) for f in self.follow_ups],
        }
        for field_limit in (200, 40, 0):
            if len(json.dumps(out)) <= MAX_STORED:
                break
            for d in cases + out["follow_ups"]:
                for key in ("input", "expected", "got", "stdout"):
                    if key in d and len(json.dumps(d[key])) > field_limit:
                        d[key] = "(too large to store)" if field_limit else None
        if len(json.dumps(out)) > MAX_STORED:
            out["cases"] = cases[:64]
            for d in out["cases"]:
                d["reason"] = printable(d["reason"], 80)
        return out
