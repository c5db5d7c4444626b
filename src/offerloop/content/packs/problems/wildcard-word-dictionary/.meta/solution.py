class WordDictionary:
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
                if "$" in node:
                    return True
                continue
            ch = pattern[i]
            if ch == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != "$")
            elif ch in node:
                stack.append((node[ch], i + 1))
        return False
