using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class InputSourceTests
{
    [Fact]
    public void Open_StdinWithALongFirstLine_ReadsOnlyItsStartToChooseTheFormat()
    {
        var line = $$"""{"id":"S1","asOf":"2024-07-25","shopName":"{{new string('a', 4 << 20)}}"}""";
        var stdin = new CountingReader(line + "\n");

        using var source = InputSource.Open("-", new ToolContext(TextWriter.Null, TextWriter.Null, stdin));

        source.Format.Should().Be(InputFormat.JsonLines);
        stdin.CharsRead.Should().BeLessThan(128 * 1024, "the format is known from the first characters; the line is not buffered whole");
    }

    [Theory]
    [InlineData("{\n  \"id\": \"S1\"\n}\n", "JsonObject")]
    [InlineData("  \n {  \r\n  \"id\": \"S1\"\n}\n", "JsonObject")]
    [InlineData("{\"id\":\"S1\"}\n{\"id\":\"S2\"}\n", "JsonLines")]
    [InlineData("{   \"id\":\"S1\"}", "JsonLines")]
    [InlineData("{", "JsonObject")]
    [InlineData("\n\n[\n{\"id\":\"S1\"}]", "JsonArray")]
    [InlineData("id,asOf\nS1,2024-07-25\n", "Csv")]
    [InlineData("", "JsonLines")]
    public void Open_Stdin_RecognisesTheFormatFromTheFirstCharacters(string text, string format)
    {
        using var source = InputSource.Open("-", new ToolContext(TextWriter.Null, TextWriter.Null, new StringReader(text)));

        source.Format.ToString().Should().Be(format);
        new StreamReader(source.Stream).ReadToEnd().Should().Be(text, "what was read to sniff is replayed");
    }

    /// <summary>A reader that counts the characters handed out.</summary>
    private sealed class CountingReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Count(_inner.Read(buffer, index, count));

        public override int Read(Span<char> buffer) => Count(_inner.Read(buffer));

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            var c = _inner.Read();
            CharsRead += c >= 0 ? 1 : 0;
            return c;
        }

        private int Count(int n)
        {
            CharsRead += n;
            return n;
        }
    }
}
