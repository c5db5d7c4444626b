def make_counter(start=0, step=1):
    current = start

    def next_value():
        nonlocal current
        current += step   # the first call skips start
        return current

    def reset():
        nonlocal current
        current = start

    return next_value, reset
