from collections import deque


def max_sliding_window(nums, k):
    # Keeps the deque decreasing but forgets to drop the front when it leaves the window.
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and nums[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
