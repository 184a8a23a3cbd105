"""Events: mentions consolidated into exchanges and negotiation rounds."""
