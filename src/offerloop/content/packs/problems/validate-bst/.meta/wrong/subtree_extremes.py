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


def is_valid_bst(root):
    # Correct, but scans each node's subtrees for their max and min: O(n * height).
    val, left, right = _build(root)

    def values(x):
        out, stack = [], [x] if x is not None else []
        while stack:
            y = stack.pop()
            out.append(val[y])
            stack.extend(c for c in (left[y], right[y]) if c is not None)
        return out

    for x in range(len(val)):
        lv, rv = values(left[x]), values(right[x])
        if (lv and max(lv) >= val[x]) or (rv and min(rv) <= val[x]):
            return False
    return True
