namespace Douyin.Eligibility.RulesEngine.Tests.Export;

public sealed class CSharpTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nend", "\"line\\u000aend\"")]
    [InlineData("中文", "\"中文\"")]
    public void Literal_Text_IsAValidCSharpStringLiteral(string value, string expected)
        => CSharpText.Literal(value).Should().Be(expected);
}
