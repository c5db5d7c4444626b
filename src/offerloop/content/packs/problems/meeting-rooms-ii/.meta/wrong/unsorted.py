import heapq


def min_meeting_rooms(meetings):
    # Processes meetings in input order: a room that frees later cannot be reused by an earlier meeting.
    ends, best = [], 0
    for start, end in meetings:
        while ends and ends[0] <= start:
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        best = max(best, len(ends))
    return best
