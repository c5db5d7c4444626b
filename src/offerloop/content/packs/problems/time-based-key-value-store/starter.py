class TimeMap:
    """Versions per key; get(key, t) is the value of the latest version at or before t, else ""."""

    def __init__(self):
        raise NotImplementedError

    def set(self, key, value, timestamp):
        raise NotImplementedError

    def get(self, key, timestamp):
        raise NotImplementedError
