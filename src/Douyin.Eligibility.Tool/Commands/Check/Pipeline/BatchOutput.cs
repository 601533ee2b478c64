using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Douyin.Eligibility.Tool.Commands.Check.Output;

namespace Douyin.Eligibility.Tool.Commands.Check.Pipeline;

/// <summary>
/// What a worker made of one input batch, for the writer to put out in order: the rows (encoded as bytes, or kept for a
/// writer that pages them), the stderr reports of invalid items and subjects with where they fall among the rows, and
/// how many were invalid. Byte buffers are pooled: <see cref="Recycle"/> gives them back.
/// </summary>
internal sealed class BatchOutput
{
    private static readonly ConcurrentBag<ArrayBufferWriter<byte>> Buffers = [];

    private BatchOutput(ArrayBufferWriter<byte>? bytes) => Bytes = bytes;

    /// <summary>The encoded rows, when the format encodes rows on its own.</summary>
    public ArrayBufferWriter<byte>? Bytes { get; private set; }

    /// <summary>The rows, when the format's writer has to see them in order.</summary>
    public List<DecisionRow>? Rows { get; private init; }

    public int RowCount { get; private set; }

    /// <summary>Reports, each after the rows before it: its row count and byte offset.</summary>
    public List<(int Row, int Offset, string Message)> Reports { get; } = [];

    public int Invalid { get; private set; }

    /// <summary>What stopped the batch after its rows and reports (the rules are at fault); rethrown there.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    public static BatchOutput ForBytes() => new(Buffers.TryTake(out var buffer) ? buffer : new ArrayBufferWriter<byte>(256 * 1024));

    public static BatchOutput ForRows() => new(null) { Rows = [] };

    public void Add(DecisionRow row, IRowEncoder? encoder)
    {
        if (Bytes is { } bytes)
        {
            encoder!.Encode(row, bytes);
        }
        else
        {
            Rows!.Add(row);
        }

        RowCount++;
    }

    public void Report(string message)
    {
        Invalid++;
        Reports.Add((RowCount, Bytes?.WrittenCount ?? 0, message));
    }

    public void Recycle()
    {
        if (Bytes is { } bytes)
        {
            bytes.ResetWrittenCount();
            Buffers.Add(bytes);
            Bytes = null;
        }
    }
}
