class WordDictionary:
    # At a dot, follows only the first child instead of trying them all.
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, pattern):
        node = self.root
        for ch in pattern:
            if ch == ".":
                kids = [c for k, c in node.items() if k != "$"]
                if not kids:
                    return False
                node = kids[0]
            elif ch in node:
                node = node[ch]
            else:
                return False
        return "$" in node
