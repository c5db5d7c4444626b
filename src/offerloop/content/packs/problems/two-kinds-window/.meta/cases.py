from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _row(rng, n, kinds, stay):
    """A row where each tree repeats the previous kind with probability stay."""
    out = []
    for _ in range(n):
        if out and rng.random() < stay:
            out.append(out[-1])
        else:
            out.append(int(rng.integers(0, kinds)))
    return out


def visible():
    return [
        case([1, 2, 1], name="two kinds throughout"),
        case([0, 1, 2, 2], name="the best stretch at the end"),
        case([1, 2, 3, 2, 2], name="the best stretch in the middle"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([7], name="one tree"),
        case([5, 5, 5], name="one kind"),
        case([1, 2, 3], name="three kinds, one each"),
        case([3, 3, 3, 1, 2, 1, 1, 2, 3, 3, 4], name="the window restarts inside a run"),
        case([1, 2, 1, 3, 1, 3, 1, 3, 2], name="a kind shared by two windows"),
        case([-1, 0, -1, 0, 5], name="negative and zero kinds"),
        case([4, 4, 9, 9, 4, 2, 2, 2, 2, 2], name="a single-kind run wins"),
    ]
    for n, kinds, stay in ((12, 3, 0.3), (200, 4, 0.5), (3000, 5, 0.6), (3000, 3, 0.2)):
        cases.append(case(_row(rng, n, kinds, stay), name=f"random row of {n}, {kinds} kinds"))
    return cases


def scaling_input(n, rng):
    # Long two-kind stretches (about n / 8 trees each) separated by a third kind.
    out, block = [], max(2, n // 8)
    while len(out) < n:
        a, b = int(rng.integers(0, 1000)), int(rng.integers(1000, 2000))
        out.extend(a if rng.random() < 0.5 else b for _ in range(block))
    return case(out[:n])


def check_case(args, kwargs):
    (items,) = args
    assert all(type(v) is int for v in items), "kinds are integers"
