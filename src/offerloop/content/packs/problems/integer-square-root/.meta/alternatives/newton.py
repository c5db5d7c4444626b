def floor_sqrt(x):
    # Newton's iteration on integers, starting above the root; it decreases until it settles.
    if x < 2:
        return x
    r = 1 << ((x.bit_length() + 1) // 2)
    while True:
        nxt = (r + x // r) // 2
        if nxt >= r:
            return r
        r = nxt
