"""The trusted orchestrator: static checks, cases, comparison and the scaling check.

Runs in the web or worker process. It holds the expected outputs and never runs user code;
user code runs only in a child forked from a zygote (see worker.py and sandbox.py).
"""

from __future__ import annotations

import array
import ast
import binascii
import collections
import functools
import importlib.util
import logging
import marshal
import math
import os
import secrets
import signal
import struct
import threading
import time
import types
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Callable

import numpy as np

from offerloop.errors import InvalidInput
from offerloop.judge import codec, follow_ups
from offerloop.judge.child import ALWAYS_ALLOWED, FILENAME as CHILD_FILENAME
from offerloop.judge.compare import compare
from offerloop.judge.verdict import CaseResult, Result, Verdict, printable
from offerloop.judge.worker import ChildDied, ChildTimeout, Worker, ZygoteBroken

LOAD_SECONDS = 10.0  # importing the user's module (a lazy pandas/sklearn import can take seconds)
SCALING_SEED = 20240917
# How long one timed reading lasts at least (repeat counts are set from it). Readings of the child's
# own CPU time (the kernel's clock of that process) are steady at 10 ms; wall-time readings, where
# that clock cannot be read, need 20 ms against scheduling noise.
MIN_TIMED_CPU_SECONDS = 0.01
MIN_TIMED_WALL_SECONDS = 0.02
SUBMISSION = "<submission>"  # the filename submitted code is parsed under (never a file on disk)


SEEDED_CACHE = 8  # seeds whose hidden cases a problem keeps (proofs grade the same few seeds many times)


@dataclass
class TrustedProblem:
    """A problem's trusted side: metadata, case generators and the reference, loaded in-process.

    It also keeps what a submission cannot change and would otherwise be recomputed every time: the
    visible cases with the reference's outputs, and the hidden cases of fixed seeds (proofs), each
    with its outputs. They are trusted data, used read-only (checkers get copies); the whole object
    is dropped when cases.py or the reference changes."""

    problem: Any  # content.loader.Problem
    cases: ModuleType
    solution_source: str
    _visible: tuple[list, list] | None = field(default=None, init=False, repr=False)
    _seeded: collections.OrderedDict = field(default_factory=collections.OrderedDict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def meta(self):
        return self.problem.meta

    def visible_cases(self) -> tuple[list[dict], list[Any]]:
        """The visible cases and the reference's outputs for them (fixed, so computed once)."""
        got = self._visible
        if got is None:
            cases = self.cases.visible()
            ns = self.reference_namespace()
            got = self._visible = (cases, [expected_output(self, c, ns) for c in cases])
        return got

    def hidden_cases(self, seed: int, *, keep: bool = False) -> tuple[list[dict], list[Any]]:
        """The hidden cases drawn with this seed and the reference's outputs; with keep, the last
        few seeds' are kept (a fixed seed graded again gets the same cases, drawn once)."""
        if keep:
            with self._lock:
                hit = self._seeded.get(seed)
                if hit is not None:
                    self._seeded.move_to_end(seed)
                    return hit
        cases = self.draw_hidden(seed)
        got = (cases, self.outputs(cases))
        if keep:
            with self._lock:
                self._seeded[seed] = got
                while len(self._seeded) > SEEDED_CACHE:
                    self._seeded.popitem(last=False)
        return got

    def draw_hidden(self, seed: int) -> list[dict]:
        """The hidden cases drawn with this seed (inputs only)."""
        return self.cases.hidden(np.random.default_rng(seed))

    def outputs(self, cases: list[dict]) -> list[Any]:
        """The reference's outputs for these cases."""
        ns = self.reference_namespace()
        return [expected_output(self, c, ns) for c in cases]

    def scaling_inputs(self, scaling_seed: int, *, keep: bool = False) -> list[dict]:
        """The scaling check's inputs for this seed (kept for the fixed seed proofs use), each with
        its stage request encoded once (it goes out with every timed run of that size)."""
        key = ("scaling", scaling_seed)
        if keep:
            with self._lock:
                hit = self._seeded.get(key)
                if hit is not None:
                    return hit
        rng = np.random.default_rng(scaling_seed)
        inputs = [self.cases.scaling_input(n, rng) for n in self.meta.scaling.sizes]
        inputs = [{**case, "_stage_frame": _StageFrame(case)} for case in inputs]
        if keep:
            with self._lock:
                self._seeded[key] = inputs
        return inputs

    def reference_namespace(self) -> dict:
        """A fresh namespace of the reference (fresh so that drivers cannot leak state between cases)."""
        if not hasattr(self, "_code"):
            self._code = compile(self.solution_source, str(self.problem.solution_path), "exec", dont_inherit=True)
        import sys
        import types

        name = f"offerloop_reference_{self.meta.slug.replace('-', '_')}"
        module = types.ModuleType(name)  # registered: dataclasses look modules up by name
        sys.modules[name] = module
        exec(self._code, module.__dict__)
        return module.__dict__


_TRUSTED: dict[str, tuple[float, TrustedProblem]] = {}
_TRUSTED_LOCK = threading.Lock()


def trusted(problem) -> TrustedProblem:
    """Load (and cache until the files change) a problem's cases module and reference solution."""
    stamp = max(problem.cases_path.stat().st_mtime, problem.solution_path.stat().st_mtime)
    key = str(problem.path)
    with _TRUSTED_LOCK:
        hit = _TRUSTED.get(key)
        if hit and hit[0] == stamp:
            return hit[1]
        spec = importlib.util.spec_from_file_location(f"offerloop_cases_{problem.slug.replace('-', '_')}", problem.cases_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        tp = TrustedProblem(problem, module, problem.solution_path.read_text(encoding="utf-8"))
        _TRUSTED[key] = (stamp, tp)
        return tp


# -- static checks (no code runs) ---------------------------------------------------------------
STATIC_CACHE = 64  # codes whose static check is kept (examples run, then the same code submitted)
_STATIC: collections.OrderedDict = collections.OrderedDict()
_STATIC_LOCK = threading.Lock()


def static_check(meta, code: str) -> Result | None:
    """A verdict decided without running anything (syntax, imports, the missing function), or None.
    The outcome depends on the problem and the code only, so the last few are kept (a fresh
    Result each time): parsing and compiling is most of the judge's own work on the examples."""
    if len(code.encode("utf-8")) > meta.limits.code_bytes:
        raise InvalidInput(f"The code is {len(code.encode())} bytes; the limit for this problem is {meta.limits.code_bytes}.")
    key = (id(meta), code)
    with _STATIC_LOCK:
        hit = _STATIC.get(key)
        if hit is not None and hit[0] is meta:
            _STATIC.move_to_end(key)
            return Result(*hit[1]) if hit[1] is not None else None
    early, compiled = _static_check(meta, code)
    with _STATIC_LOCK:
        _STATIC[key] = (meta, (early.verdict, early.reason) if early is not None else None,
                        _marshalled(compiled) if early is None and compiled is not None else None)
        while len(_STATIC) > STATIC_CACHE:
            _STATIC.popitem(last=False)
    return early


def compiled_code(meta, code: str) -> str | None:
    """The code compiled by its static check (which it passed), as the child loads it: marshal
    data in base64, or None (the child compiles the source itself). Compiling is the costliest
    step of loading the code in a child, whose every write copies a page from its zygote."""
    with _STATIC_LOCK:
        hit = _STATIC.get((id(meta), code))
    return hit[2] if hit is not None and hit[0] is meta else None


def _marshalled(compiled) -> str | None:
    def named(co):  # the child's file name, in every nested function and class body too
        consts = tuple(named(c) if isinstance(c, types.CodeType) else c for c in co.co_consts)
        return co.replace(co_filename=CHILD_FILENAME, co_consts=consts)
    try:
        return binascii.b2a_base64(marshal.dumps(named(compiled)), newline=False).decode("ascii")
    except (ValueError, RecursionError, MemoryError):
        return None  # the child compiles the source


def _static_check(meta, code: str) -> tuple[Result | None, Any]:
    """(verdict or None, the compiled code or None)."""
    compiled = None
    try:
        # A pseudo-filename: given a real one, Python fills in the quoted line by reading that file
        # from the current folder, which need not be the code submitted. The quote comes from the code.
        tree = ast.parse(code, filename=SUBMISSION)
        try:
            # Errors only the compiler finds ('return' outside a function). Compiled as the child
            # would (no optimisation whatever this process runs with): the child may load this.
            compiled = compile(tree, SUBMISSION, "exec", dont_inherit=True, optimize=0)
        except (RecursionError, MemoryError, ValueError):
            pass  # left to the sandboxed child, which reports them
    except SyntaxError as exc:
        where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
        lines = code.splitlines()
        text = lines[exc.lineno - 1].rstrip() if type(exc.lineno) is int and 1 <= exc.lineno <= len(lines) else ""
        detail = f": {text.strip()}" if text else ""
        return Result(Verdict.SYNTAX_ERROR, f"Syntax error at {where}: {exc.msg}{detail}"), None
    allowed = set(meta.allowed_imports) | ALWAYS_ALLOWED
    if "*" not in allowed:
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top not in allowed:
                    permitted = ", ".join(sorted(set(meta.allowed_imports))) or "only the standard helpers"
                    return Result(Verdict.FORBIDDEN_IMPORT,
                                  f"Line {node.lineno} imports {top!r}, which this problem does not allow (allowed: {permitted})."), None
    defined = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign):
            defined.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            defined.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            defined.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.If | ast.Try | ast.With):
            defined.update(n.name for n in ast.walk(node) if isinstance(n, ast.FunctionDef | ast.ClassDef))
    if meta.function not in defined:
        return Result(Verdict.RUNTIME_ERROR, f"Your code must define {meta.signature} at the top level of the file."), None
    return None, compiled


