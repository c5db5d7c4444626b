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


def lowest_common_ancestor(root, p, q):
    # Correct, but at every step searches whole subtrees for p and q: O(n * height).
    val, left, right = _build(root)

    def contains(x, target):
        stack = [x] if x is not None else []
        while stack:
            y = stack.pop()
            if val[y] == target:
                return True
            stack.extend(c for c in (left[y], right[y]) if c is not None)
        return False

    x = 0
    while True:
        if val[x] in (p, q):
            return val[x]
        if contains(left[x], p) and contains(left[x], q):
            x = left[x]
        elif contains(right[x], p) and contains(right[x], q):
            x = right[x]
        else:
            return val[x]
