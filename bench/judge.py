"""Judge benchmark: warm-pool grading and HTTP grading against a cold `python -c 'import numpy'`.

Run: `make bench-judge` (or `python -m bench.judge`). Prints medians measured in this run and their
ratios to a cold numpy import measured in the same run (before, between and after the rest, so a
machine whose load drifts is seen by both), checks them against the targets of issue 18 (a full
submission through HTTP at least 15x faster than cold numpy, the visible examples through HTTP
`/run` at least 25x), then grades 20 submissions concurrently on a pool sized to the cores and
checks every verdict.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBLEM = "linear-regression"
RUNS = 80
COLD_RUNS = 8  # cold imports per round; three rounds
TARGET_SUBMIT = 15.0  # HTTP full submission, times faster than cold numpy
TARGET_RUN = 25.0     # HTTP visible examples (/run), times faster than cold numpy


def timings_ms(fn, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def median_ms(fn, runs: int = RUNS) -> float:
    return statistics.median(timings_ms(fn, runs))


def main() -> int:
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.judge.verdict import Verdict
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    workers = os.cpu_count() or 1

    def cold_numpy() -> list[float]:
        return timings_ms(lambda: subprocess.run([sys.executable, "-c", "import numpy"], check=True), runs=COLD_RUNS)

    with tempfile.TemporaryDirectory() as tmp:
        ol = Offerloop(Settings(data_dir=Path(tmp), database_url=None, judge_workers=workers))
        problem = ol.content.problem(PROBLEM)
        good = problem.solution_path.read_text()
        wrong = (problem.path / ".meta/wrong/adds_intercept.py").read_text()
        ol.judge.warm()
        ol.judge.grade(problem, good)  # load the problem's trusted side once

        colds = cold_numpy()
        warm_test = median_ms(lambda: ol.judge.grade(problem, good, mode="test"))
        warm_submit = median_ms(lambda: ol.judge.grade(problem, good, mode="submit"))
        colds += cold_numpy()
        with TestClient(create_app(ol)) as client:
            def over_http(path: str, want: str):
                def post():
                    r = client.post(f"/api/problems/{PROBLEM}/{path}", json={"code": good})
                    assert r.status_code == 200 and r.json()["verdict"] == want, r.text
                return post

            over_http("run", "accepted")()
            http_run = median_ms(over_http("run", "accepted"))
            http_submit = median_ms(over_http("submissions", "accepted"))
            health = median_ms(lambda: client.get("/api/health"))
        colds += cold_numpy()
        cold = statistics.median(colds)

        jobs = [(good, Verdict.ACCEPTED) if i % 2 == 0 else (wrong, Verdict.WRONG_ANSWER) for i in range(20)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=20) as ex:
            verdicts = list(ex.map(lambda job: ol.judge.grade(problem, job[0]).verdict, jobs))
        burst = (time.perf_counter() - started) * 1000
        wrong_or_lost = sum(v is not want for v, (_, want) in zip(verdicts, jobs))
        cases = len(ol.judge.grade(problem, good).cases)
        ol.close()

    def line(label: str, ms: float, target: float | None = None) -> str:
        verdict = "" if target is None else f"   target {target:.0f}x: {'met' if cold / ms >= target else 'NOT met'}"
        return f"  {label:<44} median {ms:8.2f} ms {cold / ms:7.1f}x faster than cold{verdict}"

    print(f"judge benchmark on {workers} core(s), problem {PROBLEM} ({cases} cases on submit)")
    print(f"  {'cold `python -c import numpy` (baseline)':<44} median {cold:8.1f} ms")
    print(line("warm pool, visible examples only", warm_test))
    print(line("warm pool, full submission", warm_submit))
    print(line("HTTP GET /api/health (the web layer alone)", health))
    print(line("HTTP POST /api/problems/.../run", http_run, TARGET_RUN))
    print(line("HTTP POST /api/problems/.../submissions", http_submit, TARGET_SUBMIT))
    print(f"  20 concurrent submissions: {burst:.0f} ms in all, {wrong_or_lost} lost or wrong verdicts")
    return 1 if wrong_or_lost else 0


if __name__ == "__main__":
    sys.exit(main())