# -- running cases ------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """The reference's output as the user's would arrive: through the codec (checks it is plain)."""
    return codec.loads(codec.dumps(value))


def expected_output(tp: TrustedProblem, case: dict, ns: dict | None = None) -> Any:
    """The reference's answer. Drivers get a fresh reference module (they may change its state);
    plain calls may share one namespace, passed in as ns."""
    if case["kind"] == "drive":
        scope: dict = {}
        exec(compile(case["source"], "<driver>", "exec", dont_inherit=True), scope)
        return _plain(scope["drive"](tp.reference_namespace()))
    ns = ns if ns is not None else tp.reference_namespace()
    return _plain(ns[tp.meta.function](*codec.fresh_copy(case["args"]), **codec.fresh_copy(case["kwargs"])))


def _request(case: dict, i: int) -> dict:
    if case["kind"] == "drive":
        return {"op": "drive", "i": i, "source": case["source"]}
    return {"op": "call", "i": i, "args": case["args"], "kwargs": case["kwargs"]}


def _death_reason(status: int | None, killed: bool = False) -> tuple[Verdict, str]:
    if killed:
        return Verdict.RUNTIME_ERROR, "Your code closed its channel to the judge and stopped answering."
    if status is None or status == -1:
        return Verdict.RUNTIME_ERROR, "The process running your code ended unexpectedly."
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig in (signal.SIGXCPU, signal.SIGKILL):
            return Verdict.TIME_LIMIT, "Your code used up its CPU time."
        if sig == signal.SIGXFSZ:
            return Verdict.RUNTIME_ERROR, "Your code tried to write a file, which is not allowed."
        # Neither the signal nor the exit status is named: on a hidden case the code could pick
        # either to spell out its input.
        return Verdict.RUNTIME_ERROR, "Your code crashed the process."
    return Verdict.RUNTIME_ERROR, "Your code ended the process itself; return a value instead."


# Exception names a hidden case may show: built-in ones only, a fixed list. Any other name is the
# user's own class (which could be named after the input) and shows as "an exception".
SAFE_EXCEPTIONS = frozenset({
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "Exception",
    "FloatingPointError", "ImportError", "IndexError", "KeyError", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError", "OverflowError",
    "PermissionError", "RecursionError", "ReferenceError", "RuntimeError", "StopIteration",
    "SystemError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "ValueError", "ZeroDivisionError", "FileNotFoundError",
})


def _line(reply: dict, code_lines: int) -> str:
    """' (line N of your code)' when the child names a line that exists in the submitted code."""
    line = reply.get("line")
    if type(line) is int and 1 <= line <= code_lines:
        return f" (line {line} of your code)"
    return ""


def _error_verdict(reply: dict, visible: bool, limits, code_lines: int = 0) -> tuple[Verdict, str]:
    """The verdict and reason for an error reply. Everything in the reply comes from the child, so
    for hidden cases only judge-authored text is shown: a fixed reason, a built-in exception name
    from a fixed list, a line that exists in the submitted code."""
    kind = reply.get("kind")
    message = reply.get("message") if type(reply.get("message")) is str else ""
    message = printable(message, 500)
    where = _line(reply, code_lines)
    if kind == "memory":
        return Verdict.MEMORY_LIMIT, f"Your code needed more than {limits.memory_mb} MB{where}."
    if kind == "import":
        if visible:
            return Verdict.FORBIDDEN_IMPORT, f"{message}{where}."
        return Verdict.FORBIDDEN_IMPORT, f"Your code imported a module this problem does not allow{where}."
    if kind == "output":
        if visible:
            return Verdict.WRONG_ANSWER, f"The returned value is not plain data: {message}."
        return Verdict.WRONG_ANSWER, "The returned value is not plain data."
    if kind == "missing" and visible:
        return Verdict.RUNTIME_ERROR, message
    if visible:
        return Verdict.RUNTIME_ERROR, f"{message}{where}"
    # Hidden cases: never the message, which could reveal the input.
    name = message.split(":")[0].strip()
    if name in SAFE_EXCEPTIONS:
        return Verdict.RUNTIME_ERROR, f"{name} raised{where}."
    return Verdict.RUNTIME_ERROR, f"Your code raised an exception{where}."


def _checked(fn, *args, **kwargs) -> tuple[bool, str]:
    """A comparison or a trusted checker, guarded: output it trips on (a 400-digit int, odd shapes)
    is wrong output, never an error in the orchestrator."""
    try:
        ok, why = fn(*args, **kwargs)
        return bool(ok), printable(why if isinstance(why, str) else "", 500)
    except Exception as exc:  # noqa: BLE001 - anything the output makes the checker raise
        return False, f"the output could not be checked ({type(exc).__name__})"


FOLLOW_UP_BASE = 5_000  # follow-ups' request numbers, apart from the cases'
GRADING_CASES = 64  # the CPU backstop assumes up to this many cases; the per-case limits do the rest


def cpu_seconds(limits, n_cases: int) -> int:
    """The child's RLIMIT_CPU: a backstop behind the per-case limits."""
    return int(math.ceil(LOAD_SECONDS + (n_cases + 4) * limits.time_ms / 1000)) + 2


HOLD_MARGIN = 10.0  # seconds a submission may hold a slot beyond its own limits (startup, reference, checks)
SCALING_SECONDS = 60.0  # the user's share of the scaling check, staging included


