from offerloop.judge.cases import case


def visible():
    return [
        case([3, 6, 7, 11], 8, name="speed four"),
        case([30, 11, 23, 4, 20], 5, name="one hour per pile"),
        case([30, 11, 23, 4, 20], 6, name="one spare hour"),
    ]


def hidden(rng):
    cases = [
        case([1], 1, name="one banana"),
        case([1000], 3, name="one big pile, three hours"),
        case([5, 5, 5], 15, name="plenty of time"),
        case([2, 2], 2, name="exactly one hour each"),
        case([312884470], 312884469, name="needs speed two"),
        case([7, 8, 9], 4, name="one pile gets two hours"),
    ]
    for n in (5, 30, 150):
        piles = [int(v) for v in rng.integers(1, 1000, size=n)]
        h = n + int(rng.integers(0, 3 * n))
        cases.append(case(piles, h, name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # Piles up to n with h close to n: the answer grows with n, so trying speeds one by one is quadratic.
    piles = [int(v) for v in rng.integers(n // 2, n, size=n)]
    return case(piles, n + n // 10)


def check_case(args, kwargs):
    """The prompt's promise: at least one pile, every pile a positive integer, len(piles) <= h."""
    piles, h = args
    assert isinstance(piles, list) and len(piles) >= 1, "there is at least one pile"
    assert all(type(p) is int and p >= 1 for p in piles), "every pile has at least one banana"
    assert type(h) is int and len(piles) <= h, "len(piles) <= h"
