def can_attend_all(meetings):
    """True when no two half-open [start, end) meetings overlap."""
    raise NotImplementedError