def hold_seconds(limits, n_cases: int, scaling: bool) -> float:
    """The longest a submission may hold a judge slot: its limits plus a fixed margin."""
    return LOAD_SECONDS + n_cases * limits.time_ms / 1000 + (SCALING_SECONDS if scaling else 0.0) + HOLD_MARGIN


WALL_FACTOR = 3.0  # a case's wall-clock backstop, in multiples of its limit (its CPU time is what counts)

WINDOW_BYTES = 32 * 1024  # requests in flight at once: well under a socket's buffer, so a write never waits on the child


class SlotTimeUp(Exception):
    """The submission has used up the time it may hold its slot."""


class Session:
    """One sandboxed child running one piece of code, with the error handling every run needs.
    Every exchange has a deadline on the whole frame, and the session as a whole a deadline
    (time.monotonic()) past which nothing more is sent."""

    def __init__(self, worker: Worker, code: str, function: str, allowed: list[str], limits, n_cases: int,
                 *, wait: bool = True, deadline: float | None = None, compiled: str | None = None):
        self.limits = limits
        self.code_lines = code.count("\n") + 1
        self.deadline = deadline if deadline is not None else time.monotonic() + hold_seconds(limits, n_cases, True)
        self.child = worker.spawn(memory_mb=limits.memory_mb, cpu_seconds=cpu_seconds(limits, n_cases))
        # A case's limit is the child's own CPU time where the kernel's clock of it can be read:
        # on a busy machine wall time stretches with what else runs, CPU time barely moves.
        self._clock = _cpu_clock(self.child.pid) if _cpu_clock_works() else None
        self.load_error: tuple[Verdict, str] | None = None
        self.layers: dict | None = None
        self._sent = False
        self._ahead: tuple | None = None  # requests sent ahead of run_many (send_ahead)
        self._encoded: tuple | None = None  # requests encoded ahead of run_many (encode_ahead)
        self.kept_input: int | None = None  # the key of the scaling input the child holds decoded (_time)
        self.loaded_at = 0.0  # perf_counter() when the load reply came in
        try:
            load = {"op": "load", "code": code, "function": function, "allowed": allowed}
            if compiled is not None:
                load["compiled"] = compiled  # that code compiled here (grader.compiled_code)
            self.child.send(load, timeout=self._budget(LOAD_SECONDS))
            self._sent = True
        except ChildTimeout:
            self.load_error = (Verdict.TIME_LIMIT, f"Loading your code took more than {LOAD_SECONDS:.0f} s.")
        except ChildDied as died:
            self.load_error = _death_reason(died.status, died.killed)
        if wait:
            self.wait_loaded()

    def _budget(self, timeout: float) -> float:
        return min(timeout, self.deadline - time.monotonic())

    def _cpu_now(self) -> float | None:
        return _read_clock(self._clock) if self._clock is not None else None

    def _more(self, timeout: float, cpu0: float | None, started: float):
        """For Child.recv: once a case's wall time runs out, the seconds it may still wait, that is
        what is left of its CPU time (timeout seconds from cpu0), within WALL_FACTOR times its
        limit of wall time from started and within the session's deadline. A child that sleeps
        or blocks uses no CPU time: the wall backstop stops it."""
        if cpu0 is None:
            return None

        def more() -> float:
            used = self._cpu_now()
            if used is None:
                return 0.0
            cpu_left = timeout - (used - cpu0)
            wall_left = min(WALL_FACTOR * timeout - (time.perf_counter() - started), self.deadline - time.monotonic())
            if cpu_left <= 0 or wall_left <= 0:
                return 0.0
            return min(max(cpu_left, 0.005), wall_left)
        return more

    def wait_loaded(self) -> None:
        """Read the child's answer to the load request (the caller may work in between)."""
        if not self._sent:
            return
        self._sent = False
        try:
            reply = self.child.recv(self._budget(LOAD_SECONDS))
            self.loaded_at = self.child.frame_at
            if reply.get("op") == "loaded":
                self.layers = reply.get("layers") if isinstance(reply.get("layers"), dict) else None
                if self.layers is not None and not all(type(k) is str and type(v) is bool for k, v in self.layers.items()):
                    self.layers = None
            elif reply.get("op") == "error" and reply.get("kind") == "sandbox":
                # A verdict, not an error of the judge, and the detail goes to the log only: user code
                # that ran while loading could forge this message. `offerloop doctor` shows real failures.
                logging.getLogger("offerloop.judge").warning("sandbox setup failed: %s",
                                                             printable(str(reply.get("message")), 300))
                self.child.kill()
                self.load_error = (Verdict.RUNTIME_ERROR, "The judge could not set up its sandbox for this run; "
                                                          "run `offerloop doctor` if this repeats.")
            elif reply.get("op") == "error":
                self.load_error = _error_verdict(reply, True, self.limits, self.code_lines)
            else:
                self.load_error = (Verdict.RUNTIME_ERROR, "Your code sent an unexpected message while loading.")
        except ChildTimeout:
            self.load_error = (Verdict.TIME_LIMIT, f"Loading your code took more than {LOAD_SECONDS:.0f} s.")
        except ChildDied as died:
            self.load_error = _death_reason(died.status, died.killed)
        except codec.CodecError as exc:
            self.child.kill()
            self.load_error = (Verdict.RUNTIME_ERROR, f"Your code sent an unreadable reply while loading ({exc}).")

    def run(self, request: dict, timeout: float, encode=None) -> tuple[str, Any, float, str]:
        """('ok', value, seconds, stdout) or ('error', reply, seconds, stdout) or ('fatal', (verdict, reason), ...).
        seconds runs from the request's first byte out to the reply's last byte in (decoding excluded).
        encode, when given, turns the request (with its nonce) into the frame (codec.dumps otherwise)."""
        started = time.perf_counter()
        budget = self._budget(timeout)
        if budget <= 0:
            self.child.kill()
            return "fatal", (Verdict.TIME_LIMIT, "The submission used up the time it may run on the judge."), 0.0, ""
        capped = budget < timeout
        if self.child.readable():
            # Nothing was asked: a frame waiting now was written by the code itself, ahead of time.
            self.child.kill()
            return "fatal", (Verdict.RUNTIME_ERROR, "Your code wrote to the judge's channel without being asked."), 0.0, ""
        # A fresh nonce per request, echoed by the child: a reply written before the request was
        # read (queued ahead by the code itself) cannot carry it.
        request = {**request, "n": secrets.randbits(62)}
        cpu0 = self._cpu_now()
        try:
            self.child.send_payload(encode(request) if encode is not None else codec.dumps(request), timeout=budget)
            reply = self.child.recv(budget - (time.perf_counter() - started),
                                    None if capped else self._more(timeout, cpu0, started))
        except ChildTimeout:
            reason = ("The submission used up the time it may run on the judge." if capped
                      else f"Took longer than {timeout * 1000:.0f} ms.")
            return "fatal", (Verdict.TIME_LIMIT, reason), time.perf_counter() - started, ""
        except ChildDied as died:
            return "fatal", _death_reason(died.status, died.killed), time.perf_counter() - started, ""
        except codec.CodecError as exc:
            self.child.kill()
            return "fatal", (Verdict.RUNTIME_ERROR, f"The reply could not be read ({exc})."), time.perf_counter() - started, ""
        elapsed = self.child.frame_at - started
        stdout = reply.get("stdout") if isinstance(reply.get("stdout"), str) else ""
        if reply.get("i") != request["i"] or type(reply.get("i")) is not int or reply.get("n") != request["n"]:
            self.child.kill()
            return "fatal", (Verdict.RUNTIME_ERROR, "The reply did not belong to this case (was something written to the judge's channel?)."), elapsed, ""
        if reply.get("op") == "result":
            return "ok", reply.get("value"), elapsed, stdout
        if reply.get("op") == "error":
            return "error", reply, elapsed, stdout
        self.child.kill()
        return "fatal", (Verdict.RUNTIME_ERROR, "Unexpected reply from the sandbox."), elapsed, ""

    @staticmethod
    def _encode(requests: list[dict]) -> list[tuple[dict, bytes]]:
        """Each request with a fresh nonce, and its frame."""
        return [(request, codec.dumps(request)) for request in ({**r, "n": secrets.randbits(62)} for r in requests)]

    def encode_ahead(self, requests: list[dict]) -> None:
        """Encode these requests now (nothing is sent): run_many with the same list uses them."""
        self._encoded = (requests, self._encode(requests)) if requests else None

    def send_ahead(self, requests: list[dict]) -> None:
        """Send these requests now, behind the load request, as far as they fit in WINDOW_BYTES
        (so no write waits on the child); run_many with the same list later sends the rest and
        reads every reply. Only for a session whose load is still unanswered (wait=False), and
        whose times are not shown: a reply read late is timed from when it was read."""
        if not requests or not self._sent or self._ahead is not None:
            return
        frames = self._encode(requests)
        sent_at: list[float] = []
        in_flight = 0
        for _request, payload in frames:
            budget = self._budget(LOAD_SECONDS)
            if in_flight + len(payload) > WINDOW_BYTES or budget <= 0:
                break
            try:
                self.child.send_payload(payload, timeout=budget)
            except (ChildTimeout, ChildDied):
                break  # run_many meets the same end and reports it
            in_flight += len(payload)
            sent_at.append(time.perf_counter())
        self._ahead = (requests, frames, sent_at, in_flight)

    def run_many(self, requests: list[dict], timeout: float, *, stop_on_error: bool = False,
                 stop_when: Callable[[int, tuple[str, Any, float, str]], bool] | None = None,
                 meanwhile: Callable[[], None] | None = None) -> list[tuple[str, Any, float, str]]:
        """Several requests, pipelined: each goes out as soon as the ones still unanswered take
        less than WINDOW_BYTES, so the child moves from one case to the next without waiting for
        the judge. Replies come back in order, each checked against its own request's number and
        fresh nonce; each has its own deadline of timeout, counted from when the child could start
        on it (the later of its request going out and the previous reply coming in), as in run().
        Returns one (status, value, seconds, stdout) per request answered, up to the first 'fatal'
        (or the first 'error' with stop_on_error, or the first reply stop_when(k, reply) is true of:
        the child goes on with the cases sent ahead, so the caller kills it). A load request still
        unanswered (wait=False) is answered first: the cases follow it down the channel.
        meanwhile, when given, is called once the first requests are out, before the first reply
        is read (the judge's own work while the child works): the requests' wall clocks start
        after it, their CPU clocks (the limit) before it."""
        results: list[tuple[str, Any, float, str]] = []
        if not requests:
            return results
        loading = self._sent
        if not loading and self.child.readable():
            # Nothing was asked: a frame waiting now was written by the code itself, ahead of time.
            self.child.kill()
            return [("fatal", (Verdict.RUNTIME_ERROR, "Your code wrote to the judge's channel without being asked."), 0.0, "")]
        ahead, self._ahead = self._ahead, None
        encoded, self._encoded = self._encoded, None
        if ahead is not None:
            if ahead[0] is not requests or not loading:
                raise RuntimeError("run_many must continue the requests sent ahead")
            _, frames, sent_at, in_flight = ahead  # in_flight: bytes of requests sent and not yet answered
        else:
            frames = encoded[1] if encoded is not None and encoded[0] is requests else self._encode(requests)
            sent_at: list[float] = []
            in_flight = 0  # bytes of requests sent and not yet answered
        last_reply = 0.0
        cpu_mark = None if loading else self._cpu_now()  # the child's CPU time when it could start on case k
        for k, (request, _payload) in enumerate(frames):
            # Send ahead what fits the window (always this case's request at least).
            while len(sent_at) < len(frames) and (len(sent_at) == k or in_flight + len(frames[len(sent_at)][1]) <= WINDOW_BYTES):
                budget = self._budget(timeout)
                if budget <= 0:
                    self.child.kill()
                    results.append(("fatal", (Verdict.TIME_LIMIT, "The submission used up the time it may run on the judge."), 0.0, ""))
                    return results
                try:
                    self.child.send_payload(frames[len(sent_at)][1], timeout=budget)
                except (ChildTimeout, ChildDied) as exc:
                    if loading:
                        self.wait_loaded()  # what the child said while loading comes first
                        if self.load_error:
                            return results
                    results.append(("fatal", (Verdict.TIME_LIMIT, f"Took longer than {timeout * 1000:.0f} ms.")
                                    if isinstance(exc, ChildTimeout) else _death_reason(exc.status, exc.killed), 0.0, ""))
                    return results
                in_flight += len(frames[len(sent_at)][1])
                sent_at.append(time.perf_counter())
            if meanwhile is not None:
                work, meanwhile = meanwhile, None
                work()
                now = time.perf_counter()
                sent_at[:] = [max(t, now) for t in sent_at]  # a reply waiting meanwhile was not late
            if loading:
                loading = False
                self.wait_loaded()
                if self.load_error:
                    return results
                last_reply = self.loaded_at
                cpu_mark = self._cpu_now()
            started = max(sent_at[k], last_reply)
            budget = self._budget(timeout)
            capped = budget < timeout
            remaining = budget - (time.perf_counter() - started)
            if remaining <= 0 and not capped:
                remaining = 1e-3  # our own bookkeeping took the time: the reply may be waiting already
            try:
                if remaining <= 0:
                    raise ChildTimeout()
                reply = self.child.recv(remaining, None if capped else self._more(timeout, cpu_mark, started))
            except ChildTimeout:
                self.child.kill()
                reason = ("The submission used up the time it may run on the judge." if capped
                          else f"Took longer than {timeout * 1000:.0f} ms.")
                results.append(("fatal", (Verdict.TIME_LIMIT, reason), time.perf_counter() - started, ""))
                return results
            except ChildDied as died:
                results.append(("fatal", _death_reason(died.status, died.killed), time.perf_counter() - started, ""))
                return results
            except codec.CodecError as exc:
                self.child.kill()
                results.append(("fatal", (Verdict.RUNTIME_ERROR, f"The reply could not be read ({exc})."),
                                time.perf_counter() - started, ""))
                return results
            last_reply = self.child.frame_at
            cpu_mark = self._cpu_now()
            in_flight -= len(frames[k][1])
            elapsed = last_reply - started
            stdout = reply.get("stdout") if isinstance(reply.get("stdout"), str) else ""
            if reply.get("i") != request["i"] or type(reply.get("i")) is not int or reply.get("n") != request["n"]:
                self.child.kill()
                results.append(("fatal", (Verdict.RUNTIME_ERROR, "The reply did not belong to this case (was something "
                                          "written to the judge's channel?)."), elapsed, ""))
                return results
            if reply.get("op") == "result":
                results.append(("ok", reply.get("value"), elapsed, stdout))
                if stop_when is not None and stop_when(k, results[-1]):
                    return results
            elif reply.get("op") == "error":
                results.append(("error", reply, elapsed, stdout))
                if stop_on_error or (stop_when is not None and stop_when(k, results[-1])):
                    return results
            else:
                self.child.kill()
                results.append(("fatal", (Verdict.RUNTIME_ERROR, "Unexpected reply from the sandbox."), elapsed, ""))
                return results
        return results

    def close(self, reap_later: bool = False) -> None:
        self.child.close(reap_later=reap_later)


