using System.Buffers;
using System.Text;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>A writer of rows that an <see cref="IRowEncoder"/> encodes, onto a text writer (the encoder's UTF-8 decoded).</summary>
internal abstract class EncodedDecisionWriter(TextWriter output, Func<byte[], IRowEncoder> newEncoder) : IDecisionWriter
{
    private readonly IRowEncoder _encoder = newEncoder(Encoding.UTF8.GetBytes(output.NewLine));
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private bool _started;

    public void Write(DecisionRow row)
    {
        _buffer.ResetWrittenCount();
        if (!_started)
        {
            _buffer.Write(_encoder.Header);
            _started = true;
        }

        _encoder.Encode(row, _buffer);
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    public void Finish()
    {
    }
}
