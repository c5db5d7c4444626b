from collections import deque


def course_order(num_courses, prerequisites):
    # Reads [a, b] as "a before b".
    after = [[] for _ in range(num_courses)]
    indeg = [0] * num_courses
    for a, b in prerequisites:
        after[a].append(b)
        indeg[b] += 1
    queue = deque(c for c in range(num_courses) if indeg[c] == 0)
    order = []
    while queue:
        c = queue.popleft()
        order.append(c)
        for d in after[c]:
            indeg[d] -= 1
            if indeg[d] == 0:
                queue.append(d)
    return order if len(order) == num_courses else []
