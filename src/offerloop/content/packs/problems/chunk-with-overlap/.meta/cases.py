from offerloop.judge.cases import case


def visible():
    return [
        case(list(range(10)), 4, 2, name="ten tokens, size 4, overlap 2"),
        case(list("abcdefg"), 3, 0, name="no overlap, a short last chunk"),
    ]


def hidden(rng):
    cases = [
        case([], 4, 1, name="an empty document"),
        case([1, 2], 5, 2, name="shorter than one chunk"),
        case(list(range(8)), 4, 0, name="exact multiple, no overlap"),
        case(list(range(11)), 4, 3, name="step of one token"),
        case(list(range(9)), 5, 2, name="a partial tail"),
    ]
    for i in range(4):
        n = int(rng.integers(5, 40))
        size = int(rng.integers(2, 10))
        cases.append(case(list(range(n)), size, int(rng.integers(0, size)), name=f"random n={n}, size={size}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a list, size a positive int, 0 <= overlap < size."""
    tokens, size, overlap = args
    assert isinstance(tokens, list), "tokens must be a list"
    assert type(size) is int and type(overlap) is int and 0 <= overlap < size, f"size {size!r}, overlap {overlap!r}: 0 <= overlap < size"
