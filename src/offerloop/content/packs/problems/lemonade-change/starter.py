def can_make_change(bills):
    """True when every customer (paying 5, 10 or 20 for a 5 drink) gets exact change in turn."""
    raise NotImplementedError
