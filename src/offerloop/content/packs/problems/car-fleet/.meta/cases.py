from offerloop.judge.cases import case

SWEEP_SEEDS = 60  # times are ratios whose distinct values differ by >= 1e-4; equal ratios are equal floats


def _trucks(rng, n, target, max_speed=100):
    pos = [int(v) for v in rng.choice(target, size=n, replace=False)]
    spd = [int(v) for v in rng.integers(1, max_speed + 1, size=n)]
    return pos, spd


def visible():
    return [
        case(12, [10, 8, 0, 5, 3], [2, 4, 1, 1, 3], name="the example"),
        case(10, [3], [3], name="one truck"),
    ]


def hidden(rng):
    cases = [
        case(5, [], [], name="no trucks"),
        case(100, [0, 2, 4], [4, 2, 1], name="all merge into one"),
        case(10, [6, 8], [3, 2], name="they meet exactly at the depot"),
        case(10, [0, 4, 2], [2, 1, 3], name="no one catches up"),
        case(10, [9, 0], [1, 100], name="faster but too far back"),
        case(20, [0, 10], [1, 1], name="same speed keeps the gap"),
        case(1000000, [0, 999999], [100, 1], name="long road"),
        case(13, [5, 1, 3, 10, 7], [1, 4, 2, 1, 5], name="unsorted input, mixed fate"),
    ]
    for n, target, ms in ((8, 30, 5), (60, 1000, 100), (500, 10**6, 100), (300, 400, 3)):
        pos, spd = _trucks(rng, n, target, ms)
        cases.append(case(target, pos, spd, name=f"random {n} trucks"))
    return cases


def scaling_input(n, rng):
    # One shared speed: nobody catches anybody, so every truck is its own convoy.
    pos, _ = _trucks(rng, n, 10**6)
    return case(10**6, pos, [int(rng.integers(1, 101))] * n)


def check_case(args, kwargs):
    target, position, speed = args
    assert type(target) is int and 1 <= target <= 10**6, "1 <= target <= 10**6"
    assert len(position) == len(speed), "position and speed have the same length"
    assert len(set(position)) == len(position), "positions are distinct"
    assert all(type(p) is int and 0 <= p < target for p in position), "0 <= position < target"
    assert all(type(s) is int and 1 <= s <= 100 for s in speed), "1 <= speed <= 100"
