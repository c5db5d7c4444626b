def min_meeting_rooms(meetings):
    """Fewest rooms so that no two meetings in the same room overlap ([start, end) times)."""
    raise NotImplementedError
