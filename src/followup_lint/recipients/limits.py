"""Limits that keep reading a recipients file bounded in time and memory, whatever the file.

A value or record over a limit is not built: the reader skips it and says so (FL021), then
reads on. The limits are far above what a CRM export holds (HubSpot caps a multi-line text
property at 65,536 characters; Salesforce's long text area at 131,072).
"""

from __future__ import annotations

#: Longest value (one CSV field, one JSON string) read, in characters.
MAX_VALUE_CHARS = 256 * 1024
#: Largest record (one CSV row, one JSON object) read, in characters.
MAX_RECORD_CHARS = 1024 * 1024
#: Deepest nesting of arrays and objects inside one JSON record.
MAX_JSON_DEPTH = 64
#: Rows of one file reported one by one as skipped; the rest are counted in the summary.
MAX_ROW_PROBLEMS = 100
#: Characters read per call; a longer line is read in pieces of this size.
PIECE_CHARS = 64 * 1024
#: Bytes looked at to choose the encoding and the delimiter.
SNIFF_BYTES = 64 * 1024


def describe_chars(count: int) -> str:
    """``262144`` -> ``"256 KiB"`` (limits are shown in messages in this form)."""
    if count % (1024 * 1024) == 0:
        return f"{count // (1024 * 1024)} MiB"
    if count % 1024 == 0:
        return f"{count // 1024} KiB"
    return f"{count:,}"
