from offerloop.judge.cases import case


def visible():
    return [case(2, 4, name="two positions, d_model 4"), case(3, 2, name="d_model 2")]


def hidden(rng):
    return [
        case(1, 8, name="a single position"),
        case(50, 16, name="50 x 16"),
        case(10, 64, name="d_model 64"),
        case(int(rng.integers(5, 40)), 2 * int(rng.integers(2, 20)), name="random size"),
        case(2048, 4, name="far positions"),
    ]


def check_case(args, kwargs):
    """The prompt's promise: max_len >= 1 and an even d_model >= 2, both ints."""
    max_len, d_model = args
    assert type(max_len) is int and max_len >= 1, f"max_len = {max_len!r}: at least 1"
    assert type(d_model) is int and d_model >= 2 and d_model % 2 == 0, f"d_model = {d_model!r} must be even"
