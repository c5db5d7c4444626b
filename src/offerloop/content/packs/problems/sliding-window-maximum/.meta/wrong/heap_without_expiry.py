import heapq


def max_sliding_window(nums, k):
    # Never removes values that have left the window, so an old maximum lingers.
    heap, out = [], []
    for i, x in enumerate(nums):
        heapq.heappush(heap, -x)
        if i >= k - 1:
            out.append(-heap[0])
    return out
