namespace Attribution.Pipeline;

/// <summary>
/// A few reusable per-call workspaces, owned by one extractor's pipeline: a call rents one, works in it
/// alone and gives it back, so a thread that extracts document after document reuses the same collections
/// and concurrent calls each get their own. Lock-free (one interlocked exchange per slot); when every
/// slot is taken a fresh workspace is made, and one given back to a full pool is left to the collector.
/// </summary>
/// <typeparam name="T">The workspace type.</typeparam>
internal sealed class WorkspacePool<T>
    where T : class, new()
{
    private readonly T?[] _slots = new T?[Math.Max(2, Environment.ProcessorCount * 2)];

    public T Rent()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } workspace)
            {
                return workspace;
            }
        }

        return new T();
    }

    public void Return(T workspace)
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is null && Interlocked.CompareExchange(ref _slots[i], workspace, null) is null)
            {
                return;
            }
        }
    }
}
