"""`--run`: re-run the notebooks and tests of a take-home in a throwaway copy and say whether the saved
results come back.

The copy is made in a new temporary folder (links and paths that leave the submission are not copied;
a zip is unpacked with the same checks as the review), and removed afterwards. Each run is a child
process with a cleared environment, HOME and TMPDIR inside the copy, rlimits on memory, CPU time, file
size and open files, a wall-clock timeout, a new network namespace when the kernel allows one, and a
Landlock ruleset built from the judge's list of readable roots (src/offerloop/judge/sandbox.py,
reused, not changed) that lets the child read the interpreter and libraries, and write only inside the
copy; with Landlock ABI 4+ it also refuses TCP connect and bind. A layer the machine lacks is skipped
and reported.

Notebooks are run by a small cell runner (no Jupyter kernel needed): code cells in order, magics
skipped, each cell's printed text and last expression compared with what the notebook saved.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

MEMORY_MB = 3072
CPU_SECONDS = 120
WALL_SECONDS = 180
FILE_MB = 200
COPY_LIMIT = 300_000_000
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000

RUNNER = r'''
import ast, contextlib, io, json, sys, traceback, socket
def _no_net(*a, **k):
    raise OSError("network access is disabled while re-running a take-home")
socket.socket.connect = _no_net
socket.create_connection = _no_net
cells = json.loads(sys.stdin.read())
g = {"__name__": "__main__"}
out = []
for index, src in cells:
    buf = io.StringIO()
    value, error = None, None
    try:
        tree = ast.parse(src)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        if last is not None:
            tree.body = tree.body[:-1]
        with contextlib.redirect_stdout(buf):
            exec(compile(tree, f"cell {index}", "exec"), g)
            if last is not None:
                v = eval(compile(ast.Expression(last.value), f"cell {index}", "eval"), g)
                if v is not None:
                    value = repr(v)
    except BaseException as exc:
        error = f"{type(exc).__name__}: {exc}"[:300]
    out.append({"cell": index, "stdout": buf.getvalue()[-20000:], "value": value, "error": error})
    if error:
        break
sys.__stdout__.write("\n@@RESULT@@" + json.dumps(out))
'''


# -- the copy --------------------------------------------------------------------------------------------
def make_copy(src: Path, dest: Path) -> list[str]:
    """Copy a folder or unpack a zip into dest; returns what was skipped and why."""
    from offerloop.takehome.sources import MAX_FILE_BYTES, SKIP_DIRS, _safe_member

    skipped: list[str] = []
    total = 0
    if src.is_dir():
        root = src.resolve()
        for dirpath, dirnames, filenames in os.walk(src, followlinks=False):
            here = Path(dirpath)
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not (here / d).is_symlink()]
            for fn in filenames:
                p = here / fn
                rel = p.relative_to(src)
                if p.is_symlink() and not p.resolve().is_relative_to(root):
                    skipped.append(f"{rel} (link outside)")
                    continue
                size = p.stat().st_size
                if total + size > COPY_LIMIT:
                    skipped.append(f"{rel} (copy limit)")
                    continue
                total += size
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(p, dest / rel)
        return skipped
    if src.suffix.lower() == ".zip":
        with zipfile.ZipFile(src) as zf:
            names = [i.filename for i in zf.infolist() if not i.is_dir()]
            tops = {n.split("/", 1)[0] for n in names}
            strip = len(tops) == 1 and all("/" in n for n in names)
            for info in zf.infolist():
                rel = _safe_member(info.filename)
                if info.is_dir() or rel is None or ((info.external_attr >> 16) & 0o170000) == 0o120000:
                    if not info.is_dir():
                        skipped.append(info.filename)
                    continue
                if strip:
                    rel = rel.split("/", 1)[1]
                if info.file_size > max(MAX_FILE_BYTES * 20, 1) or total + info.file_size > COPY_LIMIT:
                    skipped.append(rel)
                    continue
                target = dest / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as fh, open(target, "wb") as out:
                    data = fh.read(COPY_LIMIT - total + 1)
                    total += len(data)
                    out.write(data[:COPY_LIMIT])
        return skipped
    shutil.copyfile(src, dest / src.name)
    return skipped


# -- the child's layers -------------------------------------------------------------------------------
def _landlock_ruleset(copy: Path) -> int | None:
    from offerloop.judge import sandbox
    from offerloop.judge.layers import landlock_abi, libc

    abi = landlock_abi()
    if abi <= 0:
        return None
    fn = libc().syscall
    fn.restype = ctypes.c_long
    handled = sandbox.FS_ALL_BY_ABI.get(abi, sandbox.FS_ALL_BY_ABI[7])
    attr = sandbox._RulesetAttr(handled, sandbox.NET_ALL if abi >= 4 else 0, 0)
    size = 24 if abi >= 6 else (16 if abi >= 4 else 8)
    ruleset = fn(ctypes.c_long(sandbox.SYS_LANDLOCK_CREATE_RULESET), ctypes.byref(attr), ctypes.c_size_t(size),
                 ctypes.c_uint32(0))
    if ruleset < 0:
        return None
    read = sandbox.FS_EXECUTE | sandbox.FS_READ_FILE | sandbox.FS_READ_DIR
    exe = Path(sys.executable)
    import sysconfig

    # The interpreter's own folders as a whole (the import system lists them), not only their children.
    folders = {sysconfig.get_paths()[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    extra = [Path(os.path.realpath(exe)), exe.parent, Path(sys.prefix), Path(sys.base_prefix) / "lib",
             Path(sys.base_prefix) / "bin", Path("/proc"), Path("/sys/devices/system/cpu"), Path("/etc/localtime"),
             Path("/usr/share")] + [Path(f) for f in sorted(folders)]
    rules = [(r, read) for r in sandbox.readable_roots(True) + extra] + [(copy, handled), (Path("/dev/null"), handled)]
    for root, access in rules:
        try:
            fd = os.open(root, sandbox.O_PATH | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            if not root.is_dir():
                access &= sandbox.FS_EXECUTE | sandbox.FS_READ_FILE | (1 << 1) | (1 << 15 if abi >= 3 else 0)
            rule = sandbox._PathBeneath(access, fd)
            fn(ctypes.c_long(sandbox.SYS_LANDLOCK_ADD_RULE), ctypes.c_int(ruleset),
               ctypes.c_int(sandbox.LANDLOCK_RULE_PATH_BENEATH), ctypes.byref(rule), ctypes.c_uint32(0))
        finally:
            os.close(fd)
    os.set_inheritable(int(ruleset), True)
    return int(ruleset)


def _child_setup(ruleset: int | None, report_fd: int):
    def setup() -> None:
        from offerloop.judge.layers import libc

        applied = []
        os.setsid()
        c = libc()
        if c.unshare(CLONE_NEWNET) == 0 or c.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0:
            applied.append("network namespace")
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_MB * 2**20, MEMORY_MB * 2**20))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_MB * 2**20, FILE_MB * 2**20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
        applied.append("rlimits")
        c.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS, needed by Landlock
        if ruleset is not None:
            fn = c.syscall
            fn.restype = ctypes.c_long
            if fn(ctypes.c_long(446), ctypes.c_int(ruleset), ctypes.c_uint32(0)) == 0:
                applied.append("landlock")
            os.close(ruleset)
        os.write(report_fd, ",".join(applied).encode())
        os.close(report_fd)
    return setup


def run_sandboxed(argv: list[str], copy: Path, stdin: str = "", timeout: int = WALL_SECONDS) -> dict:
    """Run argv in the copy under the layers; returns exit code, output tail, layers applied, timed_out."""
    ruleset = _landlock_ruleset(copy)
    r, w = os.pipe()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(copy), "TMPDIR": str(copy / ".tmp"), "MPLBACKEND": "Agg",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1",
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "LANG": "C.UTF-8"}
    (copy / ".tmp").mkdir(exist_ok=True)
    timed_out = False
    try:
        proc = subprocess.Popen(argv, cwd=copy, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, pass_fds=(w,) + ((ruleset,) if ruleset else ()),
                                preexec_fn=_child_setup(ruleset, w))
        os.close(w)
        w = -1
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, 9)
            out, err = proc.communicate()
        layers = os.read(r, 200).decode().split(",")
    finally:
        os.close(r)
        if w != -1:
            os.close(w)
        if ruleset is not None:
            os.close(ruleset)
    return {"code": proc.returncode, "stdout": out, "stderr": err[-3000:], "layers": [x for x in layers if x],
            "timed_out": timed_out}


# -- comparing results -------------------------------------------------------------------------------------
NUM = re.compile(r"-?\d+\.\d+(?:[eE][-+]?\d+)?|-?\d+")


def same_text(saved: str, new: str) -> bool:
    """Equal up to whitespace and to 1e-6 relative on numbers; memory addresses and timings ignored."""
    clean = lambda s: re.sub(r"0x[0-9a-f]+|\s+", " ", s).strip()  # noqa: E731
    a, b = clean(saved), clean(new)
    if NUM.sub("#", a) != NUM.sub("#", b):
        return False
    for x, y in zip(NUM.findall(a), NUM.findall(b)):
        fx, fy = float(x), float(y)
        if abs(fx - fy) > 1e-6 * max(1.0, abs(fx), abs(fy)):
            return False
    return True


def saved_outputs(cell_json: dict) -> tuple[str, str | None]:
    stdout, value = "", None
    for out in cell_json.get("outputs", []) or []:
        if out.get("output_type") == "stream" and out.get("name") == "stdout":
            t = out.get("text", "")
            stdout += "".join(t) if isinstance(t, list) else t
        elif out.get("output_type") == "execute_result":
            t = out.get("data", {}).get("text/plain", "")
            value = "".join(t) if isinstance(t, list) else t
    return stdout, value


def run_notebook(copy: Path, rel: str) -> dict:
    from offerloop.takehome.leakage import clean_cell_source

    nb = json.loads((copy / rel).read_text(encoding="utf-8"))
    cells = [(i, clean_cell_source("".join(c["source"]) if isinstance(c["source"], list) else c["source"]))
             for i, c in enumerate(nb.get("cells", [])) if c.get("cell_type") == "code"]
    nb_dir = (copy / rel).parent
    res = run_sandboxed([sys.executable, "-I", "-c", RUNNER], nb_dir if nb_dir.is_relative_to(copy) else copy,
                        json.dumps(cells))
    results = []
    if "@@RESULT@@" in res["stdout"]:
        results = json.loads(res["stdout"].rsplit("@@RESULT@@", 1)[1])
    compared = matched = 0
    mismatches = []
    error = None
    for r in results:
        saved_stdout, saved_value = saved_outputs(nb["cells"][r["cell"]])
        if r["error"]:
            error = {"cell": r["cell"], "error": r["error"]}
        if saved_stdout or saved_value:
            compared += 1
            ok = same_text(saved_stdout, r["stdout"]) and (saved_value is None or same_text(saved_value, r["value"] or ""))
            matched += ok
            if not ok:
                mismatches.append(r["cell"])
    if res["timed_out"]:
        error = {"cell": results[-1]["cell"] + 1 if results else 0, "error": f"timed out after {WALL_SECONDS} s"}
    elif not results and res["code"] != 0:
        error = {"cell": 0, "error": (res["stderr"].strip().splitlines() or ["the run failed"])[-1][:300]}
    return {"file": rel, "cells_run": len(results), "compared": compared, "matched": matched,
            "mismatches": mismatches, "error": error, "layers": res["layers"],
            "reproduced": error is None and matched == compared}


def run_tests(copy: Path) -> dict | None:
    tests = [p for p in copy.rglob("*.py") if p.name.startswith("test_") or p.name.endswith("_test.py")]
    if not tests:
        return None
    res = run_sandboxed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "--no-header"], copy)
    tail = (res["stdout"].strip().splitlines() or [""])[-1]
    return {"passed": res["code"] == 0, "summary": "timed out" if res["timed_out"] else tail[:300],
            "layers": res["layers"]}


def rerun_path(path: Path, report: dict) -> dict:
    """The report with a `run` section and `not_reproducible` findings added (the score recomputed)."""
    from offerloop.takehome.review import Finding, _order_key, score

    with tempfile.TemporaryDirectory(prefix="offerloop-takehome-") as tmp:
        copy = Path(tmp) / "copy"
        copy.mkdir()
        skipped = make_copy(path, copy)
        notebooks = [n for n in report["facts"]["notebooks"] if (copy / n).exists()]
        nb_results = [run_notebook(copy, n) for n in notebooks]
        tests = run_tests(copy)
    findings = [Finding(**{k: v for k, v in f.items() if k != "kind"}, kind=f.get("kind"))
                for f in report["findings"]]
    for r in nb_results:
        if r["reproduced"]:
            continue
        if r["error"]:
            msg = f"Re-running {r['file']} stops at cell {r['error']['cell']}: {r['error']['error']}."
            cell = r["error"]["cell"]
        else:
            msg = (f"Re-running {r['file']} gives other results in {len(r['mismatches'])} of {r['compared']} cells "
                   f"with saved output (first: cell {r['mismatches'][0]}).")
            cell = r["mismatches"][0]
        findings.append(Finding("not_reproducible", "major", r["file"], cell, 1, msg,
                                "SEED = 42  # set every seed at the top, pin requirements, then Restart & Run All\n"
                                "np.random.seed(SEED); random.seed(SEED)"))
    if tests is not None and not tests["passed"]:
        findings.append(Finding("not_reproducible", "major", "", None, None,
                                f"The tests fail when re-run: {tests['summary']}.",
                                "python -m pytest -x  # fix the first failure, then run the whole suite"))
    findings.sort(key=_order_key)
    overall, parts, points = score(findings)
    reproduced = all(r["reproduced"] for r in nb_results) and (tests is None or tests["passed"])
    layers = sorted({x for r in nb_results for x in r["layers"]} | set(tests["layers"] if tests else []))
    compared = sum(r["compared"] for r in nb_results)
    summary = (f"{sum(r['reproduced'] for r in nb_results)} of {len(nb_results)} notebooks reproduce "
               f"({sum(r['matched'] for r in nb_results)} of {compared} saved outputs match)"
               + ("" if tests is None else f"; tests {'pass' if tests['passed'] else 'fail'} ({tests['summary']})")
               + f"; layers: {', '.join(layers) or 'none'}")
    return dict(report, score=overall, parts=parts, points=points, findings=[f.as_dict() for f in findings],
                run={"reproduced": reproduced, "notebooks": nb_results, "tests": tests, "skipped": skipped,
                     "summary": summary})
