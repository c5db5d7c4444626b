def merge_two_lists(l1, l2):
    out, i, j = [], 0, 0
    while i < len(l1) and j < len(l2):
        if l2[j] < l1[i]:
            out.append(l2[j])
            j += 1
        else:
            out.append(l1[i])
            i += 1
    out.extend(l1[i:])
    out.extend(l2[j:])
    return out
