"""Dates and times as the site writes them: "7 February 2025", "16:09 JST, 7 February 2025"."""

from __future__ import annotations

from datetime import date, datetime

from briefs.render.escape import escape_attribute, escape_text


def day_month_year(value: date) -> str:
    """`7 February 2025`: the day without a leading zero, the month in words."""
    return f"{value.day} {value:%B %Y}"


def long_date(iso: str) -> str:
    """`2025-02-07` (an ISO date from a contributed file) as `7 February 2025`."""
    return day_month_year(date.fromisoformat(iso))


def format_time(value: datetime, zone_name: str | None, has_time: bool = True) -> str:
    """`16:09 JST, 7 February 2025`, or the date alone."""
    day = day_month_year(value)
    if not has_time:
        return day
    zone = zone_name or (value.strftime("UTC%z")[:-2] + ":" + value.strftime("%z")[-2:] if value.tzinfo else "")
    return f"{value:%H:%M} {zone}, {day}".replace("  ", " ").replace(" ,", ",")


def time_element(value: datetime, label: str) -> str:
    """An HTML `<time>` element; `label` is escaped here."""
    return f'<time datetime="{escape_attribute(value.isoformat())}">{escape_text(label)}</time>'
