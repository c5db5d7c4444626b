class MinStack:
    def __init__(self):
        self.items = []  # (value, minimum of the stack up to here)

    def push(self, x):
        low = x if not self.items or x < self.items[-1][1] else self.items[-1][1]
        self.items.append((x, low))

    def pop(self):
        self.items.pop()

    def top(self):
        return self.items[-1][0]

    def get_min(self):
        return self.items[-1][1]
