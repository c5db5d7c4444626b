"""Judge benchmark: warm-pool grading and HTTP grading against a cold `python -c 'import numpy'`.

Run: `make bench-judge` (or `python -m bench.judge`). Prints medians measured in this run and
their ratios, then grades 20 submissions concurrently on a pool sized to the cores and checks
every verdict.
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
RUNS = 60


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.judge.verdict import Verdict
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        ol = Offerloop(Settings(data_dir=Path(tmp), database_url=None, judge_workers=workers))
        problem = ol.content.problem(PROBLEM)
        good = problem.solution_path.read_text()
        wrong = (problem.path / ".meta/wrong/adds_intercept.py").read_text()
        ol.judge.warm()
        ol.judge.grade(problem, good)  # load the problem's trusted side once

        cold = median_ms(lambda: subprocess.run([sys.executable, "-c", "import numpy"], check=True), runs=15)
        warm_test = median_ms(lambda: ol.judge.grade(problem, good, mode="test"))
        warm_submit = median_ms(lambda: ol.judge.grade(problem, good, mode="submit"))
        with TestClient(create_app(ol)) as client:
            def over_http():
                r = client.post(f"/api/problems/{PROBLEM}/submissions", json={"code": good})
                assert r.status_code == 200 and r.json()["verdict"] == "accepted", r.text
            http = median_ms(over_http)

        jobs = [(good, Verdict.ACCEPTED) if i % 2 == 0 else (wrong, Verdict.WRONG_ANSWER) for i in range(20)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=20) as ex:
            verdicts = list(ex.map(lambda job: ol.judge.grade(problem, job[0]).verdict, jobs))
        burst = (time.perf_counter() - started) * 1000
        wrong_or_lost = sum(v is not want for v, (_, want) in zip(verdicts, jobs))
        cases = len(ol.judge.grade(problem, good).cases)
        ol.close()

    print(f"judge benchmark on {workers} core(s), problem {PROBLEM} ({cases} cases on submit)")
    print(f"  cold `python -c 'import numpy'`      median {cold:8.1f} ms   (baseline)")
    print(f"  warm pool, visible examples only    median {warm_test:8.1f} ms   {cold / warm_test:5.1f}x faster than cold")
    print(f"  warm pool, full submission          median {warm_submit:8.1f} ms   {cold / warm_submit:5.1f}x faster than cold")
    print(f"  HTTP POST /api/problems/.../submissions median {http:5.1f} ms   {cold / http:5.1f}x faster than cold")
    print(f"  20 concurrent submissions: {burst:.0f} ms in all, {wrong_or_lost} lost or wrong verdicts")
    return 1 if wrong_or_lost else 0


if __name__ == "__main__":
    sys.exit(main())
