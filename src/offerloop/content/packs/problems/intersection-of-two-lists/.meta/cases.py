from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _y_shape(rng, a, b, c, extra, numbered=True):
    """A table where list A has a private nodes, list B has b, both continue into c shared nodes;
    extra nodes form chains of their own. Returns (head_a, head_b, nxt)."""
    total = a + b + c + extra
    # Scaling inputs number the nodes in list order: pointer chasing through memory at random
    # makes the timings depend on cache contention from other processes.
    perm = [int(v) for v in rng.permutation(total)] if numbered else list(range(total))
    pa, pb, shared, rest = perm[:a], perm[a:a + b], perm[a + b:a + b + c], perm[a + b + c:]
    nxt = [-1] * total
    for chain in (pa + shared, pb + shared):
        for x, y in zip(chain, chain[1:]):
            nxt[x] = y
    for x, y in zip(rest, rest[1:]):
        if rng.random() < 0.7:
            nxt[x] = y
    head_a = (pa + shared)[0] if pa + shared else -1
    head_b = (pb + shared)[0] if pb + shared else -1
    return head_a, head_b, nxt


def _nodes(head, nxt):
    out, seen = [], set()
    while head != -1:
        assert head not in seen, "no cycles"
        seen.add(head)
        out.append(head)
        head = nxt[head]
    return out


def visible():
    return [
        case(0, 2, [1, 4, 3, 4, 5, -1, -1], name="merge after two nodes each"),
        case(0, 2, [1, -1, 3, -1], name="nothing shared"),
    ]


def hidden(rng):
    cases = [
        case(-1, -1, [], name="both empty"),
        case(-1, 0, [-1], name="A empty"),
        case(0, 0, [1, -1], name="the same list"),
        case(0, 1, [1, 2, -1], name="B starts inside A"),
        case(0, 3, [1, 2, -1, 2], name="they share only the last node"),
        case(3, 0, [1, 2, -1, 4, 5, 1], name="A is longer and joins B at its second node"),
        case(0, 2, [1, -1, 3, 1], name="B is longer and joins at A's tail"),
    ]
    for a, b, c, extra in ((3, 5, 2, 2), (0, 4, 6, 0), (30, 10, 0, 5), (200, 350, 100, 20), (1500, 1000, 1, 50)):
        ha, hb, nxt = _y_shape(rng, a, b, c, extra)
        cases.append(case(ha, hb, nxt, name=f"random: {a} and {b} private, {c} shared"))
    return cases


def scaling_input(n, rng):
    a = n // 2
    b = n // 4
    return case(*_y_shape(rng, a, b, n - a - b - n // 16, n // 16, numbered=False))


def check_case(args, kwargs):
    head_a, head_b, nxt = args
    total = len(nxt)
    assert all(type(v) is int and -1 <= v < total for v in nxt), "entries are node numbers or -1"
    assert all(h == -1 or 0 <= h < total for h in (head_a, head_b)), "heads are node numbers or -1"
    _nodes(head_a, nxt)
    _nodes(head_b, nxt)
