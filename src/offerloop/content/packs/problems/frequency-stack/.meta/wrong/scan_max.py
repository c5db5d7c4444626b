class FreqStack:
    # Scans the whole history on every pop: O(n) per pop.
    def __init__(self):
        self.items, self.count = [], {}

    def push(self, x):
        self.items.append(x)
        self.count[x] = self.count.get(x, 0) + 1

    def pop(self):
        top = max(self.count.values())
        for i in range(len(self.items) - 1, -1, -1):
            x = self.items[i]
            if self.count[x] == top:
                del self.items[i]
                self.count[x] -= 1
                return x
