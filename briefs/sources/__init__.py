"""Reading sources: pasted text and saved pages into an `Article` (headline, time, body)."""