def grade(worker: Worker, problem, code: str, *, mode: str = "submit", seed: int | None = None,
          scaling: bool = True, fail_fast: bool = False, on_verdict: Callable[[Result], None] | None = None,
          early_too_slow: bool = False) -> Result:
    """Grade code on a problem. mode 'test' runs the visible cases only; 'submit' adds hidden cases
    (fixed plus freshly seeded) and, when the problem has one, the scaling check; interview
    follow-ups are answered right behind the examples (see below). on_verdict, when
    given, is called with the final result before grade returns, while the zygote reaps this
    submission's children (a caller records the attempt there instead of after); what it raises
    is raised by grade, once the children are reaped."""
    from offerloop.errors import JudgeError

    started = time.perf_counter()
    tp = trusted(problem)
    meta = tp.meta
    early = static_check(meta, code)
    if early is not None:
        early.time_ms = (time.perf_counter() - started) * 1000
        if on_verdict is not None:
            on_verdict(early)
        return early
    compiled = compiled_code(meta, code)
    seed_given = seed is not None
    seed = secrets.randbits(31) if seed is None else seed
    will_scale = mode == "submit" and scaling and meta.scaling is not None
    # Start the child first: it forks and loads the code while we draw cases and run the reference.
    try:
        session = Session(worker, code, meta.function, list(meta.allowed_imports), meta.limits, GRADING_CASES,
                          wait=False, deadline=time.monotonic() + hold_seconds(meta.limits, GRADING_CASES, will_scale),
                          compiled=compiled)
    except (ZygoteBroken, OSError, RuntimeError) as exc:
        raise JudgeError(f"The judge could not start a sandboxed process ({type(exc).__name__}); try again.") from None
    closed = False

    def close_and_fork_spare(reap_now: bool = False) -> None:
        """The child is done: kill it (SIGKILL through its pidfd: it runs nothing more). The zygote
        reaps it with the next control request: the spare's fork as grade returns, or at once
        (reap_now; the caller then settles before it goes on)."""
        nonlocal closed
        if not closed:
            closed = True
            session.close(reap_later=True)
            if reap_now:
                worker.reap_soon()

    follow: list = []
    final: Result | None = None

    def done(result: Result) -> Result:
        nonlocal final
        final = _finish(result, started)
        return final

    try:
        visible, expected = tp.visible_cases()
        cases = [(c, True) for c in visible]
        expected = list(expected)
        n_visible = len(visible)
        # Interview follow-ups never decide the verdict and are shown once the main cases pass.
        # Their inputs are public like the examples', so they go down the same channel right behind
        # the examples, in one pipelined run; every one of their replies is in before any hidden
        # case goes out, so the child cannot hand a hidden input back as a follow-up's output (it
        # has seen none yet). A second child for them cost a fork, a sandbox and a death per
        # submission. Proofs (fail_fast) grade mostly wrong code: they ask the follow-ups after
        # acceptance instead, in a fresh child.
        follow = follow_ups.drawn(tp) if mode == "submit" else []
        side_requests = follow_ups.requests(follow, FOLLOW_UP_BASE) if follow and not fail_fast else []
        side_replies: list = []
        side_results: list[dict] | None = None
        unexpected: list[dict] = []  # hidden cases whose reference outputs are still to compute
        if mode == "submit":
            if seed_given or fail_fast:
                # Fixed seeds (proofs) draw their cases and the reference's outputs once.
                hidden, hidden_expected = tp.hidden_cases(seed, keep=seed_given)
            else:
                # A fresh seed: the reference runs later, while the judge would otherwise wait
                # (the child working on the hidden cases).
                hidden = unexpected = tp.draw_hidden(seed)
                hidden_expected = [None] * len(hidden)
            cases += [(c, False) for c in hidden]
            expected += hidden_expected

        def reference_outputs() -> None:
            """The hidden cases' expected outputs, once."""
            nonlocal unexpected
            if unexpected:
                expected[n_visible:], unexpected = tp.outputs(unexpected), []
        # The slot is held for the cases actually drawn, plus the fixed margin.
        session.deadline = min(session.deadline,
                               time.monotonic() + hold_seconds(meta.limits, len(cases) + len(follow), will_scale))
        result = Result(Verdict.ACCEPTED, "", total=len(cases), seed=seed,
                        follow_ups=follow_ups.pending(follow, "Asked once the main cases pass."))
        for i, (case, vis) in enumerate(cases):
            cr = CaseResult(i + 1, case.get("name", "") or ("example" if vis else "hidden"), vis, Verdict.NOT_RUN)
            if vis:
                cr.input = {"args": case.get("args"), "kwargs": case.get("kwargs")} if case["kind"] == "call" else "(behaviour check)"
                cr.expected = expected[i]
            result.cases.append(cr)

        def judge_case(i: int, status: str, value: Any, seconds: float, stdout: str) -> bool:
            """Record case i's reply; False when grading should stop here."""
            case, visible = cases[i]
            cr = result.cases[i]
            # The user's calls only (not loading, the reference or scaling), and on the examples
            # only: per-case times and output are channels the code controls, and a total that
            # included hidden cases would give a hidden case's time away as total minus examples.
            if visible:
                result.time_ms += seconds * 1000
            cr.time_ms = seconds * 1000 if visible else 0.0
            cr.stdout = stdout if visible else ""
            if status == "ok":
                if visible:
                    cr.got = value
                ok, why = _judge_output(tp, case, value, expected[i])
                cr.verdict = Verdict.ACCEPTED if ok else Verdict.WRONG_ANSWER
                cr.reason = "" if ok else (why if visible else "The output differs from the expected one.")
            elif status == "error":
                cr.verdict, cr.reason = _error_verdict(value, visible, meta.limits, session.code_lines)
            else:
                cr.verdict, cr.reason = value
                return False
            # Proofs only need to know it fails; users see every case.
            return not (fail_fast and cr.verdict is not Verdict.ACCEPTED)

        # Two pipelined runs: the examples (and the follow-ups behind them), then (only once every
        # one of those has answered) the hidden cases, so nothing the code prints or returns on an
        # example or a follow-up can carry a hidden input.
        going = True
        for lo, hi in ((0, n_visible), (n_visible, len(cases))):
            requests = [_request(cases[i][0], i) for i in range(lo, hi)] if going else []
            behind = side_requests if lo == 0 and going else []
            if lo == n_visible and side_requests:
                if going and all(c.verdict is Verdict.ACCEPTED for c in result.cases[:n_visible]):
                    side_results = follow_ups.judge(session, tp, follow, side_replies, _judge_output, _error_verdict)
                if going and (lo < hi or will_scale) and session.child.dead:
                    # A follow-up ended the child (its time or memory limit): the hidden cases (and the
                    # scaling check) get a fresh one. The follow-ups never decide the verdict.
                    session.close(reap_later=True)
                    session = Session(worker, code, meta.function, list(meta.allowed_imports), meta.limits,
                                      GRADING_CASES, wait=False, deadline=session.deadline, compiled=compiled)
            if not going or (lo == hi and not behind):
                continue
            # Proofs (fail_fast) judge each reply as it comes and stop at the first that fails: the
            # cases sent ahead of it may be the slow ones (a wrong answer early, a time limit later).
            # Hidden cases are judged as they come too (while the child works on the next ones);
            # examples after their run, so the time shown for each is the child's alone.
            judged = 0

            def judge_now(k: int, reply: tuple, lo: int = lo) -> bool:
                nonlocal judged, going
                judged = k + 1
                if not judge_case(lo + k, *reply):
                    going = False
                return not going

            replies = session.run_many(requests + behind, meta.limits.time_ms / 1000, stop_on_error=fail_fast,
                                       stop_when=judge_now if fail_fast or lo == n_visible else None,
                                       meanwhile=reference_outputs if lo == n_visible else None)
            if behind:
                replies, side_replies = replies[:hi - lo], replies[hi - lo:]
            if lo == n_visible:
                reference_outputs()  # (run_many ran it, unless the child failed before any request went out)
            result.layers = session.layers
            if session.load_error:
                result.verdict, result.reason = session.load_error
                return done(result)
            if hi == len(cases) and not will_scale:
                close_and_fork_spare()  # killed now: it dies while the outputs are compared
            for k, reply in enumerate(replies[judged:], start=judged):
                if not going or not judge_case(lo + k, *reply):
                    going = False
                    break
            if len(replies) < hi - lo and going:
                going = False  # the child stopped answering (an error with fail_fast)
        if not cases:
            session.wait_loaded()
            result.layers = session.layers
            if session.load_error:
                result.verdict, result.reason = session.load_error
                return done(result)
        result.passed = sum(c.verdict is Verdict.ACCEPTED for c in result.cases)
        first_bad = next((c for c in result.cases if c.verdict is not Verdict.ACCEPTED), None)
        if first_bad is not None:
            result.verdict = first_bad.verdict
            label = "example" if first_bad.visible else "hidden case"
            result.reason = f"{label.capitalize()} {first_bad.number}: {first_bad.reason}"
            return done(result)
        if will_scale:
            # Fixed inputs when the caller fixed the seed (proofs), else fresh ones: inputs known in
            # advance could be answered before they are asked.
            result.scaling = scaling_check(worker, tp, session, SCALING_SEED if seed_given else secrets.randbits(63),
                                           keep_inputs=seed_given, early_too_slow=early_too_slow)
            if result.scaling["verdict"] == Verdict.TOO_SLOW.value:
                result.verdict = Verdict.TOO_SLOW
                result.reason = result.scaling["reason"]
                return done(result)
            if result.scaling["verdict"] != Verdict.ACCEPTED.value:
                result.verdict = Verdict(result.scaling["verdict"])
                result.reason = result.scaling["reason"]
                return done(result)
        if side_results is not None:
            result.follow_ups = side_results
        elif follow:
            # A fresh child: the one that saw the hidden cases could hand their inputs back as a
            # follow-up's output, which the user is shown.
            close_and_fork_spare(reap_now=True)
            worker.settle()  # gone before the fresh child is asked for
            fresh = Session(worker, code, meta.function, list(meta.allowed_imports), meta.limits, GRADING_CASES,
                            wait=False, deadline=time.monotonic() + hold_seconds(meta.limits, len(follow), False),
                               compiled=compiled)
            try:
                result.follow_ups = follow_ups.run(fresh, tp, follow, 0, _judge_output, _error_verdict)
            finally:
                fresh.close(reap_later=True)  # reaped with the spare's fork request, as grade returns
        result.reason = f"All {result.total} cases passed."
        return done(result)
    finally:
        close_and_fork_spare()
        # Every child of this submission has been sent SIGKILL: none runs anything more. One control
        # request, not waited for, asks the zygote for the next child (so the next submission finds
        # its sandbox set up) and to reap these: it
        # forks while they die, and reaps them before it answers. Waiting here for them to die
        # (a millisecond of the kernel freeing their memory) would only delay the verdict; the
        # reply is read before this worker is used again (Worker.settle), so a slot's next
        # submission never starts before this one's children are gone.
        try:
            worker.prepare_spare(memory_mb=meta.limits.memory_mb, cpu_seconds=cpu_seconds(meta.limits, GRADING_CASES),
                                 wait=False)
        finally:
            if final is not None and on_verdict is not None:
                on_verdict(final)  # while the zygote reaps and forks


