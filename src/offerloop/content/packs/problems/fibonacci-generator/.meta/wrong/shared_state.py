_state = [0, 1]


def fibonacci():
    # Module-level state: a second sequence continues where the first stopped.
    while True:
        yield _state[0]
        _state[0], _state[1] = _state[1], _state[0] + _state[1]
