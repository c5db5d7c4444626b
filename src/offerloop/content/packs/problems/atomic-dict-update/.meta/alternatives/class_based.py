# Written differently: a class with __enter__/__exit__, copy.copy for the draft, and a
# write-back that deletes missing keys and sets the rest.
import copy


class atomic_update:
    def __init__(self, target):
        self.target = target

    def __enter__(self):
        self.draft = copy.copy(self.target)
        return self.draft

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for key in [k for k in self.target if k not in self.draft]:
                del self.target[key]
            self.target.update(self.draft)
        return False
