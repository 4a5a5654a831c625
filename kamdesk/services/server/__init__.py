"""The team server (issue 19) from a laptop: connecting, and one exchange."""
