"""Errors of the index layer."""

from corpus.errors import PolicyQAError


class IndexNotBuiltError(PolicyQAError):
    """No index at the given folder."""


class IndexBrokenError(PolicyQAError):
    """An index folder that is incomplete, corrupt, or built with another model."""


class ModelNotReadyError(PolicyQAError):
    """The embedding model folder is missing."""
