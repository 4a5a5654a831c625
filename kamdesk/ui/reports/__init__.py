"""Reports: key clients (Pareto) and returns and refusals."""
