from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _number(rng, n, nines):
    """n digits, no leading zero, ending in `nines` nines (and a non-9 before them, if any)."""
    head = [int(v) for v in rng.integers(0, 10, size=n - nines)]
    if head:
        head[0] = int(rng.integers(1, 10))
        if len(head) > 1 or nines:
            head[-1] = int(rng.integers(0 if len(head) > 1 else 1, 9))
    return head + [9] * nines


def visible():
    return [
        case([1, 2, 3], name="no carry"),
        case([1, 9, 9], name="a carry"),
        case([9, 9], name="all nines"),
        case([0], name="zero"),
    ]


def hidden(rng):
    cases = [
        case([9], name="nine"),
        case([8], name="eight"),
        case([1, 0, 0, 9], name="a carry into a zero"),
        case([9] * 50000, name="fifty thousand nines"),
        case([5] + [0] * 4999, name="a long number without a carry"),
        case([2, 9, 0, 9], name="a nine before the end"),
    ]
    for n, nines in ((3, 1), (10, 0), (12, 5), (300, 30), (6000, 4000)):
        cases.append(case(_number(rng, n, nines), name=f"random {n} digits"))
    return cases


def scaling_input(n, rng):
    return case(_number(rng, n, n // 2))


def check_case(args, kwargs):
    (digits,) = args
    assert 1 <= len(digits) <= 50000, "1 to 50,000 digits"
    assert all(type(d) is int and 0 <= d <= 9 for d in digits), "digits 0..9"
    assert digits[0] != 0 or digits == [0], "no leading zero"
