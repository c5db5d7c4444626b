def wordpiece_tokenize(word, vocab, unk="[UNK]"):
    # Takes the shortest matching piece instead of the longest.
    known, out, start = set(vocab), [], 0
    while start < len(word):
        for end in range(start + 1, len(word) + 1):
            c = word[start:end] if start == 0 else "##" + word[start:end]
            if c in known:
                out.append(c)
                start = end
                break
        else:
            return [unk]
    return out
