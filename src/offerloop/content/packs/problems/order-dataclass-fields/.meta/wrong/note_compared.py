from dataclasses import dataclass, field


@dataclass(frozen=True)
class LineItem:
    name: str
    qty: int
    price_cents: int

    @property
    def subtotal_cents(self):
        return self.qty * self.price_cents


@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    note: str = ""   # compared and shown

    def __post_init__(self):
        self.customer = self.customer.strip()
        if not self.customer:
            raise ValueError("customer must not be blank")

    def add(self, name, qty, price_cents):
        if qty < 1:
            raise ValueError("qty must be at least 1")
        if price_cents < 0:
            raise ValueError("price must not be negative")
        item = LineItem(name, qty, price_cents)
        self.items.append(item)
        return item

    def total_cents(self):
        return sum(item.subtotal_cents for item in self.items)
