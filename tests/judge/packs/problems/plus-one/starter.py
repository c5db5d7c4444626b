def plus_one(nums):
    raise NotImplementedError
