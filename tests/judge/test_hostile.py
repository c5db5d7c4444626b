"""Hostile submissions: each must end in a verdict other than accepted, with no side effect,
and the judge must keep serving afterwards. The fixture problem `double` allows every import,
so what stops these is the sandbox (seccomp, Landlock, rlimits), not the import rule."""

import os
import textwrap
from pathlib import Path

import pytest

from offerloop.judge.verdict import Verdict

ROOT = Path(__file__).parents[2]
REFERENCE = (ROOT / "src/offerloop/content/packs/problems/linear-regression/.meta/solution.py")
CANARY = Path("/tmp/offerloop-hostile-canary")


def code(body: str) -> str:
    return textwrap.dedent(body).strip() + "\n"


def blocked(r):
    """The visible case's returned value says the attempt failed inside the sandbox."""
    got = r.cases[0].got
    return isinstance(got, str) and got.startswith("blocked")


HOSTILE = [
    ("always-equal object", """
        class Equal:
            def __eq__(self, other): return True
            def __ne__(self, other): return False
        def double(x): return Equal()
    """, None),
    ("ndarray subclass", """
        import numpy as np
        class Sneaky(np.ndarray):
            def __eq__(self, other): return np.ones(self.shape, bool)
        def double(x): return np.zeros(len(x)).view(Sneaky)
    """, None),
    ("monkeypatched numpy", """
        import numpy as np
        np.allclose = lambda *a, **k: True
        np.isclose = lambda a, b, **k: np.ones(np.shape(a), bool)
        np.array_equal = lambda *a, **k: True
        def double(x): return np.zeros(len(x))
    """, None),
    ("exit at import", """
        import sys
        sys.exit(0)
        def double(x): return 2 * x
    """, None),
    ("os._exit at import", """
        import os
        os._exit(0)
        def double(x): return 2 * x
    """, None),
    ("os._exit in the function", """
        import os
        def double(x): os._exit(0)
    """, None),
    ("fake verdict prints", """
        import sys
        def double(x):
            print('{"verdict": "accepted", "passed": 3, "total": 3}')
            sys.__stdout__.write('accepted\\n')
            return x
    """, None),
    ("forged frames on every descriptor", """
        import os, json, struct
        def double(x):
            fake = json.dumps({"op": "result", "i": 0, "value": [0.0, 2.0, 4.0, 6.0]}).encode()
            frame = struct.pack("<Q", 4 + len(fake)) + struct.pack("<I", len(fake)) + fake
            for fd in range(64):
                try:
                    os.write(fd, frame * 3)
                except OSError:
                    pass
            return x
    """, None),
    ("searching gc for expected values", """
        import gc, numpy as np
        def double(x):
            # Any float array of the right shape that is not the input might be the expected output.
            found = [o for o in gc.get_objects()
                     if isinstance(o, np.ndarray) and o.shape == np.shape(x) and o is not x and o.dtype.kind == "f"]
            return found[-1] if found else x + 1
    """, None),
    ("walking stack frames", """
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
    ("reading the reference solution", f"""
        def double(x):
            try:
                return "leaked " + open({str(REFERENCE)!r}).read()
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("reading the cases module", f"""
        def double(x):
            try:
                return "leaked " + open({str(ROOT / 'tests/judge/packs/problems/double/.meta/cases.py')!r}).read()
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("reading /etc/shadow", """
        def double(x):
            try:
                return "leaked " + open("/etc/shadow").read()
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("reading another process's memory", """
        import os
        def double(x):
            try:
                with open(f"/proc/{os.getppid()}/mem", "rb") as f:
                    return "leaked"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("file write", f"""
        def double(x):
            try:
                with open({str(CANARY)!r}, "w") as f:
                    f.write("pwned")
                return "wrote"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("socket through the library", """
        import socket
        def double(x):
            try:
                s = socket.create_connection(("127.0.0.1", 5432), timeout=1)
                return "connected"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("socket by raw syscall", """
        import ctypes
        def double(x):
            libc = ctypes.CDLL(None, use_errno=True)
            fd = libc.syscall(41, 2, 1, 0)  # socket(AF_INET, SOCK_STREAM, 0) on x86_64
            return "blocked" if fd < 0 else f"socket {fd}"
    """, blocked),
    ("subprocess", f"""
        import subprocess
        def double(x):
            try:
                subprocess.run(["touch", {str(CANARY)!r}])
                return "ran"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("fork", """
        import os
        def double(x):
            try:
                pid = os.fork()
                if pid == 0:
                    os._exit(0)
                return "forked"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("memory bomb", """
        def double(x):
            hog = [bytearray(64 * 1024 * 1024) for _ in range(64)]
            return 2 * x
    """, Verdict.MEMORY_LIMIT),
    ("numpy memory bomb", """
        import numpy as np
        def double(x):
            return np.ones((60000, 60000))[: len(x), 0] * 2 * x
    """, Verdict.MEMORY_LIMIT),
    ("infinite loop", """
        def double(x):
            while True:
                x = x + 1
    """, Verdict.TIME_LIMIT),
    ("infinite loop at import", """
        while True:
            pass
        def double(x): return 2 * x
    """, Verdict.TIME_LIMIT),
    ("ignored signals", """
        import signal
        for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGXCPU, signal.SIGHUP):
            signal.signal(s, signal.SIG_IGN)
        def double(x):
            while True:
                pass
    """, Verdict.TIME_LIMIT),
    ("thread storm", """
        import threading
        def double(x):
            try:
                for _ in range(1000):
                    threading.Thread(target=lambda: None).start()
                return "started"
            except RuntimeError as e:
                return "blocked " + str(e)
    """, blocked),
    ("killing the parent", """
        import os, signal
        def double(x):
            try:
                os.kill(os.getppid(), signal.SIGKILL)
                return "killed"
            except OSError as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("raising its own limits", """
        import resource
        def double(x):
            try:
                resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
                return "raised"
            except (OSError, ValueError) as e:
                return "blocked " + type(e).__name__
    """, blocked),
    ("ptrace", """
        import ctypes, os
        def double(x):
            libc = ctypes.CDLL(None, use_errno=True)
            rc = libc.ptrace(16, os.getppid(), 0, 0)  # PTRACE_ATTACH
            return "blocked" if rc < 0 else "attached"
    """, blocked),
    ("huge output", """
        import numpy as np
        def double(x):
            return np.zeros(30_000_000)
    """, None),
    ("NaNs", """
        import numpy as np
        def double(x):
            return np.full(np.shape(x), np.nan)
    """, None),
    ("a scalar that broadcasts", """
        def double(x):
            return 0.0
    """, None),
    ("pickle payload", """
        import pickle, os
        class Evil:
            def __reduce__(self):
                return (os.system, ("touch /tmp/offerloop-hostile-canary",))
        def double(x):
            return pickle.dumps(Evil())
    """, None),
    ("object dtype", """
        import numpy as np
        def double(x):
            return np.array([2 * v for v in x], dtype=object)
    """, None),
    ("unbounded recursion", """
        def double(x):
            return double(x)
    """, Verdict.RUNTIME_ERROR),
]


@pytest.fixture(autouse=True)
def no_canary():
    CANARY.unlink(missing_ok=True)
    yield
    assert not CANARY.exists(), "a hostile submission wrote a file"


@pytest.mark.parametrize("name, source, expect", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_submission_is_not_accepted(pool, fixture_bank, name, source, expect):
    problem = fixture_bank.problem("double")
    r = pool.grade(problem, code(source), mode="test" if callable(expect) else "submit", seed=5)
    assert r.verdict is not Verdict.ACCEPTED, r.reason
    if isinstance(expect, Verdict):
        assert r.verdict is expect, r.reason
    elif callable(expect):
        assert expect(r), f"not blocked: {r.cases[0].got!r}"


def test_hostile_suite_is_large_enough():
    assert len(HOSTILE) >= 25


def test_the_judge_keeps_serving_after_the_hostile_suite(pool, fixture_bank, real_bank):
    # Runs after the suite in file order: the zygotes are alive and grade correctly.
    r = pool.grade(fixture_bank.problem("double"), "def double(x):\n    return 2 * x\n", seed=5)
    assert r.verdict is Verdict.ACCEPTED, r.reason
    r = pool.grade(real_bank.problem("linear-regression"), REFERENCE.read_text(), seed=5)
    assert r.verdict is Verdict.ACCEPTED
    assert all(w.alive() for w in pool._all)
    assert os.getpid() > 0  # this process is still here (nobody killed the orchestrator)
