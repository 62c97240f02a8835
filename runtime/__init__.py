"""Code every generated service shares: sessions, errors, validation, wire conversion."""
