"""Python implementations of the built-in rules; identity and docs live in ``rules/*.yml``."""
