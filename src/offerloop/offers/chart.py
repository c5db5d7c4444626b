"""A grouped bar chart of four years of total compensation per offer, as inline SVG.

Drawn on the server so the page needs no charting library and works without JavaScript.
"""

from __future__ import annotations

from html import escape

from offerloop.offers.compensation import money

PALETTE = ("#2457c5", "#c2571a", "#1c7c3c", "#8a3ffc", "#b3261e", "#007d79", "#6f6f6f", "#a2191f")


def _nice_max(value: int) -> int:
    """A round axis maximum at or above value (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        top = int(step * power)
        if top >= value:
            return top
    return 10 * power


def _short(amount: int) -> str:
    if amount >= 1_000_000:
        return f"{amount / 1_000_000:.1f}M".replace(".0M", "M")
    if amount >= 1_000:
        return f"{amount // 1_000}k"
    return str(amount)


def four_year_chart(offers: list[dict], currency: str, width: int = 760, height: int = 300) -> str:
    """offers: [{"company": str, "year_totals": [4 ints]}] -> an accessible <svg> string."""
    if not offers:
        return ""
    left, right, top, bottom = 64, 12, 16, 56
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _nice_max(max(max(o["year_totals"]) for o in offers))
    years = len(offers[0]["year_totals"])
    group_w = plot_w / years
    bar_w = min(48.0, (group_w - 16) / len(offers))
    names = ", ".join(o["company"] for o in offers)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-labelledby="offers-chart-title" class="offers-chart">',
             f'<title id="offers-chart-title">Total compensation per year for {escape(names)}</title>']
    for i in range(5):
        value = peak * i // 4
        y = top + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#dfe3e7"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#5f6b76">'
                     f'{_short(value)}</text>')
    for k in range(years):
        gx = left + group_w * k
        inner = (group_w - bar_w * len(offers)) / 2
        for j, offer in enumerate(offers):
            value = offer["year_totals"][k]
            h = plot_h * value / peak
            x = gx + inner + bar_w * j
            y = top + plot_h - h
            label = f"{offer['company']}, year {k + 1}: {money(value, currency)}"
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[j % len(PALETTE)]}" data-offer="{offer.get("id", j)}" data-year="{k + 1}" '
                         f'data-value="{value}"><title>{escape(label)}</title></rect>')
        parts.append(f'<text x="{gx + group_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                     f'font-size="12" fill="#1d2125">Year {k + 1}</text>')
    lx = left
    for j, offer in enumerate(offers):
        parts.append(f'<rect x="{lx}" y="{height - 22}" width="12" height="12" fill="{PALETTE[j % len(PALETTE)]}"/>')
        text = escape(offer["company"])
        parts.append(f'<text x="{lx + 16}" y="{height - 12}" font-size="12" fill="#1d2125">{text}</text>')
        lx += 28 + 7 * len(offer["company"])
    parts.append("</svg>")
    return "".join(parts)
