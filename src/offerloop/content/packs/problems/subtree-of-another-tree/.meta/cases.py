from collections import deque

from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers and strings only, no float boundary


def _level(vals, left, right):
    """Level-order list (LeetCode style) of the tree rooted at node 0."""
    if not vals:
        return []
    out, queue = [], deque([0])
    while queue:
        x = queue.popleft()
        if x is None:
            out.append(None)
            continue
        out.append(vals[x])
        queue.append(left[x])
        queue.append(right[x])
    while out and out[-1] is None:
        out.pop()
    return out


def _random_shape(rng, n):
    """A random binary tree of n nodes: each new node takes a random free child slot."""
    left, right = [None] * n, [None] * n
    slots = [(0, 0), (0, 1)]
    for i in range(1, n):
        j = int(rng.integers(len(slots)))
        p, side = slots[j]
        slots[j] = slots[-1]
        slots.pop()
        (left if side == 0 else right)[p] = i
        slots += [(i, 0), (i, 1)]
    return left, right


def _spine_shape(n, per=10):
    """A zigzag spine of n // per nodes, each carrying a small complete subtree on its free side:
    the depth grows with n, which exposes O(n * depth) solutions. Returns left, right, hang
    (hang[i] = root of the subtree carried by spine node i) and the number of nodes used."""
    left, right = [None] * n, [None] * n
    spine = max(2, n // per)
    hang = [None] * spine
    nxt = spine
    for i in range(spine):
        if i + 1 < spine:
            (left if i % 2 == 0 else right)[i] = i + 1
        free = right if i % 2 == 0 else left
        if nxt < n:
            root = nxt
            free[i] = root
            hang[i] = root
            nxt += 1
            queue, count = deque([root]), 1
            while queue and nxt < n and count < per - 1:
                p = queue.popleft()
                for side in (left, right):
                    if nxt < n and count < per - 1:
                        side[p] = nxt
                        queue.append(nxt)
                        nxt += 1
                        count += 1
    return left[:nxt], right[:nxt], hang, nxt


def _inorder_ranks(left, right, n):
    """Each node's in-order rank (0 .. n-1)."""
    ranks, stack, x, rank = [0] * n, [], 0 if n else None, 0
    while stack or x is not None:
        while x is not None:
            stack.append(x)
            x = left[x]
        x = stack.pop()
        ranks[x] = rank
        rank += 1
        x = right[x]
    return ranks


def _parse(values):
    """The contract's parser: asserts values is a well-formed level-order list; returns val, left, right."""
    assert isinstance(values, list), "a tree is a level-order list"
    if not values:
        return [], [], []
    assert values[0] is not None, "a non-empty tree starts with its root"
    assert values[-1] is not None, "trailing Nones are dropped"
    assert all(v is None or type(v) is int for v in values), "tree values are integers"
    val, left, right = [values[0]], [None], [None]
    queue, i = deque([0]), 1
    while queue and i < len(values):
        node = queue.popleft()
        for side in (left, right):
            if i < len(values) and values[i] is not None:
                val.append(values[i])
                left.append(None)
                right.append(None)
                side[node] = len(val) - 1
                queue.append(len(val) - 1)
            i += 1
    assert i >= len(values), "entries listed below missing nodes"
    return val, left, right


def _depth(left, right):
    """Number of nodes on the longest root-to-leaf path."""
    if not left:
        return 0
    best, stack = 0, [(0, 1)]
    while stack:
        x, d = stack.pop()
        best = max(best, d)
        for c in (left[x], right[x]):
            if c is not None:
                stack.append((c, d + 1))
    return best


def _check_tree(values, max_depth=600):
    val, left, right = _parse(values)
    assert _depth(left, right) < max_depth, f"the prompt promises a depth below {max_depth}"
    return val, left, right


def _subtree_of(vals, left, right, x):
    """The subtree at node x, re-indexed (vals, left, right) with x as node 0."""
    order, index, stack = [], {}, [x]
    while stack:
        y = stack.pop()
        index[y] = len(order)
        order.append(y)
        stack += [c for c in (right[y], left[y]) if c is not None]
    V = [vals[y] for y in order]
    L = [None if left[y] is None else index[left[y]] for y in order]
    R = [None if right[y] is None else index[right[y]] for y in order]
    return V, L, R


def _random_pair(rng, n, hi, name):
    left, right = _random_shape(rng, n)
    vals = [int(v) for v in rng.integers(0, hi, size=n)]
    x = int(rng.integers(0, n))
    V, L, R = _subtree_of(vals, left, right, x)
    cases = [case(_level(vals, left, right), _level(V, L, R), name=f"{name}: a real subtree")]
    # A near miss: one leaf of the subtree gets a new child, or one value changes.
    leaves = [y for y in range(len(V)) if L[y] is None and R[y] is None]
    y = leaves[int(rng.integers(len(leaves)))]
    if rng.random() < 0.5:
        L2 = list(L)
        L2[y] = len(V)
        near = _level(V + [int(rng.integers(0, hi))], L2 + [None], R + [None])
    else:
        V2 = list(V)
        V2[y] += 1
        near = _level(V2, L, R)
    cases.append(case(_level(vals, left, right), near, name=f"{name}: a near miss"))
    return cases


def visible():
    return [
        case([7, 2, 9, 1, 3], [2, 1, 3], name="left subtree"),
        case([7, 2, 9, 1, 3, None, None, None, None, 5], [2, 1, 3], name="extra descendant below"),
        case([12], [2], name="digits are not values"),
    ]


def hidden(rng):
    cases = [
        case([], [1], name="empty root"),
        case([4, 1, 2], [4, 1, 2], name="the whole tree"),
        case([4, 1, 2], [2], name="a leaf"),
        case([4, 1, 2, 3], [1], name="a value found only inside"),
        case([1, 1, 1, 1, None, None, 1], [1, 1], name="equal values, left child"),
        case([1, 1, 1, None, 1, None, 1], [1, 1], name="equal values, no left-only node"),
        case([21, 1, 3], [1], name="one digit inside two"),
        case([3, 4, 5, 1, None, 2], [3, 1, 2], name="values present, shape absent"),
    ]
    cases += _random_pair(rng, 30, 3, "random tree of 30")
    cases += _random_pair(rng, 200, 2, "random tree of 200, values 0-1")
    cases += _random_pair(rng, 300, 40, "random tree of 300")
    return cases


def scaling_input(n, rng):
    # All values equal: sub is the lower half of the zigzag spine with its deepest value changed, so
    # a node-by-node comparison runs deep at every spine node before it fails.
    left, right, _, used = _spine_shape(n, per=7)
    vals = [1] * used
    spine = max(2, n // 7)
    V, L, R = _subtree_of(vals, left, right, (spine // 2) & ~1)
    depth, deepest = {0: 0}, 0
    for x in range(len(V)):          # _subtree_of lists parents before children
        for c in (L[x], R[x]):
            if c is not None:
                depth[c] = depth[x] + 1
                if depth[c] > depth[deepest]:
                    deepest = c
    V[deepest] = 2
    return case(_level(vals, left, right), _level(V, L, R))


def check_case(args, kwargs):
    root, sub = args
    _check_tree(root)
    val, _, _ = _check_tree(sub)
    assert val, "sub has at least one node"
