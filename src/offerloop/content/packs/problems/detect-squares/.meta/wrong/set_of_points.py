class DetectSquares:
    # Keeps a set of points: copies are lost.
    def __init__(self):
        self.points = set()

    def add(self, point):
        self.points.add(tuple(point))

    def count(self, point):
        qx, qy = point
        return sum(1 for x, y in self.points
                   if abs(x - qx) == abs(y - qy) and x != qx and (x, qy) in self.points and (qx, y) in self.points)
