def single_number(nums):
    """The value that appears once in nums; every other value appears exactly twice."""
    raise NotImplementedError
