"""Running the pipeline at scale: per-document stages in worker processes
(``--jobs``) or on Ray (``--engine ray``), and the relation stage in partitions.
The store (``crosscheck.store``) uses the same per-document work."""
