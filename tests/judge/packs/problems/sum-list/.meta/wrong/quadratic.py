def running_total(nums):
    return [sum(nums[: i + 1]) for i in range(len(nums))]
