def max_product(nums):
    best = None
    p = 1
    for v in nums:
        if v == 0:
            p = 1   # restarts after a zero but never counts the zero itself as a run
            continue
        p = p * v if p * v > v else v
        best = p if best is None or p > best else best
    return best if best is not None else 0
