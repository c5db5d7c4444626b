"""What one sandboxed child costs, phase by phase: CPU time and the pages it copies from its zygote.

Run: `make bench-sandbox` (or `python -m bench.sandbox`). Grades linear-regression's visible
examples (`/run`) and full submissions one at a time on one warm zygote, with a pause between them
so each spare finishes setting up before it is used, and reads each child from outside:
- its CPU time (the kernel's clock of that process) and minor page faults (/proc/<pid>/stat), once
  its setup is done (fork, sandbox, warm-up: what a spare does before anyone waits) and again just
  before it is killed (the submission's own share: loading the code and running the cases);
- the zygote's own CPU time (the fork, its control messages, reaping);
- the children's deaths, from what the zygote's reaped-children total grew by beyond the above
  (clock ticks, so an average over all runs).
Beside them: what one copy-on-write page costs on this machine, and the judge process's own CPU time
per grading. These are the figures behind issue 18's notes: every submission gets a fresh child,
and on a two-core machine requests sent back to back pay for all of it.
"""

from __future__ import annotations

import mmap
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROBLEM = "linear-regression"
RUNS = 60
SETTLE = 0.002  # a spare is set up when its CPU clock has not moved for this long
_TICK = os.sysconf("SC_CLK_TCK")


def cow_page_us(pages: int = 8000) -> float:
    """Microseconds per page a forked process spends writing once to pages it shares with its parent."""
    buf = mmap.mmap(-1, pages * 4096)
    for i in range(pages):
        buf[i * 4096] = 1
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        started = time.perf_counter()
        for i in range(pages):
            buf[i * 4096] = 2
        os.write(w, str((time.perf_counter() - started) / pages * 1e6).encode())
        os._exit(0)
    os.close(w)
    result = float(os.read(r, 100))
    os.close(r)
    os.waitpid(pid, 0)
    buf.close()
    return result


def faults(pid: int) -> int:
    """Minor page faults (copy-on-write copies among them) the process has taken."""
    with open(f"/proc/{pid}/stat") as f:
        return int(f.read().rsplit(")", 1)[1].split()[7])


def reaped_seconds(pid: int) -> float:
    """CPU seconds of the children this process has reaped (clock ticks)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / _TICK


def measure(runs: int = RUNS) -> dict[str, dict[str, float]] | None:
    """Per mode ("test", "submit"): the medians above in ms (pages as counts); None when this kernel
    does not let a process read another's CPU clock."""
    from offerloop.app import Offerloop
    from offerloop.judge import grader, worker
    from offerloop.settings import Settings

    if not grader._cpu_clock_works():
        return None
    closing: dict[int, tuple[float, int]] = {}
    original_close = worker.Child.close

    def close(child, reap_later: bool = False) -> None:
        # Read just before the kill: what the child used for this submission and its setup.
        if child.pid not in closing and not child.dead:
            cpu = grader._read_clock(grader._cpu_clock(child.pid))
            if cpu is not None:
                closing[child.pid] = (cpu, faults(child.pid))
        original_close(child, reap_later)

    worker.Child.close = close
    rows = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ol = Offerloop(Settings(data_dir=Path(tmp), database_url=None, judge_workers=1))
            problem = ol.content.problem(PROBLEM)
            good = problem.solution_path.read_text()
            ol.judge.warm()
            for _ in range(5):
                ol.judge.grade(problem, good)
            (w,) = [x for x in ol.judge._all if x.alive()]
            for mode in ("test", "submit"):
                setup, used, zygote_self, judge_cpu = [], [], [], []
                reaped_before = reaped_seconds(w.proc.pid)
                for _ in range(runs):
                    w.flush_reaps()
                    (pid,) = w.spare_pids()
                    clock = grader._cpu_clock(pid)
                    # The spare is set up once its CPU clock stops moving.
                    last, still = grader._read_clock(clock), time.perf_counter()
                    while time.perf_counter() - still < SETTLE:
                        time.sleep(SETTLE / 4)
                        now = grader._read_clock(clock)
                        if now != last:
                            last, still = now, time.perf_counter()
                    ready = (last, faults(pid))
                    zygote_clock = grader._cpu_clock(w.proc.pid)
                    z0, j0 = grader._read_clock(zygote_clock), time.process_time()
                    ol.judge.grade(problem, good, mode=mode)
                    w.flush_reaps()  # the child is reaped: its death is in the zygote's total now
                    z1, j1 = grader._read_clock(zygote_clock), time.process_time()
                    end = closing.pop(pid)
                    setup.append(ready)
                    used.append((end[0] - ready[0], end[1] - ready[1]))
                    zygote_self.append(z1 - z0)
                    judge_cpu.append(j1 - j0)
                reaped = reaped_seconds(w.proc.pid) - reaped_before
                lived = sum(s[0] for s in setup) + sum(u[0] for u in used)
                rows[mode] = {
                    "zygote": statistics.median(zygote_self) * 1000,
                    "setup": statistics.median(s[0] for s in setup) * 1000,
                    "setup_pages": statistics.median(s[1] for s in setup),
                    "used": statistics.median(u[0] for u in used) * 1000,
                    "used_pages": statistics.median(u[1] for u in used),
                    "death": max(reaped - lived, 0.0) / runs * 1000,
                    "judge": statistics.median(judge_cpu) * 1000,
                }
            ol.close()
    finally:
        worker.Child.close = original_close
    return rows


def main() -> int:
    rows = measure()
    if rows is None:
        print("this kernel does not let a process read another's CPU clock; nothing to measure")
        return 1
    cow = statistics.median(cow_page_us() for _ in range(3))
    print(f"sandboxed child cost, problem {PROBLEM}, {RUNS} gradings each, one at a time")
    print(f"  a copy-on-write page on this machine: {cow:.2f} us")
    for mode, label in (("test", "visible examples (/run)"), ("submit", "full submission")):
        r = rows[mode]
        total = r["zygote"] + r["setup"] + r["used"] + r["death"]
        print(f"  {label}:")
        print(f"    zygote: fork, control messages, reaping   {r['zygote']:6.2f} ms")
        print(f"    child set up ahead (fork, sandbox, warm-up) {r['setup']:6.2f} ms, {r['setup_pages']:5.0f} pages copied")
        print(f"    child for the submission (load, cases)    {r['used']:6.2f} ms, {r['used_pages']:5.0f} pages copied")
        print(f"    child's death (mean, from clock ticks)    {r['death']:6.2f} ms")
        print(f"    sandbox side in all                       {total:6.2f} ms")
        print(f"    judge process (orchestration, reference)  {r['judge']:6.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
