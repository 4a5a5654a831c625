"""kamdesk: an offline workbench for key account managers."""

__version__ = "0.1.0"
