"""Take-home review benchmark: the static review of a 30-file repository with two notebooks.

Run: `python -m bench.takehome`. Builds the repository in a temporary folder from the corpus (26 Python
modules of 100-200 lines, two notebooks, README, requirements), then prints the median time of a full
static review next to a baseline measured in the same run: reading every file and parsing it with
`ast.parse` (the least any static review does). Target: the review under 2 s.
"""

from __future__ import annotations

import ast
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
TARGET_MS = 2000


def build_repo(root: Path) -> None:
    from offerloop.takehome.agreement import corpus_files

    scripts = [p for p in corpus_files() if p.suffix == ".py"]
    notebooks = [p for p in corpus_files() if p.suffix == ".ipynb"]
    (root / "src").mkdir()
    for i in range(26):
        # each module: several corpus programs wrapped as functions, 100-200 lines
        parts = []
        for j in range(4):
            src = scripts[(i * 4 + j) % len(scripts)].read_text()
            body = "\n".join("    " + line if line.strip() else "" for line in src.splitlines())
            parts.append(f"def experiment_{j}():\n    \"\"\"One experiment.\"\"\"\n{body}\n")
        (root / "src" / f"module_{i:02d}.py").write_text("\n\n".join(parts))
    for k, nb in enumerate(notebooks[:2]):
        (root / f"notebook_{k}.ipynb").write_text(nb.read_text())
    (root / "README.md").write_text("# Bench\n\n## Summary\nA benchmark repository.\n")
    (root / "requirements.txt").write_text("numpy==1.26.4\npandas==2.2.2\nscikit-learn==1.5.0\n")


def parse_only(root: Path) -> int:
    n = 0
    for p in sorted(root.rglob("*")):
        if p.suffix == ".py":
            ast.parse(p.read_text())
            n += 1
        elif p.suffix == ".ipynb":
            for c in json.loads(p.read_text())["cells"]:
                if c["cell_type"] == "code":
                    ast.parse("".join(c["source"]))
            n += 1
    return n


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    from offerloop.takehome.review import review
    from offerloop.takehome.sources import load

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        root.mkdir()
        build_repo(root)
        files = sum(1 for p in root.rglob("*") if p.is_file())
        lines = sum(len(p.read_text().splitlines()) for p in root.rglob("*") if p.is_file())
        report = review(load(root))  # warm imports
        baseline = median_ms(lambda: parse_only(root))
        full = median_ms(lambda: review(load(root)))
    print(f"repository: {files} files ({len(report['facts']['notebooks'])} notebooks), {lines} lines; "
          f"{len(report['findings'])} findings, {len(report['leaks'])} leaks")
    print(f"baseline (read + ast.parse every file): {baseline:8.1f} ms")
    print(f"static review (all rules + dataflow):   {full:8.1f} ms   ratio {full / baseline:5.1f}x")
    ok = full < TARGET_MS
    print(f"target: under {TARGET_MS} ms -> {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
