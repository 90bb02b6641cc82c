"""The project's error family; each message says what to do next."""


class PolicyQAError(Exception):
    """Base of every error policyqa raises on purpose."""


class BadDocumentError(PolicyQAError):
    """A file that cannot be read as a policy document."""


class EmptyCorpusError(PolicyQAError):
    """No readable document in the folders given."""


class BadQuestionError(PolicyQAError):
    """A question (or history) that cannot be answered as given."""
