"""The trusted side's own limits, tested directly: frame deadlines, bounded decoding, guarded
comparison, capped stored results, and the process lifecycle of zygotes and children."""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import time
from pathlib import Path

import numpy as np
import pytest

from offerloop.judge import codec
from offerloop.judge.protocol import FrameTimeout, read_frame, write_frame
from offerloop.judge.verdict import CaseResult, Result, Verdict


# -- frames: a deadline on the whole frame --------------------------------------------------------
def test_half_a_frame_times_out_at_the_deadline():
    a, b = socket.socketpair()
    with a, b:
        a.setblocking(False)
        b.sendall(struct.pack("<Q", 100) + b"0123456789")
        started = time.monotonic()
        with pytest.raises(FrameTimeout):
            read_frame(a.fileno(), deadline=time.monotonic() + 0.3)
        assert 0.25 < time.monotonic() - started < 2


def test_a_peer_that_stops_reading_cannot_block_a_write():
    a, b = socket.socketpair()
    with a, b:
        a.setblocking(False)
        started = time.monotonic()
        with pytest.raises(FrameTimeout):
            write_frame(a.fileno(), bytes(32 * 2**20), deadline=time.monotonic() + 0.3)
        assert time.monotonic() - started < 2


def test_a_whole_frame_goes_through_within_its_deadline():
    a, b = socket.socketpair()
    with a, b:
        a.setblocking(False)
        b.sendall(struct.pack("<Q", 5) + b"hello")
        assert read_frame(a.fileno(), deadline=time.monotonic() + 1) == b"hello"


# -- decoding: bounded, and every failure a CodecError ---------------------------------------------
def _frame(tree, blobs=()) -> bytes:
    head = tree if isinstance(tree, bytes) else json.dumps(tree).encode()
    return struct.pack("<I", len(head)) + head + b"".join(struct.pack("<Q", len(b)) + b for b in blobs)


@pytest.mark.parametrize("data, words", [
    (_frame([{"__nd__": 0, "dtype": "<f8", "shape": [2]}] * 2, [bytes(16)]), "referenced twice"),
    (_frame({"__dict__": [[{"__bigint__": str(k * (2**61 - 1))}, 0] for k in range(1, 200)]}), "same hash"),
    (_frame({"__bigint__": "9" * 4400}), "unknown kind"),
    (_frame({"__bigint__": "\u00b2"}), "unknown kind"),
    (_frame({"__nd__": 0, "dtype": [], "shape": [1]}, [bytes(8)]), "dtype"),
    (_frame({"__nd__": 0, "dtype": "<f8", "shape": [2**64, 0]}, [b""]), "shape"),
    (_frame(b"[" * 5000 + b"]" * 5000), "nested too deeply"),
    (_frame(b"1" * 30), "integer literal"),
    (_frame(["x" * (codec.MAX_STRING + 1)]), "longer than"),
    (_frame(b"[" + b"[]," * (codec.MAX_CONTAINERS + 1) + b"[]]"), "too many lists"),
    (struct.pack("<I", codec.MAX_HEAD + 1) + b"{}", "too large"),
    (b"\x05\x00\x00\x00\xff\xfe{[(", "not a valid frame"),
    (b"\x01", "not a valid frame"),
])
def test_hostile_frames_are_refused_with_a_sentence(data, words):
    started = time.monotonic()
    with pytest.raises(codec.CodecError) as err:
        codec.loads(data)
    assert words in str(err.value)
    assert time.monotonic() - started < 2  # bounded CPU


def test_flat_number_lists_keep_their_types():
    for value in ([1, 2, 3], [1.5, -2.0], [2**70, 1], [True, 1], [1, 2.0], []):
        back = codec.loads(codec.dumps(value))
        assert back == value and [type(v) for v in back] == [type(v) for v in value]


def test_a_child_without_numpy_still_encodes_plain_data():
    # The codec looks numpy up only if the process has loaded it.
    assert codec.loads(codec.dumps({"a": [1, (2, 3)], 4: None})) == {"a": [1, (2, 3)], 4: None}


# -- comparison and checkers under a guard ----------------------------------------------------------
def test_compare_tripping_on_the_output_is_a_wrong_answer():
    from offerloop.judge.compare import compare
    from offerloop.judge.grader import _checked

    ok, why = _checked(compare, 1.0, 10**400)  # float(10**400) raises OverflowError
    assert not ok and "OverflowError" in why
    ok, why = _checked(lambda *a: 1 / 0, None)
    assert not ok and "ZeroDivisionError" in why


