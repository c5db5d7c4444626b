from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _number(rng, n):
    """A random n-digit number as a digit list, least significant first, no leading zero."""
    if n == 1:
        return [int(rng.integers(0, 10))]
    digits = [int(v) for v in rng.integers(0, 10, size=n - 1)]
    return digits + [int(rng.integers(1, 10))]


def visible():
    return [
        case([2, 7, 4], [5, 6], name="different lengths"),
        case([9, 9], [1], name="the carry makes a new digit"),
        case([0], [0], name="zero plus zero"),
    ]


def hidden(rng):
    cases = [
        case([5], [5], name="one digit each, carry"),
        case([0], [3, 2, 1], name="zero plus a number"),
        case([1, 2, 3], [0], name="a number plus zero"),
        case([9, 9, 9, 9, 9], [1], name="a carry through every digit"),
        case([1], [9, 9, 9, 9, 9], name="a carry through the longer second list"),
        case([3, 4, 2], [4, 6, 5], name="equal lengths, a carry in the middle"),
        case([6, 6], [4, 3], name="the ones digit carries, the last does not"),
    ]
    for n, m in ((5, 9), (60, 60), (400, 31), (1, 200)):
        cases.append(case(_number(rng, n), _number(rng, m), name=f"random {n} and {m} digits"))
    nines = [9] * 300
    cases.append(case(nines, [1], name="300 nines plus one"))
    return cases


def scaling_input(n, rng):
    return case(_number(rng, n // 2), _number(rng, n // 2))


def check_case(args, kwargs):
    for digits in args:
        assert digits, "both lists are non-empty"
        assert all(type(d) is int and 0 <= d <= 9 for d in digits), "every value is a digit"
        assert digits[-1] != 0 or digits == [0], "no leading zeros"
