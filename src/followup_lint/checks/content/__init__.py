"""Rules on sentence roles: one rule per module (see :mod:`.base` for the shared plumbing)."""
