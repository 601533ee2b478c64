using System.Text;
using Douyin.Eligibility.Tool.Input;

namespace Douyin.Eligibility.Tool.Tests.Input;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("[{\"id\":\"S1\"}]", false, "JsonArray")]
    [InlineData(" \t\r\n[", false, "JsonArray")]
    [InlineData("id,asOf\n", false, "Csv")]
    [InlineData("  x", false, "Csv")]
    [InlineData("{\"id\":\"S1\"}", false, "JsonLines")]
    [InlineData("{ \t\"id\"", false, "JsonLines")]
    [InlineData("{\n", false, "JsonObject")]
    [InlineData("\n  { \t\r\n  \"id\"", false, "JsonObject")]
    [InlineData("{", true, "JsonObject")]
    [InlineData("{  \r", true, "JsonObject")]
    [InlineData("", true, "JsonLines")]
    [InlineData(" \r\n\t", true, "JsonLines")]
    public void Decide_KnownStart_ReturnsFormat(string text, bool final, string expected)
    {
        FormatSniffer.Decide(Encoding.UTF8.GetBytes(text), final).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r")]
    [InlineData("{")]
    [InlineData("  {  \t\r")]
    public void Decide_UndecidedStartNotFinal_ReturnsNull(string text)
    {
        FormatSniffer.Decide(Encoding.UTF8.GetBytes(text), final: false).Should().BeNull();
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x00, 0x22, 0x00 }, true)]
    [InlineData(new byte[] { 0x00, 0x00, 0x00, 0x7B }, true)]
    [InlineData(new byte[] { 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x00 }, true)]
    [InlineData(new byte[] { 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x00 }, false)]
    [InlineData(new byte[] { 0x7B, 0x22, 0x69, 0x64 }, false)]
    [InlineData(new byte[0], false)]
    public void LooksLikeWideText_ZeroByteInFirstEight_ReturnsWhetherFound(byte[] bytes, bool expected)
    {
        FormatSniffer.LooksLikeWideText(bytes).Should().Be(expected);
    }
}
