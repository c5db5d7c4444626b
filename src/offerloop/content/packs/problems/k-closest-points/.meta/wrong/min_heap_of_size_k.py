import heapq


def k_closest(points, k):
    # A min-heap of size k by distance: keeps the k farthest points.
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
