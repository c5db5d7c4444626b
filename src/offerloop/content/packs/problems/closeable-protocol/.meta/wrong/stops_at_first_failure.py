from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


def close_all(objects):
    report = {"closed": [], "failed": [], "skipped": []}
    for i, obj in enumerate(objects):
        if not isinstance(obj, Closeable):
            report["skipped"].append(i)
            continue
        try:
            obj.close()
        except Exception:
            report["failed"].append(i)
            break   # the rest stay open
        report["closed"].append(i)
    return report
