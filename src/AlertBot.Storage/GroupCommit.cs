using System.Collections.Concurrent;
using System.Data.Common;

namespace AlertBot.Storage;

/// <summary>
/// SQLite's group commit (<see cref="Database.WriteGroupedAsync{T}"/>): a caller queues its work, then waits for the
/// writer gate. Whoever gets the gate first runs everything queued by then in one transaction, a savepoint per
/// item, and commits; a caller whose work an earlier holder already ran finds it done and hands the gate on.
/// No thread of its own: the callers do the work.
/// </summary>
internal sealed class GroupCommit
{
    // Enough to share the pages of a busy ingest's concurrent articles (4 per core); small enough that one
    // transaction stays short for the sender's claims queued behind it.
    private const int MaxItems = 16;

    private readonly ConcurrentQueue<Item> _queue = new();

    public async Task<T> RunAsync<T>(Database database, SemaphoreSlim gate, Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var item = new Item<T>(work, ct);
        _queue.Enqueue(item);
        try
        {
            await gate.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (item.TryAbandon())
        {
            // Nobody took it: it will not run.
            throw;
        }
        catch (OperationCanceledException)
        {
            // An earlier holder of the gate is running it: its outcome is this caller's.
            return await item.Task;
        }

        try
        {
            while (!item.Task.IsCompleted)
                await RunBatchAsync(database);
        }
        finally
        {
            gate.Release();
        }

        return await item.Task;
    }

    private async Task RunBatchAsync(Database database)
    {
        var batch = new List<Item>(MaxItems);
        while (batch.Count < MaxItems && _queue.TryDequeue(out var next))
        {
            if (next.TryTake())
                batch.Add(next);
        }

        if (batch.Count == 0)
            return;
        var ran = new List<Item>(batch.Count);
        try
        {
            await using var connection = await database.OpenWriterAsync(CancellationToken.None);
            await using var tx = await connection.BeginTransactionAsync(CancellationToken.None);
            foreach (var item in batch)
            {
                await tx.SaveAsync("grouped");
                try
                {
                    await item.RunAsync(connection, tx);
                }
                catch (Exception e)
                {
                    // Its writes go; the transaction and the others' stay. Should the rollback itself fail, the
                    // transaction is gone: the catch below fails every item not yet done.
                    await tx.RollbackAsync("grouped");
                    item.Fail(e);
                    continue;
                }

                await tx.ReleaseAsync("grouped");
                ran.Add(item);
            }

            await tx.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            foreach (var item in batch)
                item.Fail(e);
            return;
        }

        foreach (var item in ran)
            item.Complete();
    }

    private abstract class Item
    {
        private int _state; // 0 queued, 1 taken by a gate holder, 2 abandoned by its caller

        public bool TryTake() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public bool TryAbandon() => Interlocked.CompareExchange(ref _state, 2, 0) == 0;

        public abstract Task RunAsync(DbConnection connection, DbTransaction tx);

        public abstract void Fail(Exception e);

        public abstract void Complete();
    }

    private sealed class Item<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken ct) : Item
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _done.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction tx) => _result = await work(connection, tx, ct);

        public override void Fail(Exception e)
        {
            if (e is OperationCanceledException oce)
                _done.TrySetCanceled(oce.CancellationToken);
            else
                _done.TrySetException(e);
        }

        public override void Complete() => _done.TrySetResult(_result);
    }
}
