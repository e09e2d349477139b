"""VoC (Voice of Customer) diagnosis: negative-feedback rates against category benchmarks,
levels, top issues, keywords, previous-period change and early warnings."""
