def max_xor(nums):
    # Correct, but tries every pair: O(n^2).
    best = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] ^ nums[j] > best:
                best = nums[i] ^ nums[j]
    return best
