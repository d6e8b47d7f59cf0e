"""Errors a user can act on. The CLI prints them as one `Error:` line."""


class FactcheckError(Exception):
    """A problem with the user's input or environment; `exit_code` 1, or 2 for usage."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class UsageError(FactcheckError):
    exit_code = 2
