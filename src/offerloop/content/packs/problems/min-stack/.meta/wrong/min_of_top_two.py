class MinStack:
    def __init__(self):
        self.items, self.mins = [], []

    def push(self, x):
        self.items.append(x)
        self.mins.append(min(x, self.items[-2]) if len(self.items) > 1 else x)  # compares with the element, not its minimum

    def pop(self):
        self.items.pop()
        self.mins.pop()

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]
