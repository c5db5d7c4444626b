from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def _queries(rng, n, q, wide=False):
    out = []
    for _ in range(q):
        if wide:
            l = int(rng.integers(0, n // 4 + 1))
            r = int(rng.integers(3 * n // 4, n))
        else:
            l, r = sorted(int(v) for v in rng.integers(0, n, size=2))
        out.append([l, r])
    return out


def visible():
    return [case([-2, 0, 3, -5, 2, -1], [[0, 2], [2, 5], [0, 5]], name="three queries")]


def hidden(rng):
    cases = [
        case([5], [[0, 0]], name="one value"),
        case([1, 2, 3], [], name="no queries"),
        case([4, -4, 9], [[1, 1], [0, 0], [2, 2]], name="single positions"),
        case([1, 2, 3, 4], [[0, 3], [0, 3]], name="the whole list twice"),
        case([3, 1, 4, 1, 5], [[3, 4], [0, 1]], name="ranges at both ends"),
        case([-1, -2, -3], [[0, 2], [1, 2]], name="negatives"),
    ]
    for n, q in ((10, 10), (300, 200), (2000, 50)):
        cases.append(case(_ints(rng, n, -1000, 1000), _queries(rng, n, q), name=f"random n={n}, q={q}"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, -1000, 1000), _queries(rng, n, n, wide=True))


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers; every query is [left, right] with 0 <= left <= right < len(nums)."""
    nums, queries = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert isinstance(queries, list), "queries is a list"
    for q in queries:
        assert isinstance(q, list) and len(q) == 2 and all(type(x) is int for x in q), f"{q!r} is not [left, right]"
        assert 0 <= q[0] <= q[1] < len(nums), f"{q!r} breaks 0 <= left <= right < len(nums)"
