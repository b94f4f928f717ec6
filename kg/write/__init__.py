"""Writers: every output is written to a temporary file beside its target and renamed
into place, so a crash never leaves a half-written file."""
