from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([1, 2, 4], [1, 3, 4], name="interleaved"),
        case([], [0], name="one list empty"),
    ]


def hidden(rng):
    cases = [
        case([], [], name="both empty"),
        case([5], [], name="second list empty"),
        case([1, 2, 3], [4, 5, 6], name="one after the other"),
        case([4, 5, 6], [1, 2, 3], name="the second comes first"),
        case([2, 2, 2], [2, 2], name="all equal"),
        case([-5, -1, 3], [-4, 0, 10, 11, 12], name="negatives and a long tail"),
        case([1], [0, 2, 3, 4], name="one value in the middle"),
    ]
    for n, m in ((10, 3), (200, 150), (1, 50)):
        cases.append(case(sorted(_ints(rng, n, -100, 100)), sorted(_ints(rng, m, -100, 100)), name=f"random {n} and {m}"))
    return cases


def scaling_input(n, rng):
    return case(sorted(_ints(rng, n // 2, 0, 10**6)), sorted(_ints(rng, n // 2, 0, 10**6)))


def check_case(args, kwargs):
    """The prompt's promise: l1 and l2 are lists of integers sorted in non-decreasing order (either may be empty)."""
    for values in args:
        assert isinstance(values, list) and all(type(v) is int for v in values), "both lists hold integers"
        assert all(a <= b for a, b in zip(values, values[1:])), "both inputs are sorted in non-decreasing order"
    assert len(args) == 2 and not kwargs, "two lists, l1 and l2"
