"""Measured accuracy against the hand-annotated real-news sets."""
