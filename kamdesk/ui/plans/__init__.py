"""Reports > Sales plans: the year's grid, plans against actual, and plans from a sheet."""
