from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 8  # integers only, no float boundary; each seed replays a bulk driver

BULK = """
def drive(ns):
    # A few long profiles built in place (arithmetic climbs and descents), each asked many times.
    peak = ns["peak_index"]
    out = []
    for n, p, base, up, down in {profiles!r}:
        top = base + up * p
        heights = list(range(base, top, up)) + list(range(top, top - down * (n - p), -down))
        got = [peak(heights) for _ in range({calls})]
        out.append(got[0] if all(g == got[0] for g in got) else "answers differ between calls")
    return out
"""


def _mountain(rng, n, p=None):
    p = int(rng.integers(1, n - 1)) if p is None else p
    up = sorted(int(v) for v in rng.choice(10**6, size=p, replace=False))
    top = 10**6 + int(rng.integers(1, 100))
    down = sorted((int(v) for v in rng.choice(10**6, size=n - p - 1, replace=False)), reverse=True)
    return up + [top] + down


def visible():
    return [
        case([1, 4, 9, 7, 2], name="summit in the middle"),
        case([0, 10, 5], name="three points"),
    ]


def hidden(rng):
    cases = [
        case([1, 3, 2], name="smallest mountain"),
        case([1, 2, 3, 4, 0], name="summit just before the end"),
        case([0, 9, 8, 7, 6, 5], name="summit just after the start"),
        case([-5, -1, -3], name="negative heights"),
        case([1, 2, 1000000, 3, 2], name="a tall summit"),
    ]
    for n in (7, 50, 1000):
        cases.append(case(_mountain(rng, n), name=f"random profile of {n}"))
    cases.append(case(_mountain(rng, 100, p=1), name="random profile, summit at index 1"))
    cases.append(case(_mountain(rng, 100, p=98), name="random profile, summit second to last"))
    n = 200000
    profiles = [(n, int(rng.integers(1, n - 1)), int(rng.integers(-10**6, 10**6)), int(rng.integers(1, 5)),
                 int(rng.integers(1, 5))) for _ in range(3)]
    profiles.append((n, 1, 0, 1, 1))
    profiles.append((n, n - 2, 0, 1, 1))
    cases.append(driver(BULK.format(profiles=profiles, calls=800), name="4000 calls on profiles of 200000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own profiles: arithmetic climbs and descents
        return
    (heights,) = args
    assert len(heights) >= 3 and all(type(v) is int for v in heights), "at least 3 integers"
    p = heights.index(max(heights))
    assert 0 < p < len(heights) - 1, "the summit is not at an end"
    assert all(a < b for a, b in zip(heights[:p], heights[1:p + 1])), "strictly rising to the summit"
    assert all(a > b for a, b in zip(heights[p:], heights[p + 1:])), "strictly falling after it"
