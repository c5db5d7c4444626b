class DetectSquares:
    # Only looks for squares above and to the right of the query.
    def __init__(self):
        self.counts = {}

    def add(self, point):
        key = tuple(point)
        self.counts[key] = self.counts.get(key, 0) + 1

    def count(self, point):
        qx, qy = point
        total = 0
        for (x, y), c in self.counts.items():
            if x - qx == y - qy and x > qx:
                total += c * self.counts.get((x, qy), 0) * self.counts.get((qx, y), 0)
        return total
