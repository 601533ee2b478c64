namespace Douyin.Eligibility.Tool.Commands.Check.Output;

/// <summary>
/// CSV (RFC 4180) with a header, as <see cref="CsvRowEncoder"/> writes it:
/// <c>line,id,asOf,outcome,reasonCodes,reasonMessages,missingFields,ruleSetHash</c>; lists are joined with <c>|</c>.
/// </summary>
internal sealed class CsvDecisionWriter(TextWriter output) : EncodedDecisionWriter(output, newLine => new CsvRowEncoder(newLine));
