"""Plain data over a byte stream: JSON for structure, .npy for arrays, nothing that can run code.

Both sides use this module, but only the orchestrator's decoder matters for safety: it accepts
JSON and numpy arrays of bool, integer or float dtype (raw little-endian bytes whose dtype and shape
are checked against the byte count), and nothing else. No pickle, ever; no format that can name a
Python object.
"""

from __future__ import annotations

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
        # Raw bytes plus dtype and shape: much cheaper than .npy, whose header is parsed with literal_eval.
        arr = np.ascontiguousarray(value)
        if arr.dtype.byteorder == ">":
            arr = arr.astype(arr.dtype.newbyteorder("<"))
        blobs.append(arr.tobytes())
        return {"__nd__": len(blobs) - 1, "dtype": arr.dtype.str, "shape": list(arr.shape)}
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


def _decode(node: Any, arrays: list[bytes], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise CodecError("nested too deeply")
    if node is None or type(node) in (bool, int, float, str):
        return node
    if type(node) is list:
        return [_decode(v, arrays, depth + 1) for v in node]
    if type(node) is dict and set(node) == {"__nd__", "dtype", "shape"}:
        return _array(node, arrays)
    if type(node) is dict and len(node) == 1:
        (tag, body), = node.items()
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


ALLOWED_DTYPES = frozenset({"|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8"})


def _array(node: dict, blobs: list[bytes]) -> np.ndarray:
    index, dtype, shape = node["__nd__"], node["dtype"], node["shape"]
    if type(index) is not int or not 0 <= index < len(blobs):
        raise CodecError("array reference out of range")
    if dtype not in ALLOWED_DTYPES:
        raise CodecError(f"array dtype {dtype!r} is not a plain numeric type")
    if type(shape) is not list or len(shape) > 32 or any(type(d) is not int or d < 0 for d in shape):
        raise CodecError("malformed array shape")
    dt = np.dtype(dtype)
    blob = blobs[index]
    if math.prod(shape) * dt.itemsize != len(blob):
        raise CodecError("array bytes do not match its shape")
    # A writable copy, owned by the caller, of exactly the plain type np.ndarray.
    return np.frombuffer(blob, dtype=dt).reshape(shape).copy()


def loads(data: bytes, max_array_bytes: int = 256 * 2**20) -> Any:
    """Decode bytes written by dumps; raises CodecError on anything that is not plain data."""
    try:
        (head_len,) = struct.unpack_from("<I", data, 0)
        head = data[4:4 + head_len]
        if len(head) != head_len:
            raise CodecError("truncated frame")
        tree = json.loads(head.decode("utf-8"))
        pos = 4 + head_len
        arrays: list[bytes] = []
        while pos < len(data):
            (n,) = struct.unpack_from("<Q", data, pos)
            pos += 8
            if n > max_array_bytes or pos + n > len(data):
                raise CodecError("array blob too large or truncated")
            arrays.append(data[pos:pos + n])
            pos += n
    except CodecError:
        raise
    except Exception as exc:  # struct, json, numpy format errors: all mean "not a valid frame"
        raise CodecError(f"not a valid frame ({type(exc).__name__})") from None
    return _decode(tree, arrays, 0)
