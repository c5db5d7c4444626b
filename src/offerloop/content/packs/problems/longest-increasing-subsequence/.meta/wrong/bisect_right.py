from bisect import bisect_right


def length_of_lis(nums):
    # bisect_right lets equal values extend the subsequence (non-decreasing, not strictly increasing).
    tails = []
    for x in nums:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
