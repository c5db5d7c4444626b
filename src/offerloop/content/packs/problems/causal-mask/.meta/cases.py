from offerloop.judge.cases import case


def visible():
    return [case(3, name="three positions"), case(4, window=2, name="window of two")]


def hidden(rng):
    cases = [
        case(1, name="a single position"),
        case(5, window=1, name="window 1: only itself"),
        case(4, window=10, name="window longer than the sequence"),
        case(6, window=3, name="window 3"),
    ]
    n = int(rng.integers(7, 20))
    cases.append(case(n, name=f"n = {n}"))
    cases.append(case(n, window=int(rng.integers(2, n)), name=f"n = {n}, random window"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: n a positive int, window None or a positive int."""
    n = args[0]
    window = args[1] if len(args) > 1 else kwargs.get("window")
    assert type(n) is int and n >= 1, f"n = {n!r} must be a positive int"
    assert window is None or (type(window) is int and window >= 1), f"window = {window!r}: None or a positive int"
