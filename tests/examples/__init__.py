"""The example corpus side by side: every ``aws ...`` command line of awscli's own
examples (``awscli/examples/<service>/<command>.rst``) run through ``aws`` (the oracle)
and the generated CLI against one loopback server, compared request by request.

- ``extract``: the command lines and the files the examples show (``policy.json``);
- ``classify``: why a command line cannot run offline (counted, never dropped);
- ``wire``: the loopback server (one answer per protocol) and request normalisation;
- ``runner``: one process per side and service, each command line in a fresh state;
- ``compare``: equal or not, and the likely cause of a difference;
- ``__main__``: ``python -m tests.examples [--service NAME] [--limit N]`` (``make examples``).
"""