def _judge_output(tp: TrustedProblem, case: dict, value: Any, expected: Any) -> tuple[bool, str]:
    """A case's output against the reference's, by the problem's rule. A trusted checker gets
    copies of the case and the expected output: they may be kept for the next submission."""
    meta = tp.meta
    if meta.comparison.kind == "checker":
        # Driver cases hand their "params" dict to the checker in place of args.
        c_args = case.get("params") if case["kind"] == "drive" else case.get("args")
        return _checked(tp.cases.check, codec.fresh_copy(c_args), codec.fresh_copy(case.get("kwargs") or {}), value,
                        codec.fresh_copy(expected))
    c = meta.comparison
    return _checked(compare, expected, value, kind=c.kind, rtol=c.rtol, atol=c.atol, unordered=c.unordered)


def _finish(result: Result, started: float) -> Result:
    """The reported time sums the user's calls on the cases; when none ran, the time spent trying."""
    if all(c.verdict is Verdict.NOT_RUN for c in result.cases):
        result.time_ms = (time.perf_counter() - started) * 1000
    return result


# -- scaling ------------------------------------------------------------------------------------
class _BadTimedOutput(Exception):
    """A timed call returned a wrong answer, or failed."""


def _time(session: Session, case: dict, reps: int, timeout: float, stage_timeout: float) -> tuple[float, float, list] | None:
    """(staging seconds, time of reps calls, their distinct outputs), or None when a step ran out
    of time. The calls' time is the child's CPU time (wall time where the kernel's clock of the
    child cannot be read), measured from outside (the child's own clock could be tampered with);
    the inputs are sent and copied first, off the clock but under their own deadline. Every call's
    output comes back (equal ones once), so each timed call is also a checked one."""
    frame = case.get("_stage_frame")
    key = frame.key if frame is not None else None
    if key is not None and session.kept_input == key:
        # The child still holds this input, decoded (decoding a big input costs as much as a
        # linear algorithm on it): only new copies of it are asked for.
        status, _value, staged, _ = session.run({"op": "stage", "i": 9_999, "key": key, "reps": reps}, stage_timeout)
    else:
        status, _value, staged, _ = session.run({"op": "stage", "i": 9_999, "args": case["args"],
                                                 "kwargs": case["kwargs"], "key": key, "reps": reps}, stage_timeout,
                                                encode=frame.payload if frame is not None else None)
    if status != "ok":
        session.kept_input = None
        return None
    session.kept_input = key
    clock = _cpu_clock(session.child.pid)
    cpu = _read_clock(clock)
    status, value, seconds, _ = session.run({"op": "time", "i": 10_000}, timeout)
    used = _read_clock(clock) if cpu is not None else None
    if used is not None and status == "ok":
        # The child's own CPU time, read from outside (the kernel's clock of that process): other
        # work on the machine stretches wall time but barely moves it, so a busy machine skews the
        # readings far less. The child runs one thread (no clone) and cannot hand work elsewhere.
        seconds = max(used - cpu, 1e-7)
    if status == "error":
        raise _BadTimedOutput("it raised an error on a timed input")
    if status != "ok":
        return None
    outputs, index = (value.get("outputs"), value.get("index")) if isinstance(value, dict) else (None, None)
    if (type(outputs) is not list or type(index) is not list or len(index) != reps or not outputs
            or any(type(j) is not int or not 0 <= j < len(outputs) for j in index)):
        raise _BadTimedOutput("the timed calls' outputs did not come back")
    # The outputs of a few calls drawn after they all came back (so the child cannot know which):
    # a solution that skips the work on a share of the calls is caught in proportion to that share.
    picked = sorted({index[secrets.randbelow(len(index))] for _ in range(TIMED_CHECKS)})
    return staged, seconds, [outputs[j] for j in picked]


