"""Edit > Trash: what was deleted, restored from one list."""
