"""Plain data over a byte stream: JSON for structure, raw bytes for arrays, nothing that can run code.

Both sides use this module, but only the orchestrator's decoder matters for safety: it accepts
JSON and numpy arrays of bool, integer or float dtype (raw little-endian bytes whose dtype and shape
are checked against the byte count), and pandas DataFrames and Series built from those parts only
(frames.py), and nothing else. No pickle, ever; no format that can name a
Python object.

Decoding is bounded in memory and CPU, whatever the peer sends: the JSON part, the number of
containers and values, string and integer sizes, nesting depth and dict keys whose hashes collide
are capped, and each array blob may be referenced once only (a blob referenced twice would be
copied twice). Every failure is a CodecError, never another exception.

numpy is imported lazily: a child for a problem without numpy never has it loaded.
"""

from __future__ import annotations

import copy
import json
import math
import re
import struct
import sys
from typing import Any

from offerloop.judge import frames

MAX_DEPTH = 64
ARRAY_KINDS = "biuf"  # bool, signed int, unsigned int, float
MAX_HEAD = 16 * 2**20          # bytes of JSON in one frame
MAX_CONTAINERS = 1_000_000     # lists and objects in the JSON, counted before parsing
MAX_NODES = 2_000_000          # decoded values in one frame
MAX_STRING = 1_000_000         # characters in one string
MAX_BIGINT_DIGITS = 1000       # digits of one integer beyond 64 bits
MAX_DIM = 2**31                # one array dimension
MAX_HASH_COLLISIONS = 16       # dict keys sharing a hash, per dict (quadratic insertion otherwise)
_BIGINT = re.compile(r"-?[0-9]{1,%d}" % MAX_BIGINT_DIGITS)


class CodecError(ValueError):
    """The value is not plain data (or the bytes are not a valid frame)."""


def _numpy():
    """numpy when this process has it loaded (the encoder needs nothing else)."""
    return sys.modules.get("numpy")


def _encode(value: Any, blobs: list[bytes], depth: int, np: Any) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError("the value is nested too deeply")
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        if abs(value) >= 2**63:
            if value.bit_length() > MAX_BIGINT_DIGITS * 3.32:
                raise CodecError(f"integers over {MAX_BIGINT_DIGITS} digits are not plain data here")
            return {"__bigint__": str(value)}
        return value
    if type(value) is float:
        if math.isnan(value) or math.isinf(value):
            return {"__float__": repr(value)}
        return value
    if np is not None and isinstance(value, np.ndarray):
        if type(value) is not np.ndarray:
            raise CodecError("numpy array subclasses are not plain data; return a plain numpy array")
        if value.dtype.kind not in ARRAY_KINDS:
            raise CodecError(f"arrays of dtype {value.dtype} are not plain data; use a numeric or bool dtype")
        # Raw bytes plus dtype and shape: much cheaper than .npy, whose header is parsed with literal_eval.
        arr = np.ascontiguousarray(value)
        if arr.dtype.byteorder == ">":
            arr = arr.astype(arr.dtype.newbyteorder("<"))
        blobs.append(arr.tobytes())
        return {"__nd__": len(blobs) - 1, "dtype": arr.dtype.str, "shape": list(arr.shape)}
    if np is not None and isinstance(value, np.generic):
        if value.dtype.kind not in ARRAY_KINDS:
            raise CodecError(f"numpy scalars of dtype {value.dtype} are not plain data")
        return _encode(value.item(), blobs, depth + 1, np)
    if type(value) is list:
        # Fast path for the common flat lists of numbers: JSON takes them as they are.
        kinds = set(map(type, value))
        if kinds == {int} and -2**63 < min(value) and max(value) < 2**63:
            return value
        if kinds == {float} and all(map(math.isfinite, value)):
            return value
        return [_encode(v, blobs, depth + 1, np) for v in value]
    if type(value) is tuple:
        return {"__tuple__": [_encode(v, blobs, depth + 1, np) for v in value]}
    if type(value) is dict:
        items = []
        for k, v in value.items():
            if k is not None and type(k) not in (str, int, float, bool):
                raise CodecError(f"dict keys of type {type(k).__name__} are not plain data")
            items.append([_encode(k, blobs, depth + 1, np), _encode(v, blobs, depth + 1, np)])
        return {"__dict__": items}
    if type(value) in (set, frozenset):
        raise CodecError("sets are not plain data here; return a sorted list")
    pd = sys.modules.get("pandas")
    pd = pd if pd is not None and hasattr(pd, "DataFrame") and hasattr(pd, "Series") else None  # not half-imported by another thread
    if pd is not None and isinstance(value, pd.DataFrame | pd.Series):
        try:
            tag, body = frames.to_plain(value, pd, np)
        except frames.FrameError as exc:
            raise CodecError(str(exc)) from None
        except Exception as exc:  # an odd frame pandas itself trips on: not plain data, not a crash
            raise CodecError(f"this {type(value).__name__} could not be encoded ({type(exc).__name__})") from None
        return {tag: _encode(body, blobs, depth + 1, np)}
    raise CodecError(f"a value of type {type(value).__name__} is not plain data")


