import heapq


def find_kth_largest(nums, k):
    heap = []
    for v in nums:
        if len(heap) < k:
            heapq.heappush(heap, v)
        elif v > heap[0]:
            heapq.heapreplace(heap, v)
    return heap[0]