TIMED_CHECKS = 3  # calls checked per timed run (all of them when they return one same output)


def _cpu_clock(pid: int) -> int:
    """The clock id of a process's CPU time (Linux's clock_getcpuclockid: CPUCLOCK_SCHED of the pid)."""
    return (~pid << 3) | 2


@functools.cache
def _cpu_clock_works() -> bool:
    """Whether the kernel's per-process CPU clocks can be read here (then _time reads the child's)."""
    return _read_clock(_cpu_clock(os.getpid())) is not None


def _read_clock(clock: int) -> float | None:
    try:
        return time.clock_gettime(clock)
    except (OSError, OverflowError, ValueError):  # no such process or clock: wall time is used instead
        return None


class _StageFrame:
    """A stage request for one scaling input, encoded once: the input is the same on every timed
    run (a dozen per size), only the repeat count and the nonce change, and they are spliced into
    the end of the frame's JSON head. Should the codec ever lay a dict out differently, every
    request is encoded in full instead."""

    TAIL = b'["reps",0],["n",0]]}'

    def __init__(self, case: dict):
        self.case = case
        self.key = secrets.randbits(48)  # names the input, which the child keeps decoded for the next runs
        frame = codec.dumps({"op": "stage", "i": 9_999, "args": case["args"], "kwargs": case["kwargs"], "key": self.key,
                             "reps": 0, "n": 0})
        (size,) = struct.unpack_from("<I", frame)
        head = frame[4:4 + size]
        self.spliced = head.endswith(self.TAIL)
        self.prefix, self.blobs = head[: -len(self.TAIL)], frame[4 + size:]

    def payload(self, request: dict) -> bytes:
        if not self.spliced:
            return codec.dumps(request)
        head = self.prefix + b'["reps",%d],["n",%d]]}' % (int(request["reps"]), int(request["n"]))
        return struct.pack("<I", len(head)) + head + self.blobs


