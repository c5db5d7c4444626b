from abc import ABC, abstractmethod


class Closeable(ABC):
    # nominal: only subclasses count, so duck-typed objects are skipped
    @abstractmethod
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
        else:
            report["closed"].append(i)
    return report
