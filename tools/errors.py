"""One small exception tree. Only these messages reach a user; each says what to do next."""

from __future__ import annotations


class AppError(Exception):
    """Base of every error we show to a seller."""


class ConfigError(AppError):
    """A setting is missing or invalid."""


class DataError(AppError):
    """Seller data is malformed, missing or inconsistent."""


class NotFoundError(DataError):
    """An id the user named does not exist in the store."""


class LedgerError(AppError):
    """A report-ledger rule was broken (e.g. a review reported twice)."""


class ModelError(AppError):
    """The language model failed after retries; callers fall back to offline mode."""
