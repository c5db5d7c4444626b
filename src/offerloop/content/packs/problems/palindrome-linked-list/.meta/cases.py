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


def _with_values(rng, seq, n_extra, numbered=True):
    """Node table for the value sequence seq, plus n_extra other nodes with random values."""
    head, nxt, order = _table(rng, len(seq), n_extra, numbered)
    val = [int(v) for v in rng.integers(0, 10, size=len(nxt))]
    for node, v in zip(order, seq):
        val[node] = v
    return head, val, nxt


def _palindrome(rng, n, lo, hi):
    half = [int(v) for v in rng.integers(lo, hi + 1, size=n // 2)]
    mid = [int(rng.integers(lo, hi + 1))] if n % 2 else []
    return half + mid + half[::-1]


def visible():
    return [
        case(2, [7, 4, 4, 7, 9], [3, -1, 0, 1, -1], name="even palindrome, an extra node"),
        case(0, [1, 2], [1, -1], name="two different values"),
    ]


def hidden(rng):
    cases = [
        case(-1, [], [], name="empty list"),
        case(-1, [5, 6], [1, -1], name="empty list, other nodes present"),
        case(0, [3], [-1], name="one node"),
        case(1, [8, 8], [-1, 0], name="two equal values"),
        case(0, [1, 2, 1], [1, 2, -1], name="odd palindrome"),
        case(2, [1, 2, 1], [-1, 0, 1], name="table order is a palindrome, the list is not"),
        case(0, [1, 2, 3, 1], [1, 2, 3, -1], name="ends match, middle does not"),
        case(0, [1, 2, 2, 3], [1, 2, 3, -1], name="middle matches, ends do not"),
    ]
    for n, extra in ((7, 3), (40, 10), (1000, 200)):
        seq = _palindrome(rng, n, 0, 3)
        cases.append(case(*_with_values(rng, seq, extra), name=f"random palindrome of {n}"))
        broken = list(seq)
        i = int(rng.integers(0, n))
        if n % 2 == 0 or i != n // 2:
            broken[i] = broken[i] + 1
        else:
            broken[0] = broken[0] + 1
        cases.append(case(*_with_values(rng, broken, extra), name=f"random near-palindrome of {n}"))
    return cases


def scaling_input(n, rng):
    seq = _palindrome(rng, n - n // 8, -10**6, 10**6)
    return case(*_with_values(rng, seq, n // 8, numbered=False))


def check_case(args, kwargs):
    head, val, nxt = args
    assert len(val) == len(nxt) and all(type(v) is int for v in val), "one integer value per node"
    _walk(head, nxt)
