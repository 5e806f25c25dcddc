using PartyFinance.Application.Common;

namespace PartyFinance.Application.Tests.Common;

public class ReadAheadTests
{
    [Fact]
    public void ItemsComeInTheSourcesOrder_ReadOnAnotherThread()
    {
        var reader = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 10_000; i++)
            {
                threads.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }

        Assert.Equal(Enumerable.Range(0, 10_000), ReadAhead.Of(Source()).ToList());
        Assert.DoesNotContain(reader, threads);
    }

    [Fact]
    public void TheSourcesException_IsThrownToTheReaderAfterTheItemsBeforeIt()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new FormatException("dòng 3");
        }

        var seen = new List<int>();
        var e = Assert.Throws<FormatException>(() =>
        {
            foreach (var i in ReadAhead.Of(Source()))
            {
                seen.Add(i);
            }
        });
        Assert.Equal("dòng 3", e.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void AReaderThatStopsEarly_StopsTheSource_WhichHasEndedWhenTheReadingIsDisposed()
    {
        var produced = 0;
        var ended = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    Interlocked.Increment(ref produced);
                    yield return i;
                }
            }
            finally
            {
                ended = true;
            }
        }

        Assert.Equal([0, 1, 2], ReadAhead.Of(Source()).Take(3));
        Assert.True(ended);
        var after = Volatile.Read(ref produced);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref produced));
        Assert.True(after < 100_000, $"the source ran on to {after} items");
    }
}
