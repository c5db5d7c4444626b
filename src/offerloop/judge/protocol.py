"""Length-prefixed frames over a stream descriptor, with plain read/write syscalls only.

The orchestrator reads and writes with a deadline that covers the whole frame (header and body),
on a non-blocking descriptor: a peer that sends half a frame and sleeps, or stops reading while we
write, costs us at most the deadline. The child reads and writes without one (it is killed from
outside when it overstays).
"""

from __future__ import annotations

import os
import select
import struct
import time

HEADER = struct.Struct("<Q")
MAX_FRAME = 64 * 2**20  # a bigger answer than this is refused, not read


class ChannelClosed(EOFError):
    """The other side closed the descriptor (or died)."""


class FrameTooLarge(ValueError):
    """The other side announced a frame over the limit."""


class FrameTimeout(TimeoutError):
    """The whole frame did not go through before the deadline."""


def _wait(fd: int, deadline: float | None, writing: bool) -> None:
    if deadline is None:
        return
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FrameTimeout()
    poller = select.poll()
    poller.register(fd, (select.POLLOUT if writing else select.POLLIN) | select.POLLHUP | select.POLLERR)
    if not poller.poll(max(1, int(remaining * 1000 + 0.999))):
        raise FrameTimeout()


def write_frame(fd: int, payload: bytes, deadline: float | None = None) -> None:
    """Send one frame; with a deadline (time.monotonic()), the descriptor must be non-blocking."""
    data = HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        _wait(fd, deadline, True)
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            continue
        view = view[written:]


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes:
    chunks, remaining = [], n
    while remaining:
        _wait(fd, deadline, False)
        try:
            chunk = os.read(fd, min(remaining, 1 << 20))
        except BlockingIOError:
            continue
        if not chunk:
            raise ChannelClosed()
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int, max_size: int = MAX_FRAME, deadline: float | None = None) -> bytes:
    (size,) = HEADER.unpack(_read_exact(fd, HEADER.size, deadline))
    if size > max_size:
        raise FrameTooLarge(size)
    return _read_exact(fd, size, deadline)
