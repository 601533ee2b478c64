using System.Buffers;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// Encodes rows one at a time as UTF-8, each with its line break, so that rows can be encoded on worker threads and the
/// bytes written in input order. An encoder keeps scratch state: one per thread.
/// </summary>
internal interface IRowEncoder
{
    /// <summary>Bytes written once before the first row (a header line), or empty.</summary>
    ReadOnlySpan<byte> Header { get; }

    void Encode(DecisionRow row, IBufferWriter<byte> output);
}
