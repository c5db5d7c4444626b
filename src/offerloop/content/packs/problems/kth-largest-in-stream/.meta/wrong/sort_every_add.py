class KthLargest:
    # Correct, but sorts every value on each add: O(n log n) per call.
    def __init__(self, k, nums):
        self.k = k
        self.values = list(nums)

    def add(self, val):
        self.values.append(val)
        return sorted(self.values, reverse=True)[self.k - 1]
