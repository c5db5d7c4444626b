from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 6  # integers only, no float boundary; each seed replays a 0.3 s bulk driver

BULK = """
def drive(ns):
    # A few long rotated lists built in place, each searched for many targets, present and absent.
    search = ns["search_rotated"]
    out = []
    for n, k, base, step, picks in {arrays!r}:
        nums = list(range(base + step * k, base + step * n, step)) + list(range(base, base + step * k, step))
        checksum = 0
        for j, p in enumerate(picks):
            target = base + step * p + (j % 2)  # odd positions ask for a value between two others
            checksum = (checksum * 31 + search(nums, target) + 1) % 1000000007
        out.append(checksum)
    return out
"""


def _rotated(rng, n, lo=-10**6, hi=10**6, k=None):
    values = sorted(int(v) for v in rng.choice(hi - lo, size=n, replace=False) + lo)
    k = int(rng.integers(0, n)) if k is None else k
    return values[n - k:] + values[:n - k] if k else values


def visible():
    return [
        case([14, 19, 23, 2, 5, 9], 5, name="in the second run"),
        case([14, 19, 23, 2, 5, 9], 20, name="absent"),
        case([1, 3], 3, name="two values"),
    ]


def hidden(rng):
    cases = [
        case([5], 5, name="one value, present"),
        case([5], 4, name="one value, absent"),
        case([3, 1], 1, name="two values, rotated"),
        case([3, 1], 3, name="two values, rotated, first"),
        case([4, 5, 6, 7, 0, 1, 2], 4, name="the first value"),
        case([4, 5, 6, 7, 0, 1, 2], 2, name="the last value"),
        case([4, 5, 6, 7, 0, 1, 2], 3, name="absent, inside the range"),
        case([4, 5, 6, 7, 0, 1, 2], 8, name="absent, above everything"),
        case([1, 2, 3, 4, 5, 6], 6, name="not rotated, last"),
        case([6, 1, 2, 3, 4, 5], 6, name="rotated by one, at the front"),
    ]
    for n in (9, 100, 1000):
        nums = _rotated(rng, n)
        cases.append(case(nums, nums[int(rng.integers(n))], name=f"random rotation of {n}, present"))
        absent = int(rng.integers(-10**6, 10**6))
        while absent in nums:
            absent += 1
        cases.append(case(nums, absent, name=f"random rotation of {n}, absent"))
    n = 200000
    arrays = []
    for k in (int(rng.integers(1, n)), int(rng.integers(1, n)), 0, n - 1):
        picks = [int(v) for v in rng.integers(-5, n + 5, size=2000)]
        arrays.append((n, k, int(rng.integers(-10**6, 10**6)), int(rng.integers(2, 6)), picks))
    cases.append(driver(BULK.format(arrays=arrays), name="8000 searches in lists of 200000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own lists: rotations of distinct ascending ranges
        return
    nums, target = args
    assert nums, "nums is non-empty"
    assert len(set(nums)) == len(nums), "values are distinct"
    drops = sum(1 for a, b in zip(nums, nums[1:]) if b < a)
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0]), "nums is a rotated ascending list"
    assert type(target) is int, "target is an integer"
