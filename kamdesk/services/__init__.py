"""Use cases: fn(session, ...) -> plain records. No Qt; the caller owns the transaction."""
