from collections import deque


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


def build_tree(preorder, inorder):
    # Hangs the values left of the root in inorder on the right, and vice versa.
    n = len(preorder)
    where = {v: i for i, v in enumerate(inorder)}
    left, right = [None] * n, [None] * n
    stack = [(0, 0, n)] if n else []
    while stack:
        x, lo, hi = stack.pop()
        m = where[preorder[x]]
        size_left = m - lo
        if m + 1 < hi:
            left[x] = x + 1 + size_left
            stack.append((left[x], m + 1, hi))
        if size_left:
            right[x] = x + 1
            stack.append((x + 1, lo, m))
    return _level(preorder, left, right)
