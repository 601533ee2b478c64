namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// One JSON object per decision, as <see cref="JsonLinesRowEncoder"/> writes it:
/// <c>{"line":1,"id":"…","asOf":"2024-07-25","outcome":"…","reasons":[{"code":"…","message":"…"}],"missingFields":[…],"ruleSetHash":"…"}</c>.
/// </summary>
internal sealed class JsonLinesDecisionWriter(TextWriter output) : EncodedDecisionWriter(output, newLine => new JsonLinesRowEncoder(newLine));
