from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary

def _table(rng, n_list, n_extra, numbered=True):
    """A node table holding a list of n_list nodes (numbered at random) and n_extra other nodes
    in short chains of their own. Returns (head, nxt, order), order being the list's nodes."""
    total = n_list + n_extra
    # Scaling inputs number the nodes in list order: pointer chasing through memory at random
    # makes the timings depend on cache contention from other processes.
    perm = [int(v) for v in rng.permutation(total)] if numbered else list(range(total))
    order, extra = perm[:n_list], perm[n_list:]
    nxt = [-1] * total
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    for a, b in zip(extra, extra[1:]):
        if rng.random() < 0.7:
            nxt[a] = b
    return (order[0] if order else -1), nxt, order


def _walk(head, nxt):
    """The list's nodes in order; AssertionError on a cycle or a bad entry."""
    total = len(nxt)
    assert all(type(v) is int and -1 <= v < total for v in nxt), "entries are node numbers or -1"
    assert head == -1 or (type(head) is int and 0 <= head < total), "head is a node number or -1"
    order, seen, cur = [], set(), head
    while cur != -1:
        assert cur not in seen, "the list has no cycle"
        seen.add(cur)
        order.append(cur)
        cur = nxt[cur]
    pointed = [i for i, v in enumerate(nxt) if v in seen and i not in seen]
    assert not pointed and (head == -1 or head not in nxt), "no other node points into the list"
    return order


def visible():
    return [
        case(0, [1, 2, 3, 4, -1], 2, name="by two"),
        case(0, [1, 2, -1], 4, name="more than one full turn"),
    ]


def hidden(rng):
    cases = [
        case(-1, [], 3, name="empty list"),
        case(-1, [-1], 0, name="empty list, another node untouched"),
        case(0, [-1], 7, name="one node"),
        case(0, [1, -1], 0, name="k = 0"),
        case(0, [1, -1], 1, name="two nodes by one"),
        case(0, [1, 2, -1], 3, name="exactly one turn"),
        case(0, [1, 2, -1], 2, name="by length minus one"),
        case(2, [-1, 0, 1, -1], 1000000000, name="a huge k"),
        case(3, [-1, 0, 4, 1, -1], 1, name="a stranger chain stays as it was"),
    ]
    for n_list, n_extra in ((5, 2), (40, 10), (1000, 100)):
        head, nxt, _ = _table(rng, n_list, n_extra)
        for k in (int(rng.integers(1, n_list)), int(rng.integers(n_list, 10**9))):
            cases.append(case(head, nxt, k, name=f"random list of {n_list}, k = {k}"))
    return cases


def scaling_input(n, rng):
    m = n - n // 8
    head, nxt, _ = _table(rng, m, n // 8, numbered=False)
    return case(head, nxt, m * int(rng.integers(1000, 10000)) + m // 2)


def check_case(args, kwargs):
    head, nxt, k = args
    _walk(head, nxt)
    assert type(k) is int and 0 <= k <= 10**9, "0 <= k <= 10**9"
