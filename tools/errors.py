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
    """A report-ledger rule was broken (e.g. a review reported twice). The message words it for the CLI;
    `refusal` names the rule (`genuine_complaint`, `check_first`, `not_reportable`, `already_reported`,
    `no_category`, `category_disagrees`, `no_pending_report`) and `details` its facts, so the app can say
    it in the seller's language."""

    def __init__(self, message: str, *, refusal: str = "", **details: object) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.details = details


class ModelError(AppError):
    """The language model failed after retries; callers fall back to offline mode."""
