def is_happy(n):
    def step(x):
        return sum(int(d) ** 2 for d in str(x))

    slow, fast = n, step(n)
    while slow != fast:
        slow, fast = step(slow), step(step(fast))
    return slow == 1
