# Written differently: a class-based context manager that owns an ExitStack and delegates
# __exit__ to it, entering resources in an explicit loop.
from contextlib import ExitStack


class acquire_all:
    def __init__(self, factories):
        self._factories = factories

    def __enter__(self):
        stack = ExitStack()
        try:
            values = []
            for factory in self._factories:
                values.append(stack.enter_context(factory()))
        except BaseException as exc:
            # the entered managers see the error, as nested with statements would show it
            if not stack.__exit__(type(exc), exc, exc.__traceback__):
                raise
            raise RuntimeError("an error while acquiring was suppressed")
        self._stack = stack
        return values

    def __exit__(self, *exc_info):
        return self._stack.__exit__(*exc_info)
