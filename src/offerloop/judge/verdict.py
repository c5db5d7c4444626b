"""Verdicts and results, as users see them (CLI JSON and HTTP answer share this shape)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


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
        d = asdict(self)
        d["verdict"] = self.verdict.value
        if not self.visible:
            for key in ("input", "expected", "got", "stdout"):
                d.pop(key)
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
                   d.get("scaling"), d.get("seed"))

    def to_dict(self) -> dict:
        from offerloop.judge.present import jsonable

        return {
            "verdict": self.verdict.value,
            "reason": self.reason,
            "passed": self.passed,
            "total": self.total,
            "time_ms": round(self.time_ms, 2),
            "cases": [jsonable(c.to_dict()) for c in self.cases],
            "scaling": self.scaling,
            "seed": self.seed,
        }
