"""Sync between laptops, wired to the database: capture, export, import, conflicts.

The pure parts are elsewhere: the merge rules in domain.merge and domain.clock, the file format
and the record codec in kamdesk.sync. See docs/sync-design.md.
"""
