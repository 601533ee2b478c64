using System.Text;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A compiled message such as <c>"Store score $(merchant.StoreScore) is not above $(MinStoreScore)"</c>:
/// literal pieces and placeholder delegates, formatted only when someone reads the message.
/// </summary>
internal sealed class MessageTemplate(IReadOnlyList<object> parts)
{
    /// <summary>Each part is a literal <see cref="string"/> or a compiled placeholder.</summary>
    public IReadOnlyList<object> Parts { get; } = parts;

    public string Format(EvaluationState state)
    {
        var builder = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part is string literal)
            {
                builder.Append(literal);
                continue;
            }

            try
            {
                var value = ((Func<EvaluationState, object?>)part)(state);
                builder.Append(value is string s ? s : TraceEntry.FormatValue(value));
            }
            catch (Exception ex) when (ex is ArithmeticException or RuleEvaluationException or ArgumentOutOfRangeException)
            {
                builder.Append("(error)");
            }
        }

        return builder.ToString();
    }
}
