using System.Text;
using Douyin.Eligibility.Rules.Binding;
using Douyin.Eligibility.Rules.Compilation;

namespace Douyin.Eligibility.Rules.Evaluation;

/// <summary>
/// A message such as <c>"Store score $(merchant.StoreScore) is not above $(MinStoreScore)"</c>: literal pieces and
/// placeholders, formatted only when someone reads the message. Placeholders are bound (and so checked) when the
/// rules load, but compiled only on the first <see cref="Format(EvaluationState)"/>, all of a template's at once, once however many
/// threads format it; a constant placeholder (a literal, a constant param) is written into the text at load and never
/// compiled. Loading a workflow of thousands of rules therefore compiles no message at all.
/// </summary>
internal sealed class MessageTemplate
{
    /// <summary>Each part is a literal <see cref="string"/>, a compiled placeholder, or (until the first format) a bound one.</summary>
    private readonly object[] _parts;
    private readonly CompileSettings _settings;
    private Func<EvaluationState, object?>?[]? _compiled;

    private const int MaxKeptBuilder = 4096;

    [ThreadStatic]
    private static StringBuilder? _spareBuilder;

    /// <summary>A template of literal strings and compiled placeholders (<see cref="Func{EvaluationState, Object}"/>).</summary>
    public MessageTemplate(IReadOnlyList<object> parts)
        : this(parts, CompileSettings.Default)
    {
    }

    /// <summary>
    /// A template of literal strings, compiled placeholders and bound ones (<see cref="BoundExpression"/>, compiled with
    /// <paramref name="settings"/> on the first format; a constant one becomes text now).
    /// </summary>
    public MessageTemplate(IReadOnlyList<object> parts, CompileSettings settings)
    {
        _settings = settings;
        _parts = WithConstantsAsText(parts, out var needsCompiling);
        if (!needsCompiling)
        {
            _compiled = [];
        }
    }

    /// <summary>Whether the placeholders have been compiled (no bound one left to compile), for tests.</summary>
    internal bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    public string Format(EvaluationState state) => Format(state, null, null);

    /// <summary>The message with its placeholders filled in, each value written by <paramref name="formatValue"/> (null: <see cref="TraceEntry.FormatValue"/>).</summary>
    public string Format(EvaluationState state, Func<object?, System.Globalization.CultureInfo, string>? formatValue, System.Globalization.CultureInfo? culture)
    {
        var compiled = Volatile.Read(ref _compiled) ?? Compile();

        // This thread's builder, taken while in use (a value formatter that formats a message gets a new one).
        var builder = _spareBuilder ?? new StringBuilder();
        _spareBuilder = null;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (_parts[i] is string literal)
            {
                builder.Append(literal);
                continue;
            }

            try
            {
                var run = i < compiled.Length && compiled[i] is { } done ? done : (Func<EvaluationState, object?>)_parts[i];
                var value = run(state);
                builder.Append(value is string s ? s : formatValue is null ? TraceEntry.FormatValue(value) : formatValue(value, culture ?? System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is ArithmeticException or RuleEvaluationException or ArgumentOutOfRangeException)
            {
                builder.Append("(error)");
            }
        }

        var message = builder.ToString();
        if (builder.Capacity <= MaxKeptBuilder)
        {
            _spareBuilder = builder.Clear();
        }

        return message;
    }

    /// <summary>Compiles every bound placeholder, once: a thread that loses the race uses the winner's delegates.</summary>
    private Func<EvaluationState, object?>?[] Compile()
    {
        lock (_parts)
        {
            if (_compiled is { } done)
            {
                return done;
            }

            var compiled = new Func<EvaluationState, object?>?[_parts.Length];
            for (var i = 0; i < _parts.Length; i++)
            {
                if (_parts[i] is BoundExpression value)
                {
                    compiled[i] = ExpressionCompiler.CompileValue(value, _settings);
                }
            }

            Volatile.Write(ref _compiled, compiled);
            return compiled;
        }
    }

    /// <summary>The parts with each constant placeholder written as text.</summary>
    private static object[] WithConstantsAsText(IReadOnlyList<object> parts, out bool needsCompiling)
    {
        needsCompiling = false;
        var merged = new object[parts.Count];
        for (var i = 0; i < merged.Length; i++)
        {
            var part = parts[i];
            merged[i] = part is BoundExpression { IsConstant: true, Type.Kind: not ValueKind.Null } constant ? Text(constant.ConstantValue) : part;
            needsCompiling |= merged[i] is BoundExpression;
        }

        return merged;
    }

    private static string Text(object? value) => value is string s ? s : TraceEntry.FormatValue(value);
}
