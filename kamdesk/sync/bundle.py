"""The .kamsync bundle file: one place to import it from (docs/sync-format.md).

header.py holds the layout, limits and BundleError; crypto.py the sealing; frames.py the
payload's frames; writer.py and reader.py stream a bundle out and in.
"""

from kamdesk.sync.frames import BundleBlob, BundleRecord, BundleSummary
from kamdesk.sync.header import (
    FORMAT_VERSION,
    MAGIC,
    BundleError,
    BundleHeader,
    Kind,
    ScryptParams,
)
from kamdesk.sync.reader import BundleReader, open_bundle
from kamdesk.sync.writer import BundleWriter, part_path

__all__ = [
    "FORMAT_VERSION",
    "MAGIC",
    "BundleBlob",
    "BundleError",
    "BundleHeader",
    "BundleReader",
    "BundleRecord",
    "BundleSummary",
    "BundleWriter",
    "Kind",
    "ScryptParams",
    "open_bundle",
    "part_path",
]
