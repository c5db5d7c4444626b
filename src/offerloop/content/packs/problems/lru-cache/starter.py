class LRUCache:
    """A key-value cache of bounded size that evicts the least recently used key."""

    def __init__(self, capacity):
        raise NotImplementedError

    def get(self, key):
        """The value for key (and mark it used), or -1."""
        raise NotImplementedError

    def put(self, key, value):
        """Store key -> value, evicting the least recently used key if a new key overflows."""
        raise NotImplementedError
