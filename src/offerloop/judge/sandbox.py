"""The layers applied to a child before it touches user code.

Order matters: descriptors and environment first, then rlimits, no-new-privileges, capabilities,
Landlock (the ruleset is built once in the zygote and only enforced here), and the seccomp filter
last, because it forbids syscalls the earlier steps need. A layer the machine lacks is skipped and
reported; the others still apply.
"""

from __future__ import annotations

import ctypes
import errno
import os
import resource
import sys
import sysconfig
from pathlib import Path

from offerloop.judge.layers import landlock_abi, libc, libseccomp

# Landlock ---------------------------------------------------------------------------------------
SYS_LANDLOCK_CREATE_RULESET = 444
SYS_LANDLOCK_ADD_RULE = 445
SYS_LANDLOCK_RESTRICT_SELF = 446
LANDLOCK_RULE_PATH_BENEATH = 1
FS_EXECUTE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 2, 1 << 3
FS_ALL_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1,
                 5: (1 << 16) - 1, 6: (1 << 16) - 1, 7: (1 << 16) - 1}
NET_ALL = (1 << 2) - 1  # bind and connect on TCP ports (ABI 4+)
SCOPE_ALL = (1 << 2) - 1  # abstract unix sockets and signals to other domains (ABI 6+)
O_PATH = getattr(os, "O_PATH", 0o10000000)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _site_dirs() -> set[str]:
    sitedirs = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    return sitedirs | {p for p in sys.path if p.endswith(("site-packages", "dist-packages"))}


# Distribution folder names that differ from the module's name.
_DIST_ALIASES = {"sklearn": ("scikit_learn",), "dateutil": ("python_dateutil",), "yaml": ("PyYAML",)}


def loaded_site_packages() -> set[str]:
    """Top-level names of the installed (site-packages) modules this process has loaded."""
    sites = [str(Path(s).resolve()) + os.sep for s in _site_dirs() if os.path.isdir(s)]
    names: set[str] = set()
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if not path:
            continue
        try:
            full = str(Path(path).resolve())
        except OSError:
            continue
        for site in sites:
            if full.startswith(site):
                names.add(full[len(site):].split(os.sep)[0].split(".")[0])
    names.discard("offerloop")
    return names


