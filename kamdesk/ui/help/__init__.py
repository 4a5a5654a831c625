"""The Help menu: keyboard shortcuts and About (issue 18 item 1)."""
