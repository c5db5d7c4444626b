from collections import deque

from offerloop.judge.cases import case


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
    """A random binary tree: each new node takes a random free child slot."""
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


def _spine_shape(n):
    """A zigzag spine of n // 10 nodes, each carrying a small complete subtree on its free side:
    the depth grows with n, which is what exposes O(n * depth) solutions. Returns left, right, hang
    (hang[i] = root of the subtree carried by spine node i) and the number of nodes used."""
    left, right = [None] * n, [None] * n
    spine = max(2, n // 10)
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
            while queue and nxt < n and count < 9:
                p = queue.popleft()
                for side in (left, right):
                    if nxt < n and count < 9:
                        side[p] = nxt
                        queue.append(nxt)
                        nxt += 1
                        count += 1
    return left[:nxt], right[:nxt], hang, nxt


def _lca_case(rng, left, right, n, name):
    vals = [int(v) for v in rng.permutation(10 * n)[:n]]
    p, q = (int(v) for v in rng.choice(n, size=2, replace=False))
    return case(_level(vals, left, right), vals[p], vals[q], name=name)


def visible():
    tree = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]
    return [
        case(tree, 5, 1, name="children of the root"),
        case(tree, 5, 4, name="one is the ancestor"),
        case(tree, 7, 8, name="far apart"),
    ]


def hidden(rng):
    tree = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]
    cases = [
        case([1, 2], 1, 2, name="root and its child"),
        case([1, 2], 2, 1, name="arguments swapped"),
        case(tree, 7, 4, name="siblings deep down"),
        case(tree, 6, 4, name="cousins under 5"),
        case([1, None, 2, None, 3, None, 4], 3, 4, name="a chain"),
        case([2, 3, 1], 3, 1, name="not a search tree"),
        case([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5], 3, 5, name="a BST still works"),
    ]
    for n in (10, 50, 200):
        left, right = _random_shape(rng, n)
        cases.append(_lca_case(rng, left, right, n, f"random tree of {n}"))
    return cases


def scaling_input(n, rng):
    left, right, hang, used = _spine_shape(n)
    vals = [int(v) for v in rng.permutation(10 * used)[:used]]
    spine = len(hang)
    deep = spine - 1                      # the bottom of the spine
    other = hang[spine - 3] if hang[spine - 3] is not None else spine - 3
    return case(_level(vals, left, right), vals[deep], vals[other])


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




def check_case(args, kwargs):
    """The prompt's promise: a well-formed tree (depth below 600) of distinct values holding both p and q."""
    root, p, q = args
    val, left, right = _parse(root)
    assert len(val) <= 5000, "trees have at most a few thousand nodes"
    assert _depth(left, right) < 600, "the prompt promises a depth below 600"
    assert len(set(val)) == len(val), "all values in the tree are distinct"
    assert p in val and q in val, "both p and q are in the tree"
