import heapq


def min_meeting_rooms(meetings):
    ends, best = [], 0
    for start, end in sorted(meetings):
        while ends and ends[0] < start:   # a room freed at 10 can take a meeting at 10
            heapq.heappop(ends)
        heapq.heappush(ends, end)
        best = max(best, len(ends))
    return best
