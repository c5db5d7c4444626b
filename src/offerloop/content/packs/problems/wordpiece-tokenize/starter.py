def wordpiece_tokenize(word, vocab, unk="[UNK]"):
    """Greedy longest-match-first WordPiece split with "##" continuation pieces; [unk] if any position fails."""
    raise NotImplementedError
