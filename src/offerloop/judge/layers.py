"""Which sandbox layers this kernel and machine offer. Detection only; the sandbox applies them."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from dataclasses import dataclass
from functools import lru_cache

SYS_LANDLOCK_CREATE_RULESET = 444  # same number on x86_64 and aarch64
LANDLOCK_CREATE_RULESET_VERSION = 1


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    detail: str


@lru_cache(maxsize=1)
def libc():
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True)
    except OSError:
        return ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


@lru_cache(maxsize=1)
def landlock_abi() -> int:
    """The Landlock ABI version the kernel offers, or 0 when it has none."""
    try:
        fn = libc().syscall
        fn.restype = ctypes.c_long
        version = fn(ctypes.c_long(SYS_LANDLOCK_CREATE_RULESET), None, ctypes.c_size_t(0),
                     ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION))
        return int(version) if version > 0 else 0
    except (OSError, AttributeError):
        return 0


@lru_cache(maxsize=1)
def libseccomp():
    for path in ("libseccomp.so.2", ctypes.util.find_library("seccomp")):
        if not path:
            continue
        try:
            return ctypes.CDLL(path, use_errno=True)
        except OSError:
            continue
    return None


def detect_layers() -> list[Layer]:
    """One entry per layer of the sandbox, with whether it can be used here."""
    layers = [
        Layer("rlimits", True, "address space, CPU, processes, file size, open files, core dumps"),
        Layer("descriptors closed", True, "every descriptor but the child's socket to the judge"),
        Layer("environment cleared", True, "the child starts with an empty environment"),
        Layer("no-new-privileges", hasattr(libc(), "prctl"), "prctl(PR_SET_NO_NEW_PRIVS)"),
    ]
    seccomp = libseccomp()
    layers.append(Layer("seccomp filter", seccomp is not None,
                        "libseccomp found" if seccomp is not None else "libseccomp.so.2 not found (apt-get install libseccomp2)"))
    layers.append(Layer("IPC denied", seccomp is not None,
                        "System V shared memory, message queues and semaphores and POSIX message queues refused by the seccomp filter"
                        if seccomp is not None else "needs the seccomp filter"))
    layers.append(Layer("private files hidden", hasattr(libc(), "unshare"),
                        "the data dir and offerloop's own files covered in the zygote's mount namespace (not even stat)"))
    abi = landlock_abi()
    layers.append(Layer("landlock", abi > 0, f"ABI v{abi}" if abi else "kernel without Landlock"))
    has_pidfd = hasattr(os, "pidfd_open")
    layers.append(Layer("pidfd deadline", has_pidfd, "SIGKILL through a pidfd" if has_pidfd else "plain SIGKILL by pid"))
    return layers