def _check_timed(tp: TrustedProblem, case: dict, outputs: list, expected: Any) -> None:
    """The sampled outputs of timed calls must be right, exactly as a case would be judged."""
    for out in outputs:
        ok, _why = _judge_output(tp, case, out, expected)
        if not ok:
            raise _BadTimedOutput("a timed call returned a wrong answer")


class _TooSlowEarly(Exception):
    """The user's first timed call already ran out of its budget."""


def _growth(sizes: list[int], ratios: list[float]) -> float:
    """How much the user/reference time ratio grows over the size range, from a least-squares fit of
    log(ratio) on log(n): one noisy point moves it far less than an endpoint-to-endpoint ratio."""
    x = np.log(np.asarray(sizes, dtype=float))
    y = np.log(np.maximum(np.asarray(ratios, dtype=float), 1e-12))
    slope = float(np.polyfit(x, y, 1)[0])
    return float(np.exp(slope * (x[-1] - x[0])))


def _hopeless(user_before: float, ref_before: float, ref_now: float, reps: int, budget: float) -> bool:
    """Whether reps calls at this size would exceed the budget: the user's per-call time at the
    size below, grown only as much as the reference's did since (a too-slow solution's ratio
    grows; it does not shrink), already takes longer."""
    return user_before * (ref_now / ref_before) * reps > budget


READING_SLACK = 2.0  # how far high one CPU-time reading may run (fresh memory's page faults, caches: 1.7x seen)


def _identical(a: Any, b: Any) -> bool:
    """Whether two plain values are the same value of the same types (so one judgement holds for both)."""
    t = type(a)
    if t is not type(b):
        return False
    if t is list or t is tuple:
        if len(a) != len(b):
            return False
        kinds = set(map(type, a))
        if len(kinds) <= 1 and kinds <= _SCALAR_KINDS and set(map(type, b)) == kinds:
            if float in kinds:  # bit for bit: NaN equals NaN, -0.0 is not 0.0
                return array.array("d", a).tobytes() == array.array("d", b).tobytes()
            return a == b  # one scalar type throughout: == is exact
        return all(_identical(x, y) for x, y in zip(a, b))
    if t is float:
        return repr(a) == repr(b)
    if a is None or t in (int, str, bool):
        return a == b
    if t is dict:
        return list(a) == list(b) and all(_identical(x, y) for x, y in zip(a, b)) and all(_identical(a[x], b[x]) for x in a)
    if t is np.ndarray:
        return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
    return False  # frames and the rest: judged every time


_SCALAR_KINDS = frozenset({int, str, bool, float, type(None)})

DECISIVE_EARLY = 2.25  # early_too_slow: the projected growth from the two smallest sizes, over max_ratio_growth


