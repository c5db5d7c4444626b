from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _town(rng, n, extra, judge=True, spoil=None):
    """A town of n people: a judge trusted by all (if judge), plus `extra` random pairs among the others.
    spoil: 'judge-trusts' makes the judge trust someone, 'one-missing' drops one trust in the judge."""
    j = int(rng.integers(1, n + 1))
    pairs = set()
    if judge:
        for p in range(1, n + 1):
            if p != j:
                pairs.add((p, j))
    others = [p for p in range(1, n + 1) if p != j]
    if len(others) >= 2 and extra > 0:
        # Draw candidate pairs in bulk (the contract sweep runs many seeds), keep distinct non-loops.
        a = rng.choice(others, size=3 * extra + 10)
        b = rng.choice(others, size=3 * extra + 10)
        for x, y in zip(a.tolist(), b.tolist()):
            if extra == 0:
                break
            if x != y and (x, y) not in pairs:
                pairs.add((x, y))
                extra -= 1
    if spoil == "judge-trusts" and others:
        pairs.add((j, int(rng.choice(others))))
    if spoil == "one-missing" and others:
        pairs.discard((int(rng.choice(others)), j))
    order = [list(p) for p in pairs]
    return [order[int(i)] for i in rng.permutation(len(order))]


def visible():
    return [
        case(3, [[1, 3], [2, 3]], name="3 is the judge"),
        case(3, [[1, 3], [2, 3], [3, 1]], name="the candidate trusts someone"),
    ]


def hidden(rng):
    cases = [
        case(1, [], name="a town of one"),
        case(2, [], name="two people, no trust"),
        case(2, [[1, 2]], name="two people, one trusts the other"),
        case(2, [[1, 2], [2, 1]], name="mutual trust"),
        case(4, [[1, 3], [2, 3], [4, 3], [3, 4]], name="trusted by all but trusts one"),
        case(4, [[1, 3], [2, 3], [1, 2], [4, 2]], name="one person short of everyone"),
        case(4, [[1, 4], [2, 4], [3, 4], [1, 2], [2, 3], [3, 1]], name="the judge is the last label"),
        case(3, [[2, 1], [3, 1]], name="the judge is the first label"),
    ]
    for n, extra in ((6, 4), (40, 60), (300, 500)):
        cases.append(case(n, _town(rng, n, extra), name=f"random town of {n} with a judge"))
    cases.append(case(50, _town(rng, 50, 80, spoil="judge-trusts"), name="random town, the candidate trusts one"))
    cases.append(case(50, _town(rng, 50, 80, spoil="one-missing"), name="random town, one person withholds"))
    cases.append(case(80, _town(rng, 80, 150, judge=False), name="random town without a judge"))
    return cases


def scaling_input(n, rng):
    return case(n, _town(rng, n, n))


def check_case(args, kwargs):
    """The prompt's promise: labels 1..n, no self-trust, no repeated pair."""
    n, trust = args
    assert type(n) is int and n >= 1, "n is a positive integer"
    seen = set()
    for pair in trust:
        a, b = pair
        assert type(a) is int and type(b) is int and 1 <= a <= n and 1 <= b <= n, "labels are in 1..n"
        assert a != b, "nobody trusts themselves"
        assert (a, b) not in seen, "no pair appears twice"
        seen.add((a, b))
