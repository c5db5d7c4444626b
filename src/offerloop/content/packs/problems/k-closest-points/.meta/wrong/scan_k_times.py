def k_closest(points, k):
    # Correct, but picks the nearest remaining point k times by scanning: O(n * k).
    left = [list(p) for p in points]
    out = []
    for _ in range(k):
        best = 0
        for i in range(1, len(left)):
            x, y = left[i]
            bx, by = left[best]
            if x * x + y * y < bx * bx + by * by:
                best = i
        out.append(left[best])
        left[best] = left[-1]
        left.pop()
    return out
