"""moderator: self-hosted moderation for the comment sections of news sites.

Data flows page -> comments -> scores -> decision -> store:
  segment (moderator.segment) -> normalize (moderator.normalize) -> members (moderator.members)
  -> ensemble (moderator.ensemble) -> decide (moderator.policy) -> store (moderator.web / moderator.rescore)
The public entry point for scoring is moderator.scorer.Moderator.
"""

__version__ = "2026.11.8"
