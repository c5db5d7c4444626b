from collections import OrderedDict


class LRUCache:
    # Evicts whenever the cache is full, even when the key is already there.
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if len(self.data) >= self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
        self.data.move_to_end(key)
