"""Offline eval suites: datasets, metrics, runner, reports and the CI gate."""
