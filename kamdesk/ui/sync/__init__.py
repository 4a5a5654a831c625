"""The Sync section: exchange files with the team's other laptops, resolve what clashed."""
