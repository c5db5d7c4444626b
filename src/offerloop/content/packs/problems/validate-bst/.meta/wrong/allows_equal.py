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
    val, left, right = _build(root)
    stack = [(0, None, None)] if val else []
    while stack:
        x, low, high = stack.pop()
        v = val[x]
        if (low is not None and v < low) or (high is not None and v > high):   # equal slips through
            return False
        if left[x] is not None:
            stack.append((left[x], low, v))
        if right[x] is not None:
            stack.append((right[x], v, high))
    return True
