from typing import Protocol


class Closeable(Protocol):   # isinstance(obj, Closeable) raises TypeError
    def close(self) -> None:
        ...


def close_all(objects):
    report = {"closed": [], "failed": [], "skipped": []}
    for i, obj in enumerate(objects):
        if not callable(getattr(obj, "close", None)):
            report["skipped"].append(i)
            continue
        try:
            obj.close()
        except Exception:
            report["failed"].append(i)
        else:
            report["closed"].append(i)
    return report
