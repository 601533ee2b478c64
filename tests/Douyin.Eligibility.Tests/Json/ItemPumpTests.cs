using Douyin.Eligibility.Json;
using Douyin.Eligibility.Snapshots;

namespace Douyin.Eligibility.Tests.Json;

public class ItemPumpTests
{
    /// <summary>Hands out one result per byte read, and records every read the pump makes.</summary>
    private sealed class ByteItems : IStreamItems<MerchantSnapshot>
    {
        private readonly byte[] _space = new byte[4];
        private int _pending;

        public List<int> Reads { get; } = [];

        public bool IsDone { get; private set; }

        public Memory<byte> FreeSpace => _space;

        public void Advance(int count)
        {
            Reads.Add(count);
            IsDone = count == 0;
            _pending = count;
        }

        public SnapshotReadResult<MerchantSnapshot>? Next()
        {
            if (_pending == 0)
            {
                return null;
            }

            var index = Reads.Sum() - _pending--;
            return SnapshotReadResult<MerchantSnapshot>.Success(new MerchantSnapshot { Id = "S" + index }, 1, index);
        }
    }

    [Fact]
    public void Read_Stream_YieldsEveryItemAndReadsOnlyWhenTheItemsNeedMore()
    {
        var items = new ByteItems();

        var ids = ItemPump.Read(items, new Support.ChunkedStream(new byte[6], 4)).Select(r => r.Value!.Id).ToList();

        ids.Should().Equal("S0", "S1", "S2", "S3", "S4", "S5");
        items.Reads.Should().Equal(4, 2, 0);
    }

    [Fact]
    public void Read_IsLazy_NothingIsReadBeforeEnumeration()
    {
        var items = new ByteItems();

        var results = ItemPump.Read(items, new MemoryStream(new byte[3]));

        items.Reads.Should().BeEmpty();
        results.First().Value!.Id.Should().Be("S0");
        items.Reads.Should().Equal(3);
    }

    [Fact]
    public async Task ReadAsync_Stream_YieldsTheSameAsRead()
    {
        var items = new ByteItems();
        var ids = new List<string>();

        await foreach (var result in ItemPump.ReadAsync(items, new Support.ChunkedStream(new byte[5], 2), CancellationToken.None))
        {
            ids.Add(result.Value!.Id);
        }

        ids.Should().Equal("S0", "S1", "S2", "S3", "S4");
        items.Reads.Should().Equal(2, 2, 1, 0);
    }

    [Fact]
    public async Task OpenAndReadAsync_EachEnumeration_MakesNewItems()
    {
        var made = 0;
        var stream = new MemoryStream(new byte[2]);
        var results = ItemPump.OpenAndReadAsync(stream, () => { made++; return new ByteItems(); }, CancellationToken.None);

        made.Should().Be(0, "nothing is opened before enumeration");
        var count = 0;
        await foreach (var _ in results)
        {
            count++;
        }

        made.Should().Be(1);
        count.Should().Be(2);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = async () =>
        {
            await foreach (var _ in ItemPump.ReadAsync(new ByteItems(), new MemoryStream(new byte[2]), cts.Token))
            {
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
