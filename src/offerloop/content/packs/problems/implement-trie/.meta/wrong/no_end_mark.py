class Trie:
    # No end-of-word mark: search answers like starts_with.
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return True

    def starts_with(self, prefix):
        return self.search(prefix)
