"""Length-prefixed frames over a stream descriptor, with plain read/write syscalls only."""

from __future__ import annotations

import os
import struct

HEADER = struct.Struct("<Q")
MAX_FRAME = 64 * 2**20  # a bigger answer than this is refused, not read


class ChannelClosed(EOFError):
    """The other side closed the descriptor (or died)."""


class FrameTooLarge(ValueError):
    """The other side announced a frame over the limit."""


def write_frame(fd: int, payload: bytes) -> None:
    data = HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_exact(fd: int, n: int) -> bytes:
    chunks, remaining = [], n
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise ChannelClosed()
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_size: int = MAX_FRAME) -> bytes:
    (size,) = HEADER.unpack(_read_exact(fd, HEADER.size))
    if size > max_size:
        raise FrameTooLarge(size)
    return _read_exact(fd, size)
