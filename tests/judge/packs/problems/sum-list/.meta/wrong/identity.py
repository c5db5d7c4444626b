def running_total(nums):
    return nums
