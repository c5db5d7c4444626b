from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _chain(rng, n_chain, n_extra, loop_to=None, numbered=True):
    """A chain of n_chain nodes from the head (numbered at random), ending at -1 or, with loop_to
    (a position in the chain), looping back there; n_extra other nodes form chains, loops and
    branches into the main chain that the head never reaches."""
    total = n_chain + n_extra
    # Scaling inputs number the nodes in list order: pointer chasing through memory at random
    # makes the timings depend on cache contention from other processes.
    perm = [int(v) for v in rng.permutation(total)] if numbered else list(range(total))
    order, extra = perm[:n_chain], perm[n_chain:]
    nxt = [-1] * total
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    if loop_to is not None and order:
        nxt[order[-1]] = order[loop_to]
    for i, a in enumerate(extra):
        r = rng.random()
        if r < 0.5 and i + 1 < len(extra):
            nxt[a] = extra[i + 1]
        elif r < 0.7 and i > 0:
            nxt[a] = extra[int(rng.integers(0, i + 1))]  # a loop among the other nodes
        elif r < 0.85 and order:
            nxt[a] = order[int(rng.integers(0, len(order)))]  # leads into the main chain
    return (order[0] if order else -1), nxt


def visible():
    return [
        case(2, [3, -1, 0, 0], name="loops back"),
        case(1, [-1, 0, 2], name="ends; an unreachable node loops"),
        case(-1, [0], name="empty chain"),
    ]


def hidden(rng):
    cases = [
        case(0, [-1], name="one node, no loop"),
        case(0, [0], name="one node pointing at itself"),
        case(0, [1, 0], name="two nodes in a loop"),
        case(0, [1, 2, 3, -1], name="every node on the chain, no loop"),
        case(3, [1, 2, 3, 4, 1], name="loop entered after a tail"),
        case(1, [0, -1, 1], name="ends, while another node leads into it"),
        case(2, [-1, 0, 1, 2], name="every node but the first, ending at node 0"),
    ]
    for n, extra in ((8, 4), (100, 30), (2000, 400)):
        head, nxt = _chain(rng, n, extra)
        cases.append(case(head, nxt, name=f"random chain of {n}, no loop"))
        head, nxt = _chain(rng, n, extra, loop_to=int(rng.integers(0, n)))
        cases.append(case(head, nxt, name=f"random chain of {n}, looping"))
    return cases


def scaling_input(n, rng):
    head, nxt = _chain(rng, n - n // 8, n // 8, loop_to=0, numbered=False)
    return case(head, nxt)


def check_case(args, kwargs):
    head, nxt = args
    total = len(nxt)
    assert all(type(v) is int and -1 <= v < total for v in nxt), "entries are node numbers or -1"
    assert head == -1 or (type(head) is int and 0 <= head < total), "head is a node number or -1"