def scaling_check(worker: Worker, tp: TrustedProblem, user: Session, scaling_seed: int = SCALING_SEED,
                  keep_inputs: bool = False, early_too_slow: bool = False) -> dict:
    """Time the user's code and the reference on growing inputs, interleaved so both see the same
    machine load, and compare how the ratio of their times grows with n.

    early_too_slow (the bank proof's solutions that must be rejected, via grade): also stop after
    the two smallest sizes when the growth projected from them exceeds DECISIVE_EARLY x
    max_ratio_growth. Projected from 2 sizes instead of 3, a reading's error is amplified about
    twice as much, so the margin over the limit is doubled in log terms (1.5x at 3 sizes, 2.25x at
    2): as decisive as the usual early stop; when it does not fire, the check goes on as always."""
    meta = tp.meta
    sc = meta.scaling
    inputs = tp.scaling_inputs(scaling_seed, keep=keep_inputs)
    ref = Session(worker, tp.solution_source, meta.function, ["*"], meta.limits, len(inputs) * 8)
    ref_out: list[Any] = [None] * len(inputs)
    ref_stage: list[float] = [0.0] * len(inputs)
    checked: list[list] = [[] for _ in inputs]  # the user's timed outputs judged right, per size

    def timed_ref(k: int, reps: int) -> float:
        started = time.monotonic()
        got = _time(ref, inputs[k], reps, 60.0, 60.0)
        # The reference's turns are trusted work, not the submission's: they do not use up its time.
        user.deadline += time.monotonic() - started
        if got is None:
            raise RuntimeError(f"the reference of {meta.slug} failed its own scaling input")
        ref_stage[k] = max(ref_stage[k], got[0])
        if ref_out[k] is None:
            ref_out[k] = got[2][0]
        return got[1]

    def timed_user(k: int, reps: int, budget: float) -> float | None:
        # Staging copies the same inputs the reference's child copied: far longer is stalling.
        got = _time(user, inputs[k], reps, budget, max(2.0, 20 * ref_stage[k]))
        if got is None:
            return None
        # An output identical to one already judged right at this size is right: judged once.
        fresh = [out for out in got[2] if not any(_identical(out, seen) for seen in checked[k])]
        _check_timed(tp, inputs[k], fresh, ref_out[k])
        checked[k].extend(fresh)
        return got[1]

    try:
        if ref.load_error:
            raise RuntimeError(f"the reference of {meta.slug} does not load: {ref.load_error[1]}")
        probe = min(timed_ref(0, 1) or 1e-4 for _ in range(3))
        min_timed = MIN_TIMED_CPU_SECONDS if _cpu_clock_works() else MIN_TIMED_WALL_SECONDS
        reps = max(1, min(2000, math.ceil(min_timed / max(probe, 1e-6))))
        # Per-call times from here on. The user's code gets its own repeat count: a slow solution
        # needs fewer repeats to be timed precisely, and repeating it as often as a fast reference
        # would only burn seconds.
        ref_times: list[float] = [math.inf] * len(inputs)
        user_times: list[float] = [math.inf] * len(inputs)
        first = timed_user(0, 1, max(200 * probe, 2.0))
        if first is None:
            raise _TooSlowEarly(f"Correct, but too slow: at n={sc.sizes[0]} one call did not finish within "
                                f"{max(200 * probe, 2.0):.1f} s while the reference took {probe * 1000:.1f} ms (target {sc.target}).")
        # Repeat counts per size, each set from the per-call time just measured at the size below
        # (never more than there): every reading lasts about min_timed or more (times
        # grow with n), where counts fixed at the smallest size made the largest sizes' readings
        # last up to seconds, for no more precision.
        ref_reps: list[int] = [reps] + [0] * (len(inputs) - 1)
        user_reps: list[int] = [max(1, min(reps, math.ceil(min_timed / max(first, 1e-6))))] + [0] * (len(inputs) - 1)

        def repeats(k: int) -> None:
            if ref_reps[k]:
                return
            ref_reps[k] = max(1, min(ref_reps[k - 1], math.ceil(min_timed / max(ref_times[k - 1], 1e-6))))
            user_reps[k] = max(1, min(ref_reps[k], user_reps[k - 1],
                                      math.ceil(min_timed / max(user_times[k - 1], 1e-6))))

        span = math.log(sc.sizes[-1]) - math.log(sc.sizes[0])

        def projected(upto: int) -> float:
            """Ratio growth over the whole size range, fitted from the sizes measured so far."""
            ratios = [u / r for u, r in zip(user_times[: upto + 1], ref_times[: upto + 1])]
            fitted = _growth(sc.sizes[: upto + 1], ratios)
            part = math.log(sc.sizes[upto]) - math.log(sc.sizes[0])
            return fitted ** (span / part) if part > 0 else 1.0

        # Readings of the child's CPU time barely move with the machine's load (wall time stretches
        # with every other process), so the reference is read once per round instead of twice. Each
        # side still keeps the lower of two readings per size: a process's first run at a size can
        # pay for fresh memory (page faults count as its CPU time too).
        ref_reads = 1 if _cpu_clock_works() else 2

        def decisive(k: int, deflate: float = 1.0) -> bool:
            """Whether the early stop fires after size k (with the user's reading there divided by
            deflate: still decisive if that one reading ran that much high)."""
            if not (k >= 2 or (early_too_slow and k == 1)) or k >= len(inputs) - 1:
                return False
            kept = user_times[k]
            user_times[k] = kept / deflate
            try:
                return projected(k) > (1.5 if k >= 2 else DECISIVE_EARLY) * sc.max_ratio_growth
            finally:
                user_times[k] = kept

        def measure(rounds: int, early_stop: bool) -> str | None:
            for k, case in enumerate(inputs):
                repeats(k)
                for attempt in range(rounds):
                    for _ in range(ref_reads):  # the reference is cheap: read it twice per round on wall time
                        ref_times[k] = min(ref_times[k], timed_ref(k, ref_reps[k]) / ref_reps[k])
                    if attempt and user_times[k] * user_reps[k] > 0.5:
                        break  # a long reading is already robust to scheduling noise; save the time
                    # Generous: plain Python against a numpy reference is often 50-100x slower at
                    # every size, which is a constant factor, not worse scaling.
                    budget = min(max(200 * ref_times[k] * user_reps[k], 2.0), 10.0)
                    if early_too_slow and k and not attempt:
                        # Proofs: a run that would end out of its budget is not started.
                        if _hopeless(user_times[k - 1], ref_times[k - 1], ref_times[k], user_reps[k], budget):
                            return (f"Correct, but too slow: at n={sc.sizes[k]} it would need more than {budget:.1f} s "
                                    f"(it took {user_times[k - 1] * 1000:.0f} ms at n={sc.sizes[k - 1]}, and the "
                                    f"reference's time grew {ref_times[k] / ref_times[k - 1]:.1f}x from there; target {sc.target}).")
                    u = timed_user(k, user_reps[k], budget)
                    if u is None:
                        return (f"Correct, but too slow: at n={sc.sizes[k]} it did not finish within {budget:.1f} s "
                                f"while the reference took {ref_times[k] * user_reps[k] * 1000:.1f} ms (target {sc.target}).")
                    user_times[k] = min(user_times[k], u / user_reps[k])
                    if not attempt and rounds > 1 and early_stop and decisive(k, deflate=READING_SLACK):
                        break  # decisive even if this one reading ran READING_SLACK x high: no second reading
                if early_stop and decisive(k):
                    # Clearly super-linear against the reference already: skip the costly largest sizes.
                    return (f"Correct, but it scales worse than the reference: from n={sc.sizes[0]} to "
                            f"n={sc.sizes[k]} your time grows {user_times[k] / user_times[0]:.1f}x against the "
                            f"reference's {ref_times[k] / ref_times[0]:.1f}x (projected ratio growth {projected(k):.1f}x "
                            f"over n={sc.sizes[0]}..{sc.sizes[-1]}; target {sc.target}).")
            return None

        failure = measure(2, early_stop=True)
        growth = None if failure else _growth(sc.sizes, [u / r for u, r in zip(user_times, ref_times)])
        if growth is not None and sc.max_ratio_growth / 1.5 < growth < 1.5 * sc.max_ratio_growth:
            # Close to the line either way: measure again, since a busy machine can skew one reading.
            failure = measure(2, early_stop=False)
            growth = None if failure else _growth(sc.sizes, [u / r for u, r in zip(user_times, ref_times)])
    except _BadTimedOutput as bad:
        return {"target": sc.target, "sizes": sc.sizes, "reference_ms": [], "user_ms": [],
                "verdict": Verdict.WRONG_ANSWER.value, "ratio_growth": None,
                "reason": f"Wrong on a larger input of the scaling check: {bad}."}
    except _TooSlowEarly as early:
        failure, growth = str(early), None
        ref_times, user_times = [probe], []
    finally:
        ref.close()
    # Times are per call, in milliseconds, for each size measured.
    base = {"target": sc.target, "sizes": sc.sizes,
            "reference_ms": [round(x * 1000, 3) for x in ref_times if x < math.inf],
            "user_ms": [round(x * 1000, 3) for x in user_times if x < math.inf]}
    if failure:
        return {**base, "verdict": Verdict.TOO_SLOW.value, "ratio_growth": None, "reason": failure}
    size_growth = sc.sizes[-1] / sc.sizes[0]
    slow = growth > sc.max_ratio_growth
    reason = (f"Correct, but it scales worse than the reference: when n grows {size_growth:.0f}x, your time grows "
              f"{user_times[-1] / user_times[0]:.1f}x against the reference's {ref_times[-1] / ref_times[0]:.1f}x "
              f"(ratio grew {growth:.1f}x; target {sc.target}).") if slow else \
        f"Scales like the reference (time ratio grew {growth:.2f}x over a {size_growth:.0f}x larger input; target {sc.target})."
    return {**base, "verdict": (Verdict.TOO_SLOW if slow else Verdict.ACCEPTED).value,
            "ratio_growth": round(growth, 2), "reason": reason}
