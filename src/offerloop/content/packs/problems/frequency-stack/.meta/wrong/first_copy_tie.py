class FreqStack:
    # Breaks ties by which value was first seen latest, not by the latest copy.
    def __init__(self):
        self.count, self.first = {}, {}
        self.clock = 0

    def push(self, x):
        self.clock += 1
        if self.count.get(x, 0) == 0:
            self.first[x] = self.clock
        self.count[x] = self.count.get(x, 0) + 1

    def pop(self):
        x = max((c, self.first[v], v) for v, c in self.count.items() if c > 0)[2]
        self.count[x] -= 1
        return x
