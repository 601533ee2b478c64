using Douyin.Eligibility.Tool.Commands.Check.Output;

namespace Douyin.Eligibility.Tool.Tests.Commands.Check.Output;

public sealed class DecisionWritersTests
{
    [Fact]
    public void Formats_Listed_StartWithTheDefault()
    {
        DecisionWriters.Formats.Should().Equal("table", "jsonl", "csv");
        DecisionWriters.Default.Should().Be("table");
        DecisionWriters.Described.Should().Be("table, jsonl or csv");
    }

    [Theory]
    [InlineData("table", typeof(TableDecisionWriter))]
    [InlineData("jsonl", typeof(JsonLinesDecisionWriter))]
    [InlineData("csv", typeof(CsvDecisionWriter))]
    public void Create_KnownFormat_ReturnsItsWriter(string format, Type writer)
    {
        DecisionWriters.Create(format, new StringWriter(), System.Globalization.CultureInfo.InvariantCulture).Should().BeOfType(writer);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("TABLE")]
    [InlineData("")]
    public void Create_UnknownFormat_ThrowsListingTheFormats(string format)
    {
        var create = () => DecisionWriters.Create(format, new StringWriter(), System.Globalization.CultureInfo.InvariantCulture);

        create.Should().Throw<ToolException>().WithMessage($"Unknown format '{format}'; use table, jsonl or csv.");
    }
}
