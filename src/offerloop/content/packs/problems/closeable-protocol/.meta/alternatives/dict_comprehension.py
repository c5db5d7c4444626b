# Written differently: typing imported as a module, outcomes recorded per position and split
# into the three lists at the end.
import typing


@typing.runtime_checkable
class Closeable(typing.Protocol):
    def close(self) -> None: ...


def close_all(objects):
    outcome = {}
    for position, obj in enumerate(objects):
        if isinstance(obj, Closeable):
            try:
                obj.close()
                outcome[position] = "closed"
            except Exception:
                outcome[position] = "failed"
        else:
            outcome[position] = "skipped"
    return {kind: [p for p, k in outcome.items() if k == kind] for kind in ("closed", "failed", "skipped")}
