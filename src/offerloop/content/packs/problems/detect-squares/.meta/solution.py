class DetectSquares:
    def __init__(self):
        self.counts = {}
        self.points = []  # distinct points, in order of first appearance

    def add(self, point):
        key = (point[0], point[1])
        if key not in self.counts:
            self.counts[key] = 0
            self.points.append(key)
        self.counts[key] += 1

    def count(self, point):
        qx, qy = point
        total = 0
        for x, y in self.points:
            if abs(x - qx) != abs(y - qy) or x == qx:
                continue  # not a diagonal corner, or a square of zero area
            total += self.counts[(x, y)] * self.counts.get((x, qy), 0) * self.counts.get((qx, y), 0)
        return total
