def wordpiece_tokenize(word, vocab, unk="[UNK]"):
    # Looks up continuation pieces without the ## prefix.
    known, out, start = set(vocab), [], 0
    while start < len(word):
        for end in range(len(word), start, -1):
            if word[start:end] in known:
                out.append(word[start:end])
                start = end
                break
        else:
            return [unk]
    return out
