class WordDictionary:
    # Accepts a pattern that stops in the middle of a longer word.
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, pattern):
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(pattern):
                return True
            ch = pattern[i]
            if ch == ".":
                stack.extend((c, i + 1) for k, c in node.items() if k != "$")
            elif ch in node:
                stack.append((node[ch], i + 1))
        return False
