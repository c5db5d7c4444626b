from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary; the trie alternative is the slow part


def visible():
    return [
        case([3, 10, 5, 25, 2, 8], name="five and twenty-five"),
        case([7, 7], name="two equal values"),
        case([0, 2147483647], name="zero and the top"),
    ]


def hidden(rng):
    cases = [
        case([0, 0], name="two zeros"),
        case([1, 2], name="two small"),
        case([2**30, 2**30 + 1, 1], name="the top bit decides"),
        case([8, 10, 2], name="max with min is not best"),
        case([14, 70, 53, 83, 49, 91, 36, 80, 92, 51, 66, 70], name="a dozen values"),
        case([2**31 - 1, 2**31 - 1, 2**30], name="top values repeat"),
        case([5] * 20 + [6], name="many repeats"),
    ]
    for n in (4, 60, 800):
        cases.append(case([int(v) for v in rng.integers(0, 2**31, size=n)], name=f"random {n}"))
    cases.append(case([int(v) for v in rng.integers(0, 2**31, size=100) & ~1], name="random even values"))
    cases.append(case([int(v) for v in rng.integers(2**30, 2**31, size=50)], name="top bit always set"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 2**31, size=n)])


def check_case(args, kwargs):
    (nums,) = args
    assert 2 <= len(nums) <= 100_000, "2 to 100000 values"
    assert all(type(v) is int and 0 <= v < 2**31 for v in nums), "values are integers in [0, 2^31)"
