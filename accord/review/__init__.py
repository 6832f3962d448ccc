"""Review: what analysts' corrections make of the record beyond the store's view of it.

- `reanalyze`: run the pipeline again over stored articles (after an alias), keeping reviews;
- `gold`: reviewed events as gold lines for `accord eval` (docs/gold-format.md);
- `precision`: accord's precision per PLOVER type on the events a team reviewed.

Writing reviews and the reviewed view itself are store concerns: `accord.store.reviews`,
`accord.store.reviewed`, `accord.store.aliases`. The workflow is described in docs/review.md.
"""
