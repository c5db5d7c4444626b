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


def right_side_view(root):
    # Correct, but finds each depth's rightmost node with a fresh walk from the root: O(n * height).
    val, left, right = _build(root)
    out, d = [], 0
    while val:
        stack, seen = [(0, 0)], None
        while stack:
            x, depth = stack.pop()
            if depth == d:
                seen = val[x]
                continue
            for c in (right[x], left[x]):
                if c is not None:
                    stack.append((c, depth + 1))
        if seen is None:
            break
        out.append(seen)
        d += 1
    return out
