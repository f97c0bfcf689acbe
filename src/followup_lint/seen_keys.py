"""A compact memory of strings seen in a stream, each with the row it was first seen on.

Whole-list checks such as "the same address twice" (FL402) must remember every record's key.
A ``dict[str, int]`` costs about 160 bytes per record (the string, the int, the entry): 160 MB
for a million recipients, more than the rest of the run. :class:`SeenKeys` keeps only each
key's 64-bit hash and its row in two flat arrays with open addressing: 32 to 64 bytes per key
(the table is a quarter to half full), whatever the length of the key.

Two different keys whose 64-bit hashes are equal would be taken for the same key. Among a
million keys the chance that any two collide is about 3 in 100 million; the hash is Python's
own (SipHash, randomised per process), so a list cannot be built to collide on purpose.
"""

from __future__ import annotations

from array import array

_EMPTY = 0
_START = 1 << 10


class SeenKeys:
    """``first_row(key, row)``: the row ``key`` was first seen on, or None (and it is remembered)."""

    __slots__ = ("_hashes", "_rows", "_mask", "_used")

    def __init__(self) -> None:
        self._hashes = array("q", bytes(8 * _START))
        self._rows = array("q", bytes(8 * _START))
        self._mask = _START - 1
        self._used = 0

    def __len__(self) -> int:
        return self._used

    def first_row(self, key: str, row: int) -> int | None:
        wanted = hash(key) or 1  # 0 marks an empty slot
        hashes, mask = self._hashes, self._mask
        slot = wanted & mask
        while True:
            found = hashes[slot]
            if found == wanted:
                return self._rows[slot]
            if found == _EMPTY:
                break
            slot = (slot + 1) & mask
        hashes[slot] = wanted
        self._rows[slot] = row
        self._used += 1
        if 2 * self._used > mask:
            self._grow()
        return None

    def _grow(self) -> None:
        old = zip(self._hashes, self._rows)
        size = 2 * (self._mask + 1)
        self._hashes = array("q", bytes(8 * size))
        self._rows = array("q", bytes(8 * size))
        self._mask = size - 1
        hashes, rows, mask = self._hashes, self._rows, self._mask
        for wanted, row in old:
            if wanted != _EMPTY:
                slot = wanted & mask
                while hashes[slot] != _EMPTY:
                    slot = (slot + 1) & mask
                hashes[slot] = wanted
                rows[slot] = row
