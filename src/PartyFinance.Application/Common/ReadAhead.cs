using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PartyFinance.Application.Common;

/// <summary>
/// Runs an enumeration on a thread of its own, a few batches ahead of its reader: a file is parsed on one core while
/// what was read is posted on the other. The items come in the source's order; an exception of the source is thrown
/// to the reader where the source threw it; a reader that stops early stops the source, and the source's thread has
/// ended when the reader's enumeration is disposed (so whatever the source reads may then be closed or read again).
/// </summary>
public static class ReadAhead
{
    private const int Batch = 256;
    private const int BatchesAhead = 16;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
    {
        using var queue = new BlockingCollection<List<T>>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            var batch = new List<T>(Batch);
            try
            {
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == Batch)
                    {
                        queue.Add(batch, stop.Token);
                        batch = new List<T>(Batch);
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add(batch, stop.Token);
                    batch = [];
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The reader stopped early.
            }
            catch (Exception e)
            {
                // The items read before the failure come first, as they would without the thread.
                failure = ExceptionDispatchInfo.Capture(e);
                if (batch.Count > 0 && !stop.IsCancellationRequested)
                {
                    try
                    {
                        queue.Add(batch, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The reader stopped meanwhile.
                    }
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "read-ahead",
        };
        thread.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            thread.Join();
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            thread.Join();
        }
    }
}
