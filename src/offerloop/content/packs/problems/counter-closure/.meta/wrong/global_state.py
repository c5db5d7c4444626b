_count = None


def make_counter(start=0, step=1):
    # A single global count: every counter shares it.
    global _count
    _count = start

    def next_value():
        global _count
        value = _count
        _count += step
        return value

    def reset():
        global _count
        _count = start

    return next_value, reset
