"""Generated AWS service packages. Do not edit: run `make generate`."""
