"""Pure business rules: no SQLAlchemy, no Qt. Everything here is testable on its own."""
