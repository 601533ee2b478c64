using System.Text;

namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// Where <c>check</c> writes its rows: <see cref="Bytes"/> for rows encoded as UTF-8, <see cref="Text"/> for a writer
/// of text (the table). A file (<c>--output</c>) and the process's standard output take the bytes as they are; any other
/// text writer (tests) gets them decoded.
/// </summary>
internal sealed class CheckOutput : IDisposable
{
    private readonly FileStream? _file;
    private readonly Lazy<TextWriter> _text;

    private CheckOutput(Stream bytes, Func<TextWriter> text, string newLine, FileStream? file)
    {
        Bytes = bytes;
        _text = new Lazy<TextWriter>(text);
        NewLine = Encoding.UTF8.GetBytes(newLine);
        _file = file;
    }

    /// <summary>The stream rows encoded as UTF-8 go to.</summary>
    public Stream Bytes { get; }

    /// <summary>The writer text rows go to (used instead of <see cref="Bytes"/>, never with it).</summary>
    public TextWriter Text => _text.Value;

    /// <summary>The line break of the output, as UTF-8.</summary>
    public byte[] NewLine { get; }

    /// <summary>The output of a run: the file at <paramref name="path"/> (created or replaced), or the context's output.</summary>
    /// <exception cref="ToolException">The file cannot be written.</exception>
    public static CheckOutput Open(ToolContext context, string? path)
    {
        if (path is not null)
        {
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"Cannot write '{path}': {e.Message}");
            }

            return new CheckOutput(file, () => new StreamWriter(file, new UTF8Encoding(false), 1 << 16, leaveOpen: true), Environment.NewLine, file);
        }

        if (ReferenceEquals(context.Out, Console.Out))
        {
            // The console's writer flushes at every line; the bytes go to the same standard output, a buffer at a time.
            context.Out.Flush();
            return new CheckOutput(new BufferedStream(Console.OpenStandardOutput(), 1 << 16), () => context.Out, context.Out.NewLine, null);
        }

        return new CheckOutput(new TextWriterStream(context.Out), () => context.Out, context.Out.NewLine, null);
    }

    /// <summary>Puts out what is buffered, so a message on stderr comes after the rows before it.</summary>
    public void Flush()
    {
        Bytes.Flush();
        if (_text.IsValueCreated)
        {
            _text.Value.Flush();
        }
    }

    public void Dispose()
    {
        Flush();
        if (_file is not null)
        {
            if (_text.IsValueCreated)
            {
                _text.Value.Dispose();
            }

            _file.Dispose();
        }
    }

    /// <summary>UTF-8 bytes written to a text writer, decoded (a character cut between two writes is kept for the next).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            var count = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, count);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
