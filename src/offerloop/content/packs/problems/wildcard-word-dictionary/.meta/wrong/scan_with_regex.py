import re


class WordDictionary:
    # Correct answers, but matches the pattern against every stored word.
    def __init__(self):
        self.words = set()

    def add_word(self, word):
        self.words.add(word)

    def search(self, pattern):
        rx = re.compile(pattern)
        return any(rx.fullmatch(w) for w in self.words)
