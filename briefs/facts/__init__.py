"""What the stages find in each brief, as typed facts with offsets and no markup: glossary mentions, anchored notes, dated events, related briefs."""
