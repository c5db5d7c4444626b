class FreqStack:
    """push(x) adds x; pop() removes and returns the most frequent value, latest first on ties."""

    def __init__(self):
        raise NotImplementedError

    def push(self, x):
        raise NotImplementedError

    def pop(self):
        raise NotImplementedError
