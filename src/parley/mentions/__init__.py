"""Mentions: the dated and typed statements each article makes, classed and stored."""
