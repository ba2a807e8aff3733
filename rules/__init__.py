"""The method's checklist as rules, one rule per module (installed as `auditor.rules`).

The registry is filled as rules land (see the audit issue); the export reader never imports this package.
"""

from __future__ import annotations
