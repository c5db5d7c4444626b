def merge_two_lists(l1, l2):
    # Forgets whatever is left once one list runs out.
    out, i, j = [], 0, 0
    while i < len(l1) and j < len(l2):
        if l1[i] <= l2[j]:
            out.append(l1[i])
            i += 1
        else:
            out.append(l2[j])
            j += 1
    return out
