from offerloop.judge.cases import case

SWEEP_SEEDS = 6  # integers only, no float boundary; a fixed case has 4,096 subsets


def _distinct(rng, n, lo=-20, hi=21):
    return [int(v) for v in rng.choice(range(lo, hi), size=n, replace=False)]


def visible():
    return [
        case([1, 2, 3], name="three numbers"),
        case([], name="no numbers"),
    ]


def hidden(rng):
    cases = [
        case([7], name="one number"),
        case([0, -1], name="zero and a negative"),
        case([5, 1, 4, 2], name="unsorted"),
        case([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], name="twelve numbers"),
    ]
    for n in (2, 3, 5, 6, 8, 10, 11):
        cases.append(case(_distinct(rng, n), name=f"random {n} numbers"))
    return cases


def check(args, kwargs, output, expected):
    if not isinstance(output, (list, tuple)) or not all(isinstance(s, (list, tuple)) for s in output):
        return False, "return a list of lists"
    got = sorted(tuple(sorted(s)) for s in output)
    if len(set(got)) != len(got):
        return False, "a subset appears twice"
    want = sorted(tuple(sorted(s)) for s in expected)
    if got != want:
        missing = sorted(set(want) - set(got))
        if missing:
            return False, f"missing subset {list(missing[0])}"
        return False, f"{len(got)} subsets, expected {len(want)}"
    return True, ""


def check_case(args, kwargs):
    (nums,) = args
    assert all(type(v) is int for v in nums), "nums are integers"
    assert len(set(nums)) == len(nums), "the prompt promises distinct numbers"
    assert len(nums) <= 12, "at most 12 numbers"
