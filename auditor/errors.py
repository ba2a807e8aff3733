"""Errors the user can fix: each carries a one-line message and maps to exit code 2 in the CLI; and the signal
that stops a run (exit code 130 or 143)."""

from __future__ import annotations


class AuditorError(Exception):
    """Base of every error shown to the user as one line, never as a traceback."""


class Interrupted(BaseException):
    """SIGINT (Ctrl-C) or SIGTERM arrived: the command stops. A BaseException, like KeyboardInterrupt, so that no
    `except Exception` on the way (the engine's per-rule guard, say) takes it for an error and goes on."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class ExportError(AuditorError):
    """The archive cannot be read at all: not a ZIP, truncated, encrypted, a zip bomb, missing."""
