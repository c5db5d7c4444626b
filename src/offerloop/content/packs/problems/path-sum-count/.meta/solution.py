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


def count_paths(root, target):
    val, left, right = _build(root)
    if not val:
        return 0
    seen, total = {0: 1}, 0
    # Iterative DFS: ("enter", node, parent_sum) or ("leave", prefix) to undo the dictionary.
    stack = [(True, 0, 0)]
    while stack:
        enter, x, s = stack.pop()
        if not enter:
            seen[s] -= 1
            continue
        s += val[x]
        total += seen.get(s - target, 0)
        seen[s] = seen.get(s, 0) + 1
        stack.append((False, None, s))
        for c in (left[x], right[x]):
            if c is not None:
                stack.append((True, c, s))
    return total
