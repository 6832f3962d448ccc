"""Scale-out: the same pipeline stages mapped over partitions of a corpus by Dask, writing Parquet.

For a corpus that outgrows one machine (`accord ingest --workers N` is the one-machine path):

    from accord.scale import analyze_to_parquet, load_parquet
    summary = analyze_to_parquet(["corpus.jsonl"], "out/", scheduler="tcp://head:8786", partitions=64)
    with Store("accord.db") as store:
        load_parquet("out/", store)

- `plan`: list the inputs and cut them into partitions of about equal size (JSON Lines files are
  cut at line boundaries; workers read their own byte range, so only references travel).
- `run`: map `accord.pipeline.analyze_documents` over the partitions on a Dask cluster.
- `tables`: one analysis -> rows of the `articles`, `events`, `quotes`, `mentions`, `errors` and
  `analyses` tables; `parquet`: atomic, idempotent writes of those tables.
- `restore` / `load`: the `analyses` table back into `Analysis` objects -> `Store.add`.
See docs/scale.md for the layout and how to query it in place.
"""

from .load import LoadSummary, load_parquet
from .restore import analysis_from_dict
from .run import PartitionResult, RunSummary, analyze_to_parquet

__all__ = ["LoadSummary", "PartitionResult", "RunSummary", "analysis_from_dict", "analyze_to_parquet",
           "load_parquet"]
