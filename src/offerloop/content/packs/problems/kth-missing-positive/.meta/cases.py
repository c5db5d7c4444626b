from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _taken(rng, n, density):
    """n sorted distinct positive integers, each gap to the next drawn so about `density` of numbers are taken."""
    return [int(v) for v in rng.geometric(density, size=n).cumsum()]


def visible():
    return [case([2, 3, 4, 7, 11], [1, 5, 6, 9], name="free numbers before, between and after")]


def hidden(rng):
    cases = [
        case([], [1, 4], name="nothing taken"),
        case([1, 2, 3, 4], [1, 2], name="no gaps: past the end"),
        case([5], [1, 4, 5, 6], name="one taken number"),
        case([1], [1], name="the first number taken"),
        case([2, 4, 6, 8], [1, 2, 3, 4, 5, 6], name="every other number"),
        case([3, 4, 5], [2, 3], name="the k-th free number right before and after a block"),
        case([1, 2, 10], [7, 8], name="the last free number before a taken one, and the next"),
        case([100], [99, 100, 1000], name="a large gap"),
    ]
    for n, q, d in ((6, 6, 0.5), (50, 30, 0.8), (400, 300, 0.3), (3000, 1000, 0.6)):
        arr = _taken(rng, n, d)
        limit = arr[-1] - n + 5
        ks = [int(v) for v in rng.integers(1, limit + 1, size=q)]
        cases.append(case(arr, ks, name=f"random n={n}, q={q}"))
    return cases


def scaling_input(n, rng):
    arr = _taken(rng, n, 0.5)
    return case(arr, [int(v) for v in rng.integers(1, arr[-1] - n + 3, size=n)])


def check_case(args, kwargs):
    """The prompt's promise: arr holds distinct positive integers ascending; every k is a positive integer."""
    arr, ks = args
    assert isinstance(arr, list) and all(type(v) is int and v >= 1 for v in arr), "arr holds positive integers"
    assert all(a < b for a, b in zip(arr, arr[1:])), "arr is sorted ascending with distinct values"
    assert isinstance(ks, list) and all(type(k) is int and k >= 1 for k in ks), "every k is a positive integer"
