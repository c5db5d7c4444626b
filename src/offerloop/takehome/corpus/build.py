"""Write the leakage corpus files from `scenarios.py`: `python -m offerloop.takehome.corpus.build`.

The written files are committed; this script is how they were made and how they are remade after a
scenario changes. Output: leaks/<kind>/<name>_leak.py|.ipynb and <name>_clean.py|.ipynb.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\s*# leak: (\w+)\s*$")


def variant(body: str, leak: bool) -> str:
    out = []
    for line in body.split("\n"):
        if line.startswith("#@leak "):
            if not leak:
                continue
            line = line[len("#@leak "):]
        elif line.startswith("#@clean "):
            if leak:
                continue
            line = line[len("#@clean "):]
        if not leak:
            line = MARK.sub("", line)
        out.append(line)
    return "\n".join(out)


def to_notebook(src: str, title: str) -> str:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell(f"# {title}\nSynthetic data, small enough to run in a second."))
    for i, chunk in enumerate(re.split(r"^# %%\s*$", src, flags=re.M)):
        chunk = chunk.strip("\n")
        if chunk:
            nb.cells.append(nbformat.v4.new_code_cell(chunk, execution_count=len(nb.cells)))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nbformat.writes(nb)


def main() -> None:
    from offerloop.takehome.corpus.scenarios import SCENARIOS

    root = HERE / "leaks"
    if root.exists():
        shutil.rmtree(root)
    for kind, items in SCENARIOS.items():
        (root / kind).mkdir(parents=True)
        for name, notebook, body in items:
            for leak in (True, False):
                src = variant(body, leak)
                stem = f"{name}_{'leak' if leak else 'clean'}"
                if notebook:
                    (root / kind / f"{stem}.ipynb").write_text(to_notebook(src, name.replace("_", " ")))
                else:
                    (root / kind / f"{stem}.py").write_text(src.replace("# %%\n", ""))


if __name__ == "__main__":
    main()
