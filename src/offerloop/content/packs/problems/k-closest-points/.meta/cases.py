from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only: no float boundary


def _points(rng, n, span):
    """n distinct points and a k whose boundary distance is not tied."""
    seen, pts = set(), []
    while len(pts) < n:
        p = (int(rng.integers(-span, span + 1)), int(rng.integers(-span, span + 1)))
        if p not in seen:
            seen.add(p)
            pts.append([p[0], p[1]])
    d = sorted(x * x + y * y for x, y in pts)
    k = int(rng.integers(1, n + 1))
    while k < n and d[k - 1] == d[k]:
        k -= 1
        if k == 0:
            k = n
    return pts, k


def visible():
    return [
        case([[1, 4], [-3, 2], [5, -1]], 1, name="the single nearest"),
        case([[2, 3], [6, -1], [-3, 3]], 2, name="two of three"),
    ]


def hidden(rng):
    cases = [
        case([[0, 0]], 1, name="one point at the origin"),
        case([[2, 2], [-1, 0], [0, 1]], 3, name="k = n"),
        case([[3, 0], [2, 2], [0, -3], [1, 1]], 1, name="Manhattan would pick differently"),
        case([[4, 0], [0, 5], [3, 3], [-4, 1]], 2, name="Manhattan ties, Euclid does not"),
        case([[10000, -10000], [-9999, 10000], [1, 1]], 2, name="far corners"),
    ]
    for n, span in ((8, 5), (50, 30), (400, 1000), (800, 10000)):
        pts, k = _points(rng, n, span)
        cases.append(case(pts, k, name=f"random {n} points"))
    return cases


def scaling_input(n, rng):
    pts, _ = _points(rng, n, 10000)
    d = sorted(x * x + y * y for x, y in pts)
    k = n // 10
    while d[k - 1] == d[k]:
        k += 1
    return case(pts, k)


def check(args, kwargs, output, expected):
    """Any order of the k closest points (sorting both sides keeps this O(k log k))."""
    if not isinstance(output, (list, tuple)):
        return False, "return a list of [x, y] points"
    got = []
    for p in output:
        if not isinstance(p, (list, tuple)) or len(p) != 2 or any(type(c) is not int for c in p):
            return False, "every point must be an [x, y] pair of integers"
        got.append((p[0], p[1]))
    if len(got) != len(expected):
        return False, f"returned {len(got)} points, expected {len(expected)}"
    if sorted(got) != sorted((x, y) for x, y in expected):
        return False, "these are not the k closest points"
    return True, ""


def check_case(args, kwargs):
    points, k = args
    assert all(len(p) == 2 and all(type(c) is int and abs(c) <= 10 ** 4 for c in p) for p in points), "integer points within 10^4"
    assert len({tuple(p) for p in points}) == len(points), "points are distinct"
    assert type(k) is int and 1 <= k <= len(points), "1 <= k <= n"
    d = sorted(x * x + y * y for x, y in points)
    assert k == len(points) or d[k - 1] < d[k], "the k-th closest is strictly closer than the (k+1)-th"
