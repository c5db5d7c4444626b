from offerloop.judge.cases import case


def visible():
    return [
        case([0, 0, 1], [1], name="a small split"),
        case([0, 1, 2], [0, 1, 2], name="three classes, equal sides"),
    ]


def hidden(rng):
    cases = [
        case([], [0, 1, 1, 0], name="an empty left side"),
        case([3, 3], [], name="an empty right side"),
        case([1], [0], name="a single sample each"),
        case([0, 0, 0, 0, 0, 1], [1], name="unequal sizes"),
        case([5, 5, 5], [7, 7], name="two pure sides"),
        case([0, 1, 2, 3, 4, 5, 6, 7], [0, 0], name="many classes"),
    ]
    for n_l, n_r, k in ((10, 5, 2), (40, 60, 4), (3, 30, 3)):
        cases.append(case(rng.integers(0, k, size=n_l).tolist(), rng.integers(0, k, size=n_r).tolist(), name=f"random {n_l}/{n_r}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: two lists of integer labels, at least one non-empty."""
    left, right = args
    assert isinstance(left, list) and isinstance(right, list), "y_left and y_right are lists"
    assert len(left) + len(right) >= 1, "at least one side is non-empty"
    assert all(type(v) is int for v in left + right), "labels are ints"
