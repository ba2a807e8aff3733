"""linkedin-auditor: audit a LinkedIn presence and networking habits from LinkedIn's own data export.

Nothing heavy is imported here, so that `linkedin-audit --help` answers at once.
"""

from __future__ import annotations

__version__ = "0.1.0"
