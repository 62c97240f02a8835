"""The targets: one package each (its Python), its templates under ``templates/<name>/``.
``registry`` lists them."""
