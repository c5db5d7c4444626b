from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only


def visible():
    return [
        case([3, 8, 5, 1], name="one stone is left"),
        case([4, 4], name="equal stones cancel"),
        case([6], name="a single stone"),
    ]


def hidden(rng):
    cases = [
        case([1, 1, 1], name="three ones"),
        case([10, 4, 4, 2, 2], name="the leftover is not the largest"),
        case([9, 3, 2, 2, 1], name="the leftover is reused at once"),
        case([2, 2, 2, 2], name="everything cancels"),
        case([1000000, 1], name="large weights"),
        case([7, 6, 5, 4, 3, 2, 1], name="descending"),
    ]
    for n in (6, 30, 200, 1000):
        cases.append(case([int(v) for v in rng.integers(1, 50 if n < 100 else 10 ** 6, size=n)], name=f"random pile of {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(1, 10 ** 6, size=n)])


def check_case(args, kwargs):
    (stones,) = args
    assert isinstance(stones, list) and 1 <= len(stones) <= 10000, "between 1 and a few thousand stones"
    assert all(type(s) is int and 1 <= s <= 10 ** 6 for s in stones), "weights are integers in 1..10^6"
