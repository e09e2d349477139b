"""Test doubles: a scripted chat model and a fake OpenAI-compatible HTTP server (loopback only)."""
