def merge_two_lists(l1, l2):
    # Takes values alternately from each list instead of comparing them.
    out = []
    for k in range(max(len(l1), len(l2))):
        if k < len(l1):
            out.append(l1[k])
        if k < len(l2):
            out.append(l2[k])
    return out
