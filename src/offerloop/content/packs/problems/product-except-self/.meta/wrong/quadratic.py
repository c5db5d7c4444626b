def product_except_self(nums):
    # Correct, but recomputes the product for every position: O(n^2).
    out = []
    for i in range(len(nums)):
        p = 1
        for j, v in enumerate(nums):
            if j != i:
                p *= v
        out.append(p)
    return out
