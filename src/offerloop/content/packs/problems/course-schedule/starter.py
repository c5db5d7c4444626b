def course_order(num_courses, prerequisites):
    """A valid order of all courses ([a, b] means b before a), or [] if there is a cycle."""
    raise NotImplementedError
