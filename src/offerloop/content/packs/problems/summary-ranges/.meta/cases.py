from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _runs(rng, n, max_run=5, max_gap=4, start=None):
    """n sorted distinct integers made of runs of 1..max_run values separated by gaps of 2..max_gap."""
    v = int(rng.integers(-50, 50)) if start is None else start
    out = []
    while len(out) < n:
        for _ in range(int(rng.integers(1, max_run + 1))):
            if len(out) < n:
                out.append(v)
                v += 1
        v += int(rng.integers(1, max_gap))  # the run already stepped by one: a gap of 2..max_gap
    return out


def visible():
    return [
        case([0, 1, 2, 4, 5, 7], name="three runs"),
        case([-3, -1, 0, 9], name="negatives and singles"),
    ]


def hidden(rng):
    cases = [
        case([], name="an empty list"),
        case([6], name="a single value"),
        case([1, 2, 3, 4, 5], name="one long run"),
        case([1, 3, 5, 7], name="no two consecutive"),
        case([1, 3, 4], name="the last run has two values"),
        case([-2, -1, 0, 1], name="a run across zero"),
        case([0, 2, 3, 4, 6, 8, 9], name="runs of several lengths"),
        case([10, 12], name="a gap of exactly two"),
    ]
    for n in (5, 40, 300, 2000):
        cases.append(case(_runs(rng, n), name=f"random runs, n={n}"))
    cases.append(case(_runs(rng, 200, max_run=1), name="random singles"))
    return cases


def scaling_input(n, rng):
    return case(_runs(rng, n, max_run=8))


def check_case(args, kwargs):
    """The prompt's promise: distinct integers sorted ascending."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert all(a < b for a, b in zip(nums, nums[1:])), "nums is sorted ascending with distinct values"
