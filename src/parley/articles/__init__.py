"""Articles in: reading, adding and fetching the corpus's articles."""
