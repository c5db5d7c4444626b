def make_multipliers(n):
    def make(i):
        return lambda x: i * x

    return [make(i) for i in range(1, n + 1)]
