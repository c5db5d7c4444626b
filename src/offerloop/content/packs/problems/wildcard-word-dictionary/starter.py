class WordDictionary:
    """Stores words; search accepts '.' as a one-letter wildcard."""

    def __init__(self):
        raise NotImplementedError

    def add_word(self, word):
        raise NotImplementedError

    def search(self, pattern):
        """True when a stored word matches pattern ('.' matches any one letter)."""
        raise NotImplementedError
