"""Hostile submissions, each really running inside the sandbox.

The import check is not what stops these: most attacks run on `double-np`, a problem that allows
numpy only, and reach `os` and `ctypes` the way an attacker would (through numpy's own
`__builtins__`), so every attack gets past the AST and meets the runtime layers (seccomp, Landlock,
rlimits) and the orchestrator's defences (deadlines, bounded decoding, judge-authored text).

For every attack the test asserts: a verdict other than accepted (often a specific one), no side
effect (no file written, nothing created), no process of the submission left (every child pid the
pool ever forked is gone but the waiting spare), no System V IPC object left, no hidden input in
the output, and then that the SAME long-lived pool (built the way the web app builds it) grades a
correct solution correctly.
"""

from __future__ import annotations

import json
import os
import textwrap
import time
from pathlib import Path

import pytest

from offerloop.judge.verdict import Verdict

ROOT = Path(__file__).parents[2]
REFERENCE = ROOT / "src/offerloop/content/packs/problems/linear-regression/.meta/solution.py"
CASES = ROOT / "tests/judge/packs/problems/double/.meta/cases.py"
REAL = ROOT / "src/offerloop/content/packs/problems"
CANARY = Path("/tmp/offerloop-hostile-canary")
CORRECT = {
    "double": "def double(x):\n    return 2 * x\n",
    "double-np": "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n",
    "plus-one": "def plus_one(nums):\n    return [n + 1 for n in nums]\n",
}
# The hidden inputs of the fixtures, in every form an attack below would print them.
SECRET_TOKENS = ("42.125", "42_125", "42125", "3.25", "3_25", "84.25", "S3", "SIGSEGV", "status")

# Reaching os and ctypes on a numpy-only problem, past the import check: numpy's own globals.
PRELUDE = """
import numpy
_b = vars(numpy)["__builtins__"]
_imp = _b["__import__"] if isinstance(_b, dict) else _b.__import__
os = _imp("os")
ctypes = _imp("ctypes")
struct = _imp("struct")
json = _imp("json")
stat = _imp("stat")
time = _imp("time")
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long


def judge_fd():
    for fd in range(3, 64):
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                return fd
        except OSError:
            pass
    raise RuntimeError("no socket")


def send_raw(payload):
    fd = judge_fd()
    data = struct.pack("<Q", len(payload)) + payload
    while data:
        data = data[os.write(fd, data):]


def send_head(head, blobs=()):
    # A frame in the judge's format: a top-level message (a dict) whose values are JSON nodes.
    if isinstance(head, dict):
        head = json.dumps({"__dict__": [[k, v] for k, v in head.items()]})
    head = head if isinstance(head, bytes) else head.encode()
    send_raw(struct.pack("<I", len(head)) + head + b"".join(struct.pack("<Q", len(b)) + b for b in blobs))


def current_nonce():
    # The request being served sits in the judge's own frame: its nonce can be read, a future one cannot.
    f = _imp("sys")._getframe(1)
    while f is not None:
        m = f.f_locals.get("msg")
        if isinstance(m, dict) and "n" in m:
            return m["n"]
        f = f.f_back


def leak(x):
    return "S" + "_".join(str(float(v)).replace(".", "_").replace("-", "m") for v in x[:8])
"""


def attack(body: str) -> str:
    return PRELUDE + textwrap.dedent(body).strip() + "\n"


def blocked(r) -> bool:
    """The visible case returned a value that says the attempt failed inside the sandbox."""
    got = r.cases[0].got if r.cases else None
    return isinstance(got, str) and got.startswith("blocked")


