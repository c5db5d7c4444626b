from collections import deque


def _build(values):
    """Parse a level-order list into parallel lists (val, left, right); node 0 is the root."""
    if not values or values[0] is None:
        return [], [], []
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
    return val, left, right


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


def invert_tree(root):
    val, left, right = _build(root)
    # Swapping every node's children is the mirror; the index lists make it one line per node.
    return _level(val, right, left)
