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


def _sorted_list(rng, n_list, n_extra, hi, numbered=True):
    head, nxt, order = _table(rng, n_list, n_extra, numbered)
    val = [int(v) for v in rng.integers(-hi, hi + 1, size=len(nxt))]
    for node, v in zip(order, sorted(int(x) for x in rng.integers(-hi, hi + 1, size=n_list))):
        val[node] = v
    return head, val, nxt


def visible():
    return [
        case(2, [4, 7, 4, 7], [3, -1, 0, 1], name="two runs of two"),
    ]


def hidden(rng):
    cases = [
        case(-1, [], [], name="empty list"),
        case(0, [5], [-1], name="one node"),
        case(0, [1, 2, 3], [1, 2, -1], name="no repeats"),
        case(0, [3, 3, 3, 3], [1, 2, 3, -1], name="one value everywhere"),
        case(0, [1, 1, 1, 2], [1, 2, 3, -1], name="a run of three at the head"),
        case(0, [1, 2, 2, 2], [1, 2, 3, -1], name="a run of three at the tail"),
        case(1, [5, 5, 9], [-1, 0, -1], name="a stranger node stays as it was"),
    ]
    for n_list, n_extra, hi in ((8, 2, 2), (80, 10, 10), (2000, 200, 50), (2000, 0, 3)):
        head, val, nxt = _sorted_list(rng, n_list, n_extra, hi)
        cases.append(case(head, val, nxt, name=f"random sorted list of {n_list}, values in [-{hi}, {hi}]"))
    return cases


def scaling_input(n, rng):
    return case(*_sorted_list(rng, n - n // 8, n // 8, n // 20, numbered=False))


def check_case(args, kwargs):
    head, val, nxt = args
    assert len(val) == len(nxt) and all(type(v) is int for v in val), "one integer value per node"
    order = _walk(head, nxt)
    values = [val[x] for x in order]
    assert all(a <= b for a, b in zip(values, values[1:])), "values are sorted along the list"
