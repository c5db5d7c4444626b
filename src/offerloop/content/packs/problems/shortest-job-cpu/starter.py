def cpu_order(tasks):
    """Indices of tasks in the order a shortest-job-first, non-preemptive CPU runs them."""
    raise NotImplementedError
