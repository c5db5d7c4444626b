"""What runs inside the sandboxed child: load the user's code, then answer one request at a time.

This module is imported by the zygote before any fork, so the child never needs to read it from disk.
It only ever sees the user's code and the inputs; expected outputs stay in the orchestrator.
"""

from __future__ import annotations

import binascii
import builtins
import io
import linecache
import marshal
import os
import select
import sys
import time
import traceback
import types

from offerloop.judge import codec
from offerloop.judge.codec import fresh_copy  # a name here: staging calls it from this module
from offerloop.judge.protocol import ChannelClosed, read_frame, write_frame

# Modules any solution may import; a problem's allowed_imports adds to these ("*" allows any).
ALWAYS_ALLOWED = frozenset({
    "__future__", "math", "cmath", "collections", "itertools", "functools", "heapq", "bisect",
    "typing", "abc", "dataclasses", "enum", "operator", "string", "re", "copy", "fractions",
    "decimal", "array", "contextlib", "types", "random", "numbers", "statistics",
})
FILENAME = "solution.py"


class ForbiddenImport(ImportError):
    pass


def _guarded_import(allowed):
    real_import = builtins.__import__

    def guarded(name, globals=None, locals=None, fromlist=(), level=0):
        top = name.split(".")[0]
        if level == 0 and "*" not in allowed and top not in allowed:
            raise ForbiddenImport(f"import of {top!r} is not allowed in this problem")
        return real_import(name, globals, locals, fromlist, level)

    return guarded


def _user_line(tb) -> int | None:
    line = None
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename == FILENAME:
            line = lineno
    return line


def _error(exc: BaseException, i: int) -> dict:
    kind = "exception"
    if isinstance(exc, MemoryError):
        kind = "memory"
    elif isinstance(exc, ForbiddenImport):
        kind = "import"
    elif isinstance(exc, RecursionError):
        kind = "exception"
    message = f"{type(exc).__name__}: {exc}"[:500]
    return {"op": "error", "i": i, "kind": kind, "message": message, "line": _user_line(exc.__traceback__)}


_PLAIN_ITEMS = frozenset({int, float, str, bool})


def _same_plain_list(a, b) -> bool:
    """Two flat lists of plain items that are equal (items of other types could define __eq__)."""
    return (type(a) is list and type(b) is list and len(a) == len(b)
            and set(map(type, a)) <= _PLAIN_ITEMS and set(map(type, b)) <= _PLAIN_ITEMS and a == b)


_WARM_SOURCE = """
import math
def warm(values, scale=2):
    return [math.sqrt(abs(v)) * scale for v in values]
"""


_WARM_CODE = binascii.b2a_base64(marshal.dumps(compile(_WARM_SOURCE, FILENAME, "exec", dont_inherit=True)),
                                  newline=False).decode("ascii")