def test_hidden_errors_show_judge_authored_text_only():
    from offerloop.content.schemas import Limits
    from offerloop.judge.grader import _error_verdict

    limits = Limits()
    secret = "42.125"
    cases = [
        ({"kind": "exception", "message": f"S{secret}: boom", "line": 3}, "Your code raised an exception (line 3"),
        ({"kind": "exception", "message": f"KeyError: {secret}", "line": 9999}, "KeyError raised."),
        ({"kind": "import", "message": f"import of {secret}", "line": None}, "does not allow"),
        ({"kind": "output", "message": f"a value of type S{secret}", "line": None}, "not plain data."),
        ({"kind": "missing", "message": secret, "line": None}, "raised an exception"),
        ({"kind": "exception", "message": ["not", "a", "string"], "line": "7"}, "raised an exception."),
    ]
    for reply, words in cases:
        verdict, reason = _error_verdict(reply, False, limits, code_lines=10)
        assert verdict is not Verdict.ACCEPTED
        assert words in reason and secret not in reason, reason


# -- what is stored ------------------------------------------------------------------------------------
def test_a_stored_result_is_small_and_printable():
    r = Result(Verdict.WRONG_ANSWER, "bad \ud800" * 5000, total=3)
    for i in range(3):
        r.cases.append(CaseResult(i + 1, "c", True, Verdict.WRONG_ANSWER, reason="\x1b[2J" * 1000,
                                  input={"args": ["x" * 10**6]}, expected=list(range(150)),
                                  got={str(k): "\udc80" * 900 for k in range(150)}, stdout="y" * 10**6))
    r.follow_ups = [{"question": "What if?", "name": "f", "verdict": "wrong_answer", "reason": "\x1b[2J" * 1000,
                     "input": {"args": ["x" * 10**6]}, "expected": list(range(150)), "got": "z" * 10**6}]
    d = r.to_dict()
    text = json.dumps(d, ensure_ascii=False)
    text.encode("utf-8")  # no lone surrogates left
    assert len(json.dumps(d)) < 64 * 1024
    assert "\x1b" not in text and d["verdict"] == "wrong_answer" and d["total"] == 3
    assert set(d) == {"verdict", "reason", "passed", "total", "time_ms", "cases", "scaling", "seed", "follow_ups"}
    assert d["follow_ups"][0]["question"] == "What if?" and d["follow_ups"][0]["got"] != "z" * 10**6


def test_huge_integers_are_described_not_stored():
    d = Result(Verdict.WRONG_ANSWER, "x", cases=[CaseResult(1, "c", True, Verdict.WRONG_ANSWER, got=10**4400)]).to_dict()
    assert d["cases"][0]["got"] == "an integer of about 4401 digits"


