class TimeMap:
    def __init__(self):
        self.versions = {}

    def set(self, key, value, timestamp):
        self.versions.setdefault(key, []).append((timestamp, value))

    def get(self, key, timestamp):
        for t, v in reversed(self.versions.get(key, [])):  # O(n) per get
            if t <= timestamp:
                return v
        return ""
