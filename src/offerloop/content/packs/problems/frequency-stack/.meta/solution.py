class FreqStack:
    def __init__(self):
        self.count = {}
        self.levels = {}
        self.max_level = 0

    def push(self, x):
        c = self.count.get(x, 0) + 1
        self.count[x] = c
        self.levels.setdefault(c, []).append(x)
        if c > self.max_level:
            self.max_level = c

    def pop(self):
        stack = self.levels[self.max_level]
        x = stack.pop()
        self.count[x] -= 1
        if not stack:
            self.max_level -= 1
        return x
