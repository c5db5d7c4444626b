def least_interval(tasks, n):
    """Fewest time slots to run every task with at least n slots between equal tasks."""
    raise NotImplementedError
