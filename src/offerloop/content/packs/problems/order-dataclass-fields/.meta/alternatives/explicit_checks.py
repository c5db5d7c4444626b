# Written differently: the dataclasses module imported whole, typing.List annotations, a lambda
# factory, field options in another order, validation collected before raising.
import dataclasses
from typing import List


@dataclasses.dataclass(frozen=True, eq=True)
class LineItem:
    name: str
    qty: int
    price_cents: int

    @property
    def subtotal_cents(self) -> int:
        return self.price_cents * self.qty


@dataclasses.dataclass(eq=True)
class Order:
    customer: str
    items: List[LineItem] = dataclasses.field(default_factory=lambda: [])
    note: str = dataclasses.field(repr=False, compare=False, default="")

    def __post_init__(self):
        cleaned = self.customer.strip()
        if cleaned == "":
            raise ValueError("blank customer")
        self.customer = cleaned

    def add(self, name, qty, price_cents):
        problems = [msg for bad, msg in ((qty < 1, "qty"), (price_cents < 0, "price")) if bad]
        if problems:
            raise ValueError(", ".join(problems))
        self.items.append(LineItem(name, qty, price_cents))
        return self.items[-1]

    def total_cents(self):
        return sum(i.subtotal_cents for i in self.items)
