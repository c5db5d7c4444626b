class DetectSquares:
    # Right counts, but keeps every add call in a list and scans all of them per count.
    def __init__(self):
        self.added = []
        self.counts = {}

    def add(self, point):
        key = (point[0], point[1])
        self.added.append(key)
        self.counts[key] = self.counts.get(key, 0) + 1

    def count(self, point):
        qx, qy = point
        total = 0
        for x, y in self.added:
            if abs(x - qx) == abs(y - qy) and x != qx:
                total += self.counts.get((x, qy), 0) * self.counts.get((qx, y), 0)
        return total
