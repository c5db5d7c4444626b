import types
import typing
from typing import Any, Union, get_args, get_origin, get_type_hints, is_typeddict


def validate_typed_dict(data, schema):
    """Sorted list of the paths ("key" or "outer.inner") that break the TypedDict schema."""
    raise NotImplementedError
