"""Today: what the KAM must know this morning."""
