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


def invert_tree(root):
    # Reverses each level's values but keeps the None placeholders where they were.
    val, left, right = _build(root)
    if not val:
        return []
    out, level = [], [0]
    while level:
        slots = []
        for x in level:
            slots += [left[x], right[x]]
        vals = [val[x] for x in level]
        out += vals[::-1]
        level = [c for c in slots if c is not None]
    return out
