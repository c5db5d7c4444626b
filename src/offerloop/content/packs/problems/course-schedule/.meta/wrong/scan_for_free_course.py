def course_order(num_courses, prerequisites):
    # Correct, but looks through every course for a free one in each round: O(V^2 + E).
    indeg = [0] * num_courses
    after = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        after[b].append(a)
        indeg[a] += 1
    done = [False] * num_courses
    order = []
    for _ in range(num_courses):
        for c in range(num_courses):
            if not done[c] and indeg[c] == 0:
                break
        else:
            return []
        done[c] = True
        order.append(c)
        for d in after[c]:
            indeg[d] -= 1
    return order
