"""Malicious-review triage: classification, report eligibility, the report ledger, appeal drafts."""
