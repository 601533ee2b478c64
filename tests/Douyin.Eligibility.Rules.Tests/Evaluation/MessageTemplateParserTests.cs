using Douyin.Eligibility.Rules.Evaluation;

namespace Douyin.Eligibility.Rules.Tests.Evaluation;

/// <summary>Splitting a rule message into literal text and <c>$(…)</c> placeholders.</summary>
public class MessageTemplateParserTests
{
    [Theory]
    [InlineData("no placeholders", "'no placeholders'")]
    [InlineData("Score $(store.Score) is low", "'Score ' [store.Score] ' is low'")]
    [InlineData("$(a)$(b)", "[a] [b]")]
    [InlineData("$(Max(x, (y)))!", "[Max(x, (y))] '!'")]
    [InlineData("$(s == \")\") end", "[s == \")\"] ' end'")]
    [InlineData("costs $5 (or $ 6)", "'costs $5 (or $ 6)'")]
    public void Split_Message_GivesLiteralsAndPlaceholders(string message, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var parts = MessageTemplateParser.Split(ExpressionText.Inline(message, "m.json"), diagnostics);

        string.Join(" ", parts.Select(p => p is ExpressionText e ? $"[{e.Text}]" : $"'{p}'")).Should().Be(expected);
        diagnostics.Items.Should().BeEmpty();
    }

    [Fact]
    public void Split_PlaceholderKeepsItsPositions_ForDiagnosticsInside()
    {
        var parts = MessageTemplateParser.Split(ExpressionText.Inline("Score $(store.Score)", "m.json", line: 3, column: 10), new DiagnosticBag());

        ((ExpressionText)parts[1]).Locate(0).Should().Be(new SourceLocation("m.json", 3, 10 + 8));
    }

    [Theory]
    [InlineData("Score $(store.Score", 6)]
    [InlineData("a $(b) c $(d", 9)]
    public void Split_UnclosedPlaceholder_ReportsItsStart(string message, int index)
    {
        var diagnostics = new DiagnosticBag();

        MessageTemplateParser.Split(ExpressionText.Inline(message, "m.json"), diagnostics);

        diagnostics.Items.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == DiagnosticCodes.UnterminatedPlaceholder && d.Location.Column == index);
    }
}
