def count_convoys(target, position, speed):
    # A truck leads a convoy when no truck ahead of it arrives later: O(n^2).
    times = [(target - p) / s for p, s in zip(position, speed)]
    convoys = 0
    for i in range(len(position)):
        if all(not (position[j] > position[i] and times[j] >= times[i]) for j in range(len(position))):
            convoys += 1
    return convoys
