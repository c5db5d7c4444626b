import heapq


class MedianFinder:
    # Returns the upper middle value when the count is even.
    def __init__(self):
        self.low, self.high = [], []

    def add_num(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return float(self.high[0])
