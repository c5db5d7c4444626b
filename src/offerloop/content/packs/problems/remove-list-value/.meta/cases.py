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


def _valued(rng, n_list, n_extra, hi, numbered=True):
    head, nxt, _ = _table(rng, n_list, n_extra, numbered)
    val = [int(v) for v in rng.integers(0, hi + 1, size=len(nxt))]
    return head, val, nxt


def visible():
    return [
        case(0, [6, 2, 6, 3], [1, 2, 3, -1], 6, name="two nodes go, the head among them"),
        case(0, [7, 7], [1, -1], 7, name="everything goes"),
    ]


def hidden(rng):
    cases = [
        case(-1, [], [], 1, name="empty list"),
        case(-1, [1], [-1], 1, name="empty list, a stranger holds the target"),
        case(0, [5], [-1], 4, name="nothing to remove"),
        case(0, [1, 2, 2, 2, 3], [1, 2, 3, 4, -1], 2, name="a run in the middle"),
        case(0, [1, 2, 3, 3], [1, 2, 3, -1], 3, name="a run at the end"),
        case(2, [4, 9, 4, 4], [1, -1, 3, 0], 4, name="a run at the head, numbered out of order"),
        case(1, [8, 0, 8], [-1, 0, -1], 8, name="the stranger with the target stays as it was"),
    ]
    for n_list, n_extra, hi in ((8, 3, 2), (60, 10, 3), (1500, 200, 1), (1500, 200, 9)):
        head, val, nxt = _valued(rng, n_list, n_extra, hi)
        cases.append(case(head, val, nxt, int(rng.integers(0, hi + 1)), name=f"random list of {n_list}, values 0..{hi}"))
    return cases


def scaling_input(n, rng):
    # Every other node goes.
    head, val, nxt = _valued(rng, n - n // 8, n // 8, 10, numbered=False)
    for i in range(0, len(val), 2):
        val[i] = 0
    for i in range(1, len(val), 2):
        val[i] = int(rng.integers(1, 11))
    return case(head, val, nxt, 0)


def check_case(args, kwargs):
    head, val, nxt, target = args
    assert len(val) == len(nxt) and all(type(v) is int for v in val), "one integer value per node"
    assert type(target) is int, "target is an integer"
    _walk(head, nxt)
