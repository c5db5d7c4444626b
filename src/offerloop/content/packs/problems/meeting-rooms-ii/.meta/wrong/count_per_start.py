def min_meeting_rooms(meetings):
    # Correct, but counts the meetings covering every start time: O(n^2).
    best = 0
    for s, _ in meetings:
        best = max(best, sum(1 for a, b in meetings if a <= s < b))
    return best
