def wordpiece_tokenize(word, vocab, unk="[UNK]"):
    # Replaces only the failing character with [UNK] and carries on.
    known, out, start = set(vocab), [], 0
    while start < len(word):
        for end in range(len(word), start, -1):
            c = word[start:end] if start == 0 else "##" + word[start:end]
            if c in known:
                out.append(c)
                start = end
                break
        else:
            out.append(unk)
            start += 1
    return out
