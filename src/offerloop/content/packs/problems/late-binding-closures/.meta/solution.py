def make_multipliers(n):
    def make(i):
        def times(x):
            return i * x
        return times

    return [make(i) for i in range(n)]
