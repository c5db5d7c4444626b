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
        case(3, [4, 2, -1, 0, 1], name="five nodes, numbered out of order"),
    ]


def hidden(rng):
    cases = [
        case(-1, [], name="empty list"),
        case(0, [-1], name="one node"),
        case(0, [1, -1], name="two nodes"),
        case(0, [1, 2, -1], name="three nodes"),
        case(0, [1, 2, 3, -1], name="four nodes"),
        case(1, [2, 0, -1], name="odd node numbers are not odd positions"),
        case(0, [1, -1, 3, -1], name="a stranger pair stays as it was"),
    ]
    for n_list, n_extra in ((5, 2), (6, 0), (31, 9), (300, 100), (2000, 300)):
        head, nxt, _ = _table(rng, n_list, n_extra)
        cases.append(case(head, nxt, name=f"random list of {n_list} among {n_list + n_extra} nodes"))
    return cases


def scaling_input(n, rng):
    head, nxt, _ = _table(rng, n - n // 8, n // 8, numbered=False)
    return case(head, nxt)


def check_case(args, kwargs):
    head, nxt = args
    _walk(head, nxt)
