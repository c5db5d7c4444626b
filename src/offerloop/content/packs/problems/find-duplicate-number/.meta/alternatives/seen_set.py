def find_duplicate(nums):
    seen = set()
    for v in nums:
        if v in seen:
            return v
        seen.add(v)