def dumps(value: Any) -> bytes:
    """Encode plain data to bytes: [4-byte JSON length][JSON][for each array: 8-byte length + raw bytes]."""
    blobs: list[bytes] = []
    tree = _encode(value, blobs, 0, _numpy())
    head = json.dumps(tree, separators=(",", ":"), allow_nan=False).encode()
    parts = [struct.pack("<I", len(head)), head]
    for blob in blobs:
        parts.append(struct.pack("<Q", len(blob)))
        parts.append(blob)
    return b"".join(parts)


class _Decoder:
    def __init__(self, blobs: list[bytes]):
        self.blobs = blobs
        self.used: set[int] = set()
        self.nodes = 0

    def node(self, node: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise CodecError("the value is nested too deeply")
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise CodecError(f"the value has more than {MAX_NODES} parts")
        t = type(node)
        if node is None or t in (bool, int, float):
            return node
        if t is str:
            if len(node) > MAX_STRING:
                raise CodecError(f"a string is longer than {MAX_STRING} characters")
            return node
        if t is list:
            # Lists of numbers, and lists of such lists (rows, pairs, intervals), are most of a big
            # input: the checks node() would make on each item, made once for all.
            if depth < MAX_DEPTH:
                kinds = set(map(type, node))
                if kinds <= _SCALARS:
                    self._count(len(node))
                    return node
                if kinds == {list} and depth + 1 < MAX_DEPTH and all(set(map(type, row)) <= _SCALARS for row in node):
                    self._count(len(node) + sum(map(len, node)))
                    return node
            return [self.node(v, depth + 1) for v in node]
        if t is dict and len(node) == 3 and set(node) == {"__nd__", "dtype", "shape"}:
            return self.array(node)
        if t is dict and len(node) == 1:
            (tag, body), = node.items()
            if tag == "__tuple__" and type(body) is list:
                return tuple(self.node(v, depth + 1) for v in body)
            if tag == "__float__" and body in ("nan", "inf", "-inf"):
                return float(body)
            if tag == "__bigint__" and type(body) is str and _BIGINT.fullmatch(body):
                return int(body)
            if tag == "__dict__" and type(body) is list:
                return self.dict(body, depth)
            if tag in ("__frame__", "__series__"):
                # Decoded as plain data first (bounded like any value), then checked and built.
                try:
                    return frames.from_plain(tag, self.node(body, depth + 1))
                except frames.FrameError as exc:
                    raise CodecError(str(exc)) from None
        raise CodecError("an unknown kind of value in the data")

    def _count(self, n: int) -> None:
        self.nodes += n
        if self.nodes > MAX_NODES:
            raise CodecError(f"the value has more than {MAX_NODES} parts")

    def dict(self, body: list, depth: int) -> dict:
        out: dict = {}
        hashes: set[int] = set()
        collisions = 0
        for pair in body:
            if type(pair) is not list or len(pair) != 2:
                raise CodecError("a malformed dict entry")
            key = self.node(pair[0], depth + 1)
            if key is not None and type(key) not in (str, int, float, bool):
                raise CodecError("a malformed dict key")
            # Keys crafted to share one hash make each insertion scan all the others.
            h = hash(key)
            if h in hashes:
                collisions += 1
                if collisions > MAX_HASH_COLLISIONS:
                    raise CodecError("too many dict keys with the same hash")
            hashes.add(h)
            out[key] = self.node(pair[1], depth + 1)
        return out

    def array(self, node: dict):
        import numpy as np

        index, dtype, shape = node["__nd__"], node["dtype"], node["shape"]
        if type(index) is not int or not 0 <= index < len(self.blobs):
            raise CodecError("an array reference out of range")
        if index in self.used:
            raise CodecError("an array blob referenced twice")
        self.used.add(index)
        if type(dtype) is not str or dtype not in ALLOWED_DTYPES:
            raise CodecError("an array dtype that is not a plain numeric type")
        if (type(shape) is not list or len(shape) > 32
                or any(type(d) is not int or not 0 <= d < MAX_DIM for d in shape)):
            raise CodecError("a malformed array shape")
        dt = np.dtype(dtype)
        blob = self.blobs[index]
        if math.prod(shape) * dt.itemsize != len(blob):
            raise CodecError("array bytes that do not match its shape")
        # A writable copy, owned by the caller, of exactly the plain type np.ndarray.
        return np.frombuffer(blob, dtype=dt).reshape(shape).copy()


_SCALARS = frozenset({int, float, bool, type(None)})
_LONG_DIGITS = re.compile(rb"[0-9]{20}")
ALLOWED_DTYPES = frozenset({"|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8"})


def _parse_int(text: str) -> int:
    if len(text) > 20:  # the encoder writes bigger integers as __bigint__
        raise CodecError("an integer literal that is too long")
    return int(text)


def loads(data: bytes, max_array_bytes: int = 256 * 2**20) -> Any:
    """Decode bytes written by dumps; raises CodecError on anything that is not plain data."""
    try:
        (head_len,) = struct.unpack_from("<I", data, 0)
        if head_len > MAX_HEAD:
            raise CodecError("the structured part of the data is too large")
        head = data[4:4 + head_len]
        if len(head) != head_len:
            raise CodecError("a truncated frame")
        if head.count(b"[") + head.count(b"{") > MAX_CONTAINERS:
            raise CodecError("the value has too many lists and dicts")
        # The integer hook costs a call per number; without 20 digits in a row anywhere, no literal
        # can be long enough for it to refuse, so plain int() does the same.
        long_ints = _LONG_DIGITS.search(head) is not None
        tree = json.loads(head.decode("utf-8"), **({"parse_int": _parse_int} if long_ints else {}))
        pos = 4 + head_len
        arrays: list[bytes] = []
        while pos < len(data):
            (n,) = struct.unpack_from("<Q", data, pos)
            pos += 8
            if n > max_array_bytes or pos + n > len(data):
                raise CodecError("an array blob too large or truncated")
            arrays.append(data[pos:pos + n])
            pos += n
        return _Decoder(arrays).node(tree, 0)
    except CodecError:
        raise
    except RecursionError:
        raise CodecError("the value is nested too deeply") from None
    except MemoryError:
        raise CodecError("the value is too large to read") from None
    except Exception as exc:  # struct, json, unicode, numpy errors: all mean "not a valid frame"
        raise CodecError(f"not a valid frame ({type(exc).__name__})") from None


_IMMUTABLE = frozenset({int, float, str, bool, type(None)})


def fresh_copy(value):
    """A deep copy of case data, as copy.deepcopy makes it but several times faster on the lists of
    numbers and rows that big inputs are made of. No memo: decoded data shares nothing, and the
    orchestrator's copies (for the reference, checkers and contracts) then match what a child
    decodes. Anything but plain containers and scalars (arrays, frames, nodes) goes to deepcopy."""
    t = type(value)
    if t is list:
        if set(map(type, value)) <= _IMMUTABLE:
            return value[:]
        return [fresh_copy(v) for v in value]
    if t is dict:
        return {k: fresh_copy(v) for k, v in value.items()}
    if t is tuple:
        return tuple(fresh_copy(v) for v in value)
    if t in _IMMUTABLE:
        return value
    return copy.deepcopy(value)  # arrays, frames
