from offerloop.judge.cases import case


def visible():
    return [
        case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, name="ten packages, five days"),
        case([3, 2, 2, 4, 1, 4], 3, name="six packages, three days"),
    ]


def hidden(rng):
    cases = [
        case([7], 1, name="one package"),
        case([1, 2, 3, 1, 1], 4, name="heaviest package decides"),
        case([10, 50, 1, 1], 4, name="one day per package"),
        case([5, 5, 5, 5], 1, name="everything in one day"),
        case([1, 1, 1, 1, 100], 2, name="a heavy package last"),
        case([4, 4, 4, 4, 4, 4], 4, name="equal weights"),
    ]
    for n in (6, 40, 200):
        weights = [int(v) for v in rng.integers(1, 50, size=n)]
        cases.append(case(weights, int(rng.integers(1, n + 1)), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # Few days: the answer is far above the heaviest package, so counting upward takes long.
    return case([int(v) for v in rng.integers(1, 100, size=n)], 4)


def check_case(args, kwargs):
    """The prompt's promise: weights are positive integers and 1 <= days <= len(weights)."""
    weights, days = args
    assert isinstance(weights, list) and all(type(w) is int and w >= 1 for w in weights), "weights are positive integers"
    assert type(days) is int and 1 <= days <= len(weights), "1 <= days <= len(weights)"
