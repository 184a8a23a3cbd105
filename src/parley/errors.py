"""The one error type users see: a message that fits on one line and names what is wrong."""


class ParleyError(Exception):
    """A problem with the user's input or environment, phrased for the user."""

    def __init__(self, message: str) -> None:
        # One line, always: cron mails and terminals show the first line only.
        super().__init__(" ".join(message.split()))
