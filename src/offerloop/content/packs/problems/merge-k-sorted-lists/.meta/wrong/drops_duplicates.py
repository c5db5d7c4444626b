def merge_k_sorted(lists):
    return sorted({v for lst in lists for v in lst})   # equal values across lists collapse
