def sort_array(nums):
    # Correct, but insertion sort shifts values one slot at a time: O(n^2).
    a = list(nums)
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a
