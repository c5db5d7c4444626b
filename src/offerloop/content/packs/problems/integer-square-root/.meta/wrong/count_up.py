def floor_sqrt(x):
    r = 0
    while (r + 1) * (r + 1) <= x:  # O(sqrt x): a billion steps for 10**18
        r += 1
    return r