def _asked(fd: int) -> bool:
    """Whether a request is waiting already (a submission arrived while the spare was setting up)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    return bool(poller.poll(0))


def _prewarm(routine, fd: int | None = None) -> None:
    """What a spare does while it waits (trusted code, after the sandbox is in place): a dry load
    and call like a submission's, and the zygote's warm-up routine (given a callable that says
    whether to stop), so that the pages they write are copied from the zygote now rather than
    while a submission waits. Nothing is kept. It stops between steps once the submission is
    waiting on fd: the real load copies only the pages it needs, fewer than a warm-up writes,
    and it would wait behind the warm-up."""
    asked = (lambda: _asked(fd)) if fd is not None else (lambda: False)
    try:
        if asked():
            return
        scope: dict = {"__builtins__": {**vars(builtins), "__import__": _guarded_import(ALWAYS_ALLOWED)}}
        exec(_code({"compiled": _WARM_CODE}, _WARM_SOURCE), scope)  # loaded as a submission's code is
        if asked():
            return
        request = codec.loads(codec.dumps({"op": "call", "i": 0, "args": [[1.5, -2.0, 3]], "kwargs": {"scale": 2}, "n": 1}))
        value = scope["warm"](*request["args"], **request["kwargs"])
        codec.dumps({"op": "result", "i": 0, "value": value, "n": 1, "stdout": ""})
        if routine is not None and not asked():
            routine(asked)
    except Exception:  # noqa: BLE001 - a warm-up that fails only means a slower first call
        pass


def _code(msg: dict, source: str) -> types.CodeType:
    """The code to run: as the judge compiled it (its static check did: marshal data from the
    trusted side, a fraction of compiling's cost here), else compiled from the source."""
    compiled = msg.get("compiled")
    if type(compiled) is str:
        try:
            code = marshal.loads(binascii.a2b_base64(compiled))
            if type(code) is types.CodeType and code.co_filename == FILENAME:
                return code
        except (ValueError, EOFError, TypeError, binascii.Error):
            pass
    return compile(source, FILENAME, "exec", dont_inherit=True)


def serve(fd: int, applied: dict, prewarm=None) -> None:
    """The child's whole life: load, then call/drive/time until told to stop or killed. prewarm:
    None for a child used at once, else the zygote's warm-up routine (a callable, or False for
    none) to run before the code is read."""
    if prewarm is not None:
        _prewarm(prewarm or None, fd)
    out = io.StringIO()
    sys.stdout = sys.stderr = out
    try:
        msg = codec.loads(read_frame(fd))
    except ChannelClosed:
        os._exit(0)
    source, function, allowed = msg["code"], msg["function"], set(msg["allowed"]) | ALWAYS_ALLOWED
    linecache.cache[FILENAME] = (len(source), None, source.splitlines(True), FILENAME)
    safe_builtins = dict(vars(builtins))
    safe_builtins["__import__"] = _guarded_import(allowed)
    # A real module in sys.modules: dataclasses and typing look the module up by name.
    module = types.ModuleType("solution")
    module.__file__ = FILENAME
    module.__builtins__ = safe_builtins  # type: ignore[attr-defined]
    sys.modules["solution"] = module
    ns: dict = module.__dict__
    try:
        exec(_code(msg, source), ns)
        if function and not callable(ns.get(function)):
            reply = {"op": "error", "i": -1, "kind": "missing", "message": f"{function} is not defined", "line": None}
        else:
            reply = {"op": "loaded", "layers": applied}
    except SystemExit:
        reply = {"op": "error", "i": -1, "kind": "exception", "message": "SystemExit: the code exited while loading", "line": None}
    except BaseException as exc:  # anything the user's module raises at import time
        reply = _error(exc, -1)
    _send(fd, reply, -1, out)
    staged: list = []
    kept = None  # (key, args, kwargs): the scaling input being timed, as decoded
    while True:
        try:
            msg = codec.loads(read_frame(fd))
        except ChannelClosed:
            os._exit(0)
        op, i = msg.get("op"), msg.get("i", -1)
        if op == "bye":
            os._exit(0)
        out.seek(0)
        out.truncate()
        try:
            if op == "call":
                # The arguments were just decoded: they are this call's own copies already.
                value = ns[function](*msg["args"], **msg["kwargs"])
                reply = {"op": "result", "i": i, "value": value}
            elif op == "drive":
                scope: dict = {"__builtins__": safe_builtins}
                exec(compile(msg["source"], "<driver>", "exec", dont_inherit=True), scope)
                reply = {"op": "result", "i": i, "value": scope["drive"](ns)}
            elif op == "stage":
                # Input copies for a timing run, made before the clock starts: copying a big nested
                # list costs as much as a linear algorithm and would blur the comparison.
                # The decoded input is kept (one: the check goes size by size) and never handed to
                # the code itself; the next run at this size sends only its key.
                if "args" in msg:
                    kept = (msg.get("key"), msg["args"], msg["kwargs"])
                elif kept is None or msg.get("key") != kept[0]:
                    raise LookupError("no such staged input")
                staged = [(fresh_copy(kept[1]), fresh_copy(kept[2])) for _ in range(msg["reps"])]
                reply = {"op": "result", "i": i, "value": len(staged)}
            elif op == "time":
                fn = ns[function]
                outputs = []
                start = time.perf_counter()
                for a, k in staged:
                    outputs.append(fn(*a, **k))
                seconds = time.perf_counter() - start
                staged = []
                # Every output goes back to be checked (equal ones once, with an index per call).
                firsts, index, seen = [], [], {}
                for value in outputs:
                    if index and _same_plain_list(value, firsts[index[-1]]):
                        index.append(index[-1])  # equal to the previous output: no need to encode it
                        continue
                    j = seen.setdefault(codec.dumps(value), len(seen))
                    if j == len(firsts):
                        firsts.append(value)
                    index.append(j)
                outputs = []
                reply = {"op": "result", "i": i, "value": {"seconds": seconds, "outputs": firsts, "index": index}}
            else:
                reply = {"op": "error", "i": i, "kind": "protocol", "message": f"unknown request {op!r}", "line": None}
        except SystemExit:
            reply = {"op": "error", "i": i, "kind": "exception", "message": "SystemExit: the code called exit()", "line": None}
        except BaseException as exc:
            reply = _error(exc, i)
        reply["n"] = msg.get("n")  # the request's nonce: proves the reply answers this request
        _send(fd, reply, i, out)


def _send(fd: int, reply: dict, i: int, out: io.StringIO) -> None:
    reply["stdout"] = out.getvalue()[-2000:]
    try:
        payload = codec.dumps(reply)
    except codec.CodecError as exc:
        payload = codec.dumps({"op": "error", "i": i, "kind": "output", "message": str(exc), "line": None, "stdout": "",
                               "n": reply.get("n")})
    except MemoryError:
        payload = codec.dumps({"op": "error", "i": i, "kind": "memory", "message": "MemoryError while sending the result",
                               "line": None, "stdout": "", "n": reply.get("n")})
    write_frame(fd, payload)
