"""Exit codes: each means one thing, and this is the only place they are defined."""

from __future__ import annotations

OK = 0
"""The command did its job (for an audit: no finding at or above --fail-on)."""

FINDINGS = 1
"""An audit found problems at or above the --fail-on level."""

USAGE = 2
"""Bad usage, bad configuration or unreadable input (the message says which); also internal errors."""

INTERRUPTED = 130
"""Stopped by Ctrl-C (SIGINT): 128 + the signal's number, as shells report it."""

TERMINATED = 143
"""Stopped by SIGTERM: 128 + 15."""
