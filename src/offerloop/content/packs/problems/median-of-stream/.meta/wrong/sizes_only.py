import heapq


class MedianFinder:
    # Balances the sizes, but never moves values across to keep the halves in order.
    def __init__(self):
        self.low, self.high = [], []

    def add_num(self, num):
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def find_median(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
