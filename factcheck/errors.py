"""Errors a user can act on. The CLI prints them as one `Error:` line."""

from __future__ import annotations

import errno
import os
import re
import sqlite3

RECOVER_HINT = (
    "restore it from a backup, or save what it still holds with: sqlite3 DAMAGED.db .recover | sqlite3 RECOVERED.db"
)


class FactcheckError(Exception):
    """A problem with the user's input or environment; `exit_code` 1, or 2 for usage."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def line(self) -> str:
        """The one line the CLI prints: `Error: message (hint)`, newlines flattened."""
        return "Error: " + re.sub(r"\s*[\r\n]+\s*", " ", str(self).strip())


class UsageError(FactcheckError):
    exit_code = 2


class Terminated(KeyboardInterrupt):
    """SIGTERM (sent by `timeout`, systemd, `docker stop`): stops a command as Ctrl-C does,
    with exit code 143 (128 + 15) instead of 130."""


def refuse_symlink_loop(path: str, hint: str) -> None:
    """A path whose symbolic links lead round in a circle is said to be one; without this it
    reads as missing (Path.exists() is False) or is replaced as if it were."""
    try:
        os.stat(path)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise FactcheckError(f"{path} is a symlink loop", hint) from None


def explain(e: BaseException) -> FactcheckError:
    """A FactcheckError for an exception raised below the CLI: what went wrong and what to do.
    An exception nobody foresaw is reported as a bug, still in one line."""
    if isinstance(e, FactcheckError):
        return e
    text = str(e)
    if isinstance(e, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return FactcheckError(
                "the database stayed locked by another process for over a minute",
                "try again when that process has finished",
            )
        if "readonly" in text or "read-only" in text:
            return FactcheckError(
                "the database is read-only; nothing was changed", "copy it to a writable place, or give another --db"
            )
        if "full" in text:
            return FactcheckError(
                f"cannot write: {text}; the article being stored was not stored",
                "free some space, then run the same command again",
            )
        return FactcheckError(f"database error: {text}", "check --db")
    if isinstance(e, sqlite3.DatabaseError) and not isinstance(e, sqlite3.IntegrityError):
        # "database disk image is malformed", "file is not a database"
        return FactcheckError(f"the database is damaged: {text}", RECOVER_HINT)
    if isinstance(e, MemoryError):
        return FactcheckError("out of memory", "give fewer or smaller articles at a time")
    if isinstance(e, OSError):
        where = f": {e.filename}" if e.filename else ""
        return FactcheckError(f"{e.strerror or text}{where}", "check the path, its permissions and the free space")
    return FactcheckError(
        f"unexpected {type(e).__name__}: {text}",
        "this is a bug in factcheck: please report it with the command that caused it; "
        "FACTCHECK_DEBUG=1 shows the details",
    )
