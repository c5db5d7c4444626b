def make_counter(start=0, step=1):
    current = start

    def next_value():
        nonlocal current
        value = current
        current += step
        return value

    def reset():
        nonlocal current
        current = start

    return next_value, reset
