from offerloop.judge.cases import case

SWEEP_SEEDS = 10  # integers only, no float boundary; up to 5,040 orderings a case


def _distinct(rng, n):
    return [int(v) for v in rng.choice(range(-30, 31), size=n, replace=False)]


def visible():
    return [
        case([1, 2, 3], name="three numbers"),
        case([], name="no numbers"),
    ]


def hidden(rng):
    cases = [
        case([4], name="one number"),
        case([0, 1], name="two numbers"),
        case([3, -2, 7, 0], name="four numbers"),
        case([6, 4, 2, 1, 3, 5, 7], name="seven numbers"),
    ]
    for n in (2, 3, 4, 5, 6):
        cases.append(case(_distinct(rng, n), name=f"random {n} numbers"))
    return cases


def check_case(args, kwargs):
    (nums,) = args
    assert all(type(v) is int for v in nums), "nums are integers"
    assert len(set(nums)) == len(nums), "the prompt promises distinct numbers"
    assert len(nums) <= 7, "at most 7 numbers"


def check(args, kwargs, output, expected):
    (nums,) = args
    if not isinstance(output, (list, tuple)) or not all(isinstance(p, (list, tuple)) for p in output):
        return False, "return a list of lists"
    got = [tuple(p) for p in output]
    if len(set(got)) != len(got):
        return False, "an ordering appears twice"
    want = sorted(nums)
    for p in got:
        if sorted(p) != want:
            return False, f"{list(p)} is not an ordering of {nums}"
    if len(got) != len(expected):
        return False, f"{len(got)} orderings, expected {len(expected)}"
    return True, ""
