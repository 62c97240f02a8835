"""Spec-driven generator: botocore model -> IR -> templates -> black -> generated/."""
