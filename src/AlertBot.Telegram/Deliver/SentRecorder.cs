using System.Threading.Channels;
using AlertBot.Storage;
using Microsoft.Extensions.Logging;

namespace AlertBot.Telegram.Deliver;

/// <summary>
/// Group commit for the sender: every send that Telegram accepted is recorded as sent, and the sends that
/// finish while one batch is being written go together in the next, in one transaction. On SQLite that is one
/// turn of the single writer per batch instead of one per message, which left the writer free for ingest.
/// A caller's task completes once its own row is committed, so nothing counts as done before it is stored.
/// A batch that fails is retried row by row, so one bad row never fails the others.
/// </summary>
public sealed class SentRecorder : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Outbox _outbox;
    private readonly ILogger _logger;
    private readonly Channel<(SentMark Mark, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(SentMark, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public SentRecorder(Outbox outbox, ILogger logger)
    {
        _outbox = outbox;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Records the send; completes when it is committed, or fails if it could not be.</summary>
    public Task RecordAsync(SentMark mark)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite((mark, done)))
            return _outbox.MarkSentAsync([mark], CancellationToken.None);
        return done.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<(SentMark Mark, TaskCompletionSource Done)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
                batch.Add(item);
            try
            {
                await _outbox.MarkSentAsync(batch.Select(b => b.Mark).ToList(), CancellationToken.None);
                batch.ForEach(b => b.Done.TrySetResult());
            }
            catch (Exception e) when (batch.Count > 1)
            {
                Log.SentBatchFailed(_logger, batch.Count, e);
                foreach (var (mark, done) in batch)
                    await RecordOneAsync(mark, done);
            }
            catch (Exception e)
            {
                batch[0].Done.TrySetException(e);
            }

            batch.Clear();
        }
    }

    private async Task RecordOneAsync(SentMark mark, TaskCompletionSource done)
    {
        try
        {
            await _outbox.MarkSentAsync([mark], CancellationToken.None);
            done.TrySetResult();
        }
        catch (Exception e)
        {
            done.TrySetException(e);
        }
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }
}
