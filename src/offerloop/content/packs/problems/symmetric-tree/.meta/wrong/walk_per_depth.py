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
    # Correct, but rebuilds each level (holes included) with a fresh walk from the root: O(n * height).
    val, left, right = _build(root)
    if not val:
        return True
    d = 0
    while True:
        row, stack, found = [], [(0, 0)], False
        while stack:
            x, depth = stack.pop()
            if x is None:
                if depth == d:
                    row.append(None)
                continue
            if depth == d:
                row.append(val[x])
                found = True
                continue
            stack.append((right[x], depth + 1))
            stack.append((left[x], depth + 1))
        if not found:
            return True
        if row != row[::-1]:
            return False
        d += 1
