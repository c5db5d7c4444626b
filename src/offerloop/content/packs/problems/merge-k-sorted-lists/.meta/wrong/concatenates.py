def merge_k_sorted(lists):
    out = []
    for lst in lists:
        out.extend(lst)   # forgets to merge: only sorted inside each list
    return out
