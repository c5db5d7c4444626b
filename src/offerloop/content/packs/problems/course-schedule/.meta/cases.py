from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _dag(rng, n, m):
    perm = [int(v) for v in rng.permutation(n)]
    pairs = []
    for _ in range(m):
        i, j = sorted(int(v) for v in rng.choice(n, size=2, replace=False))
        pairs.append([perm[j], perm[i]])   # perm[i] before perm[j]
    return pairs


def visible():
    return [
        case(2, [[1, 0]], name="one prerequisite"),
        case(4, [[1, 0], [2, 0], [3, 1], [3, 2]], name="a diamond"),
        case(2, [[1, 0], [0, 1]], name="a two-course cycle"),
    ]


def hidden(rng):
    cases = [
        case(1, [], name="one course"),
        case(3, [], name="no prerequisites"),
        case(1, [[0, 0]], name="a course requires itself"),
        case(3, [[1, 0], [1, 0], [2, 1]], name="repeated pair"),
        case(4, [[1, 0], [2, 1], [3, 2], [1, 3]], name="a cycle after a valid start"),
        case(5, [[0, 4], [1, 4], [2, 0], [2, 1], [3, 2]], name="prerequisites with high numbers"),
    ]
    for n, m in ((6, 8), (30, 60), (200, 500)):
        cases.append(case(n, _dag(rng, n, m), name=f"random DAG of {n}"))
        pairs = _dag(rng, n, m)
        a, b = pairs[0]
        cases.append(case(n, pairs + [[b, a]], name=f"random {n} with one reversed edge"))
    return cases


def check(args, kwargs, output, expected):
    n, pairs = args[0], args[1]
    if expected == []:
        if list(output or []) == []:
            return True, ""
        return False, "the prerequisites contain a cycle, so the answer is []"
    if not isinstance(output, (list, tuple)):
        return False, "return a list of course numbers"
    order = list(output)
    if sorted(order) != list(range(n)):
        return False, "the order must contain every course exactly once"
    pos = {c: i for i, c in enumerate(order)}
    for a, b in pairs:
        if pos[b] > pos[a]:
            return False, f"course {a} comes before its prerequisite {b}"
    return True, ""


def scaling_input(n, rng):
    return case(n, _dag(rng, n, 2 * n))


def check_case(args, kwargs):
    """The prompt's promise: courses 0 .. num_courses - 1; every prerequisite is a pair of those courses."""
    n, pairs = args
    assert type(n) is int and n >= 0, "num_courses is a non-negative integer"
    assert isinstance(pairs, list), "prerequisites is a list"
    for p in pairs:
        assert isinstance(p, list) and len(p) == 2, f"{p!r} is not a pair [a, b]"
        assert all(type(c) is int and 0 <= c < n for c in p), f"{p!r} names a course outside 0 .. {n - 1}"
