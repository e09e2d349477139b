"""Multilingual, multi-label, explainable feedback tagger (lexicons + negation) and its cache.

Public API: `tag_feedback`, `FeedbackTags`, `IssueTag`, `detect_language`, `tag_store`.
Import from the submodules (`tools.tagging.tagger`, ...); this package imports nothing eagerly.
"""
