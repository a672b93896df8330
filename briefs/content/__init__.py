"""Reading contributed files: annotation files, glossary entries, their schemas and source policy."""
