from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 40  # integers only, no float boundary

BULK = """
def drive(ns):
    # A few long rotated lists built in place, each searched many times.
    find_min = ns["find_min"]
    out = []
    for n, k, base, step in {arrays!r}:
        nums = list(range(base + step * k, base + step * n, step)) + list(range(base, base + step * k, step))
        got = [find_min(nums) for _ in range({calls})]
        out.append(got[0] if all(g == got[0] for g in got) else "answers differ between calls")
    return out
"""


def _rotated(rng, n, lo=-10**6, hi=10**6, k=None):
    values = sorted(int(v) for v in rng.choice(hi - lo, size=n, replace=False) + lo)
    k = int(rng.integers(0, n)) if k is None else k
    return values[n - k:] + values[:n - k] if k else values


def visible():
    return [
        case([41, 52, 60, 3, 8, 17], name="rotated in the middle"),
        case([2, 4, 6, 8], name="not rotated"),
        case([9, 1], name="two values, rotated"),
    ]


def hidden(rng):
    cases = [
        case([5], name="one value"),
        case([1, 9], name="two values, sorted"),
        case([3, 4, 5, 1, 2], name="minimum after the middle"),
        case([5, 1, 2, 3, 4], name="minimum at index 1"),
        case([2, 3, 4, 5, 1], name="minimum last"),
        case([-3, -1, -8, -6, -5], name="negative values"),
        case([7, 8, 9, 10, 11, 12, 13, 0], name="rotated by one from the end"),
    ]
    for n in (3, 10, 101, 1000):
        cases.append(case(_rotated(rng, n), name=f"random rotation of {n}"))
    cases.append(case(_rotated(rng, 64, k=0), name="random sorted list of 64"))
    n = 200000
    arrays = [(n, int(rng.integers(0, n)), int(rng.integers(-10**6, 10**6)), int(rng.integers(1, 6)))
              for _ in range(4)]
    arrays.append((n, 0, int(rng.integers(-10**6, 10**6)), 1))
    cases.append(driver(BULK.format(arrays=arrays, calls=800), name="4000 calls on lists of 200000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own lists: rotations of distinct ascending ranges
        return
    (nums,) = args
    assert nums, "nums is non-empty"
    assert len(set(nums)) == len(nums), "values are distinct"
    drops = sum(1 for a, b in zip(nums, nums[1:]) if b < a)
    assert drops == 0 or (drops == 1 and nums[-1] < nums[0]), "nums is a rotated ascending list"
