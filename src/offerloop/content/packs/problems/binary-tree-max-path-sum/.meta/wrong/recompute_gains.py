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


def max_path_sum(root):
    # Correct, but recomputes each node's downward gains with a fresh walk: O(n * height).
    val, left, right = _build(root)

    def gain(x):
        # Best sum of a downward path starting at x (iterative, walks the whole subtree).
        best_at, order, stack = {}, [], [x]
        while stack:
            y = stack.pop()
            order.append(y)
            stack += [c for c in (left[y], right[y]) if c is not None]
        for y in reversed(order):
            g = max([0] + [best_at[c] for c in (left[y], right[y]) if c is not None])
            best_at[y] = val[y] + g
        return best_at[x]

    best = val[0]
    for x in range(len(val)):
        gl = max(0, gain(left[x])) if left[x] is not None else 0
        gr = max(0, gain(right[x])) if right[x] is not None else 0
        best = max(best, val[x] + gl + gr)
    return best
