from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 1, 2, 2, 3], 2, name="clear winners"),
        case([4, 4, 5, 5, 6], 2, name="a tie broken by value"),
    ]


def hidden(rng):
    cases = [
        case([9], 1, name="one value"),
        case([3, 1, 2], 3, name="all tied, k = all"),
        case([-1, -1, 2, 2, 2], 1, name="negative values"),
        case([5, 3, 5, 3, 1, 1, 7], 2, name="three-way tie"),
        case([2, 2, 1, 1, 1, 3, 3, 3, 3], 3, name="counts 4, 3, 2"),
    ]
    for n in (10, 80, 400):
        nums = [int(v) for v in rng.integers(0, max(3, n // 4), size=n)]
        distinct = len(set(nums))
        cases.append(case(nums, int(rng.integers(1, distinct + 1)), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, n // 4, size=n)], 10)