# -- lifecycle -------------------------------------------------------------------------------------------
def _gone(pid: int, within: float = 3.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not os.path.exists(f"/proc/{pid}"):
            return True
        time.sleep(0.02)
    return False


def test_a_zygote_that_stops_answering_is_replaced(fixture_bank):
    from offerloop.judge.grader import grade
    from offerloop.judge.worker import Worker

    w = Worker(())
    try:
        problem = fixture_bank.problem("plus-one")
        ok = "def plus_one(nums):\n    return [n + 1 for n in nums]\n"
        assert grade(w, problem, ok).verdict is Verdict.ACCEPTED
        old = w.proc.pid
        spare = w._spare[1].pid
        w._spare[1].close()
        w._spare = None
        w.CTRL_TIMEOUT = 0.5
        os.kill(old, signal.SIGSTOP)  # alive, but it answers nothing
        r = grade(w, problem, ok)
        assert r.verdict is Verdict.ACCEPTED, r.reason
        assert w.proc.pid != old and _gone(old) and _gone(spare)
    finally:
        w.close()


def test_children_die_with_their_zygote_and_nothing_outlives_the_pool(fixture_bank):
    from offerloop.judge.pool import JudgePool

    pool = JudgePool(workers=1)
    problem = fixture_bank.problem("plus-one")
    assert pool.grade(problem, "def plus_one(nums):\n    return [n + 1 for n in nums]\n").accepted
    (w,) = pool._all
    spare, zygote = w._spare[1].pid, w.proc.pid
    os.kill(zygote, signal.SIGKILL)
    assert _gone(spare), "a child outlived its zygote"
    assert pool.grade(problem, "def plus_one(nums):\n    return [n + 1 for n in nums]\n").accepted  # replaced
    pids = list(w.spawned) + [w.proc.pid]
    pool.close()
    assert all(_gone(p) for p in pids)


def test_the_ipc_layer_is_reported_by_a_real_child():
    from offerloop.doctor import probe_sandbox
    from offerloop.judge.layers import detect_layers

    assert any(layer.name == "IPC denied" for layer in detect_layers())
    applied = probe_sandbox()
    assert applied is not None and applied.get("IPC denied") is True
    assert "private files hidden" in applied  # reported either way (some kernels refuse the namespace)


def test_a_child_sees_only_the_single_thread_settings_in_its_environment(pool, fixture_bank):
    # The zygote sets the children's environment once; each child checks it is exactly that.
    code = "import os\ndef double(x):\n    return [k + '=' + v for k, v in sorted(os.environ.items())]\n"
    r = pool.grade(fixture_bank.problem("double"), code, mode="test")
    assert r.cases[0].got == ["MKL_NUM_THREADS=1", "NUMEXPR_NUM_THREADS=1", "OMP_NUM_THREADS=1", "OPENBLAS_NUM_THREADS=1"]


def test_a_submission_holds_its_slot_no_longer_than_its_hold_time(pool, fixture_bank, monkeypatch):
    from offerloop.judge import grader

    # Each case stays within its own limit, but together they overrun the slot's hold time.
    monkeypatch.setattr(grader, "hold_seconds", lambda limits, n, scaling: 1.0)
    code = "import time\n\ndef double(x):\n    time.sleep(0.45)\n    return 2 * x\n"
    # The zygote for this profile starts first (seconds on a loaded machine): the hold time is
    # what is measured here, not a cold start.
    pool.grade(fixture_bank.problem("double"), "def double(x):\n    return 2 * x\n", mode="test")
    started = time.monotonic()
    r = pool.grade(fixture_bank.problem("double"), code, seed=3)
    assert time.monotonic() - started < 2.5
    assert r.verdict is Verdict.TIME_LIMIT and "used up the time" in r.reason, r.reason


def test_hold_time_is_the_limits_plus_a_fixed_margin():
    from offerloop.content.schemas import Limits
    from offerloop.judge.grader import HOLD_MARGIN, LOAD_SECONDS, SCALING_SECONDS, hold_seconds

    limits = Limits(time_ms=2000)
    assert hold_seconds(limits, 10, False) == LOAD_SECONDS + 20 + HOLD_MARGIN
    assert hold_seconds(limits, 10, True) == LOAD_SECONDS + 20 + SCALING_SECONDS + HOLD_MARGIN


def test_nothing_outlives_an_orchestrator_that_dies_mid_submission(tmp_path):
    # A one-shot CLI that is killed while a submission sleeps: its zygote and the sleeping child go too.
    import subprocess
    import sys

    script = tmp_path / "orchestrator.py"
    script.write_text(f"""
import os, sys, threading, time
from pathlib import Path
from offerloop.content.loader import load_bank
from offerloop.judge.pool import JudgePool

bank = load_bank(Path({str(Path(__file__).parent / "packs")!r}))
pool = JudgePool(workers=1)
code = "import time\\ndef double(x):\\n    time.sleep(60)\\n"
threading.Thread(target=pool.grade, args=(bank.problem("double"), code), daemon=True).start()
deadline = time.monotonic() + 30  # the zygote starting and forking the child (slow on a loaded machine)
while time.monotonic() < deadline and not (pool._all and pool._all[0].spawned):
    time.sleep(0.05)
time.sleep(0.5)  # the child is loading the code, then sleeping in it
(w,) = pool._all
print(w.proc.pid, *w.spawned, flush=True)
os._exit(0)
""")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    pids = [int(p) for p in out.stdout.split()]
    assert len(pids) >= 2, out.stderr
    assert all(_gone(p, within=5) for p in pids), "a zygote or child outlived its orchestrator"


# -- a case's limit is its CPU time, with a wall-clock backstop ---------------------------------------
def _session(worker, code: str, time_ms: int):
    from offerloop.content.schemas import Limits
    from offerloop.judge.grader import Session

    return Session(worker, code, "double", ["*"], Limits(time_ms=time_ms), 4)


def test_a_case_held_up_by_a_busy_machine_is_not_refused():
    # A child the kernel does not run (here: stopped from outside, as a loaded machine would
    # leave it waiting) for longer than the limit, using none of its own CPU time.
    import threading

    from offerloop.judge.grader import WALL_FACTOR
    from offerloop.judge.worker import Worker

    w = Worker(())
    try:
        session = _session(w, "def double(x):\n    return 2 * x\n", 400)
        assert session.load_error is None
        if session._clock is None:
            pytest.skip("the kernel's per-process CPU clocks cannot be read here")
        pid = session.child.pid
        os.kill(pid, signal.SIGSTOP)
        threading.Timer(0.8, os.kill, (pid, signal.SIGCONT)).start()  # twice the limit, within the backstop
        assert 0.8 < 0.4 * WALL_FACTOR
        started = time.monotonic()
        status, value, _seconds, _ = session.run({"op": "call", "i": 0, "args": [21], "kwargs": {}}, 0.4)
        assert (status, value) == ("ok", 42)
        assert time.monotonic() - started >= 0.75
        replies = session.run_many([{"op": "call", "i": k, "args": [k], "kwargs": {}} for k in range(1, 3)], 0.4)
        assert [r[:2] for r in replies] == [("ok", 2), ("ok", 4)]
        session.close()
    finally:
        w.close()


def test_a_case_that_waits_is_stopped_by_the_wall_backstop_and_one_that_computes_by_its_cpu_time():
    from offerloop.judge.grader import WALL_FACTOR
    from offerloop.judge.worker import Worker

    w = Worker(())
    try:
        waits = _session(w, "import time\n\ndef double(x):\n    time.sleep(60)\n", 300)
        started = time.monotonic()
        status, (verdict, reason), _s, _ = waits.run({"op": "call", "i": 0, "args": [1], "kwargs": {}}, 0.3)
        took = time.monotonic() - started
        assert status == "fatal" and verdict is Verdict.TIME_LIMIT and "300 ms" in reason
        if waits._clock is not None:
            assert 0.3 * WALL_FACTOR - 0.05 <= took < 0.3 * WALL_FACTOR + 2.0
        waits.close()
        spins = _session(w, "def double(x):\n    while True:\n        pass\n", 300)
        cpu0 = time.process_time()
        replies = spins.run_many([{"op": "call", "i": 0, "args": [1], "kwargs": {}}], 0.3)
        assert replies[-1][0] == "fatal" and replies[-1][1][0] is Verdict.TIME_LIMIT
        assert time.process_time() - cpu0 < 0.3  # the judge waited; it did not poll the child's clock in a loop
        spins.close()
    finally:
        w.close()


def test_a_scaling_input_is_sent_once_per_size_and_each_run_gets_fresh_copies():
    from offerloop.judge import grader
    from offerloop.judge.worker import Worker

    w = Worker(())
    try:
        # The code changes its input: every timed call must still see the input as it was sent.
        session = _session(w, "def double(x):\n    x.append(0)\n    return len(x)\n", 2000)
        case = {"kind": "call", "args": [list(range(1000))], "kwargs": {}}
        case["_stage_frame"] = grader._StageFrame(case)
        sent: list[dict] = []
        run = session.run
        session.run = lambda request, *a, **k: (sent.append(request), run(request, *a, **k))[1]
        first = grader._time(session, case, 3, 5.0, 5.0)
        second = grader._time(session, case, 4, 5.0, 5.0)
        assert first is not None and second is not None
        assert first[2] == [1001] and second[2] == [1001]
        stages = [r for r in sent if r["op"] == "stage"]
        assert "args" in stages[0] and "args" not in stages[1] and stages[1]["key"] == case["_stage_frame"].key
        other = {"kind": "call", "args": [list(range(10))], "kwargs": {}}
        other["_stage_frame"] = grader._StageFrame(other)
        assert grader._time(session, other, 2, 5.0, 5.0)[2] == [11]  # a new size: sent in full again
        assert "args" in [r for r in sent if r["op"] == "stage"][-1]
        session.close()
    finally:
        w.close()


def test_a_proof_stops_at_the_first_wrong_answer_not_after_the_cases_sent_ahead(pool, fixture_bank):
    # Wrong on the first hidden case, then spinning on the second, which the pipeline has already
    # sent: the proof (fail_fast) stops at the wrong answer; a user still sees every case.
    code = ("import numpy as np\n\ndef double(x):\n    if len(x) == 4 and x[0] == 3.25:\n        return x\n"
            "    if len(x) == 6:\n        while True:\n            pass\n    return 2 * x\n")
    problem = fixture_bank.problems["double"]
    usage = [0.0, 0.0]
    started = time.monotonic()
    proof = pool.grade(problem, code, seed=1, fail_fast=True, usage=usage)
    assert proof.verdict is Verdict.WRONG_ANSWER and proof.reason.startswith("Hidden case 2:")
    assert time.monotonic() - started < 1.0 and usage[0] < 0.75  # the 1500 ms case was never waited for
    user = pool.grade(problem, code, seed=1)
    assert user.verdict is Verdict.WRONG_ANSWER and user.reason.startswith("Hidden case 2:")
    assert [c.verdict for c in user.cases] == [Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.TIME_LIMIT]
