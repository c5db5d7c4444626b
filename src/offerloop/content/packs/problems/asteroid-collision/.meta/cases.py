from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _rocks(rng, n, mass):
    masses = rng.integers(1, mass + 1, size=n)
    signs = rng.choice([-1, 1], size=n)
    return [int(m * s) for m, s in zip(masses, signs)]


def visible():
    return [
        case([5, 10, -5], name="the right one is destroyed"),
        case([8, -8], name="equal masses"),
        case([10, 2, -5], name="a chain of collisions"),
        case([-2, -1, 1, 2], name="nobody meets"),
    ]


def hidden(rng):
    cases = [
        case([], name="no rocks"),
        case([3], name="one rock"),
        case([-3], name="one rock drifting left"),
        case([1, -2], name="the left-drifting one wins"),
        case([1, 2, 3, -4], name="one rock destroys everything"),
        case([4, 1, 2, -3], name="survives two fights, loses the third"),
        case([2, 2, -2], name="an equal fight stops the left-drifting rock"),
        case([3, -1, -2, -3, 1], name="several left-drifters against one"),
        case([-1, 2, -1, -2, 1], name="mixed"),
    ]
    for n, mass in ((10, 5), (100, 3), (1000, 100), (3000, 1000)):
        cases.append(case(_rocks(rng, n, mass), name=f"random {n} rocks"))
    return cases


def scaling_input(n, rng):
    # Light rocks drifting right, each batch then wiped out by a heavy left-drifting rock.
    out = []
    while len(out) < n:
        out.extend(int(v) for v in rng.integers(1, 1000, size=49))
        out.append(-10**6)
    return case(out[:n])


def check_case(args, kwargs):
    (sizes,) = args
    assert all(type(v) is int and v != 0 for v in sizes), "non-zero integers"
