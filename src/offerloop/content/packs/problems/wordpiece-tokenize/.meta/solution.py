def wordpiece_tokenize(word, vocab, unk="[UNK]"):
    known = set(vocab)
    tokens, start = [], 0
    while start < len(word):
        end, piece = len(word), None
        while end > start:
            cand = word[start:end] if start == 0 else "##" + word[start:end]
            if cand in known:
                piece = cand
                break
            end -= 1
        if piece is None:
            return [unk]
        tokens.append(piece)
        start = end
    return tokens
