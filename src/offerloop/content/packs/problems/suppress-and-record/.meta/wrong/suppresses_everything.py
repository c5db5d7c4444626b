class Recorder:
    def __init__(self, *exc_types):
        self.exc_types = tuple(exc_types)
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.errors.append((exc_type.__name__, str(exc)))
        return True   # hides exceptions it was not asked to handle
