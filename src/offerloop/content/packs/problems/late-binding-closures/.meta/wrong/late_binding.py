def make_multipliers(n):
    return [lambda x: i * x for i in range(n)]   # every function reads the last i
