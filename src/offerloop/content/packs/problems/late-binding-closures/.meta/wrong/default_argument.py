def make_multipliers(n):
    return [lambda x, i=i: i * x for i in range(n)]   # f(2, 100) is accepted