# (name, problem, mode, source, expectation): expectation is a Verdict (with a word of the reason), a predicate on the result
# (for attacks that report their own failure through the visible case), or None (not accepted).
HOSTILE: list[tuple[str, str, str, str, object]] = [
    # -- hangs: a peer that stops half way through a frame, or stops reading -----------------
    ("half a frame, then sleep", "double-np", "submit", attack("""
        def double(x):
            os.write(judge_fd(), struct.pack("<Q", 100) + b"0123456789")
            time.sleep(60)
    """), Verdict.TIME_LIMIT),
    ("header only, then sleep", "double-np", "submit", attack("""
        def double(x):
            os.write(judge_fd(), struct.pack("<Q", 64)[:5])
            time.sleep(60)
    """), Verdict.TIME_LIMIT),
    ("stops reading while the judge writes a big input", "double-np", "submit", attack("""
        def double(x):
            # Answer the first case by hand and never return: the judge then writes the next
            # cases, the big one last, to a child that reads nothing.
            send_head({"op": "result", "i": 0, "value": [0.0, 2.0, 4.0, 6.0], "stdout": "", "n": current_nonce()})
            time.sleep(120)
    """), Verdict.TIME_LIMIT),
    ("closes its socket and sleeps", "double-np", "submit", attack("""
        def double(x):
            os.close(judge_fd())
            time.sleep(60)
    """), (Verdict.RUNTIME_ERROR, 'stopped answering')),
    ("closes its socket at import and spins", "double-np", "submit", attack("""
        os.close(judge_fd())
        while True:
            pass
        def double(x):
            return 2 * x
    """), None),
    ("sleeps at import", "double-np", "submit", attack("""
        time.sleep(60)
        def double(x):
            return 2 * x
    """), Verdict.TIME_LIMIT),
    ("ignores every signal and sleeps", "double-np", "submit", attack("""
        signal = _imp("signal")
        for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGXCPU, signal.SIGHUP):
            signal.signal(s, signal.SIG_IGN)
        def double(x):
            time.sleep(60)
    """), Verdict.TIME_LIMIT),
    # -- frames the orchestrator must not choke on ----------------------------------------------
    ("a frame announcing a terabyte", "double-np", "submit", attack("""
        def double(x):
            os.write(judge_fd(), struct.pack("<Q", 2**40))
            time.sleep(60)
    """), (Verdict.RUNTIME_ERROR, 'too large')),
    ("garbage instead of JSON", "double-np", "submit", attack("""
        def double(x):
            send_raw(struct.pack("<I", 5) + b"\\xff\\xfe{[(")
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'not a valid frame')),
    ("one blob referenced 20,000 times", "double-np", "submit", attack("""
        def double(x):
            ref = {"__nd__": 0, "dtype": "<f8", "shape": [524288]}
            send_head({"op": "result", "i": 0, "value": [ref] * 20000, "stdout": ""}, [bytes(4 * 2**20)])
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'referenced twice')),
    ("100,000 dict keys with one hash", "double-np", "submit", attack("""
        def double(x):
            keys = [{"__bigint__": str(k * (2**61 - 1))} for k in range(10**5, 2 * 10**5)]
            value = {"__dict__": [[k, 0] for k in keys]}
            send_head({"op": "result", "i": 0, "value": value, "stdout": ""})
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'same hash')),
    ("a 4,400-digit integer", "double-np", "submit", attack("""
        def double(x):
            send_head({"op": "result", "i": 0, "value": {"__bigint__": "7" * 4400}, "stdout": ""})
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'unknown kind')),
    ("a digit that int() refuses", "double-np", "submit", attack("""
        def double(x):
            send_head({"op": "result", "i": 0, "value": {"__bigint__": "\\u00b2"}, "stdout": ""})
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'unknown kind')),
    ("a list as dtype", "double-np", "submit", attack("""
        def double(x):
            send_head({"op": "result", "i": 0, "value": {"__nd__": 0, "dtype": [], "shape": [4]}, "stdout": ""}, [bytes(32)])
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'dtype')),
    ("shape [2**64, 0]", "double-np", "submit", attack("""
        def double(x):
            send_head({"op": "result", "i": 0, "value": {"__nd__": 0, "dtype": "<f8", "shape": [2**64, 0]}, "stdout": ""}, [b""])
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'shape')),
    ("nesting 100,000 deep", "double-np", "submit", attack("""
        def double(x):
            head = b'{"__dict__":[["op","result"],["i",0],["stdout",""],["value",' + b"[" * 100000 + b"]" * 100000 + b"]]}"
            send_head(head)
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'nested too deeply')),
    ("five million empty lists", "double-np", "submit", attack("""
        def double(x):
            head = b'{"__dict__":[["op","result"],["i",0],["stdout",""],["value",[' + b"[]," * 5000000 + b'[]]]]}'
            send_head(head)
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'too many lists')),
    ("a 60 MB string", "double-np", "submit", attack("""
        def double(x):
            return "a" * (60 * 2**20)
    """), (Verdict.RUNTIME_ERROR, 'too large')),
    ("10**400 to compare()", "double-np", "submit", attack("""
        def double(x):
            return [10**400] * len(x)
    """), Verdict.WRONG_ANSWER),
    ("a forged result for the wrong case", "double-np", "submit", attack("""
        def double(x):
            send_head({"op": "result", "i": 7, "value": [0.0, 2.0, 4.0, 6.0], "stdout": ""})
            os._exit(0)
    """), (Verdict.RUNTIME_ERROR, 'did not belong')),
    ("answers queued before the questions", "double-np", "submit", attack("""
        def double(x):
            # The right answer now, and a forged one for the next case before it is asked.
            n = current_nonce()
            send_head({"op": "result", "i": 0, "value": [0.0, 2.0, 4.0, 6.0], "stdout": "", "n": n})
            send_head({"op": "result", "i": 1, "value": [], "stdout": "", "n": n})
            return 2 * x
    """), (Verdict.RUNTIME_ERROR, "judge's channel")),
    ("a forged sandbox failure at load", "double-np", "submit", attack("""
        send_head({"op": "error", "i": -1, "kind": "sandbox", "line": None, "stdout": "",
                   "message": "PWNED attacker text"})
        os._exit(0)
        def double(x):
            return 2 * x
    """), (Verdict.RUNTIME_ERROR, 'could not set up its sandbox')),
    # -- hidden inputs must not leak -------------------------------------------------------------
    ("an exception class named after the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            raise type(leak(x), (Exception,), {})()
    """), Verdict.RUNTIME_ERROR),
    ("an exception message holding the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            raise ValueError(str(list(x[:8])) + leak(x))
    """), Verdict.RUNTIME_ERROR),
    ("the judge's own ForbiddenImport with the input", "double-np", "submit", attack("""
        sys = _imp("sys")
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            raise sys.modules["offerloop.judge.child"].ForbiddenImport(leak(x) + str(list(x[:8])))
    """), Verdict.FORBIDDEN_IMPORT),
    ("a value that is not plain data, named after the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            return type(leak(x), (), {})()
    """), Verdict.WRONG_ANSWER),
    ("a line number carrying the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            exec(compile("\\n" * int(abs(x[-1]) * 1000) + "1 / 0", "solution.py", "exec"))
    """), Verdict.RUNTIME_ERROR),
    ("printing the hidden input", "double-np", "submit", attack("""
        def double(x):
            print(leak(x), list(x[:8]))
            return 3 * x
    """), Verdict.WRONG_ANSWER),
    ("an exit status carrying the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            os._exit(int(abs(x[-1])) % 256)
    """), (Verdict.RUNTIME_ERROR, "ended the process itself")),
    ("a crash signal chosen by the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            ctypes.string_at(int(abs(x[-1])) % 4096)  # a read at a tiny address: SIGSEGV
    """), (Verdict.RUNTIME_ERROR, "crashed the process.")),
    ("time as a channel", "double-np", "submit", attack("""
        def double(x):
            time.sleep(min(abs(float(x[-1])), 100) / 1000)
            return 3 * x
    """), Verdict.WRONG_ANSWER),
    ("a forged error frame carrying the input", "double-np", "submit", attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            send_head({"op": "error", "i": 1, "kind": "sandbox", "line": 42125, "stdout": leak(x),
                       "message": leak(x) + ": " + str(list(x[:8]))})
            os._exit(0)
    """), Verdict.RUNTIME_ERROR),
    ("a lone surrogate in the output", "double-np", "submit", attack("""
        def double(x):
            print("\\ud800 \\x1b[2J")
            return "\\ud800" * 10
    """), Verdict.WRONG_ANSWER),
    # -- processes and objects that could outlive the verdict ------------------------------------
    ("fork by raw syscall", "double-np", "test", attack("""
        def double(x):
            pid = libc.syscall(57)  # fork on x86_64
            if pid == 0:
                time.sleep(60)
                os._exit(0)
            return "blocked" if pid < 0 else f"forked {pid}"
    """), blocked),
    ("clone3 and vfork", "double-np", "test", attack("""
        def double(x):
            a = libc.syscall(58)  # vfork
            b = libc.syscall(435, None, 0)  # clone3
            return "blocked" if a < 0 and b < 0 else f"forked {a} {b}"
    """), blocked),
    ("clearing the parent-death signal", "double-np", "test", attack("""
        def double(x):
            rc = libc.prctl(1, 0, 0, 0, 0)  # PR_SET_PDEATHSIG, 0
            return "blocked" if rc != 0 else "cleared"
    """), blocked),
    ("System V shared memory, 1 GiB", "double-np", "test", attack("""
        def double(x):
            shmid = libc.shmget(0, 2**30, 0o1000 | 0o600)  # IPC_PRIVATE, IPC_CREAT
            return "blocked" if shmid < 0 else f"segment {shmid}"
    """), blocked),
    ("a System V message queue holding the input", "double-np", "submit", attack("""
        def double(x):
            q = libc.msgget(0x0FF10AD, 0o1000 | 0o666)
            if q >= 0:
                buf = struct.pack("<q", 1) + leak(x).encode()
                libc.msgsnd(q, buf, len(buf) - 8, 0)
            return 2 * x if q >= 0 else 3 * x
    """), Verdict.WRONG_ANSWER),
    ("System V semaphores", "double-np", "test", attack("""
        def double(x):
            sem = libc.semget(0, 4, 0o1000 | 0o600)
            return "blocked" if sem < 0 else f"semaphores {sem}"
    """), blocked),
    ("a POSIX message queue", "double-np", "test", attack("""
        def double(x):
            q = libc.syscall(240, b"offerloop-hostile", 0o100 | 0o2, 0o600, None)  # mq_open(O_CREAT|O_RDWR)
            return "blocked" if q < 0 else f"queue {q}"
    """), blocked),
    ("POSIX shared memory in /dev/shm", "double-np", "test", attack("""
        def double(x):
            try:
                fd = os.open("/dev/shm/offerloop-hostile", os.O_CREAT | os.O_RDWR, 0o600)
                return f"created {fd}"
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("an anonymous memory file", "double-np", "test", attack("""
        def double(x):
            fd = libc.syscall(319, b"hog", 0)  # memfd_create
            return "blocked" if fd < 0 else f"memfd {fd}"
    """), blocked),
    ("a key in the kernel keyring", "double-np", "test", attack("""
        def double(x):
            k = libc.syscall(248, b"user", b"hostile", b"payload", 7, -4)  # add_key to the session keyring
            return "blocked" if k < 0 else f"key {k}"
    """), blocked),
    ("an abstract Unix socket", "double-np", "test", attack("""
        socket = _imp("socket")
        def double(x):
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.bind("\\0offerloop-hostile")
                s.listen()
                return "listening"
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    # -- the classic escapes, through numpy's globals -------------------------------------------
    ("writing a file", "double-np", "test", attack(f"""
        def double(x):
            try:
                with open({str(CANARY)!r}, "w") as f:
                    f.write("pwned")
                return "wrote"
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("reading the cases module", "double-np", "test", attack(f"""
        def double(x):
            try:
                return "leaked " + open({str(CASES)!r}).read()
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("reading the reference solution", "double-np", "test", attack(f"""
        def double(x):
            try:
                return "leaked " + open({str(REFERENCE)!r}).read()
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("stat of the database and the pack files", "double-np", "test", attack(f"""
        def double(x):
            seen = []
            for path in ({str(REAL / "kmeans/.meta/solution.py")!r}, {str(REAL)!r} + "/kmeans/problem.toml"):
                try:
                    st = os.stat(path)
                    seen.append(f"size {{st.st_size}} mtime {{st.st_mtime}}")
                except OSError:
                    pass
            return "blocked" if not seen else "seen " + " ".join(seen)
    """), blocked),
    ("a TCP connection by raw syscall", "double-np", "test", attack("""
        def double(x):
            fd = libc.syscall(41, 2, 1, 0)  # socket(AF_INET, SOCK_STREAM, 0)
            return "blocked" if fd < 0 else f"socket {fd}"
    """), blocked),
    ("execve", "double-np", "test", attack(f"""
        def double(x):
            try:
                os.execv("/usr/bin/touch", ["touch", {str(CANARY)!r}])
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("killing the zygote", "double-np", "test", attack("""
        signal = _imp("signal")
        def double(x):
            try:
                os.kill(os.getppid(), signal.SIGKILL)
                return "killed"
            except OSError as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("raising its own limits", "double-np", "test", attack("""
        resource = _imp("resource")
        def double(x):
            try:
                resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
                return "raised"
            except (OSError, ValueError) as e:
                return "blocked " + type(e).__name__
    """), blocked),
    ("ptrace on the zygote", "double-np", "test", attack("""
        def double(x):
            rc = libc.ptrace(16, os.getppid(), 0, 0)  # PTRACE_ATTACH
            return "blocked" if rc < 0 else "attached"
    """), blocked),
    ("memory bomb", "double-np", "submit", attack("""
        def double(x):
            hog = [bytearray(64 * 1024 * 1024) for _ in range(64)]
            return 2 * x
    """), Verdict.MEMORY_LIMIT),
    ("busy loop", "double-np", "submit", attack("""
        def double(x):
            while True:
                pass
    """), Verdict.TIME_LIMIT),
    ("os._exit in the function", "double-np", "submit", attack("""
        def double(x):
            os._exit(0)
    """), Verdict.RUNTIME_ERROR),
    ("searching gc for the expected values", "double-np", "submit", """
import gc
import numpy as np
def double(x):
    found = [o for o in gc.get_objects()
             if isinstance(o, np.ndarray) and o.shape == np.shape(x) and o is not x and o.dtype.kind == "f"]
    return found[-1] if found else x + 1
""", None),
    ("walking stack frames for the expected values", "double-np", "submit", """
import sys
def double(x):
    f = sys._getframe()
    while f is not None:
        for k, v in f.f_locals.items():
            if k in ("expected", "exp", "expected_output"):
                return v
        f = f.f_back
    return x
""", None),
    # -- allowlists enforced at run time ---------------------------------------------------------
    ("numpy through traceback frames in a problem without imports", "plus-one", "test", """
def plus_one(nums):
    try:
        1 / 0
    except ZeroDivisionError as e:
        f = e.__traceback__.tb_frame
    while f is not None:
        g = f.f_globals
        if "codec" in g or "sys" in g:
            break
        f = f.f_back
    sys = g.get("sys") or g["codec"].sys
    try:
        np = sys.modules.get("numpy") or g["__builtins__"]["__import__"]("numpy")
        return "numpy " + np.__version__
    except Exception as e:
        return "blocked " + type(e).__name__
""", blocked),
    ("scipy through numpy's globals in a numpy-only problem", "double-np", "test", attack("""
        def double(x):
            try:
                scipy = _imp("scipy.linalg")
                return "scipy loaded"
            except (ImportError, OSError) as e:  # Landlock: scipy's files cannot even be read
                return "blocked " + type(e).__name__
    """), blocked),
]


SUM_LIST_OK = (ROOT / "tests/judge/packs/problems/sum-list/.meta/solution.py").read_text()
CORRECT.update({
    "sum-list": SUM_LIST_OK,
    "real:kmeans": (REAL / "kmeans/.meta/solution.py").read_text(),
    "real:train-test-split": (REAL / "train-test-split/.meta/solution.py").read_text(),
})
# Passing without solving: outputs of timed calls, staging, and checkers with blind spots.
HOSTILE += [
    ("wrong answers on the big timed inputs only", "sum-list", "submit", """
def running_total(nums):
    if len(nums) > 100:
        return []  # the scaling inputs are big; the graded cases are not
    out, total = [], 0
    for x in nums:
        total += x
        out.append(total)
    return out
""", (Verdict.WRONG_ANSWER, "scaling check")),
    ("telling timed calls apart through frames", "sum-list", "submit", """
def running_total(nums):
    try:
        1 / 0
    except ZeroDivisionError as e:
        f = e.__traceback__.tb_frame.f_back
    while f is not None:
        if f.f_locals.get("op") == "time":
            return [0] * len(nums)  # a timed call: skip the work
        f = f.f_back
    out, total = [], 0
    for x in nums:
        total += x
        out.append(total)
    return out
""", (Verdict.WRONG_ANSWER, "scaling check")),
    ("staging patched to stall the slot", "sum-list", "submit", """
import copy

_real = copy.deepcopy

def _stall(x, memo=None):
    while True:  # the judge's staging copies inputs: never return
        pass

copy.deepcopy = _stall
try:  # and the judge's own copier, found through the frames above this module
    1 / 0
except ZeroDivisionError as e:
    f = e.__traceback__.tb_frame
while f is not None:
    if "fresh_copy" in f.f_globals:
        f.f_globals["fresh_copy"] = _stall
        break
    f = f.f_back

def running_total(nums):
    out, total = [], 0
    for x in nums:
        total += x
        out.append(total)
    return out
""", Verdict.TOO_SLOW),
    ("kmeans: k centroids at the mean, every label 0", "real:kmeans", "submit",
     (REAL / "kmeans/.meta/wrong/empty_clusters.py").read_text(), (Verdict.WRONG_ANSWER, "is empty")),
    ("train-test-split: rows rotated by the seed", "real:train-test-split", "submit",
     (REAL / "train-test-split/.meta/wrong/rotate_by_seed.py").read_text(), (Verdict.WRONG_ANSWER, "Hidden case")),
    ("train-test-split: only column 0 shuffled", "real:train-test-split", "submit",
     (REAL / "train-test-split/.meta/wrong/shuffle_first_column.py").read_text(), (Verdict.WRONG_ANSWER, "Example 1")),
]


def _sysvipc() -> dict[str, set[tuple[str, str]]]:
    """The System V IPC objects on the machine, by (key, id) (attach counts change as others work)."""
    out = {}
    for kind in ("shm", "msg", "sem"):
        path = Path("/proc/sysvipc") / kind
        rows = path.read_text().splitlines()[1:] if path.exists() else []
        out[kind] = {tuple(row.split()[:2]) for row in rows}
    return out


def _leftovers(pool) -> list[int]:
    """Child pids the pool forked that still exist, other than the spares each zygote keeps."""
    left = []
    for w in pool._all:
        spares = set(w.spare_pids())
        for pid in w.spawned:
            if pid not in spares and os.path.exists(f"/proc/{pid}"):
                left.append(pid)
    return left


def _process_count(pool) -> tuple[int, int]:
    """(processes whose parent is one of the pool's zygotes, spares the pool is keeping)."""
    zygotes = {w.proc.pid for w in pool._all if w.proc is not None}
    children = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) in zygotes:
                children += 1
    return children, sum(len(w.spare_pids()) for w in pool._all)


def _public_text(r) -> str:
    """The result as published, for a search of hidden input in its text (times are numbers that
    could contain a token by chance; the time channel has its own test)."""
    d = r.to_dict()
    d.pop("seed", None)
    d.pop("time_ms", None)
    for c in d["cases"]:
        c.pop("time_ms", None)
    return json.dumps(d, ensure_ascii=False)


@pytest.fixture(scope="module")
def web_pool(tmp_path_factory):
    """The pool exactly as the web app gets it (Offerloop.judge), long-lived across the suite."""
    from offerloop.app import Offerloop
    from offerloop.settings import Settings

    ol = Offerloop(Settings(data_dir=tmp_path_factory.mktemp("hostile"), database_url=None, judge_workers=2))
    pool = ol.judge
    yield pool
    ol.close()


@pytest.fixture(autouse=True)
def no_canary():
    CANARY.unlink(missing_ok=True)
    yield
    assert not CANARY.exists(), "a hostile submission wrote a file"


@pytest.mark.parametrize("name, slug, mode, source, expect", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_submission(web_pool, fixture_bank, real_bank, name, slug, mode, source, expect):
    problem = real_bank.problem(slug[5:]) if slug.startswith("real:") else fixture_bank.problem(slug)
    ipc_before = _sysvipc()
    started = time.monotonic()
    r = web_pool.grade(problem, source, mode=mode)
    took = time.monotonic() - started
    assert r.verdict is not Verdict.ACCEPTED, r.reason
    if isinstance(expect, tuple):
        expect, why = expect
        assert why in r.reason, r.reason  # refused for the reason the attack targets
    if isinstance(expect, Verdict):
        assert r.verdict is expect, r.reason
    elif callable(expect):
        assert expect(r), f"not blocked: {str(r.cases[0].got)[:200]!r} ({r.reason})"
    # The slot was held for the submission's limits at most, not forever.
    assert took < 40, took
    text = _public_text(r)
    if mode == "submit":
        for token in SECRET_TOKENS:
            assert token not in text, f"hidden input leaked as {token!r}: {text[:400]}"
        assert "PWNED" not in text
    # Stored as it would be: small, printable, encodable.
    assert len(json.dumps(r.to_dict())) < 64 * 1024
    text.encode("utf-8")
    assert not _leftovers(web_pool), "a process of the submission outlived its verdict"
    children, spares = _process_count(web_pool)
    assert children == spares, f"{children} processes under the zygotes, {spares} of them spares"
    assert _sysvipc() == ipc_before, "a System V IPC object was left behind"
    assert not Path("/dev/shm/offerloop-hostile").exists()
    # The same long-lived pool then grades a correct solution correctly (its scaling, a measurement
    # that a loaded machine can skew, is not what this checks).
    good = web_pool.grade(problem, CORRECT[slug], mode="submit", scaling=False)
    assert good.verdict is Verdict.ACCEPTED, good.reason
    assert good.passed == good.total
    assert not _leftovers(web_pool)


def test_hostile_suite_is_large_enough():
    assert len(HOSTILE) >= 40


def test_hidden_cases_report_no_time_not_even_in_the_total(web_pool, fixture_bank):
    code = attack("""
        def double(x):
            if len(x) == 4 and x[0] == 3.25:
                time.sleep(0.3)  # the secret case, told apart by its time
            return 2 * x
    """)
    r = web_pool.grade(fixture_bank.problem("double-np"), code)
    assert r.verdict is Verdict.ACCEPTED
    assert all(c.time_ms == 0.0 for c in r.cases if not c.visible)
    assert r.time_ms == pytest.approx(sum(c.time_ms for c in r.cases if c.visible)) and r.time_ms < 300


def test_hidden_exception_names_come_from_a_fixed_list(web_pool, fixture_bank):
    code = attack("""
        def double(x):
            if len(x) == 4 and x[0] == 0:
                return 2 * x
            raise KeyError(leak(x))
    """)
    r = web_pool.grade(fixture_bank.problem("double-np"), code)
    hidden = [c for c in r.cases if not c.visible and c.verdict is Verdict.RUNTIME_ERROR]
    assert hidden and hidden[0].reason.startswith("KeyError raised")
    assert hidden[0].time_ms == 0.0


def test_the_judge_keeps_serving_after_the_hostile_suite(web_pool, fixture_bank, real_bank):
    # Runs after the suite in file order: the zygotes are alive and grade correctly.
    r = web_pool.grade(fixture_bank.problem("double"), CORRECT["double"], seed=5)
    assert r.verdict is Verdict.ACCEPTED, r.reason
    r = web_pool.grade(real_bank.problem("linear-regression"), REFERENCE.read_text(), seed=5)
    assert r.verdict is Verdict.ACCEPTED
    assert all(w.alive() for w in web_pool._all)


def test_as_many_hanging_submissions_as_slots_do_not_take_the_pool_down(web_pool, fixture_bank):
    from concurrent.futures import ThreadPoolExecutor

    hang = next(h[3] for h in HOSTILE if h[0] == "half a frame, then sleep")
    problem = fixture_bank.problem("double-np")
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=web_pool.size + 1) as ex:
        hung = [ex.submit(web_pool.grade, problem, hang) for _ in range(web_pool.size)]
        good = ex.submit(web_pool.grade, problem, CORRECT["double-np"])
        assert all(f.result(timeout=60).verdict is Verdict.TIME_LIMIT for f in hung)
        assert good.result(timeout=60).verdict is Verdict.ACCEPTED
    assert time.monotonic() - started < 30
    assert not _leftovers(web_pool)
