"""Offline writing: templated, extractive answers built only from tool results and playbook text."""
