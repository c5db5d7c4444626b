"""Plain data over a byte stream: JSON for structure, .npy for arrays, nothing that can run code.

Both sides use this module, but only the orchestrator's decoder matters for safety: it accepts
JSON and numpy arrays of bool, integer or float dtype (loaded with allow_pickle=False), and
nothing else. No pickle, ever.
"""

from __future__ import annotations

import io
import json
import math
import struct
from typing import Any

import numpy as np

MAX_DEPTH = 64
ARRAY_KINDS = "biuf"  # bool, signed int, unsigned int, float


class CodecError(ValueError):
    """The value is not plain data (or the bytes are not a valid frame)."""


def _encode(value: Any, blobs: list[bytes], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError("the value is nested too deeply")
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        if abs(value) >= 2**63:
            return {"__bigint__": str(value)}
        return value
    if type(value) is float:
        if math.isnan(value) or math.isinf(value):
            return {"__float__": repr(value)}
        return value
    if isinstance(value, np.ndarray):
        if type(value) is not np.ndarray:
            raise CodecError("numpy array subclasses are not plain data; return a plain numpy array")
        if value.dtype.kind not in ARRAY_KINDS:
            raise CodecError(f"arrays of dtype {value.dtype} are not plain data; use a numeric or bool dtype")
        buf = io.BytesIO()
        np.save(buf, np.ascontiguousarray(value), allow_pickle=False)
        blobs.append(buf.getvalue())
        return {"__nd__": len(blobs) - 1}
    if isinstance(value, np.generic):
        if value.dtype.kind not in ARRAY_KINDS:
            raise CodecError(f"numpy scalars of dtype {value.dtype} are not plain data")
        return _encode(value.item(), blobs, depth + 1)
    if type(value) is list:
        return [_encode(v, blobs, depth + 1) for v in value]
    if type(value) is tuple:
        return {"__tuple__": [_encode(v, blobs, depth + 1) for v in value]}
    if type(value) is dict:
        items = []
        for k, v in value.items():
            if k is not None and type(k) not in (str, int, float, bool):
                raise CodecError(f"dict keys of type {type(k).__name__} are not plain data")
            items.append([_encode(k, blobs, depth + 1), _encode(v, blobs, depth + 1)])
        return {"__dict__": items}
    if type(value) in (set, frozenset):
        raise CodecError("sets are not plain data here; return a sorted list")
    raise CodecError(f"a value of type {type(value).__name__} is not plain data")


def dumps(value: Any) -> bytes:
    """Encode plain data to bytes: [4-byte JSON length][JSON][for each array: 8-byte length + .npy]."""
    blobs: list[bytes] = []
    tree = _encode(value, blobs, 0)
    head = json.dumps(tree, separators=(",", ":"), allow_nan=False).encode()
    parts = [struct.pack("<I", len(head)), head]
    for blob in blobs:
        parts.append(struct.pack("<Q", len(blob)))
        parts.append(blob)
    return b"".join(parts)


def _decode(node: Any, arrays: list[np.ndarray], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError("nested too deeply")
    if node is None or type(node) in (bool, int, float, str):
        return node
    if type(node) is list:
        return [_decode(v, arrays, depth + 1) for v in node]
    if type(node) is dict and len(node) == 1:
        (tag, body), = node.items()
        if tag == "__nd__" and type(body) is int and 0 <= body < len(arrays):
            return arrays[body]
        if tag == "__tuple__" and type(body) is list:
            return tuple(_decode(v, arrays, depth + 1) for v in body)
        if tag == "__float__" and body in ("nan", "inf", "-inf"):
            return float(body)
        if tag == "__bigint__" and type(body) is str and body.lstrip("-").isdigit() and len(body) < 5000:
            return int(body)
        if tag == "__dict__" and type(body) is list:
            out = {}
            for pair in body:
                if type(pair) is not list or len(pair) != 2:
                    raise CodecError("malformed dict entry")
                key = _decode(pair[0], arrays, depth + 1)
                if key is not None and type(key) not in (str, int, float, bool):
                    raise CodecError("malformed dict key")
                out[key] = _decode(pair[1], arrays, depth + 1)
            return out
    raise CodecError("unknown node in the data")


def loads(data: bytes, max_array_bytes: int = 256 * 2**20) -> Any:
    """Decode bytes written by dumps; raises CodecError on anything that is not plain data."""
    try:
        (head_len,) = struct.unpack_from("<I", data, 0)
        head = data[4:4 + head_len]
        if len(head) != head_len:
            raise CodecError("truncated frame")
        tree = json.loads(head.decode("utf-8"))
        pos = 4 + head_len
        arrays: list[np.ndarray] = []
        while pos < len(data):
            (n,) = struct.unpack_from("<Q", data, pos)
            pos += 8
            if n > max_array_bytes or pos + n > len(data):
                raise CodecError("array blob too large or truncated")
            arr = np.load(io.BytesIO(data[pos:pos + n]), allow_pickle=False)
            pos += n
            if type(arr) is not np.ndarray or arr.dtype.kind not in ARRAY_KINDS:
                raise CodecError("array of a non-numeric dtype")
            arrays.append(arr)
    except CodecError:
        raise
    except Exception as exc:  # struct, json, numpy format errors: all mean "not a valid frame"
        raise CodecError(f"not a valid frame ({type(exc).__name__})") from None
    return _decode(tree, arrays, 0)
