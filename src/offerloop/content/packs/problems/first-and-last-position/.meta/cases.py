from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 8  # integers only, no float boundary; each seed replays a bulk driver

BULK = """
def drive(ns):
    # Long sorted lists built in place: runs of equal values, each list searched many times.
    value_range = ns["value_range"]
    out = []
    for run, count, base, step, picks in {lists!r}:
        nums = []
        for i in range(count):
            nums.extend([base + step * i] * run)
        checksum = 0
        for j, p in enumerate(picks):
            target = base + step * p + (j % 2)  # odd positions ask for a value between two runs
            first, last = value_range(nums, target)
            checksum = (checksum * 31 + (first + 2) * 1000003 + last + 2) % 1000000007
        out.append(checksum)
    return out
"""


def _sorted_runs(rng, n, lo, hi):
    return sorted(int(v) for v in rng.integers(lo, hi + 1, size=n))


def visible():
    return [
        case([5, 7, 7, 8, 8, 8, 10], 8, name="a run of three"),
        case([5, 7, 7, 8, 8, 8, 10], 6, name="absent, inside the range"),
        case([2, 2], 2, name="everything"),
    ]


def hidden(rng):
    cases = [
        case([], 0, name="empty"),
        case([4], 4, name="one value, present"),
        case([4], 5, name="one value, absent"),
        case([1, 2, 3], 1, name="the first value"),
        case([1, 2, 3], 3, name="the last value"),
        case([1, 1, 1, 2], 1, name="a run at the start"),
        case([0, 3, 3, 3], 3, name="a run at the end"),
        case([1, 3, 5], 0, name="below everything"),
        case([1, 3, 5], 9, name="above everything"),
        case([-5, -5, -2, 0, 0], -5, name="negative values"),
    ]
    for n, lo, hi in ((20, 0, 5), (300, -50, 50), (2000, 0, 10)):
        nums = _sorted_runs(rng, n, lo, hi)
        cases.append(case(nums, nums[int(rng.integers(n))], name=f"random {n} values, present"))
        cases.append(case(nums, hi + 1 if rng.random() < 0.5 else lo - 1, name=f"random {n} values, absent"))
    lists = []
    for run, count in ((100000, 2), (100, 2000), (1, 200000)):
        # On the long runs every even pick hits a run of 100,000: walking it is ~10^8 steps in all.
        picks = ([int(v) for v in rng.integers(0, count, size=3000)] if run == 100000
                 else [int(v) for v in rng.integers(-2, count + 2, size=1500)])
        lists.append((run, count, int(rng.integers(-10**6, 10**6)), int(rng.integers(2, 6)), picks))
    cases.append(driver(BULK.format(lists=lists), name="6000 searches in lists of 200000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own lists: runs of equal values, ascending
        return
    nums, target = args
    assert all(type(v) is int for v in nums) and type(target) is int, "integers"
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums is sorted"
