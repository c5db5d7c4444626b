import heapq


def min_join_cost(lengths):
    # Charges the final rope's length once more, so a lone rope costs its own length.
    heap = list(lengths)
    heapq.heapify(heap)
    cost = 0
    while len(heap) > 1:
        joined = heapq.heappop(heap) + heapq.heappop(heap)
        cost += joined
        heapq.heappush(heap, joined)
    return cost if len(lengths) > 1 else heap[0]
