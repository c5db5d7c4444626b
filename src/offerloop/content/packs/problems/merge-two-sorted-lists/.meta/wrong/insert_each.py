def merge_two_lists(l1, l2):
    # Correct, but walks from the front to insert every value of l2: O(n * m).
    out = list(l1)
    for v in l2:
        k = 0
        while k < len(out) and out[k] <= v:
            k += 1
        out.insert(k, v)
    return out
