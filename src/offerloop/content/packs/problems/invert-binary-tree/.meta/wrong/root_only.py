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
    # Swaps the root's children but not the ones below.
    val, left, right = _build(root)
    if not val:
        return []
    left[0], right[0] = right[0], left[0]
    return _level(val, left, right)
