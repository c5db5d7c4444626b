class Trie:
    """A set of lowercase words with fast prefix queries."""

    def __init__(self):
        raise NotImplementedError

    def insert(self, word):
        raise NotImplementedError

    def search(self, word):
        """True when word itself was inserted."""
        raise NotImplementedError

    def starts_with(self, prefix):
        """True when some inserted word begins with prefix."""
        raise NotImplementedError
