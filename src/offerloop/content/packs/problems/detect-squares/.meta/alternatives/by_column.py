class DetectSquares:
    # Points grouped by column: for a query, the stored points in its own column fix the side.
    def __init__(self):
        self.cnt = {}
        self.column = {}

    def add(self, point):
        x, y = point
        self.cnt[(x, y)] = self.cnt.get((x, y), 0) + 1
        self.column.setdefault(x, {})
        self.column[x][y] = self.column[x].get(y, 0) + 1

    def count(self, point):
        qx, qy = point
        total = 0
        for y, c in self.column.get(qx, {}).items():
            side = y - qy
            if side == 0:
                continue
            for x in (qx - side, qx + side):
                total += c * self.cnt.get((x, qy), 0) * self.cnt.get((x, y), 0)
        return total
