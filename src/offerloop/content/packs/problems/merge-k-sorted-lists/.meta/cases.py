from offerloop.judge.cases import case


def _lists(rng, k, total, lo=-100, hi=100):
    sizes = rng.multinomial(total, [1 / k] * k)
    return [sorted(int(v) for v in rng.integers(lo, hi, size=int(s))) for s in sizes]


def visible():
    return [
        case([[1, 4, 5], [1, 3, 4], [2, 6]], name="three lists"),
        case([[], [0]], name="an empty list"),
    ]


def hidden(rng):
    cases = [
        case([], name="no lists"),
        case([[], [], []], name="only empty lists"),
        case([[1, 2, 3]], name="one list"),
        case([[5, 5], [5], [5, 5, 5]], name="all equal"),
        case([[-3, 0, 7], [-10, -2], [8, 9]], name="negatives"),
        case([[1], [2], [3], [4], [5], [0]], name="many singletons"),
    ]
    for k, total in ((3, 15), (10, 60), (40, 300)):
        cases.append(case(_lists(rng, k, total), name=f"random {k} lists"))
    return cases


def scaling_input(n, rng):
    # k grows with N (about 10 values per list), which is what separates N log k from N k.
    k = max(2, n // 10)
    return case(_lists(rng, k, n, -10 ** 6, 10 ** 6))


def check_case(args, kwargs):
    """The prompt's promise: a list of lists of integers, each sorted in non-decreasing order (empty ones allowed)."""
    (lists,) = args
    assert isinstance(lists, list), "lists is a list"
    for values in lists:
        assert isinstance(values, list) and all(type(v) is int for v in values), "every list holds integers"
        assert all(a <= b for a, b in zip(values, values[1:])), f"a list is not sorted in non-decreasing order: {values[:10]}..."