def _names(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def readable_roots(any_site_package: bool = True) -> list[Path]:
    """What a child may read: the standard library, system libraries and, of the installed
    packages, only those the zygote has loaded (all but offerloop when any import is allowed).
    offerloop's own folder, which holds the reference solutions, is never readable."""
    roots: list[Path] = []
    exclude_prefixes = ("offerloop", "__editable__", "_offerloop", "__pycache__")
    libdirs = {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"]}
    sitedirs = _site_dirs()
    allowed: set[str] | None = None
    if not any_site_package:
        allowed = set()
        for name in loaded_site_packages():
            allowed.add(name.lower())
            allowed.update(a.lower() for a in _DIST_ALIASES.get(name, ()))

    def add_children(folder: Path, skip: set[str], only: set[str] | None) -> None:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name in skip or name.lower().startswith(exclude_prefixes):
                continue
            # numpy, numpy.libs, numpy-2.x.dist-info, six.py all belong to their top-level name.
            if only is not None and name.split(".")[0].split("-")[0].lower() not in only:
                continue
            roots.append(entry)

    for lib in sorted(libdirs):
        add_children(Path(lib), {"site-packages", "dist-packages"}, None)
    for site in sorted(sitedirs):
        add_children(Path(site), set(), allowed)
    for system in ("/usr/lib", "/lib", "/usr/lib64", "/lib64"):
        # The system's shared libraries, but not its own Python packages: a child could put them
        # on sys.path and import what the allowlist keeps out.
        add_children(Path(system), {n for n in _names(system) if n.startswith("python")}, None)
    for system in ("/etc/ld.so.cache", "/usr/share/zoneinfo"):
        if os.path.exists(system):
            roots.append(Path(system))
    # An editable install keeps offerloop's code out of site-packages; never add its source folder.
    seen, unique = set(), []
    for r in roots:
        key = str(r.resolve()) if r.exists() else str(r)
        if key not in seen:
            seen.add(key)
            unique.append(r)
    return unique


def build_landlock_ruleset(any_site_package: bool = True) -> int | None:
    """Create the read-only ruleset once (in the zygote); children enforce it with one syscall."""
    abi = landlock_abi()
    if abi <= 0:
        return None
    fn = libc().syscall
    fn.restype = ctypes.c_long
    attr = _RulesetAttr(FS_ALL_BY_ABI.get(abi, FS_ALL_BY_ABI[7]), NET_ALL if abi >= 4 else 0,
                        SCOPE_ALL if abi >= 6 else 0)
    size = 24 if abi >= 6 else (16 if abi >= 4 else 8)
    ruleset = fn(ctypes.c_long(SYS_LANDLOCK_CREATE_RULESET), ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        return None
    for root in readable_roots(any_site_package):
        try:
            fd = os.open(root, O_PATH | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            access = FS_EXECUTE | FS_READ_FILE | (FS_READ_DIR if root.is_dir() else 0)
            rule = _PathBeneath(access, fd)
            fn(ctypes.c_long(SYS_LANDLOCK_ADD_RULE), ctypes.c_int(ruleset), ctypes.c_int(LANDLOCK_RULE_PATH_BENEATH),
               ctypes.byref(rule), ctypes.c_uint32(0))
        finally:
            os.close(fd)
    os.set_inheritable(int(ruleset), True)
    return int(ruleset)


# seccomp ----------------------------------------------------------------------------------------
SCMP_ACT_ALLOW = 0x7FFF0000
SCMP_CMP_EQ = 4
SCMP_CMP_MASKED_EQ = 7
PR_SET_PDEATHSIG = 1


def SCMP_ACT_ERRNO(e: int) -> int:  # noqa: N802 - mirrors the C macro
    return 0x00050000 | (e & 0xFFFF)


class _ArgCmp(ctypes.Structure):
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64), ("datum_b", ctypes.c_uint64)]


IPC_SYSCALLS = (
    "shmget", "shmat", "shmdt", "shmctl", "msgget", "msgsnd", "msgrcv", "msgctl", "semget", "semop",
    "semtimedop", "semctl", "ipc", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive",
    "mq_notify", "mq_getsetattr",
)
# Everything that could reach outside the child: network, new programs or processes, signals to
# others, other processes' memory, kernel features that bypass the filter, and filesystem changes.
DENIED_SYSCALLS = (
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "sendto", "sendmsg",
    "sendmmsg", "recvfrom", "recvmsg", "recvmmsg", "execve", "execveat", "fork", "vfork", "clone",
    "clone3", "ptrace", "kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo",
    "pidfd_open", "pidfd_send_signal", "pidfd_getfd", "process_vm_readv", "process_vm_writev",
    "mount", "umount2", "unshare", "setns", "pivot_root", "chroot", "bpf", "perf_event_open",
    "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd", "keyctl", "add_key",
    "request_key", "setrlimit", "prlimit64", "reboot", "swapon", "swapoff", "init_module",
    "finit_module", "delete_module", "kexec_load", "kexec_file_load", "setuid", "setgid",
    "setreuid", "setregid", "setresuid", "setresgid", "setgroups", "capset", "memfd_create",
    "unlink", "unlinkat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "rmdir", "link",
    "linkat", "symlink", "symlinkat", "mknod", "mknodat", "chmod", "fchmod", "fchmodat", "chown",
    "fchown", "lchown", "fchownat", "truncate", "utime", "utimes", "utimensat", "futimesat",
    "openat2", "name_to_handle_at", "open_by_handle_at", "fanotify_init", "inotify_init",
    "inotify_init1", "seccomp", "landlock_create_ruleset", "landlock_add_rule", "landlock_restrict_self",
    "setpriority", "sched_setaffinity", "ioprio_set", "personality", "acct", "quotactl",
    "mbind", "migrate_pages", "move_pages", "vhangup", "syslog", "sethostname", "setdomainname",
    # The new mount API and other ways around the lists above.
    "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
    "process_madvise", "kcmp", "lookup_dcookie", "uselib", "modify_ldt", "ioperm", "iopl",
    "fanotify_mark", "quotactl_fd", "memfd_secret",
) + (
    # Kernel objects that outlive the process and are not counted by its rlimits: System V shared
    # memory, message queues and semaphores, and POSIX message queues. A child that could create
    # them would keep memory past its limit and its verdict, and pass data to a later submission.
) + IPC_SYSCALLS
WRITE_FLAGS = (os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_TRUNC, os.O_APPEND)


_FILTER: int | None = None


def build_seccomp_filter() -> int | None:
    """Build the filter once (in the zygote); a child only loads it. Returns libseccomp's context."""
    global _FILTER
    if _FILTER is not None:
        return _FILTER
    lib = libseccomp()
    if lib is None:
        return None
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_syscall_resolve_name.restype = ctypes.c_int
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(_ArgCmp)]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    ctx = lib.seccomp_init(SCMP_ACT_ALLOW)
    if not ctx:
        return None
    deny = SCMP_ACT_ERRNO(errno.EPERM)
    for name in DENIED_SYSCALLS:
        nr = lib.seccomp_syscall_resolve_name(name.encode())
        if nr < 0:
            continue  # not on this architecture
        lib.seccomp_rule_add_array(ctx, deny, nr, 0, None)
    # Opening a file for writing, creating or truncating it is refused, whatever the path.
    for name, arg in (("open", 1), ("openat", 2), ("creat", None)):
        nr = lib.seccomp_syscall_resolve_name(name.encode())
        if nr < 0:
            continue
        if arg is None:
            lib.seccomp_rule_add_array(ctx, deny, nr, 0, None)
            continue
        for flag in WRITE_FLAGS:
            cmp = (_ArgCmp * 1)(_ArgCmp(arg, SCMP_CMP_MASKED_EQ, flag, flag))
            lib.seccomp_rule_add_array(ctx, deny, nr, 1, cmp)
    # The parent-death signal (SIGKILL when the zygote goes) must stay as the zygote set it.
    nr = lib.seccomp_syscall_resolve_name(b"prctl")
    if nr >= 0:
        cmp = (_ArgCmp * 1)(_ArgCmp(0, SCMP_CMP_EQ, PR_SET_PDEATHSIG, 0))
        lib.seccomp_rule_add_array(ctx, deny, nr, 1, cmp)
    _FILTER = ctx
    return ctx


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_BPF: ctypes.Array | None = None
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2


def export_bpf() -> ctypes.Array | None:
    """The filter compiled to BPF once, so a child installs it with one prctl instead of recompiling."""
    global _BPF
    ctx = build_seccomp_filter()
    if ctx is None:
        return None
    lib = libseccomp()
    lib.seccomp_export_bpf.argtypes = [ctypes.c_void_p, ctypes.c_int]
    r, w = os.pipe()
    try:
        if lib.seccomp_export_bpf(ctx, w) != 0:
            return None
        os.close(w)
        w = -1
        data = b""
        while chunk := os.read(r, 65536):
            data += chunk
    finally:
        os.close(r)
        if w >= 0:
            os.close(w)
    _BPF = ctypes.create_string_buffer(data, len(data))
    return _BPF


def install_seccomp() -> bool:
    if _BPF is not None:
        prog = _SockFprog(len(_BPF) // 8, ctypes.cast(_BPF, ctypes.c_void_p).value)
        return libc().prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) == 0
    ctx = build_seccomp_filter()
    if ctx is None:
        return False
    return libseccomp().seccomp_load(ctx) == 0


def prepare(any_site_package: bool = True) -> int | None:
    """Everything a child will need, done once in the zygote before any fork (after it has loaded
    what its problems allow); returns the Landlock ruleset."""
    libc()
    export_bpf()
    return build_landlock_ruleset(any_site_package)


# capabilities -----------------------------------------------------------------------------------
class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_capabilities() -> bool:
    """Root's capabilities would let the child raise its own limits; drop them all."""
    hdr = _CapHeader(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (_CapData * 2)()
    return libc().capset(ctypes.byref(hdr), data) == 0


def set_parent_death_signal(parent: int) -> None:
    """SIGKILL this (forked) process when its parent, the zygote, dies; exit at once if it
    already has (the signal only covers deaths after the call)."""
    libc().prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(72)


CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 8, 4096, 16384, 1 << 18


def hide_paths(paths: list[str]) -> bool:
    """Give this process (the zygote, and so every child it forks) a private mount namespace in
    which each path is covered by an empty read-only tmpfs, so a child cannot even stat the data
    dir (the database) or offerloop's own files (packs, reference solutions). Done once per zygote;
    False when the kernel does not allow it (the other layers still apply)."""
    c = libc()
    if c.unshare(CLONE_NEWNS) != 0:
        uid, gid = os.getuid(), os.getgid()
        if c.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
            return False
        try:
            for name, text in (("setgroups", "deny"), ("uid_map", f"0 {uid} 1"), ("gid_map", f"0 {gid} 1")):
                with open(f"/proc/self/{name}", "w") as f:
                    f.write(text)
        except OSError:
            return False
    # Private first: a mount made before this succeeds could propagate to the host's namespace.
    if c.mount(b"none", b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return False
    done = True
    needed = [Path(p).resolve() for p in (sys.prefix, sys.base_prefix, *_site_dirs(),
                                          sysconfig.get_paths()["stdlib"]) if p]
    for path in paths:
        if any(n.is_relative_to(Path(path)) for n in needed):
            continue  # a data dir holding the interpreter or its packages stays visible
        target = path.encode()
        if os.path.isdir(path):
            ok = c.mount(b"tmpfs", target, b"tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, b"size=4k,mode=0555") == 0
        elif os.path.exists(path):
            ok = c.mount(b"/dev/null", target, None, MS_BIND, None) == 0
        else:
            continue
        done = done and ok
    return done


PR_SET_NO_NEW_PRIVS = 38
PR_SET_DUMPABLE = 4


HIDDEN: dict[str, bool] = {}  # set by the zygote: whether hide_paths took effect


# A child's whole environment: only what libraries loaded later need to stay single-threaded
# (threads are refused anyway). The zygote sets it on itself once, so a child finds it in place.
CHILD_ENV = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}


def vm_bytes() -> int:
    """This process's virtual memory size (a child's RLIMIT_AS is this plus the problem's memory)."""
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def enter(sock_fd: int, *, memory_mb: int, cpu_seconds: int, ruleset_fd: int | None,
          vm_now: int | None = None) -> dict[str, bool]:
    """Lock the current (child) process down. Returns which layers took effect. vm_now: the
    virtual memory size of the process forked from (the zygote reads it as it forks: the same
    mappings, read there without copying this process's pages); read here when not given."""
    applied: dict[str, bool] = {}
    os.setsid()
    devnull = os.open("/dev/null", os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    keep = sorted({0, 1, 2, sock_fd} | ({ruleset_fd} if ruleset_fd is not None else set()))
    previous = -1
    for fd in keep:
        if previous + 1 < fd:  # closerange(a, a) would close everything on some Pythons
            os.closerange(previous + 1, fd)
        previous = fd
    os.closerange(previous + 1, 65536)
    applied["descriptors closed"] = True
    if dict(os.environ) != CHILD_ENV:  # checked, not assumed: the zygote's is CHILD_ENV already
        os.environ.clear()
        os.environ.update(CHILD_ENV)
    applied["environment cleared"] = True

    if vm_now is None:
        vm_now = vm_bytes()
    limit = vm_now + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))
    resource.setrlimit(resource.RLIMIT_NPROC, (0, 0))
    applied["rlimits"] = True

    c = libc()
    applied["no-new-privileges"] = c.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0
    c.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # no /proc/<pid>/mem peeking, no core
    if ruleset_fd is not None:
        fn = c.syscall
        fn.restype = ctypes.c_long
        ok = fn(ctypes.c_long(SYS_LANDLOCK_RESTRICT_SELF), ctypes.c_int(ruleset_fd), ctypes.c_uint32(0)) == 0
        os.close(ruleset_fd)
        applied["landlock"] = ok
    else:
        applied["landlock"] = False
    applied["capabilities dropped"] = drop_capabilities()
    if HIDDEN:
        applied["private files hidden"] = HIDDEN.get("ok", False)
    applied["seccomp filter"] = install_seccomp()
    # SysV IPC and POSIX message queues are denied by the same filter; reported as a layer of its own.
    applied["IPC denied"] = applied["seccomp filter"]
    return applied
