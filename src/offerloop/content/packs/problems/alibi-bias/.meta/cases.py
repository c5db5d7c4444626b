from offerloop.judge.cases import case


def visible():
    return [case(2, 3, name="two heads, three positions")]


def hidden(rng):
    return [
        case(1, 1, name="one head, one position"),
        case(1, 4, name="a single head: slope 1/256"),
        case(8, 5, name="eight heads"),
        case(4, 6, name="four heads"),
        case(16, 3, name="sixteen heads"),
        case(int(2 ** int(rng.integers(0, 5))), int(rng.integers(2, 10)), name="random size"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: n_heads is a power of two and T a positive int."""
    n_heads, T = args
    assert type(n_heads) is int and n_heads >= 1 and n_heads & (n_heads - 1) == 0, f"n_heads = {n_heads!r} is not a power of two"
    assert type(T) is int and T >= 1, f"T = {T!r} must be a positive int"
