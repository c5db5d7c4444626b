import heapq


class KthLargest:
    # Keeps the k smallest values: returns the k-th smallest.
    def __init__(self, k, nums):
        self.k = k
        self.heap = [-v for v in nums]
        heapq.heapify(self.heap)
        while len(self.heap) > k:
            heapq.heappop(self.heap)

    def add(self, val):
        heapq.heappush(self.heap, -val)
        if len(self.heap) > self.k:
            heapq.heappop(self.heap)
        return -self.heap[0]
