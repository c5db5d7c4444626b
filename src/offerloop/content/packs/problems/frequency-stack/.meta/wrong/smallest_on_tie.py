class FreqStack:
    def __init__(self):
        self.count = {}

    def push(self, x):
        self.count[x] = self.count.get(x, 0) + 1

    def pop(self):
        # Ties go to the largest value instead of the latest copy.
        x = max((c, v) for v, c in self.count.items() if c > 0)[1]
        self.count[x] -= 1
        return x
