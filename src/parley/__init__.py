"""Parley: dated events, a timeline and a negotiation-rounds summary from news articles."""

__version__ = "0.1.0"
