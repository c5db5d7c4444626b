def greedy_decode(next_logits, start, eos, max_new_tokens):
    """Generated token ids (list of int) by argmax of next_logits[prev]; stops after eos or max_new_tokens."""
    raise NotImplementedError
