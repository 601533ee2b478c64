using Douyin.Eligibility.Validation;

namespace Douyin.Eligibility.Tests.Validation;

/// <summary>The fast path's test for control characters agrees with the validator's search for them, at every length and position.</summary>
public class ControlCharactersTests
{
    private static readonly char[] Probes = ['\0', '\t', '\n', '\r', '\u001F', ' ', '~', '\u007F', '\u0085', '\u009F', '\u00A0', '字', '\u8000', '\uFFFF', '\uD83D'];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Any_AgreesWithIndexOfControl(bool allowLineBreaks)
    {
        foreach (var filler in new[] { 'a', '字' })
        {
            for (var length = 0; length <= 40; length++)
            {
                var clean = new string(filler, length);
                ControlCharacters.Any(clean, allowLineBreaks).Should().BeFalse();
                for (var position = 0; position < length; position++)
                {
                    foreach (var probe in Probes)
                    {
                        var text = string.Create(length, (filler, position, probe), (span, s) =>
                        {
                            span.Fill(s.filler);
                            span[s.position] = s.probe;
                        });
                        ControlCharacters.Any(text, allowLineBreaks).Should().Be(ValidationCollector.IndexOfControl(text, allowLineBreaks) >= 0, $"U+{(int)probe:X4} at {position} of {length}");
                    }
                }
            }
        }
    }
}
