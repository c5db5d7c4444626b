class MedianFinder:
    # Correct, but sorts every number on each query: O(n log n) per call.
    def __init__(self):
        self.values = []

    def add_num(self, num):
        self.values.append(num)

    def find_median(self):
        s = sorted(self.values)
        n = len(s)
        return float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
