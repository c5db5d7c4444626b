"""ML coding, algorithm and Python practice: problems, submissions, progress."""
