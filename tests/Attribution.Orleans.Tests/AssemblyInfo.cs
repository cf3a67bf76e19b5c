// The tests start clusters and processes that use both cores; one at a time keeps their timing meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
